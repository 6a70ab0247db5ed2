"""A date typed as a number (20014, a slip for 2014) is read by the import's rule for the same
cell: a day the date cannot be as an Excel date number is refused, not printed on a court paper."""

from __future__ import annotations

import subprocess

import pytest

# (command, the flag the date is typed for): a person SNJ-00001, her report 1 and rescue 1 exist
TYPED = {
    "--abducted": ["person", "add", "--given", "Zere", "--abducted", "{}"],
    "--status-date": ["person", "add", "--given", "Zere", "--status", "missing",
                      "--status-date", "{}"],
    "--date": ["person", "status", "SNJ-00001", "rescued", "--date", "{}"],
    "--observed": ["report", "edit", "1", "--observed", "{}"],
    "--handover-to-family": ["rescue", "edit", "1", "--handover-to-family", "{}"],
}


@pytest.mark.parametrize("flag", sorted(TYPED))
def test_a_number_no_such_day_can_be_is_refused_saying_what_it_would_be(cli, flag):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--abducted", "03/08/2014").returncode == 0
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--status", "none").returncode == 0
    before = cli("--json", "person", "show", "SNJ-00001").stdout
    r = cli(*[a.replace("{}", "20014") for a in TYPED[flag]])
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert flag in r.stderr and "'20014' would be 1954-10-17 as an Excel date number" in r.stderr
    # nothing saved: no second person, her record as it was
    assert "SNJ-00002" not in cli("person", "list").stdout
    assert cli("--json", "person", "show", "SNJ-00001").stdout == before


def test_the_number_of_a_day_the_date_can_be_is_that_day_on_her_court_paper(cli, tmp_path):
    """41854, Excel's number for 2014-08-03, is that day, as a list's cell is."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Zere", "--sex", "F", "--abducted", "41854",
               "--sharing", "court", "--status", "rescued").returncode == 0
    out = tmp_path / "d.pdf"
    assert cli("dossier", "SNJ-1", "-o", str(out), "--profile", "court").returncode == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "2014-08-03" in text and "41854" not in text


def test_the_typed_rule_is_the_import_rule():
    from app.domain.fuzzydate import SerialSlip
    from app.typed_date import typed_date

    with pytest.raises(SerialSlip) as e:
        typed_date("20014")
    assert e.value.day.isoformat() == "1954-10-17"
    assert typed_date("٤١٨٥٤").plain() == "2014-08-03"
    # a birth may lie in 1954: the import reads it so too
    assert typed_date("20014", birth=True).plain() == "1954-10-17"
    assert typed_date("1998").plain() == "1998"


def test_the_desktop_refuses_it_in_its_words():
    from ui.labels import date_read

    with pytest.raises(ValueError, match="1954-10-17 as an Excel date number"):
        date_read("20014", "Abduction date")
