"""A date wholly in the future: the command line and New person refuse it, the importer flags
it, all by one rule of the domain."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate

_TODAY = date.today()
# (as typed, wholly in the future); "about" spreads a year two either side
_TYPED = [
    (str(_TODAY.year + 1), True), (f"{_TODAY + timedelta(days=1):%d/%m/%Y}", True),
    (f"about {_TODAY.year + 3}", True),
    (_TODAY.strftime("%d/%m/%Y"), False), (str(_TODAY.year), False),
    (f"about {_TODAY.year + 1}", False), (f"{_TODAY.year + 2}?", False),
    (f"{_TODAY.year - 1}/{_TODAY.year + 1}", False), ("16/08/2014", False), ("about 1998", False),
]


def _cli_refuses(text: str) -> bool:
    from app.cli.options import fuzzy_date

    try:
        fuzzy_date(text, "--born")
    except ValidationError as e:
        assert "in the future" in str(e) and "--born" in str(e)
        return True
    return False


def _form_refuses(text: str) -> bool:
    from ui.new_person import DateField

    box = DateField("birth", "Born")
    box.edit.setText(text)
    try:
        box.read()
    except ValueError as e:
        assert str(e) == f"Born: {text} is in the future"
        return True
    return False


def _import_flags(tmp_path, text: str) -> bool:
    from app.importing import read_table
    from app.importing.convert import Converter
    from app.importing.mapping import suggest
    from tests.import_helpers import write_csv

    path = write_csv(tmp_path / "list.csv", ["Name", "Date of birth"], [["Nadia", text]])
    t = read_table(str(path))
    got = Converter(t, suggest(t)).convert(t.rows[0])
    future = [w for w in got.warnings if "in the future" in w]
    assert (got.person.birth.earliest is None) == bool(future)  # the range is not kept
    return bool(future)


@pytest.mark.parametrize("text,future", _TYPED)
def test_the_command_line_the_form_and_the_importer_agree(qapp, tmp_path, text, future):
    """The rule was written twice (app/cli/options.py and ui/new_person.py) and again in the
    importer; now the domain says it once and each of them asks it."""
    assert FuzzyDate.parse(text).in_future() == future
    assert _cli_refuses(text) == _form_refuses(text) == _import_flags(tmp_path, text) == future
