"""A woman deleted takes with her the rows of lists that were taken for her but never brought
into her record: rows of a list still waiting (matched to her, decided to update her, or going
with such a row), of a list discarded, and rows an imported list skipped as hers. Each keeps
its number only, and every list's counts still add up: a waiting list's rows of hers are set
aside among its rejected rows, saying why, so that no decision can bring her back from them."""

from __future__ import annotations

import json

from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.pagescan import pages_holding

HEADER = ["Name", "Father", "Grandfather", "Village", "Born", "Sex", "Notes"]
NADIA = ["Nadia", "Murad", "Basi", "Kocho", "1993", "F", "Zzrow2z"]
SET_ASIDE = ("taken for a person whose record was deleted since: the row's values were erased "
             "with that record; not imported (the list's file still holds the row)")


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _her(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F")


def _rows(cli, batch: int) -> dict[int, dict]:
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        cols = [d[1] for d in s.db.conn.execute("PRAGMA table_info(import_rows)")]
        return {r[cols.index("row_number")]: dict(zip(cols, r, strict=True))
                for r in s.db.conn.execute("SELECT * FROM import_rows WHERE batch_id=?",
                                           (batch,))}
    finally:
        s.close()


def _in_file(cli, *words: bytes) -> list[bytes]:
    s = open_vault(cli.vault, PASSPHRASE)
    db, key = cli.vault / DB_FILE, s.data_key
    s.close()
    return [w for w in words if pages_holding(db, key, w)]


def _set_aside(row: dict) -> bool:
    """A row left with its number only, among the rejected rows, saying why."""
    if row["outcome"] != "rejected":
        return False
    return (row["outcome"], row["raw_json"], row["person_json"], row["row_key"],
            row["row_hash"], row["warnings_json"], row["match_person_id"],
            row["match_row_number"], row["match_score"], row["match_explain"],
            row["decision"], json.loads(row["rejected"])["said"]) == (
        "rejected", "{}", None, "", "", "[]", None, None, None, "", "", SET_ASIDE)


def test_a_waiting_lists_rows_taken_for_her_are_set_aside(cli, tmp_path):
    """Row 3 decided to update her, row 7 going with it (the same woman by the names), row 4
    an earlier row's probable repeat still undecided, row 5 a new name decided by hand to be
    her and row 6 its repeat: all hers, all set aside. Nadia's row is imported as decided."""
    _her(cli)
    path = write_csv(tmp_path / "kocho.csv", HEADER, [
        NADIA,
        ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F", "Qqrow3q"],
        ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "M", "Qqrow4q"],
        ["Ghazala", "Khalaf", "Hasan", "Kocho", "1998", "F", "Qqrow5q"],
        ["Ghazala", "Khalaf", "Hasan", "Kocho", "1998", "F", "Qqrow6q"],
        ["Jilan", "Khalaf", "Hasan", "Tel Qasab", "1999", "F", "Qqrow7q"]])
    assert "wait" in _ok(cli, "import", str(path), "--source", "Yazda").stdout
    _ok(cli, "review", "1", "--row", "3", "--decide", "update")
    _ok(cli, "review", "1", "--row", "5", "--decide", "update", "--person", "SNJ-00001",
        "--despite-contradiction", "--override")
    before = _rows(cli, 1)
    assert {n: (r["decision"], r["match_person_id"], r["match_row_number"])
            for n, r in before.items()} == {
        2: ("create", None, None), 3: ("update", 1, None), 4: ("", None, 3),
        5: ("update", 1, None), 6: ("same_as_row", None, 5), 7: ("same_as_row", 1, 3)}
    rows = [b"Qqrow3q", b"Qqrow4q", b"Qqrow5q", b"Qqrow6q", b"Qqrow7q", b"Ghazala", b"Tel Qasab"]
    assert _in_file(cli, *rows) == rows

    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    after = _rows(cli, 1)
    assert [n for n, r in sorted(after.items()) if _set_aside(r)] == [3, 4, 5, 6, 7]
    assert after[2] == before[2]
    assert _in_file(cli, *rows, b"Zzrow2z") == [b"Zzrow2z"]
    # nothing waits: no decision can make a person of an empty row, or her record again
    assert "0 rows wait for a decision" in _ok(cli, "review", "1").stdout
    report = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)
    assert report["reconciled"] and report["outcomes"] == {"new": 1, "rejected": 5}
    assert [r["row"] for r in report["rejected"]] == [3, 4, 5, 6, 7]
    said = _ok(cli, "review", "1", "--report").stdout
    assert f"row 4: (name erased with her record): rejected: {SET_ASIDE}" in said, said
    refused = cli("review", "1", "--row", "3", "--decide", "create", "--override")
    assert refused.returncode != 0
    done = json.loads(_ok(cli, "--json", "review", "1", "--commit").stdout)
    assert done["results"]["created"] == 1 and done["results"]["rejected"] == 5
    assert done["reconciled"]
    assert _ok(cli, "audit", "verify").returncode == 0


