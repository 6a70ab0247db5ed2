"""The finding commands as a user runs them: search, match a CSV list (reads only), duplicates,
merge, split and not-same, against a real vault in child processes."""

import json
import re

from tests.cli_helpers import add


def test_search_match_duplicates_and_decisions(cli, tmp_path):
    assert cli("init").returncode == 0
    a = add(cli, "--given", "نادية", "--father", "مراد", "--grandfather", "باسي", "--sex", "F",
            "--born", "1993", "--village", "Kocho", "--status", "missing")
    b = add(cli, "--given", "Nadiya", "--father", "Murad", "--grandfather", "Basi", "--sex", "F")
    c = add(cli, "--given", "Khalil", "--father", "Ilyas", "--sex", "M")

    r = cli("--json", "search", "Nadia", "Murad")
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)
    assert {x["case_no"] for x in found[:2]} == {a, b} and found[0]["score"] > 0.9
    r = cli("--json", "search", "خليل", "--limit", "1")
    assert [x["case_no"] for x in json.loads(r.stdout)] == [c]
    r = cli("--json", "search", "Nadia", "--status", "missing")
    assert [x["case_no"] for x in json.loads(r.stdout)] == [a]

    listing = tmp_path / "new list.csv"
    listing.write_text("Name,Father,Grandfather,Sex,Birth\n"
                       "Xelîl,Îlyas,,M,\n"
                       "Nobody,Atall,,,\n"
                       "نادیە,Murad,Basee,F,1993\n", encoding="utf-8")
    before = cli("--json", "person", "list").stdout
    report = tmp_path / "report.json"
    report.write_text("an older report, readable by all")
    report.chmod(0o644)
    r = cli("--json", "match", str(listing), "-o", str(report))
    assert r.returncode == 0, r.stderr
    assert report.stat().st_mode & 0o777 == 0o600  # names: for her account alone
    rows = json.loads(r.stdout)
    assert [x["row"] for x in rows] == [2, 3, 4]
    assert rows[0]["candidates"][0]["case_no"] == c
    assert rows[1]["candidates"] == []
    best = rows[2]["candidates"]
    assert best[0]["case_no"] == a and best[0]["score"] >= best[1]["score"]
    assert {f["field"] for f in best[0]["fields"]} >= {"given", "father", "birth"}
    assert json.loads(report.read_text(encoding="utf-8")) == rows
    assert cli("--json", "person", "list").stdout == before  # reads only

    dups = json.loads(cli("--json", "duplicates").stdout)
    assert [(d["a"]["case_no"], d["b"]["case_no"]) for d in dups] == [(a, b)]

    assert cli("not-same", a, b).returncode == 0
    assert json.loads(cli("--json", "duplicates").stdout) == []
    assert cli("not-same", a, b, "--undo").returncode == 0

    r = cli("merge", a, b, "--note", "same girl, two lists")
    assert r.returncode == 0 and "split" in r.stdout
    assert f"MERGED into {a}" in cli("person", "show", b).stdout  # an old dossier's number
    assert [x["case_no"] for x in json.loads(cli("--json", "search", "Nadiya").stdout)] == [a]
    assert json.loads(cli("--json", "duplicates").stdout) == []
    assert cli("split", b).returncode == 0
    assert len(json.loads(cli("--json", "search", "Nadiya").stdout)) == 2
    r = cli("search-index")
    assert r.returncode == 0 and "indexed 3" in r.stdout

    assert cli("merge", a, b).returncode == 0
    r = cli("person", "delete", b)
    assert r.returncode != 0 and f"{b} is merged into {a}: split it out first" in r.stderr
    r = cli("person", "delete", a.lower(), "--reason", "entered by mistake", "--with-merged",
            "--yes")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == f"{a} deleted, with {b} merged into it"
    assert [x["case_no"] for x in json.loads(cli("--json", "person", "list").stdout)] == [c]
    assert cli("audit", "verify").returncode == 0


