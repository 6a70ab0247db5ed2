"""`--seen-since` counts a sighting recorded as a dated status with no report (her brother
spoke to her by phone: sighted 03/2025), as it counts a report: the women "seen alive since
2024, still held" left her out."""

from __future__ import annotations

from tests.test_person_list_seen_since import _cases


def _vault(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Jiyan", "Hezo", "Perwin", "Zozan"):
        assert cli("person", "add", "--given", given, "--sex", "F", "--status", "missing"
                   ).returncode == 0
    # her family's news, no report
    assert cli("person", "status", "SNJ-1", "sighted", "--date", "03/2025", "--note",
               "her brother spoke to her by phone").returncode == 0
    # a record made as sighted: the status is dated only "by" today, not when she was seen
    assert cli("person", "add", "--given", "Rojda", "--sex", "F", "--status", "sighted"
               ).returncode == 0
    # a death says nothing of her seen alive
    assert cli("person", "status", "SNJ-2", "deceased", "--date", "2025").returncode == 0
    # a status resting on a report counts by the report (observed 2020): one place to leave
    # out a report proved false, with its status
    assert cli("report", "add", "--person", "SNJ-3", "--text", "seen", "--source", "K7",
               "--observed", "2020", "--received", "2025").returncode == 0
    assert cli("person", "status", "SNJ-3", "located", "--date", "2025", "--report", "1"
               ).returncode == 0
    assert cli("person", "status", "SNJ-4", "located", "--date", "about 2022").returncode == 0
    assert cli("person", "status", "SNJ-5", "rescued", "--date", "06/2024").returncode == 0


def test_a_dated_status_of_her_seen_alive_counts(cli):
    _vault(cli)
    out = cli("person", "list", "--seen-since", "2024", "--held").stdout
    assert "a report or a status" in out.splitlines()[0]
    assert _cases(out) == ["SNJ-00001"]
    # rescued in June 2024: seen alive then, and no longer held
    assert _cases(cli("person", "list", "--seen-since", "2024").stdout) == ["SNJ-00001",
                                                                            "SNJ-00005"]
    # "about 2022" is 2022, as a report's
    assert "SNJ-00004" in _cases(cli("person", "list", "--seen-since", "2022").stdout)
    assert "SNJ-00004" not in _cases(cli("person", "list", "--seen-since", "2023").stdout)
    assert _cases(cli("search", "Nadia", "--seen-since", "03/2025").stdout) == ["SNJ-00001"]


def test_a_status_under_a_record_merged_into_hers_counts(cli):
    _vault(cli)
    assert cli("merge", "SNJ-2", "SNJ-1", "--despite-contradiction").returncode == 0
    assert "SNJ-00002" in _cases(cli("person", "list", "--seen-since", "2025").stdout)
