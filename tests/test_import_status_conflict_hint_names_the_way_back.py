"""A list's status against the vault's is noted, never set; the report says how to settle it, and
the way it names must not leave a false history. Version 2 of an NGO's list said Hemdiye was
rescued in 2017, version 3 says missing again (the sender took the rescue back): the report
named `person status SNJ-00001 missing`, which adds 'missing' after the rescue, and her history
still said rescued. It names the row that gave the rescue and the withdrawal that takes it back;
the vault's date beside its status; each woman, not the first only. Real files, the real
command line, a real vault."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import imported_with_report as _import
from tests.import_helpers import ok as _ok
from tests.import_helpers import write_csv, write_xlsx

HEADER = ["Nav", "Navê bav", "Navê bapîr", "Zayend", "Gund", "Rewş"]
HEMDIYE = ["Hemdiye", "Xudêda", "Cindî", "M", "Herdan"]
ZOZAN = ["Zozan", "Xelef", "Şemo", "M", "Koço"]




def _statuses(tmp_path, case_no: str = "SNJ-00001") -> list[str]:
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", case_no).stdout)
    return [ev["status"] for ev in shown["status_events"]]


def _versions(tmp_path, second_hemdiye: str, second_zozan: str = "winda",
              third_zozan: str = "winda"):
    """The NGO's list three times: missing, rescued 2017, missing again (rows reordered)."""
    _ok(tmp_path, "init")
    _import(tmp_path, write_csv(tmp_path / "ngo_v1.csv", HEADER,
                                [[*HEMDIYE, "winda"], [*ZOZAN, "winda"]]))
    _import(tmp_path, write_csv(tmp_path / "ngo_v2.csv", HEADER,
                                [[*HEMDIYE, second_hemdiye], [*ZOZAN, second_zozan]]))
    return _import(tmp_path, write_csv(tmp_path / "ngo_v3.csv", HEADER,
                                       [[*ZOZAN, third_zozan], [*HEMDIYE, "winda"]]))


def test_a_rescue_the_sender_takes_back_names_the_row_that_gave_it(tmp_path):
    rep, text = _versions(tmp_path, "rizgarkirî 2017")
    (c,) = rep["conflicts"]
    assert (c["row"], c["vault"], c["vault_date"], c["list_status"]) == \
        (3, "rescued", "2017", "missing"), c
    assert c["vault_from"] == {"batch": 2, "row": 2, "file": "ngo_v2.csv", "same_sender": True,
                               "only_status": True}, c
    assert ("conflict row 3 (SNJ-00001): status: vault keeps 'rescued, 2017', list says "
            "'missing «winda»'") in text, text
    assert ("SNJ-00001: the vault's 'rescued, 2017' came from batch 2 row 2 (ngo_v2.csv), an "
            "earlier version of this list from the same sender; if the sender takes it back: "
            "`casekeeper review 2 --row 2 --withdraw`") in text, text
    assert "casekeeper person status SNJ-00001 missing" not in text, text
    assert _statuses(tmp_path) == ["missing", "rescued"]

    # following the hint: the rescue leaves her history, nothing is added after it
    _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    assert _statuses(tmp_path) == ["missing"]


def test_a_row_that_brought_more_than_the_status_names_the_status_withdrawal(tmp_path):
    """Withdrawing a row takes back all it brought: where version 2 gave her more than the
    rescue (a place she was last seen), the hint withdraws the rescue alone."""
    _ok(tmp_path, "init")
    header = [*HEADER, "Last seen"]
    _import(tmp_path, write_csv(tmp_path / "ngo_v1.csv", header, [[*HEMDIYE, "winda", ""]]))
    _import(tmp_path, write_csv(tmp_path / "ngo_v2.csv", header,
                                [[*HEMDIYE, "rizgarkirî 2017", "Sharya camp"]]))
    rep, text = _import(tmp_path, write_csv(tmp_path / "ngo_v3.csv", header,
                                            [[*HEMDIYE, "winda", "Sharya camp"]]))
    (c,) = rep["conflicts"]
    assert c["vault_from"]["only_status"] is False, c
    assert ("came from batch 2 row 2 (ngo_v2.csv), an earlier version of this list from the "
            "same sender; if the sender takes it back: "
            "`casekeeper person status-withdraw SNJ-00001 rescued --date 2017`") in text, text
    _ok(tmp_path, "person", "status-withdraw", "SNJ-00001", "rescued", "--date", "2017")
    assert _statuses(tmp_path) == ["missing"]


def test_a_rescue_the_sender_dates_otherwise_names_both_commands(tmp_path):
    """Not taken back: dated otherwise (rescued 2019, then 2018). Withdrawing the row would
    leave her missing; the vault's rescue goes and the list's is told, each by its command."""
    _ok(tmp_path, "init")
    _import(tmp_path, write_csv(tmp_path / "ngo_v1.csv", HEADER, [[*HEMDIYE, "winda"]]))
    _import(tmp_path, write_csv(tmp_path / "ngo_v2.csv", HEADER, [[*HEMDIYE, "rizgarkirî 2019"]]))
    rep, text = _import(tmp_path, write_csv(tmp_path / "ngo_v3.csv", HEADER,
                                            [[*HEMDIYE, "rizgarkirî 2018"]]))
    (c,) = rep["conflicts"]
    assert (c["vault"], c["vault_date"], c["list_status"], c["list_date"]) == \
        ("rescued", "2019", "rescued", "2018"), c
    withdraw = "casekeeper person status-withdraw SNJ-00001 rescued --date 2019"
    told = "casekeeper person status SNJ-00001 rescued --date 2018"
    assert ("SNJ-00001: the vault's 'rescued, 2019' came from batch 2 row 2 (ngo_v2.csv), an "
            "earlier version of this list from the same sender; if the list's date is the right "
            f"one: `{withdraw}`, then `{told}`") in text, text
    assert "--withdraw`" not in text, text
    _ok(tmp_path, *withdraw.split()[1:])
    _ok(tmp_path, *told.split()[1:])
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert [(ev["status"], ev["date"]["text"]) for ev in shown["status_events"]][1:] == \
        [("rescued", "2018")], shown["status_events"]


