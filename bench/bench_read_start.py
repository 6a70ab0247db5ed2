"""What reading a small list costs beyond the reading itself: the bounded child each read runs in.

Run:  .venv/bin/python bench/bench_read_start.py [--reads 30]
Reads one small csv (a family's list of five names) --reads times through read_table, first
with the reader server (one interpreter started once forks a child per read, as the program
does on Linux and macOS), then with a new interpreter per read (as on Windows, and as every
read was before). Prints the median and slowest read of each, and the first read of the server
(which starts it). Figures go to BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.importing import read_table, reader_server  # noqa: E402

LIST = ("الاسم,اسم الاب,اسم الجد,القرية\nنادية,خليل,حسن,كوجو\nليلى,قاسم,علي,حردان\n"
        "Jihan,Khalaf,Elias,Kocho\nسميرة,مراد,خديدة,تل عزير\nبسمة,الياس,حسن,سيبا شيخ خدر\n")


def _times(path: str, reads: int) -> list[float]:
    out = []
    for _ in range(reads):
        t = time.perf_counter()
        table = read_table(path)
        out.append(time.perf_counter() - t)
        assert len(table.rows) == 5
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reads", type=int, default=30)
    a = ap.parse_args()
    path = Path(tempfile.mkdtemp(prefix="ck-read-")) / "family.csv"
    path.write_text(LIST, encoding="utf-8")
    served = _times(str(path), a.reads + 1)
    reader_server.stop()
    reader_server.available = lambda: False  # the lone child, as where there is no fork
    lone = _times(str(path), a.reads)
    print(f"reader server: first read {served[0] * 1000:.0f} ms (starts it), then median "
          f"{statistics.median(served[1:]) * 1000:.1f} ms, slowest {max(served[1:]) * 1000:.1f} ms")
    print(f"new interpreter per read: median {statistics.median(lone) * 1000:.1f} ms, slowest "
          f"{max(lone) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
