"""A status told with no date does not read as the latest news of her unless the vault takes
it so: her timeline says its date is not known (with the day it was recorded) and puts it
where her current status rule does, in every language."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.built_once import built_once

SAID = {"en": "date not known (recorded", "ar": "التاريخ غير معروف", "ckb": "بەروار نەزانراوە",
        "kmr": "dîrok nayê zanîn"}
IN_NEGOTIATION = {"en": "in negotiation", "ar": "قيد التفاوض", "ckb": "لە دانوستاندندا",
                  "kmr": "di danûstandinê de"}


def _timeline(cli, tmp_path, lang: str, profile: str = "court") -> list[str]:
    """The lines of her status timeline as pdftotext lays them out."""
    out = tmp_path / f"{profile}-{lang}.pdf"
    r = cli("dossier", "SNJ-00001", "-o", str(out), "--profile", profile, "--lang", lang)
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True).stdout.decode()
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u200e\u200f")
    titles = {"en": "Status timeline", "ar": "تسلسل الحالة", "ckb": "ڕیزبەندی دۆخ",
              "kmr": "Rêzika rewşê"}
    after = text.split(titles[lang], 1)[1]
    return [line for line in after.splitlines()[:12] if line.strip()]


@pytest.fixture
@built_once
def in_negotiation(cli):
    """Dated: missing 2014-08-03, in negotiation 2018-04; then "missing" with no date."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--sharing", "court",
               "--status", "missing", "--status-date", "2014-08-03").returncode == 0
    assert cli("person", "status", "SNJ-00001", "in_negotiation", "--date", "2018-04"
               ).returncode == 0
    r = cli("person", "status", "SNJ-00001", "missing")
    assert r.returncode == 0 and "is now in_negotiation" in r.stdout  # a step back: history
    return cli


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_an_undated_missing_after_a_dated_negotiation_stands_before_it(in_negotiation,
                                                                        tmp_path, lang):
    # the team's paper: while she is held, a court's prints no step of the search for her
    lines = _timeline(in_negotiation, tmp_path, lang, "internal")
    undated = next(i for i, line in enumerate(lines) if SAID[lang] in line)
    dated = next(i for i, line in enumerate(lines) if "2018-04" in line)
    assert undated < dated
    assert IN_NEGOTIATION[lang] in lines[dated]
    assert not any("Told on" in line or "Told without" in line for line in lines)


def test_an_undated_status_that_is_her_current_one_stands_last(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--sharing", "court",
               "--status", "missing", "--status-date", "2014-08-03").returncode == 0
    assert cli("person", "status", "SNJ-00001", "rescued").returncode == 0  # no date: news
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "rescued"
    lines = _timeline(cli, tmp_path, "en")
    rows = [line for line in lines if "2014-08-03" in line or SAID["en"] in line]
    assert "missing" in rows[0] and SAID["en"] in rows[-1] and "rescued" in rows[-1]
