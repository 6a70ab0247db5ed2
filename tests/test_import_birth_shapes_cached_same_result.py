"""A birth cell's shape (an age, a word for "about" and a number, a bare number), asked of every
birth cell of a list, is kept once per text: what is kept is what reading it anew says, and a
row's cells as text are each cell's text."""

import datetime as dt

from app.domain.fuzzydate import about_a_number
from app.importing.ages import looks_like_age, says_age
from app.importing.birth_numbers import bare_number
from app.importing.table import Row, cell_text

_CELLS = ["", "12", "٧", "05", "0", "12.0", "1998", "about 20", "حوالي ٢٠", "20 تقريبا", "~20",
          "about 1998", "عمر 7", "16 سنة", "7 years", "6 أشهر", "250 سنة", "6 m", "age 12 in 2014",
          "20-25", "3/8/2014", "Nadia", " 12 ", "about 0"]


def test_kept_shapes_are_those_read_anew():
    for f in (about_a_number, looks_like_age, says_age, bare_number):
        f.cache_clear()
        for _ in range(2):  # asked again: the kept answer
            for text in _CELLS:
                assert f(text) == f.__wrapped__(text), (f.__name__, text)
    assert about_a_number("about 20") == "20" and bare_number("12.0") == "12"
    assert says_age("16 سنة") and not says_age("1998") and looks_like_age("16 سنة")


def test_a_rows_texts_are_its_cells_texts():
    values = ("Nadia ", None, 1998.0, 12, True, dt.datetime(2014, 8, 3), dt.date(2014, 8, 3),
              " نادية", 1.5)
    assert Row(2, values).texts() == tuple(cell_text(v) for v in values) \
        == ("Nadia", "", "1998", "12", "TRUE", "2014-08-03", "2014-08-03", "نادية", "1.5")
