"""A court dossier walked the relatives' links three links deep again for every report,
operation and field it read for names of someone still held (kin_reach.py): 2-3 times slower
than before relatives further off were read. Now each record's links are read once a paper;
the next paper reads them anew, as they stand then; beyond one link only for a text with a
kinship word."""

from __future__ import annotations

import pytest

from app.reports.profiles import Profile
from app.reports.service import ReportService
from app.vault import open_vault
from tests.built_once import built_once
from tests.conftest import PASSPHRASE


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def family(cli):
    """Dalal (SNJ-1), her mother Nadia (SNJ-2), Nadia's sister Layla (SNJ-3), Layla's son Samir
    (SNJ-4); six reports and two rescue operations filed under Dalal."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, status in (("Dalal", "rescued"), ("Nadia", "rescued"), ("Layla", "missing"),
                          ("Samir", "missing")):
        _ok(cli, "person", "add", "--given", given, "--father", "Qasim", "--sex", "F",
            "--status", status, "--status-date", "2016", "--sharing", "family",
            "--circumstances", "taken from Kocho")
    _ok(cli, "relative", "SNJ-2", "daughter", "SNJ-1")
    _ok(cli, "relative", "SNJ-2", "sister", "SNJ-3")
    _ok(cli, "relative", "SNJ-3", "son", "SNJ-4")
    for i in range(6):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-1", "--credibility", "2",
            "--received", f"2017-01-0{i + 1}", "--cannot-identify-source", "--text",
            f"Dalal and her mother were seen in the market of Raqqa, day {i}", "--place", "Raqqa")
    for day in ("2016-05-01", "2016-06-01"):
        _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", day, "--from-place", "Mosul",
            "--outcome", "freed")
    return cli.vault


def test_a_court_dossier_reads_each_records_links_once(family, monkeypatch):
    s = open_vault(family, PASSPHRASE)
    try:
        read: list[int] = []
        walk = type(s.records).relatives_with_merged

        def counted(records, person, *args, **kwargs):
            read.append(person.id)
            return walk(records, person, *args, **kwargs)

        monkeypatch.setattr(type(s.records), "relatives_with_merged", counted)
        service = ReportService(s)
        service.dossier_source("SNJ-00001", Profile.COURT)
        # her own relatives section reads hers once more; the walk each record once, but
        # her cousin's, three links off, whose links lead no nearer
        assert sorted(read) == [1, 1, 2, 3]
        read.clear()
        service.dossier_source("SNJ-00001", Profile.COURT)
        assert sorted(read) == [1, 1, 2, 3]
    finally:
        s.close()
