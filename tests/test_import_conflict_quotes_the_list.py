"""A value the vault did not take is quoted as the list wrote it, with the spelling the importer
read it as, and its field named in words: in the report, `person show`, her page, the wizard."""

import json

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.report import report_text
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

KURMANJI = ["Hejmar", "Nav", "Navê bav", "Navê bapîr", "Gund", "Rewş"]


def _woman(session, village: str, *names: str) -> str:
    p = Person(sex=Sex.FEMALE, origin_village=village)
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER,
                           NamePart.FAMILY, NamePart.MOTHER), names, strict=False):
        p.names[part] = NameText(text, "")
    return session.persons.create(p).case_no


def _vault_with_xezal(folder) -> tuple:
    """Siham of كرعزير and Xezal (غزال) of Tel Ezer: كرعزير is the vault's spelling of the
    place a Kurmanji list calls Girêzer, Tel Ezer another name of it the importer does not
    know for the same place."""
    session = new_vault(folder)
    _woman(session, "كرعزير", "سهام", "دخيل", "عيدو")
    return session, _woman(session, "Tel Ezer", "غزال", "خليل", "شيخ")


def _xezal_listed(session, tmp_path, village: str = "Girêzer") -> dict:
    lst = write_csv(tmp_path / "l2.csv", KURMANJI, [["3", "Xezal", "Xelîl", "Şêx", village,
                                                     "winda"]])
    svc = ImportService(session)
    plan = svc.prepare(str(lst))
    rows = svc.stage_rows(plan)
    batch = svc.stage(plan, rows)
    if rows[0].outcome != "certain":
        svc.decide(batch, 2, "update", "SNJ-00002")
    return svc.commit(batch)


def test_the_report_quotes_the_village_as_the_list_wrote_it_and_as_it_was_read(tmp_path):
    session, xezal = _vault_with_xezal(tmp_path / "vault")
    try:
        report = _xezal_listed(session, tmp_path)
        assert report["conflicts"] == [{"row": 2, "case_no": xezal, "field": "origin_village",
                                        "vault": "Tel Ezer", "list": "Girêzer",
                                        "read_as": "كرعزير"}]
        assert (f"conflict row 2 ({xezal}): village: vault keeps 'Tel Ezer', list says "
                "'Girêzer', read as 'كرعزير'") in report_text(report)
        assert session.persons.get(xezal).origin_village == "Tel Ezer"
    finally:
        session.close()


def test_a_dry_run_quotes_the_village_as_the_list_wrote_it(cli, tmp_path):
    """A certain match's update shown before importing: what it leaves out, as the list wrote
    it (a village it keeps as written is quoted alone)."""
    session = new_vault(cli.vault)
    try:
        _woman(session, "كرعزير", "سهام", "دخيل", "عيدو")
        for village in ("Tel Ezer", "Tel Qasab"):
            _woman(session, village, "غزال" if village == "Tel Ezer" else "ليلى", "خليل", "شيخ",
                   "قيراني", "شيرين")
    finally:
        session.close()
    lst = write_csv(tmp_path / "l2.csv", [*KURMANJI, "Eşîr", "Navê dê"],
                    [["3", "Xezal", "Xelîl", "Şêx", "Girêzer", "winda", "Qiranî", "Şîrîn"],
                     ["4", "Leyla", "Xelîl", "Şêx", "Hardan", "winda", "Qiranî", "Şîrîn"]])
    shown = cli("import", str(lst), "--dry-run").stdout
    assert ("conflict, kept as in the vault: village 'Tel Ezer', list 'Girêzer', read as "
            "'كرعزير'") in shown, shown
    assert "conflict, kept as in the vault: village 'Tel Qasab', list 'Hardan'\n" in shown


def test_the_same_village_from_a_later_list_is_not_noted_again(tmp_path):
    """Girêzer, then Gir Ezer: two spellings read as one (كرعزير), one line on her page."""
    session, xezal = _vault_with_xezal(tmp_path / "vault")
    try:
        _xezal_listed(session, tmp_path)
        again = _xezal_listed(session, tmp_path, "Gir Ezer")
        assert again["conflicts"] == []
        assert [c["list"] for c in again["conflicts_noted_before"]] == ["Gir Ezer"]
        assert [c["list"] for c in ImportService(session).conflicts_about([xezal])] == [
            "Girêzer"]
    finally:
        session.close()


