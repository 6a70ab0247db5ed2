"""In Sorani and Arabic the import's report puts each command it gives on a line of its own,
kept left to right: wrapped inside the right-to-left sentence, "casekeeper person status-"
ended one line and "withdraw SNJ-00003 ..." began the next at its other end, among Sorani
words. The window now names her page's tab and buttons instead of the status advice's
commands, in English too; a command said all the same keeps its own line."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
from tests.import_helpers import new_vault, write_csv
from tests.test_ui_import_status_kept_against_in_interface_words import HEADER, NADIA, _imported
from tests.ui_support import drawn


def _report(tmp_path) -> dict:
    """A list saying missing of a woman the vault has sighted: the report says what to type."""
    s = new_vault(tmp_path / "vault")
    try:
        s.persons.create(Person(
            names={NamePart.GIVEN: NameText("", "Nadia"), NamePart.FATHER: NameText("", "Basi"),
                   NamePart.GRANDFATHER: NameText("", "Taha"),
                   NamePart.FAMILY: NameText("", "Haskani")},
            status_events=[StatusEvent(Status.SIGHTED)]))
        return _imported(s, write_csv(tmp_path / "list.csv", HEADER, [[*NADIA, "مفقودة"]]))
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_each_command_alone_on_its_line(qapp, lang):
    """No line the window shows names a command now (the status advice names her page's tab
    and buttons): one said all the same still stands alone."""
    from app.importing.report import Line, Said
    from ui.i18n import apply_language
    from ui.import_report import _line, report_words
    line = Line(1, [Said("%1: withdraw it with %2 (%3)", "SNJ-00003",
                         "`casekeeper person status-withdraw SNJ-00003 sighted`", "2016")])
    try:
        apply_language(qapp, lang)
        said = _line(line, report_words())
    finally:
        apply_language(qapp, "en")
    commands = [line for line in said.splitlines() if "casekeeper" in line]
    assert commands, said
    for line in commands:
        command = line.strip()
        # nothing but the command on its line, drawn in its own order in a right-to-left one
        assert command.startswith("\u2066`casekeeper") and command.endswith("`\u2069"), line
        assert drawn(line, right_to_left=True).strip() == command[1:-1], line


def test_english_lines_name_the_window_not_a_command(qapp, tmp_path):
    from ui.import_report import report_said
    said = report_said(_report(tmp_path))
    assert "casekeeper" not in said, said
    assert "Withdraw the selected status" in said, said
