"""The desktop's preview says, in the interface's language, why a name cell that is not one
person's name holds its row (two sisters, a baby, a count) and how an unknown given name was
read: the tester's Arabic list, through the import window."""

from __future__ import annotations

import pytest

from tests.import_helpers import write_csv
from tests.report_text_sample import english_left
from tests.test_ui_import_preview_words import _preview

ROWS = [["نادية وشيرين الياس حسن", "كوجو", "مخطوفة"],
        ["طفلة رضيعة لنادية الياس", "كوجو", "مخطوفة"],
        ["مجهولة الاسم بنت الياس حسن", "كوجو", "مخطوفة"],
        ["عدد المخطوفات 4", "", ""],
        ["ليلى خلف حسن", "كوجو", "مخطوفة"]]


@pytest.mark.parametrize("lang, said", [
    ("ar", ("يذكر", "شخصين", "ليس اسم شخص واحد", "الاسم الأول غير معروف", "سطر مجموع")),
    ("kmr", ("navê du kesan", "ne navê kesekî ye", "navê yekem nayê zanîn",
             "rêza giştî"))])
def test_the_preview_says_why_each_row_is_held_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, said):
    folder, _code = made_vault
    path = write_csv(tmp_path / "odd_names.csv", ["الاسم الكامل", "القرية", "الحالة"], ROWS)
    wizard = _preview(qtbot, gui, folder, path, lang)
    model = wizard.preview.model
    problems = [model.item(n, 5).text() for n in range(model.rowCount())]
    two, baby, unknown, count = problems[:4]
    for text in (two, baby, unknown, count):
        assert english_left(text, lang) == set(), text
    assert "'نادية'" in two and "'شيرين'" in two and "'طفلة'" in baby
    if lang == "ar":
        assert said[0] in two and said[1] in two
        baby_said, unknown_said, count_said = said[2:]
    else:
        assert said[0] in two
        baby_said, unknown_said, count_said = said[1:]
    assert baby_said in baby and unknown_said in unknown and count_said in count
    assert "'الياس'" in unknown and "'حسن'" in unknown
    held = [model.item(n, 1).text() for n in (0, 1, 3)]
    new = model.item(2, 1).text()
    assert len(set(held)) == 1 and new not in held  # held rows, and her row a new person
