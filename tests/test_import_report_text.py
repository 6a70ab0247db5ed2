"""The import report's text: the command line's words as they were, and every piece of it has
the desktop's translation."""

from __future__ import annotations

from app.importing.report import english, report_lines, report_text
from tests.conftest import ROOT
from tests.report_text_sample import bare_report, full_report, long_report

REFERENCE = ROOT / "tests" / "reference" / "import_report_cli.txt"


def test_the_command_lines_report_reads_word_for_word_as_before():
    """import_report_cli.txt was written by report_text before the report was said in pieces
    (templates and values) for the desktop: the terminal's text is unchanged, every branch."""
    said = "\n=====\n".join(report_text(f()) for f in (full_report, bare_report, long_report))
    assert said + "\n" == REFERENCE.read_text(encoding="utf-8")
    assert report_text(full_report()) == "\n".join(map(english, report_lines(full_report())))
