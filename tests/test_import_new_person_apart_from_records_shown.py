"""A row decided a new person by hand is none of the vault records the review named for it: the
record it was asked about, and the other record a tied row fits as well, are both kept as not the
same person, each with the record kept where one was merged since; a record she was never shown
stays proposable. Before, only the first was, and `duplicates` proposed the second pair at once."""

import json

from tests.import_helpers import cli, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Sex"]
BASMA = ["--given", "بسمة", "--given", "Basma", "--father", "خلف", "--father", "Khalaf",
         "--grandfather", "حسن", "--grandfather", "Hassan", "--family", "حسكاني", "--family",
         "Haskani", "--sex", "F", "--village", "Kocho"]
ROW = ["Basma", "Khalaf", "Hassan", "Haskani", "Kocho", "F"]


def _her_records_and_the_list(tmp_path, records: int) -> None:
    """Her record entered `records` times alike; the list names her once: the row fits them
    all as well, and its reason names the first two (SNJ-00001, SNJ-00002)."""
    assert cli(tmp_path, "init").returncode == 0
    for _ in range(records):
        assert cli(tmp_path, "person", "add", *BASMA).returncode == 0
    path = write_xlsx(tmp_path / "list.xlsx", [("List", [HEADER, ROW])])
    assert cli(tmp_path, "import", str(path)).returncode == 0
    (w,) = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert w["match"] == "SNJ-00001"
    assert [o["case_no"] for o in w["fits_as_well"]] == ["SNJ-00002"]


def _pairs(tmp_path) -> set[tuple[str, str]]:
    shown = json.loads(cli(tmp_path, "--json", "duplicates").stdout)
    return {tuple(sorted((p["a"]["case_no"], p["b"]["case_no"]))) for p in shown}


def _commit(tmp_path) -> dict:
    done = cli(tmp_path, "--json", "review", "1", "--commit")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_both_records_a_tied_row_was_shown_are_kept_apart_from_the_new_person(tmp_path):
    _her_records_and_the_list(tmp_path, 2)
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "create").returncode == 0
    rep = _commit(tmp_path)
    assert rep["not_the_same"] == [
        {"row": 2, "case_no": "SNJ-00003", "other": "SNJ-00001"},
        {"row": 2, "case_no": "SNJ-00003", "other": "SNJ-00002"}]
    assert rep["possible_duplicates"] == []
    # her two old records may still be one: that pair was never decided
    assert _pairs(tmp_path) == {("SNJ-00001", "SNJ-00002")}
    text = cli(tmp_path, "review", "1", "--report").stdout
    assert ("row 2 decided a new person by hand: SNJ-00003 is kept as not the same person as "
            "SNJ-00002") in text
    trail = json.loads(cli(tmp_path, "--json", "audit", "log", "--limit", "50").stdout)
    apart = [e["detail"] for e in trail if e["action"] == "match.not_same"]
    assert sorted((d["other"], d["import_batch"], d["row"]) for d in apart) == [
        ("SNJ-00001", 1, 2), ("SNJ-00002", 1, 2)]
    merge = cli(tmp_path, "merge", "SNJ-00002", "SNJ-00003")
    assert merge.returncode != 0
    assert "row 2 of import batch 1 decided a new person by hand" in merge.stderr


def test_a_record_she_was_never_shown_is_still_proposed(tmp_path):
    """Three records of her: the row's reason names two; the third, never shown beside the
    row, may be the woman the new record is, and stays proposed."""
    _her_records_and_the_list(tmp_path, 3)
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "create").returncode == 0
    rep = _commit(tmp_path)
    assert [a["other"] for a in rep["not_the_same"]] == ["SNJ-00001", "SNJ-00002"]
    assert ("SNJ-00003", "SNJ-00004") in _pairs(tmp_path)
    assert ("SNJ-00002", "SNJ-00004") not in _pairs(tmp_path)


def test_a_record_merged_since_is_kept_apart_as_the_record_it_was_merged_into(tmp_path):
    """SNJ-00002, shown beside the row, is merged into SNJ-00003 before the commit: the pair
    is kept with SNJ-00003, so neither is proposed with the new person."""
    _her_records_and_the_list(tmp_path, 3)
    assert cli(tmp_path, "merge", "SNJ-00003", "SNJ-00002").returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "create").returncode == 0
    rep = _commit(tmp_path)
    assert [a["other"] for a in rep["not_the_same"]] == ["SNJ-00001", "SNJ-00003"]
    assert _pairs(tmp_path) == {("SNJ-00001", "SNJ-00003")}


def test_a_record_named_before_the_decision_changed_is_kept_apart_too(tmp_path):
    """She first decided to update SNJ-00002 (the record it fits as well), then made her a new
    person: the row's candidate is SNJ-00002 now, but SNJ-00001 was shown beside it too."""
    _her_records_and_the_list(tmp_path, 2)
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person",
               "SNJ-00002").returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "create",
               "--override").returncode == 0
    rep = _commit(tmp_path)
    assert sorted(a["other"] for a in rep["not_the_same"]) == ["SNJ-00001", "SNJ-00002"]
    assert _pairs(tmp_path) == {("SNJ-00001", "SNJ-00002")}
