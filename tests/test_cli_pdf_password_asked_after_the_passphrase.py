"""At a terminal, an internal paper's command asks the vault's passphrase first, as every
command does, then the PDF's password, labelled as such; the vault's passphrase is refused as
a PDF's password (it goes to the paper's reader), on the command line and on the desktop."""

from __future__ import annotations

import getpass

import pytest

from app.cli import secrets
from tests.conftest import PASSPHRASE


@pytest.fixture
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Gulê", "--sex", "F").returncode == 0
    return cli


def _typing(monkeypatch, answers):
    """getpass answering in turn, at a terminal, the prompts kept in order."""
    asked: list[str] = []
    typed = iter(answers)
    monkeypatch.setattr(secrets, "_on_terminal", lambda: True)

    def answer(prompt=""):
        asked.append(prompt)
        return next(typed)

    monkeypatch.setattr(getpass, "getpass", answer)
    return asked


def test_the_vault_passphrase_is_asked_first(vault, tmp_path, monkeypatch):
    del vault.env["CASEKEEPER_PASSPHRASE"]
    out = tmp_path / "d.pdf"
    asked = _typing(monkeypatch, [PASSPHRASE, "Şingal 2014 kaniya", "Şingal 2014 kaniya"])
    r = vault("dossier", "SNJ-00001", "--profile", "internal", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert asked[0] == "Passphrase: "
    assert asked[1].startswith("A password for this PDF, to tell its reader: not your vault "
                               "passphrase")


def test_the_vault_passphrase_is_refused_as_the_pdfs(vault, tmp_path, monkeypatch):
    out = tmp_path / "d.pdf"
    _typing(monkeypatch, [PASSPHRASE, PASSPHRASE])
    r = vault("dossier", "SNJ-00001", "--profile", "internal", "-o", str(out))
    assert r.returncode == 2, r.stderr
    assert "this is the vault's passphrase: a PDF's password is told to whoever reads the " \
           "paper, so choose another; nothing was written" in r.stderr
    assert not out.exists()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    r = vault("dossier", "SNJ-00001", "--profile", "court", "--despite-sharing",
              "-o", str(out), "--password-file", str(pw))
    assert r.returncode == 2 and "this is the vault's passphrase" in r.stderr
    assert not out.exists()


def test_the_desktop_refuses_it_too(session, tmp_path):
    from app.reports.pdfcrypt import PasswordRefused
    from ui import print_ops

    with pytest.raises(PasswordRefused, match="this is the vault's passphrase"):
        print_ops.save(session, {}, str(tmp_path / "d.pdf"), PASSPHRASE)
    assert not (tmp_path / "d.pdf").exists()
