"""Screenshots of every main screen in English and in Arabic, on a virtual X screen (Xvfb).

    .venv/bin/python bench/screenshots.py [--out docs/screenshots] [--persons 2000]
                                          [--langs en,ar,ckb,kmr]

Makes a synthetic demo vault in a temporary folder, starts Xvfb, runs the real program once per
language (xcb platform, not offscreen) and saves one PNG per screen: NN-screen-LANG.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "demo passphrase for screenshots"
IMPORT_FILE = ROOT / "tests" / "fixtures" / "import" / "libreoffice_arabic_title_rows.xlsx"


def make_vault(folder: Path, persons: int) -> None:
    os.environ["CASEKEEPER_KDF_PROFILE"] = "fast"
    from app.demo import populate
    from app.vault import KdfParams, create_vault
    session, _code = create_vault(folder, PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    populate(session, persons)
    session.close()


def start_xvfb() -> tuple[subprocess.Popen, str]:
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is needed (Debian: apt-get install xvfb)")
    for n in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1400x900x24",
                                     "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            return proc, f":{n}"
    sys.exit("no free X display number")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--persons", type=int, default=2000)
    ap.add_argument("--langs", default="en,ar", help="interface languages: en,ar,ckb,kmr")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in args.langs.split(","):
                vault = Path(tmp) / f"vault-{lang}"
                make_vault(vault, args.persons)
                env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                           CASEKEEPER_LANG=lang, CASEKEEPER_KDF_PROFILE="fast",
                           HOME=str(Path(tmp) / "home"), PYTHONPATH=str(ROOT))
                subprocess.run([sys.executable, str(ROOT / "bench" / "screenshot_driver.py"),
                                str(vault), str(out), lang, str(IMPORT_FILE)],
                               env=env, check=True, timeout=300)
    finally:
        xvfb.terminate()
        xvfb.wait()
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
