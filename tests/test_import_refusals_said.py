"""A file, a sheet or a step of an import the importer refuses, said in the desktop's language
with the same file, sheet, row and column; the command line's English word for word as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.errors import InputFileError, ValidationError
from app.vault import KdfParams, create_vault
from tests import hostile_files as hf
from tests.conftest import PASSPHRASE
from tests.report_text_sample import english_left
from tests.ui_support import unlock
from ui.bidi import FSI, LRI, PDI
from ui.settings import write_language


def _nul(folder: Path) -> Path:
    path = folder / "nul.csv"
    path.write_bytes(b"Name,Village\nNadia,Ko\x00cho\n")
    return path


def _quote(folder: Path) -> Path:
    path = folder / "quote.csv"
    path.write_text('Name,Village\nA,B\n"C,D\nE,F\n', encoding="utf-8")
    return path


def _cp1256(folder: Path) -> Path:
    """A Sorani list saved as Windows Arabic: its header's ە and ڕ became '?'."""
    path = folder / "ckb.csv"
    path.write_bytes("ناو,گەڕەک\nنادية,كوجو\n".encode("cp1256", "replace"))
    return path


def _png(folder: Path) -> Path:
    path = folder / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    return path


def _giant(folder: Path) -> Path:
    return hf.giant_cell(folder / "cell.xlsx", 40_000)


def _kocho(folder: Path) -> Path:
    path = folder / "names.xlsx"
    wb = Workbook()
    wb.active.title = "كوجو"
    wb.active.append(["الاسم", "القرية"])
    wb.active.append(["نادية", "كوجو"])
    wb.save(path)
    return path


def _iso(value: object) -> str:
    return f"{LRI}{value}{PDI}"


# the file, the sheet asked for, what the command line said before (word for word), and what
# the Arabic desktop says: where (each value isolated in place) and the words of what
CASES = [
    (_nul, None, "nul.csv, row 2, column B: the file holds NUL bytes; save it again as UTF-8 CSV",
     f"{_iso('nul.csv')}، الصف {_iso(2)}، العمود {_iso('B')}: ", "في الملف بايتات"),
    (_quote, None, "quote.csv, row 3, column A (line 3): a quote opens here and is never closed; "
     "every following line would run into this one cell. Fix the quote and import again",
     f"{_iso('quote.csv')}، الصف {_iso(3)}، العمود {_iso('A')} (السطر {_iso(3)}): ",
     "تُفتح هنا علامة تنصيص ولا تُغلق أبداً"),
    (_cp1256, None, "ckb.csv, row 1, column B: the header 'گ???ک' lost letters ('?'): the file "
     "was saved as Windows Arabic (cp1256), which cannot hold Sorani letters (ڕ ڤ ڵ ە ۆ ێ). "
     "Nothing was imported; import a UTF-8 copy of the list (in Excel: Save as, CSV UTF-8)",
     f"{_iso('ckb.csv')}، الصف {_iso(1)}، العمود {_iso('B')}: فقد العنوان {FSI}'گ???ک'{PDI}",
     "لا يحمل الحروف السورانية"),
    (_png, None, "photo.xlsx: the file is not really a .xlsx workbook (damaged, or another kind "
     "of file renamed)", f"{_iso('photo.xlsx')}: ", "ليس الملف في الحقيقة مصنّف"),
    (_giant, None, "cell.xlsx, sheet 'Sheet', row 2, column C: a cell of 40000 characters; the "
     "limit is 32767: shorten the cell, or split its text over several cells or rows, save the "
     "file again, and import it again", f"{_iso('cell.xlsx')}، الورقة {_iso(repr('Sheet'))}، الصف {_iso(2)}، "
     f"العمود {_iso('C')}: ", f"خلية من {_iso(40000)} محرفاً؛ والحد {_iso(32767)}"),
    (_kocho, "Hardan", "names.xlsx: no sheet named 'Hardan' (sheets: 'كوجو')",
     f"{_iso('names.xlsx')}: ", f"لا ورقة باسم {_iso(repr('Hardan'))} (الأوراق: "
     f"{FSI}'كوجو'{PDI})"),
]


@pytest.fixture
def desk(tmp_path):
    """A vault as the desktop program holds it open, apart from the command line's."""
    session, _code = create_vault(tmp_path / "desk", PASSPHRASE, "SNJ", KdfParams.fast())
    yield session
    session.close()


@pytest.fixture
def arabic(qapp):
    from ui.i18n import apply_language
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "en")


@pytest.mark.usefixtures("new_translations")  # a refusal's new words, not in the .qm yet
@pytest.mark.parametrize("made,sheet,english,where,what", CASES,
                         ids=[c[0].__name__.strip("_") for c in CASES])
def test_a_file_refused_reads_in_arabic_and_the_command_line_keeps_its_english(
        tmp_path, desk, cli, qapp, made, sheet, english, where, what):
    """The wizard said "nul.csv, row 2, column B: the file holds NUL bytes; ..." to a person
    working in Arabic. Read as the wizard reads it (the reader in its own process), the refusal
    is in Arabic, with the file, sheet, row and column as they were; the command line says what
    it always said."""
    from ui import import_ops
    from ui.i18n import apply_language

    path = made(tmp_path)
    apply_language(qapp, "ar")
    try:
        with pytest.raises(InputFileError) as refused:
            import_ops.prepare(desk, str(path), sheet, "NGO Duhok")
    finally:
        apply_language(qapp, "en")
    said = str(refused.value)
    assert said.startswith(where) and what in said, said
    assert english_left(said, "ar") == set(), said
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--dry-run", *(["--sheet", sheet] if sheet else []))
    assert (done.returncode, done.stderr) == (6, f"casekeeper: {english}\n")


