"""The import commands as a user runs them: import, --dry-run, review, mappings, errors."""

import json
from datetime import date
from pathlib import Path

from tests.import_helpers import cli, write_csv

FIX = Path(__file__).parent / "fixtures" / "import"


def _init(tmp_path):
    out = cli(tmp_path, "init")
    assert out.returncode == 0, out.stderr


def test_every_import_command_has_help(tmp_path):
    for args in (["import", "--help"], ["review", "--help"], ["mappings", "--help"],
                 ["mappings", "list", "--help"], ["mappings", "show", "--help"],
                 ["mappings", "delete", "--help"]):
        out = cli(tmp_path, *args)
        assert out.returncode == 0 and "usage:" in out.stdout, args


def test_dry_run_shows_mapping_values_and_rows_and_changes_nothing(tmp_path):
    _init(tmp_path)
    out = cli(tmp_path, "import", str(FIX / "libreoffice_arabic_title_rows.xlsx"),
              "--sheet", "Kocho", "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "sheet 'Kocho', header on row 4" in out.stdout
    assert "اسم الاب -> father" in out.stdout
    assert "'انثى' -> F" in out.stdout and "'كوجو' -> Kocho" in out.stdout
    assert "row 5: new person" in out.stdout
    listed = cli(tmp_path, "--json", "person", "list")
    assert json.loads(listed.stdout) == []


def test_dry_run_says_what_each_update_would_change_and_what_it_would_keep(tmp_path):
    _init(tmp_path)
    first = write_csv(tmp_path / "family.csv", ["Name", "Father", "Grandfather", "Family",
                                                "Notes", "Status"],
                      [["Nadia", "Basi", "Taha", "Haskani", "seen 2016", "missing"]])
    assert cli(tmp_path, "import", str(first)).returncode == 0
    ngo = write_csv(tmp_path / "ngo.csv", ["Name", "Father", "Grandfather", "Family", "Born",
                                           "Notes", "Status"],
                    [["Nadia", "Basi", "Taha", "Haskani", "1993", "in Raqqa", "ناجية"]])
    out = cli(tmp_path, "import", str(ngo), "--dry-run")
    assert out.returncode == 0, out.stderr
    # the list's note is news: added after hers, with where it came from (no batch yet)
    line = f'[list "ngo.csv", row 2, read {date.today().isoformat()}] in Raqqa'
    # (ناجية is said only of a woman: the list's row says she is female too)
    assert (f"would change birth: (blank) -> 1993; notes: adds the line {line!r}; sex: U -> F; "
            "status: missing -> rescued") in out.stdout
    assert "conflict" not in out.stdout
    (row,) = json.loads(cli(tmp_path, "--json", "import", str(ngo), "--dry-run").stdout)["rows"]
    assert row["would_change"] == {"birth": ["", "1993"], "notes": [
        "seen 2016", f"seen 2016\n{line}"], "sex": ["U", "F"], "status": ["missing", "rescued"]}
    assert row["conflicts"] == []
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert shown["birth"]["text"] == "" and shown["version"] == 1   # the dry run wrote nothing


def test_import_then_same_file_refused_then_review_probable(tmp_path):
    _init(tmp_path)
    src = str(FIX / "libreoffice.ods")
    out = cli(tmp_path, "--json", "import", src, "--source", "ngo-a")
    rep = json.loads(out.stdout)
    assert rep["results"]["created"] == 3 and rep["reconciled"]
    again = cli(tmp_path, "import", src, "--source", "ngo-a")
    assert again.returncode != 0 and "already imported" not in again.stdout
    assert "this exact file was imported as batch 1" in again.stderr
    assert again.stderr.count("\n") == 1  # one line, no traceback
    # A second list with a probable match (three name parts, nothing else) waits for review.
    lst = write_csv(tmp_path / "second.csv", ["Name", "Father", "Grandfather"],
                    [["Nadia", "Basi", "Taha"]])
    out = cli(tmp_path, "import", str(lst))
    assert "1 probable match waits for your decision: casekeeper review 2" in out.stdout
    waiting = json.loads(cli(tmp_path, "--json", "review", "2").stdout)
    assert waiting[0]["row"] == 2 and waiting[0]["match"] == "SNJ-00001"
    out = cli(tmp_path, "review", "2", "--row", "2", "--decide", "update", "--commit")
    assert out.returncode == 0, out.stderr
    assert "counts reconciled: yes" in out.stdout
    report = json.loads(cli(tmp_path, "--json", "review", "2", "--report").stdout)
    assert report["state"] == "committed" and report["decisions"] == {"update": 1}
    batches = json.loads(cli(tmp_path, "--json", "review").stdout)
    assert [b["state"] for b in batches] == ["committed", "committed"]
    listed = cli(tmp_path, "review").stdout.splitlines()  # the day tells batches apart
    assert listed[1].split()[:3] == ["2", "committed", batches[1]["committed_at"][:10]]
    audit = json.loads(cli(tmp_path, "--json", "audit", "log", "--limit", "200").stdout)
    commits = [a for a in audit if a["action"] == "import.commit"]
    assert [a["ref"] for a in commits] == ["1", "2"]
    assert "Nadia" not in json.dumps(commits, ensure_ascii=False)  # counts, not names


def test_review_shows_what_the_row_may_be_beside_the_row(tmp_path):
    """Deciding needs both sides: the vault record's names and facts, or the earlier row's."""
    _init(tmp_path)
    add = cli(tmp_path, "person", "add", "--given", "نادية", "--given", "Nadia", "--father",
              "مراد", "--grandfather", "باسي", "--sex", "female", "--born", "1993",
              "--village", "Kocho")
    assert add.returncode == 0, add.stderr
    lst = write_csv(tmp_path / "list.csv", ["Name", "Father", "Born", "Village", "Grandfather"],
                    [["Nadiya", "Murad", "1994", "Kojo", ""],
                     ["Layla", "Khalil", "1990", "", "Hasan"],
                     ["ليلى", "خليل", "1988", "", "حسن"]])
    cli(tmp_path, "import", str(lst))
    out = cli(tmp_path, "review", "1").stdout
    assert "vault: SNJ-00001 نادية مراد باسي / Nadia | sex: F | born: 1993 | village: Kocho" \
        in out
    assert "row 3: Name: Layla | Father: Khalil | Born: 1990 | Grandfather: Hasan" in out
    waiting = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert [w["row"] for w in waiting] == [2, 4]
    assert waiting[0]["candidate"]["born"] == "1993" and waiting[0]["earlier_values"] is None
    assert waiting[1]["candidate"] is None and waiting[1]["earlier_values"]["Name"] == "Layla"


def test_mapping_file_and_saved_mappings(tmp_path):
    _init(tmp_path)
    lst = write_csv(tmp_path / "odd.csv", ["A", "B"], [["Nadia", "Kocho"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"A": "given", "B": "village"}}), "utf-8")
    out = cli(tmp_path, "--json", "import", str(lst), "--mapping", str(mapping),
              "--source", "office")
    assert json.loads(out.stdout)["results"]["created"] == 1
    assert json.loads(cli(tmp_path, "--json", "mappings", "list").stdout)[0]["source"] == "office"
    shown = json.loads(cli(tmp_path, "--json", "mappings", "show", "office").stdout)
    assert shown["columns"] == {"A": "given", "B": "village"}
    assert cli(tmp_path, "mappings", "delete", "office").returncode == 0
    missing = cli(tmp_path, "mappings", "show", "office")
    assert missing.returncode != 0 and "no saved mapping" in missing.stderr


