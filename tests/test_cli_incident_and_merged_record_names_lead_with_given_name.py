"""`incident show` and `person show`'s merged records name each woman as `person list` does: Xezal
and Shirin (given names in Latin letters only, father الياس) were both listed among the persons
taken as "الياس حيدر قيران", one man named Elias, twice; a woman whose given name no list gave,
"مراد قيران", as a man named Murad."""

from __future__ import annotations

import pytest

from tests.built_once import built_once

FAMILY = ["--father", "الياس", "--father", "Elias", "--grandfather", "حيدر",
          "--grandfather", "Heyder", "--family", "قيران", "--family", "Qiran", "--sex", "F"]


@pytest.fixture
@built_once
def vault(cli):
    """SNJ-00001 Xezal, SNJ-00002 Shirin (Latin letters only), SNJ-00003 her given name
    unknown, all taken in incident 1; SNJ-00004 Xezal again, a second list's record of her."""
    assert cli("init").returncode == 0
    for given in (["--given", "Xezal"], ["--given", "Shirin"]):
        assert cli("person", "add", *given, *FAMILY).returncode == 0
    assert cli("person", "add", "--father", "مراد", "--father", "Murad", "--family", "قيران",
               "--family", "Qiran", "--sex", "F").returncode == 0
    assert cli("incident", "add", "--date", "2014-08-03", "--place", "Kocho").returncode == 0
    for case_no in ("SNJ-00001", "SNJ-00002", "SNJ-00003"):
        assert cli("person", "edit", case_no, "--incident", "1").returncode == 0
    assert cli("person", "add", "--given", "Xezal", *FAMILY).returncode == 0
    return cli


def _line(out: str, case_no: str) -> str:
    return next(line for line in out.splitlines() if case_no in line)


def test_incident_show_names_the_women_taken_as_the_person_list_does(vault):
    out = vault("incident", "show", "1").stdout
    assert "Xezal الياس حيدر قيران  Xezal Elias Heyder Qiran" in _line(out, "SNJ-00001")
    assert "Shirin الياس حيدر قيران  Shirin Elias Heyder Qiran" in _line(out, "SNJ-00002")
    assert "(given name unknown) مراد قيران  (given name unknown) Murad Qiran" in _line(
        out, "SNJ-00003")


def test_person_show_names_a_merged_record_so_too(vault):
    assert vault("merge", "SNJ-00001", "SNJ-00004").returncode == 0
    out = vault("person", "show", "SNJ-00001").stdout
    assert "Xezal الياس حيدر قيران / Xezal Elias Heyder Qiran" in _line(out, "merged here SNJ-00004")
