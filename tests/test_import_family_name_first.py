"""A full name written family name first («الأيوبي نادية خليل حسن», "Al-Ayoubi Nadia Khalil",
"Al-Ayoubi, Nadia Khalil", "AYOUBI, Nadia") is read with the family name last, and the row says
so. Read in the order written, the family name became her given name: `match` proposed nobody,
and an import made a new person beside her record. Given names that begin as an article does
(الهام, الياس), titles, names all in capitals, "Murad, Nadia", and a word in capitals with no
comma after it ("NADIA Khalil Murad": lists write given names so too) stay in the order
written. Real files, the real command line, a real vault."""

from __future__ import annotations

import json

import pytest

from app.importing.names import ARTICLE, CAPITALS, family_leads
from tests.import_helpers import write_csv

LEADS = [
    ("AL-AYOUBI Nadia", ("AL-AYOUBI", "Nadia", ARTICLE)),
    ("Al-Ayoubi Nadia Khalil", ("Al-Ayoubi", "Nadia Khalil", ARTICLE)),
    ("Al Haskani Nadia Murad", ("Al Haskani", "Nadia Murad", ARTICLE)),
    ("الأيوبي نادية خليل حسن", ("الأيوبي", "نادية خليل حسن", ARTICLE)),
    ("آل حسكان نادية مراد", ("آل حسكان", "نادية مراد", ARTICLE)),
]
IN_ORDER = [
    "AYOUBI Nadia Khalil Hassan",  # capitals alone: a list may write given names so
    "NADIA Khalil Murad",
    "Nadia Khalil Hassan Al-Ayoubi",
    "نادية خليل حسن الأيوبي",
    "الهام خليل حسن",  # Ilham: a given name with the article's letters, no clan ending
    "الياس خليل",
    "Elias Khalil Hassan",
    "NADIA KHALIL HASSAN",  # all in capitals: nothing told apart
    "Nadia KHALIL Hassan",  # capitals in the middle: not at the head
    "Al-Ayoubi Nadia Al-Haskani",  # two family names: which one is hers is not plain
    "Haskani Nadia Murad",  # a clan form without its article: too close to a given name
    "Nadia",
    "الهادي خليل حسن",  # a given name with the article and a clan's ending
    "Al-Hajj Khalil Hassan",  # a title
    "HAJI Nadia Khalil",
    "MISSING Nadia Khalil",
]


@pytest.mark.parametrize(("text", "lead"), LEADS)
def test_a_family_name_at_the_head_is_told(text, lead):
    assert family_leads(text) == lead


def test_capitals_tell_a_family_name_only_before_a_comma():
    assert family_leads("AYOUBI Nadia Khalil", capitals=True) == \
        ("AYOUBI", "Nadia Khalil", CAPITALS)  # as name_cells asks it, for "AYOUBI, Nadia"


@pytest.mark.parametrize("text", IN_ORDER)
def test_names_in_the_usual_order_stay(text):
    assert family_leads(text) is None


def _her(cli):
    assert cli("init").returncode == 0
    added = cli("person", "add", "--given", "نادية", "--given", "Nadia", "--father", "خليل",
                "--father", "Khalil", "--grandfather", "حسن", "--grandfather", "Hassan",
                "--family", "الأيوبي", "--family", "Al-Ayoubi", "--sex", "F", "--born", "2000",
                "--village", "Kocho", "--status", "missing")
    assert added.returncode == 0, added.stderr


