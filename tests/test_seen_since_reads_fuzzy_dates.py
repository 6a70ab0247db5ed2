"""`--seen-since` reads a fuzzy date as what it can say of her seen: a report counts only when
it can have been observed on or after the day and came in on or after it (nothing is seen
after it is reported), and "about" widens neither the report's date nor the one asked."""

from __future__ import annotations

from tests.test_person_list_seen_since import _cases


def _vault(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Asmar", "Berivan", "Ceylan", "Dilan"):
        assert cli("person", "add", "--given", given, "--sex", "F", "--status", "missing"
                   ).returncode == 0
    for case, observed, received in (("SNJ-1", "2024", "03/2024"), ("SNJ-2", "about 2022", "2026"),
                                     ("SNJ-3", "about 2024", "2026"), ("SNJ-4", "2023", "2026")):
        assert cli("report", "add", "--person", case, "--text", "seen", "--source", "K7",
                   "--observed", observed, "--received", received).returncode == 0


def test_a_report_is_not_seen_after_it_came_in(cli):
    _vault(cli)
    # "2024", received in March 2024: seen by March at the latest, not since June
    assert "SNJ-00001" not in _cases(cli("person", "list", "--seen-since", "06/2024").stdout)
    assert "SNJ-00001" in _cases(cli("person", "list", "--seen-since", "2024").stdout)
    assert "SNJ-00001" in _cases(cli("person", "list", "--seen-since", "03/2024").stdout)
    assert _cases(cli("search", "Asmar", "--seen-since", "04/2024").stdout) == []


def test_about_is_read_as_the_year_written(cli):
    _vault(cli)
    # "about 2022" (stored 2020–2024) is 2022: not seen since 2024, seen since 2022
    assert _cases(cli("person", "list", "--seen-since", "2024").stdout) == ["SNJ-00001",
                                                                            "SNJ-00003"]
    assert _cases(cli("person", "list", "--seen-since", "06/2024").stdout) == ["SNJ-00003"]
    assert "SNJ-00002" in _cases(cli("person", "list", "--seen-since", "2022").stdout)
    # and "about 2024" asked is 2024, not 2022: the report of 2023 stays out
    out = cli("person", "list", "--seen-since", "about 2024").stdout
    assert _cases(out) == ["SNJ-00001", "SNJ-00003"]
    assert "observed on or after 2024-01-01 and received on or after it" in out.splitlines()[0]


def test_the_one_rule():
    from db.repositories.seen import seen_last  # inside: the CLI tests fail alone without it

    assert seen_last("about 2022", "2020-01-01", "2024-12-31") == "2022-12-31"
    assert seen_last("about 08/2014", "2014-07-01", "2014-09-30") == "2014-08-31"
    assert seen_last("2024", "2024-01-01", "2024-12-31",
                     ("03/2024", "2024-03-01", "2024-03-31")) == "2024-03-31"
    # received "about 03/2024" caps at March, as written
    assert seen_last("2024", "2024-01-01", "2024-12-31",
                     ("about 03/2024", "2024-02-01", "2024-04-30")) == "2024-03-31"
    assert seen_last("", None, None) is None
    # a report with no received date: its observation alone
    assert seen_last("2025", "2025-01-01", "2025-12-31", ("", None, None)) == "2025-12-31"


def test_search_and_sharing_say_how_the_date_was_read(cli):
    _vault(cli)
    said = "seen since about 2024: a report or a status: a report about her observed on or after 2024-01-01"
    assert cli("search", "Ceylan", "--seen-since", "about 2024").stdout.startswith(said)
    dry = cli("person", "sharing", "court", "--seen-since", "about 2024", "--dry-run").stdout
    assert dry.startswith(said)
