"""Import benchmark: a 100,000-row x 12-column xlsx into an empty vault and into a vault of
100,000 persons, end to end, against reading the same file with python-calamine alone.

Run:  .venv/bin/python bench/bench_import.py [--rows 100000] [--keep DIR]
Prints one table; figures go to BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = ["No", "الاسم", "اسم الاب", "اسم الجد", "اللقب", "Name", "Father", "Sex", "Born",
          "Village", "Abducted", "Status"]


def make_xlsx(path: Path, rows: int, seed: int) -> None:
    """Realistic synthetic rows (demo name stock, 3% near-duplicates) written by openpyxl."""
    import openpyxl

    from app.demo import DemoFactory
    from app.domain.person import NamePart

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("List")
    ws.append(HEADER)
    factory = DemoFactory(seed)
    for i, (p, _dup) in enumerate(factory.persons(rows), 1):
        n = p.names
        g = n.get(NamePart.GIVEN)
        ws.append([i, g.original if g else "", _o(n, NamePart.FATHER), _o(n, NamePart.GRANDFATHER),
                   _o(n, NamePart.FAMILY), g.latin if g else "", _l(n, NamePart.FATHER),
                   p.sex.value, p.birth.text, p.origin_village, p.abduction_date.text,
                   p.current_status.value])
    wb.save(path)


def _o(n, part) -> str:
    return n[part].original if part in n else ""


def _l(n, part) -> str:
    return n[part].latin if part in n else ""


_STEP = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
mode, path, vault = sys.argv[2], sys.argv[3], sys.argv[4]
t0 = time.perf_counter()
if mode == "calamine":
    import python_calamine
    wb = python_calamine.CalamineWorkbook.from_path(path)
    rows = wb.get_sheet_by_index(0).to_python()
    out = {"rows": len(rows) - 1}
else:
    from app.vault import open_vault
    from app.importing.service import ImportService
    s = open_vault(__import__("pathlib").Path(vault), "bench passphrase")
    svc = ImportService(s)
    t1 = time.perf_counter()
    plan = svc.prepare(path)
    t2 = time.perf_counter()
    staged = svc.stage_rows(plan)
    t3 = time.perf_counter()
    t4 = time.perf_counter()
    rep = svc.import_at_once(plan, staged, yes=True)  # stage + commit: one transaction
    t5 = time.perf_counter()
    out = {"rows": rep["rows_read"], "results": rep["results"], "reconciled": rep["reconciled"],
           "unlock": t1 - t0, "read": t2 - t1, "match": t3 - t2, "commit": t5 - t4,
           "persons": s.persons.count()}
    s.close()
out["seconds"] = time.perf_counter() - t0
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
out["peak_mib"] = hwm / 1024
# the reader server ended and waited for, so that the child it forked counts among this
# process's children
from app.importing import reader_server
reader_server.stop()
out["child_peak_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(out))
"""


def run_step(mode: str, path: Path, vault: Path) -> dict:
    import json
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _STEP, str(ROOT), mode, str(path), str(vault)],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def make_vault(folder: Path, persons: int) -> None:
    from app.demo import populate
    from app.vault import create_vault
    from db.keyslots import KdfParams

    s, _ = create_vault(folder, "bench passphrase", "SNJ", KdfParams.fast(), synthetic=True)
    if persons:
        populate(s, persons)
    s.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", help="folder to keep (and reuse) the generated xlsx")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="ck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    xlsx = work / f"list-{args.rows}.xlsx"
    if not xlsx.exists():
        t = time.perf_counter()
        make_xlsx(xlsx, args.rows, seed=7)
        print(f"made {xlsx.name} ({xlsx.stat().st_size / 2**20:.1f} MiB) in "
              f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
    results = {"calamine alone": run_step("calamine", xlsx, work)}
    for label, persons in (("into an empty vault", 0), (f"into a vault of {args.rows:,}",
                                                        args.rows)):
        vault = work / f"vault-{persons}"
        if vault.exists():
            import shutil
            shutil.rmtree(vault)
        t = time.perf_counter()
        make_vault(vault, persons)
        print(f"vault of {persons} made in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        results[label] = run_step("import", xlsx, vault)
    print(f"{'run':<28}{'seconds':>9}{'peak MiB':>10}{'reader MiB':>11}  details")
    for label, r in results.items():
        details = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.items()
                   if k not in ("seconds", "peak_mib", "child_peak_mib")}
        print(f"{label:<28}{r['seconds']:>9.1f}{r['peak_mib']:>10.0f}"
              f"{r['child_peak_mib']:>11.0f}  {details}")
    print(f"(peak MiB: the importing process; reader MiB: its parsing child; "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB here)")


if __name__ == "__main__":
    main()
