"""A woman merged into a record that was then merged into a third: that third record's history
held her names twice removed (the second merge brought them, its edits listed them, its merge
row kept them to split again). Split out of both and deleted, she takes them with her, and
the third record keeps what is its own and what the middle record alone brought it."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv
from tests.test_delete_erases_her_from_other_records import _in_file, _log, _ok

HERS = (b"Qqgivenq", b"Qqaliasq", b"Qqnoteq", b"Qqplaceq", b"qqgivenq", b"qqaliasq")


def _chain(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzthirdz", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Yymiddley", "--father", "Kkfatherk", "--alias",
        "Yyaliasy", "--notes", "Yynotey", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Kkfatherk", "--alias",
        "Qqaliasq", "--notes", "Qqnoteq", "--location", "Qqplaceq", "--sex", "F")
    _ok(cli, "merge", "SNJ-00002", "SNJ-00003", "--despite-contradiction")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    # the third record edited while both were part of it: its other spellings held hers
    _ok(cli, "person", "edit", "SNJ-00001", "--alias", "Zzotherz")


def test_split_out_of_both_and_deleted_she_leaves_nothing_in_the_third_record(cli):
    _chain(cli)
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "split", "SNJ-00003")
    middle = _log(cli, "SNJ-00002")
    _ok(cli, "person", "delete", "SNJ-00003", "--yes")
    # the middle record's own going into the third and out again said nothing of hers
    own = [e for e in middle if e["action"] in ("person.merged_into", "person.split_out")]
    assert len(own) == 2 and all(e in _log(cli, "SNJ-00002") for e in own)
    merge = next(e for e in _log(cli, "SNJ-00001") if e["action"] == "person.merge")
    # the words of notes are kept nowhere in the trail, that they changed is
    assert merge["detail"]["changes"] == {"aliases": ["", "Yymiddley | Yyaliasy"]}
    assert merge["detail"]["text_not_kept"] == ["notes"]
    assert _in_file(cli, *HERS) == []
    said = json.dumps(_log(cli, "SNJ-00001") + _log(cli, "SNJ-00002"), ensure_ascii=False)
    assert not any(w.decode() in said for w in HERS)
    # what is the others' own stays: the middle record's alias, the third record's edit
    assert "Yyaliasy" in said and "Zzotherz" in said
    assert _in_file(cli, b"Yyaliasy", b"Zzotherz") == [b"Yyaliasy", b"Zzotherz"]
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True


def test_her_notes_and_status_note_leave_the_third_record_too(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzthirdz", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Yymiddley", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Kkfatherk", "--mother",
        "Qqmotherq", "--notes", "Qqpara1q first\n\nQqpara2q second", "--sex", "F")
    _ok(cli, "person", "status", "SNJ-00003", "sighted", "--note", "Qqstatusnoteq seen")
    _ok(cli, "merge", "SNJ-00002", "SNJ-00003", "--despite-contradiction")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "split", "SNJ-00003")
    _ok(cli, "person", "delete", "SNJ-00003", "--yes")
    assert _in_file(cli, b"Qqmotherq", b"Qqpara1q", b"Qqpara2q", b"Qqstatusnoteq") == []
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True


def test_two_women_merged_into_one_record_and_deleted_one_after_the_other(cli):
    """The first deletion erased the record's entries of her sister's span; the second
    erases them further: the trail seals an entry's second erasure as it did the first."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Bbbbb", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqoneq", "--father", "Kkfatherk", "--alias",
        "Qqalias1q", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Rrtwor", "--father", "Kkfatherk", "--alias",
        "Rralias2r", "--sex", "F")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00003", "--despite-contradiction")
    _ok(cli, "person", "edit", "SNJ-00001", "--alias", "Bbownb")
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "split", "SNJ-00003")
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True
    _ok(cli, "person", "delete", "SNJ-00003", "--yes")
    assert _in_file(cli, b"Qqoneq", b"Qqalias1q", b"Rrtwor", b"Rralias2r", b"Bbownb") == [
        b"Bbownb"]
    verified = json.loads(_ok(cli, "--json", "audit", "verify").stdout)
    assert verified["ok"] is True, verified


def test_a_later_merge_of_the_two_records_keeps_what_is_the_middle_records_own(cli):
    """She brought Kocho to the middle record, which took it to the third; split out of
    both, the middle record, truly of Kocho too, is merged into the third again. Her deletion
    takes Kocho from the first merge's row only: split again, the third gives Kocho back."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzthirdz", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Yymiddley", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Kkfatherk", "--village",
        "Kocho", "--sex", "F")
    _ok(cli, "merge", "SNJ-00002", "SNJ-00003", "--despite-contradiction")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "split", "SNJ-00003")
    _ok(cli, "person", "edit", "SNJ-00002", "--village", "Kocho")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "person", "delete", "SNJ-00003", "--yes")
    _ok(cli, "split", "SNJ-00002")
    third = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)
    assert third["origin_village"] == "", third


def test_the_record_s_own_edit_of_another_field_with_the_same_word_stays(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Yymiddley", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Kkfatherk", "--village",
        "Kocho", "--sex", "F")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "person", "edit", "SNJ-00001", "--abduction-place", "Kocho")
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    [edit] = [e for e in _log(cli, "SNJ-00001") if e["action"] == "person.edit"]
    assert edit["detail"]["changes"] == {"abduction_place": ["", "Kocho"]}, edit


def test_a_lists_conflict_quoting_her_value_as_the_records_goes(cli, tmp_path):
    """While she was merged into another record, a list's row updated it and the report
    noted the list's village against the vault's, which was hers."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F", "--born", "1990")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F", "--village", "Qqvillageq")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Grandfather", "Village", "Sex",
                                             "Born"],
                     [["Jilan", "Khalaf", "Hasan", "Zzvillagez", "F", "1990"]])
    _ok(cli, "import", str(path), "--source", "Yazda", "--yes")
    report = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)
    assert [c["vault"] for c in report["conflicts"]] == ["Qqvillageq"], report["conflicts"]
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    assert _in_file(cli, b"Qqvillageq", b"Qqgivenq") == []
    assert json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)["conflicts"] == []
