"""A draft kept in the vault counts at a restore only where it holds what was typed and the
backup has not: one of her record as it is saved (an edit begun and left as it was), or a New
person form with nothing in it, no longer makes every older backup need --older. One that holds
typed edits still refuses, saying which fields would be lost."""

from __future__ import annotations

import json
from pathlib import Path

import app.backup as backups
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_restore_of_a_newer_backup_on_a_laptop_only_opened_since import _backup


def _keep(vault: Path, notes: str | None = None, form: dict[str, str] | None = None,
          version: int | None = None) -> None:
    """Drafts as the desktop keeps them at a lock: her record as the form read it, the form's."""
    s = open_vault(vault, PASSPHRASE)
    try:
        p = s.persons.get("SNJ-00001")
        if notes is not None:
            p.notes = notes
        if version is not None:
            p.version = version  # a draft opened again and kept again reads a newer version
        s.drafts.keep_person(p)
        if form is not None:
            s.drafts.keep_new_person(form)
    finally:
        s.close()


def _older_backup(cli, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    return _backup(cli, cli.vault, usb)


def test_drafts_holding_nothing_typed_are_no_loss(cli, tmp_path):
    made = _older_backup(cli, tmp_path)
    _keep(cli.vault, form={"name_given_original": "  "})
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.kind == "older" and c.drafts_since == () and not c.risky
    r = cli("restore", made, "--yes")
    assert r.returncode == 0, r.stderr


def test_typed_drafts_are_refused_naming_what_was_typed(cli, tmp_path):
    made = _older_backup(cli, tmp_path)
    _keep(cli.vault, notes="Seen in Tal Afar", form={"name_given_latin": "Layla",
                                                    "origin_village": "Kocho"})
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.risky and c.drafts_since == ("new person", "SNJ-00001")
    r = cli("--json", "restore", made, "--yes")
    assert r.returncode != 0
    said = json.loads(r.stdout)
    assert "would be LOST (new person: given name (Latin letters), village; SNJ-00001: notes)" \
        in said["error"]
    assert said["unsaved_edits_typed"] == {"new person": ["given.latin", "origin_village"],
                                           "SNJ-00001": ["notes"]}
    assert "Seen in Tal Afar" not in r.stdout + r.stderr  # what she typed is named, not printed


def test_a_draft_the_backup_holds_alike_is_no_loss_though_kept_again(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    _keep(cli.vault, notes="Seen in Tal Afar")
    made = _backup(cli, cli.vault, usb)
    _keep(cli.vault, notes="Seen in Tal Afar", version=7)  # the same typed, kept again
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.drafts_since == () and not c.risky
    _keep(cli.vault, notes="Seen in Tal Afar and Raqqa")  # typed further: lost without --older
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.drafts_since == ("SNJ-00001",) and c.risky


def test_a_name_typed_or_cleared_in_a_draft_is_named_by_part_and_script():
    import copy

    from app.domain.person import NamePart, NameText, Person, Sex
    from app.drafts import PERSON_KEY
    from app.drafts_lost import typed_lost
    from app.person_json import person_to_dict

    saved = Person(case_no="SNJ-00001", sex=Sex.FEMALE,
                   names={NamePart.GIVEN: NameText("نادية", "Nadia")})
    typed = copy.deepcopy(saved)
    typed.names = {NamePart.GIVEN: NameText("نادية", "")}  # the Latin spelling cleared
    typed.name(NamePart.FATHER).latin = "Murad"
    value = json.dumps(person_to_dict(typed))
    assert typed_lost(PERSON_KEY + "SNJ-00001", value, saved, True, None) == \
        ("father.latin", "given.latin")
    assert typed_lost(PERSON_KEY + "SNJ-00001", json.dumps(person_to_dict(saved)), saved, True,
                      None) == ()
    assert typed_lost(PERSON_KEY + "SNJ-00001", value, None, False, None) == ()  # record gone


def test_the_trail_reader_looks_for_the_drafts_under_their_key():
    """db/ may not import app.drafts: the key is written twice, and must be one."""
    from app.drafts import PERSON_KEY
    from db.trails import DRAFT_OF_RECORD

    assert DRAFT_OF_RECORD == PERSON_KEY
