"""Withdrawing one list's row takes back only what no other list's row of hers still says: two
lists that agree she was freed (the second stored only as a repeat, nothing new to add), either
withdrawn, and she stays rescued, born 1979, the other list's row the source and named; both
withdrawn, and she is as before the lists; a list that said something else gives her its own
word once the first is gone. Real vaults, real xlsx lists, the real command line, a PDF read."""

from __future__ import annotations

import json
import shutil

from tests.import_helpers import cli, write_xlsx
from tests.pdf_glyphs import pdftotext

HEADER = ["Name", "Father", "Grandfather", "Born", "Village", "Status"]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _show(tmp_path) -> dict:
    return json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)


def _withdraw(tmp_path, batch: int) -> dict:
    return json.loads(_ok(tmp_path, "--json", "review", str(batch), "--row", "2",
                          "--withdraw").stdout)


def _two_lists(tmp_path, born: str = "1979", status: str = "rizgarkirî",
               village: str = "Tel Qasab") -> None:
    """Vian (SNJ-00001, missing since 03/08/2014, born about 1979, written Vian); a family's
    list (batch 1) says she was freed, born 1979, spelt Vîyan; a committee's list (batch 2)
    says born, status as given, spelt Vîyan too."""
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Vian", "--given", "ڤيان", "--father", "Khalil",
        "--grandfather", "Ali", "--sex", "F", "--born", "about 1979", "--village", village,
        "--status", "missing", "--status-date", "03/08/2014", "--sharing", "court")
    for name, row in (("family", ["Vîyan", "Khalil", "Ali", "1979", "Tel Qasab", "محررة"]),
                      ("committee", ["Vîyan", "Khalil", "Ali", born, "Tel Qasab", status])):
        lst = write_xlsx(tmp_path / f"{name}.xlsx", [("List", [HEADER, row])])
        _ok(tmp_path, "import", str(lst), "--source", name.title())
    her = _show(tmp_path)
    assert her["current_status"] == "rescued" and her["birth"]["text"] == "1979"
    assert "Vîyan" in her["aliases"]


def _her(d: dict) -> tuple:
    return (d["current_status"], d["birth"]["text"], [e["status"] for e in d["status_events"]],
            "Vîyan" in d["aliases"])


def test_the_other_list_agreeing_keeps_her_status_birth_and_spelling_and_is_named(tmp_path):
    _two_lists(tmp_path)
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw").stdout
    # "removed ...; her status is now rescued" read as if nothing had been removed
    assert "the row gave; her status stays rescued" in out, out
    assert ("kept the status rescued: row 2 of batch 2 (committee.xlsx) says it too "
            "(«rizgarkirî»), now its source") in out
    assert "kept birth '1979': row 2 of batch 2 (committee.xlsx) says it too" in out
    assert "kept the spelling 'Vîyan': batch 2, row 2 spells her so too" in out
    her = _show(tmp_path)
    assert _her(her) == ("rescued", "1979", ["missing", "rescued"], True)
    # The status is the committee's own word, dated by the day its list was read.
    rescued = her["status_events"][-1]
    assert rescued["note"] == "«rizgarkirî»" and rescued["date"]["text"] == ""
    assert [p["batch_id"] for p in her["provenance"]] == [2]
    pdf = tmp_path / "d.pdf"
    # the committee's word is a status note: on the team's own paper, not on the court's
    _ok(tmp_path, "dossier", "SNJ-00001", "-o", str(pdf), "--profile", "internal", "--lang",
        "en")
    text = " ".join(pdftotext(pdf.read_bytes()).split())
    assert "rescued" in text and "rizgarkirî" in text and "محررة" not in text
    _ok(tmp_path, "dossier", "SNJ-00001", "-o", str(pdf), "--profile", "court", "--lang", "en")
    text = " ".join(pdftotext(pdf.read_bytes()).split())
    assert "rescued" in text and "rizgarkirî" not in text and "محررة" not in text
    # The trail and --json say which row still says what.
    kept = _withdraw_json_of_trail(tmp_path)
    assert {(k["field"], k["value"], k["by"]["batch"], k["by"]["row"]) for k in kept} == {
        ("birth", "1979", 2, 2), ("status", "rescued", 2, 2)}
    assert _ok(tmp_path, "audit", "verify").returncode == 0


def _withdraw_json_of_trail(tmp_path) -> list[dict]:
    log = json.loads(_ok(tmp_path, "--json", "audit", "log").stdout)
    return [e for e in log if e["action"] == "import.withdraw"][-1]["detail"]["kept"]


def test_both_lists_rows_withdrawn_in_either_order_undo_it(tmp_path):
    _two_lists(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copytree(tmp_path / "vault", other / "vault")
    before = ("missing", "about 1979", ["missing"], False)
    first = _withdraw(tmp_path, 1)
    assert [k["by"]["batch"] for k in first["kept"]] == [2, 2]
    assert _her(_show(tmp_path)) == ("rescued", "1979", ["missing", "rescued"], True)
    last = _withdraw(tmp_path, 2)
    assert last["undone"]["status"] == ["rescued", "missing"] and last["kept"] == []
    assert last["undone"]["birth"] == ["1979", "about 1979"]
    assert last["undone"]["aliases"] == ["Vîyan"]
    assert _her(_show(tmp_path)) == before
    # The other way round: the repeat first (nothing of hers goes), then the first list.
    assert _withdraw(other, 2)["kept"] == []
    assert _her(_show(other)) == ("rescued", "1979", ["missing", "rescued"], True)
    _withdraw(other, 1)
    assert _her(_show(other)) == before


def test_a_list_that_said_something_else_gives_her_its_own_word(tmp_path):
    _two_lists(tmp_path, born="1980", status="sighted")
    conflicts = {c["field"] for c in _show(tmp_path)["list_conflicts"]}
    assert conflicts == {"birth", "status"}  # the vault kept the family's
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw").stdout
    assert "birth: '1979' now '1980': row 2 of batch 2 (committee.xlsx) says so" in out
    assert "her status is sighted: row 2 of batch 2 (committee.xlsx) says so" in out
    her = _show(tmp_path)
    assert _her(her) == ("sighted", "1980", ["missing", "sighted"], True)
    # What the committee said is hers now, no longer something the vault did not take.
    assert her["list_conflicts"] == []
    _withdraw(tmp_path, 2)
    assert _her(_show(tmp_path)) == ("missing", "about 1979", ["missing"], False)


def test_a_list_that_says_she_is_still_missing_does_not_keep_the_rescue(tmp_path):
    _two_lists(tmp_path, status="missing")
    out = _withdraw(tmp_path, 1)
    assert out["undone"]["status"] == ["rescued", "missing"]
    assert [k["field"] for k in out["kept"]] == ["birth"]
    her = _show(tmp_path)
    # Her own record's abduction date stands; the list's "missing" adds nothing to it.
    assert _her(her) == ("missing", "1979", ["missing"], True)


def test_a_field_she_lacked_that_both_lists_give_stays_until_both_are_withdrawn(tmp_path):
    _two_lists(tmp_path, village="")
    assert _show(tmp_path)["origin_village"] == "Tel Qasab"  # the family's list filled it
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw").stdout
    assert "kept village 'Tel Qasab': row 2 of batch 2 (committee.xlsx) says it too" in out
    assert _show(tmp_path)["origin_village"] == "Tel Qasab"
    _withdraw(tmp_path, 2)
    assert _show(tmp_path).get("origin_village", "") == ""
