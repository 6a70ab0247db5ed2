"""A report filed under a freed woman whose text names another woman still held ("her sister
Layla is still held in the house of Abu Omar in Tal Afar") printed in full on the freed
woman's court dossier: only the persons a report is filed under were checked. Its text is read
for the names of those still held, as the matcher reads names (any stored spelling, either
script): by given name and father's name, or a relative's given name alone; a common given name
alone holds nothing back. A real vault through the command line, the PDFs read with pdftotext
and every stream of the file."""

from __future__ import annotations

import json

import pytest

from app.reports.labels import label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext
from tests.report_vault import decoded_text

# the texts that tell where someone still held is: on the team's papers only
WHEREABOUTS = ("LAYLAWHERE", "RANAWHERE", "ARABICWHERE")
# the texts that name no one still held, or only a given name anyone may bear: printed
PRINTED = ("COMMONNAME", "SELFNAMED", "FREEDNAMED")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def vault(cli):
    """Nadia Murad (SNJ-1) freed; her sister Layla Murad (SNJ-2) and Rana Khalil (SNJ-3, no
    relative of hers) still held; Vian Khalil (SNJ-4) freed. Every report is filed under Nadia
    alone, observed after they were taken."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, father, status in ((("نادية", "Nadia"), ("مراد", "Murad"), "rescued"),
                                  (("ليلى", "Layla"), ("مراد", "Murad"), "missing"),
                                  (("رنا", "Rana"), ("خليل", "Khalil"), "located"),
                                  (("فيان", "Vian"), ("خليل", "Khalil"), "rescued")):
        _ok(cli, "person", "add", "--given", given[0], "--given", given[1], "--father",
            father[0], "--father", father[1], "--sex", "F", "--village", "Kocho",
            "--abducted", "2014-08-15", "--sharing", "court", "--status", status,
            "--status-date", "2016-06")
    _ok(cli, "relative", "SNJ-1", "sibling", "SNJ-2")
    for text in ("her sister Layla is still held in the house of Abu Omar LAYLAWHERE",
                 "Raana, daughter of Khaleel, is kept in Hay al-Mashlab. RANAWHERE",
                 "شوهدت رنا خليل في بيت أبو علي ARABICWHERE",
                 "a girl called Rana was seen with her in Mosul COMMONNAME",
                 "Nadia Murad was handed over in Duhok SELFNAMED",
                 "Vian Khalil was with her there FREEDNAMED"):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--cannot-identify-source", "--source",
            "R-21", "--observed", "2016-05-01", "--text", text)
    return cli


def _paper(cli, tmp_path, *args) -> tuple[bytes, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return out.read_bytes(), r.stdout


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_freed_womans_court_dossier_keeps_back_reports_whose_text_names_one_still_held(
        vault, tmp_path, lang):
    pdf, out = _paper(vault, tmp_path, "dossier", "SNJ-1", "--profile", "court", "--lang", lang)
    everything = decoded_text(pdf)
    assert [w for w in WHEREABOUTS if w in everything] == []
    assert [w for w in PRINTED if w in everything] == list(PRINTED)
    # said on the paper, counted, naming no one
    text = " ".join(pdftotext(pdf, "-layout").split())
    words = label("held_reports_naming_others", lang).format(count="3").split()
    bare = str.maketrans("", "", ".,،:;()")
    assert all(w.translate(bare) in text.translate(bare) for w in words)
    if lang == "en":
        said = " ".join(out.split())
        assert "3 reports whose text name SNJ-00002, SNJ-00003, still held" in said


def test_the_export_says_what_it_kept_back_and_the_teams_paper_keeps_it_all(vault, tmp_path):
    _paper(vault, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    entries = json.loads(vault("--json", "audit", "log", "--limit", "3").stdout)
    detail = [e for e in entries if e["action"] == "export.dossier"][-1]["detail"]
    assert detail["withheld_for_others_held"]["reports_naming_them"] == 3
    pdf, out = _paper(vault, tmp_path, "dossier", "SNJ-1", "--profile", "internal")
    everything = decoded_text(pdf)
    assert all(w in everything for w in WHEREABOUTS) and "still held" not in out


def test_once_they_are_freed_the_court_reads_the_reports(vault, tmp_path):
    for who in ("SNJ-2", "SNJ-3"):
        _ok(vault, "person", "status", who, "rescued", "--date", "2019-03")
    pdf, out = _paper(vault, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    everything = decoded_text(pdf)
    assert all(w in everything for w in WHEREABOUTS) and "still held" not in out
