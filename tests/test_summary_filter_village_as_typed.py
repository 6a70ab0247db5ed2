"""A summary's Filters line prints the village as typed, in every language: an Arabic paper
wrote "Kocho" typed by the team as كوجو, which it did not type."""

from __future__ import annotations

import pytest

from tests.test_report_lists_said import _text


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_the_village_filter_is_printed_as_typed(cli, tmp_path, lang):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "نادية", "--given", "Nadia", "--sex", "F",
               "--village", "كوجو", "--status", "missing", "--sharing", "court").returncode == 0
    out = tmp_path / "s.pdf"
    assert cli("summary", "-o", str(out), "--profile", "court", "--village", "Kocho",
               "--lang", lang).returncode == 0
    text = _text(out.read_bytes())
    filters = next(t for t in text.splitlines() if "Kocho" in t)
    assert "كوجو" not in filters and "Koço" not in filters and "کۆچۆ" not in filters
    assert "SNJ-00001" in text  # the filter took her village's other spelling
