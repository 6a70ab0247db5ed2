"""What changed since the last import compares each cell as read: a ditto mark ('"', '〃',
«نفسه», "wek jor", «هەمان شت», "ditto") as the value it repeated, and says so. Compared as
typed, '"' become '〃' was reported as a change of her father and village, and a ditto that
repeated another village (the row above changed from كوجو to حردان) was no change at all. A
version imported before dittos' readings were kept has them read again from its rows, or is
said not read. Real files, the real command line, a real vault."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import reopen, write_csv, write_xlsx

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "القرية"]
FIRST = ["نادية", "الياس", "حسن", "كوجو"]
MOVED = ["نادية", "الياس", "حسن", "حردان"]


def _import(cli, path, *more: str) -> str:
    done = cli("import", str(path), "--source", "fam", "--yes", *more)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _changes(cli, path) -> dict:
    done = cli("--json", "import", str(path), "--source", "fam", "--dry-run")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["changes_since_last_import"]


def test_a_ditto_sign_changed_is_no_change_and_a_ditto_repeating_another_village_is(cli, tmp_path):
    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "d1.csv", HEADER, [FIRST, ["شيرين", '"', "〃", '"']]))
    again = write_csv(tmp_path / "d1b.csv", HEADER, [MOVED, ["شيرين", "〃", "〃", "〃"]])
    ch = _changes(cli, again)  # the dry run, before anything is imported, says it so too
    (row,) = [c for c in ch["changed_rows"] if c["row"] == 3]
    assert row["columns"] == {"القرية": ["كوجو", "حردان"]}, row
    assert row["dittos"]["القرية"] == [{"said": '"', "row": 2, "how": "kept"},
                                      {"said": "〃", "row": 2, "how": "kept"}]
    out = _import(cli, again)
    assert ("changed row 3 (was row 3): شيرين (SNJ-00002): القرية: 'كوجو' (a ditto of row 2) "
            "-> 'حردان' (a ditto of row 2)") in out, out
    assert "اسم الاب" not in out.split("changed row 3")[1].splitlines()[0], out


def test_dittos_typed_as_before_under_a_row_that_changed_are_a_change(cli, tmp_path):
    """The row of dittos is typed as before (its hash the same): only read does it change."""
    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "a.csv", HEADER, [FIRST, ["شيرين", "〃", "〃", "〃"]]))
    out = _import(cli, write_csv(tmp_path / "a.csv", HEADER, [MOVED, ["شيرين", "〃", "〃", "〃"]]))
    assert "2 changed, 0 unchanged" in out, out
    assert "شيرين (SNJ-00002): القرية: 'كوجو' (a ditto of row 2) -> 'حردان' (a ditto of row 2)" \
        in out, out


def test_each_languages_ditto_repeating_the_same_value_is_unchanged(cli, tmp_path):
    """Kurmanji, Sorani, Arabic and English words for "as above", in an xlsx; the next version
    writes other marks for the same values, and one value typed out: nothing changed."""
    header = ["Nav", "Navê bav", "Gund"]
    first = [header, ["Nadia", "Ilyas", "Kocho"], ["Şîrîn", "wek jor", "heman tişt"],
             ["Jîhan", "هەمان شت", "نفسه"], ["Leyla", "ditto", "do."]]
    second = [header, ["Nadia", "Ilyas", "Kocho"], ["Şîrîn", '"', "〃"],
              ["Jîhan", "Ilyas", "="], ["Leyla", "as above", "wekî jor"]]
    assert cli("init").returncode == 0
    _import(cli, write_xlsx(tmp_path / "list.xlsx", [("Sheet1", first)]))
    out = _import(cli, write_xlsx(tmp_path / "list.xlsx", [("Sheet1", second)]))
    assert "0 changed, 4 unchanged" in out, out


def _forget_readings(folder, batch: int = 1) -> None:
    """The batch as an import before ditto readings were kept stored it."""
    s = reopen(folder)
    try:
        with s.db.transaction():
            c = s.db.conn
            (mapping,) = c.execute("SELECT mapping_json FROM import_batches WHERE id=?",
                                   (batch,)).fetchone()
            data = json.loads(mapping)
            assert data.pop("dittos")
            c.execute("UPDATE import_batches SET mapping_json=? WHERE id=?",
                      (json.dumps(data, ensure_ascii=False), batch))
    finally:
        s.close()


def test_an_earlier_version_without_kept_readings_has_its_dittos_read_again(cli, tmp_path):
    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "d1.csv", HEADER, [FIRST, ["شيرين", '"', "〃", '"']]))
    _forget_readings(cli.vault)
    out = _import(cli, write_csv(tmp_path / "d1b.csv", HEADER, [MOVED, ["شيرين", "〃", "〃", "〃"]]))
    assert ("شيرين (SNJ-00002): القرية: 'كوجو' (a ditto of row 2, read again: that import kept "
            "no reading of it) -> 'حردان' (a ditto of row 2)") in out, out


def test_an_earlier_ditto_whose_rows_are_not_all_kept_is_said_not_read(cli, tmp_path):
    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "d1.csv", HEADER, [FIRST, ["شيرين", '"', "〃", '"']]))
    _forget_readings(cli.vault)
    s = reopen(cli.vault)
    try:  # the row above, as a list imported at once keeps it, is gone (its record erased)
        with s.db.transaction():
            s.db.conn.execute("DELETE FROM provenance WHERE batch_id=1 AND row_number=2")
    finally:
        s.close()
    out = _import(cli, write_csv(tmp_path / "d1b.csv", HEADER, [MOVED, ["شيرين", "〃", "〃", "〃"]]))
    line = next(x for x in out.splitlines() if "شيرين (SNJ-00002)" in x and "changed row" in x)
    assert ("القرية: '\"' (a ditto mark, not read: that import kept no reading of it, nor every "
            "row above it) -> 'حردان' (a ditto of row 2)") in line, out


def test_a_place_the_last_version_gave_by_a_ditto_moves_with_the_list(cli, tmp_path):
    """Where she is now, given by a ditto, moved in the next version (the row above moved):
    the list's own news, taken, not a conflict with what it gave her before."""
    header = ["الاسم", "اسم الاب", "اسم الجد", "آخر مكان معروف"]
    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "w.csv", header, [
        ["نادية", "الياس", "حسن", "الرقة"], ["شيرين", "〃", "〃", "〃"]]))
    out = _import(cli, write_csv(tmp_path / "w.csv", header, [
        ["نادية", "الياس", "حسن", "دير الزور"], ["شيرين", "〃", "〃", "〃"]]))
    shown = json.loads(cli("--json", "person", "show", "SNJ-00002").stdout)
    assert shown["last_known_location"] == "دير الزور", (shown, out)


