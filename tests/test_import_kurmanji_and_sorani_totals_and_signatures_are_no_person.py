"""Below a list, the total, the signature, the stamp and the official's title lines that Kurmanji
and Sorani lists write (Tevahî | 2, Hejmar | 2, Berpirsyar, Rêveberê kampê, «واژوو») are no
person, as the Arabic and English ones already were: rejected with their reason, a label in one
cell and its number in the next (a tester found them made persons)."""

from __future__ import annotations

from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv, write_xlsx

HEADER = ["Nav", "Bav", "Zayend", "Gund"]
WOMEN = [["Nadiya", "Mûrad", "mê", "Koço"], ["Leyla", "Hesen", "mê", "Koço"]]


def _import(tmp_path, path) -> dict:
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="Kamp")
    report = svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    assert isinstance(report, dict) and report["reconciled"]
    return report


def _rejected(report) -> dict[int, str]:
    return {r["row"]: r["reason"] for r in report["rejected"]}


def test_the_testers_kurmanji_footer_is_no_person(tmp_path):
    path = write_csv(tmp_path / "footer_kur.csv", HEADER, [
        *WOMEN,
        ["Tevahî", "", "", "2"],          # row 4: the label in A, its number in D
        ["Hejmar", "", "", "2"],
        ["Berpirsyar", "", "", ""],
        ["Rêveberê kampê", "", "", ""]])  # row 7
    report = _import(tmp_path, path)
    rejected = _rejected(report)
    assert rejected == {
        4: "'Tevahî | 2' below the list is a total line, not a person; not imported",
        5: "'Hejmar | 2' below the list is a total line, not a person; not imported",
        6: "'Berpirsyar' below the list is an official's title line, not a person; not imported",
        7: "'Rêveberê kampê' below the list is an official's title line, not a person; "
           "not imported"}
    assert report["results"]["created"] == 2


def test_totals_signatures_stamps_and_titles_in_kurmanji_and_sorani(tmp_path):
    lines = [
        (["Hemû", "", "", "8"], "a total"),
        (["Tevahi", "8", "", ""], "a total"),          # typed without the hat
        (["Giştî", "", "8", ""], "a total"),
        (["کۆی گشتی", "8", "", ""], "a total"),
        (["ژمارە", "", "", "8"], "a total"),
        (["Serokê komîteyê", "", "", ""], "an official's title"),
        (["بەرپرسیار", "", "", ""], "an official's title"),
        (["Mor û îmze", "", "", ""], "a stamp"),
        (["Îmze", "", "", ""], "a signature"),
        (["واژوو", "", "", ""], "a signature"),
        (["Mor", "", "", ""], "a stamp"),
        (["مۆر", "", "", ""], "a stamp")]
    path = write_csv(tmp_path / "footer.csv", HEADER, [*WOMEN, *(cells for cells, _ in lines)])
    report = _import(tmp_path, path)
    rejected = _rejected(report)
    assert set(rejected) == set(range(4, 4 + len(lines)))
    for row, (_cells, kind) in enumerate(lines, start=4):
        assert f"below the list is {kind} line, not a person" in rejected[row], rejected[row]
    assert report["results"]["created"] == 2


def test_a_total_in_a_workbook_with_its_count_in_another_column(tmp_path):
    path = write_xlsx(tmp_path / "ngo.xlsx", [("Lîst", [
        ["Hejmar", "Navê wê", "Navê bavê", "Zayend", "Gund"],
        [1, "Nadiya", "Mûrad", "mê", "Koço"],
        [2, "Leyla", "Hesen", "mê", "Koço"],
        [None, "Tevahî", None, None, 8]])])
    rejected = _rejected(_import(tmp_path, path))
    assert rejected == {4: "'Tevahî | 8' below the list is a total line, not a person; not imported"}


def test_a_name_below_the_list_that_holds_such_a_word_is_still_a_person(tmp_path):
    """Only a line of those words from its first word on is a footer: "Gulîstan Mor" is hers,
    imported with a word to check it when it stands below a footer line. Alone on its row
    under the total it may be the signer's name: it is no footer line, but waits for a
    decision (signed_below.py)."""
    path = write_csv(tmp_path / "names.csv", HEADER, [
        *WOMEN, ["Tevahî", "", "", "2"], ["Gulîstan Mor", "", "", "Koço"]])
    report = _import(tmp_path, path)
    assert set(_rejected(report)) == {4}
    assert report["results"]["created"] == 3
    s = new_vault(tmp_path / "alone")
    svc = ImportService(s)
    plan = svc.prepare(str(write_csv(tmp_path / "alone.csv", HEADER, [
        *WOMEN, ["Tevahî", "", "", "2"], ["Gulîstan Mor", "", "", ""]])), source="Kamp")
    rows = svc.stage_rows(plan)
    assert isinstance(svc.import_at_once(plan, rows, yes=True), int)  # staged: one waits
    assert [(r.row_number, r.outcome, r.decision) for r in rows][-2:] == [
        (4, "rejected", ""), (5, "new", "")]


def test_a_signature_said_with_whose_it_is_is_no_person(tmp_path):
    """A reviewer's lines: the signature word in the form it takes before whose it is (Sorani
    «واژۆی بەرپرس», Kurmanji Îmzeya muxtar), an English possessive, and the village's headman
    named by his village («مختار قرية كوجو») were made persons. «مختار خلف» is a man's name."""
    lines = [
        (["واژۆی بەرپرس", "", "", ""], "a signature"),
        (["Îmzeya muxtar", "", "", ""], "a signature"),
        (["Mukhtar's signature", "", "", ""], "a signature"),
        (["The committee’s stamp", "", "", ""], "a stamp"),
        (["مختار قرية كوجو", "", "", ""], "an official's title")]
    path = write_csv(tmp_path / "footer.csv", HEADER, [*WOMEN, *(cells for cells, _ in lines)])
    rejected = _rejected(_import(tmp_path, path))
    assert set(rejected) == set(range(4, 4 + len(lines))), rejected
    for row, (_cells, kind) in enumerate(lines, start=4):
        assert f"below the list is {kind} line, not a person" in rejected[row], rejected[row]
    path = write_csv(tmp_path / "name.csv", HEADER, [*WOMEN, ["مختار خلف", "حسن", "", "Koço"]])
    report = _import(tmp_path / "second", path)
    assert _rejected(report) == {} and report["results"]["created"] == 3
