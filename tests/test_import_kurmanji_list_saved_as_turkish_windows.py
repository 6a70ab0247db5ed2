"""A Kurmanji list saved on a Windows set to Turkish (cp1254) is read as cp1254, its names whole:
read as Windows Arabic, Şîrîn became «قîrîn», Reşo became Reo (ş is a hidden direction mark
there) and Îlyas «خlyas», imported without a word. Arabic lists stay Windows Arabic, and
Arabic script that a cp1254 file lost to '???' is said, never read as "not known"."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing.csvread import decode
from app.importing.service import ImportService
from tests.import_helpers import new_vault

KURMANJI = ["Nav,Navê bav,Navê bapîr,Gund", "Şîrîn,Reşo,Xelîl,Kocho",
            "Nadia,Derweş,Murad,Kocho", "Gulîstan,Îlyas,Hesen,Hardan"]


def _import(tmp_path, lines: list[str], encoding: str, name: str = "list.csv"):
    path = tmp_path / name
    # the bytes Excel writes when it saves "CSV (Comma delimited)" under that code page
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding, errors="replace"))
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="NGO")
    staged = svc.stage_rows(plan)
    report = svc.import_at_once(plan, staged, yes=True)
    assert report["reconciled"]
    return s, plan, staged, report


def _names(s) -> set[str]:
    return {p.name_latin or p.name_original for p in s.persons.list()}


def test_a_kurmanji_list_in_cp1254_keeps_every_letter_and_says_how_it_was_read(tmp_path):
    s, plan, _, report = _import(tmp_path, KURMANJI, "cp1254")
    assert plan.table.encoding == "cp1254"
    assert _names(s) == {"Şîrîn Reşo Xelîl", "Nadia Derweş Murad", "Gulîstan Îlyas Hesen"}
    said = [w.message for w in plan.table.warnings]
    assert any("Windows Turkish (cp1254)" in m and "'Şîrîn'" in m for m in said), said


def test_read_as_windows_arabic_the_same_bytes_change_the_names(tmp_path):
    """What the reading above replaces: the damage is real, not assumed."""
    data = "\r\n".join(KURMANJI).encode("cp1254")
    arabic = data.decode("cp1256")
    assert "قîrîn" in arabic and "Re\u200fo" in arabic and "خlyas" in arabic
    text, encoding, _ = decode(data, "list.csv")
    assert encoding == "cp1254" and "Şîrîn" in text and "Reşo" in text and "Îlyas" in text


def test_an_arabic_list_with_latin_spellings_stays_windows_arabic(tmp_path):
    lines = ["الاسم,Name,اسم الاب,Father,القرية", "نادية,Nadia,مراد,Murad,كوجو",
             "شيرين,?îrîn,رشو,Re?o,كوجو", "جيلان,Jilan,خلف,Xelef,حردان", "ليلى,Leyla,خدر,Xidir,حردان"]
    s, plan, _, _ = _import(tmp_path, lines, "cp1256")
    assert plan.table.encoding == "cp1256"
    assert any(n.startswith("نادية") or "Nadia" in n for n in _names(s))
    # Latin words with French letters cp1256 holds (é, ê, î, û) are no sign of Turkish
    text, encoding, _ = decode("الاسم,Name\r\nنادية,Nadia Hêvî\r\nليلى,Zeynê Béfrîn\r\n"
                               .encode("cp1256"), "x.csv")
    assert encoding == "cp1256" and "نادية" in text


def test_a_file_with_bytes_cp1254_has_no_letter_for_stays_windows_arabic():
    """Latin words with Arabic letters inside, as a Turkish file reads, but also پ (0x81) and
    چ (0x8D), which cp1254 has no character for: not Windows Turkish."""
    turkish = ("Nav,Bav\r\n" + "Şîrîn,Reşo\r\n" * 15).encode("cp1254")
    assert decode(turkish, "x.csv")[1] == "cp1254"  # as many such words alone: Turkish
    _, encoding, _ = decode(turkish + "پري,چيا\r\n".encode("cp1256"), "x.csv")
    assert encoding == "cp1256"


def test_direction_marks_beside_latin_words_of_an_arabic_file_are_no_sign_of_turkish():
    """A review's file: Windows Arabic cells ending in a left-to-right mark (byte FD, Turkish
    ı) were read as cp1254, and خليل became «Îáíá» without a word."""
    text = "Name,Father,Village\r\n" + "Nadia\u200e,Khalil\u200e,Kocho\u200e\r\n" * 4 \
        + "Leyla,خليل,Kocho\r\n"
    decoded, encoding, _ = decode(text.encode("cp1256"), "x.csv")
    assert encoding == "cp1256" and "خليل" in decoded


def test_arabic_script_a_cp1254_file_lost_is_said_and_a_row_with_no_name_left_is_held(tmp_path):
    lines = ["Name,Full name,Father,Village", "Şîrîn,????? ????,Reşo,Kocho",
             "???? ???,,Derweş,Kocho", "Nadia,,Murad,?????"]
    s, plan, staged, report = _import(tmp_path, lines, "cp1254")
    assert plan.table.encoding == "cp1254"
    rejected = {r["row"]: r["reason"] for r in report["rejected"]}
    assert set(rejected) == {3}
    assert "'???? ???' lost its letters" in rejected[3] and "import a UTF-8 copy" in rejected[3]
    by_row = {r.row_number: r.warnings_json for r in staged}
    assert "'????? ????' lost its letters" in by_row[2] and "left out" in by_row[2]
    assert "'?????' lost its letters" in by_row[4]
    assert "none or it is not known" not in by_row[2] + by_row[4]
    assert _names(s) == {"Şîrîn Reşo", "Nadia Murad"}
    assert report["results"]["created"] == 2


@pytest.mark.parametrize("lang, said", [("ar", "التركي (cp1254)"), ("ckb", "تورکیی"),
                                        ("kmr", "kodkirina tirkî")])
def test_the_import_window_says_it_in_the_interface_language(qtbot, gui, made_vault, tmp_path,
                                                              lang, said):
    from tests.report_text_sample import english_left
    from tests.test_ui_import_wizard_words import _in

    folder, _code = made_vault
    path = tmp_path / "kurmanji.csv"
    path.write_bytes(("\r\n".join(KURMANJI) + "\r\n").encode("cp1254"))
    wizard = _in(qtbot, gui, folder, lang, path)
    text = wizard.issues.text()
    assert said in text and "Şîrîn" in text, text
    assert english_left(text, lang, ("kurmanji.csv", "Şîrîn", "Windows", "UTF-8")) == set(), text


def test_a_lost_spelling_beside_a_whole_one_and_a_clerks_doubt_are_not_lost_names(tmp_path):
    """A review found "Şîrîn / ?????" rejected as a lost name, a note "hat dîtin???" left out
    as lost Arabic, and a row rejected for its grandfather's name alone."""
    lines = ["Name,Father,Grandfather,Notes", "Şîrîn / ?????,Reşo,Xelîl,Li Reqa hat dîtin???",
             "Nadia,Derweş,?????,"]
    s, plan, staged, report = _import(tmp_path, lines, "cp1254")
    assert plan.table.encoding == "cp1254" and not report["rejected"]
    assert _names(s) == {"Şîrîn Reşo Xelîl", "Nadia Derweş"}
    by_row = {r.row_number: r.warnings_json for r in staged}
    assert "'Şîrîn / ?????' lost its letters" in by_row[2] and "dîtin???" not in by_row[2]
    assert "'?????' lost its letters" in by_row[3]
    [first] = [p for p in s.persons.list() if p.name_latin.startswith("Şîrîn")]
    assert s.persons.get(first.case_no).notes == "Li Reqa hat dîtin???"


