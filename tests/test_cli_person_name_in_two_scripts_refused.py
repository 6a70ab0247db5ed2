"""`person add --given "Nadia نادية"` stored the whole value as her Latin spelling: the record
met no Arabic spelling of her name and no duplicate check found her. It is refused, saying how
to give the two spellings; a Kurmanji letter (ş) is no second script."""

from __future__ import annotations

import json


def test_a_name_in_both_scripts_in_one_value_is_refused_saying_how(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Nadia نادية", "--father", "Murad", "--sex", "F")
    assert r.returncode == 2, r.stdout
    assert ("--given 'Nadia نادية' holds Arabic script and Latin letters: give each spelling on "
            "its own (--given SPELLING twice, one in each script)") in r.stderr
    r = cli("--json", "person", "add", "--given", "Nadia", "--given", "نادية", "--father",
            "Reşo", "--sex", "F")
    assert r.returncode == 0, r.stderr
    names = json.loads(r.stdout)["names"]
    assert names["given"] == {"original": "نادية", "latin": "Nadia"}, names



def test_kurmanji_letters_beside_arabic_script_are_two_scripts(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "ŞÎÊ نادية", "--sex", "F")
    assert r.returncode == 2 and "holds Arabic script and Latin letters" in r.stderr, r.stderr
