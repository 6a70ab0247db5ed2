"""Speed of finding people in a large vault: search p95, matching a 10,000-row list, duplicates
over the whole vault (and their precision/recall against the demo's ground truth).

Run: .venv/bin/python bench/bench_speed.py [--persons 100000]   (builds a synthetic vault with
its duplicate ground truth in a temporary folder, about a minute), or on a vault made before:
  CASEKEEPER_PASSPHRASE=... CASEKEEPER_KDF_PROFILE=fast .venv/bin/python -m app.cli.main \
      --vault /tmp/v100k demo --persons 100000 --truth /tmp/v100k-truth.json
  CASEKEEPER_PASSPHRASE=... .venv/bin/python bench/bench_speed.py /tmp/v100k \
      --truth /tmp/v100k-truth.json [--queries 500] [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.person import NamePart  # noqa: E402
from app.importing.service import ImportService  # noqa: E402
from app.vault import open_vault  # noqa: E402
from bench.common import PASSPHRASE  # noqa: E402
from db.repositories.matching import MatchingRepository  # noqa: E402
from db.repositories.search import SearchFilter  # noqa: E402

PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def pct(times: list[float], q: float) -> float:
    times = sorted(times)
    return 1000 * times[min(len(times) - 1, int(len(times) * q))]


def search_bench(session, people, n: int, rng: random.Random) -> dict:
    queries = []
    for p in rng.sample(people, n):
        script = rng.choice(["original", "latin"])
        words = [getattr(p.names[part], script) for part in PARTS[:rng.randint(1, 3)]
                 if part in p.names and getattr(p.names[part], script)]
        if not words:
            continue
        q = " ".join(words)
        if rng.random() < 0.3:
            q = q[:max(2, len(q) - rng.randint(1, 3))]  # still typing
        queries.append(q)
    t = time.perf_counter()
    session.search.search("warm up")
    first = time.perf_counter() - t
    t = time.perf_counter()
    session.search.warm()
    warm = time.perf_counter() - t
    out = {"queries": len(queries), "first_search_ms": round(1000 * first, 1),
           "warm_s": round(warm, 2)}
    missing = SearchFilter(status="missing")
    # The last two: as the desktop and `search` search, saying what they did not show (the
    # closer matches the filter leaves out; then also those it leaves out for a status not
    # recorded, and how many matched past the limit).
    for label, f, find in (("no filter", None, session.search.search),
                           ("status=missing", missing, session.search.search),
                           ("status=missing, closer left out", missing,
                            session.search.search_apart),
                           ("no filter, more counted", None, session.search.search_told),
                           ("status=missing, all said", missing, session.search.search_told)):
        times = []
        for q in queries:
            t = time.perf_counter()
            find(q, limit=20, f=f)
            times.append(time.perf_counter() - t)
        out[label] = {"median_ms": round(pct(times, 0.5), 1), "p95_ms": round(pct(times, 0.95), 1),
                      "max_ms": round(pct(times, 1.0), 1)}
    return out


def write_list(people, n: int, rng: random.Random, path: Path) -> None:
    """A list as another organisation would send it: some of ours respelt, some strangers."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Father", "Grandfather", "Family", "Sex", "Birth"])
        for p in rng.sample(people, n):
            script = "latin" if rng.random() < 0.5 else "original"
            cells = [getattr(p.names.get(part), script, "") if part in p.names else ""
                     for part in PARTS]
            if rng.random() < 0.3:
                cells[2] = ""
            if rng.random() < 0.2:  # a stranger: another given name
                cells[0] = rng.choice(["Zeri", "Hawar", "زيري", "هوار"])
            w.writerow([*cells, p.sex.value if rng.random() < 0.7 else "",
                        p.birth.text if rng.random() < 0.5 else ""])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("vault", nargs="?", help="a vault made before (default: build one)")
    ap.add_argument("--truth", help="the demo's duplicate ground truth (JSON)")
    ap.add_argument("--persons", type=int, default=100_000, help="size of the vault built")
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--skip", nargs="*", default=[], choices=["search", "match", "short", "duplicates"])
    a = ap.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        if a.vault is None:
            a.vault, a.truth = str(Path(tmp) / "vault"), str(Path(tmp) / "truth.json")
            t = time.perf_counter()
            build_vault(Path(a.vault), a.persons, Path(a.truth))
            print(f"built a synthetic vault of {a.persons} persons in {time.perf_counter() - t:.0f} s")
            os.environ["CASEKEEPER_PASSPHRASE"] = PASSPHRASE
        run(a, rng)


def one_row_bench(session, people: list, rng: random.Random, n: int = 10) -> dict:
    """What New person's check waits for: one row matched against the vault, n rows one at a
    time, reading only the records a row can meet; then once reading the whole vault, as every
    match did before (the same candidates: tests/test_match_reads_only_nearby.py)."""
    import app.matching_service as ms
    times, read = [], []
    for p in rng.sample(people, n):
        t = time.perf_counter()
        session.matching.match_rows([p])
        times.append(time.perf_counter() - t)
        read.append(len(session.matching.persons_near([p]) or ()))
    kept, ms.NEARBY_ROWS = ms.NEARBY_ROWS, 0
    try:
        t = time.perf_counter()
        session.matching.match_rows([people[0]])
        whole = time.perf_counter() - t
    finally:
        ms.NEARBY_ROWS = kept
    times.sort()
    return {"median_s": round(statistics.median(times), 2), "max_s": round(times[-1], 2),
            "records_read_median": int(statistics.median(read)),
            "whole_vault_read_s": round(whole, 1)}


def build_vault(folder: Path, n: int, truth: Path) -> None:
    from app.demo import populate
    from app.vault import KdfParams, create_vault
    session, _ = create_vault(folder, PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    truth.write_text(json.dumps(populate(session, n)))
    session.search.ensure_index()
    session.close()


def run(a, rng: random.Random) -> None:
    t = time.perf_counter()
    session = open_vault(Path(a.vault), os.environ["CASEKEEPER_PASSPHRASE"])
    print(f"open: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    people = list(MatchingRepository(session.db).iter_for_matching())
    print(f"load {len(people)} persons for matching: {time.perf_counter() - t:.1f} s")
    if "search" not in a.skip:
        print("search:", json.dumps(search_bench(session, people, a.queries, rng)))
    if "match" not in a.skip:
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "list.csv"
            write_list(people, a.rows, rng, path)
            t = time.perf_counter()
            _plan, rows = ImportService(session).rows_to_match(str(path))
            found = session.matching.match_rows([r.person for r in rows if r.person])
            took = time.perf_counter() - t
        print(f"match {len(rows)} rows: {took:.1f} s "
              f"({sum(1 for f in found if f)} rows with candidates)")
    if "short" not in a.skip:
        print("one-row match:", json.dumps(one_row_bench(session, people, rng)))
    if "duplicates" not in a.skip:
        t = time.perf_counter()
        pairs = session.matching.duplicates()
        took = time.perf_counter() - t
        line = f"duplicates: {len(pairs)} pairs in {took:.1f} s"
        if a.truth:
            truth = {tuple(sorted(x)) for x in json.loads(Path(a.truth).read_text())}
            got = {tuple(sorted((p.a.case_no, p.b.case_no))) for p in pairs}
            tp = len(got & truth)
            prec, rec = tp / max(1, len(got)), tp / max(1, len(truth))
            line += (f"; against the demo truth ({len(truth)} pairs): precision {prec:.3f} "
                     f"recall {rec:.3f} F1 {2 * prec * rec / max(1e-9, prec + rec):.3f}")
        print(line)
    session.close()


if __name__ == "__main__":
    main()