def test_a_lost_word_inside_a_full_name_loses_the_name_not_its_order(tmp_path):
    """«????? Xelîl Murad» was read as given Xelîl, father Murad: her father's name made her
    given name (a second review). The name is lost whole: the row is held back."""
    lines = ["Full name,Village", "????? Xelîl Murad,Kocho", "Reşo ??? Elî,Kocho",
             "Şîrîn Reşo Xelîl,Kocho"]
    s, _plan, _staged, report = _import(tmp_path, lines, "cp1254")
    assert {r["row"] for r in report["rejected"]} == {2, 3}
    assert _names(s) == {"Şîrîn Reşo Xelîl"}


def test_a_list_whose_only_s_cedilla_ends_its_words_is_read_as_turkish():
    """Dilxweş and Baş: read as Windows Arabic their ş became a right-to-left mark at the end
    of the word, and was dropped without a word (a second review)."""
    data = "Nav,Bav\r\nDilxweş,Xelîl\r\nBaş,Hemo\r\nGulê,Qasim\r\n".encode("cp1254")
    text, encoding, _ = decode(data, "x.csv")
    assert encoding == "cp1254" and "Dilxweş" in text and "Baş" in text


def test_marks_after_the_latin_words_of_an_arabic_list_are_no_sign_of_turkish():
    """A third review: an Arabic header, Latin names each followed by a right-to-left mark
    (as Arabic typing leaves them), one Arabic row: read as Turkish its Arabic was destroyed."""
    text = "الاسم,اسم الاب,القرية\r\n" + "Nadia\u200f,Khalil\u200f,Kocho\u200f\r\n" * 40 \
        + "خنساء,حسن,كوجو\r\n"
    decoded, encoding, _ = decode(text.encode("cp1256"), "x.csv")
    assert encoding == "cp1256" and "خنساء" in decoded


@pytest.mark.parametrize("cell", ["Şîrîn Reşo Xelîl / ????? ??? ????", "Şîrîn Reşo Xelîl ?????",
                                  "Şîrîn Reşo Xelîl (????? ???? ????)",
                                  "Şîrîn Reşo Xelîl - ????? ???? ????"])
def test_a_whole_name_beside_or_after_a_lost_spelling_is_kept(tmp_path, cell):
    """A third review: these rows were rejected, the Latin name whole beside the lost one."""
    s, _plan, staged, report = _import(tmp_path, ["Full name,Mother", f"{cell},Gulê / ????? ????"],
                                       "cp1254")
    assert not report["rejected"] and _names(s) == {"Şîrîn Reşo Xelîl"}
    assert "lost its letters" in staged[0].warnings_json
    [her] = s.persons.list()
    assert s.persons.get(her.case_no).names[NamePart.MOTHER].latin == "Gulê"
