"""`summary --for` (and `rescue-report --for`) the number of a record merged into another was
refused with "print SNJ-00002's dossier": the lawyer asked for a summary, and the way on is to
name the kept record with --for. A real vault through the command line; the print screen too."""

from __future__ import annotations

import re

import pytest

from tests.built_once import built_once


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def merged(cli):
    """SNJ-2 merged into SNJ-1, freed by operation 1."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Vian", "Viyan"):
        _ok(cli, "person", "add", "--given", given, "--father", "Dakhil", "--sex", "F",
            "--village", "Kocho", "--sharing", "family", "--status", "missing")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2019-03", "--from-place", "Hol")
    _ok(cli, "merge", "SNJ-1", "SNJ-2")
    return cli


@pytest.mark.parametrize("args", [("summary",), ("rescue-report", "1")])
def test_a_merged_number_under_for_names_the_kept_one_under_for(merged, tmp_path, args):
    out = tmp_path / "x.pdf"
    r = merged(*args, "-o", str(out), "--profile", "family", "--for", "snj-2")
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "SNJ-00002 is merged into SNJ-00001" in r.stderr
    assert "give --for SNJ-00001 instead" in r.stderr and "dossier" not in r.stderr
    assert not out.exists()


def test_a_dossier_of_the_merged_number_still_names_the_dossier_to_print(merged, tmp_path):
    r = merged("dossier", "SNJ-2", "-o", str(tmp_path / "x.pdf"), "--profile", "family")
    assert r.returncode == 2 and "print SNJ-00001's dossier" in r.stderr


def test_the_print_screen_says_to_give_the_kept_number_under_for_her_family(
        qtbot, gui, merged):
    from tests.ui_support import unlock

    gui.vault_dir = merged.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("family"))
    view.for_persons.setText("SNJ-2")
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=30_000)
    said = re.sub(r"[\u2066-\u2069]", "", view.error.text())
    assert said.startswith("SNJ-00002 is merged into SNJ-00001, which holds all that is known "
                           "of this person: give SNJ-00001 under Whose family instead.")
    assert view.built is None
