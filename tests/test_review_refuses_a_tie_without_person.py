"""`review --decide update` without --person refuses a row that fits two records equally well,
naming both and how to choose: it had updated the lower case number, and the wrong woman of two
namesakes could be set rescued. With one record ahead, it updates that one as before."""

import json

import pytest

from tests.import_helpers import cli, write_csv, write_xlsx

# (the names of both records, the list's header and its one row saying she was rescued)
SPELLINGS = {
    "english": (["--given", "Nadia", "--father", "Jundi", "--grandfather", "Khalaf"],
                ["Name", "Father", "Grandfather", "Village", "Status"],
                ["Nadia", "Jundi", "Khalaf", "Tel Qasab", "rescued 2020"]),
    "arabic": (["--given", "نادية", "--father", "جندي", "--grandfather", "خلف"],
               ["الاسم", "اسم الاب", "اسم الجد", "القرية", "الحالة"],
               ["نادية", "جندي", "خلف", "Tel Qasab", "rescued 2020"]),
    "kurmanji": (["--given", "Şîrîn", "--father", "Xidir", "--grandfather", "Êzdîn"],
                 ["Nav", "Navê bav", "Navê bapîr", "Gund", "Rewş"],
                 ["Şîrîn", "Xidir", "Êzdîn", "Tel Qasab", "rescued 2020"]),
    "sorani": (["--given", "شیرین", "--father", "خدر", "--grandfather", "ئێزدین"],
               ["ناو", "ناوی باوک", "ناوی باپیر", "گوند", "دۆخ"],
               ["شیرین", "خدر", "ئێزدین", "Tel Qasab", "rescued 2020"]),
}


def _two_namesakes(tmp_path, names: list[str]) -> None:
    assert cli(tmp_path, "init").returncode == 0
    for born in ("2001", "2003"):  # cousins: the list gives no year to tell them apart
        r = cli(tmp_path, "person", "add", *names, "--sex", "F", "--born", born,
                "--village", "Tel Qasab")
        assert r.returncode == 0, r.stderr


def _status(tmp_path, case_no: str) -> str:
    return json.loads(cli(tmp_path, "--json", "person", "show", case_no).stdout)["current_status"]


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_update_without_person_refuses_a_tie_naming_both(tmp_path, spelling):
    names, header, row = SPELLINGS[spelling]
    _two_namesakes(tmp_path, names)
    listed = write_xlsx(tmp_path / "camp.xlsx", [("Camp", [header, row])])
    assert cli(tmp_path, "import", str(listed)).returncode == 0
    (w,) = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert w["also_fits"]["case_no"] in ("SNJ-00001", "SNJ-00002")
    listing = cli(tmp_path, "review", "1").stdout  # each record named as one to choose
    assert "--decide update --person SNJ-00001)" in listing
    assert "--decide update --person SNJ-00002)" in listing
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update")
    assert r.returncode != 0
    assert "fits 2 records equally well: SNJ-00001, SNJ-00002" in r.stderr
    assert "--decide update --person SNJ-00001" in r.stderr
    assert "--decide update --person SNJ-00002" in r.stderr
    # nothing was decided: the row still waits, and neither woman is touched
    assert [w["row"] for w in json.loads(cli(tmp_path, "--json", "review", "1").stdout)] == [2]
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00002")
    assert r.returncode == 0, r.stderr
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    assert (_status(tmp_path, "SNJ-00001"), _status(tmp_path, "SNJ-00002")) == (
        "unknown", "rescued")


def test_one_record_clearly_ahead_is_updated_without_person(tmp_path):
    names, header, row = SPELLINGS["english"]
    _two_namesakes(tmp_path, names)
    # born 2003, her grandfather not given: SNJ-00002 is ahead, a probable match all the same
    listed = write_csv(tmp_path / "camp.csv", [*header, "Born"],
                       [["Nadia", "Jundi", "", "Tel Qasab", "rescued 2020", "2003"]])
    assert cli(tmp_path, "import", str(listed)).returncode == 0
    waiting = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert [(w["match"], w["also_fits"]) for w in waiting] == [("SNJ-00002", None)]
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update")
    assert r.returncode == 0, r.stderr
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    assert _status(tmp_path, "SNJ-00002") == "rescued"


def test_a_tie_merged_since_into_one_record_is_no_tie(tmp_path):
    names, header, row = SPELLINGS["english"]
    _two_namesakes(tmp_path, names)
    assert cli(tmp_path, "import", str(write_csv(tmp_path / "camp.csv", header, [row]))
               ).returncode == 0
    r = cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update")
    assert r.returncode == 0, r.stderr
    assert "update SNJ-00001" in r.stdout


def test_the_desktop_names_the_record_it_updates(tmp_path):
    """The desktop decides through the same service: a plain update of a tied row is refused
    there too; its box names the record ("update:SNJ-00001"), which is taken."""
    from app.domain.errors import ValidationError
    from app.importing.service import ImportService
    from tests.import_helpers import reopen
    from ui import import_ops

    names, header, row = SPELLINGS["arabic"]
    _two_namesakes(tmp_path, names)
    assert cli(tmp_path, "import", str(write_csv(tmp_path / "camp.csv", header, [row]))
               ).returncode == 0
    session = reopen(tmp_path / "vault")
    with pytest.raises(ValidationError, match="equally well"):
        ImportService(session).decide(1, 2, "update", carry_along=False)
    (w,) = import_ops.waiting(session, 1)
    assert import_ops.update_target(w, import_ops.ANOTHER + "SNJ-00001") is w
    import_ops.decide(session, 1, {2: import_ops.ANOTHER + "SNJ-00001"})
    assert ImportService(session).repo.row(1, 2).decision == "update"


def test_a_withdrawn_tied_row_decided_again_names_its_record_too(tmp_path):
    names, header, row = SPELLINGS["kurmanji"]
    _two_namesakes(tmp_path, names)
    assert cli(tmp_path, "import", str(write_csv(tmp_path / "camp.csv", header, [row]))
               ).returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person",
               "SNJ-00001").returncode == 0
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    r = cli(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "her cousin")
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update")
    assert r.returncode != 0 and "equally well: SNJ-00001, SNJ-00002" in r.stderr
    assert _status(tmp_path, "SNJ-00001") == "unknown"
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00002")
    assert r.returncode == 0, r.stderr
    assert (_status(tmp_path, "SNJ-00001"), _status(tmp_path, "SNJ-00002")) == (
        "unknown", "rescued")
