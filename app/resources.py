"""The one place that knows where bundled data (fonts, icons, translations) lives on disk."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder: next to the packages in a checkout, or inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller one-folder builds
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
