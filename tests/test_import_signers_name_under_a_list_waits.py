"""A name under a list's total and signature lines («توقيع مختار القرية», then the mukhtar's name)
is no person made unasked: it waits for a decision of its own (no --yes, no `review --all`),
its reason naming the line above it, and the rows still add up. Before, the label was rejected
and the mukhtar became a new person of unknown sex at once (a tester's family_formula.xlsx).
A second part of a list under a total, its rows as full as the first's, is still imported."""

from __future__ import annotations

import json

import pytest

from app.importing.footer import find_footer
from app.importing.reader import read_table
from tests.import_helpers import cli, ok, write_csv, write_xlsx

HEADER = ["ت", "الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية", "الحالة"]
WOMEN = [[1, "نادية", "خلف", "رشو", "انثى", 1995, "كوجو", "مفقودة"],
         [2, "ليلى", "الياس", "حيدر", "انثى", 1998, "كوجو", "مفقودة"],
         [3, "بسمة", "حسن", "قاسم", "انثى", 2003, "حردان", "مفقودة"]]


def _family_list(tmp_path, below):
    return write_xlsx(tmp_path / "family.xlsx", [("الاسماء", [
        ["قائمة المختطفات من عائلة خلف"], HEADER, *WOMEN, *below])])


SIGNED = [["المجموع", 3], [], [None, "توقيع مختار القرية"], [None, "خلف رشو"]]
WAITS = ("row 9: waits for a decision (under the line on row 8, the signer's name perhaps): "
         "خلف رشو")
WHY = ("below the line on row 8 ('توقيع مختار القرية'), which ends the list: the name of "
       "whoever signed it, perhaps, or a person named after its end; it waits for a decision of its own")


def test_the_dry_run_says_the_mukhtars_name_waits_and_the_rows_add_up(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    out = ok(tmp_path, "import", str(_family_list(tmp_path, SIGNED)), "--source", "fam",
             "--dry-run", "--yes").stdout
    assert "row 8: rejected: 'توقيع مختار القرية' below the list is a signature line" in out, out
    assert WAITS in out and WHY in out, out
    assert ("In all, 6 rows: 3 new persons, 1 under the list's signature or total line, the "
            "signer's name perhaps (waits for your decision, also with --yes: nothing is "
            "imported until decided), 0 certain matches") in out, out
    assert out.rstrip().endswith("2 rejected"), out


def test_the_import_with_yes_makes_no_person_of_it_and_review_lists_it(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    out = ok(tmp_path, "import", str(_family_list(tmp_path, SIGNED)), "--source", "fam",
             "--yes").stdout
    assert ("1 name under the list's signature or total line (the signer's, perhaps) waits "
            "for your decision: casekeeper review 1") in out, out
    assert json.loads(ok(tmp_path, "--json", "person", "list").stdout) == []  # nothing yet
    review = ok(tmp_path, "review", "1").stdout
    assert "row 9: waits for a decision (under the line on row 8, the signer's name " \
           "perhaps)" in review, review
    bulk = ok(tmp_path, "review", "1", "--all", "create").stdout
    assert ("1 row left waiting: a bulk decision does not decide it" in bulk
            and "  row 9: below the line on row 8 ('توقيع مختار القرية'): the signer's name, "
                "perhaps" in bulk), bulk
    refused = cli(tmp_path, "review", "1", "--commit")
    assert refused.returncode != 0 and "row 9" in refused.stderr + refused.stdout
    done = ok(tmp_path, "review", "1", "--row", "9", "--decide", "skip", "--commit").stdout
    assert "row 9: خلف رشو: skipped" in done, done
    listed = json.loads(ok(tmp_path, "--json", "person", "list").stdout)
    assert len(listed) == 3


@pytest.mark.parametrize("label", ["التوقيع", "ختم المختار", "اسم المسؤول", "المختار",
                                   "واژۆ", "Îmze", "Mohr", "Signature of the village head",
                                   "Approved by", "Prepared by"])
def test_a_name_under_any_signers_label_waits(tmp_path, label):
    path = _family_list(tmp_path, [[], [None, label], [None, "خلف رشو"]])
    footer = find_footer(read_table(str(path)))
    assert footer.held == {8: (7, label)}, (label, footer)


def test_a_name_alone_under_the_total_waits_but_a_second_part_of_the_list_imports(tmp_path):
    alone = find_footer(read_table(str(_family_list(tmp_path, [["المجموع", 3],
                                                               [None, "خلف رشو"]]))))
    assert alone.held == {7: (6, "المجموع | 3")}
    # the list carries on under its total with names alone, and closes with its own total
    two = write_csv(tmp_path / "two.csv", ["Name", "Father", "Village"], [
        ["Nadia", "Khalaf", "Kocho"], ["Layla", "Ilyas", "Kocho"], ["Total", "2", ""],
        ["Basma", "", ""], ["Jamila", "", ""], ["Total", "2", ""]])
    assert find_footer(read_table(str(two))).held == {}
    ok(tmp_path, "init", "--prefix", "SNJ")
    rep = json.loads(ok(tmp_path, "--json", "import", str(two), "--source", "x", "--yes").stdout)
    assert rep["results"]["created"] == 4, rep
    # a name with more beside it under a total is a woman, perhaps: imported, to check
    short = write_csv(tmp_path / "short.csv", ["Name", "Father", "Village"], [
        ["Nadia", "Khalaf", "Kocho"], ["Total", "1", ""], ["Basma", "", "Hardan"]])
    footer = find_footer(read_table(str(short)))
    assert footer.held == {} and footer.below == {4: 3}


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "waits: under the list's signature or total"),
    ("ar", "ينتظر قرارك: تحت توقيع القائمة أو مجموعها")])
