"""`photo add FILE` and `person add --json FILE` with no such file name where it was looked for,
as import does for a list: the folder the command ran in for a name typed alone, or that the
folder is not there (a drive not plugged in)."""

from __future__ import annotations

from tests.conftest import ROOT


def _vault(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0


def test_a_photo_typed_alone_says_the_folder_looked_in(cli):
    _vault(cli)
    out = cli("photo", "add", "SNJ-00001", "face.jpg")  # run in the project's folder (run_cli)
    assert out.returncode != 0
    assert out.stderr.strip() == f"casekeeper: face.jpg: no such file in {ROOT}"


def test_a_photo_in_a_folder_not_there_says_so(cli, tmp_path):
    _vault(cli)
    gone = tmp_path / "usb" / "face.jpg"
    out = cli("photo", "SNJ-00001", str(gone))
    assert out.stderr.strip() == \
        f"casekeeper: {gone}: no such file: there is no folder {tmp_path / 'usb'}"


def test_a_person_file_typed_alone_says_the_folder_looked_in(cli):
    _vault(cli)
    out = cli("person", "add", "--json", "her.json")
    assert out.returncode != 0
    assert out.stderr.strip() == f"casekeeper: her.json: no such file in {ROOT}"
    assert "SNJ-00002" not in cli("person", "list").stdout


def test_a_person_file_in_a_folder_not_there_says_so_in_json_too(cli, tmp_path):
    _vault(cli)
    gone = tmp_path / "usb" / "her.json"
    out = cli("--json", "person", "add", "--json", str(gone))
    assert out.returncode != 0
    assert f"{gone}: no such file: there is no folder {tmp_path / 'usb'}" in out.stdout
