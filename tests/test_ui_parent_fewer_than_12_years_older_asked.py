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

ASKED = {"en": "SNJ-00001 (born about 1975: 1973–1977) would be a parent of SNJ-00002 (born "
               "1984), older by 11 years at most: fewer than 12 years between their births",
         "ar": "SNJ-00001 (مواليد about 1975: 1973–1977) سيكون أحد والدَي SNJ-00002 (مواليد "
               "1984)، وأكبر منه بـ 11 سنة على الأكثر"}


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
    # each birth and case number in its own order in an Arabic sentence
    first = box.text().split("\n")[0]
    for value in ("about 1975: 1973–1977", "SNJ-00001", "SNJ-00002", "1984"):
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


def test_a_mother_with_no_birth_is_linked_unasked(qtbot, gui, tmp_path):
    folder = _vault(tmp_path / "vault", "")
    page = _page(qtbot, gui, folder, "en", "SNJ-00002")
    page.link_relative("SNJ-00001", "mother")
    qtbot.waitUntil(lambda: "Linked" in page.notice.text(), timeout=10_000)
    assert not page.findChildren(QMessageBox, "parentAgesQuestion")
    assert _relations(folder) == ["mother"]


@pytest.mark.parametrize(("lang", "years", "said"), [
    ("en", "about 1975", "older by 11 years at most"),
    ("en", "1983", "older by a year at most"),
    ("en", "1984", "older by less than a year at most"),
    ("ar", "about 1975", "أكبر منه بـ 11 سنة على الأكثر"),
    ("ar", "1983", "أكبر منه بـ سنة واحدة على الأكثر"),
    ("ar", "1984", "أكبر منه بـ أقل من سنة على الأكثر"),
    ("kmr", "1983", "herî zêde salek jê mezintir e"),
])
def test_the_years_are_said_in_the_desktops_words(qapp, new_translations, lang, years, said):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import Person
    from app.domain.records import Relation
    from app.parent_age import ParentAgesClose, check_parent_age
    from ui.error_words import error_said
    from ui.i18n import apply_language
    mother = Person(case_no="SNJ-00001", birth=FuzzyDate.parse_birth(years))
    child = Person(case_no="SNJ-00002", birth=FuzzyDate.parse_birth("1984"))
    with pytest.raises(ParentAgesClose) as asked:
        check_parent_age(child, mother, Relation.MOTHER)
    apply_language(qapp, lang)
    assert said in bare(error_said(asked.value)), error_said(asked.value)
