"""The import window reads a list as `casekeeper import` reads it: the year its ages were given
in (an "Age in 2019" header, or a saved mapping's age_year) and the saved mapping's columns the
sheet lacks are kept in the mapping the user confirms, not dropped on the way to the preview."""

from __future__ import annotations

import json

import pytest

from app.vault import open_vault
from tests.conftest import PASSPHRASE, cli_env, run_cli
from tests.import_helpers import write_xlsx
from tests.ui_support import unlock

SOURCE = "Duhok office"
ROWS = [["Nadia", "Murad", "20"], ["Jilan", "Khalaf", "15"]]
# As a saved mapping of this source has it: a mother's column an earlier list had, and the
# year that source's ages are given in.
SAVED = {"columns": {"Name": "given", "Father": "father", "Age": "age", "Mother": "mother"},
         "age_year": 2019}


def _save_mapping(folder, mapping: dict) -> None:
    from app.importing.service import ImportService
    s = open_vault(folder, PASSPHRASE)
    try:
        with s.db.transaction():
            ImportService(s).repo.save_mapping(SOURCE, json.dumps(mapping),
                                               "2024-03-01T10:00:00Z")
    finally:
        s.close()


def _cli_reading(tmp_path, path, saved: dict | None) -> tuple[dict, dict[str, list]]:
    """The command line's mapping (dry run) and each imported woman's birth, by given name."""
    env = cli_env(tmp_path)
    vault = tmp_path / "cli-vault"
    assert run_cli(["--vault", str(vault), "init", "--prefix", "SNJ"], env).returncode == 0
    if saved:
        _save_mapping(vault, saved)
    dry = run_cli(["--vault", str(vault), "--json", "import", str(path), "--source", SOURCE,
                   "--dry-run"], env)
    assert dry.returncode == 0, dry.stderr
    done = run_cli(["--vault", str(vault), "import", str(path), "--source", SOURCE], env)
    assert done.returncode == 0, done.stderr
    births = {}
    for case in ("SNJ-00001", "SNJ-00002"):
        shown = json.loads(run_cli(["--vault", str(vault), "--json", "person", "show", case],
                                   env).stdout)
        births[shown["names"]["given"]["latin"]] = shown["birth"]
    return json.loads(dry.stdout), births


@pytest.mark.parametrize("age_header,saved", [("Age in 2019", None), ("Age", SAVED)],
                         ids=["header says 2019", "saved mapping says 2019"])
def test_the_window_reads_ages_and_keeps_columns_as_the_command_line(
        qtbot, gui, made_vault, tmp_path, age_header, saved):
    """Through the window a list whose ages were given in 2019 was read as a range of birth
    years (2014 to today, minus the age), and a saved mapping lost its Mother column."""
    from app.person_json import person_to_dict
    path = write_xlsx(tmp_path / "list.xlsx", [("List", [["Name", "Father", age_header],
                                                          *ROWS])])
    dry, cli_births = _cli_reading(tmp_path, path, saved)
    assert dry["age_year"] == 2019
    folder, _code = made_vault
    if saved:
        _save_mapping(folder, saved)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.source.setText(SOURCE)
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page,
                    timeout=20_000)
    m = wizard.plan.mapping
    assert m.age_year == dry["age_year"]
    assert {k: str(v) for k, v in m.absent.items()} == dry["mapping_columns_absent"]
    window_births = {}
    for r in wizard.rows:
        shown = person_to_dict(r.person)
        window_births[shown["names"]["given"]["latin"]] = shown["birth"]
    assert window_births == cli_births
    assert "2019" in json.dumps(window_births["Nadia"])  # born 1998 or 1999: 20 in 2019