def test_match_finds_her_whichever_name_comes_first(cli, tmp_path):
    _her(cli)
    path = write_csv(tmp_path / "order.csv", ["Full name", "Village"], [
        ["AYOUBI, Nadia Khalil Hassan", "Kocho"],
        ["Al-Ayoubi, Nadia Khalil", "Kocho"],
        ["الأيوبي نادية خليل حسن", "Kocho"],
        ["Nadia Khalil Hassan Al-Ayoubi", "Kocho"],
    ])
    done = cli("match", str(path), "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["row"] for r in rows] == [2, 3, 4, 5]
    for r in rows:
        assert r["candidates"], r
        best = r["candidates"][0]
        assert best["case_no"] == "SNJ-00001", r
        verdicts = {f["field"]: f["verdict"] for f in best["fields"]}
        assert verdicts["given"] == verdicts["family"] == "match", (r["row"], verdicts)
    assert "writes the family name 'AYOUBI' first, before a comma: read as " \
           "'Nadia Khalil Hassan' and then 'AYOUBI'; check the row" in rows[0]["warnings"][0]
    assert "writes the family name 'Al-Ayoubi' first, before a comma" in rows[1]["warnings"][0]
    assert "begins with 'الأيوبي', which by its article is a family name" in \
        rows[2]["warnings"][0]
    assert rows[3]["warnings"] == []


def test_import_updates_her_record_and_makes_no_namesake(cli, tmp_path):
    _her(cli)
    path = write_csv(tmp_path / "police.csv", ["Full name", "Village", "Status"], [
        ["Al-Ayoubi Nadia Khalil Hassan", "Kocho", "rescued"],
        ["الأيوبي نادية خليل حسن", "Kocho", "rescued"],
    ])
    done = cli("--json", "import", str(path), "--source", "Police", "--yes")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["results"]["created"] == 0, report["results"]
    listed = json.loads(cli("--json", "person", "list").stdout)
    assert len(listed) == 1, listed
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "rescued"
    assert shown["names"]["given"]["original"] == "نادية"


def test_a_given_name_with_the_articles_letters_stays_her_given_name(cli, tmp_path):
    assert cli("init").returncode == 0
    path = write_csv(tmp_path / "family.csv", ["الاسم الكامل", "القرية"], [
        ["الهام خليل حسن", "كوجو"],
        ["NADIA KHALIL", "Kocho"],
        ["Murad, Nadia", "Kocho"],
    ])
    done = cli("import", str(path), "--source", "Family", "--dry-run")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "given 'الهام', father 'خليل', grandfather 'حسن'" in out, out
    assert "given 'NADIA', father 'KHALIL'" in out, out
    assert "'Murad, Nadia' holds a comma, which no name does: read without it, in the order " \
           "written" in out, out
    assert "begins with" not in out, out


def test_only_a_list_that_writes_family_names_first_is_read_so(cli, tmp_path):
    """A convention of the column, not one odd cell; the family name goes to the family name
    (not her grandfather's), a note after a dash stays out; and a list of given names in
    capitals, one of the vault's women among them, finds her as written."""
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil", "--grandfather",
               "Murad", "--sex", "F", "--village", "Kocho", "--status", "missing").returncode == 0
    usual = write_csv(tmp_path / "usual.csv", ["Full name", "Village"], [
        ["Al-Ayoubi Layla Murad", "Kocho"], ["Sara Ali Hassan", "Kocho"],
        ["Huda Ali Hassan", "Kocho"]])
    done = cli("import", str(usual), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "given 'Al-Ayoubi', father 'Layla', grandfather 'Murad'" in done.stdout, done.stdout
    assert "begins with" not in done.stdout
    official = write_csv(tmp_path / "official.csv", ["Full name", "Village"], [
        ["Al-Ayoubi Nadia Khalil", "Kocho"], ["Al-Haskani Layla", "Kocho"],
        ["Al-Ayoubi Sara Ali - Kocho", "Kocho"]])
    done = cli("import", str(official), "--dry-run")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "given 'Nadia', father 'Khalil', family 'Al-Ayoubi'" in out, out
    assert "given 'Layla', family 'Al-Haskani'" in out, out
    assert "given 'Sara', father 'Ali', family 'Al-Ayoubi'" in out, out
    capitals = write_csv(tmp_path / "capitals.csv", ["Full name", "Village", "Status"], [
        ["NADIA Khalil Murad", "Kocho", "rescued"], ["LAYLA Hassan Elias", "Kocho", "rescued"],
        ["JAMILA Saleh Qasim", "Hardan", "rescued"]])
    done = cli("--json", "import", str(capitals), "--dry-run")
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)["rows"][0]
    assert (first["outcome"], first["match"]) == ("certain", "SNJ-00001"), first
