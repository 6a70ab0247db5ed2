"""The app's refusals a desktop user meets (a case number that is none, a rescue dated before
her abduction, a merged record compared, a photo of another kind...) are said in the
interface's language: they were shown in English in the Arabic window (found by a tester)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from app.domain.errors import ValidationError

ROOT = Path(__file__).resolve().parent.parent


def _templates_said_in_code() -> set[str]:
    """Every message template the code passes to CaseKeeperError.saying, and the values of the
    template tables it picks them from (records._BEFORE_TAKEN, _SEX_REFUSED)."""
    found: set[str] = set()
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "saying" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    from app.records import _BEFORE_TAKEN, _SEX_REFUSED
    return found | set(_BEFORE_TAKEN.values()) | set(_SEX_REFUSED.values())


def test_every_template_said_in_pieces_is_listed_and_translated():
    from ui.error_words import TEMPLATES
    said = _templates_said_in_code()
    assert len(said) >= 20
    assert said <= set(TEMPLATES), said - set(TEMPLATES)
    entries = {e["source"]: e for e in json.loads((ROOT / "TRANSLATIONS.json").read_text(
        encoding="utf-8")) if e["context"] == "Errors"}
    for template in said:
        assert all(entries[template][lang].strip() for lang in ("ar", "ckb", "kmr")), template


@pytest.fixture
def arabic(qapp):
    from ui.i18n import apply_language
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "en")


def test_a_case_number_that_is_none_is_refused_in_arabic(arabic):
    from app.persons import normalise_case_no
    from ui.error_words import error_said
    with pytest.raises(ValidationError) as e:
        normalise_case_no("abc")
    assert str(e.value) == "'abc' is not a case number (they look like SNJ-00123)"
    said = error_said(e.value)
    assert said.startswith("\u2066'abc'\u2069 ليس رقم ملف"), ascii(said)


def test_a_rescue_before_her_abduction_is_refused_in_arabic(arabic, tmp_path):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.domain.records import RescueOperation
    from tests.import_helpers import new_vault
    from ui.error_words import error_said

    s = new_vault(tmp_path / "vault")
    p = s.persons.create(Person(names={NamePart.GIVEN: NameText("بيريفان")}, sex=Sex.FEMALE,
                                abduction_date=FuzzyDate.parse("2014-08-03")))
    with pytest.raises(ValidationError) as e:
        s.records.add_rescue(RescueOperation(date=FuzzyDate.parse("2013-05-01"),
                                             person_ids=[p.id]))
    assert str(e.value).startswith("SNJ-00001 was taken on 2014-08-03: she cannot have been "
                                   "freed on 2013-05-01")
    assert error_said(e.value) == ("اختُطفت \u2066SNJ-00001\u2069 في \u20662014-08-03\u2069: لا "
                                   "يمكن أن تكون قد تحررت في \u20662013-05-01\u2069، قبل ذلك؛ "
                                   "تحقق من التاريخ")


def test_an_unexpected_failure_is_named_in_arabic(arabic):
    from ui.worker import describe_error
    assert describe_error(KeyError("SNJ-00001")) == (
        "خطأ غير متوقع (\u2066KeyError\u2069)؛ لم تتغير الخزنة بسببه")


def test_a_link_that_contradicts_one_they_have_names_both_relations_in_arabic(arabic,
                                                                             tmp_path):
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.domain.records import Relation, RelativeLink
    from tests.import_helpers import new_vault
    from ui.error_words import error_said

    s = new_vault(tmp_path / "vault")
    for name in ("Nadia", "Shami"):
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", name)}, sex=Sex.FEMALE))
    s.records.link_relative("SNJ-00001", "SNJ-00002", RelativeLink(0, 0, Relation.MOTHER))
    with pytest.raises(ValidationError) as e:
        s.records.link_relative("SNJ-00001", "SNJ-00002", RelativeLink(0, 0, Relation.CHILD))
    assert str(e.value) == "SNJ-00002 is already SNJ-00001's mother: not also their child"
    said = error_said(e.value)
    assert "SNJ-00002" in said and "already" not in said
    assert said == ("\u2066SNJ-00002\u2069 مسجّل أصلاً بصفة (أم) لـ \u2066SNJ-00001\u2069: فلا "
                    "يُسجّل أيضاً بصفة (ابن / ابنة)"), ascii(said)


def test_a_folder_in_a_refusal_reads_left_to_right_in_arabic(arabic, tmp_path):
    from app.backup import _check_destination
    from ui.error_words import error_said

    afile = tmp_path / "نسخ" / "قائمة.txt"
    afile.parent.mkdir()
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError) as e:
        _check_destination(tmp_path / "vault", afile)
    assert str(e.value) == f"{afile} is a file, not a folder"
    assert error_said(e.value) == f"\u2066{afile}\u2069 ملف وليس مجلداً"
