"""An internal paper (informants' reports, phone numbers, payments) from the command line is
protected as the desktop's Print screen protects it by default: a terminal asks for a
password, and where none is given it is never written unprotected without a word (a warning,
"unprotected" with --json); --unprotected says it is meant."""

from __future__ import annotations

import getpass
import json
import subprocess

import pytest

from app.cli import secrets


@pytest.fixture
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Gulê", "--father", "Xidir", "--sex", "F",
            "--status", "missing")
    assert r.returncode == 0, r.stderr
    return cli


def _protected(path) -> bool:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode != 0


PAPERS = [("dossier", "SNJ-00001"), ("summary",)]


@pytest.mark.parametrize("command", PAPERS)
def test_an_internal_paper_without_a_password_is_warned_of(vault, tmp_path, command):
    out = tmp_path / "p.pdf"
    r = vault(*command, "--profile", "internal", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert not _protected(out)
    assert f"warning: {out} is not protected with a password" in r.stderr
    assert "--password-file F" in r.stderr and "--unprotected" in r.stderr
    r = vault("--json", *command, "--profile", "internal", "-o", str(out))
    assert json.loads(r.stdout)["unprotected"] is True


@pytest.mark.parametrize("command", PAPERS)
def test_unprotected_says_it_is_meant_and_other_profiles_are_not_warned_of(vault, tmp_path,
                                                                           command):
    out = tmp_path / "p.pdf"
    r = vault(*command, "--profile", "internal", "-o", str(out), "--unprotected")
    assert r.returncode == 0 and "warning" not in r.stderr, r.stderr
    r = vault("dossier", "SNJ-00001", "--profile", "court", "-o", str(tmp_path / "c.pdf"),
              "--despite-sharing")
    assert r.returncode == 0 and "not protected" not in r.stderr, r.stderr
    r = vault("dossier", "SNJ-00001", "--profile", "internal", "-o", str(tmp_path / "x.pdf"),
              "--despite-sharing", "--unprotected", "--password-file", str(tmp_path / "pw"))
    assert r.returncode == 2 and "contradict" in r.stderr


def test_a_terminal_asks_for_the_internal_papers_password(vault, tmp_path, monkeypatch):
    out = tmp_path / "d.pdf"
    monkeypatch.setattr(secrets, "_on_terminal", lambda: True)
    typed = iter(["Şingal 2014 kaniya", "Şingal 2014 kaniya"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    r = vault("dossier", "SNJ-00001", "--profile", "internal", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert _protected(out) and "warning" not in r.stderr
    typed = iter(["Şingal 2014 kaniya", "Şingal 2014 kaniyA"])
    r = vault("dossier", "SNJ-00001", "--profile", "internal", "-o", str(tmp_path / "e.pdf"))
    assert r.returncode == 2 and "the two passwords differ: nothing was written" in r.stderr
    assert not (tmp_path / "e.pdf").exists()
