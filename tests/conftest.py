"""Shared fixtures: real vaults on disk (fast KDF), a CLI runner, and a guard against the network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.vault import create_vault
from db.keyslots import KdfParams
from tests import built_once
from tests import vault_template as templates
from tests.vault_template import VaultTemplate

pytest_plugins = ["tests.ui_support"]  # the desktop program's fixtures (offscreen Qt)

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"

# A window test's wait is for correctness, not speed: a wait whose condition holds returns at
# once, whatever its limit. On a loaded machine (two test workers beside other work) an unlock
# in Arabic took past 10 s and failed eleven tests that pass alone, so every wait may take six
# times the limit its test names before it fails.
WAIT_SCALE = 6
_wait_until = QtBot.waitUntil


def _patient_wait_until(self, callback, *, timeout: int = 5000) -> None:
    return _wait_until(self, callback, timeout=timeout * WAIT_SCALE)


QtBot.waitUntil = _patient_wait_until


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


@pytest.fixture(scope="session", autouse=True)
def vault_template(tmp_path_factory) -> VaultTemplate:
    """The new vault that session and made_vault copy (tests/vault_template.py). Made before the
    first test, so that no test's patches are in force while it is made."""
    built_once.folder = tmp_path_factory.mktemp("built")
    templates.made = VaultTemplate(tmp_path_factory.mktemp("template") / "vault", PASSPHRASE)
    return templates.made


@pytest.fixture
def session(vault_dir, vault_template):
    """A new empty vault (prefix SNJ), open."""
    s = vault_template.open_copy(vault_dir)
    yield s
    s.close()


@pytest.fixture
def created_session(vault_dir):
    """A new empty vault (prefix SNJ) made by create_vault, and the session it hands back: the
    desktop's whole first sitting after "Create vault" runs in it. For the tests of what that
    connection promises (its settings, deleted content overwritten): a template copy is opened
    anew (Database.open), so whatever making a vault leaves on its connection goes untested."""
    s, _code = create_vault(vault_dir, PASSPHRASE, "SNJ", KdfParams.fast())
    yield s
    s.close()


@pytest.fixture
def made_vault(vault_dir, vault_template):
    """A closed new empty vault on disk and its recovery code."""
    vault_template.copy_to(vault_dir)
    return vault_dir, vault_template.recovery_code


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
            timeout: float = 60, process: bool = False) -> subprocess.CompletedProcess:
    """Run `casekeeper` with these arguments and environment, stdin not a terminal.

    In this process by default: the same main() as the installed command, with its own
    environment, standard streams and exit code, without the half second a new interpreter
    takes to start (several hundred commands in the suite). process=True runs it as a real child
    process, for what only a process shows: the entry point itself, a hang, a crash.
    """
    if process or os.environ.get("CK_CLI_PROCESS"):
        return subprocess.run([sys.executable, "-m", "app.cli.main", *args], cwd=ROOT, env=env,
                              input=stdin if stdin is not None else "", capture_output=True,
                              text=True, timeout=timeout)
    return run_in_process(args, env, stdin)


def run_in_process(args: list[str], env: dict[str, str],
                   stdin: str | None = None) -> subprocess.CompletedProcess:
    """main(args) with os.environ, cwd and the standard streams swapped for the call."""
    import contextlib
    import io
    import traceback

    from app.cli.main import main

    saved_env, saved_cwd, saved_stdin = dict(os.environ), os.getcwd(), sys.stdin
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    os.chdir(ROOT)
    sys.stdin = io.StringIO(stdin or "")  # not a terminal: a secret is never asked for
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as e:  # argparse's --help and mistakes, as the process exits
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
                if isinstance(e.code, str):
                    err.write(e.code + "\n")
            except BaseException:  # what a crash prints, as the interpreter would print it
                err.write(traceback.format_exc())
                code = 1
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)
        sys.stdin = saved_stdin
    return subprocess.CompletedProcess(["casekeeper", *args], code, out.getvalue(),
                                       err.getvalue())


@pytest.fixture
def cli(tmp_path):
    """cli(*args) runs casekeeper against a vault in tmp_path and returns the finished process."""
    env = cli_env(tmp_path)
    vault = tmp_path / "vault"

    def run(*args: str, extra_env: dict[str, str] | None = None, stdin: str | None = None,
            process: bool = False):
        e = dict(env, **(extra_env or {}))
        return run_cli(["--vault", str(vault), *args], e, stdin, process=process)

    run.vault = vault
    run.env = env
    return run
