"""The desktop's review says in its own language why a row waits: a row of a woman the list names
three times asked again because a row of her was decided anew, and a row of a new version spelt
otherwise whose row made a new person last time. Both were shown in English."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.service import ImportService
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_xlsx
from tests.test_import_three_times_decided_anew import REPEATS
from tests.ui_support import unlock
from ui.bidi import bare
from ui.settings import write_language

ASKED = "given match; asked again: row 3, the same woman by the names, has been decided anew"
CREATED = ("given match; spelt otherwise in the last import of this list (batch 1, row 3), "
           "created then: SNJ-00002")
SAID = {
    "ar": ("الاسم متطابق؛ سُئل عنه من جديد: الصف 3، وهو للمرأة نفسها بحسب الأسماء، قُرّر أمره "
           "من جديد",
           "الاسم متطابق؛ مكتوب بتهجئة أخرى في آخر استيراد لهذه القائمة (الدفعة 1، الصف 3)، "
           "وأُنشئ منه حينها: SNJ-00002"),
    "ckb": ("ناو هاوتا؛ دووبارە پرسیاری لێ دەکرێتەوە: ڕیزی 3، کە بە پێی ناوەکان هەمان "
            "ئافرەتە، بڕیارێکی نوێی لەسەر درا",
            "ناو هاوتا؛ لە دوایین هاوردەکردنی ئەم لیستەدا بە ڕێنووسێکی تر نووسراوە (کۆمەڵەی 1، "
            "ڕیزی 3)، ئەوکات لێیەوە دروست کرا: SNJ-00002"),
    "kmr": ("nav lihev; dîsa tê pirsîn: li ser rêza 3, ku li gorî navan heman jin e, ji nû "
            "ve biryar hate dayîn",
            "nav lihev; di importa dawî ya vê lîsteyê de bi rastnivîsek din hatiye nivîsîn "
            "(koma 1, rêza 3), wê demê jê hate çêkirin: SNJ-00002"),
}


@pytest.mark.parametrize("lang", sorted(SAID))
def test_both_notes_read_in_the_interface_language(qtbot, gui, made_vault, lang):
    from ui.labels import explanation_text

    folder, _code = made_vault
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    gui.show_access()
    assert (explanation_text(ASKED), explanation_text(CREATED)) == SAID[lang]


def _decided_anew(folder, tmp_path) -> int:
    """REPEATS staged, row 5 skipped, the middle row of her three made a new person: row 4
    waits again."""
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia"),
                                       NamePart.FATHER: NameText("", "Khalaf"),
                                       NamePart.GRANDFATHER: NameText("", "Hassan")},
                                sex=Sex.FEMALE))
        svc = ImportService(s)
        plan = svc.prepare(str(write_xlsx(tmp_path / "list.xlsx", [("List", REPEATS)])))
        batch = svc.stage(plan, svc.stage_rows(plan))
        svc.decide(batch, 5, "skip")
        svc.decide(batch, 3, "create", override=True)
        assert [r.row_number for r in svc.undecided(batch)] == [4]
        return batch
    finally:
        s.close()


def test_the_review_says_in_arabic_why_a_row_waits_again(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    batch = _decided_anew(folder, tmp_path)
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    wizard.open_batch(batch)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    model = wizard.review.model
    assert model.rowCount() == 1 and bare(model.item(0, 0).text()) == "4"
    why = model.item(0, 4).text()
    assert "سجل آخر يطابق بالقدر نفسه: الصف 3" in why
    assert why.endswith("سُئل عنه من جديد: الصف 3، وهو للمرأة نفسها بحسب الأسماء، قُرّر أمره "
                        "من جديد")
    wizard.resize(1100, 520)
    wizard.grab().save(str(tmp_path / "asked-again-ar.png"))