def test_merging_keeps_her_status_history_and_shows_where_each_record_came_from(cli, tmp_path):
    """Jamila is rescued on one list and missing on another: merged, the kept record holds both
    histories, says which status is current, lists the records merged into it with the list,
    batch and row each came from; deleting it asks for --with-merged; split takes it all back."""
    assert cli("init").returncode == 0
    ngo = tmp_path / "ngo.csv"
    ngo.write_text("Name,Father,Grandfather,Sex,Status\nJamila,Murad,Basi,F,rescued\n",
                   encoding="utf-8")
    family = tmp_path / "family.csv"
    family.write_text("Name,Father,Sex,Status\nJamile,Mourad,F,missing\n", encoding="utf-8")
    assert cli("import", str(ngo), "--source", "NGO Duhok").returncode == 0
    assert cli("import", str(family), "--source", "family list", "--yes").returncode == 0
    rescued, missing = "SNJ-00001", "SNJ-00002"
    solo = add(cli, "--given", "Layla", "--status", "missing")
    assert json.loads(cli("--json", "person", "show", missing).stdout)["current_status"] == (
        "missing")

    r = cli("merge", missing, rescued)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert f"{rescued} merged into {missing}" in out
    assert f"status from {rescued}:" in out and "rescued" in out
    # neither list dates its status: each is known by the day it was read, and read on one
    # day, the one further along her case counts (an old list's "missing" is no news after a
    # rescue), and the lawyer is told so
    assert (f"statuses differed: {missing} was missing, {rescued} rescued; {missing} is now "
            "rescued (both were known by the same day, and the one furthest along her case "
            "counts)") in out
    assert f"if she is missing now: casekeeper person status {missing} missing --date DATE" in out
    shown = json.loads(cli("--json", "person", "show", missing).stdout)
    assert [(e["status"], e["from_case_no"]) for e in shown["status_events"]] == [
        ("missing", None), ("rescued", rescued)]
    assert f"rescued  «rescued»  [from {rescued}]" in cli("person", "show", missing).stdout
    # told that she is rescued, the kept record is found among the rescued
    assert cli("person", "status", missing, "rescued").returncode == 0
    assert [x["case_no"] for x in json.loads(
        cli("--json", "person", "list", "--status", "rescued").stdout)] == [missing]

    # the records merged into her, with the list, batch and row each came from
    shown = json.loads(cli("--json", "person", "show", missing).stdout)
    assert shown["provenance"][0]["file_name"] == "family.csv"
    (merged,) = shown["merged_records"]
    assert merged["case_no"] == rescued and merged["merged_into_case_no"] == missing
    assert merged["current_status"] == "rescued" and merged["name_latin"] == "Jamila Murad Basi"
    (prov,) = merged["provenance"]
    assert (prov["file_name"], prov["batch_id"], prov["row_number"], prov["list_source"]) == (
        "ngo.csv", 1, 2, "NGO Duhok")
    text = cli("person", "show", missing).stdout
    merged_line = next(line for line in text.splitlines() if line.startswith("  merged here"))
    assert rescued in merged_line and "Jamila Murad Basi" in merged_line
    after = text[text.index(merged_line):]
    assert "batch 1: ngo.csv, row 2, source 'NGO Duhok'" in after

    # deleting her would delete the record merged into her: only when asked for
    r = cli("person", "delete", missing)
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1
    assert rescued in r.stderr and "--with-merged" in r.stderr
    assert f"casekeeper split {rescued}" in r.stderr
    assert cli("--json", "person", "show", rescued).returncode == 0   # nothing was deleted
    r = cli("--json", "person", "delete", solo, "--yes")                     # nothing merged into her
    assert r.returncode == 0 and json.loads(r.stdout) == {"deleted": solo, "merged_deleted": []}

    # split: the rescue the merge brought goes back with her record; what was told since stays
    r = cli("split", rescued)
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli("--json", "person", "show", missing).stdout)
    assert [e["status"] for e in shown["status_events"]] == ["missing", "rescued"]
    assert shown["status_events"][0]["note"] == "«missing»"
    assert shown["status_events"][1]["date"]["latest"] is not None   # told by hand, dated
    assert shown["merged_records"] == []
    back = json.loads(cli("--json", "person", "show", rescued).stdout)
    assert [e["status"] for e in back["status_events"]] == ["rescued"]
    r = cli("--json", "person", "delete", missing, "--yes")
    assert r.returncode == 0 and json.loads(r.stdout)["merged_deleted"] == []
    assert cli("audit", "verify").returncode == 0


