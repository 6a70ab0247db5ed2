"""The import wizard asks once more about every update the command line refuses without
--despite-contradiction (given names only partly alike, a score now below 0.5), one tick per
row, none ticked at first; it tells the vault "despite" only for the rows ticked, and when
nothing is imported the review page keeps the choices made and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QPushButton

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_ui_import_wizard import _near_nadia, _staged_for_review
from tests.ui_support import wait_job
from ui.bidi import isolated


def _create(folder, given: str, father: str, grandfather: str, sex=Sex.FEMALE, **more) -> str:
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(
            names={NamePart.GIVEN: NameText(given), NamePart.FATHER: NameText(father),
                   NamePart.GRANDFATHER: NameText(grandfather)}, sex=sex, **more)).case_no
    finally:
        s.close()


def _nadira(folder) -> str:
    """Nadira, of row 5's father and grandfather: a probable match whose given name only
    partly agrees with the row's Nadia (her sister?)."""
    return _create(folder, "نادرة", "باسي", "طه")


def _khalil_as_a_woman(folder) -> str:
    """The vault's Khalil Hasan Ali of row 6's year and village, recorded as a woman: an
    update from the row (a man) contradicts her on sex."""
    return _create(folder, "خليل", "حسن", "علي", birth=FuzzyDate.parse("1998"),
                   origin_village="تل عزير")


def _near_samira(folder) -> str:
    """Like row 7 but for its family name: a probable match with nothing against it."""
    return _create(folder, "سميرة", "مراد", "قاسم")


def _question(wizard):
    shown = [d for d in wizard.findChildren(QDialog, "updateQuestion") if d.isVisible()]
    return shown[0] if shown else None


def _asked(qtbot, wizard):
    qtbot.waitUntil(lambda: _question(wizard) is not None, timeout=10_000)
    return _question(wizard)


def _choose(wizard, **rows: str) -> None:
    """_choose(wizard, r5="update", r6="skip"): each row's decision on the review page."""
    for key, decision in rows.items():
        box = wizard.decision_boxes[int(key[1:])]
        box.setCurrentIndex(box.findData(decision))


def _answer(qtbot, wizard, yes: tuple[int, ...]) -> None:
    """Tick the rows said yes to, leave the others, and go on."""
    question = _asked(qtbot, wizard)
    for row in yes:
        question.findChild(QCheckBox, f"updateRow{row}").setChecked(True)
    question.findChild(QPushButton, "updateAnyway").click()
    qtbot.waitUntil(lambda: _question(wizard) is None, timeout=10_000)


def _update_row_5(wizard) -> None:
    _choose(wizard, r5="update")
    wizard.commit()


def _chosen(wizard) -> dict[int, str | None]:
    return {row: box.currentData() for row, box in wizard.decision_boxes.items()}


