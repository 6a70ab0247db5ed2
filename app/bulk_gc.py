"""Python's cycle collector run less often while a list of many rows is matched or written."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A 100,000-row import holds millions of objects for minutes. At the default threshold (700
# new objects) the collector ran 8,586 times there and each full pass walked all of them:
# 5.9 s of a 71 s import (BENCHMARKS.md, "Importing lists"). At 50,000 it ran about 100
# times for 1.8 s, with the same peak memory: the import makes few reference cycles, so
# collecting less often frees nothing later that it would have freed sooner.
BULK_THRESHOLD = (50_000, 50, 100)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector's thresholds raised until the outermost of these ends (nested and
    concurrent uses keep them raised until the last one ends)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*BULK_THRESHOLD)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
