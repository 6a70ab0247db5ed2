"""A held sister named beside the freed woman's own names: her father's name is the sister's
too ("Layla Khalil, sister of Nadia"), and her given name may be an everyday word elsewhere
(Bahar, زهرة, سلوى) without a kinship word beside it. The report, her own field and an
operation's outcome that tell where the sister is are kept back from a court or family paper.
A real vault through the command line, the PDFs read with pdftotext and every stream."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.report_vault import decoded_text
from tests.test_papers_keep_back_an_operation_that_freed_one_while_another_it_named_is_held import (  # noqa: E501
    _ok,
    _paper,
)


@pytest.fixture
@built_once
def shared_father(cli):
    """Nadia Khalil (SNJ-1) freed; Layla Khalil (SNJ-2) still held, not linked to her."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalil", "--sex", "F",
        "--abducted", "2014-08-03", "--status", "rescued", "--status-date", "2017",
        "--sharing", "court")
    _ok(cli, "person", "add", "--given", "Layla", "--father", "Khalil", "--sex", "F",
        "--abducted", "2014-08-03")
    for text in ("Layla Khalil, the sister of Nadia, is still held by Abu Omar WHEREONE",
                 "Layla Khalil sister of Nadia is kept in the house of Abu Omar WHERETWO",
                 "ليلى خليل أخت نادية محتجزة عند أبو عمر في تلعفر WHERETHREE",
                 "She was seen in the Mosul market NEUTRAL"):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--cannot-identify-source",
            "--received", "2016", "--text", text)
    _ok(cli, "person", "edit", "SNJ-1", "--circumstances",
        "Taken from Kocho with Layla Khalil, sister of Nadia, held by Abu Omar CIRCUMSTANCES")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2017-05-02", "--from-place",
        "Tal Afar HOUSE", "--status", "rescued", "--outcome",
        "Nadia freed; Layla Khalil, sister of Nadia, was moved to Deir ez-Zor OUTCOME")
    return cli


def test_her_fathers_name_still_names_her_held_sister(shared_father, tmp_path):
    court = decoded_text(_paper(shared_father, tmp_path, "dossier", "SNJ-1", "--profile",
                                "court"))
    assert [w for w in ("WHEREONE", "WHERETWO", "WHERETHREE", "CIRCUMSTANCES", "OUTCOME",
                        "DeirezZor") if w in court.replace(" ", "")] == []
    assert "NEUTRAL" in court
    rescue = decoded_text(_paper(shared_father, tmp_path, "rescue-report", "1", "--profile",
                                 "court", "--for", "SNJ-1"))
    assert "OUTCOME" not in rescue and "Deir" not in rescue


@pytest.fixture
@built_once
def sisters(cli):
    """Nadia Khalil (SNJ-1) freed; her sisters Bahar, Zahra and Salwa Khalil still held."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--given", "نادية", "--father", "Khalil",
        "--father", "خليل", "--sex", "F", "--abducted", "2014-08-03", "--status", "rescued",
        "--status-date", "2017", "--sharing", "court")
    for latin, arabic in (("Bahar", "بهار"), ("Zahra", "زهرة"), ("Salwa", "سلوى")):
        _ok(cli, "person", "add", "--given", latin, "--given", arabic, "--father", "Khalil",
            "--father", "خليل", "--sex", "F", "--abducted", "2014-08-03")
    for n in (2, 3, 4):
        _ok(cli, "relative", "SNJ-1", "sister", f"SNJ-{n}")
    for text in ("Nadia was freed in 2017. Bahar is still held by Abu Omar in Tal Afar BAHARONE",
                 "The two sisters were sold together; Bahar stayed with Abu Omar BAHARTWO",
                 "زهرة ما زالت محتجزة عند أبو عمر في تلعفر قرب الصوامع ZAHRA",
                 "أما سلوى فقد نقلها أبو عمر إلى دير الزور SALWA",
                 "في صباح يوم ١٥ آب شوهدت نادية في سوق الموصل MORNING"):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--cannot-identify-source",
            "--received", "2016", "--text", text)
    return cli


def test_a_held_sisters_given_name_alone_names_her_though_it_is_a_word(sisters, tmp_path):
    court = decoded_text(_paper(sisters, tmp_path, "dossier", "SNJ-1", "--profile", "court"))
    shown = [w for w in ("BAHARONE", "BAHARTWO", "ZAHRA", "SALWA", "MORNING") if w in court]
    # "in the morning of" is the word, not a sister
    assert shown == ["MORNING"]
