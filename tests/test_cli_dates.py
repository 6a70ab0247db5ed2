"""Dates on the command line: every date option of every command reads the forms people type
(15/08/2014, 2014-08-15, 2014, 2014-08 ...) by one reading, as the importer and the desktop do."""

from __future__ import annotations

import json

import pytest

from app.cli.main import build_parser

# Every option that takes a date, with the command that gives it one (the person SNJ-00001
# and her report 1 exist). {} is the date typed.
DATE_OPTIONS = {
    ("person add", "--born"): ["person", "add", "--given", "Leyla", "--born", "{}"],
    ("person add", "--abducted"): ["person", "add", "--given", "Leyla", "--abducted", "{}"],
    ("person add", "--status-date"): ["person", "add", "--given", "Leyla", "--status",
                                      "missing", "--status-date", "{}"],
    ("person edit", "--born"): ["person", "edit", "SNJ-00001", "--born", "{}"],
    ("person edit", "--abducted"): ["person", "edit", "SNJ-00001", "--abducted", "{}"],
    ("person status", "--date"): ["person", "status", "SNJ-00001", "rescued", "--date", "{}"],
    ("person list", "--abducted-from"): ["person", "list", "--abducted-from", "{}"],
    ("person list", "--abducted-to"): ["person", "list", "--abducted-to", "{}"],
    ("search", "--abducted-from"): ["search", "Nadia", "--abducted-from", "{}"],
    ("search", "--abducted-to"): ["search", "Nadia", "--abducted-to", "{}"],
    ("summary", "--abducted-from"): ["summary", "-o", "OUT", "--profile", "internal",
                                     "--abducted-from", "{}"],
    ("summary", "--abducted-to"): ["summary", "-o", "OUT", "--profile", "internal",
                                   "--abducted-to", "{}"],
    ("person sharing", "--abducted-from"): ["person", "sharing", "court", "--yes", "--abducted-from",
                                            "{}"],
    ("person sharing", "--abducted-to"): ["person", "sharing", "court", "--yes", "--abducted-to",
                                            "{}"],
    ("incident add", "--date"): ["incident", "add", "--place", "Kocho", "--date", "{}"],
    ("report add", "--received"): ["report", "add", "--person", "SNJ-00001", "--text", "seen",
                                   "--received", "{}"],
    ("report add", "--observed"): ["report", "add", "--person", "SNJ-00001", "--text", "seen",
                                   "--observed", "{}"],
    ("report edit", "--received"): ["report", "edit", "1", "--received", "{}"],
    ("report edit", "--observed"): ["report", "edit", "1", "--observed", "{}"],
    # (received in 2014, so that a day of 2014 is not before it came in)
    ("report edit", "--proved-false-on"): ["report", "edit", "1", "--received", "2014",
                                           "--proved-false", "she was elsewhere",
                                           "--proved-false-on", "{}"],
    ("person list", "--seen-since"): ["person", "list", "--seen-since", "{}"],
    ("search", "--seen-since"): ["search", "Nadia", "--seen-since", "{}"],
    ("summary", "--seen-since"): ["summary", "-o", "OUT", "--profile", "internal",
                                  "--seen-since", "{}"],
    ("person sharing", "--seen-since"): ["person", "sharing", "court", "--yes", "--seen-since",
                                         "{}"],
    ("rescue add", "--date"): ["rescue", "add", "--person", "SNJ-00001", "--date", "{}"],
    ("rescue add", "--handover-to-family"): ["rescue", "add", "--person", "SNJ-00001",
                                             "--handover-to-family", "{}"],
    ("rescue edit", "--date"): ["rescue", "edit", "1", "--date", "{}"],
    # (an operation that freed no one has no handover: this one gives her a status)
    ("rescue edit", "--handover-to-family"): ["rescue", "edit", "1", "--status", "rescued",
                                              "--handover-to-family",
                                              "{}"],
}
# The forms the rest of the program reads (the importer, the desktop's date boxes, summary).
FORMS = ("15/08/2014", "2014-08-15", "2014", "2014-08", "08/2014")


def date_options() -> set[tuple[str, str]]:
    """(command, flag) of every option whose value is a date, by its DATE metavar."""
    found = set()

    def walk(p, prefix):
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    walk(sub, [*prefix, name])
            elif action.metavar == "DATE":
                found.add((" ".join(prefix), max(action.option_strings, key=len)))
    walk(build_parser(), [])
    return found


