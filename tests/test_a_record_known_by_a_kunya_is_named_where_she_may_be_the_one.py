"""A record with no part of her name, only a kunya (أم سعيد), is named by it, marked as what she is
known as ("known as أم سعيد", as `duplicates` says it), where she is offered as the person a row
or a new record may be: `review N`'s vault card, `person add`'s note of similar records, and
`person list`'s name columns (which showed the kunya bare, as if her given name). Her card named
no one and the note a blank name. docs/JSON.md gives `known_as` its own row."""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.review import card_text, person_card

DOC = Path(__file__).resolve().parent.parent / "docs" / "JSON.md"


def _vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for nick in (("--nickname", "أم سعيد"), ("--nickname", "Umm Khalil")):
        out = cli("person", "add", *nick, "--sex", "F", "--village", "Kocho",
                  "--born", "1990-08-03", "--mother", "عمشة")
        assert out.returncode == 0, out.stderr
    return cli


def test_a_card_of_a_kunya_alone_names_her_by_it():
    p = Person(names={NamePart.NICKNAME: NameText("أم سعيد", "")}, sex=Sex.FEMALE,
               origin_village="Kocho")
    p.case_no = "SNJ-00009"
    assert card_text(person_card(p)) == "SNJ-00009 known as أم سعيد | sex: F | village: Kocho"
    words = card_text(person_card(p), known=lambda k, sex: f"<{k} {sex}>")
    assert words.startswith("SNJ-00009 <أم سعيد F> |"), words


def test_review_names_the_vault_record_by_her_kunya(cli, tmp_path):
    vault = _vault(cli)
    rows = tmp_path / "list.csv"
    rows.write_text("nickname,mother,village,sex,born\nأم سعيد,عمشة,Kocho,F,1990-08-03\n",
                    encoding="utf-8")
    assert vault("import", str(rows)).returncode == 0
    out = vault("review", "1")
    assert out.returncode == 0, out.stderr
    assert "      vault: SNJ-00001 known as أم سعيد | sex: F |" in out.stdout, out.stdout


def test_person_add_names_a_similar_record_by_her_kunya(cli):
    vault = _vault(cli)
    out = vault("person", "add", "--nickname", "ام سعيد", "--sex", "F", "--village", "Kocho",
                "--born", "1990-08-03", "--mother", "عمشة")
    assert out.returncode == 0, out.stderr
    assert re.search(r"^  \d\.\d\d  SNJ-00001  known as أم سعيد  \(", out.stderr, re.M), out.stderr


def test_person_list_marks_a_kunya_in_its_name_columns(cli):
    vault = _vault(cli)
    lines = vault("person", "list").stdout.splitlines()
    assert lines[:2] == ["SNJ-00001\tunknown\tF\tKocho\tknown as أم سعيد\t",
                         "SNJ-00002\tunknown\tF\tKocho\t\tknown as Umm Khalil"], lines


def test_the_json_page_gives_a_candidates_known_as_its_row():
    text = DOC.read_text(encoding="utf-8")
    match = text.split("\n## match\n", 1)[1].split("\n## ", 1)[0]
    assert re.search(r"^\| `\[\]\.candidates\[\]\.known_as` \| string \|", match, re.M)
    added = text.split("\n## person add\n", 1)[1].split("\n## ", 1)[0]
    similar = re.search(r"^\| `similar` \|.*$", added, re.M)[0]
    assert "known_as" in similar, similar
