"""A restore over a vault whose secrets changed since the backup names the one that changed: the
passphrase alone, the recovery code alone, or both, never the one left as it was; in the words,
in --json and in the desktop's question (translated)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE
from tests.ui_support import desktop_restore_asks
from ui.settings import write_language

NEW = "a brand new passphrase"
PASSPHRASE_SAID = "the passphrase was changed since"
CODE_SAID = "the recovery code was replaced since"


def _vault_and_backup(cli, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--sex", "F").returncode == 0
    r = cli("--json", "backup", str(usb))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["backup"]


def _refused(cli, backup, secret=PASSPHRASE):
    env = {"CASEKEEPER_PASSPHRASE": secret}
    r = cli("restore", backup, "--yes", extra_env=env)
    assert r.returncode != 0
    said = cli("--json", "restore", backup, "--yes", extra_env=env)
    assert said.returncode == r.returncode
    return r.stderr, json.loads(said.stdout)


def test_a_passphrase_changed_alone_names_no_recovery_code(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW}).returncode == 0
    text, facts = _refused(cli, backup)
    assert PASSPHRASE_SAID in text and "recovery code" not in text
    assert facts["secrets_changed_since"] == ["passphrase"]
    assert facts["compared"] == "older" and facts["error"].startswith("nothing restored")


def test_a_recovery_code_replaced_alone_names_no_passphrase(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", "--new-recovery-code").returncode == 0
    text, facts = _refused(cli, backup)
    assert CODE_SAID in text and "passphrase" not in text
    assert facts["secrets_changed_since"] == ["recovery code"]


def test_a_passphrase_set_with_the_recovery_code_names_both(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    code = json.loads(cli("--json", "passwd", "--new-recovery-code").stdout)["recovery_code"]
    r = cli("passwd", "--recovery", extra_env={"CASEKEEPER_RECOVERY_CODE": code,
                                               "CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    text, facts = _refused(cli, backup)
    assert PASSPHRASE_SAID in text and CODE_SAID in text
    assert facts["secrets_changed_since"] == ["passphrase", "recovery code"]


def test_restored_all_the_same_says_which_in_its_json(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", "--new-recovery-code").returncode == 0
    r = cli("--json", "restore", backup, "--yes", "--older")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["secrets_changed_since"] == ["recovery code"]


def _question(qtbot, gui, cli, backup) -> str:
    window, page = desktop_restore_asks(qtbot, gui, backup)
    text = page.question.text()
    page.question.reject()
    return text


def test_the_desktop_asks_naming_the_passphrase_alone(qtbot, gui, cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW}).returncode == 0
    gui.vault_dir = cli.vault
    text = _question(qtbot, gui, cli, backup)
    assert "The passphrase was changed since the backup" in text
    assert "recovery code" not in text.lower()


@pytest.mark.usefixtures("new_translations")  # the new sentences are not in the .qm yet
def test_the_desktop_names_the_recovery_code_alone_in_arabic(qtbot, gui, cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", "--new-recovery-code").returncode == 0
    write_language(cli.vault, "ar")
    gui.vault_dir, gui.language = cli.vault, "ar"
    text = _question(qtbot, gui, cli, backup)
    assert "رمز الاسترداد" in text and "عبارة المرور" not in text
    assert "recovery code" not in text and "was replaced" not in text
