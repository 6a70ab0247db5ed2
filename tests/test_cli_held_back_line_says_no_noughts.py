"""`dossier ... --profile court` of a woman still held of whom nothing was recorded since her
abduction printed "this paper leaves out 0 steps of the search for her ..., 0 reports of her
since her abduction and 0 rescue records, and says so". The command line says only what it
left out, and nothing where that is nothing (the paper's own sentences are unchanged)."""

from __future__ import annotations

import pytest

from tests.built_once import built_once


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def held(cli):
    """SNJ-1 missing, nothing since; SNJ-2 missing with a report since; SNJ-3 missing, her
    captor recorded; SNJ-4 sighted, with a report since."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, extra in (("Xezal", ()), ("Perwin", ()), ("Shirin", ("--held-by", "Abu Omar")),
                         ("Gulizar", ())):
        _ok(cli, "person", "add", "--given", given, "--father", "Elias", "--sex", "F",
            "--sharing", "court", "--abducted", "2014-08-03", "--status", "missing",
            "--status-date", "2014-08-03", *extra)
    _ok(cli, "person", "status", "SNJ-4", "sighted", "--date", "2017-02")
    for who in ("SNJ-2", "SNJ-4"):
        _ok(cli, "report", "add", "--person", who, "--cannot-identify-source", "--source",
            "S-1", "--observed", "2016-01", "--text", "seen in the market")
    return cli


def _said(cli, tmp_path, case_no: str) -> list[str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, "dossier", case_no, "--profile", "court", "-o", str(out))
    return r.stdout.splitlines()[1:]


def test_the_command_line_says_only_what_the_paper_left_out(held, tmp_path):
    assert _said(held, tmp_path, "SNJ-1") == []
    assert _said(held, tmp_path, "SNJ-2") == [
        "SNJ-00002 is still held: until she is freed, this paper leaves out 1 report of her "
        "since her abduction, and says so"]
    assert _said(held, tmp_path, "SNJ-3") == [
        "SNJ-00003 is still held: until she is freed, this paper leaves out who holds her and "
        "where, and says so"]
    assert _said(held, tmp_path, "SNJ-4") == [
        "SNJ-00004 is still held: until she is freed, this paper leaves out 1 step of the "
        "search for her (sighted, located, in negotiation) and 1 report of her since her "
        "abduction, and says so"]
    assert not any(" 0 " in line for c in ("SNJ-1", "SNJ-2", "SNJ-3", "SNJ-4")
                   for line in _said(held, tmp_path, c))
