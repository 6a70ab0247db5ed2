"""A public paper never says that a woman was sighted, located or is in negotiation: that is the
work of informants and of the rescue network, in progress. To the public she is missing."""

from __future__ import annotations

import re
import subprocess

import pytest

from app.reports.labels import LANGUAGES, label, status_label
from tests.built_once import built_once

PROGRESS = ("sighted", "located", "in_negotiation")


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"[\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", out)


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, status in (("Aisha", "located"), ("Vian", "sighted"), ("Khatun", "in_negotiation"),
                          ("Nadia", "missing"), ("Jihan", "rescued")):
        r = cli("person", "add", "--given", given, "--sex", "F", "--village", "Kocho",
                "--status", status, "--sharing", "public")  # she may be on an appeal
        assert r.returncode == 0, r.stderr
    return cli


def _summary(cli, tmp_path, *args) -> str:
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), *args)
    assert r.returncode == 0, r.stderr
    return _text(out)


def test_a_public_summary_says_missing_for_a_search_in_progress(vault, tmp_path):
    """The public summary listed 'in negotiation' and 'located' beside the names, on a paper
    for an appeal or a meeting: a negotiation under way, announced to whoever holds her."""
    text = _summary(vault, tmp_path, "--profile", "public")
    for word in ("in negotiation", "sighted", "located"):
        assert word not in text, word
    lines = {line.split()[0]: line for line in text.splitlines()
             if line.strip() and line.split()[0].startswith("SNJ-")}
    assert all("missing" in lines[c] for c in ("SNJ-00001", "SNJ-00002", "SNJ-00003"))
    assert "rescued" in lines["SNJ-00005"]
    assert re.search(r"^missing\s+4$", text, re.M)  # the count by status too


def _rows(text: str) -> dict[str, str]:
    return {line.split()[0]: line for line in text.splitlines()
            if line.strip() and line.split()[0].startswith("SNJ-")}


def test_a_court_summary_says_missing_of_those_still_held_and_says_so(vault, tmp_path):
    """A court's list passes through clerks and police: while she is held it no more says
    that she was found, or that someone is paying, than a public one does
    (test_court_papers_while_held.py); it says that its "missing" holds them."""
    text = _summary(vault, tmp_path, "--profile", "court")
    rows = _rows(text)
    assert all("missing" in rows[c] for c in ("SNJ-00001", "SNJ-00002", "SNJ-00003"))
    assert not any(w in rows[c] for c in rows for w in ("negotiation", "sighted", "located"))
    assert "rescued" in rows["SNJ-00005"]
    assert re.search(r"^missing\s+4$", text, re.M)
    assert label("held_said_missing", "en") in " ".join(text.split())


def test_the_teams_summary_still_says_where_the_search_stands(vault, tmp_path):
    rows = _rows(_summary(vault, tmp_path, "--profile", "internal"))
    assert "located" in rows["SNJ-00001"] and "sighted" in rows["SNJ-00002"]
    assert "in negotiation" in rows["SNJ-00003"]


def test_a_public_summary_of_the_missing_holds_them_all(vault, tmp_path):
    """--status missing left out the women located or in negotiation: set beside a full list,
    the gap said who they were."""
    text = _summary(vault, tmp_path, "--profile", "public", "--status", "missing")
    for case_no in ("SNJ-00001", "SNJ-00002", "SNJ-00003", "SNJ-00004"):
        assert case_no in text
    assert "SNJ-00005" not in text


@pytest.mark.parametrize("status", PROGRESS)
def test_a_public_summary_of_a_search_in_progress_is_refused(vault, tmp_path, status):
    out = tmp_path / "s.pdf"
    r = vault("summary", "-o", str(out), "--profile", "public", "--status", status)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "public" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_public_dossier_says_missing_in_every_language(vault, tmp_path, lang):
    out = tmp_path / "d.pdf"
    r = vault("dossier", "SNJ-00003", "-o", str(out), "--profile", "public", "--lang", lang)
    assert r.returncode == 0, r.stderr
    text = re.sub(r"\s", "", _text(out))
    assert re.sub(r"\s", "", status_label("missing", lang)) in text
    for status in PROGRESS:
        assert re.sub(r"\s", "", status_label(status, lang)) not in text
    assert re.sub(r"\s", "", label("status_in_negotiation", lang)) not in text


def test_a_public_summary_by_status_lists_the_missing_in_case_number_order(vault, tmp_path):
    """Sorted by status in the vault's order, the "missing" came in runs (in negotiation,
    located, missing, sighted): where a run of case numbers began again said who was found."""
    text = _summary(vault, tmp_path, "--profile", "public", "--sort", "status")
    missing = [line.split()[0] for line in text.splitlines()
               if line.strip().startswith("SNJ-") and "missing" in line]
    assert missing == ["SNJ-00001", "SNJ-00002", "SNJ-00003", "SNJ-00004"]
