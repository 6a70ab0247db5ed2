"""A list's word against the vault that a withdrawn row's value caused (row 3's 'missing' against
the 'rescued' row 2 gave her) is no longer shown on her page as what a list says of her once
row 2 is withdrawn: she is missing again, as row 3 says. The trail keeps it. A real vault, a real
xlsx, the real command line."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Family", "Mother", "Born", "Village", "Status"]
HER = ["Basima", "Khalaf", "Hassan", "Tarmashi", "Nesrin", "1995", "Kocho"]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _conflicts(tmp_path) -> list[dict]:
    return json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)[
        "list_conflicts"]


def test_a_status_said_against_what_a_withdrawn_row_gave_her_is_no_longer_shown(tmp_path):
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Basima", "--father", "Khalaf", "--grandfather",
        "Hassan", "--family", "Tarmashi", "--mother", "Nesrin", "--sex", "F", "--born", "1995",
        "--village", "Kocho", "--status", "missing", "--status-date", "03/08/2014")
    lst = write_xlsx(tmp_path / "camp.xlsx", [("List", [HEADER, [*HER, "rescued 2017"],
                                                        [*HER, "missing"]])])
    out = _ok(tmp_path, "import", str(lst), "--source", "Camp committee")
    assert "status row 2 (SNJ-00001): missing -> rescued" in out.stdout, out.stdout
    said = _conflicts(tmp_path)
    assert [(c["row"], c["field"], c["vault"]) for c in said] == [(3, "status", "rescued")]
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "not freed")
    page = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert page["current_status"] == "missing"
    assert page["list_conflicts"] == []
    assert "list said" not in _ok(tmp_path, "person", "show", "SNJ-00001").stdout
    # withdrawing row 3 too leaves nothing of the list on her page either
    _ok(tmp_path, "review", "1", "--row", "3", "--withdraw")
    assert _conflicts(tmp_path) == []


def test_the_lists_report_says_the_conflict_settled_and_no_longer_advises_setting_it(tmp_path):
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Basima", "--father", "Khalaf", "--grandfather",
        "Hassan", "--family", "Tarmashi", "--mother", "Nesrin", "--sex", "F", "--born", "1995",
        "--village", "Kocho", "--status", "missing", "--status-date", "03/08/2014")
    lst = write_xlsx(tmp_path / "camp.xlsx", [("List", [HEADER, [*HER, "rescued 2017"],
                                                        [*HER, "missing"]])])
    _ok(tmp_path, "import", str(lst), "--source", "Camp committee")
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    rep = json.loads(_ok(tmp_path, "--json", "review", "1", "--report").stdout)
    assert [(c["row"], bool(c.get("settled"))) for c in rep["conflicts"]] == [(3, True)]
    text = _ok(tmp_path, "review", "1", "--report").stdout
    assert "conflict row 3 (SNJ-00001): status: vault keeps 'rescued, 2017', list says 'missing' " \
           "(settled since by a withdrawal)" in text
    assert "casekeeper person status" not in text
