"""A known town quarter named like a woman ("Mosul, Hay al-Zahra", "الموصل، حي الزهراء") is a
place, not a held sister Zahra: a freed woman's own rescue from Hay al-Zahra was printed on her
family's and a court's papers without its date, place and outcome. Beside it, a given name and
her father's, or her name apart from the quarter's, still name her; a quarter the table lacks
is read as any place typed. A real vault through the command line, the PDFs read with
pdftotext."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.cli_helpers import ok
from tests.pdf_glyphs import pdftotext

# a report's Place each, printed on a freed Nadia's court dossier: quarters' names only
QUARTERS = ("Mosul, Hay al-Zahra ZZQ1", "الموصل، حي الزهراء ZZQ2", "Mosul, Hay al-Zahraa ZZQ3",
            "بحي الزهراء في الموصل ZZQ4", "موسڵ، حي الزهراء ZZQ5", "Mosul, Hay Al Zahra ZZQ6")
# ... and still naming her sister Zahra Khalil, held: kept back
NAMING = ("Mosul, Hay al-Zahra Zahra Khalil ZZN1", "Raqqa, the same quarter as Zahra ZZN2",
          "Mosul, Hay al-Zahra, with her sister Zahra ZZN3", "kept at Zahra quarter ZZN4",
          "حي الزهراء عند زهرة ZZN5", "Raqqa Hay al Badu with Zahra ZZN6",
          "Mûsil, taxa Zahra ZZN7")


def _report(cli, n, place):
    ok(cli, "report", "add", "--person", "SNJ-1", "--source", f"S-{n}", "--credibility", "2",
       "--received", f"2017-01-{n:02d}", "--cannot-identify-source",
       "--text", f"seen in good health ZZTEXT{n}", "--place", place)


@pytest.fixture
@built_once
def sisters(cli):
    """Nadia Khalil (SNJ-1) freed, taken from and freed in Mosul's Hay al-Zahra; her sister
    Zahra Khalil (SNJ-2) still held. Operation 1 freed Nadia from Hay al-Zahra in Latin
    letters, 2 in Arabic; 3 from a place naming Zahra Khalil beside the quarter."""
    ok(cli, "init", "--prefix", "SNJ")
    ok(cli, "person", "add", "--given", "Nadia", "--given", "نادية", "--father", "Khalil",
       "--father", "خليل", "--sex", "F", "--village", "Kocho", "--abducted", "2014-08-03",
       "--abduction-place", "الموصل، حي الزهراء ZZABD", "--status", "rescued",
       "--status-date", "2016", "--sharing", "public")
    ok(cli, "person", "add", "--given", "Zahra", "--given", "زهرة", "--father", "Khalil",
       "--father", "خليل", "--sex", "F", "--village", "Kocho", "--abducted", "2014-08-03",
       "--status", "missing", "--sharing", "public")
    ok(cli, "relative", "SNJ-1", "sibling", "SNJ-2")
    ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-01", "--from-place",
       "Mosul, Hay al-Zahra ZZFROM1", "--outcome", "freed ZZOUT1")
    ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-02", "--from-place",
       "الموصل، حي الزهراء ZZFROM2", "--outcome", "freed ZZOUT2")
    ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-03", "--from-place",
       "Mosul, Hay al-Zahra Zahra Khalil ZZFROM3", "--outcome", "freed ZZOUT3")
    for n, place in enumerate((*QUARTERS, *NAMING), 1):
        _report(cli, n, place)
    return cli


def _paper(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = ok(cli, *args, "-o", str(out))
    return " ".join(pdftotext(out.read_bytes()).split()), " ".join((r.stdout + r.stderr).split())


@pytest.mark.parametrize("profile", ["family", "court"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_rescue_from_a_quarter_named_like_her_held_sister_prints(sisters, tmp_path,
                                                                     profile, lang):
    text, said = _paper(sisters, tmp_path, "dossier", "SNJ-1", "--profile", profile,
                        "--lang", lang)
    for word in ("ZZFROM1", "ZZOUT1", "ZZFROM2", "ZZOUT2", "ZZABD"):
        assert word in text, (profile, lang, word)
    # the rescue whose place names Zahra Khalil beside the quarter keeps its facts back
    assert "ZZFROM3" not in text and "ZZOUT3" not in text
    assert "1 operation that names SNJ-00002" in said, said


def test_a_report_place_in_a_quarter_prints_and_one_naming_her_sister_does_not(sisters,
                                                                              tmp_path):
    text, said = _paper(sisters, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    for n in range(1, len(QUARTERS) + 1):
        assert f"ZZQ{n}" in text, QUARTERS[n - 1]
    for n in range(1, len(NAMING) + 1):
        assert f"ZZN{n}" not in text, NAMING[n - 1]
    assert f"the Place of {len(NAMING)} reports" in said, said


def test_the_court_rescue_report_of_her_rescue_from_the_quarter_prints_its_facts(sisters,
                                                                                  tmp_path):
    for op, date in (("1", "2016-05-01"), ("2", "2016-05-02")):
        text, said = _paper(sisters, tmp_path, "rescue-report", op, "--profile", "court")
        assert f"ZZFROM{op}" in text and date in text and f"ZZOUT{op}" in text, said
    text, _ = _paper(sisters, tmp_path, "rescue-report", "3", "--profile", "court")
    assert "ZZFROM3" not in text and "2016-05-03" not in text
