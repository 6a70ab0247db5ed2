"""The words that say "wife of" are listed once (normalize.WIFE_OF_WORDS), and every reader of a
name takes them from there: a list's cell (name_cells), a name she is known by (tokens,
named_for). Two lists (_WIFE_FIRST, _WIFE_OF) were kept before: one would be extended and the
other forgotten (review of fix38-kin)."""

import ast

import pytest

from app.importing.name_cells import RELATION, WIFE, read_cell
from app.text.normalize import WIFE_OF, WIFE_OF_WORDS, named_for, tokens
from tests.conftest import ROOT

# as written: each phrase of WIFE_OF_WORDS in a spelling a list writes
WRITTEN = {("wife", "of"): "Wife of", ("زوجه",): "زوجة", ("حرم",): "حرم", ("زني",): "ژنی"}


def test_every_phrase_has_its_written_form_here():
    assert set(WRITTEN) == set(WIFE_OF_WORDS)


@pytest.mark.parametrize("phrase", WIFE_OF_WORDS)
def test_each_reader_takes_the_one_list(phrase):
    words = WRITTEN[phrase]
    said = read_cell(f"{words} جميل خلف")
    assert said is not None and said.kind == WIFE and said.said == tuple(words.split())
    assert tokens(f"{words} جميل خلف") == [WIFE_OF, "جميل", "خلف"]
    assert named_for(tokens(f"{words} جميل")) == (WIFE_OF, ("جميل",))
    after = read_cell(f"نادية {words} جميل")  # after her name: whose wife she is, held
    assert after is not None and after.kind == RELATION


def test_no_other_module_lists_them():
    folded = {w for phrase in WIFE_OF_WORDS for w in phrase if not w.isascii()}
    found = []
    for path in (ROOT / "app").rglob("*.py"):
        if path.name == "normalize.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in folded:
                found.append((path.name, node.value))
    assert not found, found