def test_value_mappings_take_words_as_people_write_them_and_name_a_wrong_one(tmp_path):
    _init(tmp_path)
    lst = write_csv(tmp_path / "l.csv", ["Name", "Sex", "Status"],
                    [["Nadia", "woman", "freed 2017"], ["Layla", "girl", "talks"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"values": {
        "status": {"freed 2017": "Rescued", "talks": "in negotiation"},
        "sex": {"woman": "female", "girl": "F"}}}), "utf-8")
    out = cli(tmp_path, "--json", "import", str(lst), "--mapping", str(mapping))
    assert out.returncode == 0, out.stderr
    people = {p["name_latin"]: p for p in json.loads(cli(tmp_path, "--json", "person", "list").stdout)}
    assert (people["Nadia"]["status"], people["Nadia"]["sex"]) == ("rescued", "F")
    assert people["Layla"]["status"] == "in_negotiation"
    mapping.write_text(json.dumps({"values": {"status": {"freed 2017": "free"}}}), "utf-8")
    bad = cli(tmp_path, "import", str(lst), "--mapping", str(mapping), "--dry-run")
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1, bad.stderr  # no traceback
    assert "m.json: status value 'freed 2017' is mapped to 'free', which is not a status" in (
        bad.stderr)


def test_a_list_on_another_sheet_than_the_first_is_read_and_the_first_passed_over(tmp_path):
    from openpyxl import Workbook
    _init(tmp_path)
    wb = Workbook()
    wb.active.title = "Instructions"
    wb.active["A1"] = "Fill in one row per missing person on the next sheet."
    data = wb.create_sheet("Data")
    data.append(["Name", "Father"])
    data.append(["Nadia", "Basi"])
    path = tmp_path / "two sheets.xlsx"
    wb.save(path)
    out = cli(tmp_path, "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "two sheets.xlsx: sheet 'Data', header on row 1, 1 row (0 blank rows skipped)" in out.stdout
    assert ("read sheet 'Data', the one that holds a list; passed over 'Instructions' (no header "
            "row)") in out.stdout
    # Asked for by name, the instructions are still no list, and the error says where it is.
    out = cli(tmp_path, "import", str(path), "--sheet", "Instructions", "--dry-run")
    assert out.returncode != 0 and out.stderr.count("\n") == 1, out.stderr
    assert "two sheets.xlsx, sheet 'Instructions': no header row" in out.stderr
    assert "the file has other sheets ('Data'): choose the one that holds the list (--sheet)" in (
        out.stderr)


def test_hostile_and_broken_files_give_one_line_errors(tmp_path):
    _init(tmp_path)
    from tests import hostile_files as hf
    for path in (hf.billion_laughs(tmp_path / "bomb.xlsx"), FIX / "csv_unterminated_quote.csv",
                 FIX / "csv_nul.csv"):
        out = cli(tmp_path, "import", str(path))
        assert out.returncode == 6, (path, out.stderr)
        assert out.stderr.startswith("casekeeper: ") and out.stderr.count("\n") == 1
        assert "Traceback" not in out.stderr


def test_changed_list_and_where_a_person_came_from_as_the_user_sees_them(tmp_path):
    _init(tmp_path)
    header = ["Name", "Father", "Grandfather", "Born", "Village"]
    v1 = write_csv(tmp_path / "v1.csv", header, [["Nadia", "Basi", "Taha", "about 1998", "Koço"],
                                                 ["Khalil", "Hasan", "Ali", "", "Solagh"]])
    assert cli(tmp_path, "import", str(v1), "--source", "ngo").returncode == 0
    shown = cli(tmp_path, "person", "show", "SNJ-00001").stdout
    assert "born         1996–2000 (as typed: about 1998)" in shown
    assert "from list   batch 1: v1.csv, row 2, source 'ngo'" in shown
    assert "Name: Nadia | Father: Basi | Grandfather: Taha | Born: about 1998 | Village: Koço" \
        in shown
    # The next version of the list: one row changed, one added; the dry run says so first.
    v2 = write_csv(tmp_path / "v2.csv", header, [["Nadia", "Basi", "Taha", "about 1998", "Kocho"],
                                                 ["Khalil", "Hasan", "Ali", "", "Solagh"],
                                                 ["Layla", "Murad", "Ali", "2001", "Hardan"]])
    dry = cli(tmp_path, "import", str(v2), "--source", "ngo", "--dry-run")
    assert "since batch 1 (v1.csv), rows: 1 added, 0 removed, 1 changed, 1 unchanged" in dry.stdout
    assert ("changed row 2 (was row 2): Nadia Basi Taha (SNJ-00001): Village: 'Koço' -> "
            "'Kocho'") in dry.stdout
    rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "ngo").stdout)
    assert [r["row"] for r in rep["changes_since_last_import"]["added_rows"]] == [4]


