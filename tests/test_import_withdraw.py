"""A committed list row withdrawn from the woman it was wrongly put on (`review --withdraw`): she is
as before on her page and her court dossier, the row can be decided again without importing the
list again, later work by hand is never undone, and a person the row made is deleted only if
nothing else refers to her. Real vaults, a real xlsx, the real command line, PDFs read back."""

from __future__ import annotations

import json
from datetime import date

from tests.import_helpers import cli, write_xlsx
from tests.pdf_glyphs import pdftotext, without_hashes

HEADER = ["Name", "Father", "Grandfather", "Mother", "Born", "Village", "Status", "Notes"]
# Row 2 is Basma, Basima's sister (another mother, born 2001), freed in 2017; row 3 a new woman.
BASMA = ["Basima", "Khalaf", "Hassan", "Gule", "2001", "Kocho", "rescued 2017",
         "handed over in Duhok"]
LAYLA = ["Layla", "Qasim", "Elias", "", "", "Kocho", "missing", ""]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _show(tmp_path, case_no: str) -> dict:
    return json.loads(_ok(tmp_path, "--json", "person", "show", case_no).stdout)


def _dossier(tmp_path, case_no: str) -> str:
    pdf = tmp_path / f"{case_no}.pdf"
    _ok(tmp_path, "dossier", case_no, "-o", str(pdf), "--profile", "court", "--lang", "en")
    return " ".join(without_hashes(pdftotext(pdf.read_bytes())).split())  # a hash may hold "2001"


def _her_as_kept(d: dict) -> dict:
    """What her record says of her, without what every save changes (version, stamps)."""
    return {k: v for k, v in d.items() if k not in ("version", "updated_at")}


def _sister_updated(tmp_path) -> dict:
    """Basima (SNJ-00001, missing since 03/08/2014) in the vault; the ministry's list row 2 put
    onto her despite the other mother; row 3 made SNJ-00002. Returns her record before."""
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Basima", "--given", "بسيمة", "--father",
        "Khalaf", "--grandfather", "Hassan", "--mother", "Nesrin", "--sex", "F", "--born",
        "1995", "--village", "Kocho", "--status", "missing", "--status-date", "03/08/2014",
        "--sharing", "court")  # a court may receive her record
    before = _show(tmp_path, "SNJ-00001")
    lst = write_xlsx(tmp_path / "ministry.xlsx", [("List", [HEADER, BASMA, LAYLA])])
    _ok(tmp_path, "import", str(lst), "--source", "Ministry")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update",
        "--despite-contradiction", "--commit")
    wrong = _show(tmp_path, "SNJ-00001")
    assert wrong["current_status"] == "rescued" and wrong["notes"] == (
        f'[list "Ministry", batch 1, row 2, read {date.today().isoformat()}] handed over in Duhok')
    return before


def test_a_row_put_on_her_sister_withdrawn_leaves_her_page_and_dossier_as_before(tmp_path):
    before = _sister_updated(tmp_path)
    assert "rescued" in _dossier(tmp_path, "SNJ-00001")
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "her sister Basma")
    assert "row 2 of batch 1 withdrawn from SNJ-00001" in out.stdout
    assert "her status is now missing" in out.stdout
    after = _show(tmp_path, "SNJ-00001")
    # Her fields, her status and its history are what they were before the list.
    assert _her_as_kept(after) == _her_as_kept(before)
    assert after["current_status"] == "missing"
    assert after["provenance"] == [] and after["list_conflicts"] == []
    text = _dossier(tmp_path, "SNJ-00001")
    assert "rescued" not in text and "Duhok" not in text and "ministry.xlsx" not in text
    assert "2001" not in text  # the list's birth year, noted against her, is no longer hers
    assert "2014-08-03" in text and "missing" in text
    # Who withdrew what is in the trail, with the note.
    log = json.loads(_ok(tmp_path, "--json", "audit", "log").stdout)
    done = [e for e in log if e["action"] == "import.withdraw"]
    assert done and done[-1]["detail"]["note"] == "her sister Basma"
    assert done[-1]["detail"]["undone"]["status"] == ["rescued", "missing"]
    assert _ok(tmp_path, "audit", "verify").returncode == 0


