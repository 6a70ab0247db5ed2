"""Why a column's field was suggested: the command line's English as it was, and the desktop's
words for every reason, in Arabic, Sorani and Kurmanji, each value in it isolated."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from tests.mapping_reason_samples import english_words, reasons_english, sample_mappings
from tests.report_text_sample import CLI_WORDS

REFERENCE = ROOT / "tests" / "reference" / "mapping_reasons_cli.txt"


def test_the_command_lines_reasons_read_word_for_word_as_before(tmp_path):
    """mapping_reasons_cli.txt was written by the importer before its reasons were said in
    pieces for the desktop: what `import --dry-run` says of each column is unchanged."""
    assert reasons_english(tmp_path) == REFERENCE.read_text(encoding="utf-8")


def test_every_reason_template_has_the_desktops_translation(qapp, tmp_path):
    """A template the importer says that ui/import_report.py does not list is not in the .ts
    files (lupdate reads ui/ only): the mapping step would show that reason in English."""
    from app.importing import reasons
    from app.importing.pieces import Sentence
    from ui.import_report import TEMPLATES

    assert set(reasons.TEMPLATES) - TEMPLATES == set()
    said = [r for m in sample_mappings(tmp_path) for r in m.reasons.values()]
    assert said and all(isinstance(r, Sentence) for r in said)


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # those not in the .qm files yet
def test_every_reason_reads_in_the_interface_language(qapp, tmp_path, lang):
    """The mapping step's "Why suggested" said "header 'الاب' matches 'الاب' (100% Arabic
    script: original script)" to a person working in Arabic."""
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    reasons = [r for m in sample_mappings(tmp_path) for r in m.reasons.values()]
    try:
        apply_language(qapp, lang)
        # Laid out right to left, every value is isolated (Latin ones too): what is left
        # outside the isolates is the reason's own words.
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for reason in reasons:
            said = sentence_said(reason)
            bare = re.sub("[\u2066\u2068][^\u2069]*\u2069", " ", said)
            # whole words: Kurmanji "dayîn" (given) is no English "day"
            left = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", bare) if w.isascii()}
            assert left & english_words() == set(), (str(reason), said)
            if lang != "kmr":
                assert left - CLI_WORDS == set(), (str(reason), said)
    finally:
        apply_language(qapp, "en")


def test_header_labels_in_a_reason_keep_their_order_in_an_english_interface(qapp, tmp_path):
    """'الاب', 'الجد', 'اللقب' set into an English sentence came out as 'اللقب', 'الجد',
    'الاب': between two Arabic words a comma takes their direction. Each is isolated."""
    from ui.import_report import sentence_said

    (named_elsewhere,) = [r for r in sample_mappings(tmp_path)[0].reasons.values()
                          if "names come from" in r]
    assert sentence_said(named_elsewhere) == (
        "no header match; the values are Arabic script like names, but the names come from "
        "\u2068'الاسم'\u2069, \u2068'اسم الاب'\u2069, so this column is left unmapped (raw kept "
        "in provenance; map it by hand if it holds names)")
