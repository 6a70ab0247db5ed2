"""A court's dossier of a woman still held leaves the steps of the search off her timeline. A
rescue, a reunion or a death that a later status (a sighting, hidden) overtakes then stood as
the last line of her timeline under "Current status: missing" and "She is still held": a judge
read that she died in 2016, or that she was home. Each such line is marked as overtaken."""

from __future__ import annotations

import subprocess

import pytest

from app.reports.labels import held_label, status_label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext


def _ok(cli, *args) -> subprocess.CompletedProcess:
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def vault(cli):
    """Nadia (SNJ-00001): reported killed in 2016, seen alive in 2019. Haifa (SNJ-00002):
    rescued and reunited in 2017, then reported sighted (a wrong report)."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Nadia", "Haifa"):
        _ok(cli, "person", "add", "--given", given, "--sex", "F", "--sharing", "court",
            "--abducted", "2014-08-03", "--status", "missing", "--status-date", "2014-08-03")
    _ok(cli, "person", "status", "SNJ-00001", "deceased", "--date", "2016-05")
    _ok(cli, "person", "status", "SNJ-00001", "sighted", "--date", "2019-02")
    _ok(cli, "rescue", "add", "--person", "SNJ-00002", "--date", "2017-06-10",
        "--handover-to-family", "2017-06-20", "--from-place", "Raqqa", "--outcome", "freed")
    _ok(cli, "person", "status", "SNJ-00002", "sighted", "--date", "2017-08")
    return cli


def _text(cli, tmp_path, case_no: str, profile: str = "court", lang: str = "en") -> str:
    out = tmp_path / f"{case_no}.pdf"
    out.unlink(missing_ok=True)
    _ok(cli, "dossier", case_no, "-o", str(out), "--profile", profile, "--lang", lang)
    return " ".join(pdftotext(out.read_bytes(), "-layout").split())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_death_a_later_status_overtakes_is_marked_on_her_court_dossier(vault, tmp_path, lang):
    text = _text(vault, tmp_path, "SNJ-00001", lang=lang)
    mark = held_label("held_overtaken", lang, "F")
    dead = status_label("deceased", lang)
    if lang == "en":
        assert f"2016-05 {dead} {mark}" in text
        assert "Current status missing" in text and "2019" not in text
    else:
        words = mark.strip("()").replace(":", "").split()
        assert all(w in text for w in words) and dead in text


def test_a_rescue_and_a_reunion_a_later_status_overtakes_are_marked(vault, tmp_path):
    text = _text(vault, tmp_path, "SNJ-00002")
    mark = held_label("held_overtaken", "en", "F")
    assert f"2017-06-10 rescued {mark}" in text and f"2017-06-20 reunited {mark}" in text
    assert "Current status missing" in text


def test_no_mark_where_nothing_is_kept_back(vault, tmp_path):
    """The team's and her family's papers print the sighting itself after the death."""
    mark = held_label("held_overtaken", "en", "F")
    for profile in ("internal", "family"):
        if profile == "family":
            _ok(vault, "person", "edit", "SNJ-00001", "--sharing", "family")
        text = _text(vault, tmp_path, "SNJ-00001", profile)
        assert mark not in text and "2019-02 sighted" in text, profile
    # nor once she is out: her rescue is her last word
    _ok(vault, "rescue", "add", "--person", "SNJ-00001", "--date", "2020-01", "--outcome",
        "freed")
    assert mark not in _text(vault, tmp_path, "SNJ-00001")
