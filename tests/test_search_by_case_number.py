"""A case number typed into search finds her: the lawyer reads SNJ-00123 off a paper or a
phone call and types it where she types names (before, "no one found")."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from db.repositories.search import SearchFilter
from tests.ui_support import PASSPHRASE, unlock


def _person(given: str, status: Status = Status.MISSING) -> Person:
    return Person(sex=Sex.FEMALE, names={NamePart.GIVEN: NameText("", given),
                                         NamePart.FATHER: NameText("", "Khalil")},
                  status_events=[StatusEvent(status)])


def test_a_case_number_finds_her_however_it_is_typed(session):
    session.persons.create(_person("Nadia"))
    layla = session.persons.create(_person("Layla"))
    for typed in ("SNJ-00002", "snj-2", " Snj-0002 "):
        assert [r.case_no for r in session.search.search(typed)] == [layla.case_no]
    assert session.search.search("SNJ-00404") == []  # no such record: no one, not a guess


def test_a_record_merged_into_hers_finds_hers(session):
    kept = session.persons.create(_person("Nadia"))
    other = session.persons.create(_person("Nadya"))
    session.matching.merge(kept.case_no, other.case_no, despite_contradiction=True)
    assert [r.case_no for r in session.search.search(other.case_no)] == [kept.case_no]


def test_one_the_filters_leave_out_is_said_to_be_left_out(session):
    session.persons.create(_person("Nadia", Status.RESCUED))
    shown, left = session.search.search_apart("SNJ-00001", f=SearchFilter(status="missing"))
    assert shown == []
    assert [(r.case_no, r.outside) for r in left] == [("SNJ-00001", (("status", "rescued"),))]


def test_the_command_line_finds_her_by_number(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil").returncode == 0
    done = cli("search", "snj-1")
    assert done.returncode == 0 and "SNJ-00001" in done.stdout and "Nadia Khalil" in done.stdout


def test_the_command_line_says_a_number_was_merged_into_the_one_found(cli):
    """Searching a merged record's number gave another woman's record without a word."""
    import json

    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil").returncode == 0
    assert cli("person", "add", "--given", "Nadya", "--father", "Khalil").returncode == 0
    assert cli("merge", "SNJ-00001", "SNJ-00002").returncode == 0
    done = cli("search", "SNJ-00002")
    assert done.stdout.splitlines()[0].split("\t")[1] == "SNJ-00001", done.stdout
    assert "SNJ-00002 was merged into SNJ-00001 (undo: casekeeper split SNJ-00002)" in done.stdout
    done = cli("--json", "search", "SNJ-00002")
    assert json.loads(done.stdout)[0]["merged_from"] == "SNJ-00002"
    assert "was merged into SNJ-00001" in done.stderr
    assert "merged" not in cli("search", "SNJ-00001").stdout


def test_the_desktop_search_box_finds_her_by_number(qtbot, gui, tmp_path):
    from app.vault import KdfParams, create_vault

    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    for given in ("Nadia", "Layla", "Samira"):
        s.persons.create(_person(given))
    s.close()
    gui.vault_dir = folder
    view = unlock(qtbot, gui).persons
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.search_box.setText("snj-3")
    m = view.model
    assert [m.data(m.index(r, 0)) for r in range(m.rowCount())] == ["SNJ-00003"]