def test_an_update_onto_a_given_name_only_partly_alike_is_asked_naming_both(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    her = _nadira(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    (w,) = wizard.state["waiting"]
    assert w["given_partial"] == {"list": "نادية", "vault": "نادرة"} and not w["contradicts"]
    _update_row_5(wizard)
    text = _asked(qtbot, wizard).text()
    assert "Row 5: the given name" in text and "نادية" in text and "نادرة" in text
    assert her in text and "perhaps her sister" in text
    # not also "another person of the same names": her sister, by the names
    assert "same names" not in text
    # Enter cancels: Cancel is the default, and cancelling leaves her record alone.
    buttons = _question(wizard).findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: _question(wizard) is None, timeout=10_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    assert _chosen(wizard) == {5: "update"}  # as chosen: cancelling changes no choice
    wizard.commit()
    _answer(qtbot, wizard, yes=(5,))
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    (hand,) = [d for d in wizard.report_data["decided_by_hand"] if d["decision"] == "update"]
    assert (hand["row"], hand["person"]) == (5, her)


def test_each_update_in_doubt_is_said_yes_to_on_its_own_and_only_those_go_ahead_despite(
        qtbot, gui, made_vault):
    """Nadia onto Nadira (perhaps her sister) and Khalil onto a woman of his names: "Update
    all the same" said yes to both at once. Each has its tick, none ticked at first."""
    folder, _code = made_vault
    nadira, khalil = _nadira(folder), _khalil_as_a_woman(folder)
    _near_samira(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    assert sorted(wizard.decision_boxes) == [5, 6, 7]
    _choose(wizard, r5="update", r6="update", r7="create")
    wizard.commit()
    question = _asked(qtbot, wizard)
    ticks = {t.objectName(): t.isChecked() for t in question.findChildren(QCheckBox)}
    assert ticks == {"updateRow5": False, "updateRow6": False}  # row 7 is in no doubt
    text = question.text()
    # the list's cell with what it was read as, beside the vault's sex
    assert f"Row 6 and {khalil} disagree on: sex ({isolated('ذكر')}, read as male / female)." \
        in text
    assert "Perhaps another person of the same names." in text  # said of row 6, not row 5
    assert text.index("Perhaps another") > text.index("Row 6 and")
    _answer(qtbot, wizard, yes=(6,))
    # Nothing imported: row 5 waits for another choice; every other choice as it was.
    assert wizard.pages.currentWidget() is wizard.review_page
    assert _chosen(wizard) == {5: None, 6: "update", 7: "create"}
    assert wizard.review_note.isVisible()
    assert wizard.review_note.text() == (
        "Nothing was imported: you did not say yes to updating row 5. Choose to create a new "
        "person or to skip instead, then Import.")
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.count()) == 3
    _choose(wizard, r5="skip")
    wizard.commit()  # row 6 was said yes to: not asked again
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert _question(wizard) is None
    hands = {d["row"]: d for d in wizard.report_data["decided_by_hand"]}
    assert (hands[5]["decision"], hands[7]["decision"]) == ("skip", "create")
    assert (hands[6]["decision"], hands[6]["person"]) == ("update", khalil)
    assert hands[6]["contradicts"][0]["field"] == "sex"
    # Nadira is not touched by Nadia's row
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(nadira).names.get(
        NamePart.FAMILY)) is None


def test_a_yes_given_is_asked_again_once_its_row_is_chosen_anew(qtbot, gui, made_vault):
    """Said yes to, then changed to Skip and back to Update: the yes was for the choice as it
    stood, and is asked again."""
    folder, _code = made_vault
    _nadira(folder)
    _khalil_as_a_woman(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    _choose(wizard, r5="update", r6="update")
    wizard.commit()
    _answer(qtbot, wizard, yes=(6,))
    _choose(wizard, r5="skip", r6="skip")
    _choose(wizard, r6="update")
    wizard.commit()
    question = _asked(qtbot, wizard)
    assert [t.objectName() for t in question.findChildren(QCheckBox)] == ["updateRow6"]


def test_nothing_ticked_updates_no_one(qtbot, gui, made_vault):
    folder, _code = made_vault
    nadira = _nadira(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    _update_row_5(wizard)
    _answer(qtbot, wizard, yes=())
    assert wizard.pages.currentWidget() is wizard.review_page
    assert _chosen(wizard) == {5: None}
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(nadira).version) == 1


def test_an_update_whose_score_fell_below_one_half_since_staging_is_asked(
        qtbot, gui, made_vault):
    """Nadia's record corrected after the list was staged (born 1960, another village): the
    row now scores 0.2 against her, though no name or sex contradicts."""
    folder, _code = made_vault
    her = _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)

    def corrected(s):
        p = s.persons.get(her)
        p.birth, p.origin_village = FuzzyDate.parse("1960"), "سيبا شيخ خدر"
        s.persons.update(p)

    wait_job(qtbot, gui.worker, corrected)
    wizard.open_batch(wizard.state["batch"])  # the page filled again, as when resumed
    qtbot.waitUntil(lambda: wizard.state["waiting"][0]["unlikely"], timeout=20_000)
    _update_row_5(wizard)
    text = _asked(qtbot, wizard).text()
    assert "Row 5 scores 0.2" in text
    assert f"against {her} now: unlikely to be one person." in text
    assert "same names" not in text
    _answer(qtbot, wizard, yes=(5,))
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)


def test_an_update_that_came_into_doubt_while_the_page_was_open_is_shown_again(
        qtbot, gui, made_vault):
    """The record changed after the page was filled: Import shows the row again instead of
    updating her unasked, every choice as it was made and a sentence saying why; at the next
    Import it is asked about, and the update goes ahead."""
    folder, _code = made_vault
    her = _near_nadia(folder)
    _khalil_as_a_woman(folder)
    wizard = _staged_for_review(qtbot, gui, folder)

    def corrected(s):
        p = s.persons.get(her)
        p.birth, p.origin_village = FuzzyDate.parse("1960"), "سيبا شيخ خدر"
        s.persons.update(p)

    wait_job(qtbot, gui.worker, corrected)
    _choose(wizard, r6="skip")
    _update_row_5(wizard)  # the page still shows the old score: nothing asked yet
    qtbot.waitUntil(lambda: wizard.state["waiting"] and wizard.state["waiting"][0]["unlikely"],
                    timeout=20_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(her).names.get(
        NamePart.FAMILY)) is None  # not updated from the row
    assert _chosen(wizard) == {5: "update", 6: "skip"}
    assert wizard.review_note.text() == (
        "Nothing was imported: the vault changed while this page was open, and the update "
        "chosen for row 5 is now in doubt. Import asks you about it.")
    wizard.commit()
    _answer(qtbot, wizard, yes=(5,))
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    hands = {d["row"]: d["decision"] for d in wizard.report_data["decided_by_hand"]}
    assert hands == {5: "update", 6: "skip"}