def test_person_show_names_the_field_in_words_and_quotes_the_list(cli, tmp_path):
    session, xezal = _vault_with_xezal(cli.vault)
    try:
        _xezal_listed(session, tmp_path)
    finally:
        session.close()
    shown = cli("person", "show", xezal)
    assert shown.returncode == 0, shown.stderr
    assert ("  list said   village 'Girêzer', read as 'كرعزير' (vault keeps 'Tel Ezer'): "
            "batch 1 (l2.csv), row 2") in shown.stdout.splitlines()
    assert "origin_village" not in shown.stdout
    data = json.loads(cli("--json", "person", "show", xezal).stdout)
    assert [(c["field"], c["list"], c["read_as"]) for c in data["list_conflicts"]] == [
        ("origin_village", "Girêzer", "كرعزير")]


def test_person_show_names_a_name_part_in_words(cli, tmp_path):
    """A name the list spells apart from hers, taken as her record despite it."""
    session = new_vault(cli.vault)
    try:
        nadia = _woman(session, "Kocho", "نادية", "مراد")
        p = session.persons.get(nadia)
        p.names[NamePart.FATHER].latin = "Murad"
        session.persons.update(p)
        lst = write_csv(tmp_path / "l.csv", ["Name", "Father", "Village"],
                        [["نادية", "Khalaf", "Kocho"]])
        svc = ImportService(session)
        plan = svc.prepare(str(lst))
        batch = svc.stage(plan, svc.stage_rows(plan))
        svc.decide(batch, 2, "update", nadia, override=True, despite_contradiction=True)
        assert [c["field"] for c in svc.commit(batch)["conflicts"]] == ["father.latin"]
    finally:
        session.close()
    shown = cli("person", "show", nadia).stdout
    assert "  list said   father's name (Latin letters) 'Khalaf' (vault keeps 'Murad')" in shown
    assert "father.latin" not in shown


@pytest.mark.parametrize("lang, read_as", [("en", "read as"), ("ar", "قُرئت"),
                                           ("kmr", "hat xwendin")])
def test_her_page_quotes_the_village_as_the_list_wrote_it(qtbot, gui, tmp_path, lang, read_as):
    from tests.test_ui_person_page_bidi import _page
    from ui.bidi import bare

    session, xezal = _vault_with_xezal(tmp_path / "vault")
    try:
        _xezal_listed(session, tmp_path)
    finally:
        session.close()
    page = _page(qtbot, gui, tmp_path / "vault", lang, xezal)
    tab = page.conflicts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    said = bare(tab.model.item(0, 3).text())
    assert said.index("Girêzer") < said.index("كرعزير") and read_as in said, said
    assert bare(tab.model.item(0, 4).text()) == "Tel Ezer"


def test_the_new_person_form_quotes_the_village_as_typed(tmp_path):
    """Typed Girêzer for Xezal, the record chosen instead keeping Tel Ezer: the question says
    what was typed, and the spelling it was read as."""
    from ui import person_ops
    from ui.typed_details import question_lines

    session, xezal = _vault_with_xezal(tmp_path / "vault")
    try:
        typed = Person(sex=Sex.FEMALE, origin_village="Girêzer")
        typed.names[NamePart.GIVEN] = NameText("غزال", "")
        f = person_ops.what_typed_adds(session, xezal, typed, None)
        assert f.not_taken == [{"field": "origin_village", "vault": "Tel Ezer",
                                "list": "Girêzer", "read_as": "كرعزير"}]
        assert "  village: typed Girêzer, read as \u2068كرعزير\u2069; the record keeps Tel Ezer" \
            in question_lines(f)
    finally:
        session.close()


def test_a_village_noted_before_is_quoted_as_the_list_wrote_it_from_its_row(cli, tmp_path):
    """A vault imported into by an earlier version: its report quotes 'كرعزير', the spelling
    Girêzer was read as. Her page and the batch's report say the row's own cell, and both."""
    session, xezal = _vault_with_xezal(cli.vault)
    try:
        _xezal_listed(session, tmp_path)
        with session.db.transaction():  # the report as the earlier version wrote it
            (report,) = session.db.conn.execute(
                "SELECT report_json FROM import_batches WHERE id = 1").fetchone()
            report = json.loads(report)
            report["conflicts"] = [{k: v for k, v in c.items() if k != "read_as"} | {
                "list": c["read_as"]} for c in report["conflicts"]]
            session.db.conn.execute("UPDATE import_batches SET report_json = ? WHERE id = 1",
                                    (json.dumps(report, ensure_ascii=False),))
        svc = ImportService(session)
        assert [(c["list"], c["read_as"]) for c in svc.conflicts_about([xezal])] == [
            ("Girêzer", "كرعزير")]
        assert "list says 'Girêzer', read as 'كرعزير'" in report_text(svc.report(1))
        assert _xezal_listed(session, tmp_path)["conflicts"] == []  # noted already
    finally:
        session.close()
    assert "list said   village 'Girêzer', read as 'كرعزير'" in cli("person", "show", xezal).stdout
