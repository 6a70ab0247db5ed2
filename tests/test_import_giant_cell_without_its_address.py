"""A giant cell written without its optional address (r on <c>, which OOXML lets a writer leave
out) is never named by the address of another cell: the refusal names the sheet only."""

import re
import zipfile

import pytest

from app.domain.errors import InputFileError
from app.importing import read_table
from tests import hostile_files as hf


def _without_r(src, dst):
    """src with the addresses of its second row's cells left out (the row keeps its own)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'(<c\b[^>]*?)\sr="[A-Z]+2"', rb"\1", data)
            zout.writestr(info.filename, data)
    return dst


def test_a_giant_cell_without_its_address_names_the_sheet_only(tmp_path):
    path = _without_r(hf.giant_cell(tmp_path / "big.xlsx", size=5_000_000),
                      tmp_path / "no_r.xlsx")
    assert b' r="C2"' not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    with pytest.raises(InputFileError) as e:
        read_table(str(path))
    said = str(e.value)
    assert said.startswith("no_r.xlsx, sheet 'Sheet': part 'xl/worksheets/sheet1.xml' holds a "
                           "text of more than 4 MiB"), said
    assert "column" not in said and "row " not in said