def test_person_show_keeps_what_a_list_said_that_the_vault_did_not_take(tmp_path):
    _init(tmp_path)
    first = write_csv(tmp_path / "family.csv", ["Name", "Father", "Grandfather", "Family",
                                                "Status"],
                      [["Nadia", "Basi", "Taha", "Haskani", "missing"]])
    assert cli(tmp_path, "import", str(first)).returncode == 0
    deaths = write_csv(tmp_path / "deaths.csv", ["Name", "Father", "Grandfather", "Family",
                                                 "Status"],
                       [["Nadia", "Basi", "Taha", "Haskani", "متوفاة"]])
    assert cli(tmp_path, "import", str(deaths)).returncode == 0
    shown = cli(tmp_path, "person", "show", "SNJ-00001").stdout
    assert ("list said   status 'deceased «متوفاة»' (vault keeps 'missing'): batch 2 "
            "(deaths.csv), row 2" in shown)
    data = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert [(c["batch"], c["field"], c["list"]) for c in data["list_conflicts"]] == [
        (2, "status", "deceased «متوفاة»")]


def test_dry_run_shows_a_village_taking_the_vaults_spelling(tmp_path):
    _init(tmp_path)
    for given, village in (("Layla", "Solagh"), ("Amira", "Tel Ezer")):
        assert cli(tmp_path, "person", "add", "--given", given, "--village", village,
                   "--status", "missing").returncode == 0
    lst = write_csv(tmp_path / "list.csv", ["Name", "Village"],
                    [["Bushra", "Solax"], ["Khatun", "Girêzer"]])
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert "  'Solax' -> Solagh\n" in dry.stdout
    assert "  'Girêzer' -> Girêzer\n" in dry.stdout  # another name of Tel Ezer, not a spelling


