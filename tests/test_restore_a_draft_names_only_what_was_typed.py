"""A record's draft is her whole record as her page read it plus what she typed: a field saved
since by a command, an import, a merge or a one-time pass is not said as typed in it and LOST.
Her record as the page read it is the one at the draft's version, in the vault or the backup;
where neither holds it, the draft is said to maybe hold its fields, never left out."""

from __future__ import annotations

import json

import app.backup as backups
from tests.conftest import PASSPHRASE
from tests.test_restore_a_draft_holding_nothing_typed_is_no_loss import _keep
from tests.test_restore_of_a_newer_backup_on_a_laptop_only_opened_since import _backup


def _backup_of_nadia(cli, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--born", "1998",
               "--location", "Mosul").returncode == 0
    return _backup(cli, cli.vault, usb)


def _edit(cli, *args: str) -> None:
    assert cli("person", "edit", "SNJ-00001", *args).returncode == 0


def test_a_field_a_command_saved_since_is_not_said_typed(cli, tmp_path):
    made = _backup_of_nadia(cli, tmp_path)
    _keep(cli.vault, notes="Seen in Tal Afar")  # she typed her notes, then the lock
    _edit(cli, "--born", "1999", "--location", "Raqqa")  # saved since, by a command
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.each_draft() == [("SNJ-00001", ("notes",))] and c.drafts_unsure == ()
    r = cli("--json", "restore", made, "--yes")
    assert r.returncode != 0
    said = json.loads(r.stdout)
    assert "would be LOST (SNJ-00001: notes)" in said["error"], said
    assert said["unsaved_edits_typed"] == {"SNJ-00001": ["notes"]}
    assert said["unsaved_edits_may_hold"] == []


def test_a_draft_holding_nothing_typed_stays_no_loss_after_a_command(cli, tmp_path):
    made = _backup_of_nadia(cli, tmp_path)
    _keep(cli.vault)  # an edit begun and left as it was
    _edit(cli, "--born", "1999")
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.drafts_since == () and c.changed_since == 1  # the command's edit is counted


def test_where_her_record_as_read_is_held_nowhere_the_draft_may_hold(cli, tmp_path):
    """Saved after the backup, then drafted, then saved again: neither side holds the record
    the page read. Every field that differs is said, as maybe typed, the typed one among them."""
    made = _backup_of_nadia(cli, tmp_path)
    _edit(cli, "--location", "Raqqa")
    _keep(cli.vault, notes="Seen in Tal Afar")
    _edit(cli, "--born", "1999")
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.risky and c.drafts_unsure == ("SNJ-00001",)
    assert c.each_draft() == [("SNJ-00001", ("birth", "notes"))]
    assert "LOST (SNJ-00001: may hold birth, notes)" in c.words()
    assert c.facts()["unsaved_edits_may_hold"] == ["SNJ-00001"]


def test_fields_are_said_in_the_words_the_command_line_has(cli, tmp_path):
    made = _backup_of_nadia(cli, tmp_path)
    _keep(cli.vault, form={"origin_village": "Kocho", "abduction_place": "Solagh"})
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert "LOST (new person: place of abduction, village)" in c.words(), c.words()


def test_a_draft_of_a_kind_not_known_here_is_counted(cli, tmp_path):
    """A later version's draft (a report's) was dropped without a word; it is counted."""
    from app.vault import open_vault

    made = _backup_of_nadia(cli, tmp_path)
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        with s.db.transaction():
            s.meta.set("draft.report.3", json.dumps({"text": "seen"}))
    finally:
        s.close()
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.risky and c.drafts_since == ("draft.report.3",)
