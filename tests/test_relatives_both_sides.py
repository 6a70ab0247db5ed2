"""A relative link is seen from both persons it joins, the relation turned the right way round:
`relative A sibling B` is her sister on A's page and on B's, in `person show` and the dossier."""

from __future__ import annotations

import json

from tests.pdf_glyphs import pdftotext


def added(cli, given: str, sex: str = "F") -> str:
    # on every paper: these tests are of which relatives each paper names
    r = cli("--json", "person", "add", "--given", given, "--sex", sex, "--sharing", "public")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def relatives(cli, case_no: str) -> list[dict]:
    r = cli("--json", "person", "show", case_no)
    assert r.returncode == 0, r.stderr
    # which of her records each came from is pinned in test_merged_records_kept.py
    return [{k: v for k, v in rel.items() if k != "from_case_no"}
            for rel in json.loads(r.stdout)["relatives"]]


def test_a_sibling_linked_from_one_side_is_a_sibling_from_the_other(cli):
    cli("init")
    nadia, layla = added(cli, "Nadia"), added(cli, "Layla")
    assert cli("relative", nadia, "sibling", layla, "--note", "same mother").returncode == 0
    assert relatives(cli, nadia) == [{"relation": "sibling", "case_no": layla,
                                      "note": "same mother"}]
    assert relatives(cli, layla) == [{"relation": "sibling", "case_no": nadia,
                                      "note": "same mother"}]
    assert f"relative     sibling: {nadia}  same mother" in cli("person", "show", layla).stdout


def test_her_mother_sees_her_as_her_child(cli):
    cli("init")
    nadia, gule = added(cli, "Nadia"), added(cli, "Gule")
    cli("relative", nadia, "mother", gule)           # Gule is Nadia's mother
    assert relatives(cli, nadia)[0]["relation"] == "mother"
    assert relatives(cli, gule) == [{"relation": "child", "case_no": nadia, "note": ""}]
    khidir = added(cli, "Khidir", "M")
    cli("relative", nadia, "father", khidir)
    assert relatives(cli, khidir) == [{"relation": "child", "case_no": nadia, "note": ""}]


def test_her_child_sees_her_as_mother_or_father_by_her_sex(cli):
    """The turned relation of 'child' is the linking person's: mother, father, or parent when
    the vault does not know her sex (never a guessed mother)."""
    cli("init")
    mother, father, unknown = added(cli, "Gule"), added(cli, "Elias", "M"), added(cli, "X", "U")
    kids = [added(cli, f"Kid{n}") for n in range(4)]
    cli("relative", mother, "child", kids[0])
    cli("relative", father, "child", kids[1])
    cli("relative", unknown, "child", kids[2])
    cli("relative", mother, "child_born_in_captivity", kids[3])
    assert relatives(cli, kids[0]) == [{"relation": "mother", "case_no": mother, "note": ""}]
    assert relatives(cli, kids[1]) == [{"relation": "father", "case_no": father, "note": ""}]
    assert relatives(cli, kids[2]) == [{"relation": "parent", "case_no": unknown, "note": ""}]
    assert relatives(cli, kids[3]) == [{"relation": "mother", "case_no": mother, "note": ""}]
    assert [r["relation"] for r in relatives(cli, mother)] == ["child", "child_born_in_captivity"]


def test_a_link_made_from_both_sides_is_listed_once(cli):
    cli("init")
    nadia, layla = added(cli, "Nadia"), added(cli, "Layla")
    cli("relative", nadia, "sibling", layla)
    assert cli("relative", layla, "sibling", nadia).returncode == 0
    assert relatives(cli, nadia) == [{"relation": "sibling", "case_no": layla, "note": ""}]
    assert relatives(cli, layla) == [{"relation": "sibling", "case_no": nadia, "note": ""}]


def test_her_dossier_names_the_relative_who_was_linked_to_her(cli, tmp_path):
    cli("init")
    nadia, layla = added(cli, "Nadia"), added(cli, "Layla")
    cli("relative", nadia, "sibling", layla)
    out = tmp_path / "layla.pdf"
    r = cli("dossier", layla, "-o", str(out), "--profile", "family")
    assert r.returncode == 0, r.stderr
    text = pdftotext(out.read_bytes())
    assert "Relatives" in text and nadia in text and "Nadia" in text and "sister" in text


def test_every_relation_has_its_printed_words_in_each_language():
    from app.domain.records import Relation
    from app.reports.labels import LANGUAGES, label
    for relation in Relation:
        for lang in LANGUAGES:
            assert label(f"relation_{relation.value}", lang), (relation, lang)


def test_a_family_paper_names_only_the_relatives_her_own_record_names(cli, tmp_path):
    """A child born in captivity recorded on the child's record (as his mother's son), and a
    woman held with her, reached her family's dossier once links were read from both sides.
    Her sister, linked from either record, is printed; her page and an internal dossier show
    them all."""
    cli("init")
    layla, ahmad, amira = added(cli, "Layla"), added(cli, "Ahmad", "M"), added(cli, "Amira")
    sister = added(cli, "Jiyan")
    assert cli("relative", ahmad, "mother", layla).returncode == 0
    assert cli("relative", amira, "other", layla, "--note", "held together").returncode == 0
    assert cli("relative", layla, "sibling", sister).returncode == 0
    assert cli("relative", layla, "other", amira).returncode == 0  # her own record, an "other"

    def dossier(profile: str) -> str:
        out = tmp_path / f"{profile}.pdf"
        r = cli("dossier", layla, "-o", str(out), "--profile", profile, "--lang", "en")
        assert r.returncode == 0, r.stderr
        return " ".join(pdftotext(out.read_bytes()).split())

    family = dossier("family")
    assert sister in family and ahmad not in family and amira not in family
    internal = dossier("internal")
    assert sister in internal and ahmad in internal and amira in internal
    assert {r["case_no"] for r in relatives(cli, layla)} == {ahmad, amira, sister}


def test_a_link_the_two_records_cannot_both_be_true_of_is_refused(cli):
    """A woman linked as a father, a mother born after her daughter, a brother linked as a
    child too: each went onto court papers unchecked ("الأب SNJ-00014 هدية")."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for args in (("Samira", "F", "1995"), ("Hadiya", "F", "about 1970"), ("Khalid", "M", "2002")):
        assert cli("person", "add", "--given", args[0], "--sex", args[1],
                   "--born", args[2]).returncode == 0
    for argv, said in (
            (("SNJ-00001", "father", "SNJ-00002"), "SNJ-00002 is recorded as female"),
            (("SNJ-00001", "mother", "SNJ-00003"), "SNJ-00003 is recorded as male"),
            (("SNJ-00002", "mother", "SNJ-00001"), "would be the parent of SNJ-00002")):
        r = cli("relative", *argv)
        assert r.returncode == 2 and said in r.stderr, (argv, r.stderr)
    assert cli("relative", "SNJ-00001", "mother", "SNJ-00002").returncode == 0
    assert cli("relative", "SNJ-00002", "child", "SNJ-00001").returncode == 0  # the same fact
    assert cli("relative", "SNJ-00001", "sibling", "SNJ-00003").returncode == 0
    r = cli("relative", "SNJ-00001", "child", "SNJ-00003")
    assert r.returncode == 2 and "already SNJ-00001's sibling" in r.stderr
