"""kill -9 in the middle of writes or of a passphrase change leaves a vault that opens and is whole."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from app.domain.errors import WrongSecret
from app.vault import open_vault
from tests.conftest import PASSPHRASE, ROOT

WRITER = """
import sys
from pathlib import Path
from app.vault import open_vault
from app.domain.person import Person, NamePart, NameText
s = open_vault(Path(sys.argv[1]), sys.argv[2])
n = 0
while True:
    people = [Person(names={NamePart.GIVEN: NameText("نادية", f"Nadia{n}-{i}")})
              for i in range(250)]
    s.persons.create_many(people, 250)
    n += 1
    print(n, flush=True)
"""

PASSWD = """
import sys
from pathlib import Path
from app.vault import open_vault, change_passphrase
from db.keyslots import KdfParams
s = open_vault(Path(sys.argv[1]), sys.argv[2])
names = [sys.argv[2], "second passphrase here"]
i = 0
while True:
    i += 1
    change_passphrase(s, names[i % 2], KdfParams.fast())
    print(i, flush=True)
"""


def spawn(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after_some_progress(proc: subprocess.Popen, lines: int, extra: float) -> None:
    for _ in range(lines):
        assert proc.stdout.readline(), proc.stderr.read()
    time.sleep(extra)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.mark.parametrize("run", range(4))
def test_kill_during_batched_writes(made_vault, run):
    folder, _ = made_vault
    rng = random.Random(run)
    proc = spawn(WRITER, str(folder), PASSPHRASE)
    kill_after_some_progress(proc, 1 + run, rng.uniform(0.0, 0.15))
    s = open_vault(folder, PASSPHRASE)
    try:
        assert s.db.integrity_problems() == []
        count = s.persons.count()
        assert count % 250 == 0 and count >= 250 * (1 + run)  # whole batches only
        chain = s.audit.verify()
        assert chain.ok, chain.problem
    finally:
        s.close()


@pytest.mark.parametrize("run", range(3))
def test_kill_during_passphrase_change(made_vault, run):
    folder, code = made_vault
    proc = spawn(PASSWD, str(folder), PASSPHRASE)
    kill_after_some_progress(proc, 2 + run, random.Random(run).uniform(0.0, 0.05))
    opened = 0
    for secret in (PASSPHRASE, "second passphrase here"):
        try:
            open_vault(folder, secret).close()
            opened += 1
        except WrongSecret:
            pass
    assert opened == 1  # exactly one of the two, never none
    open_vault(folder, recovery_code=code).close()
