"""The person commands as a user types them: list filters, case numbers, and everything around a person."""

from __future__ import annotations

import json


def added(cli, *args: str) -> str:
    r = cli("--json", "person", "add", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def listed(cli, *args: str) -> list[str]:
    r = cli("person", "list", "--json", *args)
    assert r.returncode == 0, r.stderr
    return [row["case_no"] for row in json.loads(r.stdout)]


def test_list_filters_by_status_village_and_sex_as_typed(cli):
    cli("init")
    a = added(cli, "--given", "Nadia", "--sex", "F", "--village", "Kocho", "--status", "missing")
    b = added(cli, "--given", "Khidir", "--sex", "M", "--village", "Kocho", "--status", "missing")
    c = added(cli, "--given", "Layla", "--sex", "F", "--village", "Solagh", "--status", "rescued")
    assert listed(cli) == [a, b, c]
    assert listed(cli, "--status", "missing") == [a, b]
    assert listed(cli, "--village", "kocho ") == [a, b]  # case and stray spaces do not hide anyone
    assert listed(cli, "--sex", "f") == [a, c]
    assert listed(cli, "--sex", "female", "--village", "Kocho", "--status", "missing") == [a]
    assert listed(cli, "--status", "deceased") == []
    rows = json.loads(cli("person", "list", "--json", "--village", "Solagh").stdout)
    assert rows == [{"case_no": c, "name_original": "", "name_latin": "Layla",
                     "given_unknown": False, "known_as_only": False,
                     "sex": "F", "village": "Solagh",
                     "status": "rescued"}]


def test_case_numbers_are_found_however_typed_and_nonsense_is_named(cli):
    cli("init")
    added(cli, "--given", "Nadia")
    for typed in ("SNJ-00001", "snj-00001", "SNJ-1", " SNJ-001 "):
        r = cli("--json", "person", "show", typed)
        assert r.returncode == 0 and json.loads(r.stdout)["case_no"] == "SNJ-00001", typed
    r = cli("person", "show", "Nadia")
    assert r.returncode == 2
    assert r.stderr == "casekeeper: 'Nadia' is not a case number (they look like SNJ-00123)\n"
    r = cli("person", "show", "SNJ-00002")
    assert r.returncode != 0 and r.stderr == "casekeeper: no person with case number SNJ-00002\n"


def test_incident_status_report_and_records_show_with_the_person(cli, tmp_path):
    cli("init")
    a = added(cli, "--given", "نادية", "--given", "Nadia", "--born", "about 1998")
    b = added(cli, "--given", "Layla")
    r = cli("--json", "incident", "add", "--date", "03/08/2014", "--place", "Kocho",
            "--description", "the village was taken")
    assert r.returncode == 0, r.stderr
    iid = json.loads(r.stdout)["incident_id"]
    for case in (a, b):
        assert cli("person", "edit", case, "--incident", str(iid)).returncode == 0
    shown = json.loads(cli("--json", "incident", "show", str(iid)).stdout)
    assert shown["persons"] == [a, b] and shown["place"] == "Kocho"
    assert json.loads(cli("--json", "incident", "list").stdout)[0]["id"] == iid
    rid = json.loads(cli("--json", "report", "add", "--person", a, "--text", "seen in Raqqa",
                         "--source", "S-7Q3").stdout)["report_id"]
    r = cli("person", "status", a, "sighted", "--date", "2016", "--report", str(rid))
    assert r.returncode == 0, r.stderr
    r = cli("person", "status", b, "In negotiation", "--date", "2017")   # as people type it
    assert r.returncode == 0 and "is now in_negotiation" in r.stdout, r.stderr
    listed = json.loads(cli("--json", "person", "list", "--status", "in negotiation").stdout)
    assert [x["case_no"] for x in listed] == [b]
    r = cli("person", "status", a, "located", "--report", "999")
    assert r.returncode != 0 and "report 999" in r.stderr and len(r.stderr.splitlines()) == 1
    r = cli("person", "edit", b, "--incident", "42")
    assert r.returncode != 0 and "incident 42" in r.stderr and "FOREIGN" not in r.stderr
    cli("relative", a, "sibling", b)
    cli("contact", a, "--name", "Brother Q", "--phone", "+964 750")
    png = tmp_path / "p.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    cli("photo", a, str(png), "--caption", "school photo")
    cli("rescue", "add", "--person", a, "--date", "2017")

    data = json.loads(cli("--json", "person", "show", a).stdout)
    assert data["incident"]["id"] == iid and data["incident"]["place"] == "Kocho"
    # the rescue of 2017 gave her its status after the one citing the report
    assert data["status_events"][-2]["report_id"] == rid
    assert data["status_events"][-1]["rescue_id"] == 1
    assert data["relatives"] == [{"relation": "sibling", "case_no": b, "note": "",
                                  "from_case_no": None}]
    assert [c["name"] for c in data["family_contacts"]] == ["Brother Q"]
    assert data["photos"][0]["caption"] == "school photo" and data["photos"][0]["bytes"] == 108
    assert [r["source_code"] for r in data["reports"]] == ["S-7Q3"]
    assert len(data["rescues"]) == 1
    text = cli("person", "show", a).stdout
    for needle in ("about 1998", "incident", "Kocho", f"[report {rid}]", f"sibling: {b}",
                   "Brother Q", "school photo", "S-7Q3", "rescue       1  2017  freed"):
        assert needle in text, needle
    assert cli("audit", "verify").returncode == 0


def test_edit_changes_only_the_script_given_and_aliases_come_and_go(cli):
    cli("init")
    a = added(cli, "--given", "خليل", "--given", "Khalil", "--alias", "Xelîl")
    assert cli("person", "edit", a, "--given", "Xalil", "--alias", "Halil").returncode == 0
    data = json.loads(cli("--json", "person", "show", a).stdout)
    assert data["names"]["given"] == {"original": "خليل", "latin": "Xalil"}
    assert data["aliases"] == ["Xelîl", "Halil"]
    assert cli("person", "edit", a, "--remove-alias", "Xelîl").returncode == 0
    assert json.loads(cli("--json", "person", "show", a).stdout)["aliases"] == ["Halil"]
    r = cli("person", "edit", a, "--remove-alias", "Nobody")
    assert r.returncode == 2 and "no such alias" in r.stderr
    assert "Nobody" not in r.stderr  # what was typed is not echoed back


def test_a_date_in_the_future_and_a_count_below_one_are_refused_by_name(cli):
    cli("init")
    from datetime import date
    next_year = str(date.today().year + 1)  # always the future, whenever the suite runs
    r = cli("person", "add", "--given", "Nadia", "--born", next_year)
    assert r.returncode != 0 and r.stderr.count("\n") == 1
    assert "--born" in r.stderr and "future" in r.stderr
    assert cli("--json", "person", "list").stdout.strip() == "[]"  # nothing saved
    for command in (["person", "list"], ["search", "Nadia"], ["audit", "log"]):
        r = cli(*command, "--limit", "-1")
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--limit" in r.stderr, command


def test_show_lists_her_statuses_in_time_order_whenever_they_were_told(cli):
    assert cli("init").returncode == 0
    case = added(cli, "--given", "Nadia", "--status", "missing", "--status-date", "03/08/2014")
    assert cli("person", "status", case, "rescued", "--date", "2017").returncode == 0
    assert cli("person", "status", case, "sighted", "--date", "2015").returncode == 0  # told late
    lines = [next(w for w in ("missing", "sighted", "rescued") if f" {w}" in ln)
             for ln in cli("person", "show", case).stdout.splitlines()
             if ln.strip().startswith("status ")]
    assert lines == ["missing", "sighted", "rescued"]


def test_a_status_given_when_adding_her_with_no_date_counts_as_known_that_day(cli, tmp_path):
    """As `person status` does: told today with no date, it is 'by today', so it beats an older
    dated status once the two records are merged (undated, it lost to any dated one)."""
    from datetime import date
    assert cli("init").returncode == 0
    old = added(cli, "--given", "Nadia", "--status", "missing", "--status-date", "2014")
    told = added(cli, "--given", "Nadia", "--status", "sighted")
    event = json.loads(cli("--json", "person", "show", told).stdout)["status_events"][0]
    assert event["date"]["latest"] == date.today().isoformat()
    assert f"≤ {date.today().isoformat()}" in cli("person", "show", told).stdout
    r = cli("merge", old, told)
    assert r.returncode == 0, r.stderr
    assert json.loads(cli("--json", "person", "show", old).stdout)["current_status"] == "sighted"
    person_file = tmp_path / "p.json"
    person_file.write_text('{"names": {"given": "Layla"}, "status": "located"}', encoding="utf-8")
    r = cli("--json", "person", "add", "--json", str(person_file))
    assert r.returncode == 0, r.stderr
    (event,) = json.loads(r.stdout)["status_events"]
    assert event["date"]["latest"] == date.today().isoformat()


def test_a_person_files_undated_status_in_a_history_keeps_its_place(cli, tmp_path):
    """A file holding her history (missing, undated; rescued 2017) is not rewritten: dated
    today, the old 'missing' would overtake the rescue."""
    assert cli("init").returncode == 0
    person_file = tmp_path / "p.json"
    person_file.write_text(json.dumps({"names": {"given": "Layla"}, "status_events": [
        {"status": "missing", "date": {"text": ""}, "note": "list 2015"},
        {"status": "rescued", "date": {"text": "2017"}}]}), encoding="utf-8")
    r = cli("--json", "person", "add", "--json", str(person_file))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["current_status"] == "rescued"
    assert [e["date"]["text"] for e in out["status_events"]] == ["", "2017"]


def test_every_birth_the_importer_stores_is_taken_when_typed(cli, tmp_path):
    """`person add --born "age 12 in 2014"` was refused, though an import stores exactly that."""
    cli("init")
    ages = ["12", "20-25", "about 30", "1.5", "٢٣ سنة", "0"]
    lists = ((["--age-year", "2014"], "Nadia Layla Jihan Dilvin Sara Vian"),
             ([], "Khalida Samira Berivan Zeynab Suzan Nova"))
    for n, (year, names) in enumerate(lists):
        listing = tmp_path / f"list{n}.csv"
        listing.write_text("Name,Age\n" + "".join(
            f"{name},{age}\n" for name, age in zip(names.split(), ages, strict=True)),
            encoding="utf-8")
        r = cli("import", str(listing), *year)
        assert r.returncode == 0, r.stderr
    imported = [json.loads(cli("--json", "person", "show", c).stdout)["birth"]
                for c in listed(cli)]
    texts = {b["text"] for b in imported}
    assert {"age 12 in 2014", "age 28-32 in 2014", "age 1.5, year not given",
            "age 20-25, year not given"} <= texts
    for birth in imported:
        typed = added(cli, "--given", "Typed", "--born", birth["text"])
        again = json.loads(cli("--json", "person", "show", typed).stdout)["birth"]
        assert again == birth
        edited = cli("--json", "person", "edit", typed, "--born", birth["text"])
        assert json.loads(edited.stdout)["birth"] == birth
    for bad in ("age twelve in 2014", "age 12 in 2099", "age 250 in 2014"):
        r = cli("person", "add", "--given", "Typed", "--born", bad)
        assert r.returncode == 2 and "--born" in r.stderr and len(r.stderr.splitlines()) == 1
