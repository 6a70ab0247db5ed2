"""A dossier's footer carries a code of what it shows of her: the "Record version" it printed
was her own fields' edit count, the same on papers before and after a report, a list row or a
contact was added. Two papers of one profile carry the same code exactly when they show the same,
in any language."""

from __future__ import annotations

import re

from tests.test_report_lists_said import _text

CHECK = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}")


def check_of(cli, tmp_path, profile: str, lang: str = "en") -> str:
    out = tmp_path / f"d-{profile}-{lang}.pdf"
    assert cli("dossier", "SNJ-1", "-o", str(out), "--profile", profile, "--lang", lang,
               "--force").returncode == 0
    text = _text(out.read_bytes())
    assert "Record version" not in text and "إصدار السجل" not in text
    [code] = set(CHECK.findall(text))
    return code


def test_the_code_follows_what_the_paper_shows(cli, tmp_path):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "نادية", "--given", "Nadia", "--father", "Murad",
               "--sex", "F", "--village", "Kocho", "--abducted", "15/08/2014", "--sharing",
               "court", "--status", "rescued").returncode == 0
    # her sister, whose given name is unknown: her row is marked in each paper's language
    assert cli("person", "add", "--father", "مراد", "--father", "Murad", "--sex", "F",
               "--sharing", "court", "--status", "rescued").returncode == 0
    assert cli("relative", "SNJ-1", "sibling", "SNJ-2").returncode == 0
    court = check_of(cli, tmp_path, "court")
    internal = check_of(cli, tmp_path, "internal")
    # the same record in another language: the same code; made again: the same code
    assert check_of(cli, tmp_path, "court", "ar") == court == check_of(cli, tmp_path, "court")
    # a phone number: on the team's paper only
    assert cli("contact", "SNJ-1", "--name", "Hadi", "--phone", "07501234567").returncode == 0
    assert check_of(cli, tmp_path, "court") == court
    assert check_of(cli, tmp_path, "internal") != internal
    # a report the court may read: another code, in every language
    assert cli("report", "add", "--person", "SNJ-1", "--text", "seen in Mosul", "--source",
               "R-2", "--cannot-identify-source").returncode == 0
    after = check_of(cli, tmp_path, "court")
    assert after != court and check_of(cli, tmp_path, "court", "kmr") == after
