"""Her page's Link relative asks before linking a mother or father fewer than 12 years older
than the child by their births (read as widely as written), naming both, their births and the
years; Enter cancels, and the link is made only by its own button. A tester linked such a pair
without a word."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.test_ui_person_page_bidi import _page
from tests.ui_support import PASSPHRASE, drawn, read_vault, reads_left_to_right
from ui.bidi import bare

ASKED = {"en": "SNJ-00001 (birth: about 1975, 1973–1977) would be a parent of SNJ-00002 "
               "(birth: 1984), older by at most 11 years: fewer than 12 years between their "
               "births",
         # the birth as her page says it, not the program's English "about 1975"
         "ar": "SNJ-00001 (الميلاد: حوالي 1975، 1973–1977) سيكون أحد والدَي SNJ-00002 "
               "(الميلاد: 1984)، والفارق بين ولادتيهما 11 سنة على الأكثر"}
# what her History tab says of the link made despite the births, beside the relation
HISTORY = {"en": "mother; linked despite their births: at most 11 years between them",
           "ar": "أم؛ رُبطا رغم تاريخي ميلادهما: بينهما 11 سنة على الأكثر"}


def _vault(folder, mother_born: str):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.vault import KdfParams, create_vault
    s, _code = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        for given, sex, born in (("Nadia", Sex.FEMALE, mother_born), ("Ali", Sex.MALE, "1984")):
            s.persons.create(Person(names={NamePart.GIVEN: NameText(given)}, sex=sex,
                                    birth=FuzzyDate.parse_birth(born) if born else FuzzyDate()))
    finally:
        s.close()
    return folder


def _relations(folder) -> list[str]:
    return read_vault(folder, lambda s: [lk.relation.value for lk in s.records.relatives_for(
        s.persons.get("SNJ-00002").id)])


def _asked(qtbot, page) -> QMessageBox:
    page.relatives_tab.case.setText("SNJ-00001")
    page.link_relative("SNJ-00001", "mother")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in page.findChildren(
        QMessageBox, "parentAgesQuestion")), timeout=10_000)
    return [b for b in page.findChildren(QMessageBox, "parentAgesQuestion") if b.isVisible()][0]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_asked_first_and_linked_only_by_its_button(qtbot, gui, tmp_path, new_translations,
                                                   lang):
    folder = _vault(tmp_path / "vault", "about 1975")
    page = _page(qtbot, gui, folder, lang, "SNJ-00002")
    box = _asked(qtbot, page)
    assert bare(box.text()).startswith(ASKED[lang]), box.text()
    if lang == "en":  # worded for a mother or a father: not "a girl taken young"
        assert "\n\nBirths are often guessed, and a parent taken young may have had a child " \
               "in captivity. Link them all the same? The History tab will say" in box.text()
    # each birth and case number in its own order in an Arabic sentence
    first = box.text().split("\n")[0]
    for value in ("1973–1977", "SNJ-00001", "SNJ-00002", "1984"):
        assert reads_left_to_right(first, value, lang == "ar"), drawn(first, lang == "ar")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter: no
    if shots := os.environ.get("CK_SHOTS"):  # looked at by eye
        box.grab().save(os.path.join(shots, f"parent-ages-{lang}.png"))
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _relations(folder) == []
    assert page.relatives_tab.case.text() == "SNJ-00001"  # kept, to be corrected or linked

    box = _asked(qtbot, page)
    box.findChild(QPushButton, "linkDespiteAges").click()
    qtbot.waitUntil(lambda: "SNJ-00001" in page.notice.text(), timeout=10_000)
    assert _relations(folder) == ["mother"]
    assert page.relatives_tab.case.text() == ""
    # the question said the History tab would say so: it does, in words
    qtbot.waitUntil(lambda: page.history_tab.model.rowCount() > 1, timeout=10_000)
    newest = [bare(page.history_tab.model.item(0, c).text()) for c in range(4)]
    assert newest[3] == HISTORY[lang], newest


def test_a_mother_with_no_birth_is_linked_unasked(qtbot, gui, tmp_path):
    folder = _vault(tmp_path / "vault", "")
    page = _page(qtbot, gui, folder, "en", "SNJ-00002")
    page.link_relative("SNJ-00001", "mother")
    qtbot.waitUntil(lambda: "Linked" in page.notice.text(), timeout=10_000)
    assert not page.findChildren(QMessageBox, "parentAgesQuestion")
    assert _relations(folder) == ["mother"]


def _asked_in(qapp, lang: str, mother_born: str, child_born: str = "1984") -> str:
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import Person
    from app.domain.records import Relation
    from app.parent_age import ParentAgesClose, check_births
    from ui.error_words import error_said
    from ui.i18n import apply_language
    mother = Person(case_no="SNJ-00001", birth=FuzzyDate.parse_birth(mother_born))
    child = Person(case_no="SNJ-00002", birth=FuzzyDate.parse_birth(child_born))
    with pytest.raises(ParentAgesClose) as asked:
        check_births(child, mother, Relation.MOTHER)
    apply_language(qapp, lang)
    return bare(error_said(asked.value))


@pytest.mark.parametrize(("lang", "years", "said"), [
    ("en", "about 1975", "older by at most 11 years:"),
    ("en", "1983", "older by at most a year:"),
    ("en", "1984", "older by less than a year:"),
    ("ar", "1983", "والفارق بين ولادتيهما سنة واحدة على الأكثر:"),
    ("ar", "1984", "والفارق بين ولادتيهما أقل من سنة:"),
    ("ckb", "1982", "و بە لایەنی زۆرەوە 2 ساڵ لەو گەورەترە"),
    ("kmr", "1983", "û herî zêde salek jê mezintir e"),
    ("kmr", "1977", "û herî zêde 7 sal jê mezintir e"),
])
def test_the_years_are_said_in_the_desktops_words(qapp, new_translations, lang, years, said):
    assert said in _asked_in(qapp, lang, years)


# Arabic counts 2 in the dual, 3 to 10 with the plural سنوات, 11 with the singular: the
# question said "10 سنة" and "3 سنة" (the count the question shows most)
ARABIC_YEARS = {2: "سنتان", **{n: f"{n} سنوات" for n in range(3, 11)}, 11: "11 سنة"}


@pytest.mark.parametrize("years", sorted(ARABIC_YEARS))
def test_arabic_says_each_count_of_years_as_its_grammar_wants(qapp, new_translations, years):
    said = _asked_in(qapp, "ar", str(1984 - years))
    assert f"والفارق بين ولادتيهما {ARABIC_YEARS[years]} على الأكثر:" in said, said


@pytest.mark.parametrize(("lang", "typed", "page_says"), [
    ("ar", "age 10 in 2014", "العمر 10 في 2014، 2003–2004"),
    ("ar", "about 2005", "حوالي 2005، 2003–2007"),
    ("ar", "حوالي 2005", "حوالي 2005، 2003–2007"),
    ("ckb", "age 10 in 2014", "تەمەن 10 لە 2014، 2003–2004"),
    ("kmr", "about 2005", "nêzîkî 2005, 2003–2007"),
    ("kmr", "حوالي 2005", "nêzîkî 2005, 2003–2007"),
])
def test_the_births_are_said_as_her_page_says_them(qapp, new_translations, lang, typed,
                                                   page_says):
    """The births came in the program's English ("age 10 in 2014"), in every language: an age
    typed in Arabic is stored so, and an Arabic user read English she never typed."""
    from ui.labels import date_said
    said = _asked_in(qapp, lang, typed, "2014")
    from app.domain.fuzzydate import FuzzyDate
    assert bare(date_said(FuzzyDate.parse_birth(typed))) in page_says  # her page's words
    assert f"{page_says})" in said, said


def test_her_history_says_a_link_made_despite_the_births_in_words(qapp, new_translations):
    """The question says the History tab will say so; it showed the same words as any link,
    the years only in the stored detail on hover."""
    import json

    from ui.history_words import history_entry
    from ui.i18n import apply_language
    detail = {"relative": "SNJ-00001", "relation": "mother", "despite_ages": 2}
    said = {}
    for lang in ("en", "ar", "kmr"):
        apply_language(qapp, lang)
        said[lang] = bare(history_entry("person.relative", json.dumps(detail))[1])
    apply_language(qapp, "en")
    assert said == {"en": "mother; linked despite their births: at most 2 years between them",
                    "ar": "أم؛ رُبطا رغم تاريخي ميلادهما: بينهما سنتان على الأكثر",
                    "kmr": "dayik; tevî jidayikbûnên wan hatin girêdan: herî zêde 2 sal di navbera "
                           "wan de"}
    plain = {"relative": "SNJ-00001", "relation": "mother"}
    assert bare(history_entry("person.relative", json.dumps(plain))[1]) == "mother"
