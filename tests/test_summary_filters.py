"""`casekeeper summary` chooses its persons by status, village, sex, name, age and abduction date,
prints how they were chosen, and logs the choice without the names searched for."""

from __future__ import annotations

import json
import re
from datetime import date

from tests.pdf_glyphs import pdftotext

YEAR = date.today().year


def persons_of_a_village(cli) -> dict[str, str]:
    """Six persons to choose among: {given name: case number}."""
    assert cli("init").returncode == 0
    people = {}
    for given, sex, village, status, born, abducted in (
            ("Nadia", "F", "Kocho", "missing", str(YEAR - 20), "03/08/2014"),
            ("Layla", "F", "Koço", "missing", str(YEAR - 30), "15/08/2014"),
            ("Khidir", "M", "Kocho", "missing", str(YEAR - 21), "03/08/2014"),
            ("Gule", "F", "Kocho", "rescued", str(YEAR - 19), "2015"),
            ("Ferida", "F", "Solagh", "missing", str(YEAR - 20), "03/08/2014"),
            ("Xelil", "M", "Tel Ezer", "sighted", "", "")):
        args = ["--given", given, "--sex", sex, "--village", village, "--status", status,
                "--sharing", "public"]  # on every paper: these tests are of the filters
        args += ["--born", born] if born else []
        args += ["--abducted", abducted] if abducted else []
        r = cli("--json", "person", "add", *args)
        assert r.returncode == 0, r.stderr
        people[given] = json.loads(r.stdout)["case_no"]
    return people


def summarised(cli, tmp_path, *filters: str) -> list[str]:
    """The case numbers the summary printed, in its order."""
    out = tmp_path / "summary.pdf"
    r = cli("summary", "-o", str(out), "--profile", "public", *filters)
    assert r.returncode == 0, r.stderr
    return re.findall(r"SNJ-\d{5}", pdftotext(out.read_bytes()))


def test_ages_choose_the_persons_of_those_years(cli, tmp_path):
    p = persons_of_a_village(cli)
    assert summarised(cli, tmp_path, "--min-age", "18", "--max-age", "22") == [
        p["Nadia"], p["Khidir"], p["Gule"], p["Ferida"]]
    assert summarised(cli, tmp_path, "--min-age", "25") == [p["Layla"]]
    # born in YEAR - 20, she may be 19 today; Khidir, born a year before, is 20 at least
    assert summarised(cli, tmp_path, "--village", "Kocho", "--status", "missing",
                      "--max-age", "19") == [p["Nadia"]]


def test_the_ages_are_printed_on_the_summary_and_kept_in_the_trail(cli, tmp_path):
    persons_of_a_village(cli)
    out = tmp_path / "summary.pdf"
    r = cli("summary", "-o", str(out), "--profile", "public", "--min-age", "18",
            "--max-age", "22", "--query", "Nadia")
    assert r.returncode == 0, r.stderr
    assert re.search(r"Age today \([-\d]+\):\s*18\s*–\s*22", pdftotext(out.read_bytes()))
    log = json.loads(cli("--json", "audit", "log", "--limit", "5").stdout)
    entry = next(e for e in reversed(log) if e["action"] == "export.summary")
    assert entry["detail"]["filters"] == {"min_age": "18", "max_age": "22", "query": "(given)"}


def test_a_reversed_age_range_is_refused(cli, tmp_path):
    persons_of_a_village(cli)
    r = cli("summary", "-o", str(tmp_path / "s.pdf"), "--profile", "public",
            "--min-age", "30", "--max-age", "20")
    assert r.returncode != 0 and "age range" in r.stderr and not (tmp_path / "s.pdf").exists()
