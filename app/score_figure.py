"""A score as a list that a threshold cuts shows it: cut down to two places, never rounded up."""

from __future__ import annotations

import math


def score_figure(score: float) -> str:
    """0.867 as "0.86": shown "0.87", `duplicates` at its 0.87 default left it out (round() on
    the hundredths first so that 0.87, stored as 0.8699999..., stays 0.87)."""
    return f"{math.floor(round(score * 100, 6)) / 100:.2f}"
