"""An operation's words can name someone it was not about: "Shirin freed; Xezal moved to Syria
before" was printed on Shirin's family and court papers while Xezal, sought with her in an
earlier operation, is still held. The words a paper prints of an operation (its outcome, and
route, handover point, needs and notes where printed) are read as a report's text is
(app/matching/named_in_text.py): naming someone still held, the operation's date, place and
outcome are kept back as for one that concerned her. A real vault through the command line,
the PDFs read with pdftotext and every stream."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.report_vault import decoded_text
from tests.test_papers_keep_back_an_operation_that_freed_one_while_another_it_named_is_held import (  # noqa: E501
    _ok,
    _paper,
    _said,
)

FACTS = ("SyriaBEFORE", "2015-09-20", "TalAfarHOUSE")


@pytest.fixture
@built_once
def two_women(cli):
    """Shirin (SNJ-1) and Xezal (SNJ-2), not related, sought together in May 2015 (failed);
    Shirin alone freed in September by operation 2, whose outcome names Xezal."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, father in (("Shirin", "Khalaf"), ("Xezal", "Murad")):
        _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F",
            "--village", "Kocho", "--abducted", "2014-08-15", "--sharing", "family")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--date", "2015-05",
        "--from-place", "Tal Afar", "--status", "none", "--outcome", "guards changed")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2015-09-20", "--from-place",
        "Tal Afar HOUSE", "--outcome", "Shirin freed; Xezal moved to Syria BEFORE")
    return cli


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_court_and_family_papers_keep_the_operation_back(two_women, tmp_path, lang):
    for profile in ("court", "family"):
        dossier = _paper(two_women, tmp_path, "dossier", "SNJ-1", "--profile", profile,
                         "--lang", lang)
        shown = [f for f in FACTS if f in decoded_text(dossier)]
        # (her timeline keeps the day she was freed: it is hers)
        assert shown == ["2015-09-20"], (profile, shown)
    court = _paper(two_women, tmp_path, "rescue-report", "2", "--profile", "court",
                   "--lang", lang)
    assert [f for f in FACTS if f in decoded_text(court)] == []
    assert _said(court, lang, "held_operation_withheld")


def test_a_name_not_of_anyone_held_keeps_nothing_back_and_the_team_reads_all(two_women,
                                                                              tmp_path):
    team = _paper(two_women, tmp_path, "rescue-report", "2", "--profile", "internal")
    assert [f for f in FACTS if f in decoded_text(team)] == list(FACTS)
    # once Xezal is freed, the court reads where and when it was
    _ok(two_women, "person", "status", "SNJ-2", "rescued", "--date", "2016-02")
    court = _paper(two_women, tmp_path, "rescue-report", "2", "--profile", "court")
    assert [f for f in FACTS if f in decoded_text(court)] == list(FACTS)
    # and an outcome naming a given name of no one sought with her holds nothing back
    _ok(two_women, "person", "add", "--given", "Rana", "--father", "Saleh", "--sex", "F",
        "--abducted", "2014-08-15")
    _ok(two_women, "rescue", "add", "--person", "SNJ-1", "--date", "2015-10-02",
        "--from-place", "Sinjar CITY", "--outcome", "a girl called Rana was seen THERE")
    court = _paper(two_women, tmp_path, "rescue-report", "3", "--profile", "court")
    assert "THERE" in decoded_text(court) and "CITY" in decoded_text(court)
