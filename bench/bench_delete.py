"""Deletion benchmark: what deleting one person costs in a vault of N persons made by one list
of N rows (its rows, provenance, report and audit trail as an import leaves them), each
deletion erasing what the vault copied of her (app/erasure.py); and the chain check after.

Run:  .venv/bin/python bench/bench_delete.py [--rows 100000] [--deletes 20] [--keep DIR]
      [--code DIR]  (the source tree to time, another checkout to compare; default this one)
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
times = []
for case in cases:
    t = time.perf_counter()
    s.persons.delete(case, "bench")
    times.append(time.perf_counter() - t)
t = time.perf_counter()
chain = s.audit.verify()
verify = time.perf_counter() - t
out = {"persons": n, "audit_entries": chain.entries, "chain_ok": chain.ok,
       "erased": getattr(chain, "erased_count", 0),
       "delete_mean_ms": 1000 * statistics.mean(times),
       "delete_median_ms": 1000 * statistics.median(times),
       "delete_max_ms": 1000 * max(times), "verify_s": verify}
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


def main() -> None:
    from bench_import import make_xlsx

    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--deletes", type=int, default=20)
    ap.add_argument("--keep", help="folder to keep (and reuse) the list and the vault made")
    ap.add_argument("--code", default=str(ROOT), help="source tree whose deletion is timed")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="ck-bench-delete-"))
    work.mkdir(parents=True, exist_ok=True)
    xlsx, made = work / f"list-{args.rows}.xlsx", work / f"vault-{args.rows}"
    if not xlsx.exists():
        make_xlsx(xlsx, args.rows, seed=7)
    if not made.exists():
        t = time.perf_counter()
        make_vault(made, xlsx)
        print(f"vault of {args.rows:,} made in {time.perf_counter() - t:.0f} s", file=sys.stderr)
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
          f"({args.deletes} deletions); audit verify {r['verify_s']:.1f} s "
          f"(ok: {r['chain_ok']}, erased: {r['erased']})")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
