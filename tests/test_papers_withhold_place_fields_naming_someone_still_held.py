"""Her abduction place, a report's Place cell and a rescue's "Rescued from", typed to name her aunt
still held ("Raqqa house 45, where her aunt Layla is kept"), printed on her court and family
dossiers and the court's rescue report: only circumstances, held by, last known location, the
incident, report texts and an operation's other words were read for names. Now every place
these papers print is read by the one rule (named_in_text.py): the field said withheld, the
report and the operation's facts kept back, and the command line names whom."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.report_vault import decoded_text

PLACES = ("ZZTAKEN", "ZZREPORTPLACE", "ZZFROM")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def family(cli):
    """Dalal (SNJ-1) and her mother Nadia (SNJ-2), freed; Nadia's sister Layla (SNJ-3), in
    negotiation. Dalal's abduction place, a report's place and her rescue's place name Layla."""
    _ok(cli, "init", "--prefix", "SNJ")
    for ar, la, status, extra in (
            ("دلال", "Dalal", "rescued",
             ("--abduction-place", "Kocho; her aunt Layla is still kept in Raqqa ZZTAKEN")),
            ("نادية", "Nadia", "rescued", ()),
            ("ليلى", "Layla", "in_negotiation", ())):
        _ok(cli, "person", "add", "--given", ar, "--given", la, "--father", "Qasim", "--sex", "F",
            "--abducted", "2014-08-03", "--status", status, "--status-date", "2016",
            "--sharing", "family", *extra)
    _ok(cli, "relative", "SNJ-2", "daughter", "SNJ-1")
    _ok(cli, "relative", "SNJ-2", "sister", "SNJ-3")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-1", "--credibility", "2",
        "--received", "2017-01-01", "--observed", "2016-12-01", "--cannot-identify-source",
        "--text", "Dalal was seen in good health ZZREPORT",
        "--place", "Raqqa house 45, where her aunt Layla is kept ZZREPORTPLACE")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-01", "--from-place",
        "Raqqa house 45 (her aunt Layla still there) ZZFROM", "--outcome", "freed ZZOUTCOME")
    return cli


def _paper(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return decoded_text(out.read_bytes()), " ".join(r.stdout.split())


@pytest.mark.parametrize("profile", ["court", "family"])
def test_her_dossier_prints_no_place_naming_her_aunt_still_held(family, tmp_path, profile):
    text, out = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", profile)
    assert [w for w in PLACES + ("ZZREPORT", "ZZOUTCOME") if w in text] == []
    assert "Place of abduction" in out and "SNJ-00003" in out


def test_the_court_rescue_report_prints_no_rescued_from_naming_her(family, tmp_path):
    text, _ = _paper(family, tmp_path, "rescue-report", "1", "--profile", "court")
    assert "ZZFROM" not in text and "ZZOUTCOME" not in text


def test_the_team_reads_every_place_and_the_court_once_she_is_freed(family, tmp_path):
    text, _ = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", "internal")
    assert all(w in text for w in PLACES)
    _ok(family, "person", "status", "SNJ-3", "rescued", "--date", "2019-03")
    text, out = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    assert all(w in text for w in PLACES) and "still held" not in out
