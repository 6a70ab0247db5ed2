"""Benchmark the PDF reports against plain-Latin reportlab documents of the same size.

Run from the project root:  .venv/bin/python bench/bench_reports.py [--persons 3000] [--batch 1000]

Builds a synthetic demo vault (fast key derivation) in a temporary folder, then times:
one dossier, a summary of every person, and a batch of dossiers written to disk and audited.
Each is paired with a baseline made in the same run: the same structure (paragraphs and table
cells, same character counts) drawn with reportlab's own Paragraph and Helvetica, every
non-ASCII character replaced by 'x' (no shaping, no bidi, no font fallback).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from app import demo  # noqa: E402
from app.reports.profiles import Profile  # noqa: E402
from app.reports.selection import select_dossier  # noqa: E402
from app.reports.service import ReportService, SummaryFilter  # noqa: E402
from app.reports.summary import select_summary  # noqa: E402
from app.vault import create_vault  # noqa: E402
from db.keyslots import KdfParams  # noqa: E402

PLAIN = ParagraphStyle("plain", fontName="Helvetica", fontSize=9.5, leading=13)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=10)


def ascii_only(s: str) -> str:
    return "".join(ch if ord(ch) < 128 else "x" for ch in s if not 0x2066 <= ord(ch) <= 0x2069)


def plain_doc(blocks: list) -> bytes:
    """blocks: strings (paragraphs) or lists of rows (tables)."""
    story = []
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(escape(ascii_only(block)), PLAIN))
        else:
            style = SMALL if len(block) > 50 else PLAIN
            rows = [[Paragraph(escape(ascii_only(c)), style) for c in row] for row in block]
            story.append(Table(rows, repeatRows=1))
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def dossier_blocks(view) -> list:
    blocks = [*view.heading, view.footer["case_no"]]
    for s in view.sections:
        blocks.append(s.title)
        if s.pairs:
            blocks.append([[k, v] for k, v in s.pairs])
        if s.rows:
            blocks.append([s.header, *s.rows])
    return blocks


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--lang", default="ar")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        session, _ = create_vault(Path(tmp) / "vault", "benchmark passphrase", "DEMO",
                                  KdfParams.fast(), synthetic=True)
        demo.populate(session, args.persons)
        service = ReportService(session)
        lang, profile = args.lang, Profile.INTERNAL
        rows = session.persons.list()
        case = rows[0].case_no
        print(f"vault: {len(rows)} synthetic persons; language {lang}; profile {profile}")

        first, _ = timed(lambda: service.dossier_pdf(case, profile=profile, lang=lang))
        one, pdf = timed(lambda: service.dossier_pdf(case, profile=profile, lang=lang), 20)
        view = select_dossier(service.dossier_source(case, profile), profile, lang)
        base_one, _ = timed(lambda: plain_doc(dossier_blocks(view)), 20)
        print(f"one dossier: first {first * 1000:.0f} ms, median {one * 1000:.0f} ms "
              f"({len(pdf) // 1024} KiB); plain-Latin baseline {base_one * 1000:.0f} ms")

        summ, (pdf, n) = timed(lambda: service.summary_pdf(SummaryFilter(), profile=profile,
                                                           lang=lang))
        people = service.summary_persons(SummaryFilter())
        sview = select_summary(people, profile, lang, [], "now", "0" * 64)
        base_summ, _ = timed(lambda: plain_doc([[sview.header, *sview.rows]]))
        print(f"summary of {n} persons: {summ:.2f} s ({len(pdf) // 1024} KiB); "
              f"plain-Latin baseline {base_summ:.2f} s")

        cases = [r.case_no for r in rows[:args.batch]]
        out = Path(tmp) / "batch"
        out.mkdir()
        batch, done = timed(lambda: service.export_dossier_batch(cases, out, profile=profile,
                                                                 lang=lang))
        in_memory, _ = timed(lambda: [service.dossier_pdf(c, profile=profile, lang=lang)
                                      for c in cases])
        views = [select_dossier(service.dossier_source(c, profile), profile, lang)
                 for c in cases]
        base_batch, _ = timed(lambda: [plain_doc(dossier_blocks(v)) for v in views])
        print(f"batch of {len(done)} dossiers written (fsync) and audited: {batch:.1f} s; "
              f"the same built in memory only: {in_memory:.1f} s; "
              f"plain-Latin baseline (in memory) {base_batch:.1f} s")
        session.close()


if __name__ == "__main__":
    main()
