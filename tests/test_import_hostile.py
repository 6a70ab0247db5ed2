"""Hostile files: each gives one clear error naming file (sheet, row, column), in bounded memory."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import InputFileError
from app.importing import ReadLimits, read_table, workbook
from tests import hostile_files as hf

ROOT = Path(__file__).resolve().parents[1]


def test_billion_laughs_refused_before_parsing(tmp_path):
    with pytest.raises(InputFileError, match=r"^bomb.xlsx: part 'xl/worksheets/sheet1.xml' "
                                             r"declares a DTD"):
        read_table(str(hf.billion_laughs(tmp_path / "bomb.xlsx")))


def test_xxe_refused_and_never_resolved_even_by_the_parser_alone(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-SECRET-CONTENT", "utf-8")
    path = hf.xxe(tmp_path / "xxe.xlsx", str(secret))
    with pytest.raises(InputFileError, match="declares a DTD"):
        read_table(str(path))
    # Defence in depth: calamine, given the file without our preflight, does not resolve it.
    with pytest.raises(InputFileError) as exc:
        workbook.load_grid(str(path), "Sheet", ReadLimits())
    assert "CANARY" not in str(exc.value)


def test_zip_bomb_with_lying_headers_caught_by_what_it_inflates_to(tmp_path):
    path = hf.zip_bomb(tmp_path / "lying.xlsx", inflated=64 * 2**20, lie=1000)
    assert path.stat().st_size < 200_000
    with pytest.raises(InputFileError, match="inflates to more than it declares"):
        read_table(str(path))


def test_zip_bomb_with_honest_headers_caught_by_ratio_and_size(tmp_path):
    with pytest.raises(InputFileError, match="compressed .* to 1; the limit is 150 to 1"):
        read_table(str(hf.zip_bomb(tmp_path / "ratio.xlsx", inflated=32 * 2**20, lie=None)))
    small = ReadLimits(max_entry_bytes=8 * 2**20)
    with pytest.raises(InputFileError, match="declares 32 MiB; the limit is 8 MiB"):
        read_table(str(hf.zip_bomb(tmp_path / "big.xlsx", 32 * 2**20, lie=None)), limits=small)


def test_million_empty_rows_then_a_value_names_the_far_cell(tmp_path):
    with pytest.raises(InputFileError, match=r"rows.xlsx, sheet 'Sheet', row 1000001, column L: "
                                             r"the sheet's used area reaches this cell"):
        read_table(str(hf.empty_rows_then_value(tmp_path / "rows.xlsx")))


def test_million_styled_empty_rows_read_as_nothing(tmp_path):
    t = read_table(str(hf.styled_empty_rows(tmp_path / "styled.xlsx")))
    assert t.headers == ["Name"] and t.rows == []


def test_blank_run_inside_data_is_an_error_naming_the_row(tmp_path):
    path = hf.empty_rows_then_value(tmp_path / "gap.xlsx", rows=150_000, col="A")
    with pytest.raises(InputFileError, match=r"gap.xlsx, sheet 'Sheet', row 150001: data resumes"):
        read_table(str(path))


def test_one_megabyte_cell_named_by_row_and_column(tmp_path):
    with pytest.raises(InputFileError, match=r"cell.xlsx, sheet 'Sheet', row 2, column C: a cell "
                                             r"of 1000000 characters; the limit is 32767"):
        read_table(str(hf.giant_cell(tmp_path / "cell.xlsx")))
    csv = tmp_path / "cell.csv"
    csv.write_text("Name,Note\nA,B\nC," + "x" * 1_000_000 + "\n", "utf-8")
    with pytest.raises(InputFileError, match=r"cell.csv, row 3, column B: a cell of 1000000"):
        read_table(str(csv))


def test_far_away_cell_stopped_by_the_memory_limit_with_a_clear_message(tmp_path):
    with pytest.raises(InputFileError, match=r"far.xlsx, sheet 'Sheet': reading needed more than "
                                             r"the 1536 MiB memory limit"):
        read_table(str(hf.far_cell(tmp_path / "far.xlsx")))


def test_slow_parse_stopped_by_the_deadline(tmp_path):
    path = hf.empty_rows_then_value(tmp_path / "slow.xlsx", rows=300_000, col="A")
    with pytest.raises(InputFileError, match="took longer than 0 s and was stopped"):
        read_table(str(path), limits=ReadLimits(timeout_seconds=0.2))


_MEASURE = """
import json, resource, sys
from app.domain.errors import InputFileError
from app.importing import ReadLimits, read_table
try:
    read_table(sys.argv[1], limits=ReadLimits(memory_bytes=int(sys.argv[2])))
    outcome = "read"
except InputFileError as exc:
    outcome = str(exc)
# The reader server ended and waited for, so that its children count among this process's.
from app.importing import reader_server
reader_server.stop()
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the (large) test process.
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"outcome": outcome, "parent_mib": hwm / 1024,
                  "child_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def test_memory_is_bounded_and_measured(tmp_path):
    """12 million cells need about 380 MiB in the parser: with a 256 MiB limit it is stopped,
    and neither this process nor the parser ever holds more than the limit."""
    path = hf.empty_rows_then_value(tmp_path / "mem.xlsx")
    limit = 256 * 2**20
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(path), str(limit)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    got = json.loads(out.stdout)
    assert "256 MiB memory limit" in got["outcome"]
    assert got["child_mib"] < 256 and got["parent_mib"] < 128, got


def test_parsing_child_gets_no_secret_from_the_environment(tmp_path, monkeypatch):
    from app.importing import sandbox
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", "correct horse battery")
    env = sandbox.run_isolated(hf.child_environment, (), ReadLimits(), "env")
    assert "CASEKEEPER_PASSPHRASE" not in env and env.get("PYTHONPATH")
