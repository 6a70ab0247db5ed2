"""A PDF password typed at a terminal is kept as typed: one with spaces at its ends was cut
without a word, and the PDF did not open with what she typed; it is refused, saying why."""

from __future__ import annotations

import getpass

from app.cli import secrets


def test_spaces_at_its_ends_are_refused_not_dropped(cli, tmp_path, monkeypatch):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Gulê", "--sex", "F").returncode == 0
    monkeypatch.setattr(secrets, "_on_terminal", lambda: True)
    typed = iter(["  Kocho 2014  ", "  Kocho 2014  "])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    out = tmp_path / "d.pdf"
    r = cli("dossier", "SNJ-00001", "--profile", "internal", "-o", str(out))
    assert r.returncode == 2, r.stderr
    assert "the PDF password begins or ends with a space" in r.stderr
    assert "nothing was written" in r.stderr and not out.exists()
