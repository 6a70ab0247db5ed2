"""`summary --seen-since DATE` chooses an internal summary's women by a report observed on or
after DATE, says so on the paper, and is refused for an outside paper: a court's list of the
women seen since 2024 tells that the team has news of each of them."""

from __future__ import annotations

import re

from tests.pdf_glyphs import pdftotext
from tests.test_person_list_seen_since import _vault


def test_an_internal_summary_by_seen_since(cli, tmp_path):
    _vault(cli)
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), "--profile", "internal", "--seen-since", "2024")
    assert r.returncode == 0, r.stderr
    text = pdftotext(out.read_bytes())
    assert re.findall(r"SNJ-\d{5}", text) == ["SNJ-00001", "SNJ-00003"]
    assert "Seen since (a report or a status, observed on or after): 2024-01-01" in " ".join(text.split())
    r = cli("summary", "-o", str(tmp_path / "n.pdf"), "--profile", "internal", "--seen-since",
            "2026")
    assert "no one in the vault matches --seen-since 2026-01-01" in r.stdout


def test_an_outside_summary_by_seen_since_is_refused(cli, tmp_path):
    _vault(cli)
    for profile, more in (("court", []), ("public", []), ("family", ["--for", "SNJ-1"])):
        out = tmp_path / f"{profile}.pdf"
        r = cli("summary", "-o", str(out), "--profile", profile, "--seen-since", "2024", *more)
        assert r.returncode != 0 and not out.exists()
        assert f"a {profile} document is not chosen by when a woman was seen" in r.stderr
