"""A court paper's report that could identify its informant says "withheld" in its place and
source code cells, as in its content: a blank cell was read as "no place recorded"."""

from __future__ import annotations

import subprocess

import pytest

from app.reports.labels import label

WITHHELD = {"en": "withheld", "ar": "محجوب", "ckb": "شاردراوەتەوە", "kmr": "veşartî"}


def _court_text(cli, tmp_path, lang: str) -> str:
    out = tmp_path / f"court-{lang}.pdf"
    r = cli("dossier", "SNJ-00001", "-o", str(out), "--profile", "court", "--lang", lang)
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def _vault(cli, *report: str) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    # freed: while she is held a court paper leaves out her reports
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--sharing", "court",
               "--status", "rescued", "--status-date", "2019-05").returncode == 0
    r = cli("report", "add", "--person", "SNJ-00001", "--text", "seen by Sheikh Mahmoud", *report)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_place_and_source_code_of_a_withheld_report_say_withheld(cli, tmp_path, lang):
    _vault(cli, "--place", "Raqqa market", "--source", "S-469", "--received", "2016-02")
    text = _court_text(cli, tmp_path, lang)
    assert "Raqqa" not in text and "S-469" not in text and "Sheikh" not in text
    # place and code say it, beside whatever the content's own words hold of it
    in_content = label("content_withheld", lang).count(WITHHELD[lang])
    assert text.count(WITHHELD[lang]) == 2 + in_content, text


def test_a_withheld_report_with_no_place_or_code_leaves_them_blank(cli, tmp_path):
    """"withheld" only where there is something kept back: else it reads as a place kept."""
    _vault(cli, "--received", "2016-02")
    text = _court_text(cli, tmp_path, "en")
    assert text.count("withheld") == 1, text  # the content's own words


def test_a_report_that_cannot_identify_its_source_prints_place_and_code(cli, tmp_path):
    _vault(cli, "--place", "Raqqa market", "--source", "S-469", "--cannot-identify-source")
    text = _court_text(cli, tmp_path, "en")
    assert "Raqqa" in text and "S-469" in text and "withheld" not in text
