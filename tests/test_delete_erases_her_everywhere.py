"""A woman deleted to protect her leaves nothing of hers in the vault's file, wherever the vault
had copied it: her lists' rows and their reports, the audit trail's entries about her, a draft
kept when the program locked, the record merged into hers. One woman built up every way among
30 others, deleted, and every page of the file and of its log read decrypted with the key
(tests/pagescan.py); the trail still verifies and the next version of her list still says her
row went to a person deleted since."""

from __future__ import annotations

import json
import re

from app.domain.person import NamePart, NameText, Person
from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.pagescan import pages_holding

HEADER = ["Name", "Father", "Grandfather", "Village", "Born", "Sex", "Status", "Phone",
          "Phone owner", "Relation", "Notes"]
# Hers: a value in every column, each found nowhere else; the phone column a number of hers.
HER = ["Qqgivenq", "Qqfatherq", "Qqgrandq", "Qqvillageq", "1993", "F", "missing",
       "0750 111 9876", "Qqownerq", "brother", "Qqlistnoteq"]
# The next version of the list: her row says more of her (a later status, a note).
HER_V2 = [*HER[:6], "sighted", *HER[7:10], "Qqlistnote2q"]
SYLLABLES = ["ba", "da", "ka", "la", "ma", "na", "ra", "sa", "ta", "za", "vi", "ji"]


