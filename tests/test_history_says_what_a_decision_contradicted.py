"""Her history says what an update decided by hand contradicted (the list's word, the vault's
and where that came from, what was kept), and says nothing of it where nothing was
contradicted: it printed 'contradicts=' with nothing after it."""

import json

from app.audit_words import detail_said
from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Village", "Sex", "Status"]


def _decided_update(tmp_path, sex: str, grandfather: str, *flags: str) -> str:
    assert cli(tmp_path, "init").returncode == 0
    r = cli(tmp_path, "person", "add", "--given", "Nadia", "--father", "Jundi",
            "--grandfather", "Khalaf", "--village", "Tel Qasab", "--sex", "F", "--born", "2001")
    assert r.returncode == 0, r.stderr
    # a probable match (the other sex, or her grandfather not given), decided by hand
    listed = write_csv(tmp_path / "camp.csv", HEADER,
                       [["Nadia", "Jundi", grandfather, "Tel Qasab", sex, "rescued 2020"]])
    assert cli(tmp_path, "import", str(listed)).returncode == 0
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update", *flags)
    assert r.returncode == 0, r.stderr
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    return cli(tmp_path, "audit", "log", "--case", "SNJ-00001").stdout


def _decided(tmp_path) -> dict:
    trail = json.loads(cli(tmp_path, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    return next(e["detail"]["decided"] for e in trail if e["action"] == "person.import_update")


def test_what_the_row_contradicted_is_said(tmp_path):
    log = _decided_update(tmp_path, "M", "Khalaf", "--despite-contradiction")
    assert ("contradicts=(sex: list M, vault F (entered by hand): kept the vault's sex, "
            "female; the list said 'M', read as male)") in log
    assert _decided(tmp_path)["contradicts"][0]["vault"] == "F"


def test_where_the_vaults_value_came_from_is_said(tmp_path):
    """Her sex came from a family's Arabic list: the list and its row are named."""
    assert cli(tmp_path, "init").returncode == 0
    family = write_csv(tmp_path / "family.csv", ["الاسم", "اسم الاب", "اسم الجد", "الجنس"],
                       [["نادية", "جندي", "خلف", "أنثى"]])
    assert cli(tmp_path, "import", str(family)).returncode == 0
    camp = write_csv(tmp_path / "camp.csv", ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "الحالة"],
                     [["نادية", "جندي", "خلف", "ذكر", "محررة"]])
    assert cli(tmp_path, "import", str(camp)).returncode == 0
    r = cli(tmp_path, "review", "2", "--row", "2", "--decide", "update",
            "--despite-contradiction")
    assert r.returncode == 0, r.stderr
    assert "vault female (batch 1, row 2 of family.csv)" in r.stdout
    assert cli(tmp_path, "review", "2", "--commit").returncode == 0
    log = cli(tmp_path, "audit", "log", "--case", "SNJ-00001").stdout
    assert "contradicts=(sex: list ذكر, vault F (batch 1, row 2 of family.csv): kept" in log


def test_nothing_contradicted_is_no_empty_field(tmp_path):
    log = _decided_update(tmp_path, "F", "")
    assert "decided: by=hand, overridden=no;" in log
    assert "contradicts" not in log
    assert _decided(tmp_path) == {"by": "hand", "overridden": False}


def test_an_entry_stored_with_an_empty_one_is_said_without_it():
    """Vaults hold such entries from before: the trail is never rewritten, only said so."""
    stored = {"decided": {"by": "hand", "contradicts": [], "overridden": False}, "row": 2}
    assert detail_said(stored) == "decided: by=hand, overridden=no; row: 2"