def test_merge_json_says_what_came_over_and_which_status_is_current(cli):
    assert cli("init").returncode == 0
    a = add(cli, "--given", "Jamila", "--status", "missing", "--status-date", "08/2014")
    b = add(cli, "--given", "Jamila", "--status", "rescued", "--status-date", "2017")
    r = cli("--json", "merge", a, b)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["kept"] == a and data["merged"] == b
    assert [(e["status"], e["date"]["text"]) for e in data["status_events"]] == [
        ("rescued", "2017")]
    assert data["statuses"] == {"kept": "missing", "merged": "rescued", "current": "rescued",
                                "differ": True}
    r = cli("merge", a, b)
    assert r.returncode != 0
    assert cli("split", b).returncode == 0
    r = cli("merge", a, b)
    assert f"statuses differed: {a} was missing, {b} rescued; {a} is now rescued" in r.stdout


def test_match_reads_lists_as_import_does_and_names_what_it_cannot(cli, tmp_path):
    """xlsx with Arabic and Kurmanji headers, a cp1256 CSV, a doubtful date: read, mapped and
    matched as an import would read them; a NUL byte or no name column: one line, no rows."""
    import openpyxl
    cli("init")
    k = add(cli, "--given", "خليل", "--father", "الياس", "--grandfather", "حسن", "--sex", "M")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["الاسم", "Bav", "اسم الجد", "تاريخ الاختطاف"])
    ws.append(["Khaleel", "Elias", "Hassan", "31/02/2015"])
    wb.save(tmp_path / "list.xlsx")
    rows = json.loads(cli("--json", "match", str(tmp_path / "list.xlsx")).stdout)
    assert rows[0]["candidates"][0]["case_no"] == k and rows[0]["candidates"][0]["score"] > 0.9
    assert rows[0]["warnings"] and "31/02/2015" in rows[0]["warnings"][0]
    bad = tmp_path / "cp1256.csv"
    bad.write_bytes(b"Name,Father\n" + "خليل,الياس\n".encode("cp1256"))
    r = cli("match", str(bad))
    assert r.returncode == 0 and k in r.stdout and "cp1256" in r.stdout
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"Name\nLay\x00la\n")
    r = cli("match", str(nul))
    assert r.returncode == 6 and "nul.csv" in r.stderr and r.stderr.count("\n") == 1
    nohead = tmp_path / "nohead.csv"
    nohead.write_text("Colour,Size\nred,1\n", encoding="utf-8")
    r = cli("match", str(nohead))
    assert r.returncode != 0 and ("nohead.csv: no column of this sheet reads as a name (header "
                                  "row 1: 'Colour', 'Size')") in r.stderr
    r = cli("match", str(nohead), "--min-score", "2")
    assert r.returncode != 0 and "2 is not between 0 and 1" in r.stderr
    r = cli("merge", "SNJ-00001", "SNJ-00001")
    assert r.returncode != 0 and "Traceback" not in r.stderr


def test_a_duplicates_threshold_outside_0_to_1_is_refused_as_match_refuses_it(cli):
    assert cli("init").returncode == 0
    for bad in ("1.5", "-0.1", "x"):
        r = cli("duplicates", "--threshold", bad)
        assert r.returncode == 2 and "--threshold" in r.stderr and "Traceback" not in r.stderr
    r = cli("duplicates", "--threshold", "1.5")
    assert "1.5 is not between 0 and 1" in r.stderr
    assert cli("duplicates", "--threshold", "0.9").returncode == 0


def three_nadias(cli):
    assert cli("init").returncode == 0
    return [add(cli, "--given", given, "--father", father, "--grandfather", "Basi", "--sex", "F")
            for given, father in (("Nadia", "Murad"), ("Nadiya", "Murad"), ("Nadia", "Mourad"))]


def pairs(cli):
    return {(d["a"]["case_no"], d["b"]["case_no"])
            for d in json.loads(cli("--json", "duplicates").stdout)}


def test_merge_refuses_a_pair_marked_not_the_same_until_told_and_split_gives_it_back(cli):
    from datetime import UTC, datetime
    a, b, c = three_nadias(cli)
    assert cli("not-same", a, b, "--note", "cousins").returncode == 0
    r = cli("merge", a, b)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1
    today = datetime.now(UTC).date().isoformat()
    assert f"{a} and {b} were marked not the same person on {today} (cousins)" in r.stderr
    assert "--despite-decision" in r.stderr
    assert json.loads(cli("--json", "person", "show", b).stdout)["merged_into_case_no"] is None
    r = cli("merge", a, b, "--despite-decision")
    assert r.returncode == 0, r.stderr
    assert f"withdrawn: {a} and {b} not the same person ({today}, cousins)" in r.stdout
    r = cli("split", b)
    assert r.returncode == 0, r.stderr
    assert f"back: {a} and {b} not the same person ({today}, cousins)" in r.stdout
    assert pairs(cli) == {(a, c), (b, c)}
    r = cli("not-same", a, b, "--undo")
    assert r.returncode == 0 and r.stdout.strip() == f"{a} and {b} may be proposed again"
    assert cli("audit", "verify").returncode == 0


