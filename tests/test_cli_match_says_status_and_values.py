"""`match` says each candidate's status, and where the list says another ("[record: missing;
list: rescued]"): a list's rescued woman beside a record still missing is the news the lawyer
looks for, and it was not shown at all. A field that only partly agrees or disagrees is given
with both values ("father partial: Hisên / حسن"), in `match` and `duplicates`: "partial" alone
does not tell a slip of the pen from a cousin's other father."""

import json

from tests.cli_helpers import add


def test_a_candidates_status_and_the_lists_other_status_are_said(cli, tmp_path):
    assert cli("init").returncode == 0
    missing = add(cli, "--given", "نادية", "--father", "خليل", "--grandfather", "الياس", "--sex",
                  "F", "--village", "Kocho", "--status", "missing")
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Father,Grandfather,Village,Status,Date of rescue\n"
                       "Nadia,Khalil,Elias,Kocho,Rescued,2025-03-01\n"
                       "Nadia,Khalil,Elias,Kocho,,\n", encoding="utf-8")
    r = cli("match", str(listing))
    assert r.returncode == 0, r.stderr
    lines = [x for x in r.stdout.splitlines() if missing in x]
    assert "[record: missing; list: rescued]" in lines[0], r.stdout
    assert "[missing]" in lines[1], r.stdout
    rows = json.loads(cli("--json", "match", str(listing)).stdout)
    assert rows[0]["candidates"][0]["status"] == "missing"


def test_a_partly_agreeing_field_is_given_with_both_values(cli, tmp_path):
    assert cli("init").returncode == 0
    add(cli, "--given", "عدلة", "--father", "حسن", "--grandfather", "قاسم", "--sex", "F",
        "--born", "1985", "--village", "Tel Qasab")
    add(cli, "--given", "عدلة", "--father", "حسين", "--grandfather", "قاسم", "--sex", "F",
        "--born", "1985", "--village", "Tel Qasab")
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Father,Grandfather,Village,Born\nEdla,Hisên,Qasim,Tel Qasab,1985\n",
                       encoding="utf-8")
    r = cli("match", str(listing))
    assert "father partial: Hisên / حسن" in r.stdout, r.stdout
    assert "[status unknown]" in r.stdout, r.stdout
    r = cli("duplicates")
    assert "father partial: حسن / حسين" in r.stdout, r.stdout
