"""A list's sex cell is never quoted bare, nor its reading said as a letter: a Kurmanji list's M
is mê (female) and N nêr (male). A court dossier quoted "Sex: M" of a woman (the court read that
the list calls her male), and a refusal said "list 'M'" of a row whose cell says N."""

from __future__ import annotations

import json

import pytest

from tests.pdf_glyphs import pdftotext
from tests.test_report_lists_said import _text

MARKS = "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"  # pdftotext's direction marks
KURMANJI = (["Nav", "Navê bav", "Navê bapîr", "Malbat", "Zayend", "Gund"],
            [["Nadia", "Khalaf", "Rasho", "Haskani", "M", "Kocho"],
             ["Khalida", "Elias", "Khudeda", "Mandkani", "N", "Kocho"]])


@pytest.fixture
def imported(cli, tmp_path):
    """Nadia and Khalida in the vault, both women; the Directorate's Kurmanji list names Nadia
    M (mê: she is read as a woman, a certain match) and Khalida N (nêr: read as a man, the row
    waits, contradicting her sex)."""
    from tests.import_helpers import write_csv

    assert cli("init").returncode == 0
    for names in (("Nadia", "Khalaf", "Rasho", "Haskani"),
                  ("Khalida", "Elias", "Khudeda", "Mandkani")):
        args = [a for flag, n in zip(("--given", "--father", "--grandfather", "--family"),
                                     names, strict=True) for a in (flag, n)]
        assert cli("person", "add", *args, "--sex", "F", "--village", "Kocho",
                   "--sharing", "court").returncode == 0  # a court may receive her record
    path = write_csv(tmp_path / "directorate.csv", *KURMANJI)
    out = cli("--json", "import", str(path), "--source", "Directorate Yazidi Affairs")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["outcomes"] == {"certain": 1, "probable": 1}
    return cli


@pytest.mark.parametrize("lang, said", [
    ("en", "Sex: M (read as female)"),
    ("ar", "الجنس: M (قُرئت على أنها أنثى)"),
    ("ckb", "ڕەگەز: M (وەک مێ خوێندرایەوە)"),
    ("kmr", "Zayend: M (wek mê hat xwendin)")])
def test_a_court_dossier_quotes_the_sex_cell_with_what_it_was_read_as(imported, tmp_path,
                                                                      lang, said):
    # her row went to her for certain; Khalida's waits: skipped, the list is imported
    assert imported("review", "1", "--row", "3", "--decide", "skip", "--commit").returncode == 0
    pdf = tmp_path / f"nadia-{lang}.pdf"
    out = imported("dossier", "SNJ-00001", "-o", str(pdf), "--profile", "court", "--lang", lang)
    assert out.returncode == 0, out.stderr
    text = _text(pdf.read_bytes())
    if lang in ("en", "kmr"):
        assert said in text, text
        return
    # right to left, pdftotext gives the line's punctuation in drawing order: its words then,
    # the Latin M among them, on the line of the sex's label
    label, reading = said.split(": M ")
    plain = "".join(ch for ch in pdftotext(pdf.read_bytes()) if ch not in MARKS)
    line = next(t for t in plain.splitlines() if t.startswith(label) and " M " in t)
    assert all(w in line for w in reading.strip("()").split()), line


def test_a_refused_update_quotes_the_cell_and_its_reading(imported):
    out = imported("review", "1", "--row", "3", "--decide", "update")
    assert out.returncode == 2
    assert "on sex (list 'N', read as male; vault female)" in out.stderr, out.stderr
    assert "'M'" not in out.stderr


def test_the_review_report_and_her_record_say_the_cell_and_its_reading(imported):
    waiting = imported("review", "1").stdout
    assert "Zayend: N (read as male)" in waiting
    done = imported("review", "1", "--row", "3", "--decide", "update",
                    "--despite-contradiction")
    assert done.returncode == 0, done.stderr
    # (the vault's sex was entered by hand: said where it came from)
    assert ("contradicts: sex: list 'N', read as male; vault female (entered by hand): kept "
            "the vault's sex, female; the list said 'N', read as male") in done.stdout
    report = imported("review", "1", "--commit").stdout
    assert "conflict row 3 (SNJ-00002): sex: vault keeps female, list says 'N', read as male" \
        in report
    assert "despite sex: kept the vault's sex, female; the list said 'N', read as male" in report
    shown = imported("person", "show", "SNJ-00002").stdout
    assert "Zayend: N (read as male)" in shown
    assert "list said   sex 'N', read as male (vault keeps female)" in shown
    assert "Zayend: M (read as female)" in imported("person", "show", "SNJ-00001").stdout


def test_a_conflict_noted_before_is_said_with_the_cell_its_row_kept(imported):
    """A vault committed by an earlier version noted {"list": "M"}, the letter N was read as:
    her page and the report quote the row's own cell, kept with the batch."""
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    assert imported("review", "1", "--row", "3", "--decide", "update",
                    "--despite-contradiction").returncode == 0
    assert imported("review", "1", "--commit").returncode == 0
    s = open_vault(imported.vault, PASSPHRASE)
    try:
        with s.db.transaction():
            (report,) = s.db.conn.execute("SELECT report_json FROM import_batches").fetchone()
            rep = json.loads(report)
            for c in rep["conflicts"]:
                if c["field"] == "sex":
                    c["list"] = c.pop("read_as")  # as an earlier version stored it
            s.db.conn.execute("UPDATE import_batches SET report_json = ?",
                              (json.dumps(rep, ensure_ascii=False),))
    finally:
        s.close()
    assert "list said   sex 'N', read as male (vault keeps female)" in imported(
        "person", "show", "SNJ-00002").stdout
    assert "sex: vault keeps female, list says 'N', read as male" in imported(
        "review", "1", "--report").stdout
