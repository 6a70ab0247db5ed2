"""A person's Provenance tab shows what each list's row said of her, every filled cell under
the list's own header, Arabic and Latin cells each in their own order; the rows of records
merged into her too, marked so, in her dossier's order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.person import SharingLevel
from app.importing.service import ImportService
from app.reports.profiles import Profile
from app.reports.service import ReportService
from app.vault import KdfParams, create_vault
from tests.import_helpers import write_csv
from tests.test_report_lists_said import _import_as_new
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import bare, isolated
from ui.settings import write_language
from ui.widgets import plain_tooltip


def test_the_provenance_tab_says_what_the_list_said(qtbot, gui, tmp_path):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    path = write_csv(tmp_path / "family.csv",
                     ["الاسم", "اسم الاب", "Born", "Phone of family", "Remarks"],
                     [["خالدة", "شيخو", "2000", "0750 123 4567", "<b>seen</b> in Raqqa"]])
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="Family list")
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    case_no = s.persons.list(None)[0].case_no
    s.close()
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    model = page.provenance_tab.model
    assert model.rowCount() == 1
    said = model.item(0, 6).text()
    # the columns not imported too: this is the lawyer's own screen, not a document
    for header, value in (("الاسم", "خالدة"), ("اسم الاب", "شيخو"), ("Born", "2000"),
                          ("Phone of family", "0750 123 4567")):
        assert f"{header}: {value}" in bare(said)  # each pair in its own direction: see
        # test_ui_person_source_pairs_read_in_their_own_direction.py
    assert model.headerData(6, Qt.Orientation.Horizontal) == "ما ذكرته القائمة"
    # the line is cut at the column's edge: on hover, each cell on a line of its own, and
    # shown as written: a cell that looks like markup is not read as markup
    tip = model.item(0, 6).toolTip()
    assert bare(tip) == plain_tooltip("\n".join(
        f"{h}: {v}" for h, v in (
            ("الاسم", "خالدة"), ("اسم الاب", "شيخو"), ("Born", "2000"),
            ("Phone of family", "0750 123 4567"), ("Remarks", "<b>seen</b> in Raqqa"))))
    assert "&lt;b&gt;seen" in tip and "<b>" not in tip


def _three_records_of_one_woman(tmp_path):
    """Khalida of the family's list; Xalida of an NGO's list merged into her; and Xelîda of a
    camp's list, merged into Xalida before Xalida was merged into Khalida (behind a merged
    record)."""
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    lists = [("Family list", ["الاسم", "اسم الاب"], ["خالدة", "شيخو"]),
             ("NGO Dohuk", ["Name", "Father"], ["Xalida", "Şêxo"]),
             ("Camp Sharya", ["Name", "Father", "Born"], ["Xelîda", "Şêxo", "1999"])]
    khalida, xalida, xelida = (
        _import_as_new(s, write_csv(tmp_path / f"list{n}.csv", header, [row]), source)
        for n, (source, header, row) in enumerate(lists))
    # "create" by hand in review kept each as not the same as the record asked about: the
    # lawyer, seeing later that they are one woman, merges them all the same
    s.matching.merge(xalida, xelida, despite_decision=True)
    s.matching.merge(khalida, xalida, despite_decision=True)
    her = s.persons.get(khalida)
    her.sharing_level = SharingLevel.COURT  # a court may receive her record
    s.persons.update(her)
    # the team's own paper: court papers no longer say who sent a list
    dossier = [(e["list_source"], e["merged_case_no"]) for e in ReportService(s).dossier_source(
        khalida, Profile.INTERNAL).provenance]
    s.close()
    return folder, khalida, xalida, xelida, dossier


def _provenance_shown(qtbot, gui, folder, case_no, lang="en"):
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return page


def test_the_provenance_tab_shows_the_rows_of_records_merged_into_her_as_the_dossier_does(
        qtbot, gui, tmp_path):
    folder, khalida, xalida, xelida, dossier = _three_records_of_one_woman(tmp_path)
    assert dossier == [("Family list", None), ("NGO Dohuk", xalida), ("Camp Sharya", xelida)]
    page = _provenance_shown(qtbot, gui, folder, khalida)
    model = page.provenance_tab.model
    shown = [model.item(r, 0).text() for r in range(model.rowCount())]
    # in the dossier's order, each merged record's row marked with its case number
    assert shown == ["Family list", f"NGO Dohuk (record {xalida}, merged into this one)",
                     f"Camp Sharya (record {xelida}, merged into this one)"]
    assert "Name: Xelîda" in bare(model.item(2, 6).text())
    assert "Born: 1999" in bare(model.item(2, 6).text())


def test_a_merged_records_row_is_marked_in_arabic_with_its_case_number_whole(
        qtbot, gui, tmp_path):
    folder, khalida, xalida, _xelida, _dossier = _three_records_of_one_woman(tmp_path)
    page = _provenance_shown(qtbot, gui, folder, khalida, "ar")
    cell = page.provenance_tab.model.item(1, 0).text()
    assert cell == f"{isolated('NGO Dohuk')} (السجل {isolated(xalida)}، دُمج في هذا السجل)"
