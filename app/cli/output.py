"""The CLI's only output layer: JSON or text to stdout, one-line errors and progress to stderr."""

from __future__ import annotations

import json
import sys
import time


class Output:
    def __init__(self, json_mode: bool) -> None:
        self.json_mode = json_mode

    def emit(self, data, text: str | None = None) -> None:
        """Print data as JSON with --json, otherwise the text (or data as key: value lines)."""
        if self.json_mode:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        elif text is not None:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
        elif isinstance(data, dict):
            for k, v in data.items():
                sys.stdout.write(f"{k}: {v}\n")
        else:
            sys.stdout.write(f"{data}\n")

    def line(self, text: str = "") -> None:
        sys.stdout.write(text + "\n")

    @staticmethod
    def error(message: str) -> None:
        sys.stderr.write(f"casekeeper: {message}\n")

    @staticmethod
    def note(message: str) -> None:
        sys.stderr.write(message + "\n")


class ProgressBar:
    """A bar on a terminal; silent when stderr is piped or in --json mode."""

    def __init__(self, label: str, enabled: bool | None = None) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = 0.0

    def __call__(self, done: int, total: int, force: bool = False) -> None:
        """force: drawn even if the last drawing was under 0.1 s ago (a step's last count)."""
        if not self.enabled or (not force and time.monotonic() - self._last < 0.1
                                and done < total):
            return
        self._last = time.monotonic()
        if total:
            width = 30
            filled = int(width * done / max(total, 1))
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{done}/{total}")
        else:
            sys.stderr.write(f"\r{self.label} {done}")
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


class StepBars:
    """A bar for each step of a long job, under the step's words (labels: {key: words}), said
    as the step begins; a step whose total is not known counts up ("writing page 37"). Silent
    as ProgressBar is. close() ends the last line: the summary's bar stood full at "reading
    persons" for 20 s while its pages were written, saying nothing more."""

    def __init__(self, labels: dict[str, str], enabled: bool | None = None) -> None:
        self.labels = labels
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.bar: ProgressBar | None = None
        self._last: tuple[int, int] | None = None
        self._open = False  # a line written and not ended

    def step(self, key: str) -> None:
        self.close()
        self.bar = ProgressBar(self.labels[key], self.enabled)
        if self.enabled:
            sys.stderr.write(f"\r{self.bar.label}")
            sys.stderr.flush()
            self._open = True

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            return
        self._last = (done, total)
        self.bar(done, total)
        self._open = self.enabled and not (total and done >= total)

    def close(self) -> None:
        """The last count said (a bar skips those that come quicker than it is drawn) and its
        line ended."""
        if self._open and self.bar is not None:
            if self._last is not None:
                self.bar(*self._last, force=True)
            sys.stderr.write("\n")
            sys.stderr.flush()
        self._open, self._last = False, None


def counted(n: int, one: str, many: str) -> str:
    """'1 row', '3 rows': a count with its noun in the right number."""
    return f"{n} {one if n == 1 else many}"
