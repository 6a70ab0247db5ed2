"""A family's next list wrote Basma's father حسين where its first said حسن. The update kept
حسن (a list never renames a person: docs/IMPORTING.md) and added the list's spelling to her
other spellings, but the row said "updated SNJ-00001" and nothing more, beside "changed row 2:
اسم الاب: 'حسن' -> 'حسين'": the tester took her father's name for changed. The row says now
what was kept, where the list's spelling went and how to change the name, in the dry run, the
review, the decision, the report (text, JSON, rows CSV) and the desktop's rows table."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية"]
FATHER = ("father's name 'حسن' kept in the record; the list's 'بسمة حسين قاسم' added to the "
          "other spellings (a list never changes a name; to take the list's: "
          "`casekeeper person edit SNJ-00001 --father 'حسين'`)")
GIVEN = ("given name 'نورا' kept in the record; the list's 'نورة' added to the other spellings "
         "(a list never changes a name; to take the list's: "
         "`casekeeper person edit SNJ-00002 --given 'نورة'`)")


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _two_versions(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    first = write_csv(tmp_path / "khalaf.csv", HEADER,
                      [["بسمة", "حسن", "قاسم", "انثى", "2003", "حردان"],
                       ["نورا", "شمو", "الياس", "انثى", "2000", "كوجو"]])
    _ok(cli, "import", str(first), "--source", "عائلة خلف")
    (tmp_path / "v2").mkdir()  # the family's next version, the same file
    return write_csv(tmp_path / "v2" / "khalaf.csv", HEADER,
                     [["بسمة", "حسين", "قاسم", "انثى", "2003", "حردان"],
                      ["نورة", "شمو", "الياس", "انثى", "2000", "كوجو"]])


def test_every_step_of_the_import_says_the_name_kept_and_the_list_spelling_added(cli, tmp_path):
    again = _two_versions(cli, tmp_path)
    dry = _ok(cli, "import", str(again), "--source", "عائلة خلف", "--dry-run").stdout
    assert f"      names: {GIVEN}\n" in dry, dry  # the certain match's update
    # the list's changed cell, said since its last version, is no new name of hers
    assert ("(SNJ-00002): الاسم: 'نورا' -> 'نورة'; a list never changes a name: the record "
            "keeps 'نورا'\n") in dry, dry
    rows = json.loads(_ok(cli, "--json", "import", str(again), "--source", "عائلة خلف",
                          "--dry-run").stdout)["rows"]
    assert rows[1]["names_kept"] == [{"case_no": "SNJ-00002", "part": "given",
                                      "script": "original", "vault": "نورا", "list": "نورة",
                                      "spelling": "نورة"}]
    _ok(cli, "import", str(again), "--source", "عائلة خلف")
    waiting = _ok(cli, "review", "2").stdout  # Basma's row is a probable match: asked about
    assert f"      if updated: {FATHER}\n" in waiting, waiting
    asked = json.loads(_ok(cli, "--json", "review", "2").stdout)
    assert [k["list"] for k in asked[0]["names_kept"]] == ["حسين"]
    decided = json.loads(_ok(cli, "--json", "review", "2", "--row", "2", "--decide",
                             "update").stdout)["decided"]
    assert decided["names_kept"][0]["spelling"] == "بسمة حسين قاسم"
    said = _ok(cli, "review", "2", "--row", "2", "--decide", "update", "--override").stdout
    assert f"      at the commit: {FATHER}\n" in said, said
    report = _ok(cli, "review", "2", "--commit").stdout
    assert f"    row 2: بسمة حسين قاسم: updated SNJ-00001; {FATHER}\n" in report, report
    assert f"    row 3: نورة شمو الياس: updated SNJ-00002; {GIVEN}\n" in report, report
    assert ("(SNJ-00001): اسم الاب: 'حسن' -> 'حسين'; a list never changes a name: the record "
            "keeps 'حسن'\n") in report, report
    # the design stands: her father's name is the vault's, the list's a spelling of hers
    shown = _ok(cli, "person", "show", "SNJ-00001").stdout
    assert "father       حسن" in shown and "بسمة حسين قاسم" in shown, shown
    data = json.loads(_ok(cli, "--json", "review", "2", "--report", "--rows-csv",
                          str(tmp_path / "rows.csv")).stdout)
    changed = data["changes_since_last_import"]["changed_rows"]
    assert [c.get("names_kept") for c in changed] == [["حسن"], ["نورا"]], changed
    assert data["rows"][0]["names_kept"][0]["vault"] == "حسن"
    assert data["names_kept"][1]["row"] == 3
    csv_text = (tmp_path / "rows.csv").read_text(encoding="utf-8-sig")
    assert "updated SNJ-00001; father's name 'حسن' kept in the record" in csv_text, csv_text
    # the command the row names does what it says
    _ok(cli, "person", "edit", "SNJ-00001", "--father", "حسين")
    assert "father       حسين" in _ok(cli, "person", "show", "SNJ-00001").stdout


def test_a_row_withdrawn_since_no_longer_says_it(cli, tmp_path):
    """The withdrawal takes the spelling back: the row waits again and says nothing kept."""
    again = _two_versions(cli, tmp_path)
    _ok(cli, "import", str(again), "--source", "عائلة خلف", "--yes")
    rows = json.loads(_ok(cli, "--json", "review", "2", "--report").stdout)["rows"]
    assert rows[1]["names_kept"][0]["list"] == "نورة"
    _ok(cli, "review", "2", "--row", "3", "--withdraw")
    rows = json.loads(_ok(cli, "--json", "review", "2", "--report").stdout)["rows"]
    assert "names_kept" not in rows[1], rows[1]


ENTRY = {"row": 2, "name": "بسمة حسين قاسم", "result": "updated", "case_no": "SNJ-00001",
         "same_as_row": None, "withdrawn_from": None, "reason": "", "decision": "update",
         "erased": False, "kept_as": None, "kept_against": [],
         "names_kept": [{"row": 2, "case_no": "SNJ-00001", "part": "father",
                         "script": "original", "vault": "حسن", "list": "حسين",
                         "spelling": "بسمة حسين قاسم"}]}


@pytest.mark.parametrize(("lang", "words"), [("en", "kept in the record"),
                                             ("ar", "أبقى السجل على اسم الأب"),
                                             ("ckb", "ناوی باوک"), ("kmr", "navê bav")])
@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktops_rows_table_says_it_with_her_pages_edit_button(qapp, lang, words):
    from ui.i18n import apply_language
    from ui.import_rows import what_happened

    apply_language(qapp, lang)
    try:
        said = what_happened(ENTRY, {})
    finally:
        apply_language(qapp, "en")
    assert words in said and "'حسن'" in said, said
    assert "'بسمة حسين قاسم'" in said and "SNJ-00001" in said, said
    assert "casekeeper" not in said, said  # her page's button, not a command to type


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktops_report_says_the_changed_cell_is_no_new_name(qapp):
    from app.importing.pieces import Sentence
    from app.importing.report import changes_lines
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    changes = {"previous_batch": 1, "previous_file": "khalaf.csv", "added": 0, "removed": 0,
               "changed": 1, "unchanged": 1, "repeated": 0,
               "changed_rows": [{"row": 2, "name": "بسمة حسين قاسم", "case_no": "SNJ-00001",
                                 "previous_row": 2, "columns": {"اسم الاب": ["حسن", "حسين"]},
                                 "names_kept": ["حسن"]}]}
    apply_language(qapp, "ar")
    try:
        said = "\n".join(sentence_said(Sentence(line.pieces)) for line in changes_lines(changes))
    finally:
        apply_language(qapp, "en")
    assert "القائمة لا تغيّر اسمًا أبدًا: يبقى في السجل" in said and "'حسن'" in said, said


def test_a_row_respelling_several_names_says_them_once_with_one_command(cli, tmp_path):
    """A family's next list wrote Basma's father, grandfather and clan in other Latin letters:
    each name said the whole name and the whole advice again, a 1,118-character cell in the
    desktop's rows table. The row says the names together, the spelling added and the advice
    once, with one command that takes all of the list's."""
    header = ["Name", "Father", "Grandfather", "Family", "Sex", "Born"]
    _ok(cli, "init", "--prefix", "SNJ")
    first = write_csv(tmp_path / "l.csv", header, [["Basma", "Hasan", "Qasim", "Khalaf", "F", "2003"]])
    _ok(cli, "import", str(first), "--source", "fam", "--yes")
    (tmp_path / "v2").mkdir()
    again = write_csv(tmp_path / "v2" / "l.csv", header,
                      [["Basma", "Husein", "Qasem", "Xalaf", "F", "2003"]])
    _ok(cli, "import", str(again), "--source", "fam")
    _ok(cli, "review", "2", "--row", "2", "--decide", "update")
    report = _ok(cli, "review", "2", "--commit").stdout
    line = next(x for x in report.splitlines() if x.startswith("    row 2:"))
    assert line == (
        "    row 2: Basma Husein Qasem Xalaf: updated SNJ-00001; father's name 'Hasan', "
        "grandfather's name 'Qasim', family / clan 'Khalaf' kept in the record; the list's "
        "'Basma Husein Qasem Xalaf' added to the other spellings (a list never changes a name; "
        "to take the list's: `casekeeper person edit SNJ-00001 --father Husein --grandfather "
        "Qasem --family Xalaf`)"), report
    # the one command does what it says
    _ok(cli, *"person edit SNJ-00001 --father Husein --grandfather Qasem --family Xalaf".split())
    shown = _ok(cli, "person", "show", "SNJ-00001").stdout
    assert "Husein" in shown and "Qasem" in shown and "Xalaf" in shown, shown


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktops_rows_table_says_several_names_once(qapp):
    from ui.i18n import apply_language
    from ui.import_rows import what_happened

    parts = [("father", "حسن", "حسين"), ("grandfather", "قاسم", "قاسمو"), ("nickname", "ام علي", "ام على")]
    entry = {**ENTRY, "names_kept": [
        {"row": 2, "case_no": "SNJ-00001", "part": part, "script": "original", "vault": vault,
         "list": listed, "spelling": "بسمة حسين قاسمو" if part != "nickname" else listed}
        for part, vault, listed in parts]}
    apply_language(qapp, "ar")
    try:
        said = what_happened(entry, {})
    finally:
        apply_language(qapp, "en")
    assert said.count("القائمة لا تغيّر اسمًا أبدًا") == 1, said
    assert said.count("'بسمة حسين قاسمو'") == 1 and "'ام على'" in said, said
    assert "اسم الجد" in said and "الكنية" in said and "أُبقي" not in said, said
    assert len(said) < 400, (len(said), said)
