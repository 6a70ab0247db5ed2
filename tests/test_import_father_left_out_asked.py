"""A row of a given name and a clan, her father's name left out («روزا», «حسكاني», Kocho), against
the vault's only Roza Haskani of Kocho (0.71): asked about as a given name alone is, named in the
dry run and, with --yes, made a new person all the same and reported as a possible duplicate."""

from __future__ import annotations

import json

from app.matching.given_clan import GIVEN_AND_FAMILY
from tests.import_helpers import write_csv, write_xlsx

HEADER = ["الاسم", "العشيرة", "القرية", "الحالة"]


def _roza(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    out = cli("person", "add", "--given", "روزا", "--given", "Roza", "--father", "بركات",
              "--grandfather", "خليل", "--family", "حسكاني", "--family", "Haskani", "--sex", "F",
              "--village", "Kocho", "--status", "missing")
    assert out.returncode == 0, out.stderr


def test_the_dry_run_names_the_record_she_may_be(cli, tmp_path):
    _roza(cli)
    path = write_xlsx(tmp_path / "family.xlsx", [("Sheet1", [HEADER, ["روزا", "حسكاني", "كوجو",
                                                                    "مفقودة"]])])
    out = cli("import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 2: probable match with SNJ-00001 (score 0.71" in out.stdout
    assert GIVEN_AND_FAMILY in out.stdout
    (row,) = json.loads(cli("--json", "import", str(path), "--dry-run").stdout)["rows"]
    assert row["outcome"] == "probable" and row["match"] == "SNJ-00001"


def test_with_yes_she_is_still_created_and_reported_as_a_possible_duplicate(cli, tmp_path):
    _roza(cli)
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "كوجو", "مفقودة"]])
    out = cli("import", str(path), "--yes", "--source", "Family R")
    assert out.returncode == 0, out.stderr
    assert "result: created 1," in out.stdout
    assert "possible duplicate row 2: created SNJ-00002, a probable match with SNJ-00001 " \
        "(score 0.71" in out.stdout


def test_another_clan_or_village_is_no_reason_to_ask(cli, tmp_path):
    _roza(cli)
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "قيراني", "كوجو", "مفقودة"],
                                                        ["روزا", "حسكاني", "حردان", "مفقودة"]])
    out = cli("--json", "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    # (a row of no village: tests/test_import_given_and_clan_alone_asked.py)
    assert [r["outcome"] for r in json.loads(out.stdout)["rows"]] == ["new"] * 2


def test_the_desktop_says_why_she_is_asked_about(qapp):
    from ui.labels import explanation_text

    assert explanation_text(f"given match, family match; {GIVEN_AND_FAMILY}").endswith(
        "only a given and a family name on one side, no father's name: asked because they and "
        "more agree")
