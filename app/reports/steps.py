"""The steps of making a long paper, each told as it begins, with its progress: a summary of
every person read its 3,795 persons in a second, then said nothing for 20 while it laid out
and wrote 124 pages. Cancel is honoured between any two of its reports."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.domain.errors import Cancelled

# The steps, in the order a summary takes them (the command line and the print screen word
# each): its persons read, their rows laid out (each measured), its pages written (how many
# is known only at the end), then each page given its footer ("page 3 of 124").
READING, LAYOUT, PAGES, FINISHING = "reading", "layout", "pages", "finishing"
# The print screen's own last step: the pages drawn for its preview.
PREVIEW = "preview"


class Steps:
    """progress(done, total) for the step under way (total 0: not known, a page's number),
    step(key) as each begins; either may be None."""

    def __init__(self, progress: Callable[[int, int], None] | None = None,
                 step: Callable[[str], None] | None = None,
                 cancel: threading.Event | None = None,
                 cancelled: str = "cancelled: nothing was made") -> None:
        self.progress, self.step, self.cancel, self.cancelled = progress, step, cancel, cancelled

    def begin(self, key: str) -> None:
        self._check()
        if self.step is not None:
            self.step(key)

    def __call__(self, done: int, total: int) -> None:
        self._check()
        if self.progress is not None:
            self.progress(done, total)

    def _check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled(self.cancelled)