def test_the_desktop_preview_says_the_mukhtars_name_waits(qtbot, gui, made_vault, tmp_path,
                                                          new_translations, lang, said):
    from tests.test_ui_import_preview_words import _outcomes, _preview

    folder, _code = made_vault
    wizard = _preview(qtbot, gui, folder, _family_list(tmp_path, SIGNED), lang)
    assert _outcomes(wizard)[-1] == said
    assert wizard.stage_button.text() != wizard.tr("Import")  # it goes on to the decisions
    wizard.preview.table.selectRow(wizard.preview.model.rowCount() - 1)
    if lang == "en":
        assert "under the line on row 8, which ends the list: the name of whoever signed it" \
            in wizard.preview_details.text(), wizard.preview_details.text()


@pytest.mark.parametrize("lang, no_one, why", [
    ("en", "No one in the vault", "It stands under the line on row 8, which ends the list"),
    ("ar", "لا أحد في الخزنة", "يقع تحت السطر في الصف \u20668\u2069، الذي تنتهي به القائمة")])
def test_the_decision_page_says_why_the_mukhtars_name_waits(qtbot, gui, made_vault, tmp_path,
                                                             new_translations, lang, no_one, why):
    """The decision page named the held row's candidate "row None" and gave no reason (a
    review of the change)."""
    from tests.test_ui_import_preview_words import _preview
    from ui.import_wizard import REVIEW_DECISION

    folder, _code = made_vault
    wizard = _preview(qtbot, gui, folder, _family_list(tmp_path, SIGNED), lang)
    wizard.stage_button.click()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    model = wizard.review.model
    cells = [[model.item(r, c).text() if model.item(r, c) else "" for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    held = [row for row in cells if "رشو" in row[1]]  # words joined by no-break spaces
    assert len(held) == 1, cells
    assert held[0][2] == no_one and "None" not in " ".join(held[0])
    assert why in held[0][4], held[0][4]
    box = wizard.review.table.indexWidget(model.index(cells.index(held[0]), REVIEW_DECISION))
    assert box.currentData() is None  # Choose...: nothing is made of it unasked
