"""`report list` names each woman of every report, read all at once: read one by one, twice
for each report (once for --json's names, once for the text), 2,000 reports took 9 s, not 1."""

from __future__ import annotations

import json

from db.repositories.persons import PersonRepository


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def test_report_list_reads_the_women_in_one_go(cli, monkeypatch):
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Nadia", "Khalida", "Layla"):
        _ok(cli, "person", "add", "--given", given, "--father", "Khalaf", "--sex", "F")
    for i in range(6):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--person", "SNJ-3",
            "--source", f"K{i}", "--received", "03/2026", "--text", f"seen {i}")
    reads = {"one": 0, "many": 0}
    one, many = PersonRepository.get, PersonRepository.get_many

    def get(self, pid):
        reads["one"] += 1
        return one(self, pid)

    def get_many(self, ids):
        reads["many"] += 1
        return many(self, ids)

    monkeypatch.setattr(PersonRepository, "get", get)
    monkeypatch.setattr(PersonRepository, "get_many", get_many)
    text = _ok(cli, "report", "list").stdout
    assert text.count("SNJ-00002 Khalida Khalaf") == 6
    listed = json.loads(_ok(cli, "--json", "report", "list").stdout)
    assert [p["name"] for p in listed[0]["named"]] == ["Nadia Khalaf", "Khalida Khalaf",
                                                        "Layla Khalaf"]
    assert listed[0]["persons"] == ["SNJ-00001", "SNJ-00002", "SNJ-00003"]
    assert reads["one"] == 0 and reads["many"] <= 2, reads  # a list, not a woman at a time