@pytest.mark.parametrize("lang,said", [
    ("ckb", "nul.csv⁩، ڕیزی ⁦2⁩، ستوونی ⁦B⁩: فایلەکە بایتی"),
    ("kmr", "nul.csv, rêza 2, stûna B: di pelê de baytên NUL hene; wê dîsa wek UTF-8 CSV tomar "
            "bike")], ids=["ckb", "kmr"])
def test_a_file_refused_reads_in_kurdish(tmp_path, desk, qapp, lang, said):
    from ui import import_ops
    from ui.i18n import apply_language

    apply_language(qapp, lang)
    try:
        with pytest.raises(InputFileError) as refused:
            import_ops.prepare(desk, str(_nul(tmp_path)), None, "")
    finally:
        apply_language(qapp, "en")
    assert said in str(refused.value)
    assert english_left(str(refused.value), lang) == set()


def test_every_refusal_is_listed_for_translation():
    """A template ui/import_report.py does not list is not in the .ts files (lupdate reads ui/
    only): the wizard would say that refusal in English."""
    from app.importing import refusals
    from ui.import_report import TEMPLATES

    assert set(refusals.TEMPLATES) - TEMPLATES == set()


@pytest.mark.parametrize("values,english,said", [
    ('{"sex": {"X": "banana"}}', "sex value 'X' is mapped to 'banana', which is not a sex (use "
     "one of: F, M, U)", f"قيمة الجنس {_iso(repr('X'))} مربوطة بـ {_iso(repr('banana'))}، وهذا "
     f"ليس من قيم الجنس (استخدم أحد هذه: {_iso('F')}، {_iso('M')}، {_iso('U')})")])
def test_a_saved_mapping_refused_names_its_source_in_arabic(tmp_path, desk, arabic, values,
                                                            english, said):
    """A source's saved mapping the importer no longer takes (saved by hand, or by a version
    that read other words): refused by the source's name, in the interface's language."""
    from app.audit import now_utc
    from db.repositories.importing import ImportRepository
    from ui import import_ops

    with desk.db.transaction():
        ImportRepository(desk.db).save_mapping("NGO Duhok", f'{{"values": {values}}}', now_utc())
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,الجنس\nنادية,X\n", encoding="utf-8")
    with pytest.raises(InputFileError) as refused:
        import_ops.prepare(desk, str(path), None, "NGO Duhok")
    assert str(refused.value) == (f"ربط الأعمدة المحفوظ لمُرسل القائمة {_iso(repr('NGO Duhok'))}: "
                                  + said)
    with pytest.raises(InputFileError) as refused:
        from app.importing.service import ImportService
        ImportService(desk).prepare(str(path), None, "NGO Duhok")
    assert str(refused.value) == f"saved mapping 'NGO Duhok': {english}"


def test_a_list_with_a_header_and_no_rows_is_refused_in_arabic_when_staged(tmp_path, desk,
                                                                           arabic):
    """Staging is a step of its own in the wizard: its refusal was shown in English. (Said
    as its rows are read, before a dry run could show nothing.)"""
    from ui import import_ops

    path = tmp_path / "header.csv"
    path.write_text("Name,Village\n", encoding="utf-8")
    plan, _several = import_ops.prepare(desk, str(path), None, "")
    with pytest.raises(ValidationError) as refused:
        import_ops.stage_rows(desk, plan)
    assert str(refused.value) == (f"{_iso('header.csv')}، الصف {_iso(1)}: العنوان هنا لكن لا "
                                  "صف تحته فيه قيمة؛ لم يُستورد شيء")


def test_a_batch_no_longer_waiting_is_said_in_arabic_with_its_state(tmp_path, desk, arabic):
    """The review page's steps (decide, commit, discard) say their refusals in the interface's
    language too, the batch's state in its word."""
    from ui import import_ops

    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب\nنادية,باسي\nجيلان,خلف\n", encoding="utf-8")
    plan, _several = import_ops.prepare(desk, str(path), None, "")
    rows = import_ops.stage_rows(desk, plan)[0]
    batch = import_ops.stage(desk, plan, rows)["batch"]
    import_ops.discard(desk, batch)
    with pytest.raises(ValidationError) as refused:
        import_ops.discard(desk, batch)
    assert str(refused.value) == f"لم تعد دفعة الاستيراد {_iso(batch)} تنتظر القرارات: أُلغيت"
    with pytest.raises(ValidationError) as refused:
        import_ops.commit(desk, batch)
    assert str(refused.value).endswith("تنتظر القرارات: أُلغيت")


def test_the_import_window_shows_a_refused_file_in_arabic(qtbot, gui, made_vault, tmp_path):
    """What a person sees: the wizard's first page, its error line in Arabic."""
    folder, _code = made_vault
    write_language(folder, "ar")
    gui.language = "ar"
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(_quote(tmp_path)))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text().startswith(
        f"{_iso('quote.csv')}، الصف {_iso(3)}، العمود {_iso('A')} (السطر {_iso(3)}): تُفتح هنا "
        "علامة تنصيص"), wizard.error.text()
    assert wizard.pages.currentWidget() is wizard.file_page