def test_a_row_an_imported_list_skipped_as_hers_keeps_its_number_only(cli, tmp_path):
    """Her two rows of a list, skipped as the woman the vault already knew, and the list
    imported: the rows went to no one, so no provenance line named them, and they kept the
    list's values. Deleted, she takes them: still skipped, the report still adding up."""
    _her(cli)
    path = write_csv(tmp_path / "kocho.csv", HEADER, [
        NADIA,
        ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F", "Qqskip3q"],
        ["Jilan", "Khalaf", "Hasan", "Tel Qasab", "1999", "F", "Qqskip4q"]])
    assert "wait" in _ok(cli, "import", str(path), "--source", "Yazda").stdout
    _ok(cli, "review", "1", "--all", "skip")
    _ok(cli, "review", "1", "--commit")
    assert _in_file(cli, b"Qqskip3q", b"Qqskip4q", b"Tel Qasab") == [
        b"Qqskip3q", b"Qqskip4q", b"Tel Qasab"]
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    assert _in_file(cli, b"Qqskip3q", b"Qqskip4q", b"Tel Qasab", b"Zzrow2z") == [b"Zzrow2z"]
    rows = _rows(cli, 1)
    for n in (3, 4):
        assert (rows[n]["raw_json"], rows[n]["person_json"], rows[n]["warnings_json"],
                rows[n]["match_explain"], rows[n]["decision"]) == ("{}", None, "[]", "", "skip")
        assert rows[n]["row_key"].startswith("erased:")
    report = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)
    assert report["reconciled"] and report["results"]["skipped"] == 2
    assert [(e["row"], e["result"], e["name"], e["erased"]) for e in report["rows"]] == [
        (2, "created", "Nadia Murad Basi", False), (3, "skipped", "", True),
        (4, "skipped", "", True)]
    said = _ok(cli, "review", "1", "--report").stdout
    assert "row 3: (name erased with her record): skipped" in said, said


def test_a_discarded_lists_rows_of_hers_go_and_another_womans_stay(cli, tmp_path):
    """A list discarded with her row still in it, undecided: set aside. A row of the same list
    asked about her but decided by hand to be another woman keeps its values: it is not hers."""
    _her(cli)
    path = write_csv(tmp_path / "kocho.csv", HEADER, [
        NADIA,
        ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F", "Qqdiscardq"],
        ["Jilan", "Khalaf", "Hasan", "Sinune", "1961", "F", "Zzsomeoneelsez"]])
    assert "wait" in _ok(cli, "import", str(path), "--source", "Yazda").stdout
    _ok(cli, "review", "1", "--row", "4", "--decide", "create")
    assert _rows(cli, 1)[4]["match_person_id"] == 1
    _ok(cli, "review", "1", "--discard")
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    rows = _rows(cli, 1)
    assert _set_aside(rows[3])
    assert (rows[4]["decision"], rows[4]["outcome"]) == ("create", "probable")
    assert "Zzsomeoneelsez" in rows[4]["raw_json"]
    assert _in_file(cli, b"Qqdiscardq", b"Zzsomeoneelsez") == [b"Zzsomeoneelsez"]
    report = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)
    assert report["reconciled"]


def test_a_row_like_a_withdrawn_one_waits_again_with_it(cli, tmp_path):
    """A list's row made a new person, and is withdrawn: that person goes (she was no one of
    her own) and the row waits to be decided again, values and all. A waiting list's row
    matched to her is like it: it waits again too, its values kept, nothing set aside."""
    _ok(cli, "init", "--prefix", "SNJ")
    first = write_csv(tmp_path / "first.csv", ["Name", "Father", "Grandfather"],
                      [["Nadia", "Basi", "Taha"], ["Layla", "Khidir", "Murad"]])
    _ok(cli, "import", str(first), "--source", "Yazda", "--yes")
    second = write_csv(tmp_path / "second.csv", ["Name", "Father", "Grandfather", "Notes"],
                       [["Nadia", "Basi", "Taha", "Zzsecondz"]])
    assert "wait" in _ok(cli, "import", str(second), "--source", "Other").stdout
    assert _rows(cli, 2)[2]["match_person_id"] == 1
    _ok(cli, "review", "1", "--row", "2", "--withdraw")
    row = _rows(cli, 2)[2]
    # matched again against the vault without her (withdraw_staged.py): no one fits it now
    assert (row["outcome"], row["decision"], row["match_person_id"]) == ("new", "", None)
    assert "was withdrawn from it: matched again" in row["warnings_json"]
    assert "Zzsecondz" in row["raw_json"]
    assert "1 row waits for a decision" in _ok(cli, "review", "2").stdout