def _name(i: int, k: int) -> str:
    s = SYLLABLES
    return (s[i % 12] + s[(i // 12 + k) % 12] + s[(i * 7 + k) % 12]).capitalize() + "an"


def _others() -> list[list[str]]:
    return [[_name(i, 0) + "ia", _name(i, 1), _name(i, 2), "Kocho", str(1980 + i % 20), "F",
             "missing", f"0750 222 {1000 + i}", _name(i, 3), "brother", f"Othernote{i}x"]
            for i in range(30)]


# Everything the vault was told of her, and of the record merged into hers, as text and as the
# vault folds it (the search vocabulary, a list row's name key): none may stay.
CANARIES = [b"Qqgivenq", b"givenq", b"Qqnewgivenq", b"Qqfatherq", b"fatherq", b"Qqgrandq",
            b"grandq", b"Qqvillageq", b"villageq", b"111 9876", b"Qqownerq",
            b"Qqlistnoteq", b"Qqlistnote2q", b"NaimRoundaboutHouse7", b"Qaswara",
            b"Qqstatusnoteq", b"Qqcontactq", b"07701239999", b"Qqaliasq", b"aliasq",
            b"Qqmergedaliasq", b"Qqmergednoteq", b"Qqmergenoteq", b"Qqnotsameq",
            b"Qqdraftnoteq", b"Qqmergeddraftq", b"Qqphotoq", b"Qqcaptionq"]
# What stays: the other women's values, in the same tables.
KEPT = [b"Othernote7x", _name(7, 1).encode(), b"0750 222 1007", b"Zzbrotherz"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _case_of(cli, word: str) -> str:
    rows = json.loads(_ok(cli, "--json", "person", "list").stdout)
    rows = rows["persons"] if isinstance(rows, dict) else rows
    return next(p["case_no"] for p in rows if word in json.dumps(p, ensure_ascii=False))


def _her_vault(cli, tmp_path) -> tuple[str, str, str]:
    """Her, made by a list and told of every way; returns her case number, the record merged
    into hers and another woman's."""
    _ok(cli, "init", "--prefix", "SNJ")
    # a woman the vault holds already, whom one of the list's rows resembles: the list is
    # staged and reviewed, its rows keeping the list's values until they are decided
    _ok(cli, "person", "add", "--given", _name(4, 0) + "ia", "--father", _name(4, 1),
        "--sex", "F")
    rows = _others()
    rows.insert(15, HER)
    staged = _ok(cli, "import", str(write_csv(tmp_path / "kocho.csv", HEADER, rows)),
                 "--source", "Yazda")
    assert "wait" in staged.stdout, staged.stdout
    _ok(cli, "review", "1", "--all", "create")
    _ok(cli, "review", "1", "--commit")
    her = _case_of(cli, "Qqgivenq")
    # the next version of the list updates her
    rows[15] = HER_V2
    _ok(cli, "import", str(write_csv(tmp_path / "kocho v2.csv", HEADER, rows)), "--source",
        "Yazda", "--yes")
    _ok(cli, "person", "edit", her, "--location", "NaimRoundaboutHouse7 Raqqa",
        "--held-by", "Abu Qaswara Tunisi")
    _ok(cli, "person", "edit", her, "--given", "Qqnewgivenq")  # her first spelling edited out
    _ok(cli, "person", "edit", her, "--alias", "Qqaliasq")
    _ok(cli, "person", "status", her, "located", "--note", "Qqstatusnoteq")
    _ok(cli, "contact", her, "--name", "Qqcontactq", "--phone", "07701239999", "--relation",
        "sister")
    other = _case_of(cli, _name(7, 1))
    _ok(cli, "not-same", her, other, "--note", "Qqnotsameq")
    # her brother's record is his own: it stays, the link between them goes
    _ok(cli, "person", "add", "--given", "Zzbrotherz", "--sex", "M")
    _ok(cli, "relative", her, "sibling", _case_of(cli, "Zzbrotherz"))
    added = _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Qqfatherq",
                "--grandfather", "Qqgrandq", "--alias", "Qqmergedaliasq", "--notes",
                "Qqmergednoteq", "--sex", "F")
    merged = re.search(r"SNJ-\d{5}", added.stdout)[0]
    _ok(cli, "merge", her, merged, "--note", "Qqmergenoteq", "--despite-contradiction")
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        s.records.add_photo(her, b"\x89PNG\r\n\x1a\n" + b"Qqphotoq" * 2000, "Qqcaptionq")
        # the program locked with her record and the merged one open, edits unsaved
        p = s.persons.get(her)
        p.notes = "Qqdraftnoteq"
        s.drafts.keep_person(p)
        m = s.persons.get(merged)
        m.names[NamePart.NICKNAME] = NameText("", "Qqmergeddraftq")
        s.drafts.keep_person(m)
    finally:
        s.close()
    return her, merged, other


def test_a_woman_deleted_leaves_none_of_her_values_in_the_file(cli, tmp_path):
    her, merged, other = _her_vault(cli, tmp_path)
    history_before = json.loads(_ok(cli, "--json", "audit", "log", "--case", other).stdout)
    s = open_vault(cli.vault, PASSPHRASE)
    db, key = cli.vault / DB_FILE, s.data_key
    # the scan sees them all first
    assert [c for c in CANARIES if not pages_holding(db, key, c)] == []
    assert s.persons.delete(her, "to protect her") == [merged]
    # while the program is still open (the laptop taken as it runs): the file and its log
    assert [c for c in CANARIES if pages_holding(db, key, c)] == []
    assert all(pages_holding(db, key, k) for k in KEPT)
    assert s.drafts.person(her) is None and s.drafts.person(merged) is None
    s.close()
    s = open_vault(cli.vault, PASSPHRASE)
    s.close()
    assert [c for c in CANARIES if pages_holding(db, key, c)] == []
    assert all(pages_holding(db, key, k) for k in KEPT)

    verified = _ok(cli, "audit", "verify").stdout
    erased = json.loads(_ok(cli, "--json", "audit", "verify").stdout)
    assert erased["ok"] and erased["erased_entries"] >= 10, erased
    [by] = erased["erased_by"]
    assert by["record"] == her
    assert (f"{erased['erased_entries']} of them with their content erased by a deletion: "
            f"{her} (entry {by['entry']}): {erased['erased_entries']} entries") in verified
    # another woman's history is as it was (the not-same mark is hers too: said, not erased)
    assert json.loads(_ok(cli, "--json", "audit", "log", "--case", other).stdout) \
        == history_before
    # her own entries say what was done, not what it said
    mine = json.loads(_ok(cli, "--json", "audit", "log", "--case", her).stdout)
    kept = [{k: v for k, v in e["detail"].items() if k != "erased"} for e in mine
            if e["action"] != "person.delete"]
    assert all(e["detail"]["erased"] is True for e in mine if e["action"] != "person.delete")
    assert {v for k in kept for v in k.values()} == {merged, other, _case_of(cli, "Zzbrother")}
    said = _ok(cli, "audit", "log", "--case", her).stdout
    assert "Content erased when the record was deleted" in said, said

    # the lists still account for her rows, as rows of a person deleted since
    report = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)
    row = next(e for e in report["rows"] if e["row"] == 17)
    assert (row["result"], row["name"]) == ("person_deleted", "")
    assert report["results"]["created"] == 31 and report["reconciled"]
    # and the next version of the list says her row went to a person deleted since
    rows = _others()
    rows.insert(15, HER_V2)
    dry = _ok(cli, "import", str(write_csv(tmp_path / "kocho v3.csv", HEADER, rows)),
              "--source", "Yazda", "--dry-run").stdout
    assert "went to a person deleted since: it is decided anew" in dry, dry
    assert dry.count("went to a person deleted since") == 1
    # her row is the same row as last time, known by its key kept one way
    assert "rows: 0 added, 0 removed, 0 changed, 31 unchanged" in dry, dry


def test_an_erased_entry_altered_or_taken_off_its_deletion_breaks_the_chain(cli, tmp_path):
    her, _merged, _other = _her_vault(cli, tmp_path)
    noted = json.loads(_ok(cli, "--json", "audit", "verify").stdout)["chain_head"]
    _ok(cli, "person", "delete", her, "--with-merged", "--yes")
    # a head noted on a dossier before the deletion is still found
    assert f"noted head {noted[:16]} is entry" in _ok(cli, "audit", "verify", "--noted",
                                                       noted[:16]).stdout
    s = open_vault(cli.vault, PASSPHRASE)
    conn = s.db.conn
    seq, detail = conn.execute("SELECT seq, detail FROM audit_log WHERE action='person.delete' "
                               "AND entity_ref=?", (her,)).fetchone()
    listed = json.loads(detail)["erased_entries"]
    first = listed[0][0]
    at = conn.execute("SELECT at FROM audit_log WHERE seq=?", (first,)).fetchone()[0]
    s.close()

    def change(sql: str, args: tuple) -> None:
        s = open_vault(cli.vault, PASSPHRASE)
        with s.db.transaction():
            s.db.conn.execute(sql, args)
        s.close()

    def broken_by(sql: str, args: tuple) -> dict:
        change(sql, args)
        r = cli("--json", "audit", "verify")
        assert r.returncode == 8, r.stdout
        return json.loads(r.stdout)

    # an erased entry's time changed: its deletion sealed it as it was
    broken = broken_by("UPDATE audit_log SET at='2020-01-01T00:00:00Z' WHERE seq=?", (first,))
    assert broken["first_broken_seq"] == first
    assert "altered after a deletion erased it" in broken["problem"]
    change("UPDATE audit_log SET at=? WHERE seq=?", (at, first))  # put back: its seal holds
    assert cli("audit", "verify").returncode == 0
    # taken off the deletion's list: the deletion's own seal breaks, and the entry is unproven
    cut = json.dumps({**json.loads(detail), "erased_entries": listed[1:]}, ensure_ascii=False,
                     sort_keys=True)
    broken = broken_by("UPDATE audit_log SET detail=? WHERE seq=?", (cut, seq))
    assert broken["first_broken_seq"] == first
    assert "no later deletion lists it" in broken["problem"]
    change("UPDATE audit_log SET detail=? WHERE seq=?", (detail, seq))
    assert cli("audit", "verify").returncode == 0
    # the deletion's list kept, its own seal broken (a reason changed): what it erased is not
    # proven either, and the break is said from the first of them
    changed = json.dumps({**json.loads(detail), "reason": "asked"}, ensure_ascii=False,
                         sort_keys=True)
    broken = broken_by("UPDATE audit_log SET detail=? WHERE seq=?", (changed, seq))
    assert broken["first_broken_seq"] == first
    assert f"erased by the deletion in entry {seq}, which does not verify" in broken["problem"]
    change("UPDATE audit_log SET detail=? WHERE seq=?", (detail, seq))
    # an entry of the vault's own made to look erased: no deletion lists it
    s = open_vault(cli.vault, PASSPHRASE)
    plain = s.db.conn.execute("SELECT seq FROM audit_log WHERE action='vault.create'"
                              ).fetchone()[0]
    s.close()
    broken = broken_by("UPDATE audit_log SET detail='{\"erased\": true}' WHERE seq=?",
                       (plain,))
    assert broken["first_broken_seq"] == plain
    assert "no later deletion lists it" in broken["problem"]
    # an erased entry taken out of the log: the head noted before is checked all the same, the
    # break said and the entry said missing (it once crashed the command)
    change("DELETE FROM audit_log WHERE seq=?", (first,))
    r = cli("audit", "verify", "--noted", noted)
    assert r.returncode == 8 and "Traceback" not in r.stderr, (r.stdout, r.stderr)
    assert "AUDIT CHAIN BROKEN" in r.stdout and f"{first} (MISSING from the log)" in r.stdout
    said = json.loads(cli("--json", "audit", "verify", "--noted", noted).stdout)
    assert {"entry": first, "missing": True} in said["erased_since_noted"][0]["erased"]


def test_a_woman_split_out_of_another_record_leaves_no_word_of_her_in_its_entries(cli):
    """Merged into another woman's record and split out again, then deleted: her own
    record's entries are erased, and so is what the other record's merge and split said of
    her (her name became its other spelling, and was taken back). They keep their place in
    the chain and her case number, so that record's history still reads: merged SNJ-00002
    into this record, split SNJ-00002 out."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzkeptz", "--father", "Qqfatherq", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Qqfatherq", "--notes",
        "Qqsplitnoteq", "--sex", "F")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction",
        "--note", "Qqmergenoteq")
    _ok(cli, "split", "SNJ-00002")
    kept_before = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    assert "Qqgivenq" in json.dumps(kept_before, ensure_ascii=False)
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    kept = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    assert [(e["seq"], e["action"]) for e in kept] == \
        [(e["seq"], e["action"]) for e in kept_before]
    said = json.dumps(kept, ensure_ascii=False)
    assert "Qqgivenq" not in said and "Qqmergenoteq" not in said
    by_action = {e["action"]: e["detail"] for e in kept}
    assert by_action["person.merge"] == {"merged": "SNJ-00002", "erased": True}
    assert by_action["person.split"] == {"split": "SNJ-00002", "erased": True}
    # the rest is that record's own, untouched
    assert [e for e in kept if e["action"] not in ("person.merge", "person.split")] == \
        [e for e in kept_before if e["action"] not in ("person.merge", "person.split")]
    mine = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00002").stdout)
    assert [e["detail"].get("erased") for e in mine] == [True] * (len(mine) - 1) + [None]
    assert "Qqsplitnoteq" not in json.dumps(mine)
    verified = json.loads(_ok(cli, "--json", "audit", "verify").stdout)
    assert verified["erased_by"] == [{"entry": mine[-1]["seq"], "record": "SNJ-00002",
                                      "erased": len(mine) - 1 + 2}]


def test_not_the_same_as_her_said_from_the_other_side_keeps_only_her_number(cli):
    """"Not the same person as SNJ-00002" marked from the other record, with a note naming
    her: the entry is the other record's, and after her deletion says only her number."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzkeptz", "--father", "Qqfatherq", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Qqfatherq", "--sex", "F")
    _ok(cli, "not-same", "SNJ-00001", "SNJ-00002", "--note", "Qqgivenq is her cousin")
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    kept = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    entry = next(e for e in kept if e["action"] == "match.not_same")
    assert entry["detail"] == {"other": "SNJ-00002", "erased": True}
    assert "Qqgivenq" not in json.dumps(kept, ensure_ascii=False)
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True


def test_the_audit_screen_says_an_entry_was_erased_and_by_which_deletion(qtbot, gui,
                                                                         made_vault):
    from tests.ui_support import unlock
    from ui.bidi import bare

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    p = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Qqgivenq")}))
    p.held_by = "Abu Qaswara Tunisi"
    s.persons.update(p)
    s.persons.delete(p.case_no, "to protect her")
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    view = main.show_screen("audit")
    qtbot.waitUntil(lambda: view.page is not None and view.model.rowCount() > 0,
                    timeout=10_000)
    said = {e.seq: [bare(view.model.item(row, c).text()) for c in (2, 4)]
            for row, e in enumerate(view.page.rows)}
    edit = next(e.seq for e in view.page.rows if e.action == "person.edit")
    assert said[edit] == ["Edited", "Content erased when the record was deleted"]
    deletion = next(e.seq for e in view.page.rows if e.action == "person.delete")
    assert "entries about her erased: 2" in said[deletion][1]
    assert not any("Qaswara" in text for pair in said.values() for text in pair)
    view.verify()
    qtbot.waitUntil(lambda: "intact" in view.result.text(), timeout=10_000)
    assert (f"2 of them had their content erased when a record was deleted: {p.case_no} (2)"
            in bare(view.result.text()))


def _jilan_decided_hers(cli, tmp_path, *hers: str) -> None:
    """Jilan in the vault (with hers: more of her options), and a list waiting whose row 3,
    Jilan of another sex, is decided by hand to update her: the decision's entry says what
    the vault held of her that the row contradicts."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather", "Hasan",
        "--sex", "F", *hers)
    path = write_csv(tmp_path / "kocho.csv", ["Name", "Father", "Grandfather", "Village", "Born",
                                              "Sex"],
                     [["Nadia", "Murad", "Basi", "Kocho", "1993", "F"],
                      ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "M"]])
    assert "wait" in _ok(cli, "import", str(path), "--source", "Yazda").stdout
    _ok(cli, "review", "1", "--row", "3", "--decide", "update", "--despite-contradiction")


def test_a_list_waiting_with_a_row_decided_to_be_her_is_still_imported(cli, tmp_path):
    """A staged list's row decided by hand to update her: once she is deleted the decision's
    entry keeps which row and what was decided, the row is set aside among the rejected rows
    with its values erased (tests/test_delete_erases_her_list_rows_not_imported.py), and the
    list is still imported, its counts adding up."""
    _jilan_decided_hers(cli, tmp_path, "--notes", "Qqvaultnoteq")
    hand = [e["detail"] for e in json.loads(_ok(cli, "--json", "audit", "log").stdout)
            if e["action"] == "import.decide"]
    assert hand[-1]["contradicts"], hand
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    # the decision's entry says which row and what was decided, no value of hers
    decided = [e["detail"] for e in json.loads(_ok(cli, "--json", "audit", "log", "--limit",
                                                   "50").stdout)
               if e["action"] == "import.decide" and e["detail"].get("by") == "hand"]
    assert [(d["row"], d["decision"], d["person"], d["contradicts"], d["erased"])
            for d in decided] == [(3, "update", "SNJ-00001", [], True)]
    assert "Qqvaultnoteq" not in _ok(cli, "audit", "log", "--limit", "50").stdout
    assert "0 rows wait for a decision" in _ok(cli, "review", "1").stdout
    done = _ok(cli, "review", "1", "--commit")
    assert done.returncode == 0
    report = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)
    assert report["reconciled"] and report["results"]["created"] == 1
    assert [(r["row"], r["result"]) for r in report["rows"]] == [(2, "created"),
                                                                 (3, "rejected")]
    assert _ok(cli, "audit", "verify").returncode == 0


def test_after_a_new_key_the_list_still_knows_her_row_went_to_a_person_deleted(cli,
                                                                               tmp_path):
    """The key her rows' name keys are kept under is the vault's own, not the data key: a new
    key (passwd --new-key) leaves them comparable."""
    from app import vault
    from db.keyslots import KdfParams

    header = ["Name", "Father", "Grandfather", "Village", "Born", "Sex"]
    rows = [["Nadia", "Murad", "Basi", "Kocho", "1993", "F"],
            ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F"]]
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(write_csv(tmp_path / "kocho.csv", header, rows)), "--source",
        "Yazda", "--yes")
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    s = open_vault(cli.vault, PASSPHRASE)
    vault.new_data_key(s, "a new passphrase here", KdfParams.fast())
    s.close()
    dry = cli("import", str(write_csv(tmp_path / "kocho v2.csv", header, rows)), "--source",
              "Yazda", "--dry-run", extra_env={"CASEKEEPER_PASSPHRASE": "a new passphrase here"})
    assert dry.returncode == 0, dry.stderr
    assert "(batch 1, row 2) went to a person deleted since" in dry.stdout, dry.stdout


def test_a_later_version_that_dropped_her_row_no_longer_names_her(cli, tmp_path):
    """The next version of her list left her row out: its report named her as removed. Once
    she is deleted it does not, and still counts the row removed."""
    header = ["Name", "Father", "Grandfather", "Village", "Born", "Sex"]
    nadia, jilan = (["Qqnadiaq", "Murad", "Basi", "Kocho", "1993", "F"],
                    ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F"])
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(write_csv(tmp_path / "kocho.csv", header, [nadia, jilan])),
        "--source", "Yazda", "--yes")
    _ok(cli, "import", str(write_csv(tmp_path / "kocho v2.csv", header, [jilan])),
        "--source", "Yazda", "--yes")
    changes = json.loads(_ok(cli, "--json", "review", "2", "--report").stdout)[
        "changes_since_last_import"]
    assert changes["removed_rows"][0]["name"].startswith("Qqnadiaq")
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    s = open_vault(cli.vault, PASSPHRASE)
    stored = [r for (r,) in s.db.conn.execute("SELECT report_json FROM import_batches")]
    s.close()
    assert not any("Qqnadiaq" in r for r in stored)
    changes = json.loads(_ok(cli, "--json", "review", "2", "--report").stdout)[
        "changes_since_last_import"]
    assert (changes["removed"], changes["removed_rows"]) == (1, [])


def test_a_draft_kept_after_she_was_deleted_elsewhere_is_not_written(session):
    """Her page open on the desktop with edits, a command deletes her, then the desktop locks:
    the lock's draft would have put her whole record back into the vault."""
    her = session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Zzqdraftq")}))
    open_page = session.persons.get(her.case_no)
    open_page.notes = "typed on her page"
    session.persons.delete(her.case_no, "to protect her")
    session.drafts.keep_person(open_page)  # what the lock does with the page's edits
    assert session.meta.get("draft.person." + her.case_no) is None
    kept = session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Layla")}))
    session.drafts.keep_person(kept)  # a record still there keeps its draft as before
    assert session.drafts.person(kept.case_no) is not None


def test_a_decision_that_named_her_on_a_list_imported_without_her_is_erased(cli, tmp_path):
    """A row once decided to update her, then decided anew as a new person, and the list
    imported: the list holds no row of hers and is no longer waiting, but its first decision's
    entry said what the vault held of her. Found by what it says, it keeps only which row and
    what was decided."""
    _jilan_decided_hers(cli, tmp_path, "--born", "1971")
    _ok(cli, "review", "1", "--row", "3", "--decide", "create", "--override")
    _ok(cli, "review", "1", "--commit")
    before = [e for e in json.loads(_ok(cli, "--json", "audit", "log").stdout)
              if e["action"] == "import.decide" and e["detail"].get("person") == "SNJ-00001"]
    assert before and before[0]["detail"]["contradicts"], before
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    after = {e["seq"]: e["detail"] for e in json.loads(_ok(cli, "--json", "audit", "log",
                                                           "--limit", "100").stdout)}
    for e in before:
        assert after[e["seq"]]["contradicts"] == [] and after[e["seq"]]["erased"] is True
        assert after[e["seq"]]["row"] == 3
    assert "1971" not in json.dumps([after[e["seq"]] for e in before])
    assert _ok(cli, "audit", "verify").returncode == 0


def test_a_head_noted_before_a_deletion_says_which_of_its_entries_read_otherwise_now(cli):
    """A dossier printed before her deletion carries the chain head of then: it is still
    found, and verify says which entries up to it a later deletion erased (against someone
    holding the passphrase, who could erase an entry and seal it themselves, the reader is
    at least told where the trail no longer says what it said when the paper was made)."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzkeptz", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--sex", "F")
    _ok(cli, "person", "edit", "SNJ-00002", "--held-by", "Abu Qaswara Tunisi")
    head = json.loads(_ok(cli, "--json", "audit", "verify").stdout)["chain_head"]
    noted = json.loads(_ok(cli, "--json", "audit", "verify", "--noted", head).stdout)
    assert noted["erased_since_noted"] == []
    mine = [e["seq"] for e in json.loads(_ok(cli, "--json", "audit", "log", "--case",
                                              "SNJ-00002").stdout)]
    _ok(cli, "person", "delete", "SNJ-00002", "--yes")
    r = _ok(cli, "--json", "audit", "verify", "--noted", head[:16])
    said = json.loads(r.stdout)
    deletion = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00002").stdout)[-1]
    assert said["ok"] and said["erased_since_noted"] == [
        {"entry": deletion["seq"], "by": "person.delete", "record": "SNJ-00002",
         "entries": sorted(mine),
         "erased": [{"entry": q, "action": a, "entity": "person", "ref": "SNJ-00002"}
                    for q, a in zip(sorted(mine), ("person.create", "person.edit"),
                                    strict=True)]}]
    text = _ok(cli, "audit", "verify", "--noted", head[:16]).stdout
    # each said with what it was of, for the reader to set beside the paper of then
    assert (f"erased since it was noted: {len(mine)} of the entries up to it, by the deletion "
            f"of SNJ-00002 (entry {deletion['seq']}): entries {mine[0]} (person.create of "
            f"person SNJ-00002), {mine[1]} (person.edit of person SNJ-00002)") in text, text
    # a head noted after the deletion has nothing erased since
    after = json.loads(_ok(cli, "--json", "audit", "verify").stdout)["chain_head"]
    assert json.loads(_ok(cli, "--json", "audit", "verify", "--noted", after).stdout)[
        "erased_since_noted"] == []
