"""An update by hand onto a person whose given name only partly agrees with the row's (her
sister's name, most often) asks for --despite-contradiction, as a contradiction does."""

import json

from tests.import_helpers import cli, write_csv


def _basima_and_a_list_of_basma(tmp_path):
    """Basima in the vault; a list whose row 2 is Basma, of the same father, grandfather,
    village and year: probable, given partial."""
    assert cli(tmp_path, "init").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "باسمة", "--given", "Basima", "--father",
                "شيخو", "--grandfather", "مراد", "--sex", "F", "--village", "Kocho", "--born",
                "1995")
    assert added.returncode == 0, added.stderr
    lst = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الأب", "اسم الجد", "الجنس", "القرية",
                                            "المواليد"],
                    [["بسمة", "شيخو", "مراد", "انثى", "Kocho", "1995"]])
    out = cli(tmp_path, "--json", "import", str(lst))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["outcomes"] == {"probable": 1}
    waiting = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert "given partial" in json.dumps(waiting, ensure_ascii=False)


def test_an_update_onto_a_given_name_that_only_partly_agrees_is_refused_in_one_line(tmp_path):
    _basima_and_a_list_of_basma(tmp_path)
    out = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update")
    assert out.returncode != 0, out.stdout
    reason = out.stderr.strip().splitlines()
    assert len(reason) == 1, reason
    assert "given name only partly agrees" in reason[0]
    assert "'بسمة'" in reason[0] and "Basima" in reason[0] and "SNJ-00001" in reason[0]
    assert "--despite-contradiction" in reason[0]
    # nothing decided: the row still waits
    assert json.loads(cli(tmp_path, "--json", "review", "1").stdout)[0]["row"] == 2


def test_the_update_is_done_when_asked_for_in_so_many_words_and_the_trail_says_so(tmp_path):
    _basima_and_a_list_of_basma(tmp_path)
    out = cli(tmp_path, "--json", "review", "1", "--row", "2", "--decide", "update",
              "--despite-contradiction")
    assert out.returncode == 0, out.stderr
    decided = json.loads(out.stdout)["decided"]
    assert decided["person"]["case_no"] == "SNJ-00001"
    assert decided["given_partial"] == {"list": "بسمة", "vault": "باسمة / Basima"}
    trail = json.loads(cli(tmp_path, "--json", "audit", "log").stdout)
    hand = [e for e in trail if e["action"] == "import.decide"]
    assert hand[-1]["detail"]["given_partial"]["list"] == "بسمة"


def test_creating_her_as_a_new_person_asks_for_nothing(tmp_path):
    _basima_and_a_list_of_basma(tmp_path)
    out = cli(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    assert out.returncode == 0, out.stderr


def test_the_report_says_the_given_name_only_partly_agreed_with_the_row_decided_by_hand(
        tmp_path):
    """The trail recorded it; the report's line said only "decided by hand row 2: update
    SNJ-00001", as of a row that agreed in every name."""
    _basima_and_a_list_of_basma(tmp_path)
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "update",
               "--despite-contradiction").returncode == 0
    for args in (("review", "1", "--report"), ("review", "1", "--commit")):
        out = cli(tmp_path, *args)
        assert out.returncode == 0, out.stderr
        line = next(t for t in out.stdout.splitlines() if "decided by hand row 2" in t)
        assert line.strip() == ("decided by hand row 2: update SNJ-00001; the given name only "
                                "partly agreed: list 'بسمة', vault 'باسمة / Basima'")
