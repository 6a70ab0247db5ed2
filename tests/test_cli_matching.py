"""The finding commands as a user runs them: search, match a CSV list (reads only), duplicates,
merge, split and not-same, against a real vault in child processes."""

import json


def add(cli, *args):
    r = cli("--json", "person", "add", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


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
    r = cli("--json", "match", str(listing), "-o", str(report))
    assert r.returncode == 0, r.stderr
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
    r = cli("person", "delete", a.lower(), "--reason", "entered by mistake")
    assert r.returncode == 0 and r.stdout.strip() == f"{a} deleted, with {b} merged into it"
    assert [x["case_no"] for x in json.loads(cli("--json", "person", "list").stdout)] == [c]
    assert cli("audit", "verify").returncode == 0


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
