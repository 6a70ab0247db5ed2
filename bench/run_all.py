"""Run every benchmark script in bench/ one after another and print their reports.

Run: .venv/bin/python bench/run_all.py   (or `make bench`). Takes several minutes: the figures
at 100,000 persons need vaults of that size. Run it on a quiet machine; timings are noisy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n$ {Path(sys.executable).name} bench/{script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE).returncode != 0:
            failed.append(script.name)
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
