"""`match` heads each row with its name in Arabic script and then in Latin letters, not the two
interleaved part by part («سەلوا Selwa خدر Xidir میرزا Mîrza»), which a right-to-left
terminal shows in no order one can read."""

import json


def test_a_rows_name_is_given_whole_in_each_script(cli, tmp_path):
    assert cli("init").returncode == 0
    listing = tmp_path / "sorani.csv"
    listing.write_text("ناو,ناوی باوک,ناوی باپیر,Name,Father,Grandfather\n"
                       "سەلوا,خدر,میرزا,Selwa,Xidir,Mîrza\n"
                       "Nadia,Murad,,,,\n", encoding="utf-8")
    r = cli("match", str(listing))
    assert r.returncode == 0, r.stderr
    assert "row 2: سەلوا خدر میرزا / Selwa Xidir Mîrza" in r.stdout, r.stdout
    assert "row 3: Nadia Murad  -- no candidate" in r.stdout, r.stdout
    rows = json.loads(cli("--json", "match", str(listing)).stdout)
    assert rows[0]["name"] == "سەلوا خدر میرزا / Selwa Xidir Mîrza"


def test_a_row_with_parts_in_one_script_only_keeps_their_order(cli, tmp_path):
    """«جمال», Khalil, «مراد» read «جمال مراد / Khalil»: Jamal son of Murad (a review)."""
    assert cli("init").returncode == 0
    listing = tmp_path / "mixed.csv"
    listing.write_text("Name,Father,Grandfather,Status\nجمال,Khalil,مراد,Rescued\n",
                       encoding="utf-8")
    r = cli("match", str(listing))
    assert "row 2: جمال Khalil مراد" in r.stdout, r.stdout
    [row] = json.loads(cli("--json", "match", str(listing)).stdout)
    assert row["name"] == "جمال Khalil مراد" and row["status"] == "rescued"


def test_parts_in_one_script_only_each_once_and_a_kunya_alone_by_what_she_is_known_as(cli,
                                                                                    tmp_path):
    """A second review: «Nadia خليل Khalil طه» mixed the scripts word by word, and a row that
    is only a kunya read "(no name)"."""
    assert cli("init").returncode == 0
    listing = tmp_path / "mixed.csv"
    listing.write_text("الاسم,Name,اسم الاب,Father,اسم الجد,Full name\n"
                       "نادية,Nadia,خليل,Khalil,طه,\n"
                       ",,,,,أم خالد\n", encoding="utf-8")
    r = cli("match", str(listing))
    assert "row 2: نادية خليل طه" in r.stdout, r.stdout
    # as a candidate and a duplicate pair's side are said, not in brackets
    assert "row 3: known as أم خالد  --" in r.stdout, r.stdout
    assert "only a kunya: no record known by it fits; search finds more: " \
        "casekeeper search 'أم خالد'" in r.stdout, r.stdout
