"""The desktop program at scale: start to unlock window, unlock to a usable list of N persons,
search-as-you-type latency, scrolling the whole list, and memory.

    .venv/bin/python bench/bench_ui.py [--persons 100000] [--vault DIR]

Builds a synthetic vault (fast KDF: unlock time at production parameters is measured by the
vault benchmark) unless --vault names one made by `casekeeper demo` with the same passphrase.
Runs Qt offscreen; the GUI thread and the vault thread are the real ones.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, percentile  # noqa: E402

PASSPHRASE = "benchmark passphrase"
QUERIES = ["Khalil", "Layla Murad", "Gulizar Nasser", "خليل", "ليلى مراد", "Nadia Bas",
           "Salwa Jilki", "Jihan Faqir"]


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_to_unlock_window(vault: Path, runs: int = 5) -> list[float]:
    """A fresh interpreter each time: python start, Qt start, window shown and painted."""
    code = ("import sys,time; from PySide6.QtCore import QTimer;"
            "from ui.app import make_application; from ui.controller import Controller;"
            "from ui.worker import VaultWorker; from pathlib import Path;"
            "app=make_application(); w=VaultWorker();"
            "c=Controller(app, Path(sys.argv[1]), w); win=c.show_access();"
            "QTimer.singleShot(0, lambda: (win.repaint(), print('shown', flush=True),"
            " app.quit())); app.exec(); w.close()")
    out = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-c", code, str(vault)], capture_output=True,
                           text=True, env=env, timeout=60)
        assert "shown" in p.stdout, p.stderr
        out.append(time.perf_counter() - t)
    return out


def make_vault(folder: Path, n: int) -> float:
    from app.demo import populate
    from app.vault import KdfParams, create_vault
    t = time.perf_counter()
    session, _ = create_vault(folder, PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    populate(session, n)
    session.search.ensure_index()
    session.close()
    return time.perf_counter() - t


def wait(app, cond, timeout: float = 120.0) -> float:
    t = time.perf_counter()
    while not cond():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - t > timeout:
            raise TimeoutError("timed out")
    return time.perf_counter() - t


def in_process(vault: Path, n: int) -> dict:
    from ui.app import make_application
    from ui.controller import Controller
    from ui.persons_model import PAGE
    from ui.worker import VaultWorker
    res: dict = {"rss_start": rss_mib()}
    app = make_application()
    worker = VaultWorker()
    c = Controller(app, vault, worker, restart=lambda: 0)
    c.quit = lambda code: None
    access = c.show_access()
    access.passphrase.setText(PASSPHRASE)
    t = time.perf_counter()
    access.unlock_button.click()
    wait(app, lambda: c.main is not None and c.main.persons.model.total == n
         and 0 in c.main.persons.model.pages)
    res["unlock_to_list"] = time.perf_counter() - t
    # The search cache fills a step at a time behind the list (ui/controller.py warm_search).
    wait(app, lambda: worker.session.search._cache is not None)
    res["unlock_to_search_cache"] = time.perf_counter() - t
    main = c.main
    main.resize(1200, 800)
    app.processEvents()
    res["rss_after_unlock"] = rss_mib()
    view, model = main.persons, main.persons.model

    # search as you type: each keystroke (prefix) until the list shows its results
    latencies, service = [], []
    for q in QUERIES:
        for k in range(3, len(q) + 1):
            before = model.generation
            t = time.perf_counter()
            view.search_box.setText(q[:k])
            wait(app, lambda b=before: model.generation > b and model.results is not None
                 and model.query == view.search_box.text().strip()
                 and not worker._jobs)
            latencies.append(time.perf_counter() - t)
            service.append(model.search_seconds)
    res["search_typing"] = latencies
    res["search_service"] = service
    view.search_box.clear()
    wait(app, lambda: model.results is None and model.total == n and not worker._jobs)
    res["rss_after_search"] = rss_mib()

    # scroll the whole list, a screenful at a time, waiting for each screen to be filled
    bar = view.table.verticalScrollBar()
    steps, t = 0, time.perf_counter()
    per_screen = []
    value = 0
    while True:
        bar.setValue(value)
        s = time.perf_counter()
        app.processEvents()
        top = view.table.rowAt(0)
        bottom = view.table.rowAt(view.table.viewport().height() - 1)
        bottom = n - 1 if bottom < 0 else bottom
        wait(app, lambda a=top, b=bottom: all(r // PAGE in model.pages for r in (a, b)))
        per_screen.append(time.perf_counter() - s)
        steps += 1
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + bar.pageStep())
    res["scroll_total"] = time.perf_counter() - t
    res["scroll_screens"] = steps
    res["scroll_per_screen"] = per_screen
    res["rss_after_scroll"] = rss_mib()
    res["pages_cached"] = len(model.pages)
    worker.close()
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--vault")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(args.vault) if args.vault else Path(tmp) / "vault"
        if not args.vault:
            built = make_vault(vault, args.persons)
            print(f"built a synthetic vault of {args.persons} persons in {built:.0f} s")
        starts = start_to_unlock_window(vault)
        r = in_process(vault, args.persons)
    ms = lambda v: f"{v * 1000:.0f} ms"  # noqa: E731
    print(f"start to unlock window (fresh process): median {ms(sorted(starts)[2])}, "
          f"min {ms(min(starts))}, max {ms(max(starts))}")
    print(f"unlock to a usable list of {args.persons} persons: {ms(r['unlock_to_list'])}")
    print(f"unlock to search answered from memory (cache filled behind the list): "
          f"{ms(r['unlock_to_search_cache'])}")
    lat = r["search_typing"]
    print(f"search as you type, keystroke to updated list ({len(lat)} keystrokes): "
          f"median {ms(percentile(lat, 50))}, p95 {ms(percentile(lat, 95))}, "
          f"max {ms(max(lat))}")
    svc = r["search_service"]
    print(f"  of which the search service: median {ms(percentile(svc, 50))}, "
          f"p95 {ms(percentile(svc, 95))}, max {ms(max(svc))}")
    print(f"scrolling the whole list: {r['scroll_screens']} screens in "
          f"{r['scroll_total']:.1f} s; per screen median {ms(percentile(r['scroll_per_screen'], 50))}"
          f", p95 {ms(percentile(r['scroll_per_screen'], 95))}, "
          f"max {ms(max(r['scroll_per_screen']))}; pages kept {r['pages_cached']}")
    print(f"memory (RSS): at start {r['rss_start']:.0f} MiB, after unlock "
          f"{r['rss_after_unlock']:.0f} MiB, after searching {r['rss_after_search']:.0f} MiB, "
          f"after scrolling everything {r['rss_after_scroll']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