def test_a_not_same_decision_holds_for_the_records_merged_into_either(cli):
    a, b, c = three_nadias(cli)
    assert cli("not-same", a, b, "--note", "cousins").returncode == 0
    assert cli("merge", c, b).returncode == 0               # b goes behind c
    assert pairs(cli) == set()
    r = cli("merge", a, c)
    assert r.returncode == 2 and f"{a} and {b} (merged into {c}) were marked" in r.stderr
    assert "cousins" in r.stderr
    assert json.loads(cli("--json", "person", "show", c).stdout)["merged_into_case_no"] is None
    # undoing it between a and c takes nothing back, and says which decision stands between them
    r = cli("not-same", a, c, "--undo")
    assert r.returncode == 2 and f"casekeeper not-same {a} {b} --undo" in r.stderr
    # a and b are one person with c: not-same is refused until they are split
    r = cli("not-same", b, c)
    assert r.returncode == 2 and f"{b} is merged into {c}" in r.stderr
    assert f"casekeeper split {b}" in r.stderr


def test_merge_refuses_a_sister_and_her_brother_until_told_and_audits_it(cli):
    """A user's test: `merge SNJ-00006 SNJ-00007` joined Samira (F) and her twin brother Samir
    (M) with no question and gave her his names, سمير | Samir | Sameer, as hers."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    family = ("--father", "خلف", "--father", "Khalaf", "--grandfather", "رشو", "--grandfather",
              "Rasho", "--born", "2004", "--village", "Kocho")
    samira = add(cli, "--given", "سميرة", "--given", "Samira", "--sex", "F", *family)
    samir = add(cli, "--given", "سمير", "--given", "Samir", "--alias", "Sameer", "--sex", "M",
                *family)
    r = cli("merge", samira, samir)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1
    assert f"not merged: {samira} and {samir} disagree on " in r.stderr
    assert f"sex ({samira} 'F', {samir} 'M')" in r.stderr
    score = re.search(r"; score (0\.\d{3}): given \w+, father match", r.stderr)
    assert score is not None
    assert "--despite-contradiction" in r.stderr
    shown = json.loads(cli("--json", "person", "show", samira).stdout)
    assert shown["aliases"] == [] and shown["sex"] == "F"
    assert json.loads(cli("--json", "person", "show", samir).stdout)["merged_into_case_no"] is None

    r = cli("--json", "merge", samira, samir, "--despite-contradiction", "--note", "one girl")
    assert r.returncode == 0, r.stderr
    said = json.loads(r.stdout)["contradictions"]
    assert {"field": "sex", samira: "F", samir: "M"} in said["fields"]
    assert said["score"] == float(score[1])
    log = json.loads(cli("--json", "audit", "log", "--case", samira).stdout)
    (merge,) = [e for e in log if e["action"] == "person.merge"]
    assert merge["detail"]["contradicts"] == said and merge["detail"]["note"] == "one girl"
    assert cli("split", samir).returncode == 0
    r = cli("merge", samira, samir, "--despite-contradiction")
    assert r.returncode == 0, r.stderr
    assert "merged despite: " in r.stdout and f"sex ({samira} 'F', {samir} 'M')" in r.stdout
    assert cli("audit", "verify").returncode == 0


def test_merge_names_both_flags_when_decided_apart_and_contradicting(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    sister = add(cli, "--given", "Samira", "--father", "Khalaf", "--grandfather", "Rasho",
                 "--sex", "F")
    brother = add(cli, "--given", "Samir", "--father", "Khalaf", "--grandfather", "Rasho",
                  "--sex", "M")
    assert cli("not-same", sister, brother, "--note", "twins").returncode == 0
    r = cli("merge", sister, brother)
    assert r.returncode == 2 and "(twins)" in r.stderr
    assert re.search(rf"they also disagree on .*sex \({sister} 'F', {brother} 'M'\) "
                     r"\(score 0\.\d{3}\)", r.stderr)
    assert "--despite-decision --despite-contradiction" in r.stderr
    r = cli("merge", sister, brother, "--despite-decision")
    assert r.returncode == 2 and "--despite-contradiction" in r.stderr
    assert "--despite-decision" not in r.stderr
    r = cli("merge", sister, brother, "--despite-decision", "--despite-contradiction")
    assert r.returncode == 0, r.stderr


def test_merge_messages_speak_of_a_man_as_he(cli):
    assert cli("init").returncode == 0
    old = add(cli, "--given", "Khalil", "--father", "Elias", "--sex", "M", "--status", "missing",
              "--status-date", "2014")
    new = add(cli, "--given", "Khaleel", "--father", "Ilyas", "--sex", "M", "--status",
              "rescued", "--status-date", "2017")
    r = cli("merge", new, old)
    assert r.returncode == 0, r.stderr
    assert "if he is missing now" in r.stdout and "she" not in r.stdout
    # sex not known on either record: "they"
    one = add(cli, "--given", "Dilvin", "--status", "missing", "--status-date", "2014")
    two = add(cli, "--given", "Dilvin", "--status", "rescued", "--status-date", "2017")
    r = cli("merge", two, one)
    assert "if they are missing now" in r.stdout and "she" not in r.stdout


def test_search_reads_a_last_word_of_one_letter_as_half_a_name(cli):
    """`search "Nadia M"` tied every Nadia at 0.50, the one the letter names among them."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for father in ("Khalaf", "Murad", "Elias"):
        assert cli("person", "add", "--given", "Nadia", "--father", father).returncode == 0
    found = json.loads(cli("--json", "search", "Nadia", "M").stdout)
    assert found[0]["case_no"] == "SNJ-00002"
    assert found[0]["score"] > found[1]["score"]


