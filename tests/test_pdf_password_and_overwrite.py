"""A PDF password protects a paper only if it cannot be guessed in moments: one of fewer than 8
characters is refused (a family's dossier was protected with "a"), on the command line and on
the Print screen, before anything is written. And a paper is not written over a PDF protected
with a password when it is not (a protected dossier was silently replaced by an unprotected one
of the same name), nor over a file that is not a PDF, unless --force says so; another PDF there
is replaced, and said. Real vaults through the command line, PDFs read by pdfinfo."""

from __future__ import annotations

import subprocess

import pytest

from app.domain.errors import ValidationError
from app.reports.pdfcrypt import Aes256Encryption
from tests.test_ui_print_pdf_password import _internal_dossier, _type


@pytest.fixture
def vault(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Gulê", "--given", "گولێ", "--father", "Xidir",
            "--sex", "F", "--status", "missing", "--sharing", "family")
    assert r.returncode == 0, r.stderr
    return cli


def _secret(tmp_path, password: str):
    path = tmp_path / f"pw{len(list(tmp_path.glob('pw*')))}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return str(path)


def _protected(path) -> bool:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode != 0


def _exports(cli) -> int:
    return cli("audit", "log").stdout.count("export")


@pytest.mark.parametrize("password", ["a", "1234567", "ئاسۆ", "كوجو"])
def test_a_short_password_is_refused_and_nothing_written(vault, tmp_path, password):
    out = tmp_path / "d.pdf"
    before = _exports(vault)
    for command in (("dossier", "SNJ-00001"), ("summary", "--for", "SNJ-00001")):
        r = vault(*command, "--profile", "family", "-o", str(out),
                  "--password-file", _secret(tmp_path, password))
        assert r.returncode == 2, r.stderr
        assert f"is {len(password)} character" in r.stderr and "at least 8" in r.stderr
        assert not out.exists()
    assert _exports(vault) == before


@pytest.mark.parametrize("password, said", [
    ("        ", "holds no password (its first line is empty or blank)"),
    ("  abc     ", "is 3 characters long"),  # spaces around it are no part of it
])
def test_blanks_around_a_password_are_no_part_of_it(vault, tmp_path, password, said):
    """A file of eight spaces protected a paper; "  abc   " made one "abc" did not open."""
    out = tmp_path / "d.pdf"
    r = vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out),
              "--password-file", _secret(tmp_path, password))
    assert r.returncode == 2 and said in r.stderr, r.stderr
    assert not out.exists()


@pytest.mark.parametrize("password", ["12345678", "Kocho 2014", "كلمة السر"])
def test_a_password_of_eight_characters_or_more_protects_it(vault, tmp_path, password):
    out = tmp_path / "d.pdf"
    r = vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out),
              "--password-file", _secret(tmp_path, password))
    assert r.returncode == 0, r.stderr
    assert _protected(out)


def test_the_pdf_code_itself_refuses_a_short_password():
    with pytest.raises(ValidationError, match="at least 8"):
        Aes256Encryption("abc")


def test_a_protected_pdf_is_not_replaced_by_an_unprotected_one(vault, tmp_path):
    out = tmp_path / "enc.pdf"
    assert vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out),
                 "--password-file", _secret(tmp_path, "Kocho staple 2014")).returncode == 0
    kept = out.read_bytes()
    before = _exports(vault)
    r = vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out))
    assert r.returncode != 0
    assert "already exists and is protected with a password, and this one would not be" in r.stderr
    assert "--force" in r.stderr
    assert out.read_bytes() == kept and _protected(out) and _exports(vault) == before


def test_with_force_it_is_replaced_and_said(vault, tmp_path):
    out = tmp_path / "enc.pdf"
    assert vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out),
                 "--password-file", _secret(tmp_path, "Kocho staple 2014")).returncode == 0
    r = vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out), "--force")
    assert r.returncode == 0, r.stderr
    assert "it was protected with a password; this one is not" in r.stdout
    assert not _protected(out)


def test_a_protected_pdf_is_replaced_by_a_protected_one(vault, tmp_path):
    out = tmp_path / "enc.pdf"
    for password in ("Kocho staple 2014", "Sinjar apricot 8"):
        r = vault("dossier", "SNJ-00001", "--profile", "family", "-o", str(out),
                  "--password-file", _secret(tmp_path, password))
        assert r.returncode == 0, r.stderr
    assert "replaced the file" in r.stdout and _protected(out)


@pytest.mark.parametrize("command", [("dossier", "SNJ-00001"), ("summary",),
                                     ("rescue-report", "1")])
def test_a_file_that_is_not_a_pdf_is_replaced_only_with_force(vault, tmp_path, command):
    """-o naming her list or a letter by mistake would have destroyed it."""
    vault("rescue", "add", "--person", "SNJ-00001", "--date", "2017-03-01",
          "--outcome", "handed over")
    out = tmp_path / "names.xlsx"
    out.write_bytes(b"PK\x03\x04 the lawyer's own list")
    r = vault(*command, "--profile", "internal", "-o", str(out))
    assert r.returncode != 0 and "already exists and is not a PDF" in r.stderr
    assert out.read_bytes() == b"PK\x03\x04 the lawyer's own list"
    r = vault(*command, "--profile", "internal", "-o", str(out), "--force")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF") and "replaced the file" in r.stdout


def test_an_unprotected_pdf_is_replaced_as_before_and_said(vault, tmp_path):
    out = tmp_path / "d.pdf"
    for _ in range(2):
        r = vault("dossier", "SNJ-00001", "--profile", "internal", "-o", str(out))
        assert r.returncode == 0, r.stderr
    assert f"replaced the file that was at {out}" in r.stdout


def test_the_print_screen_refuses_a_short_password(qtbot, gui, demo_vault, tmp_path):
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    _type(view, "abc1")
    out = tmp_path / "d.pdf"
    view.save_to(str(out))
    assert "at least 8 characters" in view.error.text()
    qtbot.wait(300)
    assert not out.exists()
