"""The bundled fonts: registered when the program starts, and Arabic and Sorani in the
interface drawn with Noto Naskh Arabic even where the system has no font at all."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextLayout

from tests.conftest import ROOT
from tests.ui_support import unlock
from ui.fonts import ARABIC, LATIN
from ui.settings import write_language

TEXT = "خليل ێڵڕەۆ Khalil (2014)"  # Arabic, Sorani letters, Latin, punctuation


def families_drawing(word: str, font) -> set[str]:
    """The font families Qt draws word with (it picks one per character, in font order)."""
    layout = QTextLayout(word, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def _families_by_script(text: str, font) -> dict[str, set[str]]:
    """Which families draw the Arabic-script words of text, and which its Latin words."""
    return {script: set().union(*(families_drawing(w, font) for w in re.findall(pattern, text)))
            for script, pattern in (("arabic", "[\u0600-\u06ff]+"), ("latin", "[A-Za-z]+"))}


# A child program on a machine with no fonts: fontconfig is given a configuration that lists no
# font folders, so everything it can draw with comes from resources/fonts.
CHILD = """
import json, sys
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
if sys.argv[1] == "bare":
    app = QApplication([])
    print(json.dumps({"families": QFontDatabase.families()}))
    raise SystemExit
from ui.app import make_application
from ui.i18n import apply_language
app = make_application()
started = QFontDatabase.families()
apply_language(app, "ar")
label = QLabel(sys.argv[2])
from tests.test_ui_fonts import _families_by_script
found = _families_by_script(sys.argv[2], label.font())
print(json.dumps({"families": started, "arabic": sorted(found["arabic"]),
                  "latin": sorted(found["latin"])}))
"""


def _no_font_machine(tmp_path) -> dict[str, str]:
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
                    "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEKEEPER_")}
    env.update({"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
                "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)})
    return env


def _child(tmp_path, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, env=_no_font_machine(tmp_path))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_on_a_machine_without_fonts_the_bundled_ones_draw_arabic(tmp_path):
    assert ARABIC not in _child(tmp_path, "bare")["families"]  # the machine really has none
    seen = _child(tmp_path, "program", TEXT)
    assert {LATIN, ARABIC} <= set(seen["families"])  # registered at start, before any window
    assert seen["arabic"] == [ARABIC] and seen["latin"] == [LATIN]


def test_the_interface_font_follows_the_language(qtbot, gui, demo_vault, qapp):
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    main = unlock(qtbot, gui)
    assert {LATIN, ARABIC} <= set(QFontDatabase.families())
    assert qapp.font().families()[:2] == [ARABIC, LATIN]
    label = main.persons.counts  # "الأشخاص: 300 ..." as the user sees it
    found = _families_by_script(label.text(), label.font())
    assert found["arabic"] == {ARABIC}
    table = main.persons.table.font()  # where the names are listed
    assert _families_by_script(TEXT, table) == {"arabic": {ARABIC}, "latin": {LATIN}}
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_english_keeps_dejavu_first_and_noto_behind_it(qtbot, gui, demo_vault, qapp):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    assert qapp.font().families()[:2] == [LATIN, ARABIC]
    assert _families_by_script("Persons", main.persons.counts.font())["latin"] == {LATIN}
