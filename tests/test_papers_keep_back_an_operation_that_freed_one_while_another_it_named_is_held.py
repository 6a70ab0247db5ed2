"""An operation that freed one sister and named another who is still held printed its date and
place on the freed sister's court dossier, and on the court's and her family's rescue reports:
only an operation that did not free anyone was kept back. Where and when it was is where and
when someone still held was sought, whatever it gave; one rule keeps it back (while_held.py).
A real vault through the command line, the PDFs read with pdftotext and every stream."""

from __future__ import annotations

import pytest

from app.reports.labels import label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext
from tests.report_vault import decoded_text

# where and when the operation was, and its outcome as typed
FACTS = ("TalAfarOPS", "2016-05-10", "bothwerefreed")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def sisters(cli):
    """Nadia (SNJ-1) and Layla (SNJ-2) freed by operation 1 on 2016-05-10; Layla since said
    to be in negotiation (taken again): still held."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Nadia", "Layla"):
        _ok(cli, "person", "add", "--given", given, "--father", "Murad", "--sex", "F",
            "--village", "Kocho", "--abducted", "2014-08-15", "--sharing", "family")
    _ok(cli, "relative", "SNJ-1", "sibling", "SNJ-2")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--date", "2016-05-10",
        "--from-place", "Tal Afar OPS", "--outcome", "both were freed", "--handover-point",
        "Duhok")
    _ok(cli, "person", "status", "SNJ-2", "in_negotiation", "--date", "2017-01")
    return cli


def _paper(cli, tmp_path, *args) -> bytes:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    _ok(cli, *args, "-o", str(out))
    return out.read_bytes()


def _said(pdf: bytes, lang: str, key: str) -> bool:
    text = " ".join(pdftotext(pdf, "-layout").split())
    bare = str.maketrans("", "", ".,،:;()")
    return all(w.translate(bare) in text.translate(bare) for w in label(key, lang).split())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_court_papers_keep_back_where_and_when_the_operation_was(sisters, tmp_path, lang):
    rescue = _paper(sisters, tmp_path, "rescue-report", "1", "--profile", "court", "--lang", lang)
    assert [f for f in FACTS if f in decoded_text(rescue)] == []
    assert _said(rescue, lang, "held_operation_withheld")
    dossier = _paper(sisters, tmp_path, "dossier", "SNJ-1", "--profile", "court", "--lang", lang)
    # (her timeline keeps the day she was freed: it is hers)
    assert [f for f in FACTS if f in decoded_text(dossier)] == ["2016-05-10"]
    assert _said(dossier, lang, "held_operation_withheld")


def test_her_familys_rescue_report_keeps_them_back_too_and_the_team_reads_all(sisters, tmp_path):
    family = _paper(sisters, tmp_path, "rescue-report", "1", "--for", "SNJ-1", "--profile",
                    "family")
    assert [f for f in FACTS if f in decoded_text(family)] == []
    assert _said(family, "en", "others_operation_withheld")
    team = _paper(sisters, tmp_path, "rescue-report", "1", "--profile", "internal")
    assert [f for f in FACTS if f in decoded_text(team)] == list(FACTS)
    # once Layla is freed again, the court reads where and when it was
    _ok(sisters, "person", "status", "SNJ-2", "rescued", "--date", "2018-02")
    rescue = _paper(sisters, tmp_path, "rescue-report", "1", "--profile", "court")
    assert [f for f in FACTS if f in decoded_text(rescue)] == list(FACTS)
