"""`person list --seen-since DATE`: the women a report observed on or after DATE is about,
with the other filters ("seen alive since 2024, still held" in one command); the lawyer had
to read every report's JSON to ask it."""

from __future__ import annotations

import json


def _vault(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, status in (("Nadia", "missing"), ("Xezal", "missing"), ("Samira", "rescued"),
                          ("Leyla", "missing"), ("Gule", "missing"), ("Shirin", "sighted")):
        assert cli("person", "add", "--given", given, "--sex", "F", "--status", status
                   ).returncode == 0
    for case, observed in (("SNJ-1", "06/2025"), ("SNJ-2", "2023"), ("SNJ-3", "2024"),
                           ("SNJ-4", None), ("SNJ-6", "12/2023")):
        dated = ["--observed", observed] if observed else []
        assert cli("report", "add", "--person", case, "--text", "seen", "--source", "K7",
                   "--received", "2026", *dated).returncode == 0


def _cases(out: str) -> list[str]:
    # a list's line begins with it, a search's after the score
    return [next(c for c in line.split("\t") if c.startswith("SNJ-"))
            for line in out.splitlines() if "\tSNJ-" in line or line.startswith("SNJ-")]


def test_seen_since_a_fuzzy_date_with_the_other_filters(cli):
    _vault(cli)
    # 2024: a report of 2024 (any day of it) or later; 2023 and a report with no date do not
    assert _cases(cli("person", "list", "--seen-since", "2024").stdout) == ["SNJ-00001",
                                                                            "SNJ-00003"]
    out = cli("person", "list", "--seen-since", "2024", "--held").stdout
    assert out.splitlines()[0].startswith("seen since 2024: a report or a status: a report "
                                          "about her observed on or after 2024-01-01")
    assert _cases(out) == ["SNJ-00001"]
    # 06/2024: the report "2024" may be of any day of it, so it counts (ranges overlap)
    assert _cases(cli("person", "list", "--seen-since", "06/2024").stdout) == ["SNJ-00001",
                                                                               "SNJ-00003"]
    assert _cases(cli("person", "list", "--seen-since", "07/2025").stdout) == []
    assert _cases(cli("person", "list", "--seen-since", "12/2023", "--status", "sighted"
                      ).stdout) == ["SNJ-00006"]
    r = cli("--json", "person", "list", "--seen-since", "2025", "--status", "missing")
    assert [p["case_no"] for p in json.loads(r.stdout)] == ["SNJ-00001"]
    # the same filter where the filters are shared: search, person sharing's choice
    assert _cases(cli("search", "Samira", "--seen-since", "2024").stdout) == ["SNJ-00003"]
    out = cli("search", "Samira", "--seen-since", "2025").stdout
    assert _cases(out) == [] and "(best: SNJ-00003 1.00, no report or status since 2025-01-01)" \
        in out
    dry = cli("person", "sharing", "court", "--seen-since", "2025", "--dry-run").stdout
    assert "SNJ-00001" in dry and "SNJ-00003" not in dry


def test_a_report_under_a_record_merged_into_hers_counts(cli):
    _vault(cli)
    assert cli("merge", "SNJ-4", "SNJ-1", "--despite-contradiction").returncode == 0
    assert _cases(cli("person", "list", "--seen-since", "2025").stdout) == ["SNJ-00004"]


def test_a_blank_or_wrong_date_is_refused(cli):
    _vault(cli)
    r = cli("person", "list", "--seen-since", "")
    assert r.returncode != 0 and "--seen-since is blank" in r.stderr
    r = cli("person", "list", "--seen-since", "2025-13-01")
    assert r.returncode != 0 and "--seen-since" in r.stderr


def test_a_report_proved_false_is_no_sighting(cli):
    """The tester's report 18, a false sighting, still made her "seen alive since 2024"."""
    _vault(cli)
    assert _cases(cli("person", "list", "--seen-since", "2024").stdout) == ["SNJ-00001",
                                                                            "SNJ-00003"]
    r = cli("report", "edit", "1", "--proved-false", "the informant was not in Raqqa then")
    assert r.returncode == 0, r.stderr
    assert _cases(cli("person", "list", "--seen-since", "2024").stdout) == ["SNJ-00003"]
    assert cli("report", "edit", "1", "--not-proved-false").returncode == 0
    assert _cases(cli("person", "list", "--seen-since", "2024").stdout) == ["SNJ-00001",
                                                                            "SNJ-00003"]
