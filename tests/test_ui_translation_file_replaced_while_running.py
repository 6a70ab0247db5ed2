"""The interface's translation is held in memory: a .qm file replaced while the program runs (an
update copied over the installed program, the translations made again) does not crash it."""

import subprocess
import sys

from tests.conftest import ROOT

_CHILD = r"""
import shutil, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
import app.resources, ui.i18n
folder = Path(sys.argv[1])
(folder / "translations").mkdir()
qm = folder / "translations" / "casekeeper_ar.qm"
shutil.copy(app.resources.resource_path("translations", "casekeeper_ar.qm"), qm)
ui.i18n.resource_path = lambda *parts: folder.joinpath(*parts)
qapp = QApplication([])
assert ui.i18n.apply_language(qapp, "ar")
before = QCoreApplication.translate("Status", "Missing")
# rewritten in place, as a copy or `make translations` writes it: another translation's bytes
with open(qm, "r+b") as f:
    f.write(bytes(reversed(qm.read_bytes()))[:4096])
    f.truncate(1024)
after = [QCoreApplication.translate("Status", w) for w in ("Missing", "Rescued", "Deceased")]
print(before == after[0] != "Missing")
"""


def test_a_translation_file_rewritten_under_the_running_program_is_not_read_again(tmp_path):
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"
