"""A summary's words (`--query`, the Print screen's "Name or case number") choose the persons the
Persons list's search finds for them: "Print list..." from a list of three Khalils printed two,
leaving off Rana Khaleel (her father خليل, as theirs) without a word (found by a tester)."""

from __future__ import annotations

import json
import re

import pytest

from tests.pdf_glyphs import pdftotext


@pytest.fixture
def khalils(cli) -> dict[str, str]:
    assert cli("init").returncode == 0
    people = {}
    for given, father, arabic in (("Layla", "Khalil", "ليلى"), ("Rana", "Khaleel", "رنا"),
                                  ("Vian", "Murad", "ڤیان")):
        r = cli("--json", "person", "add", "--given", given, "--given", arabic, "--father",
                father, "--father", "خليل" if father != "Murad" else "مراد", "--sex", "F",
                "--village", "Kocho", "--status", "missing", "--sharing", "public")
        assert r.returncode == 0, r.stderr
        people[given] = json.loads(r.stdout)["case_no"]
    return people


def _listed(cli, tmp_path, *args: str) -> list[str]:
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), "--profile", "court", "--force", *args)
    assert r.returncode == 0, r.stderr
    return re.findall(r"SNJ-\d{5}", pdftotext(out.read_bytes()))


def _searched(cli, words: str) -> list[str]:
    r = cli("search", words, "--village", "Kocho")
    assert r.returncode == 0, r.stderr
    return sorted(re.findall(r"SNJ-\d{5}", r.stdout))


def test_the_summary_lists_whom_the_search_finds(cli, tmp_path, khalils):
    found = _searched(cli, "Khalil")
    assert khalils["Rana"] in found and khalils["Layla"] in found
    assert _listed(cli, tmp_path, "--query", "Khalil", "--village", "Kocho") == found
    assert khalils["Vian"] not in _listed(cli, tmp_path, "--query", "Khalil")


def test_a_case_number_still_chooses_her(cli, tmp_path, khalils):
    assert set(_listed(cli, tmp_path, "--query", khalils["Vian"])) == {khalils["Vian"]}
