"""A report proved false on the papers: the team's own dossier prints it marked, with why and
when, before its text; a court's leaves it out and counts it ("Reports the team found to be
false, not printed: 1"), in its language: printed there unmarked, a false sighting stood as
evidence of where she was, and why it was false (who lied) is the team's."""

from __future__ import annotations

import subprocess

import pytest

from tests.built_once import built_once


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def vault(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalaf", "--sex", "F",
        "--status", "missing", "--status-date", "15/08/2014", "--sharing", "court")
    for text in ("seen in Raqqa market", "seen in Tal Afar house"):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-404", "--received",
            "01/12/2025", "--text", text, "--cannot-identify-source")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "02/12/2025")
    _ok(cli, "report", "edit", "2", "--proved-false", "the house was empty since 2019",
        "--proved-false-on", "03/12/2025")
    return cli


def _paper(cli, tmp_path, profile: str, lang: str = "en") -> str:
    out = tmp_path / f"{profile}-{lang}.pdf"
    _ok(cli, "dossier", "SNJ-1", "-o", str(out), "--profile", profile, "--lang", lang)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True).stdout.decode()
    return " ".join("".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u200e\u200f"
                                                      "\u2066\u2067\u2068\u2069").split())


def test_the_internal_dossier_marks_it(vault, tmp_path):
    text = _paper(vault, tmp_path, "internal")
    assert "PROVED FALSE (2025-12-03): the house was empty since 2019" in text
    assert "seen in Tal Afar house" in text and "seen in Raqqa market" in text


def test_a_court_dossier_leaves_it_out_and_counts_it(vault, tmp_path):
    text = _paper(vault, tmp_path, "court")
    assert "seen in Raqqa market" in text
    assert "Tal Afar" not in text and "empty since 2019" not in text
    assert "Reports the team found to be false, not printed: 1" in text
    assert "بلاغات تبيّن للفريق أنها كاذبة" in _paper(vault, tmp_path, "court", "ar")