def test_the_withdrawn_row_is_decided_again_as_a_new_person_without_importing_again(tmp_path):
    _sister_updated(tmp_path)
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    waiting = json.loads(_ok(tmp_path, "--json", "review", "1").stdout)
    assert [w["row"] for w in waiting] == [2]
    out = _ok(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    assert "row 2: create (imported: SNJ-00003)" in out.stdout
    basma = _show(tmp_path, "SNJ-00003")
    assert basma["current_status"] == "rescued" and basma["notes"] == "handed over in Duhok"
    assert [(p["batch_id"], p["row_number"]) for p in basma["provenance"]] == [(1, 2)]
    assert _show(tmp_path, "SNJ-00001")["provenance"] == []
    assert "ministry.xlsx" not in _dossier(tmp_path, "SNJ-00001")
    # The lawyer said they are two women: the pair is not proposed as a duplicate.
    pairs = json.loads(_ok(tmp_path, "--json", "duplicates", "--threshold", "0.1").stdout)
    assert not any({p["a"]["case_no"], p["b"]["case_no"]} == {"SNJ-00001", "SNJ-00003"}
                   for p in pairs)
    assert json.loads(_ok(tmp_path, "--json", "review", "1").stdout) == []
    # The import report, what the commit did, says what was taken back since.
    report = _ok(tmp_path, "review", "1", "--report").stdout
    assert ("withdrawn since the commit: row 2 from SNJ-00001, " in report
            and "decided again: create SNJ-00003" in report)


def test_a_field_changed_by_hand_since_the_import_is_not_reverted(tmp_path):
    _sister_updated(tmp_path)
    _ok(tmp_path, "person", "edit", "SNJ-00001", "--notes", "her mother asks at Sharya camp")
    _ok(tmp_path, "person", "status", "SNJ-00001", "missing", "--date", date.today().isoformat())
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    assert "left notes as it is" in out.stdout and "her mother asks at Sharya camp" in out.stdout
    after = _show(tmp_path, "SNJ-00001")
    assert after["notes"] == "her mother asks at Sharya camp"
    # The rescue the row added is gone from her history; what the lawyer told stays.
    statuses = [e["status"] for e in after["status_events"]]
    assert statuses == ["missing", "missing"] and after["current_status"] == "missing"
    assert "rescued" not in _dossier(tmp_path, "SNJ-00001")


def test_a_person_the_row_created_is_deleted_only_if_nothing_else_refers_to_her(tmp_path):
    _sister_updated(tmp_path)
    _ok(tmp_path, "report", "add", "--person", "SNJ-00002", "--text", "seen in Raqqa 2016")
    out = cli(tmp_path, "review", "1", "--row", "3", "--withdraw")
    assert out.returncode != 0
    assert "made SNJ-00002" in out.stderr and "report 1" in out.stderr
    assert "nothing was withdrawn" in out.stderr
    layla = _show(tmp_path, "SNJ-00002")
    assert [(p["batch_id"], p["row_number"]) for p in layla["provenance"]] == [(1, 3)]
    assert json.loads(_ok(tmp_path, "--json", "review", "1").stdout) == []
    # A woman the list made and nothing else names is taken away with the row.
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    assert "the person it created is deleted" in out.stdout
    assert cli(tmp_path, "person", "show", "SNJ-00003").returncode != 0


def test_a_committed_batch_is_not_discarded_and_says_how_to_take_a_row_back(tmp_path):
    _sister_updated(tmp_path)
    out = cli(tmp_path, "review", "1", "--discard")
    assert out.returncode != 0
    assert "casekeeper review 1 --row N --withdraw" in out.stderr


def test_a_row_of_a_list_imported_at_once_goes_back_to_the_right_woman(tmp_path):
    """A certain match, imported without review, was Basima's sister Basma: the date it made
    more exact gets its range back, its spelling and its status go, and the row (kept only in
    its provenance) is put onto Basma without importing the list again."""
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Basima", "--father", "Khalaf", "--grandfather",
        "Hassan", "--sex", "F", "--village", "Kocho", "--status", "missing", "--born",
        "age 22 in 2015")
    _ok(tmp_path, "person", "add", "--given", "Basma", "--father", "Khalaf", "--grandfather",
        "Hassan", "--sex", "F", "--village", "Kocho", "--status", "missing")
    before = _show(tmp_path, "SNJ-00001")
    lst = write_xlsx(tmp_path / "camp.xlsx", [("List", [
        ["Name", "Father", "Grandfather", "Born", "Village", "Status", "Alias"],
        ["Basima", "Khalaf", "Hassan", "01/07/1993", "Kocho", "located", "Besima"]])])
    _ok(tmp_path, "import", str(lst))
    wrong = _show(tmp_path, "SNJ-00001")
    assert wrong["aliases"] == ["Besima"] and wrong["birth"]["text"] == "01/07/1993"
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    assert "removed the other spellings 'Besima'" in out.stdout
    assert _her_as_kept(_show(tmp_path, "SNJ-00001")) == _her_as_kept(before)
    waiting = json.loads(_ok(tmp_path, "--json", "review", "1").stdout)
    assert [w["values"]["Name"] for w in waiting] == ["Basima"]
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00002",
        "--despite-contradiction")
    basma = _show(tmp_path, "SNJ-00002")
    assert basma["current_status"] == "located" and "Besima" in basma["aliases"]
    assert [(p["batch_id"], p["row_number"]) for p in basma["provenance"]] == [(1, 2)]


