"""Helpers shared by the benchmark scripts: timing, peak memory, synthetic vaults."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase"


@contextmanager
def timed(label: str, results: dict):
    t = time.perf_counter()
    yield
    results[label] = time.perf_counter() - t


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def summary(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 95):.1f} ms, "
            f"max {max(ms):.1f} ms over {len(ms)} runs")


def demo_vault(folder: Path, persons: int, fast_kdf: bool = True):
    """A synthetic vault with `persons` persons (made once, reused if already there)."""
    from app import demo
    from app.vault import create_vault, open_vault, vault_exists
    from db.keyslots import KdfParams

    if vault_exists(folder):
        return open_vault(folder, PASSPHRASE)
    session, _ = create_vault(folder, PASSPHRASE, "DEMO",
                              KdfParams.fast() if fast_kdf else KdfParams.production(),
                              synthetic=True)
    demo.populate(session, persons)
    return session


def machine() -> str:
    return f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
