"""A merge of two records whose given names only partly agree (sisters' names: Basima and
Basma, Salma and سليمة) asks first, on the command line and on the desktop, as an update from
a list does: two sisters scored 1.00 as duplicates (every other name alike) and one command
made one record of them."""

from __future__ import annotations

import json

import pytest

from tests.ui_support import unlock, wait_job

SISTERS = [("Basima", "Basma"), ("Salma", "سليمة")]


def _add(cli, given: str) -> str:
    out = cli("--json", "person", "add", "--given", given, "--father", "Khalaf", "--grandfather",
              "Rasho", "--family", "Haskani", "--sex", "F", "--village", "Kocho")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["case_no"]


@pytest.mark.parametrize("a, b", SISTERS)
def test_merging_sisters_is_refused_without_despite_contradiction(cli, a, b):
    assert cli("init").returncode == 0
    one, two = _add(cli, a), _add(cli, b)
    refused = cli("merge", one, two)
    assert refused.returncode != 0
    assert f"disagree on given name ({one} '{a}', {two} '{b}')" in refused.stderr
    assert "--despite-contradiction" in refused.stderr
    listed = json.loads(cli("--json", "person", "list").stdout)
    assert len(listed) == 2  # nothing merged
    merged = cli("merge", one, two, "--despite-contradiction")
    assert merged.returncode == 0, merged.stderr
    assert "merged despite: given name" in merged.stdout


def test_one_womans_spellings_still_merge_without_a_question(cli):
    assert cli("init").returncode == 0
    one, two = _add(cli, "Khalida"), _add(cli, "خالدة")
    out = cli("merge", one, two)
    assert out.returncode == 0, out.stderr


def test_the_desktop_asks_before_merging_sisters(qtbot, gui, cli):
    """'Same person' on the Duplicates screen merged them at a click: it asks first, naming
    both given names, Cancel the default."""
    from PySide6.QtWidgets import QMessageBox

    from tests.test_ui_duplicates import _contradiction_question, _find, _unmarked

    assert cli("init").returncode == 0
    one, two = _add(cli, "Basima"), _add(cli, "Basma")
    gui.vault_dir = cli.vault
    view = _find(qtbot, unlock(qtbot, gui))
    assert [(p.a.case_no, p.b.case_no) for p in view.pairs] == [(one, two)]
    view.buttons["keep_a"].click()
    qtbot.waitUntil(lambda: _contradiction_question(view) is not None, timeout=10_000)
    box = _contradiction_question(view)
    assert f"given name: Basima in {one}, Basma in {two}" in _unmarked(box.text()).split("\n")
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: _contradiction_question(view) is None, timeout=10_000)
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(two).merged_into) is None
