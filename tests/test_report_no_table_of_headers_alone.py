"""A table with no row is not printed as its column headers alone: a summary that lists nobody
and a Relatives table whose every person is left out say the sentence alone."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.test_report_lists_said import _text


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--father", "Khalil", "--sex", "F",
               "--village", "Kocho", "--status", "rescued", "--sharing", "family").returncode == 0
    for given in ("Nisrin", "Jamila"):  # her sisters, kept to the team
        assert cli("person", "add", "--given", given, "--father", "Khalil", "--sex", "F",
                   "--status", "missing", "--sharing", "internal").returncode == 0
    assert cli("relative", "SNJ-1", "sibling", "SNJ-2").returncode == 0
    assert cli("relative", "SNJ-1", "sibling", "SNJ-3").returncode == 0
    return cli


@pytest.mark.parametrize("lang, headers", [
    ("en", ("Case number", "Abducted", "Name (Arabic script)")),
    ("ar", ("رقم الملف", "تاريخ الاختطاف"))])
def test_a_summary_of_nobody_says_so_with_no_column_headers(vault, tmp_path, lang, headers):
    out = tmp_path / "s.pdf"
    r = vault("summary", "-o", str(out), "--profile", "court", "--status", "deceased",
              "--lang", lang)
    assert r.returncode == 0, r.stderr
    text = _text(out.read_bytes())
    assert ("No person is listed" if lang == "en" else "الحالة") in text
    body = text.split("\f")[0].rsplit("\n", 3)[0]  # without the footer's lines
    for header in headers:
        assert header not in body, (header, text)


@pytest.mark.parametrize("lang, headers", [("en", ("Relation", "Name")),
                                            ("kmr", ("Têkilî", "Nav"))])
def test_relatives_all_left_out_print_the_count_alone(vault, tmp_path, lang, headers):
    out = tmp_path / "d.pdf"
    assert vault("dossier", "SNJ-1", "-o", str(out), "--profile", "family", "--lang",
                 lang).returncode == 0
    text = _text(out.read_bytes())
    lines = [t.strip() for t in text.splitlines()]
    title = "Relatives" if lang == "en" else "Xizm"
    after = lines[lines.index(title) + 1:]
    after = [t for t in after if t]
    # the sentence straight under the title, no header row before it
    assert after[0].startswith("Persons left out: 2" if lang == "en" else "Kesên"), after[:3]
    assert not any(t.split()[:2] == [headers[0], "Hejmara"] or t.startswith(headers[0])
                   for t in after[:2])
