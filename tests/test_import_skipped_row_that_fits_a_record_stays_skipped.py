"""A row the lawyer skipped by hand that fits a vault record (her sister's row, a probable match
with her) stays skipped in the list's next version when it is the same row, cell for cell, as a
row fitting no one does: said as skipped before, in the dry run as in the import, and again in
the version after. Before, it waited for a decision again at every version, and `import --yes`
made it a second record of the woman it fits (found in review). Its cells changed, it is asked
about as its match says. Real csv and xlsx files, a real vault, the real command line."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv, write_xlsx
from tests.test_import_withdrawn_row_waits_in_the_next_version import (
    HEADER,
    JIHAN,
    SIHAM,
    SISTER,
    _taken_back,
)
from tests.ui_support import new_translations  # noqa: F401 - a fixture

LAYLA = ["ليلى", "حسن", "علي", "انثى", "1999"]
AGAIN = "row 2: skipped again (skipped by hand in the last version, the same row) though it is a " \
        "probable match with SNJ-00001"
COUNTS = ("In all, 3 rows: 1 new person, 1 skipped again as skipped by hand in the last version, "
          "1 certain match (updates or repeats of an earlier row), 0 probable matches")


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _persons(tmp_path) -> list[str]:
    return sorted(p["case_no"] for p in json.loads(_ok(tmp_path, "--json", "person", "list")))


def _skipped_in_review(tmp_path, init: bool = True) -> None:
    """Nadia in the vault; v1's row 2, her sister's, waits as a probable match: skipped."""
    if init:
        _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "نادية", "--father", "خلف", "--grandfather", "رشو",
        "--sex", "F", "--born", "1998", "--village", "Kocho")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho.csv", HEADER, [SISTER, JIHAN])),
        "--source", "NGO Duhok")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "skip", "--commit")


def test_the_same_row_skipped_in_review_is_skipped_again_though_it_fits_her(tmp_path):
    _skipped_in_review(tmp_path)
    before = _persons(tmp_path)
    v2 = write_xlsx(tmp_path / "kocho.xlsx", [("List", [HEADER, SISTER, JIHAN, SIHAM])])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run", "--yes")
    assert AGAIN in dry and COUNTS in dry, dry
    [row] = [r for r in json.loads(_ok(tmp_path, "--json", "import", str(v2), "--source",
                                          "NGO Duhok", "--dry-run"))["rows"] if r["row"] == 2]
    assert row["skipped_then"] == "skip" and row["match"] == "SNJ-00001"
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert "possible duplicate" not in out and "waits for a decision" not in out, out
    assert "skipped row 2: skipped again: the same row as batch 1, row 2, skipped by hand" in out
    assert "created 1" in out and "skipped 1" in out, out
    assert len(_persons(tmp_path)) == len(before) + 1  # Siham only
    rep = json.loads(_ok(tmp_path, "--json", "review", "2", "--report"))
    assert [s["why"] for s in rep["skipped"]] == [
        "skipped again: the same row as batch 1, row 2, skipped by hand"]
    # the version after it, without --yes: skipped again, nothing waits
    v3 = write_csv(tmp_path / "kocho_v3.csv", HEADER, [SISTER, JIHAN, SIHAM, LAYLA])
    out = _ok(tmp_path, "import", str(v3), "--source", "NGO Duhok")
    assert "skipped row 2: skipped again: the same row as batch 1, row 2, skipped by hand" in out
    assert "(committed)" in out and "waits" not in out, out
    assert len(_persons(tmp_path)) == len(before) + 2  # and Layla


def test_skipped_after_its_withdrawal_the_same_row_is_skipped_again(tmp_path):
    """Withdrawn from Nadia, then decided skip: her skip stands for the same row, which the
    dry run and the import both say (before, it waited at every version, naming the
    withdrawal)."""
    _taken_back(tmp_path, again="skip")
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [SISTER, JIHAN, SIHAM])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run")
    assert AGAIN in dry and "withdrawn in an earlier version" not in dry, dry
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok")
    assert "skipped row 2: skipped again: the same row as batch 1, row 2, skipped by hand" in out
    assert "(committed)" in out, out


def test_the_row_changed_since_it_was_skipped_is_asked_about(tmp_path):
    """Her row now gives another year: it is the lawyer's to decide again, not skipped."""
    _skipped_in_review(tmp_path)
    changed = [*SISTER[:4], "1995"]
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [changed, JIHAN, SIHAM])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run")
    assert "row 2: probable match with SNJ-00001" in dry and "skipped again" not in dry, dry
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok")
    assert "row 2: نادية خلف: waits for a decision" in out, out