def test_a_mapping_file_names_a_wrong_field_and_is_named_as_the_reason(tmp_path):
    _init(tmp_path)
    lst = write_csv(tmp_path / "l.csv", ["Name", "Dad"], [["Nadia", "Murad"]])
    mapping = tmp_path / "map4.json"
    mapping.write_text(json.dumps({"columns": {"Name": "given", "Dad": "dad"}}), "utf-8")
    bad = cli(tmp_path, "import", str(lst), "--mapping", str(mapping), "--dry-run")
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1, bad.stderr
    assert "mapping file map4.json: column 'Dad' is mapped to 'dad', which is not a field" in (
        bad.stderr) and "father" in bad.stderr
    mapping.write_text(json.dumps({"columns": {"Name": "given", "Dad": "father"}}), "utf-8")
    out = cli(tmp_path, "import", str(lst), "--mapping", str(mapping), "--dry-run")
    assert "Dad -> father  (mapping file map4.json)" in out.stdout, out.stdout


def test_the_dry_run_names_fields_in_words_not_the_programs_names(tmp_path):
    _init(tmp_path)
    cli(tmp_path, "person", "add", "--given", "Nadia", "--father", "Murad", "--grandfather",
        "Basi", "--sex", "F", "--village", "Kocho", "--born", "1993")
    lst = write_csv(tmp_path / "l.csv", ["Name", "الاسم", "Father", "Grandfather", "Sex",
                                         "Village", "Born", "Place of abduction"],
                    [["Nadia", "نادية", "Murad", "Basi", "F", "Kocho", "1993", "Kocho school"]])
    out = cli(tmp_path, "import", str(lst), "--dry-run")
    assert "place of abduction: (blank) -> Kocho school" in out.stdout, out.stdout
    assert "given name (Arabic script): (blank) -> نادية" in out.stdout
    assert "abduction_place" not in out.stdout.split("Rows:")[1]
    assert out.stdout.rstrip().endswith(
        "In all, 1 row: 0 new persons, 1 certain match (updates or repeats of an earlier "
        "row), 0 probable matches (wait for your decision, or new persons with --yes), "
        "0 rejected")


def test_a_full_name_saying_son_of_or_daughter_of_is_read_and_matched_without_that_word(
        tmp_path):
    """A tester's list wrote 'Xelîl kurê Hesen Reşo' (Xelîl son of Hesen): kurê was read as
    his father's name and Hesen as his grandfather's, so `match` found no candidate for a man
    the vault knows and the import would have made him again with father 'kurê'."""
    _init(tmp_path)
    known = []
    for names in (("Cemîle", "جەمیلە", "Xelef", "خەلەف", "Reşo", "ڕەشۆ"),
                  ("Xelîl", "خەلیل", "Hesen", "حەسەن", "Reşo", "ڕەشۆ")):
        out = cli(tmp_path, "--json", "person", "add", "--given", names[0], "--given", names[1],
                  "--father", names[2], "--father", names[3], "--grandfather", names[4],
                  "--grandfather", names[5])
        assert out.returncode == 0, out.stderr
        known.append(json.loads(out.stdout)["case_no"])
    cells = ["Cemîle keça Xelef Reşo", "Xelîl kurê Hesen Reşo", "جەمیلە کچی خەلەف ڕەشۆ",
             "خەلیل کوڕی حەسەن ڕەشۆ", "Jamila bint Khalaf Rasho"]
    path = write_csv(tmp_path / "list.csv", ["الاسم الكامل"], [[c] for c in cells])
    dry = cli(tmp_path, "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    for shown in ("given 'Cemîle', father 'Xelef', grandfather 'Reşo'",
                  "given 'Xelîl', father 'Hesen', grandfather 'Reşo'",
                  "given 'جەمیلە', father 'خەلەف', grandfather 'ڕەشۆ'",
                  "given 'خەلیل', father 'حەسەن', grandfather 'ڕەشۆ'",
                  "given 'Jamila', father 'Khalaf', grandfather 'Rasho'"):
        assert f"      name read as: {shown}\n" in dry.stdout
    assert "kurê" not in dry.stdout.split("name read as")[2].split("\n")[0]
    rows = json.loads(cli(tmp_path, "--json", "match", str(path)).stdout)
    assert [r["candidates"][0]["case_no"] if r["candidates"] else None for r in rows] == [
        *known, *known, known[0]]
    # The import keeps the list's cell as written, kinship word and all.
    assert cli(tmp_path, "import", str(path)).returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "update").returncode == 0
    out = cli(tmp_path, "review", "1", "--all", "skip", "--commit")
    assert out.returncode == 0, out.stderr
    shown = cli(tmp_path, "person", "show", known[1]).stdout
    assert "الاسم الكامل: Xelîl kurê Hesen Reşo" in shown


