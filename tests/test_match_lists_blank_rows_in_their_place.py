"""`match` gives one entry per row of the list, in its order: a blank row is an entry of its
own, said blank and skipped, so the rows reconcile with the list and with `import`'s count."""

import json

import openpyxl

from tests.cli_helpers import add


def test_a_blank_row_between_two_names_is_an_entry_of_its_own(cli, tmp_path):
    assert cli("init").returncode == 0
    nadia = add(cli, "--given", "Nadia", "--father", "Khalil", "--sex", "F")
    layla = add(cli, "--given", "Layla", "--father", "Murad", "--sex", "F")
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Father\nNadia,Khalil\n,\nLayla,Murad\n", encoding="utf-8")
    r = cli("--json", "match", str(listing))
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [x["row"] for x in rows] == [2, 3, 4]
    assert [x["blank"] for x in rows] == [False, True, False]
    blank = rows[1]
    assert blank["skipped"] == "blank row" and blank["candidates"] == [] and blank["name"] == ""
    assert rows[0]["candidates"][0]["case_no"] == nadia and rows[0]["skipped"] == ""
    assert rows[2]["candidates"][0]["case_no"] == layla

    out = cli("match", str(listing)).stdout.splitlines()
    assert "2 rows (1 blank row skipped)" in out[0]
    said = [line for line in out if line.startswith("row ")]
    assert said == ["row 2: Nadia Khalil", "row 3: skipped: blank row", "row 4: Layla Murad"]


def test_every_blank_row_is_counted_as_import_counts_them(cli, tmp_path):
    """Two blank rows inside an xlsx list and blank lines after a CSV's last: one entry each,
    as many as `import --dry-run` reads and skips; the plain output says a run once."""
    assert cli("init").returncode == 0
    add(cli, "--given", "Nadia", "--father", "Khalil", "--sex", "F")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Name", "Father"], ["Nadia", "Khalil"], [None, None], [None, None],
                ["Layla", "Murad"]):
        ws.append(row)
    wb.save(tmp_path / "list.xlsx")
    csv = tmp_path / "list.csv"
    csv.write_text("Name,Father\nNadia,Khalil\nLayla,Murad\n,\n\n", encoding="utf-8")
    for listing, blanks in ((tmp_path / "list.xlsx", [3, 4]), (csv, [4, 5])):
        report = tmp_path / f"{listing.suffix[1:]}.json"
        rows = json.loads(cli("--json", "match", str(listing), "-o", str(report)).stdout)
        assert [x["row"] for x in rows] == [2, 3, 4, 5]
        assert [x["row"] for x in rows if x["blank"]] == blanks
        assert json.loads(report.read_text(encoding="utf-8")) == rows
        read = json.loads(cli("--json", "import", "--dry-run", str(listing)).stdout)
        assert len(rows) == read["rows_read"] + read["blank_rows"]
        out = cli("match", str(listing)).stdout
        assert f"rows {blanks[0]}-{blanks[1]}: skipped: blank rows" in out