def test_a_spelling_another_list_also_gives_stays_when_a_row_is_withdrawn(tmp_path):
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Nadia", "--father", "Murad", "--grandfather",
        "Taha", "--sex", "F", "--village", "Kocho", "--status", "missing")
    header = ["Name", "Father", "Grandfather", "Village", "Alias"]
    row = ["Nadia", "Murad", "Taha", "Kocho", "Nadya"]
    for name, serial in (("family.xlsx", []), ("ngo.xlsx", ["No"])):
        lst = write_xlsx(tmp_path / name, [("List", [serial + header,
                                                     ["1"] * len(serial) + row])])
        _ok(tmp_path, "import", str(lst))
    assert _show(tmp_path, "SNJ-00001")["aliases"] == ["Nadya"]  # brought by the first list
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    assert "kept the spelling 'Nadya': batch 2, row 2 spells her so too" in out.stdout
    her = _show(tmp_path, "SNJ-00001")
    assert her["aliases"] == ["Nadya"]
    assert [p["batch_id"] for p in her["provenance"]] == [2]


def test_the_next_version_of_the_list_does_not_send_a_withdrawn_row_back_to_her(tmp_path):
    _sister_updated(tmp_path)
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    nadia = ["Nadia", "Murad", "Taha", "", "", "Kocho", "missing", ""]
    lst = write_xlsx(tmp_path / "ministry-v2.xlsx", [("List", [HEADER, BASMA, LAYLA, nadia])])
    rows = json.loads(_ok(tmp_path, "--json", "import", str(lst), "--source", "Ministry",
                          "--dry-run").stdout)["rows"]
    basma = rows[0]
    # Asked about again, by the names: not "the same row as in the last import" onto her.
    assert basma["outcome"] == "probable" and "last import" not in basma["why"]
    assert rows[1]["outcome"] == "certain" and rows[1]["match"] == "SNJ-00002"


def test_a_decided_again_row_is_not_committed_twice(tmp_path):
    _sister_updated(tmp_path)
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    out = cli(tmp_path, "review", "1", "--row", "2", "--decide", "create", "--commit")
    assert out.returncode != 0 and "without --commit" in out.stderr
    assert [w["row"] for w in json.loads(_ok(tmp_path, "--json", "review", "1").stdout)] == [2]
    # A row not withdrawn is in the vault as decided: to change it, withdraw it first.
    out = cli(tmp_path, "review", "1", "--row", "3", "--decide", "skip", "--override")
    assert out.returncode != 0 and "casekeeper review 1 --row 3 --withdraw" in out.stderr
    assert _show(tmp_path, "SNJ-00002")["provenance"]


def test_a_row_read_again_keeps_the_date_order_the_whole_list_told(tmp_path):
    """A list imported at once keeps its rows' values only in provenance: withdrawn, a row is
    read again alone. Its 3/5/1999 was read month first with the list (12/25/1998 beside it
    says so) but day first alone: decided again, she was born 1999-05-03 instead of 03-05."""
    _ok(tmp_path, "init")
    rows = [["Name", "Father", "Grandfather", "Born", "Status"],
            ["Nadia", "Murad", "Taha", "12/25/1998", "missing"],
            ["Layla", "Qasim", "Elias", "3/5/1999", "missing"],
            ["Zozan", "Hadi", "Khalaf", "11/30/2000", "missing"]]
    lst = write_xlsx(tmp_path / "us.xlsx", [("List", rows)])
    _ok(tmp_path, "import", str(lst), "--source", "NGO", "--yes")
    assert _show(tmp_path, "SNJ-00002")["birth"]["earliest"] == "1999-03-05"
    _ok(tmp_path, "review", "1", "--row", "3", "--withdraw")
    _ok(tmp_path, "review", "1", "--row", "3", "--decide", "create")
    made = _show(tmp_path, "SNJ-00004")
    assert made["birth"]["earliest"] == made["birth"]["latest"] == "1999-03-05"
    # her status from the list is known by the day it was read, as at the first commit: left
    # undated, it would never take over from an older dated one
    (status,) = made["status_events"]
    assert status["status"] == "missing" and status["date"]["latest"] == date.today().isoformat()


def test_a_person_merged_and_split_out_again_goes_with_her_row(tmp_path):
    """Merged into another record, the row's person could not be withdrawn ("split it out
    first"); split out, still not: the merge and the split were counted as work on her, and
    the refusal asked for the split it had just been given (a tester's day)."""
    _sister_updated(tmp_path)  # row 3 made Layla, SNJ-00002
    _ok(tmp_path, "person", "add", "--given", "Layla", "--father", "Qasim", "--sex", "F")
    _ok(tmp_path, "merge", "SNJ-00003", "SNJ-00002", "--despite-contradiction")
    out = cli(tmp_path, "review", "1", "--row", "3", "--withdraw")
    assert out.returncode != 0 and "split it out first" in out.stderr
    split = _ok(tmp_path, "split", "SNJ-00002").stdout
    # the status is the record's: "which is unknown" read as if the record were unknown
    assert "(was merged into SNJ-00003, whose status is unknown)" in split, split
    out = _ok(tmp_path, "review", "1", "--row", "3", "--withdraw")
    assert "the person it created is deleted" in out.stdout
    assert cli(tmp_path, "person", "show", "SNJ-00002").returncode != 0
    assert _show(tmp_path, "SNJ-00003")["names"]  # the record she was merged into stays
