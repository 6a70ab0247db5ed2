"""A family's paper names that family's own, and no one it leaves out. A family summary for two
women who are not linked as relatives (directly or through another relative) is refused rather
than listing another family's daughter; a woman --for names whom the paper leaves out (her
sharing level) is counted, not named in its "Filters" line; and a family dossier does not carry
the numbers of the records merged into hers (the team's bookkeeping), as the team's and a
court's papers still do. Real vaults through the command line, PDFs read with pdftotext."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext


def _add(cli, *args: str) -> str:
    r = cli("--json", "person", "add", "--sex", "F", "--status", "missing", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _text(path) -> str:
    return " ".join(pdftotext(path.read_bytes(), "-layout").split())


@pytest.fixture
@built_once
def vault(cli):
    """Two sisters of one family (linked through their mother), a cousin of another family
    (Sorani names), and a woman of a third family whose sharing level is court."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    fam = ("--sharing", "family")
    sisters = (_add(cli, "--given", "نادية", "--given", "Nadiya", "--father", "Murad", *fam),
               _add(cli, "--given", "Dilal", "--father", "Murad", *fam))
    mother = _add(cli, "--given", "Şemê", "--father", "Xidir", *fam)
    other = _add(cli, "--given", "ڤیان", "--father", "داخل", *fam)
    court = _add(cli, "--given", "Gulê", "--father", "Xelef", "--sharing", "court")
    for s in sisters:
        _ok(cli, "relative", s, "mother", mother)
    return {"sisters": sisters, "mother": mother, "other": other, "court": court}


def _summary(cli, tmp_path, *for_persons: str, profile: str = "family"):
    out = tmp_path / f"s-{len(list(tmp_path.iterdir()))}.pdf"
    args = [x for c in for_persons for x in ("--for", c)]
    return cli("summary", "--profile", profile, *args, "-o", str(out)), out


def test_a_family_summary_of_two_families_is_refused(cli, vault, tmp_path):
    a = vault["sisters"][0]
    r, out = _summary(cli, tmp_path, a, vault["other"])
    assert r.returncode != 0
    assert "not linked as relatives" in r.stderr and a in r.stderr and vault["other"] in r.stderr
    assert f"casekeeper relative {a} sibling {vault['other']}" in r.stderr
    assert not out.exists()


def test_a_link_of_relation_other_is_not_a_family(cli, vault, tmp_path):
    _ok(cli, "relative", vault["sisters"][0], "other", vault["other"])
    r, out = _summary(cli, tmp_path, vault["sisters"][0], vault["other"])
    assert r.returncode != 0 and "not linked as relatives" in r.stderr and not out.exists()


def test_sisters_linked_through_their_mother_are_one_family(cli, vault, tmp_path):
    a, b = vault["sisters"]
    r, out = _summary(cli, tmp_path, a, b)
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert a in text and b in text and "Nadiya" in text and "Dilal" in text
    assert vault["other"] not in text


def test_other_profiles_are_not_held_to_one_family(cli, vault, tmp_path):
    r, out = _summary(cli, tmp_path, vault["sisters"][0], vault["other"], profile="internal")
    assert r.returncode == 0, r.stderr
    assert vault["other"] in _text(out)


def test_the_filters_line_names_no_one_the_paper_leaves_out(cli, vault, tmp_path):
    a, court = vault["sisters"][0], vault["court"]
    _ok(cli, "relative", court, "sibling", a)  # one family, her level keeps her off its paper
    r, out = _summary(cli, tmp_path, court, a)
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert a in text and court not in text and "Gulê" not in text
    assert f"Persons named: {a}" in text
    r, out = _summary(cli, tmp_path, court, a, profile="internal")
    assert f"Persons named: {court}, {a}" in _text(out)  # the team's paper names both


def test_a_family_dossier_names_no_record_merged_into_hers(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    kept = _add(cli, "--given", "Salwa", "--father", "Khalaf", "--sharing", "family",
                "--status-date", "2014-08-03")
    merged = _add(cli, "--given", "سلوى", "--father", "خلف", "--sharing", "family")
    _ok(cli, "person", "status", merged, "located", "--date", "2016-02-01")
    _ok(cli, "merge", kept, merged)
    papers = {}
    for profile in ("internal", "court", "family"):
        out = tmp_path / f"{profile}.pdf"
        _ok(cli, "dossier", kept, "--profile", profile, "-o", str(out))
        papers[profile] = _text(out)
    for profile in ("internal", "court"):
        assert f"Records merged into this one: {merged}" in papers[profile], profile
    family = papers["family"]
    assert merged not in family and "Records merged" not in family and "Merged record" not in family
    assert "located" in family  # what came with the merged record is hers, and printed
