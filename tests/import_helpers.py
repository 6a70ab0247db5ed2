"""Helpers for the import tests: real vaults on disk (fast KDF) and the real CLI in a child process."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from app.vault import open_vault
from tests.vault_template import new_session

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


def new_vault(folder: Path):
    """A new empty vault in folder, open (a copy of the run's template: tests/vault_template.py)."""
    return new_session(folder, PASSPHRASE)


def reopen(folder: Path):
    return open_vault(folder, PASSPHRASE)


def vault_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def cli(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEKEEPER_")}
    env.update({"CASEKEEPER_KDF_PROFILE": "fast", "CASEKEEPER_PASSPHRASE": PASSPHRASE,
                "HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)})
    from tests.conftest import run_cli
    return run_cli(["--vault", str(tmp_path / "vault"), *args], env, timeout=timeout)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import csv
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_xlsx(path: Path, sheets: list[tuple[str, list[list[str]]]]) -> Path:
    """A workbook written by openpyxl: one sheet per (name, rows), in order."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def write_ods(path: Path, sheets: list[tuple[str, list[list[str]]]]) -> Path:
    """The same, as an OpenDocument spreadsheet written by odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        table = Table(name=name)
        for row in rows:
            tr = TableRow()
            for value in row:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


COVER = ["ڕێکخراوی یەزدا لیستی ڕفێنراوان", "ئامادەکردنی: ئۆفیسی دهۆک"]
SORANI_LIST = [["ز", "ناو", "ناوی باوک", "ناوی باپیر", "ڕەگەز", "گوند"],
               ["1", "نادیە", "موراد", "باسی", "مێ", "کۆچۆ"],
               ["2", "ڤیان", "دەخیل", "حەسەن", "مێ", "تل عزیر"]]
VILLAGE_HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "الحالة"]


def cover_then_list(path: Path) -> Path:
    """The Yazda list as it came: a cover sheet of two lines of text, the list on the next."""
    write = write_ods if path.suffix == ".ods" else write_xlsx
    return write(path, [("بەرگ", [[line] for line in COVER]), ("لیست", SORANI_LIST)])


def two_villages(path: Path) -> Path:
    """One workbook, one sheet per village: two lists that merely share a file."""
    return write_xlsx(path, [
        ("كوجو", [VILLAGE_HEADER, ["بسمة", "خلف", "حسين", "انثى", "مفقودة"]]),
        ("حردان", [VILLAGE_HEADER, ["شيماء", "الياس", "رشو", "انثى", "مفقودة"]])])


def arabic_suffix(n: int) -> str:
    """Letters that tell apart the made-up names of a test list («نادية» + «بت»): a digit in a
    name holds the row (app/importing/convert.py, a name no one can read)."""
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    return letters[n // len(letters)] + letters[n % len(letters)]


def full_names_read(tmp_path: Path, cells: list[str], xlsx: bool = False) -> list:
    """Each cell as a list's "Full name" (beside Sex F) read and converted as an import would."""
    from app.importing import read_table
    from app.importing.convert import Converter
    from app.importing.mapping import suggest

    rows = [[c, "F"] for c in cells]
    if xlsx:
        path = write_xlsx(tmp_path / "list.xlsx", [("Sheet", [["Full name", "Sex"], *rows])])
    else:
        path = write_csv(tmp_path / "list.csv", ["Full name", "Sex"], rows)
    t = read_table(str(path))
    return [Converter(t, suggest(t)).convert(r) for r in t.rows]


def ok(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """cli(), asserted to succeed."""
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def imported_with_report(tmp_path: Path, path, source: str = "NGO") -> tuple[dict, str]:
    """A list imported with --yes from source: (its report as --json gives it, the report as
    `review N --report` prints it)."""
    import json
    rep = json.loads(ok(tmp_path, "--json", "import", str(path), "--source", source,
                        "--yes").stdout)
    return rep, ok(tmp_path, "review", str(rep["batch"]), "--report").stdout
