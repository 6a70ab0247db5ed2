"""Documents about many persons: a family's paper shows that family's own person only, and a
public rescue report never says that nobody was rescued when names are only withheld."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from app.reports.labels import LANGUAGES, label
from tests.built_once import built_once


def _text(path) -> str:
    """The PDF's text, white space and bidi controls removed (so words read across lines)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"[\s\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", out)


def _bare(words: str) -> str:
    return re.sub(r"[\s\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", words)


@pytest.fixture
@built_once
def vault(cli):
    """Three women of three families; operation 1 freed Berivan and Lamia together, operation
    2 freed Jihan alone."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, family, village in (("Jihan", "Haji Ali", "Kocho"),
                                   ("Berivan", "Jundi", "Hardan"),
                                   ("Lamia", "Haji Bashar", "Tel Qasab")):
        r = cli("person", "add", "--given", given, "--family", family, "--sex", "F",
                "--village", village, "--status", "rescued", "--sharing", "public")
        assert r.returncode == 0, r.stderr
    for people in (("SNJ-00002", "SNJ-00003"), ("SNJ-00001",)):
        args = [a for c in people for a in ("--person", c)]
        r = cli("rescue", "add", *args, "--date", "2016-11", "--from-place", "Tal Afar",
                "--outcome", "freed")
        assert r.returncode == 0, r.stderr
    return cli


def _exports(cli) -> list[dict]:
    log = json.loads(cli("--json", "audit", "log", "--limit", "100").stdout)
    return [e for e in log if e["action"].startswith("export.")]


def test_a_family_rescue_report_must_say_whose_family_it_is_for(vault, tmp_path):
    """An operation that freed women of two families listed both, with case numbers, names and
    status, on a paper meant for one family."""
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "1", "-o", str(out), "--profile", "family")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--for" in r.stderr
    assert not out.exists() and _exports(vault) == []


def test_a_family_rescue_report_names_her_only_and_counts_the_others(vault, tmp_path):
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "1", "-o", str(out), "--profile", "family", "--for", "snj-2")
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Berivan" in text and "SNJ-00002" in text
    assert "Lamia" not in text and "SNJ-00003" not in text and "HajiBashar" not in text
    assert _bare("Others rescued in this operation, not named in this document: 1") in text
    assert _exports(vault)[-1]["detail"]["for"] == ["SNJ-00002"]


def test_a_family_of_two_rescued_together_names_both(vault, tmp_path):
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "1", "-o", str(out), "--profile", "family",
              "--for", "SNJ-00002", "--for", "SNJ-00003")
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Berivan" in text and "Lamia" in text and "Others" not in text


def test_her_case_number_must_be_one_of_the_operation(vault, tmp_path):
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "1", "-o", str(out), "--profile", "family", "--for", "SNJ-00001")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "SNJ-00001 was not rescued in operation 1" in r.stderr and not out.exists()
    r = vault("rescue-report", "1", "-o", str(out), "--profile", "family", "--for", "SNJ-00009")
    assert r.returncode == 5 and not out.exists()


def test_a_court_rescue_report_still_names_everyone_of_the_operation(vault, tmp_path):
    out = tmp_path / "r.pdf"
    assert vault("rescue-report", "1", "-o", str(out), "--profile", "court").returncode == 0
    text = _text(out)
    assert "Berivan" in text and "Lamia" in text and "Others" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_public_rescue_report_never_says_nobody_was_rescued(vault, tmp_path, lang):
    """'Persons rescued: none recorded' for an operation that freed SNJ-00001: a false
    statement on a paper. The names are withheld, and the paper says so."""
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "2", "-o", str(out), "--profile", "public", "--lang", lang)
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert _bare(label("none", lang)) not in text
    assert _bare(label("persons_withheld", lang)) in text
    assert "Jihan" not in text and "SNJ-00001" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_others_are_counted_in_every_language(vault, tmp_path, lang):
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "1", "-o", str(out), "--profile", "family", "--for", "SNJ-00003",
              "--lang", lang)
    assert r.returncode == 0, r.stderr
    text = _text(out)
    # the words; pdftotext gives the count of a right-to-left line in its own place
    said = _bare(label("others_withheld", lang).split("{count}")[0].rstrip(": "))
    assert said in text and "Berivan" not in text and "Lamia" in text


def test_a_family_summary_must_name_her(vault, tmp_path):
    """summary --profile family with no filter listed all the women of every village with
    their statuses, the same paper as the public summary."""
    out = tmp_path / "s.pdf"
    r = vault("summary", "-o", str(out), "--profile", "family")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--for" in r.stderr
    assert not out.exists() and _exports(vault) == []
    r = vault("summary", "-o", str(out), "--profile", "family", "--village", "Hardan")
    assert r.returncode == 2 and "--for" in r.stderr and not out.exists()


def test_a_family_summary_lists_only_the_persons_named(vault, tmp_path):
    out = tmp_path / "s.pdf"
    r = vault("summary", "-o", str(out), "--profile", "family", "--for", "SNJ-00002")
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Berivan" in text and "Jihan" not in text and "Lamia" not in text
    assert "Persons:1" in text and "SNJ-00002" in text
    entry = _exports(vault)[-1]
    assert entry["detail"]["persons"] == 1 and entry["detail"]["filters"]["for"] == ["SNJ-00002"]


def test_for_narrows_a_summary_of_any_profile_and_an_unknown_case_is_refused(vault, tmp_path):
    out = tmp_path / "s.pdf"
    r = vault("summary", "-o", str(out), "--profile", "court", "--for", "SNJ-00001",
              "--for", "SNJ-00003")
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Jihan" in text and "Lamia" in text and "Berivan" not in text
    r = vault("summary", "-o", str(tmp_path / "x.pdf"), "--profile", "family",
              "--for", "SNJ-00042")
    assert r.returncode == 5 and r.stderr.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_rescue_recorded_under_a_record_merged_into_hers_is_named_under_her_number(
        vault, tmp_path):
    """Berivan was entered twice; her second record was freed in operation 3 with Lamia and then
    merged into SNJ-00002. Her family gives her number: the operation is hers, Lamia counted."""
    r = vault("person", "add", "--given", "Berivan", "--family", "Jundi", "--sex", "F",
              "--village", "Hardan", "--status", "rescued", "--sharing", "public")
    assert r.returncode == 0, r.stderr
    assert vault("rescue", "add", "--person", "SNJ-00004", "--person", "SNJ-00003",
                 "--date", "2017").returncode == 0
    assert vault("merge", "SNJ-00002", "SNJ-00004").returncode == 0
    out = tmp_path / "r.pdf"
    r = vault("rescue-report", "3", "-o", str(out), "--profile", "family", "--for", "SNJ-00002")
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Berivan" in text and "SNJ-00002" in text and "SNJ-00004" not in text
    assert "Lamia" not in text and "SNJ-00003" not in text
    assert _bare("Others rescued in this operation, not named in this document: 1") in text
    # the merged record's number is no longer hers: refused, naming the one to give
    for args in (("rescue-report", "3"), ("summary",)):
        r = vault(*args, "-o", str(tmp_path / "x.pdf"), "--profile", "family",
                  "--for", "SNJ-00004")
        assert r.returncode == 2 and r.stderr.count("\n") == 1
        assert "SNJ-00004 is merged into SNJ-00002" in r.stderr
        assert not (tmp_path / "x.pdf").exists()


def test_an_outcome_naming_others_of_the_operation_stays_off_a_family_paper(cli, tmp_path):
    """'both freed, Lamia injured': the outcome, typed about everyone the operation freed, named
    another family's daughter and her injury on a paper that only counts her; the team's own
    paper keeps it, and an operation of hers alone shows its outcome to her family."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Berivan", "Lamia"):
        assert cli("person", "add", "--given", given, "--sex", "F", "--status", "rescued",
                   "--sharing", "family").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002", "--date",
               "2016-11", "--outcome", "both freed, Lamia injured").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2017-02",
               "--outcome", "met her brother at Khanke").returncode == 0
    texts = {}
    for name, args in (("rescue", ("rescue-report", "1", "--for", "SNJ-00001")),
                       ("dossier", ("dossier", "SNJ-00001"))):
        for profile in ("family", "internal"):
            out = tmp_path / f"{name}-{profile}.pdf"
            r = cli(*args, "-o", str(out), "--profile", profile)
            assert r.returncode == 0, r.stderr
            texts[name, profile] = _text(out)
    left_out = _bare(label("outcome_withheld", "en"))
    for name in ("rescue", "dossier"):
        assert "Lamia" not in texts[name, "family"] and left_out in texts[name, "family"]
        assert _bare("both freed, Lamia injured") in texts[name, "internal"]
    assert _bare("met her brother at Khanke") in texts["dossier", "family"]
