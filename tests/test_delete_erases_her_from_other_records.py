"""While a woman's record was merged into another, that record's own entries held her names:
an edit of its other spellings listed hers among them. Split out and deleted, she takes those
words with her, and nothing else of that record's history: what a list gave it, though the
list's row had matched her, stays as it was."""

from __future__ import annotations

import json

from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.pagescan import pages_holding


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _log(cli, case_no: str) -> list[dict]:
    return json.loads(_ok(cli, "--json", "audit", "log", "--case", case_no).stdout)


def _in_file(cli, *words: bytes) -> list[bytes]:
    s = open_vault(cli.vault, PASSPHRASE)
    db, key = cli.vault / DB_FILE, s.data_key
    s.close()
    return [w for w in words if pages_holding(db, key, w)]


def test_the_other_records_edit_made_while_she_was_merged_into_it_loses_her_names(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzkeptz", "--father", "Qqfatherq", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Qqfatherq", "--alias",
        "Qqaliasq", "--notes", "Qqnoteq", "--sex", "F")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    # the other record edited while hers was part of it: its other spellings were hers too
    _ok(cli, "person", "edit", "SNJ-00001", "--alias", "Zzotherz", "--location",
        "Zzlocationz")
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "person", "edit", "SNJ-00001", "--alias", "Zzlaterz")  # after the split: its own
    before = _log(cli, "SNJ-00001")
    edits = [e for e in before if e["action"] == "person.edit"]
    assert "Qqaliasq" in json.dumps(edits[0]["detail"]) and "Qqgivenq" not in json.dumps(
        edits[1]["detail"])
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    after = {e["seq"]: e for e in _log(cli, "SNJ-00001")}
    assert sorted(after) == [e["seq"] for e in before]
    # the edit keeps what it changed of that record alone; her spellings went with her
    assert after[edits[0]["seq"]]["detail"] == {
        "changes": {"aliases": ["", "Zzotherz"], "last_known_location": ["", "Zzlocationz"]},
        "via": "cli", "erased": True}
    assert after[edits[1]["seq"]]["detail"] == edits[1]["detail"]
    said = json.dumps(list(after.values()), ensure_ascii=False)
    assert not any(w in said for w in ("Qqgivenq", "Qqaliasq", "Qqnoteq"))
    assert _in_file(cli, b"Qqgivenq", b"Qqaliasq", b"Qqnoteq", b"Zzlocationz") == [
        b"Zzlocationz"]
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True
    text = _ok(cli, "audit", "log", "--case", "SNJ-00001").stdout
    assert "Zzlocationz; via: cli; Content erased when the record was deleted" in text, text
    assert "Zzotherz" in text


def test_what_a_list_gave_the_record_she_had_been_merged_into_stays_its_own(cli, tmp_path):
    """A list's row matched her while she was merged into another record: the update went to
    that record (redirected), whose entry names her as the record the row matched. The
    values are that record's now: its entry stays whole when she is deleted."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F")
    path = write_csv(tmp_path / "kocho.csv", ["Name", "Father", "Grandfather", "Village", "Sex"],
                     [["Nadia", "Murad", "Basi", "Kocho", "F"],
                      ["Jilan", "Khalaf", "Hasan", "Zzvillagez", "F"]])
    assert "wait" in _ok(cli, "import", str(path), "--source", "Yazda").stdout
    _ok(cli, "review", "1", "--row", "3", "--decide", "update")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F")  # SNJ-00002: the same woman entered twice
    _ok(cli, "merge", "SNJ-00002", "SNJ-00001")
    _ok(cli, "review", "1", "--commit")
    update = next(e for e in _log(cli, "SNJ-00002") if e["action"] == "person.import_update")
    assert update["detail"]["matched"] == "SNJ-00001" and "Zzvillagez" in json.dumps(
        update["detail"])
    _ok(cli, "split", "SNJ-00001")
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    kept = {e["seq"]: e["detail"] for e in _log(cli, "SNJ-00002")}
    assert kept[update["seq"]] == update["detail"]
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True


def test_a_row_withdrawn_from_her_and_made_another_woman_keeps_that_womans_history(cli,
                                                                                  tmp_path):
    """A list's row updated her, was withdrawn from her with a note, and was decided again a
    new person: the withdrawal's entry keeps which row and from whom, not what it took back
    of her nor the note; the new record's "not the same person as" her keeps her number and
    the list and row it came from."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F")
    path = write_csv(tmp_path / "kocho.csv", ["Name", "Father", "Grandfather", "Village", "Sex"],
                     [["Nadia", "Murad", "Basi", "Kocho", "F"],
                      ["Jilan", "Khalaf", "Hasan", "Qqvillageq", "F"]])
    assert "wait" in _ok(cli, "import", str(path), "--source", "Yazda").stdout
    _ok(cli, "review", "1", "--row", "3", "--decide", "update")
    _ok(cli, "review", "1", "--commit")
    _ok(cli, "review", "1", "--row", "3", "--withdraw", "--note", "Qqwithdrawnoteq")
    _ok(cli, "review", "1", "--row", "3", "--decide", "create")  # SNJ-00003
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    trail = json.loads(_ok(cli, "--json", "audit", "log", "--limit", "100").stdout)
    [withdrawn] = [e["detail"] for e in trail if e["action"] == "import.withdraw"]
    # the decision the row had at its commit stays: the report says it of the row (no word of
    # hers)
    assert withdrawn == {"batch": 1, "row": 3, "case_no": "SNJ-00001", "was": "update",
                         "decision": "update", "erased": True}
    [apart] = [e["detail"] for e in trail if e["action"] == "match.not_same"]
    assert apart == {"other": "SNJ-00001", "import_batch": 1, "row": 3, "erased": True}
    assert "Qqwithdrawnoteq" not in json.dumps(trail, ensure_ascii=False)
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True
    # the row is the new woman's now: the list keeps its values, as her provenance does
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        [(raw, key)] = s.db.conn.execute(
            "SELECT raw_json, row_key FROM import_rows WHERE batch_id = 1 AND row_number = 3")
    finally:
        s.close()
    assert "Qqvillageq" in raw and not key.startswith("erased:"), (raw, key)
    shown = _ok(cli, "review", "1", "--report").stdout
    assert "row 3: Jilan Khalaf Hasan: withdrawn from SNJ-00001, decided again: created " \
        "SNJ-00003" in shown, shown


def test_a_word_of_hers_inside_the_other_records_own_text_stays_there(cli):
    """Her last known place, Mosul, came with her merge; the other record's own note, written
    while she was part of it, names Mosul too. Only the whole values her merge brought are
    hers: that note is the other record's history and stays whole."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--father", "Qqfatherq", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Qqfatherq", "--location",
        "Mosul", "--sex", "F")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "person", "edit", "SNJ-00001", "--notes", "Layla's brother Saleh called from Mosul")
    _ok(cli, "person", "edit", "SNJ-00001", "--alias", "Zzownz")
    _ok(cli, "split", "SNJ-00002")
    before = {e["seq"]: e for e in _log(cli, "SNJ-00001") if e["action"] == "person.edit"}
    note_seq, alias_seq = sorted(before)
    assert "Qqgivenq" in json.dumps(before[alias_seq]["detail"])  # her spelling listed there
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    after = {e["seq"]: e for e in _log(cli, "SNJ-00001")}
    assert after[note_seq]["detail"] == before[note_seq]["detail"]
    assert "Qqgivenq" not in json.dumps(after[alias_seq]["detail"])
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True
