"""A record that holds no name part, only her nickname (a kunya, أم أحمد) or an alias, is shown
by it in the persons list, on the command line and in the desktop, instead of a blank line
that could be anyone, marked as what she is known as ("known as أم أحمد", as the Duplicates
screen says it): bare, a kunya read as her given name; --json says the name columns hold that."""

from __future__ import annotations

import json

from app.domain.person import NamePart, NameText, Person
from tests.ui_support import PASSPHRASE, unlock


def test_the_command_line_lists_her_by_her_nickname_or_alias(cli):
    cli("init")
    for args in (("--nickname", "أم أحمد"), ("--alias", "Umm Khalil"),
                 ("--given", "نادية", "--nickname", "أم سعيد")):
        assert cli("person", "add", *args, "--sex", "F", "--status", "missing").returncode == 0
    lines = cli("person", "list").stdout.splitlines()
    assert lines[0].split("\t")[4] == "known as أم أحمد"
    assert lines[1].split("\t")[5] == "known as Umm Khalil"
    assert lines[2].split("\t")[4] == "نادية"  # a name part: the nickname stays out of it
    listed = json.loads(cli("--json", "person", "list").stdout)
    assert [(p["name_original"], p["name_latin"], p["known_as_only"]) for p in listed] == [
        ("أم أحمد", "", True), ("", "Umm Khalil", True), ("نادية", "", False)]


def test_the_desktop_list_shows_her_nickname(qtbot, gui, tmp_path):
    from app.vault import KdfParams, create_vault
    folder = tmp_path / "vault"
    session, _code = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    session.persons.create(Person(names={NamePart.NICKNAME: NameText("أم أحمد", "Umm Ahmed")}))
    session.close()
    gui.vault_dir = folder
    model = unlock(qtbot, gui).persons.model
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    isolates = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
    assert tuple(model.data(model.index(0, c)).translate(isolates) for c in (1, 2)) == (
        "known as أم أحمد", "known as Umm Ahmed")


def test_a_printed_summary_names_her_as_known_and_says_so(cli, tmp_path):
    from tests.pdf_glyphs import pdftotext
    cli("init")
    for args in (("--nickname", "Umm Ahmed"), ("--alias", "Umm Khalil"),
                 ("--given", "Nadia", "--nickname", "Umm Saeed")):
        assert cli("person", "add", *args, "--sex", "F", "--status", "missing").returncode == 0
    out = tmp_path / "summary.pdf"
    assert cli("summary", "-o", str(out), "--profile", "internal", "--lang", "en").returncode == 0
    said = pdftotext(out.read_bytes())
    assert "known as Umm Ahmed" in said and "known as Umm Khalil" in said
    assert "Umm Saeed" not in said  # she has a name: it is printed, her nickname is not
