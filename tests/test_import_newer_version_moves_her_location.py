"""Where she is now moves with time. A new version of the same list that gives her row another
place than its last version did moves her last known location (the trail keeps the old place,
the dry run says it, a withdrawal puts it back). Another list's other place, a place typed by
hand since, and a changed origin village stay conflicts for the lawyer. The headers informants
write for it ("Last seen", "Location", «الموقع») are read as that column; where she was held
(«مكان الاحتجاز») is not, as in a list of the rescued it is her past. Real files, the real
command line, a real vault."""

from __future__ import annotations

import json

import pytest

from app.importing.fields import Field, field_for_header
from tests.import_helpers import write_csv

HEADER = ["Name", "Father", "Grandfather", "Village", "Last seen"]


@pytest.mark.parametrize(("header", "field"), [
    ("Last seen", Field.LAST_KNOWN_LOCATION),
    ("Last seen in", Field.LAST_KNOWN_LOCATION),
    ("Location", Field.LAST_KNOWN_LOCATION),
    ("Where last seen", Field.LAST_KNOWN_LOCATION),
    ("الموقع", Field.LAST_KNOWN_LOCATION),
    ("آخر مكان شوهدت فيه", Field.LAST_KNOWN_LOCATION),
    ("Location of abduction", Field.ABDUCTION_PLACE),
    ("Where taken", Field.ABDUCTION_PLACE),
    ("Location of origin", Field.VILLAGE),
])
def test_headers_for_where_she_is(header, field):
    found = field_for_header(header)
    assert found is not None and found[0] == field, (header, found)


def _lists(tmp_path, then: str, now: str, village_now: str = "Kocho"):
    first = write_csv(tmp_path / "informants.csv", HEADER, [
        ["Nadia", "Khalil", "Hassan", "Kocho", then],
        ["Layla", "Murad", "Ali", "Kocho", "Mosul"],
    ])
    second = write_csv(tmp_path / "informants-2.csv", HEADER, [
        ["Nadia", "Khalil", "Hassan", village_now, now],
        ["Layla", "Murad", "Ali", "Kocho", "Mosul"],
    ])
    return first, second


def _location(cli, case_no: str = "SNJ-00001") -> str:
    return json.loads(cli("--json", "person", "show", case_no).stdout)["last_known_location"]


def _import(cli, path, source: str, *extra: str):
    done = cli("--json", "import", str(path), "--source", source, *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_lists_next_version_moves_her_location(cli, tmp_path):
    first, second = _lists(tmp_path, "Raqqa", "Sharya camp")
    assert cli("init").returncode == 0
    _import(cli, first, "Informants", "--yes")
    assert _location(cli) == "Raqqa"

    dry = cli("import", str(second), "--source", "Informants", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would change last known location: Raqqa -> Sharya camp" in dry.stdout, dry.stdout
    assert _location(cli) == "Raqqa"  # a dry run changes nothing

    report = _import(cli, second, "Informants", "--yes")
    assert report["results"]["updated"] == 1 and report["results"]["unchanged"] == 1, report
    assert not report["conflicts"], report["conflicts"]
    assert _location(cli) == "Sharya camp"

    entries = json.loads(cli("--json", "audit", "log", "--case", "SNJ-00001").stdout)
    moved = [e for e in entries if e["action"] == "person.import_update"]
    assert moved and moved[-1]["detail"]["changes"]["last_known_location"] == \
        ["Raqqa", "Sharya camp"], moved

    back = cli("review", str(report["batch"]), "--row", "2", "--withdraw")
    assert back.returncode == 0, back.stderr
    assert _location(cli) == "Raqqa"


def test_another_lists_place_stays_a_conflict(cli, tmp_path):
    first, _ = _lists(tmp_path, "Raqqa", "Sharya camp")
    other = write_csv(tmp_path / "police.csv", HEADER, [["Nadia", "Khalil", "Hassan", "Kocho",
                                                          "Duhok"]])
    assert cli("init").returncode == 0
    _import(cli, first, "Informants", "--yes")
    report = _import(cli, other, "Police", "--yes")
    assert [(c["field"], c["vault"], c["list"]) for c in report["conflicts"]] == \
        [("last_known_location", "Raqqa", "Duhok")], report["conflicts"]
    assert _location(cli) == "Raqqa"


def test_a_place_typed_by_hand_since_is_not_moved(cli, tmp_path):
    first, second = _lists(tmp_path, "Raqqa", "Sharya camp")
    assert cli("init").returncode == 0
    _import(cli, first, "Informants", "--yes")
    assert cli("person", "edit", "SNJ-00001", "--location", "Deir ez-Zor").returncode == 0
    report = _import(cli, second, "Informants", "--yes")
    assert [(c["field"], c["vault"], c["list"]) for c in report["conflicts"]] == \
        [("last_known_location", "Deir ez-Zor", "Sharya camp")], report["conflicts"]
    assert _location(cli) == "Deir ez-Zor"


def test_her_origin_village_changed_by_the_list_is_its_senders_correction_not_a_move(cli,
                                                                                     tmp_path):
    """Her origin village does not move with time: the list's next version giving another
    one, where only its last version gave the vault's, is its sender setting it right, and
    said so (tests/test_import_sender_corrects_own_list.py); another source's stays a
    conflict."""
    first, second = _lists(tmp_path, "Raqqa", "Raqqa", village_now="Tel Qasab")
    assert cli("init").returncode == 0
    _import(cli, first, "Informants", "--yes")
    report = _import(cli, second, "Informants", "--yes")
    assert not report["conflicts"], report["conflicts"]
    assert [(c["field"], c["from"]["batch"], c["to"]["batch"])
            for c in report["corrected_by_sender"]] == [("origin_village", 1, 2)], report
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["origin_village"] != "Kocho"


def test_another_senders_list_of_the_same_file_name_moves_nothing(cli, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_csv(tmp_path / "a" / "names.csv", HEADER,
                      [["Nadia", "Khalil", "Hassan", "Kocho", "Raqqa"]])
    other = write_csv(tmp_path / "b" / "names.csv", HEADER,
                      [["Nadia", "Khalil", "Hassan", "Kocho", "Mosul"]])
    assert cli("init").returncode == 0
    _import(cli, first, "Office of Kidnapped Affairs", "--yes")
    report = _import(cli, other, "Khalil family", "--yes")
    assert [(c["field"], c["vault"], c["list"]) for c in report["conflicts"]] == \
        [("last_known_location", "Raqqa", "Mosul")], report["conflicts"]
    assert _location(cli) == "Raqqa"


def test_a_place_typed_before_the_list_that_agreed_with_it_is_not_moved(cli, tmp_path):
    first, second = _lists(tmp_path, "Raqqa", "Mosul")
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil", "--grandfather",
                "Hassan", "--sex", "F", "--village", "Kocho", "--location", "Raqqa").returncode == 0
    _import(cli, first, "Informants", "--yes")  # agrees with her: nothing new
    report = _import(cli, second, "Informants", "--yes")
    assert [(c["field"], c["vault"], c["list"]) for c in report["conflicts"]] == \
        [("last_known_location", "Raqqa", "Mosul")], report["conflicts"]
    assert _location(cli) == "Raqqa"
