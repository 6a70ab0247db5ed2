"""The pinned PySide6 keeps its references: tens of thousands of calls and emits, no guard at all.

PySide6 6.12.0 on Python 3.11 aborted the interpreter this way ('deallocating None/True').
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

CHURN = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton
class S(QObject):
    ping = Signal(bool)
app = QApplication([])
button, s = QPushButton(), S()
for n in range(60_000):
    button.setText("x")   # returns nothing: lost a reference to None on the defective build
    s.ping.emit(True)     # lost a reference to True on the defective build
print("survived", flush=True)
"""


def test_pinned_pyside6_survives_many_calls_and_emits():
    done = subprocess.run([sys.executable, "-c", CHURN], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-500:]


def test_the_start_up_probe_finds_no_defect_in_the_pinned_binding():
    from ui.qt_guard import binding_defect_present
    assert binding_defect_present() is False
