"""A merge keeps the merged record's spellings of her father's, grandfather's and clan's names
inside her whole name as that record writes it, never as the word alone (her dossier listed
"Other spellings: Sharki, Neif, Ahmed, Beshar", and a search for her father found her by
"alias: Khalil; alias: Ali"); her own name's other spelling is her alias; split gives it all
back. Real vaults through the command line, the dossier read with pdftotext."""

from __future__ import annotations

import json

import pytest

from app.domain.person import NamePart, Person, Sex
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

# One woman on two lists: Arabic and Sorani letters, two Latin spellings of every name.
KEPT = {"given": ("ڤيان", "Vian"), "father": ("خليل", "Khalil"), "grandfather": ("علي", "Ali"),
        "family": ("شرقي", "Sharqi"), "mother": ("نسرين", "Nisreen")}
OTHER = {"given": ("ڤیان", "Viyan"), "father": ("خەلیل", "Khaleel"),
         "grandfather": ("عەلی", "Alee"), "family": ("شەرقی", "Şarqi"),
         "mother": ("نەسرین", "Nisrin")}
HER_ALIASES = ["Viyan", "Viyan Khaleel Alee Şarqi", "ڤیان خەلیل عەلی شەرقی"]


def _add(cli, names: dict, *more: str) -> str:
    args = [a for part, texts in names.items() for t in texts for a in (f"--{part}", t)]
    r = cli("--json", "person", "add", *args, "--sex", "F", "--village", "Tel Qasab", *more)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


@pytest.fixture
@built_once
def merged(cli):
    """(kept, merged): her two records, the second merged into the first."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    kept = _add(cli, KEPT, "--status", "missing", "--status-date", "03/08/2014")
    other = _add(cli, OTHER, "--born", "about 1998")
    r = cli("merge", kept, other)
    assert r.returncode == 0, r.stderr
    return kept, other


def _found(cli, *query: str) -> list[dict]:
    r = cli("--json", "search", *query)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_her_own_names_other_spelling_is_her_alias_her_relatives_only_inside_her_whole_name(
        cli, merged):
    kept, _ = merged
    shown = json.loads(cli("--json", "person", "show", kept).stdout)
    assert shown["aliases"] == HER_ALIASES
    # her record's own spellings stay, her mother's too: the other's Nisrin is no name of hers
    assert {part: (n["original"], n["latin"]) for part, n in shown["names"].items()} == KEPT
    line = next(x for x in cli("person", "show", kept).stdout.splitlines() if "aliases" in x)
    assert line.split(None, 1)[1] == " | ".join(HER_ALIASES)


def test_her_fathers_name_finds_her_by_her_whole_name_not_by_an_alias_of_his(cli, merged):
    kept, _ = merged
    for query in (("Khaleel", "Alee", "Şarqi"), ("خەلیل", "عەلی", "شەرقی")):
        first = _found(cli, *query)[0]
        assert first["case_no"] == kept  # still found by the merged record's spelling of it
        said = [(m["part"], m["text"]) for m in first["matched_names"]]
        assert [text for part, text in said if part == "alias"] in (
            [], ["Viyan Khaleel Alee Şarqi"], ["ڤیان خەلیل عەلی شەرقی"]), said


def test_the_dossier_lists_her_whole_name_as_another_spelling_never_her_fathers_alone(
        cli, merged, tmp_path):
    kept, _ = merged
    assert cli("person", "sharing", "court", kept).returncode == 0  # a court may receive it
    out = tmp_path / "court.pdf"
    r = cli("dossier", kept, "-o", str(out), "--profile", "court", "--lang", "en")
    assert r.returncode == 0, r.stderr
    lines = [" ".join(x.split()) for x in pdftotext(out.read_bytes(), "-layout").splitlines()]
    spellings = [x.removeprefix("Other spellings ") for x in lines
                 if x.startswith("Other spellings")]
    assert spellings == HER_ALIASES  # the Sorani خەلیل only inside her name written whole


def test_split_gives_back_every_spelling_the_merge_brought(cli, merged):
    kept, other = merged
    assert json.loads(cli("--json", "person", "show", kept).stdout)["aliases"] == HER_ALIASES
    r = cli("split", other)
    assert r.returncode == 0, r.stderr
    assert json.loads(cli("--json", "person", "show", kept).stdout)["aliases"] == []
    back = json.loads(cli("--json", "person", "show", other).stdout)
    assert {part: (n["original"], n["latin"]) for part, n in back["names"].items()} == OTHER
    assert _found(cli, "Viyan", "Khaleel", "Alee")[0]["case_no"] == other


def _person(session, sex=Sex.FEMALE, **names: tuple[str, str]) -> Person:
    p = Person(sex=sex, origin_village="Tel Qasab")
    for part, (original, latin) in names.items():
        p.name(NamePart(part)).original, p.name(NamePart(part)).latin = original, latin
    return session.persons.create(p)


def test_another_clans_name_merged_is_kept_inside_her_whole_name(session):
    """A clan does not stop a merge (a branch's name, another list's word for it): the other
    record's clan stays findable, as her name written whole, not as a name of hers."""
    her = _person(session, given=("ڤيان", "Vian"), father=("خليل", "Khalil"),
                  family=("شرقي", "Sharqi"))
    other = _person(session, given=("ڤيان", "Vian"), father=("خليل", "Khalil"),
                    family=("حسكاني", "Haskani"))
    kept = session.matching.merge(her.case_no, other.case_no).kept
    assert kept.aliases == ["Vian Khalil Haskani", "ڤيان خليل حسكاني"]
    assert kept.names[NamePart.FAMILY].latin == "Sharqi"
    session.matching.split(other.case_no)
    assert session.persons.get(her.case_no).aliases == []


def test_another_fathers_name_merged_despite_it_is_not_written_beside_hers(session):
    """Merged across a contradiction, the other record's Khalaf was put in her blank Latin
    slot beside her Arabic الياس: her record named two fathers as one."""
    her = _person(session, given=("نادية", "Nadia"), father=("الياس", ""))
    other = _person(session, given=("", "Nadia"), father=("", "Khalaf"))
    kept = session.matching.merge(her.case_no, other.case_no, despite_contradiction=True).kept
    assert kept.names[NamePart.FATHER].latin == ""
    assert kept.aliases == ["Nadia Khalaf"]
    session.matching.split(other.case_no)
    back = session.persons.get(her.case_no)
    assert back.aliases == [] and back.names[NamePart.FATHER].original == "الياس"
