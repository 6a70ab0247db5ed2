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
                _file_as_old()
                gc.set_threshold(*_saved)
                _saved = None


def _file_as_old() -> None:
    """The objects the bulk work made and that still live (its rows, its report) filed with
    the oldest without a pass over them. At the usual thresholds the next allocation found
    generation 1 counted some fifty times past its own and walked every one of them: 0.24 s
    of CPU at the end of a 20,000-row list's commit (BENCHMARKS.md, "Importing lists").
    freeze() sets each generation's count to nought and unfreeze() puts every object frozen
    in the oldest; a cycle among them is freed by the next full collection, as one the bulk
    work left always was. Not where objects are frozen already (the search cache, frozen so
    that no collection walks it: search_service.warm_step): unfrozen they would be walked
    again. Both run on the vault's thread, so nothing is frozen in between."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
