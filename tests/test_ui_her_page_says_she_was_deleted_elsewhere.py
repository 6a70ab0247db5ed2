"""Her page in edit while another window or a command deletes her: Save says she was deleted
elsewhere and nothing was saved (it said only "no person with case number", read as a typo),
and the list counts anew (it went on counting her)."""

from __future__ import annotations

from tests.ui_support import unlock


def test_save_says_she_was_deleted_elsewhere_and_the_list_counts_anew(qtbot, gui, cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for name in ("Shirin", "Gulê"):
        assert cli("person", "add", "--given", name, "--sex", "F").returncode == 0
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui)
    assert main.persons.counts.text().startswith("2 ")
    main.open_person("SNJ-00002")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.start_edit()
    page.form.notes.setPlainText("typed while she was deleted elsewhere")
    r = cli("person", "delete", "SNJ-00002", "--yes", "--reason", "entered by mistake")
    assert r.returncode == 0, r.stderr
    page.save()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert page.error.text().replace("\u2066", "").replace("\u2069", "") == (
        "SNJ-00002 was deleted in another window or by a command since her page was opened: "
        "nothing was saved")
    qtbot.waitUntil(lambda: main.persons.counts.text().startswith("1 "), timeout=10_000)
