"""A row the lawyer took back from a woman (`review 1 --row 2 --withdraw`, then skipped or left)
came back in the list's next version: a probable match, and `import --yes` made it a second
record of a woman already known, said only as a possible duplicate; a certain match, and it
went back onto her. It waits for a decision now, also with --yes, its reason naming the
withdrawal; skipped by hand since, the same row is skipped again. A row decided again onto a
person goes where that decision sent it. Real csv and xlsx files, a real vault, the real
command line."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv, write_xlsx
from tests.ui_support import new_translations  # noqa: F401 - a fixture

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد"]
# her sister's row: no grandfather, another year: a probable match with Nadia (SNJ-00001)
SISTER = ["نادية", "خلف", "", "انثى", "1996"]
JIHAN = ["جيهان", "مراد", "حسن", "انثى", "1990"]
SIHAM = ["سهام", "الياس", "خدر", "انثى", "2000"]
WHY = "withdrawn in an earlier version of this list (batch 1, row 2) from SNJ-00001 on "


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _persons(tmp_path) -> list[str]:
    return [p["case_no"] for p in json.loads(_ok(tmp_path, "--json", "person", "list"))]


def _taken_back(tmp_path, again: str | None = "skip") -> None:
    """Nadia in the vault; v1's row 2, decided onto her by hand, withdrawn from her."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "نادية", "--father", "خلف", "--grandfather", "رشو",
        "--sex", "F", "--born", "1998", "--village", "Kocho")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho.csv", HEADER, [SISTER, JIHAN])),
        "--source", "NGO Duhok")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--commit")
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "her sister")
    if again:
        _ok(tmp_path, "review", "1", "--row", "2", "--decide", again)


def test_a_withdrawn_row_is_not_made_a_second_record_by_yes(tmp_path):
    _taken_back(tmp_path, again=None)  # left withdrawn (skipped by hand, it is skipped again)
    before = _persons(tmp_path)
    v2 = write_xlsx(tmp_path / "kocho.xlsx", [("List", [HEADER, SISTER, JIHAN, SIHAM])])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run")
    assert "row 2: probable match with SNJ-00001" in dry and WHY in dry, dry
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert "possible duplicate" not in out
    assert "row 2: نادية خلف: waits for a decision" in out, out
    assert _persons(tmp_path) == before  # the batch waits whole: nothing made yet
    [row] = json.loads(_ok(tmp_path, "--json", "review", "2"))
    assert row["row"] == 2 and row["match_case"] == "SNJ-00001"
    assert WHY in row["why"] and "it waits for a decision, also with --yes" in row["why"]
    # the lawyer's own decision takes it, as any waiting row's
    _ok(tmp_path, "review", "2", "--row", "2", "--decide", "skip", "--commit")
    assert len(_persons(tmp_path)) == len(before) + 1  # Siham only


def test_a_certain_match_withdrawn_and_left_does_not_go_back_onto_her(tmp_path):
    """Her sister's row taken back and left withdrawn: the next version's row, a certain match
    by the names now, waits instead of updating her."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "جيهان", "--father", "مراد", "--grandfather", "حسن",
        "--sex", "F", "--born", "1990")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "k.csv", HEADER, [JIHAN, SIHAM])),
        "--source", "NGO Duhok", "--yes")
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    v2 = write_csv(tmp_path / "k2.csv", HEADER, [JIHAN, SIHAM, SISTER])
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert "row 2: جيهان مراد حسن: waits for a decision" in out, out
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001"))
    assert not [p for p in shown["provenance"] if not p.get("withdrawn")]


def test_skipped_by_hand_when_it_came_back_the_version_after_skips_it_again(tmp_path):
    """Left withdrawn, v2's row waits; skipped by hand there, v3's same row is skipped again
    (her word on it stands: skipped_then.py), neither asked nor made a second record."""
    _taken_back(tmp_path, again=None)
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [SISTER, JIHAN, SIHAM])
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert "row 2: نادية خلف: waits for a decision" in out, out
    _ok(tmp_path, "review", "2", "--row", "2", "--decide", "skip", "--commit")
    before = _persons(tmp_path)
    v3 = write_csv(tmp_path / "kocho_v3.csv", HEADER, [SISTER, JIHAN, SIHAM, ["ليلى", "حسن", "علي",
                                                                           "انثى", "1999"]])
    out = _ok(tmp_path, "import", str(v3), "--source", "NGO Duhok", "--yes")
    assert "skipped row 2: skipped again: the same row as batch 2, row 2, skipped by hand" in out
    assert "possible duplicate" not in out and "waits for a decision" not in out, out
    assert len(_persons(tmp_path)) == len(before) + 1  # Layla only


def test_a_row_decided_again_onto_a_new_person_follows_her(tmp_path):
    """Withdrawn, then made a woman of her own by hand: the next version's row is hers."""
    _taken_back(tmp_path, again="create")
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [SISTER, JIHAN, SIHAM])
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert "row 2: نادية خلف: matched SNJ-00003" in out, out
    assert "withdrawn in an earlier version" not in out


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktop_review_says_why_in_its_language(qapp):
    from app.importing.withdrawn_then import withdrawn_note
    from ui.i18n import apply_language
    from ui.labels import explanation_text

    why = f"given match, father match; {withdrawn_note(1, 2, 'SNJ-00001', '2026-12-06')}"
    try:
        apply_language(qapp, "ar")
        said = explanation_text(why)
    finally:
        apply_language(qapp, "en")
    assert "سُحب في نسخة سابقة" in said and "SNJ-00001" in said and "2026-12-06" in said
    assert "withdrawn" not in said


def test_listed_twice_in_the_next_version_neither_row_is_made_her_second_record(tmp_path):
    """The next version names her twice (ي and ی): the rows are one key, and each waits."""
    _taken_back(tmp_path)
    before = _persons(tmp_path)
    twice = ["نادیة", "خلف", "", "انثى", "1996"]
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [SISTER, JIHAN, twice, SIHAM])
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert "possible duplicate" not in out, out
    waiting = json.loads(_ok(tmp_path, "--json", "review", "2"))
    assert sorted(r["row"] for r in waiting) == [2, 4]
    assert all(WHY in r["why"] for r in waiting)
    assert _persons(tmp_path) == before
