"""Case data copied with Ctrl+C from a table, or by a field's Copy, is cleared like the case
number the program copies itself: after its time, and at lock. It stayed on the clipboard,
for a clipboard manager to keep, after the program was locked. Run on a real X screen: only
there does the clipboard say what this program put on it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).parent / "clipboard_child.py"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run (Debian xvfb) not installed")
def test_a_name_copied_from_the_table_or_a_field_is_cleared():
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    out = subprocess.run(["xvfb-run", "-a", sys.executable, str(CHILD)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    said = json.loads(out.stdout.strip().splitlines()[-1])
    assert said["platform"] == "xcb"
    assert said["table_copied"] == "ژیانا خەلەفو"
    assert said["table_after"] == ""
    assert said["field_copied"] == "Jilan Khalaf Hasan"
    assert said["field_after_lock"] == ""