def test_every_option_that_takes_a_date_says_so_and_is_tried_here():
    """A new date option is tried with every form below, or this fails."""
    named = {(" ".join(path), a.option_strings[-1])
             for path, a in _options() if any(w in a.dest for w in (
                 "date", "born", "abducted", "received", "observed", "since", "until"))}
    assert named <= date_options(), "a date option without the DATE metavar"
    assert date_options() == set(DATE_OPTIONS)


def _options():
    out = []

    def walk(p, prefix):
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    walk(sub, [*prefix, name])
            elif action.option_strings:
                out.append((prefix, action))
    walk(build_parser(), [])
    return out


@pytest.mark.parametrize("option", sorted(DATE_OPTIONS), ids=" ".join)
def test_every_date_option_reads_every_form_people_type(cli, tmp_path, option):
    assert cli("init").returncode == 0
    # a birth in August 2014 after an abduction on the 3rd is refused (no woman is taken
    # before she is born): tried on a record with no abduction date
    taken = [] if option == ("person edit", "--born") else ["--abducted", "03/08/2014"]
    assert cli("person", "add", "--given", "Nadia", *taken).returncode == 0
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--status", "none").returncode == 0
    for typed in FORMS:
        argv = [a.replace("{}", typed).replace("OUT", str(tmp_path / "s.pdf"))
                for a in DATE_OPTIONS[option]]
        r = cli(*argv)
        assert r.returncode == 0, (typed, r.stderr)
    bad = cli(*[a.replace("{}", "summer").replace("OUT", str(tmp_path / "s.pdf"))
                for a in DATE_OPTIONS[option]])
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert option[1] in bad.stderr and "'summer'" in bad.stderr and "03/08/2014" in bad.stderr


def found(cli, *args: str) -> list[str]:
    r = cli("--json", "search", "Nadia", *args)
    assert r.returncode == 0, r.stderr
    return [x["case_no"] for x in json.loads(r.stdout)]


def test_search_by_abduction_dates_as_summary_reads_them(cli):
    """`search --abducted-from 15/08/2014` was refused (only YYYY-MM-DD) where summary read it."""
    assert cli("init").returncode == 0
    for taken in ("03/08/2014", "15/08/2014", "2015"):
        assert cli("person", "add", "--given", "Nadia", "--abducted", taken).returncode == 0
    assert found(cli, "--abducted-from", "15/08/2014") == ["SNJ-00002", "SNJ-00003"]
    assert found(cli, "--abducted-from", "2014-08-04", "--abducted-to", "2014") == ["SNJ-00002"]
    # a month or a year as the last day asked for takes the whole of it
    assert found(cli, "--abducted-to", "2014-08") == ["SNJ-00001", "SNJ-00002"]
    assert found(cli, "--abducted-from", "2015", "--abducted-to", "2015") == ["SNJ-00003"]


def test_abduction_dates_the_wrong_way_round_are_refused_by_name(cli, tmp_path):
    assert cli("init").returncode == 0
    for argv in (["search", "Nadia"], ["person", "list"],
                 ["summary", "-o", str(tmp_path / "s.pdf"), "--profile", "internal"]):
        r = cli(*argv, "--abducted-from", "2015", "--abducted-to", "08/2014")
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
        assert "--abducted-from '2015' is after --abducted-to '08/2014'" in r.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_a_status_that_follows_an_abduction_dated_before_it_is_refused(cli):
    """'rescued --date 03/08/2004' (for 2014) was taken, and her current status became rescued
    on a date ten years before she was taken."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Hana", "--sex", "F", "--abducted", "03/08/2014",
               "--status", "missing").returncode == 0
    r = cli("person", "status", "SNJ-00001", "rescued", "--date", "03/08/2004")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "rescued on 2004-08-03 is before her abduction (2014-08-03)" in r.stderr
    show = cli("person", "show", "SNJ-00001").stdout
    assert "2004" not in show
    # within her abduction's year, or a status that may come before it, is taken
    assert cli("person", "status", "SNJ-00001", "rescued", "--date", "2014").returncode == 0
    assert cli("person", "status", "SNJ-00001", "deceased", "--date", "2013").returncode == 0
