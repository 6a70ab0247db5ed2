"""What matching a list on a second core could give: each part of staging a list timed apart.

Run:  .venv/bin/python bench/bench_import_split.py [--rows 20000] [--keep DIR]
(the list is bench_import.py's, made in DIR if not there; the vault is a new empty one).
Prints: staging the first ROWS rows; converting them; their blocking keys and prepared
names; handing the converted rows to another process (pickle) and the raw rows; and what
converting, keying and indexing all rows costs in time and memory, which any process
matching any of the rows must do. Figures go to BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mib() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--keep", help="folder holding (or to hold) bench_import.py's list")
    args = ap.parse_args()

    from app.importing.service import ImportService
    from app.matching.blocking import BlockIndex, keys_and_mask
    from app.matching.score import prepare
    from app.vault import open_vault
    from bench.bench_import import make_vault, make_xlsx

    work = Path(args.keep or tempfile.mkdtemp(prefix="ck-split-"))
    work.mkdir(parents=True, exist_ok=True)
    xlsx = work / "list-100000.xlsx"
    if not xlsx.exists():
        make_xlsx(xlsx, 100_000, seed=7)
    vault = Path(tempfile.mkdtemp(prefix="ck-split-vault-")) / "v"
    make_vault(vault, 0)
    s = open_vault(vault, "bench passphrase")
    svc = ImportService(s)

    def plan_of(rows: int | None):
        plan = svc.prepare(str(xlsx))
        if rows is not None:
            plan.table.rows = plan.table.rows[:rows]
        return plan

    whole = plan_of(None)
    before = _rss_mib()
    t = time.perf_counter()
    conv = svc.converter(whole)  # first, in a fresh process: its memory is its own
    index = BlockIndex()
    for r in whole.table.rows:
        c = conv.convert(r)
        if c.person is not None:
            index.add(r.number, c.person, keys_and_mask(c.person), prepare(c.person))
    print(f"all {len(whole.table.rows):,} rows converted, keyed and indexed (what any process "
          f"matching them needs): {time.perf_counter() - t:.1f} s, "
          f"{_rss_mib() - before:.0f} MiB more (VmRSS {before:.0f} -> {_rss_mib():.0f})")
    del index, whole, conv
    plan = plan_of(args.rows)
    t = time.perf_counter()
    conv = svc.converter(plan)
    converted = [conv.convert(r) for r in plan.table.rows]
    t_convert = time.perf_counter() - t
    t = time.perf_counter()
    keyed = [(keys_and_mask(c.person), prepare(c.person)) if c.person else None
             for c in converted]
    t_keys = time.perf_counter() - t
    t = time.perf_counter()
    blob = pickle.dumps((converted, keyed), protocol=5)
    t_dump = time.perf_counter() - t
    t = time.perf_counter()
    pickle.loads(blob)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    raw = pickle.dumps(plan.table.rows, protocol=5)
    pickle.loads(raw)
    t_raw = time.perf_counter() - t
    sizes = len(blob) / 2**20, len(raw) / 2**20
    del converted, keyed, blob
    t = time.perf_counter()
    svc.stage_rows(plan)
    t_stage = time.perf_counter() - t
    print(f"first {args.rows:,} rows: staged in {t_stage:.2f} s "
          f"({t_stage / args.rows * 1e6:.0f} µs a row)")
    print(f"  converting {t_convert:.2f} s; blocking keys and prepared names {t_keys:.2f} s")
    print(f"  converted rows to another process: write {t_dump:.2f} s, read {t_load:.2f} s "
          f"({sizes[0]:.1f} MiB); the raw rows there and back {t_raw:.2f} s ({sizes[1]:.1f} MiB)")

    s.close()


if __name__ == "__main__":
    main()