def test_the_desktops_preview_says_what_a_ditto_repeated(qapp, cli, tmp_path):
    from ui.list_changes import change_rows

    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "d1.csv", HEADER, [FIRST, ["شيرين", '"', "〃", '"']]))
    ch = _changes(cli, write_csv(tmp_path / "d1b.csv", HEADER, [MOVED, ["شيرين", "〃", "〃", "〃"]]))
    (what,) = [cells[5] for _kind, cells in change_rows(ch) if cells[1] == "3"]
    assert "(a ditto of row 2)" in what and "حردان" in what and "كوجو" in what, what
    assert '"' not in what and "〃" not in what, what


@pytest.mark.parametrize(("lang", "words"), [("ar", "علامة تكرار"), ("ckb", "نیشانەی دووبارە"),
                                             ("kmr", "nîşana dubarekirinê")])
@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_preview_says_a_ditto_in_the_interface_language(qapp, lang, words):
    from ui.i18n import apply_language
    from ui.list_changes import ditto_said

    apply_language(qapp, lang)
    try:
        said = ditto_said("حردان", {"said": "〃", "row": 2, "how": "kept"})
    finally:
        apply_language(qapp, "en")
    assert words in said and "حردان" in said and "2" in said and "ditto" not in said, said


def test_the_desktops_preview_quotes_a_typed_value_beside_a_ditto(qapp, cli, tmp_path):
    """Beside a ditto (quoted, with its row), a typed value was bare: "was كوجو, now 'حردان'
    (a ditto of row 2)". Both read alike now; values compared without a ditto stay bare."""
    from ui.list_changes import change_rows

    assert cli("init").returncode == 0
    _import(cli, write_csv(tmp_path / "t1.csv", HEADER, [FIRST, ["شيرين", "الياس", "حسن", "كوجو"]]))
    ch = _changes(cli, write_csv(tmp_path / "t2.csv", HEADER, [MOVED, ["شيرين", "الياس", "حسن", "〃"]]))
    (what,) = [cells[5] for _kind, cells in change_rows(ch) if cells[1] == "3"]
    assert "'كوجو'" in what and "'حردان'" in what and "(a ditto of row 2)" in what, what
    ch = _changes(cli, write_csv(tmp_path / "t3.csv", HEADER, [MOVED, ["شيرين", "الياس", "حسن", "تل قصب"]]))
    (what,) = [cells[5] for _kind, cells in change_rows(ch) if cells[1] == "3"]
    assert "'" not in what and "تل قصب" in what, what
