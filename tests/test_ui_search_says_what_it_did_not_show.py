"""The desktop's list says what a search did not show, in the interface's language: more matches
than the list holds (it said "200 matches" of 210), and a record an abduction-date filter left
out only because it has no abduction date recorded, under the results and under the list by
the filters alone."""

from __future__ import annotations

import os
from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import KdfParams, create_vault
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import isolated
from ui.persons_model import SEARCH_LIMIT
from ui.settings import write_language


def _vault(folder) -> None:
    """SNJ-00001 Nadia Khalil taken in 2014, SNJ-00002 Nadia Khalil with no abduction date, and
    more Nadias, all taken in 2014, than the list holds."""
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    khalil = {NamePart.GIVEN: NameText("نادية", "Nadia"), NamePart.FATHER: NameText("خليل", "Khalil")}
    s.persons.create(Person(sex=Sex.FEMALE, names=khalil,
                            abduction_date=FuzzyDate.parse("2014-08-03")))
    s.persons.create(Person(sex=Sex.FEMALE, names=khalil))
    s.persons.create_many([Person(sex=Sex.FEMALE, names={NamePart.GIVEN: NameText(latin="Nadia")},
                                  abduction_date=FuzzyDate.parse("2014"))
                           for _ in range(SEARCH_LIMIT + 8)])
    s.close()


@pytest.mark.parametrize("lang,more,left_out,listed", [
    ("en", "{shown} of {all} matches shown, best first: type more of her name to narrow them",
     "1 record with no abduction date recorded is left out by the filters, which cannot tell "
     "whether it fits ({case} {score}); clear that filter to see it",
     "1 record with no abduction date recorded is left out by the filters, which cannot tell "
     "whether it fits; clear that filter to see it"),
    ("ar", "عُرضت {shown} من {all} نتيجة، الأفضل أولاً: اكتب المزيد من اسمها لتضييقها",
     "سجل واحد بلا تاريخ اختطاف مسجل استبعدته عوامل التصفية، وهي لا تستطيع أن تحكم هل "
     "يطابقها ({case} \u200f{score})؛ امسح عامل التصفية هذا لتراه",
     "سجل واحد بلا تاريخ اختطاف مسجل استبعدته عوامل التصفية، وهي لا تستطيع أن تحكم هل "
     "يطابقها؛ امسح عامل التصفية هذا لتراه")])
def test_the_list_says_the_matches_it_does_not_hold_and_the_record_left_out(
        qtbot, gui, tmp_path, lang, more, left_out, listed):
    folder = tmp_path / "vault"
    _vault(folder)
    write_language(folder, lang)
    gui.language, gui.vault_dir = lang, folder
    view = unlock(qtbot, gui).persons
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.search_box.setText("Nadia")
    assert len(view.model.results) == SEARCH_LIMIT
    assert view.counts.text().startswith(more.format(shown=isolated(SEARCH_LIMIT),
                                                     all=isolated(SEARCH_LIMIT + 10)))
    assert not view.unrecorded.isVisibleTo(view)
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.search_box.setText("Nadia Khalil")
        view.abducted_from.setText("2014")
    qtbot.waitUntil(lambda: view.model.filter.abducted_from == date(2014, 1, 1))
    qtbot.waitUntil(lambda: view.unrecorded.isVisibleTo(view))
    assert view.model.results[0].case_no == "SNJ-00001"
    assert view.unrecorded.text() == left_out.format(case=isolated("SNJ-00002"),
                                                     score=isolated("1.00"))
    if os.environ.get("CK_SHOTS"):
        view.window().grab().save(str(tmp_path / f"unrecorded-{lang}.png"))
    # The search cleared, the list by the filter alone says it too.
    view.search_box.setText("")
    qtbot.waitUntil(lambda: view.model.results is None)
    assert view.unrecorded.text() == listed
    if os.environ.get("CK_SHOTS"):
        view.window().grab().save(str(tmp_path / f"unrecorded-listed-{lang}.png"))
    # The filter cleared: she is shown, and nothing is said of her.
    view.search_box.setText("Nadia Khalil")
    view.abducted_from.setText("")
    qtbot.waitUntil(lambda: not view.unrecorded.isVisibleTo(view))
    assert "SNJ-00002" in [r.case_no for r in view.model.results[:2]]
