"""The mapping saved for a sender is offered again when the sender's name is typed otherwise
("office of  kidnapped affairs" for "Office of Kidnapped Affairs"; the batch then records the
sender as first written), and, with no sender named, when one sender's saved mapping names
exactly the list's columns (and says whose). Before, either list was mapped from its headers
alone, and a sender typed otherwise became a new sender whose last list was never compared.
Two senders' mappings of the same columns, or other columns, offer nothing. Real files, the
real command line, a real vault."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv

HEADER = ["Naw", "Bav", "Gund", "Zayen"]  # headers the importer does not read by itself
MAPPING = {"columns": {"Naw": "given", "Bav": "father", "Gund": "village", "Zayen": "birth"}}


def _first(cli, tmp_path, source: str = "Office of Kidnapped Affairs", name: str = "first"):
    path = write_csv(tmp_path / f"{name}.csv", HEADER, [["Nadia", "Khalil", name, "1996"]])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(MAPPING), encoding="utf-8")
    done = cli("import", str(path), "--source", source, "--mapping", str(mapping), "--yes")
    assert done.returncode == 0, done.stderr


def _dry(cli, tmp_path, *source: str, header: list[str] = HEADER) -> dict:
    path = write_csv(tmp_path / "next.csv", header, [["Sara", "Ali", "Kocho", "1999"]])
    done = cli("--json", "import", str(path), *source, "--dry-run")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _reasons(plan: dict) -> set[str]:
    return set(plan["reasons"].values())


def _fields(plan: dict) -> dict:
    return plan["mapping"]


def test_the_sender_typed_otherwise_is_the_sender_known(cli, tmp_path):
    assert cli("init").returncode == 0
    _first(cli, tmp_path)
    plan = _dry(cli, tmp_path, "--source", "office of  kidnapped affairs")
    assert _fields(plan) == MAPPING["columns"], plan["mapping"]
    assert _reasons(plan) == {"saved mapping 'Office of Kidnapped Affairs'"}, plan["mapping"]
    path = write_csv(tmp_path / "third.csv", HEADER, [["Huda", "Ali", "Kocho", "2000"]])
    done = cli("--json", "import", str(path), "--source", "OFFICE OF KIDNAPPED AFFAIRS", "--yes")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == "Office of Kidnapped Affairs"


def test_no_sender_named_takes_the_mapping_of_the_same_columns(cli, tmp_path):
    assert cli("init").returncode == 0
    _first(cli, tmp_path)
    plan = _dry(cli, tmp_path)
    assert _fields(plan) == MAPPING["columns"], plan["mapping"]
    assert _reasons(plan) == {
        "mapping saved for 'Office of Kidnapped Affairs', whose columns this list has"}


def test_two_senders_of_the_same_columns_or_other_columns_offer_nothing(cli, tmp_path):
    assert cli("init").returncode == 0
    _first(cli, tmp_path)
    for header, second in ((["Naw", "Bav", "Gund", "Sal"], False), (HEADER, True)):
        if second:
            _first(cli, tmp_path, source="Family of Kocho", name="family")
        path = write_csv(tmp_path / "next.csv", header, [["Sara", "Ali", "Kocho", "1999"]])
        done = cli("import", str(path), "--dry-run")
        # mapped from its headers alone: no name column found, nothing staged
        assert done.returncode != 0 and "no column gives her own name" in done.stderr, \
            (header, done.stdout, done.stderr)


def test_no_sender_named_takes_the_columns_not_the_senders_codes(cli, tmp_path):
    """Another sender's "1" meant rescued: taken with its columns, it put a missing woman's
    record to rescued from a list that never said what its 1 means."""
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil", "--grandfather",
               "Hassan", "--sex", "F", "--village", "Kocho", "--status", "missing").returncode == 0
    mapping = tmp_path / "codes.json"
    mapping.write_text(json.dumps({"columns": {"Name": "full_name", "Village": "village",
                                               "Status": "status"},
                                   "values": {"status": {"1": "rescued", "0": "missing"}}}),
                       encoding="utf-8")
    theirs = write_csv(tmp_path / "a.csv", ["Name", "Village", "Status"],
                       [["Sara Ali Hassan", "Kocho", "1"]])
    done = cli("import", str(theirs), "--source", "Rescue Office", "--mapping", str(mapping),
               "--yes")
    assert done.returncode == 0, done.stderr
    unsaid = write_csv(tmp_path / "b.csv", ["Name", "Village", "Status"],
                       [["Nadia Khalil Hassan", "Kocho", "1"]])
    done = cli("import", str(unsaid), "--yes")
    assert done.returncode == 0, done.stderr
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "missing", shown["current_status"]
