"""Words: "summary of 1 persons"; `report edit --help` said "a report is be one"; the Arabic
summary of women only counted them under "عاد إلى عائلته" (masculine) while each row said
"عادت إلى عائلتها". The counts, and a status filter, are said as of the persons listed: in
the feminine of women, the masculine of men, both forms of women and men together. A real
vault through the command line, the PDFs read with pdftotext."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.built_once import built_once

BOTH = "عاد / عادت إلى العائلة"  # of women and men together, as "أخ / أخت" of a sibling


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"[\u2066-\u2069\u202a-\u202e\u200e\u200f]", " ", out)


def _lines(path) -> list[str]:
    return [" ".join(line.split()) for line in _text(path).splitlines() if line.strip()]


@pytest.fixture
@built_once
def vault(cli):
    """Two women and a man, all reunited."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, sex in (("Nadia", "F"), ("Layla", "F"), ("Khalaf", "M")):
        assert cli("person", "add", "--given", given, "--sex", sex, "--status", "reunited",
                   "--sharing", "public").returncode == 0
    return cli


def _summary(cli, tmp_path, *args: str) -> tuple:
    out = tmp_path / f"s{len(list(tmp_path.iterdir()))}.pdf"
    r = cli("summary", "-o", str(out), "--profile", "court", "--lang", "ar", *args)
    assert r.returncode == 0, r.stderr
    return r, out


def test_a_summary_of_women_counts_them_in_the_feminine(vault, tmp_path):
    _, out = _summary(vault, tmp_path, "--for", "SNJ-1", "--for", "SNJ-2")
    lines = _lines(out)
    hers, his = "عادت إلى عائلتها", "عاد إلى عائلته"
    # her row and the counts both say it of a woman, never of a man
    assert sum(line.startswith(hers) or line.endswith(hers) for line in lines) >= 3, lines
    assert not any(his in line for line in lines)
    assert not any(BOTH in line for line in lines)


def test_a_summary_of_women_and_men_counts_them_in_both_forms(vault, tmp_path):
    _, out = _summary(vault, tmp_path, "--status", "reunited")
    text = " ".join(_text(out).split())
    # the counts and the filter line; each row as of its own person
    assert text.count(BOTH) == 2, text
    assert text.count("عادت إلى عائلتها") == 2 and text.count("عاد إلى عائلته") == 1
    # of one man: as of a man, in the filter line, the counts and his row
    _, out = _summary(vault, tmp_path, "--for", "SNJ-3", "--status", "reunited")
    text = " ".join(_text(out).split())
    assert text.count("عاد إلى عائلته") == 3 and "عادت" not in text and BOTH not in text


def test_a_summary_of_one_person_says_person(vault, tmp_path):
    r, _ = _summary(vault, tmp_path, "--for", "SNJ-1")
    assert "summary of 1 person written" in r.stdout
    r, _ = _summary(vault, tmp_path)
    assert "summary of 3 persons written" in r.stdout


def test_report_edit_help_reads_as_english(cli):
    helped = " ".join(cli("report", "edit", "--help").stdout.split())
    assert "is be" not in helped
    assert "mark it as one that could identify its informant" in helped
    assert "(unchanged unless one of the two is given)" in helped
    helped = " ".join(cli("report", "add", "--help").stdout.split())
    assert "the default: a report is taken to be one that could identify its informant" \
        in helped
