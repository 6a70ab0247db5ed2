"""Shared fixtures: real vaults on disk (fast KDF), a CLI runner, and a guard against the network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.vault import create_vault
from db.keyslots import KdfParams

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Promise 20: any attempt to reach a network address fails the test."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network access attempted: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir):
    s, _code = create_vault(vault_dir, PASSPHRASE, "SNJ", KdfParams.fast())
    yield s
    s.close()


@pytest.fixture
def made_vault(vault_dir):
    """A closed vault on disk and its recovery code."""
    s, code = create_vault(vault_dir, PASSPHRASE, "SNJ", KdfParams.fast())
    s.close()
    return vault_dir, code


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEKEEPER_")}
    env.update({"CASEKEEPER_KDF_PROFILE": "fast", "CASEKEEPER_PASSPHRASE": PASSPHRASE,
                "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
                "PYTHONPATH": str(ROOT)})
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(extra)
    return env


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real `casekeeper` program in a child process, stdin not a terminal."""
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], cwd=ROOT, env=env,
                          input=stdin if stdin is not None else "", capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def cli(tmp_path):
    """cli(*args) runs casekeeper against a vault in tmp_path and returns the finished process."""
    env = cli_env(tmp_path)
    vault = tmp_path / "vault"

    def run(*args: str, extra_env: dict[str, str] | None = None, stdin: str | None = None):
        e = dict(env, **(extra_env or {}))
        return run_cli(["--vault", str(vault), *args], e, stdin)

    run.vault = vault
    run.env = env
    return run
