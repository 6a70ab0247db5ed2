"""person add --json refuses a field it does not read, naming it and the field meant, rather
than saving her without it ("born" and "village" are the command line's own words)."""

from __future__ import annotations

import json

from tests.cli_helpers import add


def _file(tmp_path, data) -> str:
    path = tmp_path / "person.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_unknown_fields_are_refused_by_name_and_nothing_is_added(cli, tmp_path):
    assert cli("init").returncode == 0
    path = _file(tmp_path, {"names": {"given": "Nadia"}, "sex": "F", "status": "missing",
                            "born": "about 1999", "village": "Kocho", "tribe": "x"})
    r = cli("person", "add", "--json", path)
    assert r.returncode == 2
    assert f"{path}: not a field of a person" in r.stderr
    assert "'born': use 'birth'" in r.stderr and "'village': use 'origin_village'" in r.stderr
    assert "'tribe'" in r.stderr and "origin_village" in r.stderr
    assert "Nothing was added" in r.stderr
    assert json.loads(cli("--json", "info").stdout)["counts"]["persons"] == 0


def test_the_fields_it_reads_and_a_shown_record_are_taken(cli, tmp_path):
    assert cli("init").returncode == 0
    path = _file(tmp_path, {"names": {"given": "Nadia"}, "sex": "F", "status": "missing",
                            "birth": "about 1999", "origin_village": "Kocho"})
    case_no = add(cli, "--json", path)
    shown = json.loads(cli("--json", "person", "show", case_no).stdout)
    assert shown["origin_village"] == "Kocho" and shown["birth"]["text"]
    # what `person show --json` prints is read back as a file, as the README says
    for key in ("case_no", "uuid", "version"):
        shown.pop(key)
    again = _file(tmp_path, shown)
    assert cli("person", "add", "--json", again).returncode == 0


def test_unknown_keys_inside_a_date_a_name_or_a_status_are_refused_too(cli, tmp_path):
    """{"birth": {"year": 1998}} was read as a blank birth, {"given": {"arabic": ...}} as no
    name: each refused, naming where, and nothing added."""
    assert cli("init").returncode == 0
    for data, said in (
            ({"names": {"given": "Nadia"}, "birth": {"year": 1998}}, "birth: not read: 'year'"),
            ({"names": {"given": {"arabic": "نادية", "latin": "Nadia"}}},
             "names.given: not read: 'arabic'"),
            ({"names": {"given": "Nadia"}, "status_events": [
                {"status": "missing", "date": {"when": "2014"}}]},
             "status_events[1].date: not read: 'when'")):
        r = cli("person", "add", "--json", _file(tmp_path, data))
        assert r.returncode == 2 and said in r.stderr and "Nothing was added" in r.stderr
    assert json.loads(cli("--json", "info").stdout)["counts"]["persons"] == 0