def test_the_desktop_preview_says_it_is_skipped_again_and_imports(qtbot, gui, made_vault,
                                                                   tmp_path):
    """The import window names the row skipped again, counts it so, and nothing waits: its
    button says Import."""
    from tests.test_ui_import_preview_words import _preview

    folder, _code = made_vault  # the vault the command line opens (tmp_path / "vault")
    _skipped_in_review(tmp_path, init=False)
    wizard = _preview(qtbot, gui, folder, write_csv(tmp_path / "kocho.csv", HEADER,
                                                    [SISTER, JIHAN, SIHAM]))
    assert wizard.preview.model.item(0, 1).text() == "skipped again, as by hand last time"
    assert "skipped again, as by hand last time: 1" in wizard.preview_info.text()
    assert "probable" not in wizard.preview_info.text(), wizard.preview_info.text()
    assert wizard.stage_button.text() == "Import"
    # the row in full: skipped again, not "Not certain: you decide in the next step."
    wizard._show_row_details([wizard.preview.model.index(0, 0)])
    said = wizard.preview_details.text()
    assert ("Skipped again: you skipped this same row by hand in the list's last version, so "
            "nothing of it is imported.") in said and "Not certain" not in said, said


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktop_says_it_in_its_language(qtbot, gui, made_vault, tmp_path):
    from tests.test_ui_import_preview_words import _preview

    folder, _code = made_vault
    _skipped_in_review(tmp_path, init=False)
    wizard = _preview(qtbot, gui, folder, write_csv(tmp_path / "kocho.csv", HEADER,
                                                    [SISTER, JIHAN, SIHAM]), "ar")
    wizard._show_row_details([wizard.preview.model.index(0, 0)])
    said = wizard.preview_details.text()
    assert "تُخطّي مرة أخرى: تخطّيت هذا الصف نفسه يدوياً" in said, said
    assert "Skipped" not in said


def test_a_certain_match_skipped_by_hand_previews_no_update_and_no_number(tmp_path):
    """Jihan's row, a certain match with her, skipped by hand all the same (--override): the
    same row of the next version is skipped again, so the dry run shows it changing nothing of
    her and adding no family contact, as the import then does."""
    header = [*HEADER, "القرية", "رقم الهاتف"]
    jihan = [*JIHAN, "كوجو", "07501234567"]
    _ok(tmp_path, "init", "--prefix", "SNJ")
    for given, father, grandfather, born in (("نادية", "خلف", "رشو", "1998"),
                                              ("جيهان", "مراد", "حسن", "1990")):
        _ok(tmp_path, "person", "add", "--given", given, "--father", father, "--grandfather",
            grandfather, "--sex", "F", "--born", born)
    v1 = write_csv(tmp_path / "kocho.csv", header, [[*SISTER, "", ""], jihan])
    _ok(tmp_path, "import", str(v1), "--source", "NGO Duhok")
    _ok(tmp_path, "review", "1", "--row", "3", "--decide", "skip", "--override")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "skip", "--commit")
    v2 = write_csv(tmp_path / "kocho.csv", header, [[*SISTER, "", ""], jihan, [*SIHAM, "", ""]])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run")
    assert ("row 3: skipped again (skipped by hand in the last version, the same row) though it "
            "is a certain match with SNJ-00002\n") in dry, dry
    assert "would add" not in dry and "would change" not in dry, dry
    assert "Family contacts" not in dry, dry  # its number is on no row to be imported
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok")
    assert "skipped 2" in out, out
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00002"))
    assert shown["family_contacts"] == [] and not shown["origin_village"], shown
