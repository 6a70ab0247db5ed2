"""A repeated --status kept only the last one: `person list --status missing --status sighted`
listed the sighted alone, `search` applied one status, and a summary was printed with
"Filters: Status: sighted", a partial list that looked complete. Several --status now choose
any of them, --held chooses every status of a woman still held (as her papers count them), in
person list, search and summary, and the summary's Filters line says all of them."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.reports.profiles import still_held
from tests.built_once import built_once


@pytest.fixture
@built_once
def five(cli):
    """Five women of Kocho: missing, sighted, located, rescued and deceased."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, status in (("Nadia", "missing"), ("Samira", "sighted"), ("Xezal", "located"),
                          ("Layla", "rescued"), ("Adla", "deceased")):
        done = cli("person", "add", "--given", given, "--family", "Hajji", "--sex", "F",
                   "--village", "Kocho", "--status", status, "--status-date", "2016")
        assert done.returncode == 0, done.stderr
    return cli


def _listed(cli, *args) -> list[str]:
    done = cli("--json", "person", "list", *args)
    assert done.returncode == 0, done.stderr
    return [r["status"] for r in json.loads(done.stdout)]


def test_person_list_takes_every_status_given(five):
    assert _listed(five, "--status", "missing", "--status", "sighted") == ["missing", "sighted"]
    assert _listed(five, "--status", "rescued") == ["rescued"]


def test_held_is_every_status_of_a_woman_still_held(five):
    assert _listed(five, "--held") == ["missing", "sighted", "located"]
    assert all(still_held(s) for s in _listed(five, "--held"))
    assert _listed(five, "--held", "--status", "rescued") == ["missing", "sighted", "located",
                                                             "rescued"]


def test_search_takes_them_too(five):
    done = five("--json", "search", "Hajji", "--status", "missing", "--status", "rescued")
    assert done.returncode == 0, done.stderr
    assert sorted(r["status"] for r in json.loads(done.stdout)) == [
        "missing", "rescued"]
    held = json.loads(five("--json", "search", "Hajji", "--held").stdout)
    assert sorted(r["status"] for r in held) == ["located", "missing", "sighted"]


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_summary_lists_and_says_every_status_asked_for(five, tmp_path):
    out = tmp_path / "held.pdf"
    done = five("summary", "-o", str(out), "--profile", "internal", "--status", "missing",
                "--status", "sighted")
    assert done.returncode == 0, done.stderr
    assert "summary of 2 persons" in done.stdout, done.stdout
    text = _pdf_text(out)
    assert "Filters: Status: missing, sighted" in " ".join(text.split()), text
    held = tmp_path / "held2.pdf"
    done = five("summary", "-o", str(held), "--profile", "internal", "--held")
    assert "summary of 3 persons" in done.stdout, done.stdout + done.stderr
    assert "Status: missing, sighted, located, in negotiation, unknown" in " ".join(_pdf_text(held).split())


def test_a_courts_summary_takes_held_as_it_says_them(five, tmp_path):
    """A court's paper says "missing" of every woman still held: --held lists them all so,
    where --status sighted is refused as before."""
    assert five("person", "sharing", "court", "--village", "Kocho", "--yes").returncode == 0
    out = tmp_path / "court.pdf"
    done = five("summary", "-o", str(out), "--profile", "court", "--held")
    assert done.returncode == 0 and "summary of 3 persons" in done.stdout, done.stderr
    refused = five("summary", "-o", str(tmp_path / "x.pdf"), "--profile", "court", "--status",
                   "missing", "--status", "sighted")
    assert refused.returncode != 0 and "does not say who was sighted" in refused.stderr
