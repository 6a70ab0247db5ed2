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

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or (time.monotonic() - self._last < 0.1 and done < total):
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


def counted(n: int, one: str, many: str) -> str:
    """'1 row', '3 rows': a count with its noun in the right number."""
    return f"{n} {one if n == 1 else many}"
