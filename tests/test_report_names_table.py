"""The dossier's names table puts every spelling under the column of its own script."""

from __future__ import annotations

import pytest

from app.reports.bidi_levels import EXPLICIT
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import glyph_lines
from tests.report_samples import sample_source


def _plain(cell: str) -> str:
    return "".join(ch for ch in cell if ch not in EXPLICIT)


def _source():
    src = sample_source()
    src.person.aliases = ["Xelîl Şêx Çiya", "خليل شيخ جيا", "Aveen Khalil"]
    return src


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_aliases_sit_under_the_column_of_their_script(lang):
    view = select_dossier(_source(), Profile.INTERNAL, lang)
    names = view.sections[0]
    aliases = [[_plain(c) for c in row[1:]] for row in names.rows[-3:]]
    assert aliases == [["", "Xelîl Şêx Çiya"], ["خليل شيخ جيا", ""], ["", "Aveen Khalil"]]


def test_a_latin_alias_is_drawn_in_the_latin_column():
    lines = [line for page in glyph_lines(render_dossier(
        select_dossier(_source(), Profile.INTERNAL, "en"))) for line in page]

    def x_of(word: str, row: str) -> float:
        for line in lines:
            if line.visual.startswith(row) and word in line.visual:
                return line.chars[line.visual.index(word)][0]
        raise AssertionError(word)

    alias_x = x_of("Xelîl Şêx Çiya", "Other spellings")
    assert abs(alias_x - x_of("Evîn", "Given name")) < 1  # under the Latin given name
    assert alias_x > x_of("Other spellings", "Other spellings") + 200


def test_in_arabic_a_womans_status_is_said_in_the_feminine_and_a_mans_in_the_masculine():
    """A family reads مفقودة, أُنقذت for their daughter: the masculine forms (مفقود, أُنقذ) are
    for a man; a person whose sex is not recorded is spoken of as either (مفقود/ة), as on
    screen: beside المعروف/ة a feminine status read as half a guess."""
    from app.domain.person import Sex

    def statuses(sex, lang="ar"):
        src = _source()
        src.person.sex = sex
        view = select_dossier(src, Profile.INTERNAL, lang)
        cells = [_plain(c) for s in view.sections for row in s.rows for c in row]
        cells += [_plain(v) for s in view.sections for _, v in s.pairs]
        return cells

    hers = statuses(Sex.FEMALE)
    assert {"مفقودة", "شوهدت", "أُنقذت"} <= set(hers) and "مفقود" not in hers
    either = statuses(Sex.UNKNOWN)
    assert {"مفقود/ة", "شوهد/ت", "أُنقذ/ت"} <= set(either) and "مفقودة" not in either
    his = statuses(Sex.MALE)
    assert {"مفقود", "شوهد", "أُنقذ"} <= set(his) and "مفقودة" not in his
    assert "rescued" in statuses(Sex.FEMALE, "en")
