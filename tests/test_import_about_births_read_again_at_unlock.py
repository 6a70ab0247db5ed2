"""A vault an earlier version imported "about 20" into, under "Date of birth", holds her born
2018 to 2022: at its first unlock by this version that birth is read as the age it is, as an
import reads it now, by the day of the row that brought it; named in the audit trail and in her
own history. What no list's row brought (typed by hand), a birth edited since, a column that
wrote its years in two digits and a record in a merge are left as they were. A real vault."""

from __future__ import annotations

import json

from app.domain.fuzzydate import FuzzyDate
from app.import_reread import REREAD_MARK
from app.importing.birth_numbers import KEY
from app.importing.service import ImportService
from app.set_right import SET_RIGHT
from tests.import_helpers import new_vault, reopen, write_xlsx

HEADER = ["Full name", "Father", "Date of birth", "Village", "Status"]
TOLD = "2024-05-01T10:00:00Z"  # the day the earlier version imported the lists


def _as_an_earlier_version_left_it(folder, tmp_path) -> None:
    s = new_vault(folder)
    svc = ImportService(s)
    plan = svc.prepare(str(write_xlsx(tmp_path / "D.xlsx", [("Sheet", [
        HEADER, ["Hana Murad Khalaf", "Murad", "about 20", "Kocho", "abducted"],   # SNJ-00001
        ["Dilvin Saleh Qasim", "Saleh", "حوالي 30", "Kocho", "abducted"],        # SNJ-00002
        ["Nareen Ali Hasan", "Ali", "١٩٩٨", "Kocho", "abducted"]])])),           # SNJ-00003
        source="Directorate")
    assert isinstance(svc.import_at_once(plan, svc.stage_rows(plan), yes=True), dict)
    # a list whose column writes its years in two digits: its "about 12" is about 2012
    plan = svc.prepare(str(write_xlsx(tmp_path / "short.xlsx", [("Sheet", [
        HEADER, ["Sara Elias Khdeda", "Elias", "78", "Hardan", "abducted"],       # SNJ-00004
        ["Jamila Qasim Khalaf", "Qasim", "about 12", "Hardan", "abducted"]])])),  # SNJ-00005
        source="Family")
    assert isinstance(svc.import_at_once(plan, svc.stage_rows(plan), yes=True), dict)
    assert s.persons.get("SNJ-00005").birth.text == "about 12"
    with s.db.transaction():
        c = s.db.conn
        for case, text in (("SNJ-00001", "about 20"), ("SNJ-00002", "حوالي 30")):
            c.execute("UPDATE persons SET birth_earliest=?, birth_latest=?, birth_text=? "
                      "WHERE case_no=?", (*FuzzyDate.parse(text).to_row()[:2], text, case))
        c.execute("UPDATE provenance SET recorded_at=?", (TOLD,))
        # the earlier version kept no word of how a column with no bare number read its
        # numbers; the column of 78 it kept as one of years
        (mapping,) = c.execute("SELECT mapping_json FROM import_batches WHERE id=1").fetchone()
        data = json.loads(mapping)
        del data[KEY]
        c.execute("UPDATE import_batches SET mapping_json=? WHERE id=1", (json.dumps(data),))
        (mapping,) = c.execute("SELECT mapping_json FROM import_batches WHERE id=2").fetchone()
        assert json.loads(mapping)[KEY] == {"Date of birth": "years"}
        c.execute("UPDATE vault_meta SET value='1' WHERE key=?", (REREAD_MARK,))
    # typed by hand: no list's row wrote it
    by_hand = s.persons.get("SNJ-00003")
    by_hand.birth = FuzzyDate.parse("about 20")
    s.persons.update(by_hand)
    s.close()


def test_about_20_an_earlier_import_read_as_2018_is_read_as_her_age(tmp_path):
    folder = tmp_path / "vault"
    _as_an_earlier_version_left_it(folder, tmp_path)
    s = reopen(folder)
    try:
        hana, dilvin, nareen = (s.persons.get(f"SNJ-0000{n}") for n in (1, 2, 3))
        # as an import of 1 May 2024 read it: no year given, up to that year
        assert hana.birth == FuzzyDate.year_range(2014 - 23, 2024 - 18,
                                                  "age 18-22, year not given")
        assert dilvin.birth.text == "age 28-32, year not given"
        assert (nareen.birth.earliest.year, nareen.birth.text) == (2018, "about 20")
        # the column of two-digit years: read as a year still, not by this pass
        jamila = s.persons.get("SNJ-00005")
        assert (jamila.birth.earliest.year, jamila.birth.latest.year) == (2010, 2014)
        [entry] = [json.loads(e.detail) for e in s.audit.history("vault", "")
                   if e.action == "vault.import_reread"]
        assert [(b["case"], b["was"], b["as_year"], b["now"]) for b in entry["about_births"]] == [
            ("SNJ-00001", "about 20", "2018–2022", "age 18-22, year not given"),
            ("SNJ-00002", "حوالي 30", "1928–1932", "age 28-32, year not given")]
        assert "births" not in entry  # the passes of the first rule had run
        [mine] = [json.loads(e.detail) for e in s.persons.history("SNJ-00001")
                  if e.action == SET_RIGHT]
        assert mine["set_right"] == [{"why": "about_age_in_birth", "was": "about 20",
                                      "as_year": "2018–2022",
                                      "now": "age 18-22, year not given",
                                      "years": hana.birth.display()}]
        assert s.audit.verify().ok
    finally:
        s.close()
    s = reopen(folder)  # once
    try:
        assert sum(e.action == "vault.import_reread" for e in s.audit.history("vault", "")) == 1
    finally:
        s.close()


def test_her_history_on_the_desktop_says_what_was_read_again(tmp_path, qapp):
    from ui.set_right_words import set_right_lines

    lines = set_right_lines([{"why": "about_age_in_birth", "was": "about 20",
                              "as_year": "2018–2022", "now": "age 18-22, year not given",
                              "years": "1991–2006"}])
    assert [line.replace("\u2068", "").replace("\u2069", "") for line in lines] == [
        "the birth about 20, read as the years 2018–2022, read as an age: born 1991–2006 (a "
        "number after a word for 'about' in a birth column is an age, not a year written short)"]
