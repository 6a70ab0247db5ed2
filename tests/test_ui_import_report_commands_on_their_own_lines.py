"""In Sorani and Arabic the import's report puts each command it gives on a line of its own,
kept left to right: wrapped inside the right-to-left sentence, "casekeeper person status-"
ended one line and "withdraw SNJ-00003 ..." began the next at its other end, among Sorani
words. In English and Kurmanji the line is as the command line says it."""

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
def test_each_command_alone_on_its_line(qapp, tmp_path, lang):
    from ui.i18n import apply_language
    from ui.import_report import report_said
    report = _report(tmp_path)
    try:
        apply_language(qapp, lang)
        said = report_said(report)
    finally:
        apply_language(qapp, "en")
    commands = [line for line in said.splitlines() if "casekeeper" in line]
    assert commands, said
    for line in commands:
        command = line.strip()
        # nothing but the command on its line, drawn in its own order in a right-to-left one
        assert command.startswith("\u2066`casekeeper") and command.endswith("`\u2069"), line
        assert drawn(line, right_to_left=True).strip() == command[1:-1], line


def test_english_lines_as_the_command_line_says_them(qapp, tmp_path):
    from ui.import_report import report_said
    said = report_said(_report(tmp_path))
    assert any("casekeeper" in line and not line.strip().startswith("`")
               for line in said.splitlines()), said
