"""A conflict two rows of one list say is noted once, and the report says the second repeats
the first row: it named the batch being imported as the one that "already notes" it."""

import json

from app.importing.report import report_text
from tests.import_helpers import cli, write_csv
from tests.report_text_sample import full_report

_ROW = ["Samira", "Eido", "Karim", "F", "Hardan", "missing"]


def _vault_and_list(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    out = cli(tmp_path, "person", "add", "--given", "Samira", "--father", "Eido", "--grandfather",
              "Karim", "--sex", "F", "--village", "Hardan", "--status", "rescued",
              "--status-date", "2015")
    assert out.returncode == 0, out.stderr
    return write_csv(tmp_path / "list.csv",
                     ["Name", "Father", "Grandfather", "Sex", "Village", "Status"], [_ROW, _ROW])


def test_a_conflict_two_rows_of_one_list_say_names_the_earlier_row_not_this_batch(tmp_path):
    path = _vault_and_list(tmp_path)
    out = cli(tmp_path, "import", str(path), "--yes")
    assert out.returncode == 0, out.stderr
    assert "conflict row 2 (SNJ-00001): status: vault keeps 'rescued, 2015', list says 'missing'" \
        in out.stdout
    assert "1 conflict repeats what an earlier row of this list said (row 2): not noted " \
        "again" in out.stdout
    assert "from batch 1" not in out.stdout and "already notes" not in out.stdout
    rep = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)
    assert [(c["row"], c.get("noted_in"), c.get("noted_in_row"))
            for c in rep["conflicts_noted_before"]] == [(3, None, 2)]
    # The next version of the list: both rows were noted by batch 1, and only it is named.
    again = cli(tmp_path, "import", str(path), "--yes", "--again")
    assert again.returncode == 0, again.stderr
    assert "2 conflicts the vault already notes (from batch 1): not noted again" in again.stdout
    assert "from batch 2" not in again.stdout and "earlier row" not in again.stdout


def test_a_report_stored_naming_its_own_batch_is_read_as_an_earlier_row(tmp_path):
    """Reports an earlier version stored say the repeat was noted in their own batch."""
    conflict = {"row": 2, "case_no": "SNJ-00001", "field": "status", "vault": "rescued",
                "list": "missing"}
    rep = {**full_report(), "batch": 4, "conflicts": [conflict],
           "conflicts_noted_before": [{**conflict, "row": 3, "noted_in": 4}]}
    text = report_text(rep)
    assert "1 conflict repeats what an earlier row of this list said (row 2)" in text
    assert "batch 4)" not in text


def test_the_desktop_says_the_repeat_in_its_own_language(qapp, tmp_path):
    from ui.i18n import apply_language
    from ui.import_report import report_said

    path = _vault_and_list(tmp_path)
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    rep = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)
    try:
        for lang, repeats in (("ar", "ما قاله صف سابق من هذه القائمة"),
                              ("ckb", "ڕیزێکی پێشووی ئەم لیستە"),
                              ("kmr", "rêzeke berê ya vê lîsteyê")):
            apply_language(qapp, lang)
            said = report_said(rep)
            assert repeats in said and "earlier row" not in said, said
    finally:
        apply_language(qapp, "en")
