"""kill -9 during the commit of a large import: the vault opens, and the batch is all there or
not at all (never a part of it)."""

import os
import signal
import subprocess
import sys
import time

import pytest

from app.importing.service import ImportService
from tests.import_helpers import PASSPHRASE, ROOT, new_vault, reopen, write_csv

ROWS = 6000

_IMPORT = """
import sys
from pathlib import Path
from app.vault import open_vault
from app.importing.service import ImportService
s = open_vault(Path(sys.argv[1]), sys.argv[2])
svc = ImportService(s)
plan = svc.prepare(sys.argv[3])
rows = svc.stage_rows(plan)
print("COMMIT", flush=True)
svc.import_at_once(plan, rows, yes=True)
print("DONE", flush=True)
"""


@pytest.fixture(scope="module")
def big_list(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    rows = [[f"Given{i}", f"Father{i % 97}", f"Grand{i % 89}", "Kocho", str(1980 + i % 30)]
            for i in range(ROWS)]
    return write_csv(folder / "big.csv", ["Name", "Father", "Grandfather", "Village", "Born"],
                     rows)


def _kill_at(tmp_path, big_list, delay: float) -> tuple[str, int]:
    """Run an import, SIGKILL it `delay` s into the commit; return what the vault holds and how
    many bytes the write-ahead log had when the process died."""
    folder = tmp_path / f"vault-{delay}"
    new_vault(folder).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", _IMPORT, str(folder), PASSPHRASE,
                             str(big_list)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "COMMIT"
    time.sleep(delay)
    wal = folder / "vault.db-wal"
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
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
    assert (persons, provenance, batches) == (ROWS, ROWS, ["committed"])
    return "all", wal_bytes


def test_kill_during_commit_leaves_all_or_nothing(tmp_path, big_list):
    outcomes = [_kill_at(tmp_path, big_list, d) for d in (0.1, 0.3, 0.5, 0.7, 1.0, 3.0)]
    kinds = {k for k, _ in outcomes}
    assert kinds == {"nothing", "all"}, outcomes
    # At least one kill landed while the transaction had already written to the log.
    assert any(k == "nothing" and wal > 100_000 for k, wal in outcomes), outcomes
