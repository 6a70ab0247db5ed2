"""Time Python's cycle collector spends while a list is staged and committed into an empty vault.

Run:  .venv/bin/python bench/bench_import_gc.py [--rows 100000] [--keep DIR] [--default]
(the list is bench_import.py's, made in DIR if not there; the vault is a new empty one).
--default: the collector's own thresholds held for the whole run (the import raises them
itself, app/bulk_gc.py, unless told not to here). Prints read / stage / commit seconds, the
seconds the collector ran in each, how many collections of each generation, and peak memory.
Figures go to BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_import import make_vault, make_xlsx  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", help="folder to keep (and reuse) the generated xlsx")
    ap.add_argument("--default", action="store_true",
                    help="keep the collector's default thresholds throughout")
    args = ap.parse_args()
    import app.bulk_gc as bulk_gc
    from app.importing.service import ImportService
    from app.vault import open_vault

    if args.default:
        bulk_gc.BULK_THRESHOLD = gc.get_threshold()
    work = Path(args.keep or tempfile.mkdtemp(prefix="ck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    xlsx = work / f"list-{args.rows}.xlsx"
    if not xlsx.exists():
        make_xlsx(xlsx, args.rows, seed=7)
    spent = {"seconds": 0.0, "runs": [0, 0, 0], "start": 0.0}

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            spent["start"] = time.perf_counter()
        else:
            spent["seconds"] += time.perf_counter() - spent["start"]
            spent["runs"][info["generation"]] += 1

    vault = Path(tempfile.mkdtemp(prefix="ck-gc-")) / "vault"
    make_vault(vault, 0)
    s = open_vault(vault, "bench passphrase")
    svc = ImportService(s)
    gc.callbacks.append(watch)
    t0 = time.perf_counter()
    plan = svc.prepare(str(xlsx))
    t1, g1 = time.perf_counter(), spent["seconds"]
    staged = svc.stage_rows(plan)
    t2, g2 = time.perf_counter(), spent["seconds"]
    svc.import_at_once(plan, staged, yes=True)
    t3, g3 = time.perf_counter(), spent["seconds"]
    gc.callbacks.remove(watch)
    print(f"thresholds {'default' if args.default else bulk_gc.BULK_THRESHOLD}: "
          f"read {t1 - t0:.1f} s, stage {t2 - t1:.1f} s (collector {g2 - g1:.1f} s), "
          f"commit {t3 - t2:.1f} s (collector {g3 - g2:.1f} s); collections by generation "
          f"{spent['runs']}; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} "
          "MiB")


if __name__ == "__main__":
    main()