def test_info_counts_persons_as_the_list_does_and_the_records_merged_in_apart(cli):
    """`info` said "persons: 33" beside a list of 32: the record merged into another counted."""
    assert cli("init").returncode == 0
    a = add(cli, "--given", "Nadia", "--father", "Murad", "--sex", "F")
    b = add(cli, "--given", "Nadiya", "--father", "Murad", "--sex", "F")
    add(cli, "--given", "Khalil", "--sex", "M")
    assert cli("merge", a, b).returncode == 0
    listed = json.loads(cli("--json", "person", "list").stdout)
    info = json.loads(cli("--json", "info").stdout)
    assert info["counts"]["persons"] == len(listed) == 2
    assert info["counts"]["merged_records"] == 1
    text = cli("info").stdout
    assert "persons: 2\n" in text
    assert "records merged into others: 1\n" in text


def test_search_says_which_name_matched_when_it_is_not_her_given_name(cli):
    """"Shireen" found Nadia at 0.75 through her mother's name, and nothing said so."""
    assert cli("init").returncode == 0
    shirin = add(cli, "--given", "Shirin", "--father", "Hassan", "--sex", "F")
    nadia = add(cli, "--given", "نادية", "--given", "Nadia", "--father", "Bashar", "--mother",
                "شيرين", "--sex", "F")
    xelil = add(cli, "--given", "Khalil", "--father", "Elias", "--alias", "Xelîl", "--alias",
                "Xelîl Ilyas")
    haskani = add(cli, "--given", "Nadiya", "--family", "Haskani", "--alias", "Nadiya Haskani")
    lines = {line.split("\t")[1]: line.split("\t")
             for line in cli("search", "Shireen").stdout.splitlines()}
    assert len(lines[shirin]) == 7  # her own given name: nothing more to say
    assert lines[nadia][7] == "mother: شيرين"
    assert cli("search", "Xelil").stdout.split("\t")[7].strip() == "alias: Xelîl"
    # one name that holds both words, not each word's first alias
    assert cli("search", "Xelil", "Ilyas").stdout.split("\t")[7].strip() == "alias: Xelîl Ilyas"
    # a word in her own family name and in an alias is her family name's
    line = cli("search", "Haskani").stdout.splitlines()[0].split("\t")
    assert line[1] == haskani and line[7] == "family: Haskani"
    assert cli("search", "Bashar").stdout.split("\t")[7].strip() == "father: Bashar"
    line = cli("search", "Nadia", "Shirin").stdout.splitlines()[0].split("\t")
    assert line[1] == nadia and line[7] == "mother: شيرين"
    found = json.loads(cli("--json", "search", "Khalil", "Elias").stdout)
    assert found[0]["case_no"] == xelil
    assert found[0]["matched_names"] == [{"part": "given", "text": "Khalil"},
                                         {"part": "father", "text": "Elias"}]
