"""The summary's Sex column holds its words whole: where the case numbers' column was widened
to hold "DEMO-03795", the room came partly from the Sex column, and a tester's summary printed
"unknown" as "unknow / n"."""

from __future__ import annotations

import pytest

from app.reports.document import TEXT_WIDTH, style_for
from app.reports.labels import label
from app.reports.summary import _COLUMNS, _whole_columns
from app.reports.tables import _H_PAD, _words_whole
from app.reports.textflow import BidiText
from tests.pdf_glyphs import pdftotext


def _sex_room(lang: str, case_no: str) -> tuple[float, object]:
    """The Sex column's room for its text in a summary of case numbers like case_no."""
    style = style_for(lang, size=7.5, leading_ratio=1.45)
    header = [label(key, lang) for _, key, _ in _COLUMNS]
    row = ["" for _ in _COLUMNS]
    row[0] = case_no
    at = next(i for i, (_, key, _) in enumerate(_COLUMNS) if key == "sex")
    row[at] = label("sex_U", lang)
    widths = _words_whole([header, row], 1, [TEXT_WIDTH * w for _, _, w in _COLUMNS], style,
                          _whole_columns(_COLUMNS))
    return widths[at] - 2 * _H_PAD, style


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
@pytest.mark.parametrize("case_no", ["SNJ-00001", "DEMO-03795"])
def test_no_word_of_a_sex_is_cut(lang, case_no):
    """Each word on one line (غير معروف and nayê zanîn may take two)."""
    inner, style = _sex_room(lang, case_no)
    for key in ("sex", "sex_F", "sex_M", "sex_U"):
        for word in label(key, lang).split():
            one_line = BidiText(word, style).wrap(1000, 1e6)[1]
            assert BidiText(word, style).wrap(inner, 1e6)[1] == one_line, (lang, word, inner)


def test_unknown_is_printed_whole(cli, tmp_path):
    assert cli("init", "--prefix", "DEMO").returncode == 0
    assert cli("person", "add", "--given", "Haifa", "--father", "Saleh").returncode == 0
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), "--profile", "internal")
    assert r.returncode == 0, r.stderr
    words = pdftotext(out.read_bytes()).split()
    assert "unknow" not in words and words.count("unknown") >= 2  # her sex, her status
