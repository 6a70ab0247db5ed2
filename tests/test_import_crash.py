"""kill -9 during the commit of a large import: the vault opens, and the batch is all there or
not at all (never a part of it)."""

import os
import signal
import subprocess
import sys
import time

import pytest

from app.importing.name_cells import read_cell
from app.importing.service import ImportService
from tests.import_helpers import PASSPHRASE, ROOT, new_vault, reopen, write_csv

ROWS = 6000

_IMPORT = """
import os, signal, sys
from pathlib import Path
from app.vault import open_vault
from app.importing.service import ImportService
from db.repositories import importing
s = open_vault(Path(sys.argv[1]), sys.argv[2])
point = sys.argv[4]
if point != "timed":
    # A small page cache makes SQLite spill uncommitted pages into the WAL mid-transaction.
    s.db.conn.execute("PRAGMA cache_size = -256")
    real = getattr(importing.ImportRepository, point)
    def die(self, *a, **k):
        real(self, *a, **k)
        os.kill(os.getpid(), signal.SIGKILL)
    setattr(importing.ImportRepository, point, die)
svc = ImportService(s)
plan = svc.prepare(sys.argv[3])
rows = svc.stage_rows(plan)
print("COMMIT", flush=True)
svc.import_at_once(plan, rows, yes=True)
print("DONE", flush=True)
"""


_SYLLABLES = [c + v for c in "bdfghjklmnprstvwyzqx" for v in "aeiou"]


def _word(n: int) -> str:
    out = ""
    while True:
        n, d = divmod(n, len(_SYLLABLES))
        out += _SYLLABLES[d]
        if n == 0:
            return out.capitalize()


def _given(n: int) -> str:
    word = _word(n)
    return f"{word}n" if read_cell(word) else word


@pytest.fixture(scope="module")
def big_list(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    # Names spelt from syllables, so that no two rows are one person to the matching engine
    # (digits are not part of a name: Given1 and Given2 would be the same Given), and none a
    # word that says whose wife or child she is ("Wife" holds its row: name_cells.py).
    rows = [[_given(i), _word(i % 97 + 7000), _word(i % 89 + 9000), "Kocho", str(1980 + i % 30)]
            for i in range(ROWS)]
    path = write_csv(folder / "big.csv", ["Name", "Father", "Grandfather", "Village", "Born"],
                     rows)
    # What the whole import creates, from the same staging the killed process does: rows the
    # matching engine takes for one person are recorded, not created twice.
    s = new_vault(folder / "count")
    try:
        svc = ImportService(s)
        staged = svc.stage_rows(svc.prepare(path))
        creates = sum(1 for r in staged if r.outcome in ("new", "probable"))  # --yes
    finally:
        s.close()
    return path, creates


def _kill_at(tmp_path, big_list, delay: float | None, point: str = "timed") -> tuple[str, int]:
    """Run an import and SIGKILL it `delay` s into the commit (or have it kill itself right after
    the repository call `point`); return what the vault holds and the WAL's size at death."""
    folder = tmp_path / f"vault-{delay}-{point}"
    new_vault(folder).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", _IMPORT, str(folder), PASSPHRASE,
                             str(big_list[0]), point], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "COMMIT"
    wal = folder / "vault.db-wal"
    if point == "timed":
        if delay is None:  # right after the commit returned, before the vault is closed
            assert proc.stdout.readline().strip() == "DONE"
        else:
            time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    assert proc.wait(60) in ((-signal.SIGKILL, 0) if point == "timed" else (-signal.SIGKILL,))
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    s = reopen(folder)
    try:
        assert s.db.integrity_problems() == []
        assert s.audit.verify().ok
        persons = s.persons.count()
        provenance = s.db.conn.execute("SELECT count(*) FROM provenance").fetchone()[0]
        batches = [b.state for b in ImportService(s).repo.batches()]
    finally:
        s.close()
    if (persons, provenance, batches) == (0, 0, []):
        return "nothing", wal_bytes
    assert (persons, provenance, batches) == (big_list[1], ROWS, ["committed"])
    return "all", wal_bytes


@pytest.mark.parametrize("point", ["insert_rows", "insert_provenance_many", "finish_batch"])
def test_kill_inside_the_commit_transaction_leaves_nothing(tmp_path, big_list, point):
    """Killed after persons, provenance or the report were written but before COMMIT: the WAL
    holds megabytes of uncommitted pages, and the vault opens without any of them."""
    kind, wal_bytes = _kill_at(tmp_path, big_list, 0, point)
    assert kind == "nothing"
    if point != "insert_rows":
        assert wal_bytes > 1_000_000


def test_kill_at_random_moments_leaves_all_or_nothing(tmp_path, big_list):
    outcomes = [_kill_at(tmp_path, big_list, d) for d in (0.2, 0.45, 0.7, None)]
    # A kill once the commit has returned finds the import done, however slow the machine.
    assert outcomes[-1][0] == "all", outcomes
