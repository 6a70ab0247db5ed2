"""A merge refused over names that are one name spelt the Sorani way and the Arabic way (موراد
and مراد, حەیات and حياة) suggested only "cousins" or "siblings" (found by a tester): the refusal
now says first that it may be one name in two spellings. Two Arabic spellings a ي apart are
sisters' names (سميرة, سمرة), and the refusal says nothing of Sorani there. The matching itself
is as before: the pair still needs --despite-contradiction."""

from __future__ import annotations

from tests.import_helpers import cli

SPELT = "Perhaps one name spelt the Sorani way and the Arabic way"


def _add(tmp_path, *names: str) -> None:
    given, father, grandfather = names
    r = cli(tmp_path, "person", "add", "--given", given, "--father", father, "--grandfather",
            grandfather, "--sex", "F", "--born", "1997", "--village", "Kocho")
    assert r.returncode == 0, r.stderr


def test_a_sorani_spelling_is_said_before_cousins(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    _add(tmp_path, "نسرين", "جندو", "مراد")
    _add(tmp_path, "نەسرین", "جندۆ", "موراد")
    r = cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002")
    assert r.returncode != 0
    assert f"{SPELT} ('مراد', 'موراد'" in r.stderr and "or cousins named alike" in r.stderr, r.stderr


def test_arabic_sisters_names_are_not_said_to_be_a_sorani_spelling(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    _add(tmp_path, "سميرة", "جندو", "مراد")
    _add(tmp_path, "سمرة", "جندو", "مراد")
    r = cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002")
    assert r.returncode != 0 and "Perhaps two siblings" in r.stderr, r.stderr
    assert "Sorani" not in r.stderr
