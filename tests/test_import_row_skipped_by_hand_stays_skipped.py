"""A row the lawyer skipped by hand (withdrawn from the record it made, then decided skip: a
heading read as a person) stays skipped in the list's next version when it is the same row, cell
for cell, said on the row, in the dry run and in the report; the version after that skips it
too. A row of those names whose cells changed waits for her decision, also with --yes. Before,
each new version made it a new person again without a word (found by a tester)."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["ت", "الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية", "الحالة"]
NADIA = ["1", "نادية", "خلف", "رشو", "انثى", "كوجو", "مفقودة"]
ODD = ["", "المتبقيات الباقية", "", "", "", "", ""]  # no heading word the importer knows
HADIYA = ["2", "هدية", "الياس", "شمو", "انثى", "تل عزير", "مفقودة"]
SKIPPED = "the same row as one skipped by hand in an earlier version of this list (batch 1, row 3)"


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _names(tmp_path) -> list[str]:
    return sorted(p["case_no"] for p in json.loads(_ok(tmp_path, "--json", "person", "list")))


def _skipped_in_v1(tmp_path) -> None:
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "ngo.csv", HEADER, [NADIA, ODD, HADIYA])),
        "--source", "NGO")
    _ok(tmp_path, "review", "1", "--row", "3", "--withdraw", "--note", "a heading, not a person")
    _ok(tmp_path, "review", "1", "--row", "3", "--decide", "skip")


def test_the_same_row_skipped_by_hand_is_skipped_again_and_said(tmp_path):
    _skipped_in_v1(tmp_path)
    before = _names(tmp_path)
    v2 = write_csv(tmp_path / "ngo.csv", HEADER, [[*NADIA[:6], "محررة"], ODD, HADIYA])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO", "--dry-run")
    assert "row 3: skipped again" in dry and SKIPPED in dry, dry
    assert "1 skipped again" in dry and "0 new persons" in dry
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO", "--yes")
    assert "created 0" in out and "skipped 1" in out, out
    assert _names(tmp_path) == before
    rep = json.loads(_ok(tmp_path, "--json", "review", "2", "--report"))
    assert {"row": 3, "why": "skipped again: the same row as batch 1, row 3, skipped by hand"} \
        in [{k: s[k] for k in ("row", "why")} for s in rep["skipped"]]
    # and the version after it: skipped again, named after the row she skipped
    v3 = write_csv(tmp_path / "ngo.csv", HEADER, [[*NADIA[:6], "محررة"], ODD, HADIYA,
                                                  ["3", "ليلى", "قاسم", "خديدة", "انثى", "حردان", "مفقودة"]])
    out = _ok(tmp_path, "import", str(v3), "--source", "NGO", "--yes")
    assert "skipped 1" in out, out
    assert len(_names(tmp_path)) == len(before) + 1


def test_a_skipped_row_whose_cells_changed_waits_for_her_word(tmp_path):
    _skipped_in_v1(tmp_path)
    before = _names(tmp_path)
    changed = ["", "المتبقيات الباقية", "", "", "", "كوجو", ""]
    v2 = write_csv(tmp_path / "ngo.csv", HEADER, [NADIA, changed, HADIYA])
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO", "--yes")
    assert "waits for a decision" in out, out
    [row] = json.loads(_ok(tmp_path, "--json", "review", "2"))
    assert row["row"] == 3
    assert _names(tmp_path) == before  # the batch waits whole


def skipped_by_hand_in_v1(folder, tmp_path) -> None:
    """The list's first version imported into the vault at folder, its odd row withdrawn and
    skipped by hand (what the desktop tests of its next version start from)."""
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    s = open_vault(folder, PASSPHRASE)
    try:
        svc = ImportService(s)
        plan = svc.prepare(str(write_csv(tmp_path / "ngo.csv", HEADER, [NADIA, ODD, HADIYA])),
                           source="test list")
        svc.import_at_once(plan, svc.stage_rows(plan))
        svc.withdraw(1, 3, "a heading")
        svc.decide(1, 3, "skip")
    finally:
        s.close()


def test_the_desktop_preview_says_the_row_is_skipped_again(qtbot, gui, made_vault, tmp_path):
    from tests.test_ui_import_preview_words import _preview

    folder, _code = made_vault
    skipped_by_hand_in_v1(folder, tmp_path)
    wizard = _preview(qtbot, gui, folder, write_csv(tmp_path / "ngo.csv", HEADER,
                                                    [NADIA, ODD, HADIYA]))
    assert wizard.preview.model.item(1, 1).text() == "skipped again, as by hand last time"