def test_father_grandfather_and_family_without_her_own_name_are_refused_before_staging(tmp_path):
    """A mapping that gives her father's, grandfather's and family names but no given or full
    name would make every row a woman without a name of her own, sisters and repeats not told
    apart: refused, like a mapping without any name, naming the file and the columns."""
    _init(tmp_path)
    path = write_csv(tmp_path / "ministry.csv", ["ت", "الخانة ٢", "الاب", "الجد", "اللقب", "القرية"],
                     [["1", "سلوى", "سلو", "محمود", "جيلكي", "بورك"],
                      ["2", "نسرين", "سلو", "محمود", "جيلكي", "بورك"]])
    for extra in (["--dry-run"], []):
        out = cli(tmp_path, "import", str(path), *extra)
        assert out.returncode != 0 and out.stdout == "", out.stdout
        err = out.stderr
        assert err.count("\n") == 1, err
        assert err.startswith("error: ministry.csv: ") or "ministry.csv: " in err
        assert "'الاب' (father), 'الجد' (grandfather), 'اللقب' (family)" in err
        assert "no column gives her own name" in err and "nothing was staged" in err
        assert "'الخانة ٢' (column B)" in err   # the column that may hold it, unmapped
    assert json.loads(cli(tmp_path, "--json", "review").stdout) == []
    # Mapped by hand, the same list imports.
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"الخانة ٢": "given"}}), encoding="utf-8")
    out = cli(tmp_path, "import", str(path), "--mapping", str(mapping), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 3: certain match with row 2" not in out.stdout and "row 3: new person" in out.stdout


def test_the_dry_run_says_why_a_row_is_rejected_in_english_not_as_stored(tmp_path):
    """The reason a row is not imported is stored in pieces for the desktop; the dry run
    printed that storage: rejected: {"said": "no name in any name column", "values": []...}."""
    _init(tmp_path)
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Village"],
                     [["Nadia", "Murad", "Kocho"], ["", "", "Kocho"]])
    out = cli(tmp_path, "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 3: rejected: no name in any name column" in out.stdout
    assert '"said"' not in out.stdout
    data = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert [r["rejected"] for r in data["rows"]] == ["", "no name in any name column"]


def test_a_rows_warning_names_its_column_by_its_header_as_the_desktop_does(tmp_path):
    """"column E: ..." sent her to count columns in the list; the desktop already said
    "column E (المواليد)", and the dry run and the report now say it too."""
    _init(tmp_path)
    lst = write_csv(tmp_path / "kocho.csv", ["الاسم", "اسم الاب", "اسم الجد", "الجنس",
                                             "المواليد", "القرية"],
                    [["نادية", "باسي", "طه", "انثى", "قريبا", "كوجو"]])
    said = "column E (المواليد): 'قريبا' is not a date we can read; the text is kept"
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert f"      warning: {said}\n" in dry.stdout, dry.stdout
    assert cli(tmp_path, "import", str(lst), "--yes").returncode == 0
    report = cli(tmp_path, "review", "1", "--report")
    assert f"  warning row 2: {said}\n" in report.stdout, report.stdout
    as_json = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)
    assert as_json["warnings"][0]["warning"] == said


def test_dry_run_and_report_say_a_first_status_alike(tmp_path):
    """A woman with no status yet is 'unknown' before the import and in its report: the dry
    run said '(blank)' for the same change."""
    _init(tmp_path)
    first = write_csv(tmp_path / "family.csv", ["Name", "Father", "Grandfather", "Family"],
                      [["Nadia", "Basi", "Taha", "Haskani"]])
    assert cli(tmp_path, "import", str(first)).returncode == 0
    ngo = write_csv(tmp_path / "ngo.csv", ["Name", "Father", "Grandfather", "Family", "Status"],
                    [["Nadia", "Basi", "Taha", "Haskani", "missing"]])
    dry = cli(tmp_path, "import", str(ngo), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "status: unknown -> missing" in dry.stdout, dry.stdout
    done = cli(tmp_path, "import", str(ngo), "--yes")
    assert done.returncode == 0, done.stderr
    assert "unknown -> missing" in done.stdout, done.stdout
