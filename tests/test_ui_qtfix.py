"""The guard against PySide6 6.12.0 losing references to None and True on Python 3.11: tens
of thousands of ordinary calls and emits must not bring the interpreter down."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

CHURN = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{guard}
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton
class S(QObject):
    ping = Signal()
app = QApplication([])
button, s = QPushButton(), S()
for n in range(60_000):
    button.setText("x")   # returns nothing: loses None on the defective build
    s.ping.emit()         # returns True: loses True on the defective build
print("survived", flush=True)
"""


def _run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHURN.format(guard=guard)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_the_program_survives_many_calls_with_the_guard():
    done = _run("import ui")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-500:]


def test_the_guard_is_needed_where_the_defect_exists():
    from ui.qtfix import protect_singletons
    if not protect_singletons():
        return  # a PySide6 or Python without the defect: nothing to guard
    done = _run("")
    assert done.returncode != 0 and "dealloc" in done.stderr  # the crash the guard prevents
