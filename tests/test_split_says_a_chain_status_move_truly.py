"""A split's words for a status moved with its report are true in a chain (C merged into B, B
into A, a report about C, the sighting set on A): they said "a report about B" when it was about C,
and the split of C said "told on B", which it never was (it was told on A)."""

from __future__ import annotations

from tests.test_split_moves_a_status_with_its_report import _ok, _shown, _vian


def test_split_b_then_c_say_where_the_report_and_the_status_were(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _vian(cli, "ڤيان", "Khalil", "Ali")
    _vian(cli, "ڤیان", "Khaleel", "Alee")
    _vian(cli, "ڤیان", "Xelil", "Eli")
    _ok(cli, "merge", "SNJ-00002", "SNJ-00003")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002")
    _ok(cli, "report", "add", "--person", "SNJ-00003", "--text", "phone call from her", "--source",
        "K9", "--received", "2019-05-01", "--observed", "2019-04-01")
    _ok(cli, "person", "status", "SNJ-00001", "sighted", "--date", "2019-04", "--report", "1")
    said = _ok(cli, "split", "SNJ-00002").stdout
    assert ("(it rests on a report about SNJ-00002 or a record merged into it, told while "
            "SNJ-00002 was part of SNJ-00001)") in said, said
    said = _ok(cli, "split", "SNJ-00003").stdout
    assert "told on SNJ-00002" not in said, said
    assert ("(it rests on a report about SNJ-00003 or a record merged into it, told while "
            "SNJ-00003 was part of SNJ-00002)") in said, said
    assert _shown(cli, "SNJ-00003")["current_status"] == "sighted"
