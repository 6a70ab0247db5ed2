"""Deletion benchmark: what deleting one person costs in a vault of N persons made by one list
of N rows (its rows, provenance, report and audit trail as an import leaves them), each
deletion erasing what the vault copied of her (app/erasure.py); and the chain check after.
With --waiting K, K lists wait besides (staged, each a copy of the imported list whose every
row is matched to its person): the rows of lists not imported that a deletion erases too.

Run:  .venv/bin/python bench/bench_delete.py [--rows 100000] [--deletes 20] [--waiting 3]
      [--keep DIR] [--code DIR]  (the source tree to time, another checkout to compare;
      default this one)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

_STEP = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app.vault import open_vault
vault, deletes = Path(sys.argv[2]), int(sys.argv[3])
s = open_vault(vault, "bench passphrase")
n = s.persons.count()
cases = [f"SNJ-{1 + i * (n // deletes):05d}" for i in range(deletes)]
times, cpu = [], []
for case in cases:
    t, c = time.perf_counter(), time.process_time()
    s.persons.delete(case, "bench")
    times.append(time.perf_counter() - t)
    cpu.append(time.process_time() - c)  # the machine may be shared: CPU time says more
t = time.perf_counter()
chain = s.audit.verify()
verify = time.perf_counter() - t
out = {"persons": n, "audit_entries": chain.entries, "chain_ok": chain.ok,
       "erased": getattr(chain, "erased_count", 0),
       "delete_mean_ms": 1000 * statistics.mean(times),
       "delete_median_ms": 1000 * statistics.median(times),
       "delete_max_ms": 1000 * max(times), "verify_s": verify,
       "delete_cpu_mean_ms": 1000 * statistics.mean(cpu),
       "delete_cpu_median_ms": 1000 * statistics.median(cpu)}
s.close()
print(json.dumps(out))
"""


def make_vault(folder: Path, xlsx: Path) -> None:
    """An empty vault, then the list imported into it at once: N persons, one batch."""
    from bench_import import run_step

    from app.vault import create_vault
    from db.keyslots import KdfParams

    s, _ = create_vault(folder, "bench passphrase", "SNJ", KdfParams.fast(), synthetic=True)
    s.close()
    run_step("import", xlsx, folder)


def add_waiting(folder: Path, lists: int) -> None:
    """Lists waiting beside the imported one: each a copy of its rows, staged, every row
    matched to the person it went to and decided to update her, its values as her
    provenance line holds them. Made in SQL: staging 100,000 rows through the importer
    would take minutes a list, and the deletion reads no more than these columns."""
    from app.vault import open_vault

    s = open_vault(folder, "bench passphrase")
    try:
        with s.db.transaction():
            c = s.db.conn
            for k in range(lists):
                b = c.execute(
                    "INSERT INTO import_batches(list_source, file_name, file_sha256, sheet, "
                    "mapping_json, state, rows_read, created_at) SELECT list_source, "
                    "'waiting ' || ? || ' ' || file_name, file_sha256, sheet, mapping_json, "
                    "'staged', rows_read, created_at FROM import_batches WHERE id=1",
                    (k + 1,)).lastrowid
                c.execute(
                    "INSERT INTO import_rows(batch_id, row_number, raw_json, person_json, "
                    "row_key, row_hash, outcome, match_person_id, match_score, decision) "
                    "SELECT ?, r.row_number, p.raw_json, '{}', r.row_key, r.row_hash, "
                    "'certain', p.person_id, 1.0, 'update' FROM import_rows r JOIN provenance p "
                    "ON p.batch_id = r.batch_id AND p.row_number = r.row_number "
                    "WHERE r.batch_id = 1", (b,))
    finally:
        s.close()


def main() -> None:
    from bench_import import make_xlsx

    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--deletes", type=int, default=20)
    ap.add_argument("--waiting", type=int, default=0,
                    help="lists waiting beside (staged copies of the list, matched row by row)")
    ap.add_argument("--keep", help="folder to keep (and reuse) the list and the vault made")
    ap.add_argument("--code", default=str(ROOT), help="source tree whose deletion is timed")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="ck-bench-delete-"))
    work.mkdir(parents=True, exist_ok=True)
    xlsx, one = work / f"list-{args.rows}.xlsx", work / f"vault-{args.rows}"
    if not xlsx.exists():
        make_xlsx(xlsx, args.rows, seed=7)
    if not one.exists():
        t = time.perf_counter()
        make_vault(one, xlsx)
        print(f"vault of {args.rows:,} made in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    made = one
    if args.waiting:
        made = work / f"vault-{args.rows}-waiting-{args.waiting}"
        if not made.exists():
            shutil.copytree(one, made)
            add_waiting(made, args.waiting)
    copy = work / "vault-deleting"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(made, copy)  # each run deletes from the vault as made
    env = dict(os.environ, PYTHONPATH=args.code)
    out = subprocess.run([sys.executable, "-c", _STEP, args.code, str(copy),
                          str(args.deletes)], capture_output=True, text=True, env=env,
                         check=True)
    r = json.loads(out.stdout)
    print(f"{args.code}: {r['persons']:,} persons, {r['audit_entries']:,} audit entries; "
          f"delete one person: mean {r['delete_mean_ms']:.0f} ms, median "
          f"{r['delete_median_ms']:.0f} ms, max {r['delete_max_ms']:.0f} ms "
          f"({args.deletes} deletions{_waiting(args.waiting, args.rows)}); CPU mean "
          f"{r['delete_cpu_mean_ms']:.0f} ms, median {r['delete_cpu_median_ms']:.0f} ms; "
          f"audit verify {r['verify_s']:.1f} s (ok: {r['chain_ok']}, erased: {r['erased']})")
    if not args.keep:
        shutil.rmtree(work)


def _waiting(lists: int, rows: int) -> str:
    return f", {lists} lists of {rows:,} rows waiting" if lists else ""


if __name__ == "__main__":
    main()
