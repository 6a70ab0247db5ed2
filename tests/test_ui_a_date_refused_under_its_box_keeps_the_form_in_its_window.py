"""The refusal of a date under its box in the New person form wraps: 20014 typed as her
abduction ("would be 1954-10-17 as an Excel date number ... type the date (e.g. 2014, ...)")
was one line wider than the dialog, and the form grew a scrollbar that cut the Latin names in
half and hid the right-hand fields and the end of the sentence."""

from PySide6.QtWidgets import QScrollArea

from app.domain.person import NamePart
from tests.test_ui_new_person import _form, _type_names


def test_the_refusal_of_a_typed_excel_number_wraps_and_the_form_keeps_its_width(
        qtbot, gui, made_vault):
    main, dialog = _form(qtbot, gui, made_vault[0])
    _type_names(dialog, given=("", "Nadia"))
    latin = dialog.name_fields[NamePart("given")][1]
    qtbot.wait(50)
    width = latin.width()
    dialog.abduction.edit.setText("20014")
    qtbot.wait(100)
    reading = dialog.abduction.reading
    assert "Excel date number" in reading.text()
    # no scrollbar took the form aside: none across, and the name boxes wholly shown, as wide
    # as before but for an upright scrollbar, which the taller form may need in a low window
    areas = dialog.findChildren(QScrollArea)
    assert areas and not any(a.horizontalScrollBar().isVisible() for a in areas)
    upright = max((a.verticalScrollBar().width() for a in areas
                   if a.verticalScrollBar().isVisible()), default=0)
    assert width - upright <= latin.width() <= width
    assert latin.visibleRegion().boundingRect().width() == latin.width()
    # the whole sentence shown, on as many lines as it takes, inside the dialog
    assert reading.height() >= reading.heightForWidth(reading.width()) > reading.fontMetrics().height()
    right = reading.mapTo(dialog, reading.rect().topRight()).x()
    assert right <= dialog.width()
