"""A sender correcting its own list. Version 1 of an NGO's list gave Hemdiye's village as Herdan,
version 2 of it says Koço: the import only noted a conflict, and a conflict version 1 noted stayed
on her page after version 2 agreed with the vault again. A value her record holds only because
this sender's earlier version said it (no other list's row says it, no one typed it since) is
now replaced by the sender's correction, said in the report and the trail as corrected by its
sender (batch 1 row 2 -> batch 2 row 2); another source's value or one typed by hand stays, the
list's a conflict. A conflict a later version no longer makes is shown settled on her page, not
deleted. Real files (csv, xlsx), the real command line, a real vault."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import imported_with_report as _import
from tests.import_helpers import ok as _ok
from tests.import_helpers import write_csv, write_xlsx

KMR = ["Nav", "Navê bav", "Navê bapîr", "Zayend", "Gund", "Rewş"]
AR = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية", "الحالة"]
EN = ["Name", "Father", "Grandfather", "Sex", "Village", "Where taken", "Status"]




def _shown(tmp_path, case_no: str = "SNJ-00001") -> dict:
    return json.loads(_ok(tmp_path, "--json", "person", "show", case_no).stdout)


def _kmr(tmp_path, name: str, village: str):
    return write_csv(tmp_path / name, KMR, [["Hemdiye", "Xudêda", "Cindî", "M", village, "winda"],
                                            ["Zozan", "Xelef", "Şemo", "M", "Koço", "winda"]])


def _ar(tmp_path, name: str, village: str):
    return write_xlsx(tmp_path / name, [("Sheet1", [
        AR, ["حمدية", "خديدا", "جندي", "أنثى", village, "مفقودة"],
        ["زوزان", "خلف", "شمو", "أنثى", "كوجو", "مفقودة"]])])


@pytest.mark.parametrize(("write", "then", "now"), [
    (_kmr, "Herdan", "Koço"),   # Kurmanji, a csv
    (_ar, "حردان", "كوجو"),      # Arabic, a workbook
])
def test_a_village_only_its_earlier_version_gave_is_corrected_by_its_sender(tmp_path, write,
                                                                            then, now):
    _ok(tmp_path, "init")
    _import(tmp_path, write(tmp_path, "ngo_v1" + (".csv" if write is _kmr else ".xlsx"), then))
    was = _shown(tmp_path)["origin_village"]
    rep, text = _import(tmp_path, write(tmp_path, "ngo_v2" + (".csv" if write is _kmr
                                                               else ".xlsx"), now))
    assert rep["conflicts"] == [], rep["conflicts"]
    (c,) = rep["corrected_by_sender"]
    is_now = _shown(tmp_path)["origin_village"]
    assert is_now != was
    assert (c["row"], c["case_no"], c["field"], c["was"], c["now"]) == \
        (2, "SNJ-00001", "origin_village", was, is_now), c
    assert (c["from"]["batch"], c["from"]["row"], c["to"]) == (1, 2, {"batch": 2, "row": 2}), c
    assert (f"corrected by its sender row 2 (SNJ-00001): village '{was}' -> '{is_now}' "
            "(batch 1 row 2 -> batch 2 row 2)") in text, text
    trail = json.loads(_ok(tmp_path, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    (entry,) = [e for e in trail if e["action"] == "person.import_update"]
    assert entry["detail"]["changes"]["origin_village"] == [was, is_now], entry
    assert entry["detail"]["corrected_by_sender"]["origin_village"]["batch"] == 1, entry
    # the trail keeps the old value, and a withdrawal of the correcting row puts it back
    _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    assert _shown(tmp_path)["origin_village"] == was


def test_a_place_the_sender_corrects_two_versions_later_names_the_row_that_gave_it(tmp_path):
    """Version 2 said what version 1 did; version 3, its rows in another order, corrects it:
    the value came from batch 1's row, and batch 3's row corrects it."""
    _ok(tmp_path, "init")
    rows = [["Hemdiye", "Xudêda", "Cindî", "F", "Kocho", "Solagh", "missing"],
            ["Zozan", "Xelef", "Shemo", "F", "Kocho", "Tal Afar", "missing"]]
    _import(tmp_path, write_csv(tmp_path / "list.csv", EN, rows))
    _import(tmp_path, write_csv(tmp_path / "list_v2.csv", EN, [*rows, ["Ayda", "Murad", "Ilyas",
                                                                        "F", "Kocho", "", ""]]))
    rep, text = _import(tmp_path, write_csv(tmp_path / "list_v3.csv", EN, [
        rows[1], [*rows[0][:5], "Tal Afar", "missing"]]))
    assert rep["conflicts"] == [], rep["conflicts"]
    assert ("corrected by its sender row 3 (SNJ-00001): place of abduction 'Solagh' -> 'Tal "
            "Afar' (batch 1 row 2 -> batch 3 row 3)") in text, text
    assert _shown(tmp_path)["abduction_place"] == "Tal Afar"


def test_a_value_another_source_gives_too_stays_a_conflict(tmp_path):
    _ok(tmp_path, "init")
    _import(tmp_path, _kmr(tmp_path, "ngo_v1.csv", "Herdan"))
    police = write_xlsx(tmp_path / "police.xlsx", [("List", [
        KMR, ["Hemdiye", "Xudêda", "Cindî", "M", "Herdan", "winda"]])])
    _import(tmp_path, police, "Police")
    was = _shown(tmp_path)["origin_village"]
    rep, text = _import(tmp_path, _kmr(tmp_path, "ngo_v2.csv", "Koço"))
    assert rep.get("corrected_by_sender") == [], rep
    assert [(c["case_no"], c["field"], c["vault"]) for c in rep["conflicts"]] == \
        [("SNJ-00001", "origin_village", was)], rep["conflicts"]
    assert "corrected by its sender" not in text
    assert _shown(tmp_path)["origin_village"] == was


def test_a_value_the_lawyer_typed_stays_a_conflict_though_the_list_said_it_too(tmp_path):
    """She was typed in by hand from the family's word (Herdan); the NGO's list said Herdan too,
    then Koço: the village is the lawyer's, not the list's to take back."""
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Hemdiye", "--father", "Xudêda", "--grandfather",
        "Cindî", "--sex", "F", "--village", "Herdan")
    typed = _shown(tmp_path)["origin_village"]
    first, _ = _import(tmp_path, _kmr(tmp_path, "ngo_v1.csv", "Herdan"))
    assert first["conflicts"] == [], first["conflicts"]
    rep, _ = _import(tmp_path, _kmr(tmp_path, "ngo_v2.csv", "Koço"))
    assert rep.get("corrected_by_sender") == [], rep
    assert [c["field"] for c in rep["conflicts"]] == ["origin_village"], rep["conflicts"]
    assert _shown(tmp_path)["origin_village"] == typed


def test_a_value_typed_by_hand_since_stays_a_conflict(tmp_path):
    _ok(tmp_path, "init")
    _import(tmp_path, _kmr(tmp_path, "ngo_v1.csv", "Herdan"))
    _ok(tmp_path, "person", "edit", "SNJ-00001", "--village", "Girêzer")
    typed = _shown(tmp_path)["origin_village"]
    rep, _ = _import(tmp_path, _kmr(tmp_path, "ngo_v2.csv", "Koço"))
    assert rep.get("corrected_by_sender") == [], rep
    assert [c["field"] for c in rep["conflicts"]] == ["origin_village"], rep["conflicts"]
    assert _shown(tmp_path)["origin_village"] == typed


def test_a_status_the_sender_takes_back_is_never_set_by_the_import(tmp_path):
    """Status is not one of the values a sender corrects: its conflict names the way back."""
    _ok(tmp_path, "init")
    _import(tmp_path, _kmr(tmp_path, "ngo_v1.csv", "Herdan"))
    rescued = write_csv(tmp_path / "ngo_v2.csv", KMR, [
        ["Hemdiye", "Xudêda", "Cindî", "M", "Herdan", "rizgarkirî 2017"]])
    _import(tmp_path, rescued)
    rep, _ = _import(tmp_path, write_csv(tmp_path / "ngo_v3.csv", KMR, [
        ["Hemdiye", "Xudêda", "Cindî", "M", "Herdan", "winda"]]))
    assert [c["field"] for c in rep["conflicts"]] == ["status"], rep["conflicts"]
    assert _shown(tmp_path)["current_status"] == "rescued"


def _hers_by_hand(tmp_path) -> None:
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Hemdiye", "--father", "Xudêda", "--grandfather",
        "Cindî", "--sex", "F", "--village", "Kocho", "--abduction-place", "Tal Afar")


def _place(tmp_path, name: str, place: str, *more: list[str]):
    return write_csv(tmp_path / name, EN, [["Hemdiye", "Xudêda", "Cindî", "F", "Kocho", place,
                                            "missing"], *more])


def test_a_conflict_a_later_version_no_longer_makes_is_shown_settled_not_deleted(tmp_path):
    _hers_by_hand(tmp_path)
    first, _ = _import(tmp_path, _place(tmp_path, "ngo.csv", "Solagh"))
    assert [c["field"] for c in first["conflicts"]] == ["abduction_place"]
    (c,) = _shown(tmp_path)["list_conflicts"]
    assert "superseded_by" not in c

    rep, _ = _import(tmp_path, _place(tmp_path, "ngo_v2.csv", "Tal Afar"))
    assert rep["conflicts"] == [] and rep["corrected_by_sender"] == []  # typed by hand: kept
    (c,) = _shown(tmp_path)["list_conflicts"]
    assert (c["batch"], c["list"], c["superseded_by"]) == \
        (1, "Solagh", {"batch": 2, "file": "ngo_v2.csv"}), c
    text = _ok(tmp_path, "person", "show", "SNJ-00001").stdout
    assert ("list said   place of abduction 'Solagh' (vault keeps 'Tal Afar'): batch 1 "
            "(ngo.csv), row 2; settled: batch 2 (ngo_v2.csv), a later version of the list, no "
            "longer says it") in text, text

    # the list's next version saying it again: it stands again
    _import(tmp_path, _place(tmp_path, "ngo_v3.csv", "Solagh",
                             ["Zozan", "Xelef", "Shemo", "F", "Kocho", "", "missing"]))
    (c,) = _shown(tmp_path)["list_conflicts"]
    assert "superseded_by" not in c, c


def test_another_lists_word_does_not_settle_a_conflict(tmp_path):
    _hers_by_hand(tmp_path)
    _import(tmp_path, _place(tmp_path, "ngo.csv", "Solagh"))
    _import(tmp_path, _place(tmp_path, "police.csv", "Tal Afar"), "Police")
    (c,) = _shown(tmp_path)["list_conflicts"]
    assert "superseded_by" not in c, c


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # the .qm files do not have the line yet
def test_the_desktops_report_says_the_correction_in_its_language(qapp, tmp_path, lang):
    from tests.report_text_sample import english_left
    from ui.i18n import apply_language
    from ui.import_report import report_said

    _ok(tmp_path, "init")
    _import(tmp_path, _kmr(tmp_path, "ngo_v1.csv", "Herdan"))
    rep, _ = _import(tmp_path, _kmr(tmp_path, "ngo_v2.csv", "Koço"))
    try:
        apply_language(qapp, lang)
        line = next(x for x in report_said(rep).split("\n") if "SNJ-00001" in x and "->" in x)
        assert english_left(line, "ar" if lang != "kmr" else lang, ("Hardan", "Kocho")) == \
            set(), line
    finally:
        apply_language(qapp, "en")


def test_her_page_on_the_desktop_shows_the_conflict_settled(qtbot, gui, made_vault, tmp_path):
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.test_ui_persons import _open
    from tests.ui_support import unlock

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    her = s.persons.create(Person(
        names={NamePart.GIVEN: NameText("", "Hemdiye"), NamePart.FATHER: NameText("", "Xudêda"),
               NamePart.GRANDFATHER: NameText("", "Cindî")}, sex=Sex.FEMALE,
        origin_village="Kocho", abduction_place="Tal Afar"))
    svc = ImportService(s)
    for name, place in (("ngo.csv", "Solagh"), ("ngo_v2.csv", "Tal Afar")):
        plan = svc.prepare(str(_place(tmp_path, name, place)), source="NGO")
        svc.commit(svc.stage(plan, svc.stage_rows(plan), yes=True))
    s.close()
    gui.vault_dir = folder
    page = _open(qtbot, unlock(qtbot, gui), her.case_no)
    tab = page.conflicts_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Not taken from lists"  # none left
    said = tab.model.item(0, 3).text()
    assert said.startswith("Solagh (settled: batch ") and "ngo_v2.csv" in said, said
    assert said.endswith("a later version of the list, no longer says it)"), said


CKB = ["ناو", "ناوی باوک", "ناوی باپیر", "ڕەگەز", "گوند", "ساڵی لەدایکبوون"]


def _ckb(tmp_path, name: str, born: str):
    return write_csv(tmp_path / name, CKB, [["هەمدیە", "خودێدا", "جندی", "مێ", "کۆچۆ", born],
                                            ["زۆزان", "خەلەف", "شەمۆ", "مێ", "کۆچۆ", "1998"]])


def test_a_birth_year_its_sender_corrects_is_taken_one_read_otherwise_stays_a_conflict(tmp_path):
    """A Sorani list's birth year for her, 1995, then 1990: taken from its sender. The police's
    1995 too, and it stays the vault's."""
    _ok(tmp_path, "init")
    _import(tmp_path, _ckb(tmp_path, "krg.csv", "1995"))
    rep, text = _import(tmp_path, _ckb(tmp_path, "krg_v2.csv", "1990"))
    assert rep["conflicts"] == [], rep["conflicts"]
    assert ("corrected by its sender row 2 (SNJ-00001): birth '1995' -> '1990' (batch 1 row 2 "
            "-> batch 2 row 2)") in text, text
    assert _shown(tmp_path)["birth"]["text"] == "1990"

    (tmp_path / "other").mkdir()
    other = tmp_path / "other"
    _ok(other, "init")
    _import(other, _ckb(other, "krg.csv", "1995"))
    _import(other, write_xlsx(other / "police.xlsx", [("List", [
        CKB, ["هەمدیە", "خودێدا", "جندی", "مێ", "کۆچۆ", "1995"]])]), "Police")
    rep, _ = _import(other, _ckb(other, "krg_v2.csv", "1990"))
    assert rep["corrected_by_sender"] == [], rep["corrected_by_sender"]
    assert [c["field"] for c in rep["conflicts"]] == ["birth"], rep["conflicts"]
