"""`person status SNJ-1 located --date 2015-03 --report 6` on a woman sighted in 2019 printed
only "SNJ-00001 is now sighted": nothing said that located went into her history. It says so
now in the desktop's words, and of a man or a person of unrecorded sex in theirs."""

from __future__ import annotations

import pytest


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.mark.parametrize("sex, poss, is_", [("F", "her", "she is"), ("M", "his", "he is"),
                                            ("U", "their", "they are")])
def test_a_status_dated_before_the_one_she_has_is_said_kept_in_her_history(cli, sex, poss, is_):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--sex", sex, "--status", "missing",
        "--status-date", "2014-08")
    _ok(cli, "person", "status", "SNJ-1", "sighted", "--date", "2019")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "seen in Raqqa")
    r = _ok(cli, "person", "status", "SNJ-1", "located", "--date", "2015-03", "--report", "1")
    assert r.stdout == (f"SNJ-00001: 'located' was recorded in {poss} history; {is_} still "
                        f"'sighted', a status later or further along {poss} case\n")
    shown = _ok(cli, "person", "show", "SNJ-1").stdout
    assert "located  [report 1]" in shown and "[sighted]" in shown


def test_a_status_that_becomes_hers_is_said_as_before(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--sex", "F", "--status", "missing",
        "--status-date", "2014-08")
    assert _ok(cli, "person", "status", "SNJ-1", "located", "--date", "2015-03").stdout == \
        "SNJ-00001 is now located\n"


def test_the_undated_step_back_of_a_man_is_his_history(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Khalil", "--sex", "M", "--status", "rescued",
        "--status-date", "2016")
    r = _ok(cli, "person", "status", "SNJ-1", "missing")
    assert r.stdout.startswith("SNJ-00001 is now rescued ('missing' was recorded in his history")
    assert "her" not in r.stdout and r.stdout.rstrip().endswith("to make it his)")
