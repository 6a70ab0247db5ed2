"""A list (or mapping file) that is not there is refused naming where it was looked for: the
folder the command ran in for a name typed alone ("list1.xlsx: no such file" said nothing of
/tmp, where it was looked for), and a folder that is not there (a drive not plugged in)."""

from __future__ import annotations

import pytest

from app.domain.errors import InputFileError
from app.importing.reader import read_table
from tests.import_helpers import ROOT, cli, write_csv


def test_a_name_typed_alone_is_looked_for_in_the_folder_the_command_ran_in(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    out = cli(tmp_path, "import", "list1.xlsx")  # run in the project's folder (run_cli)
    assert out.returncode != 0
    assert out.stderr.strip() == f"casekeeper: list1.xlsx: no such file in {ROOT}"


def test_a_folder_not_there_is_said(tmp_path):
    gone = tmp_path / "usb" / "list1.xlsx"
    with pytest.raises(InputFileError) as e:
        read_table(str(gone))
    assert str(e.value) == f"{gone}: no such file: there is no folder {tmp_path / 'usb'}"


def test_a_whole_path_to_a_folder_that_is_there_is_said_as_typed(tmp_path):
    with pytest.raises(InputFileError) as e:
        read_table(str(tmp_path / "list1.xlsx"))
    assert str(e.value) == f"{tmp_path / 'list1.xlsx'}: no such file"


def test_a_mapping_file_not_there_says_where_it_looked(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "list.csv", ["Name", "Father"], [["Nadia", "Murad"]])
    out = cli(tmp_path, "import", str(path), "--mapping", "maps/kocho.json", "--dry-run")
    assert out.returncode != 0
    assert out.stderr.strip() == \
        f"casekeeper: maps/kocho.json: no such file: there is no folder {ROOT / 'maps'}"
