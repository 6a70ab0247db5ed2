"""Search quality with ground truth: hit@1 and hit@10.

(a) cross-script, real Arabic-English pairs (ar2en-eval; rules were tuned on ar2en-train):
    single words, and full names of four words built from the pairs; Arabic finds English and
    the reverse.
(b) spelling variants within one script, on synthetic persons: a Latin spelling finds another
    Latin spelling (English / Kurmanji), an Arabic spelling finds another Arabic spelling.

Run: .venv/bin/python bench/bench_search.py [--split eval] [--names 1431]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.person import FULL_NAME_ORDER, NameText  # noqa: E402
from app.matching.query import WordFinder  # noqa: E402
from app.matching.search_engine import SearchEngine, aggregate, words_of_postings  # noqa: E402
from app.text.normalize import tokens  # noqa: E402

# The name pairs live beside the project (../shared), not inside it: they are not ours to ship.
DATA = ROOT.parent / "shared" / "data" / "names-ar-en"


class MemoryIndex:
    """Person id -> name text, held in dictionaries, searched with the product's engine."""

    def __init__(self) -> None:
        self.finder = WordFinder()
        self.post: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def add(self, pid: int, parts: list[tuple[str, str]]) -> None:
        for part, text in parts:
            for w in tokens(text):
                self.finder.add(w)
                self.post[w].append((pid, part))

    def engine(self) -> SearchEngine:
        return SearchEngine(self.finder, lambda per_word, k: aggregate(self.post, per_word, k),
                            words_of=words_of_postings(self.post))


def hits(engine: SearchEngine, queries: list[tuple[int, str]], typing: bool = False) -> dict:
    h1 = h10 = 0
    times = []
    for pid, q in queries:
        t = time.perf_counter()
        res = engine.search(q, limit=10, typing=typing)
        times.append(time.perf_counter() - t)
        ids = [r.person_id for r in res]
        h1 += bool(ids) and ids[0] == pid
        h10 += pid in ids
    n = len(queries)
    times.sort()
    return {"n": n, "hit@1": h1 / n, "hit@10": h10 / n,
            "median_ms": 1000 * times[n // 2], "p95_ms": 1000 * times[int(n * 0.95)]}


def load_pairs(split: str) -> list[tuple[str, str]]:
    path = DATA / f"ar2en-{split}.txt"
    if not path.is_file():
        sys.exit(f"bench_search: no name pairs at {path} (they belong in ../shared beside the "
                 "project)")
    rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8"))
    return [(r[0], r[1]) for r in rows if len(r) == 2]


def cross_script(pairs: list[tuple[str, str]], full: bool, seed: int = 3) -> dict[str, dict]:
    rng = random.Random(seed)
    parts = [str(p) for p in FULL_NAME_ORDER]
    if full:
        # Four words per person (given father grandfather family), each a real pair.
        people = [[rng.choice(pairs) for _ in parts] for _ in range(len(pairs))]
    else:
        people = [[p] for p in pairs]
    out = {}
    for direction, (src, dst) in (("ar->en", (0, 1)), ("en->ar", (1, 0))):
        idx = MemoryIndex()
        for pid, words in enumerate(people):
            idx.add(pid, [(parts[i], w[dst]) for i, w in enumerate(words)])
        queries = [(pid, " ".join(w[src] for w in words)) for pid, words in enumerate(people)]
        out[direction] = hits(idx.engine(), queries)
    return out


def within_script(n: int, seed: int = 5) -> dict[str, dict]:
    from bench.synth import personas, render

    rng = random.Random(seed)
    # Distinct full names only: two people with one name cannot be told apart by a name search.
    seen, pool = set(), []
    for pa in personas(n * 2, rng):
        key = (pa.sex, pa.given, pa.father, pa.grandfather, pa.family)
        if key not in seen:
            seen.add(key)
            pool.append(pa)
    pool = pool[:n]
    out = {}
    for label, stored, asked, slot in (("latin english->kurmanji", "english", "kurmanji", "latin"),
                                       ("latin kurmanji->english", "kurmanji", "english", "latin"),
                                       ("arabic->arabic", "arabic", "arabic", "original")):
        idx = MemoryIndex()
        queries = []
        for pa in pool:
            rec = render(pa, rng, stored, noise=0.0, complete=True)
            idx.add(pa.id, [(str(p), getattr(rec.names.get(p, NameText()), slot))
                            for p in FULL_NAME_ORDER])
            q = render(pa, rng, asked, noise=0.25, complete=True)
            queries.append((pa.id, q.full_name(slot)))
        out[label] = hits(idx.engine(), queries)
    return out


def show(title: str, res: dict[str, dict]) -> None:
    for k, r in res.items():
        print(f"{title:28s} {k:26s} n={r['n']:5d}  hit@1 {r['hit@1']:.3f}  hit@10 {r['hit@10']:.3f}"
              f"  median {r['median_ms']:.1f} ms  p95 {r['p95_ms']:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="eval", choices=["train", "eval"])
    ap.add_argument("--names", type=int, default=0, help="use only N pairs (0: all)")
    ap.add_argument("--synthetic", type=int, default=2000, help="persons for (b)")
    a = ap.parse_args()
    pairs = load_pairs(a.split)
    if a.names:
        pairs = random.Random(1).sample(pairs, a.names)
    show(f"(a) {a.split} single words", cross_script(pairs, full=False))
    show(f"(a) {a.split} full names", cross_script(pairs, full=True))
    show("(b) spelling variants", within_script(a.synthetic))


if __name__ == "__main__":
    main()
