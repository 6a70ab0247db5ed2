"""`casekeeper review` shows every vault record a waiting row may update, each named as she is:
the record a tied row fits as well (by its case number only before), and a note under a record
that another row of the same list updates already (Basma certainly, while Basima is asked)."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Sex"]
BASMA = ["--given", "بسمة", "--given", "Basma", "--father", "خلف", "--father", "Khalaf",
         "--grandfather", "حسن", "--grandfather", "Hassan", "--family", "حسكاني", "--family",
         "Haskani", "--sex", "F", "--village", "Kocho"]


def _vault(tmp_path, *persons: list[str]) -> None:
    assert cli(tmp_path, "init").returncode == 0
    for args in persons:
        added = cli(tmp_path, "person", "add", *args)
        assert added.returncode == 0, added.stderr


def _staged(tmp_path, rows: list[list[str]]) -> list[dict]:
    out = cli(tmp_path, "import", str(write_csv(tmp_path / "list.csv", HEADER, rows)))
    assert out.returncode == 0, out.stderr
    return json.loads(cli(tmp_path, "--json", "review", "1").stdout)


def test_the_record_a_tied_row_fits_as_well_is_named_with_her_names_and_score(tmp_path):
    _vault(tmp_path, BASMA, [*BASMA, "--born", "1998"])  # her record, entered twice
    (w,) = _staged(tmp_path, [["Basma", "Khalaf", "Hassan", "Haskani", "Kocho", "F"]])
    assert w["match"] == "SNJ-00001"
    (other,) = w["fits_as_well"]
    assert other["case_no"] == "SNJ-00002" and other["card"]["born"] == "1998"
    assert other["card"]["name_original"] == "بسمة خلف حسن حسكاني"
    assert other["score"] >= 0.99 and other["contradicts"] == [] and not other["unlikely"]
    shown = cli(tmp_path, "review", "1").stdout
    assert ("or:    SNJ-00002 بسمة خلف حسن حسكاني / Basma Khalaf Hassan Haskani | sex: F | "
            "born: 1998 | village: Kocho (score 0.99") in shown
    assert "to update her: --decide update --person SNJ-00002" in shown


def test_a_record_another_row_updates_certainly_is_noted_not_refused(tmp_path):
    """Row 2 (Basima, her sister perhaps) waits; row 3 (Basma) certainly updates SNJ-00001."""
    _vault(tmp_path, BASMA)
    (w,) = _staged(tmp_path, [["Basima", "Khalaf", "Hassan", "Haskani", "Kocho", "F"],
                              ["Basma", "Khalaf", "Hassan", "Haskani", "Kocho", "F"]])
    assert (w["row"], w["match"], w["updated_by"]) == (2, "SNJ-00001", [3])
    shown = cli(tmp_path, "review", "1").stdout
    assert "note:  row 3 already updates SNJ-00001" in shown
    done = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update",
               "--despite-contradiction")
    assert done.returncode == 0, done.stderr  # a note: the decision stays hers
    assert "note:  row 3 already updates SNJ-00001" in done.stdout


def test_a_record_another_row_was_decided_to_update_is_noted(tmp_path):
    _vault(tmp_path, BASMA)
    waiting = _staged(tmp_path, [["Basima", "Khalaf", "Hassan", "Haskani", "Kocho", "F"],
                                 ["Basma", "Khalaf", "", "", "Kocho", "F"]])
    assert [(w["row"], w["updated_by"]) for w in waiting] == [(2, []), (3, [])]
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "update").returncode == 0
    (w,) = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert (w["row"], w["updated_by"]) == (2, [3])
    assert "note:  row 3 already updates SNJ-00001" in cli(tmp_path, "review", "1").stdout


def test_a_man_s_record_is_him_to_update_not_her(tmp_path):
    """A tester's review said "to update her" of Shamo (M): the pronoun is the record's."""
    shamo = ["--given", "شمو", "--given", "Shamo", "--father", "خلف", "--father", "Khalaf",
             "--grandfather", "حسن", "--grandfather", "Hassan", "--family", "حسكاني", "--family",
             "Haskani", "--sex", "M", "--village", "Kocho"]
    _vault(tmp_path, shamo, [*shamo, "--born", "1990"])
    (w,) = _staged(tmp_path, [["Shamo", "Khalaf", "Hassan", "Haskani", "Kocho", "M"]])
    assert w["fits_as_well"]
    shown = cli(tmp_path, "review", "1").stdout
    assert "to update him: --decide update --person SNJ-00002" in shown
    assert "to update her" not in shown
