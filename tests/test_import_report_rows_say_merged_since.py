"""An import's report lists each row with the record it made; that record merged into another
since, the row said only "created SNJ-00001", and the lawyer looked for a record that now
stands behind another. It says where she is found now, on the command line, in the rows CSV
and JSON, and in the desktop's rows table."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def test_a_row_whose_record_was_merged_since_names_the_record_kept(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Village", "Sex"],
                     [["Nadia", "Murad", "Kocho", "F"], ["Jilan", "Khalaf", "Kocho", "F"]])
    _ok(cli, "import", str(path), "--source", "NGO")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Murad", "--sex", "F")
    _ok(cli, "merge", "SNJ-00003", "SNJ-00001")
    said = _ok(cli, "review", "1", "--report").stdout
    assert "    row 2: Nadia Murad: created SNJ-00001 (merged into SNJ-00003 since)" in said, said
    assert "    row 3: Jilan Khalaf: created SNJ-00002\n" in said, said
    rows = json.loads(_ok(cli, "--json", "review", "1", "--report").stdout)["rows"]
    assert [r["kept_as"] for r in rows] == ["SNJ-00003", None]
    _ok(cli, "review", "1", "--report", "--rows-csv", str(tmp_path / "rows.csv"))
    assert "created SNJ-00001 (merged into SNJ-00003 since)" in (
        tmp_path / "rows.csv").read_text(encoding="utf-8-sig")


def test_the_desktop_says_it_in_arabic(qapp):
    from ui.i18n import apply_language
    from ui.import_rows import what_happened

    entry = {"row": 2, "name": "", "result": "created", "case_no": "SNJ-00001",
             "same_as_row": None, "withdrawn_from": None, "reason": "", "decision": "create",
             "erased": False, "kept_as": "SNJ-00003"}
    apply_language(qapp, "ar")
    try:
        said = what_happened(entry, {})
    finally:
        apply_language(qapp, "en")
    assert "دُمج منذ ذلك الحين في" in said and "SNJ-00003" in said, said
