"""A mistake on the command line with --json (before or after the command's name) is JSON on
stdout too, as every other error is: a script scripting the CLI found stdout empty, exit 2."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli

MISTAKES = [
    ("--json", "review", "3", "--row", "6", "--decide", "banana"),
    ("import", "--json", "--dry-run"),
    ("--json", "person", "show", "SNJ-00001", "--bogus"),
    ("person", "list", "--json", "--status", "lost"),
    ("--json", "no-such-command"),
    ("person", "add", "--given", "Layla", "--json", "--bogus"),
    # argparse takes --js and --jso for --json (abbreviations): they are read as it reads them
    ("person", "list", "--js", "--status", "lost"),
    ("person", "list", "--status", "lost", "--jso"),
    ("--jso", "person", "show", "SNJ-00001", "--bogus"),
    ("--json", "person", "add", "--sex", "Q"),
    ("person", "add", "--sex", "Q", "--json"),
    # a bare --json after `add` is output there too: a date refused by the command itself
    ("person", "add", "--given", "Layla", "--json", "--born", "banana"),
]


@pytest.mark.parametrize("args", MISTAKES, ids=[" ".join(a) for a in MISTAKES])
def test_a_usage_error_with_json_is_json_on_stdout(tmp_path, args):
    r = cli(tmp_path, *args)
    assert r.returncode == 2
    said = json.loads(r.stdout)
    assert said["exit_code"] == 2 and said["error"] in r.stderr


def test_without_json_the_line_alone(tmp_path):
    # `person add --json FILE` is a file to read, "-" included (argparse takes it as FILE), the
    # mistake before it or after
    for args in (("person", "show", "SNJ-00001", "--bogus"),
                 ("person", "add", "--json", "person.json", "--bogus"),
                 ("person", "add", "--json", "-", "--bogus"),
                 ("person", "add", "--sex", "Q", "--json", "person.json")):
        r = cli(tmp_path, *args)
        assert r.returncode == 2 and r.stdout == "" and ("--bogus" in r.stderr or "'Q'" in r.stderr)
