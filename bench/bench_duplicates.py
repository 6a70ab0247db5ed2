"""Duplicate detection quality on synthetic persons with known duplicates: precision, recall, F1.

Run: .venv/bin/python bench/bench_duplicates.py [--personas 5000] [--seed 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.matching.blocking import DUPLICATE_THRESHOLD, find_duplicates  # noqa: E402
from bench.synth import records  # noqa: E402


def truth_pairs(owner: list[int]) -> set[tuple[int, int]]:
    by: dict[int, list[int]] = defaultdict(list)
    for i, o in enumerate(owner):
        by[o].append(i)
    return {tuple(sorted(p)) for ids in by.values() for p in combinations(ids, 2)}


def evaluate(n: int, seed: int, threshold: float, show: int = 0, noise: float = 0.25) -> dict:
    people, owner = records(n, seed, noise=noise)
    truth = truth_pairs(owner)
    t = time.perf_counter()
    found = find_duplicates(dict(enumerate(people)), threshold=threshold)
    elapsed = time.perf_counter() - t
    got = {(a, b) for a, b, _ in found}
    tp = len(got & truth)
    precision = tp / len(got) if got else 0.0
    recall = tp / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if show:
        print("-- false positives")
        for a, b, s in [x for x in found if (x[0], x[1]) not in truth][:show]:
            print(round(s.score, 3), people[a].display_name(), people[a].full_name("latin"), "|",
                  people[b].display_name(), people[b].full_name("latin"), "|", s.summary())
        print("-- missed")
        scored = {(a, b): s for a, b, s in found}
        for a, b in sorted(truth - got)[:show]:
            from app.matching.score import score_persons
            s = scored.get((a, b)) or score_persons(people[a], people[b])
            print(round(s.score, 3), people[a].display_name(), people[a].full_name("latin"), "|",
                  people[b].display_name(), people[b].full_name("latin"), "|", s.summary())
    return {"records": len(people), "true_pairs": len(truth), "found": len(got), "tp": tp,
            "precision": precision, "recall": recall, "f1": f1, "seconds": elapsed}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--personas", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threshold", type=float, default=DUPLICATE_THRESHOLD)
    ap.add_argument("--show", type=int, default=0, help="print N errors of each kind")
    ap.add_argument("--noise", type=float, default=0.25,
                    help="share of name words with a slip (marks, hamza, a lost letter, typo)")
    ap.add_argument("--sweep", action="store_true", help="F1 at a range of thresholds")
    a = ap.parse_args()
    if a.sweep:
        people, owner = records(a.personas, a.seed, noise=a.noise)
        truth = truth_pairs(owner)
        found = find_duplicates(dict(enumerate(people)), threshold=0.5)
        for th in [x / 100 for x in range(60, 96, 2)]:
            got = {(x, y) for x, y, s in found if s.score >= th}
            tp = len(got & truth)
            p, r = tp / max(1, len(got)), tp / max(1, len(truth))
            print(f"threshold {th:.2f}  precision {p:.3f}  recall {r:.3f}  "
                  f"F1 {2 * p * r / max(1e-9, p + r):.3f}")
        return
    r = evaluate(a.personas, a.seed, a.threshold, a.show, a.noise)
    print(f"records {r['records']}  true pairs {r['true_pairs']}  proposed {r['found']}  "
          f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
          f"({r['seconds']:.1f} s)")


if __name__ == "__main__":
    main()
