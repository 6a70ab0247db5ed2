"""`report add --text ""` (or blank) and `report edit --text ""` were taken: an informant's
account emptied leaves no copy in the vault, and the desktop and `--text -` refuse it. The
command line refuses it too, saying why, the vault unchanged."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


@pytest.fixture
@built_once
def reported(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    done = cli("report", "add", "--person", "SNJ-00001", "--text",
               "Nadia located in Hajin, house of the mukhtar", "--source", "S-70")
    assert done.returncode == 0, done.stderr
    return cli


def _reports(cli) -> list[dict]:
    return json.loads(cli("--json", "report", "list").stdout)


@pytest.mark.parametrize("typed", ["", "   ", "\n"])
def test_report_add_refuses_a_blank_text(reported, typed):
    done = reported("report", "add", "--person", "SNJ-00001", "--text", typed, "--source", "S-1")
    assert done.returncode != 0
    assert "--text is empty: a report needs its text" in done.stderr, done.stderr
    assert len(_reports(reported)) == 1


@pytest.mark.parametrize("typed", ["", "  "])
def test_report_edit_refuses_a_blank_text_and_keeps_the_account(reported, typed):
    done = reported("report", "edit", "1", "--text", typed)
    assert done.returncode != 0
    assert "nothing was recorded" in done.stderr, done.stderr
    assert [r["text"] for r in _reports(reported)] == [
        "Nadia located in Hajin, house of the mukhtar"]
