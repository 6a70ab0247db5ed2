"""A row whose list value differs from the vault's (the vault keeps its own) said "matched
SNJ-00014, nothing new" in the rows of the list and in the rows CSV the lawyer opens in Excel:
the difference stood only in a conflict line higher up in the report. The row says it on its
own line now, on the command line, the rows CSV, JSON (kept_against) and the desktop's rows
table, in the interface's language."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import write_csv

HEADER = ["Name", "Father", "Village", "Sex"]
SAID = "the list's village 'Hardan' differs from the vault's 'Kocho' (kept)"


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def test_a_row_the_vault_kept_its_own_value_against_says_so_in_its_own_row(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    first = write_csv(tmp_path / "list.csv", HEADER,
                      [["Nadia", "Murad", "", "F"], ["Jilan", "Khalaf", "Kocho", "F"]])
    _ok(cli, "import", str(first), "--source", "NGO")
    # the lawyer's Kocho: not the NGO's own earlier word, which its next version would correct
    # (tests/test_import_sender_corrects_own_list.py)
    _ok(cli, "person", "edit", "SNJ-00001", "--village", "Kocho")
    again = write_csv(tmp_path / "list_v2.csv", HEADER,
                      [["Nadia", "Murad", "Hardan", "F"], ["Jilan", "Khalaf", "Kocho", "F"]])
    said = _ok(cli, "import", str(again), "--source", "NGO").stdout
    assert f"    row 2: Nadia Murad: matched SNJ-00001; {SAID}\n" in said, said
    assert "    row 3: Jilan Khalaf: matched SNJ-00002, nothing new" in said, said
    report = _ok(cli, "review", "2", "--report", "--rows-csv", str(tmp_path / "rows.csv")).stdout
    assert f"    row 2: Nadia Murad: matched SNJ-00001; {SAID}\n" in report, report
    csv_text = (tmp_path / "rows.csv").read_text(encoding="utf-8-sig")
    assert f"2,Nadia Murad,matched SNJ-00001; {SAID},SNJ-00001" in csv_text, csv_text
    assert "nothing new" not in csv_text.splitlines()[1]
    rows = json.loads(_ok(cli, "--json", "review", "2", "--report").stdout)["rows"]
    assert rows[0]["kept_against"] == [{"field": "origin_village", "vault": "Kocho",
                                        "list": "Hardan"}]
    assert rows[1]["kept_against"] == []


def test_the_row_says_it_when_an_earlier_import_noted_it_already(cli, tmp_path):
    """A third version saying Hardan again is not noted again on her page (conflicts.py), but
    its row differs from the vault all the same."""
    _ok(cli, "init", "--prefix", "SNJ")
    for n, village in enumerate(["", "Hardan", "Hardan"], 1):
        path = write_csv(tmp_path / f"list{n}.csv", HEADER,
                         [["Nadia", "Murad", village, "F"], ["Jilan", "Khalaf", "Kocho", "F"]]
                         + [["Hevi", "Suleiman", "Kocho", "F"]] * (n == 3))
        said = _ok(cli, "import", str(path), "--source", "NGO").stdout
        if n == 1:  # the lawyer's Kocho, not the NGO's to correct
            _ok(cli, "person", "edit", "SNJ-00001", "--village", "Kocho")
    assert "1 conflict the vault already notes (from batch 2): not noted again" in said, said
    assert f"    row 2: Nadia Murad: matched SNJ-00001; {SAID}\n" in said, said
    data = json.loads(_ok(cli, "--json", "review", "3", "--report").stdout)
    assert data["rows"][0]["kept_against"][0]["list"] == "Hardan"


@pytest.mark.parametrize(("lang", "words"), [("ar", "طابق"), ("ckb", "گونجا"), ("kmr", "li")])
@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktops_rows_table_says_it_in_the_interface_language(qapp, lang, words):
    from ui.i18n import apply_language
    from ui.import_rows import what_happened

    entry = {"row": 5, "name": "Nadiya Mûrad", "result": "unchanged", "case_no": "SNJ-00014",
             "same_as_row": None, "withdrawn_from": None, "reason": "", "decision": "update",
             "erased": False, "kept_as": None,
             "kept_against": [{"field": "origin_village", "vault": "Kocho", "list": "Hardan"}]}
    apply_language(qapp, lang)
    try:
        said = what_happened(entry, {})
        nothing_new = what_happened(dict(entry, kept_against=[]), {})
    finally:
        apply_language(qapp, "en")
    assert words in said and "SNJ-00014" in said, said
    assert "'Hardan'" in said and "'Kocho'" in said, said
    assert nothing_new not in said  # "matched, nothing new" is no longer said of it
    assert not {"list", "vault", "differs", "kept", "village"} & set(
        said.replace("'Hardan'", "").replace("'Kocho'", "").split()), said
