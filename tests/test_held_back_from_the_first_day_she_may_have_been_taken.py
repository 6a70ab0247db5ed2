"""Of a woman still held, a court paper keeps back every report that may be of after she was
taken, reckoned from the first day her abduction may have been. "about 08/2014" reads as July
to September 2014: compared with its end, a report seen in Raqqa on 20 September ("house of
Abu Omar near the clock tower") was taken to be of the days of her abduction and printed on her
court dossier and on her freed sister's. A real vault through the command line."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import Report
from tests.report_vault import decoded_text


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _dossier(cli, tmp_path, case_no: str) -> tuple[str, str]:
    out = tmp_path / f"{case_no}.pdf"
    r = _ok(cli, "dossier", case_no, "--profile", "court", "-o", str(out), "--force")
    return decoded_text(out.read_bytes()), r.stdout


@pytest.mark.parametrize("abducted, observed", [
    ("about 08/2014", "20/09/2014"),     # within the month after: widened to 2014-09-30
    ("about 03/08/2014", "12/08/2014"),  # days after: widened to 2014-08-17
    ("2014", "20/09/2014"),              # a year: she may have been taken on the first day
    ("08/2014", "20/08/2014"),           # a month: she may have been taken on the 3rd
])
def test_a_report_that_may_be_of_after_her_abduction_stays_off_hers_and_her_sisters_court_paper(
        cli, tmp_path, abducted, observed):
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Layla", "Nadia"):
        _ok(cli, "person", "add", "--given", given, "--family", "Haskani", "--sex", "F",
            "--abducted", abducted, "--status", "missing", "--sharing", "public")
    _ok(cli, "person", "status", "SNJ-00001", "located", "--date", "10/2014")
    _ok(cli, "report", "add", "--person", "SNJ-00001", "--person", "SNJ-00002", "--observed",
        observed, "--cannot-identify-source", "--text", "Layla seen in Raqqa CLOCKTOWER")
    _ok(cli, "rescue", "add", "--person", "SNJ-00002", "--date", "2017", "--status", "rescued")
    hers, said = _dossier(cli, tmp_path, "SNJ-00001")
    assert "CLOCKTOWER" not in hers and "1 report of her since her abduction" in said
    sisters, said = _dossier(cli, tmp_path, "SNJ-00002")
    assert "CLOCKTOWER" not in sisters and "also concerns SNJ-00001" in said


def _report(observed: str) -> Report:
    return Report(id=1, person_ids=[1], observed=FuzzyDate.parse(observed), text="")


def test_the_first_day_she_may_have_been_taken_is_not_before_the_abductions_began():
    from app.reports.while_held import earliest_taken, since_abduction

    assert earliest_taken(FuzzyDate.parse("about 08/2014")) == date(2014, 8, 3)
    assert earliest_taken(FuzzyDate.parse("2014")) == date(2014, 8, 3)
    assert earliest_taken(FuzzyDate.parse("about 20/08/2014")) == date(2014, 8, 6)
    assert earliest_taken(FuzzyDate.parse("15/08/2014")) == date(2014, 8, 15)
    # a date the import warned of as before the attack is taken as it is, not moved later
    assert earliest_taken(FuzzyDate.parse("05/2014")) == date(2014, 5, 1)
    assert earliest_taken(FuzzyDate()) is None
    # a report of the day of the attack is of the days of her abduction; of the next, not
    assert not since_abduction(_report("03/08/2014"), FuzzyDate.parse("about 08/2014"))
    assert since_abduction(_report("04/08/2014"), FuzzyDate.parse("2014"))
    assert not since_abduction(_report("15/08/2014"), FuzzyDate.parse("15/08/2014"))


def test_the_print_screen_counts_it_and_its_court_dossier_leaves_it_out(qtbot, gui, cli):
    from tests.test_ui_print import _preview
    from tests.ui_support import unlock

    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--sex", "F", "--abducted", "about 08/2014",
        "--status", "located", "--status-date", "10/2014", "--sharing", "public")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--cannot-identify-source", "--observed",
        "20/09/2014", "--text", "Layla seen in Raqqa CLOCKTOWER")
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "SNJ-1")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    assert "since her abduction (1)" in view.info.text().replace("\u2068", "").replace("\u2069", "")
    assert "CLOCKTOWER" not in decoded_text(view.built["pdf"])
