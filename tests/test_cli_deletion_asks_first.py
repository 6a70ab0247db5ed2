"""Deleting a person or a rescue cannot be undone: in a terminal the number is typed back first,
and with no terminal nothing is deleted without --yes; a refusal comes before the question."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cases(cli) -> list[str]:
    return [p["case_no"] for p in json.loads(cli("--json", "person", "list").stdout)]


def _in_a_terminal(cli, args: list[str], typed: str) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as its stdin (and stderr), typing `typed`."""
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "--vault", str(cli.vault),
                             *args], cwd=ROOT,
                            env=cli.env, stdin=child, stdout=subprocess.PIPE, stderr=child)
    os.close(child)
    os.write(main, typed.encode() + b"\n")
    out, _ = proc.communicate(timeout=60)
    said = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        said += chunk
    os.close(main)
    return proc.returncode, said.decode("utf-8", "replace") + out.decode()


def test_without_a_terminal_nothing_is_deleted_unless_yes_is_given(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Samira", "--father", "Khalil").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2019",
               "--cost", "500:USD").returncode == 0
    r = cli("person", "delete", "SNJ-00001")
    assert r.returncode == 2 and r.stdout == ""
    assert "nothing deleted" in r.stderr and "--yes" in r.stderr
    assert "SNJ-00001 (Samira Khalil)" in r.stderr
    r = cli("rescue", "delete", "1")
    assert r.returncode == 2 and "nothing deleted" in r.stderr and "rescue operation 1" in r.stderr
    assert cli("rescue", "show", "1").returncode == 0 and _cases(cli) == ["SNJ-00001"]
    assert cli("rescue", "delete", "1", "--yes").returncode == 0
    assert cli("rescue", "show", "1").returncode != 0
    r = cli("person", "delete", "SNJ-00001", "--yes")
    assert r.returncode == 0 and _cases(cli) == []
    # the vault no longer holds her; a backup made before still does, and she is told so
    assert "backups made before now still hold her record" in r.stdout


def test_a_refusal_comes_before_the_question(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Nadiya"):
        assert cli("person", "add", "--given", given, "--father", "Murad").returncode == 0
    assert cli("merge", "SNJ-00001", "SNJ-00002").returncode == 0
    r = cli("person", "delete", "SNJ-00002")
    assert r.returncode == 2 and "split it out first" in r.stderr and "--yes" not in r.stderr


def test_in_a_terminal_the_case_number_is_typed_back(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "خليل", "--father", "الياس").returncode == 0
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen in Raqqa").returncode == 0
    code, said = _in_a_terminal(cli, ["person", "delete", "SNJ-00001"], "y")
    assert code == 2, said
    assert "About to delete SNJ-00001 (خليل الياس); this cannot be undone." in said
    assert "report 1 no longer names SNJ-00001" in said
    assert "nothing deleted: SNJ-00001 (خليل الياس) is kept" in said
    assert _cases(cli) == ["SNJ-00001"]
    code, said = _in_a_terminal(cli, ["person", "delete", "SNJ-00001"], "snj-00001")
    assert code == 0, said
    assert "SNJ-00001 deleted" in said and _cases(cli) == []