def test_another_senders_rescue_is_withdrawn_by_its_status_if_wrong(tmp_path):
    """The police's list gave the rescue; the NGO's list still says missing. Not the NGO's to
    take back: if the rescue is wrong it is withdrawn, never buried under a 'missing'."""
    _ok(tmp_path, "init")
    _import(tmp_path, write_csv(tmp_path / "ngo.csv", HEADER, [[*HEMDIYE, "winda"]]))
    police = write_xlsx(tmp_path / "police.xlsx", [("List", [HEADER, [*HEMDIYE, "rizgarkirî 2017"]])])
    _import(tmp_path, police, "Police")
    rep, text = _import(tmp_path, write_csv(tmp_path / "ngo_v2.csv", HEADER,
                                            [[*HEMDIYE, "winda"], [*ZOZAN, "winda"]]))
    (c,) = rep["conflicts"]
    assert c["vault_from"]["same_sender"] is False, c
    assert ("SNJ-00001: a status a list gives against the vault's is noted, never set by an "
            "import: if the vault's 'rescued, 2017' is wrong, withdraw it with "
            "`casekeeper person status-withdraw SNJ-00001 rescued --date 2017` (a status added "
            "after it would leave it in the person's history)") in text, text
    assert "casekeeper person status SNJ-00001 missing" not in text, text


def test_a_death_is_still_set_by_hand_and_each_woman_is_named(tmp_path):
    """A death goes nowhere back along her case: set by hand if it is so. Two women whose
    status the list says otherwise: a line for each."""
    rep, text = _versions(tmp_path, "rizgarkirî 2017", third_zozan="mirî")
    assert sorted(c["case_no"] for c in rep["conflicts"]) == ["SNJ-00001", "SNJ-00002"]
    assert "`casekeeper review 2 --row 2 --withdraw`" in text, text
    assert ("set it on the person's page or with `casekeeper person status SNJ-00002 deceased "
            "--date DATE`") in text, text


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # the .qm files do not have the lines yet
def test_the_desktops_report_names_the_way_back_in_its_language(qapp, tmp_path, lang):
    """The window names the way back where the desktop has it, in its words: the row that gave
    the rescue withdrawn from her page's Provenance tab, a status from her Status timeline tab;
    no command to type (tests/test_ui_import_report_status_advice_in_the_window.py)."""
    from PySide6.QtCore import QCoreApplication

    from tests.report_text_sample import english_left
    from ui.i18n import apply_language
    from ui.import_report import report_said

    rep, _ = _versions(tmp_path, "rizgarkirî 2017")
    rep["conflicts"].append({**rep["conflicts"][0], "case_no": "SNJ-00002",
                             "vault_from": {**rep["conflicts"][0]["vault_from"],
                                            "same_sender": False}})
    rep["conflicts"].append({**rep["conflicts"][0], "case_no": "SNJ-00003",
                             "list_status": "rescued", "list": "rescued, 2018",
                             "list_date": "2018"})
    try:
        apply_language(qapp, lang)
        said = report_said(rep)
        provenance = QCoreApplication.translate("PersonPage", "Provenance")
        timeline = QCoreApplication.translate("PersonPage", "Status timeline")
        assert "casekeeper" not in said, said
        back = next(x for x in said.split("\n") if "SNJ-00001" in x and provenance in x)
        assert "2017" in back, back  # the vault's rescue and its date
        wrong = next(x for x in said.split("\n") if "SNJ-00002" in x and timeline in x)
        dated = next(x for x in said.split("\n") if "SNJ-00003" in x and timeline in x)
        assert "2018" in dated, dated  # the list's date, to add it with
        for line in (back, wrong, dated):
            assert english_left(line, "ar" if lang != "kmr" else lang) == set(), line
    finally:
        apply_language(qapp, "en")


def test_the_first_versions_very_file_sent_again_is_not_nothing_to_do(tmp_path):
    """The sender took the rescue back by sending version 1 again, byte for byte: the import
    said 'this exact file was imported as batch 1; nothing to do', as if version 2 had never
    come. It is read as the list's newest version (sent again after version 2), and the hint
    names the way back from version 2's rescue."""
    _ok(tmp_path, "init")
    first = write_csv(tmp_path / "ngo_v1.csv", HEADER, [[*HEMDIYE, "winda"], [*ZOZAN, "winda"]])
    _import(tmp_path, first)
    _import(tmp_path, write_csv(tmp_path / "ngo_v2.csv", HEADER,
                                [[*HEMDIYE, "rizgarkirî 2017"], [*ZOZAN, "winda"]]))
    again = (tmp_path / "ngo_v3.csv")
    again.write_bytes(first.read_bytes())
    done = _ok(tmp_path, "import", str(again), "--source", "NGO", "--yes").stdout
    assert "sent again after batch 2 (ngo_v2.csv" in done, done
    assert "`casekeeper review 2 --row 2 --withdraw`" in done, done
