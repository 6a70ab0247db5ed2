"""False holds on a freed woman's court dossier: reports call her by her given name alone
beside her captors' and drivers' names ("Ali brought Nadia", "Abu Hassan kept Nadia"), which
named any held Nadia Ali or Nadia Hassan; her own "Held by" field was withheld so; Arabic
function words read as names across scripts (إلى as Ali), a Latin word as one (silo, سلوى);
a captor's name with his tribe (Ali Hassan al-Jubouri) read as a held boy Ali Hassan.
Her given name in a text about her is hers, unless written as another's name (given then a
father not hers, side by side). A real vault through the command line, the PDFs read with
pdftotext and every stream."""

from __future__ import annotations

import pytest

from tests.report_vault import decoded_text
from tests.test_papers_keep_back_an_operation_that_freed_one_while_another_it_named_is_held import (  # noqa: E501
    _ok,
    _paper,
)

_OWN = ("The smuggler Ali brought Nadia to Duhok on 12 May SMUGGLER",
        "Abu Hassan kept Nadia and two children in a house near the mosque KEPT",
        "The intermediary negotiated for Nadia with Abu Yousif NEGOTIATED",
        "Sabah Elias drove Nadia to the Syrian border DROVE",
        "نقل أبو أحمد نادية من الموصل إلى تلعفر MOVED",
        "Nadia lived near the silo in Sinjar SILO",
        "She was sold in Raqqa to a man called Ali Hassan al-Jubouri, an ISIS emir CAPTOR")


@pytest.fixture
def namesakes(cli):
    """Nadia Khalaf (SNJ-1) freed; unrelated Nadia Ali, Nadia Hassan, Nadia Elias and Nadia
    Yousif still held; her sister Salwa Khalaf (سلوى only) still held; a boy Ali Hassan still
    held."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--given", "نادية", "--father", "Khalaf",
        "--father", "خلف", "--sex", "F", "--abducted", "2014-08-03", "--status", "rescued",
        "--status-date", "2017", "--sharing", "court")
    for latin, arabic in (("Ali", "علي"), ("Hassan", "حسن"), ("Elias", "الياس"),
                          ("Yousif", "يوسف")):
        _ok(cli, "person", "add", "--given", "Nadia", "--given", "نادية", "--father", latin,
            "--father", arabic, "--sex", "F", "--village", "Hardan", "--abducted",
            "2014-08-15")
    _ok(cli, "person", "add", "--given", "سلوى", "--father", "خلف", "--sex", "F",
        "--abducted", "2014-08-03")
    _ok(cli, "relative", "SNJ-1", "sister", "SNJ-6")
    _ok(cli, "person", "add", "--given", "Ali", "--given", "علي", "--father", "Hassan",
        "--father", "حسن", "--sex", "M", "--abducted", "2014-08-03")
    for text in (*_OWN, "Nadia Hassan is still held in Raqqa NAMESAKE",
                 "Ali Hassan is still held in Mosul BOY"):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--cannot-identify-source",
            "--received", "2017", "--text", text)
    _ok(cli, "person", "edit", "SNJ-1", "--held-by", "Abu Hassan, who bought Nadia in Raqqa HELDBY")
    return cli


def test_her_own_given_name_beside_a_mans_names_no_held_namesake(namesakes, tmp_path):
    court = decoded_text(_paper(namesakes, tmp_path, "dossier", "SNJ-1", "--profile", "court"))
    tags = [t.split()[-1] for t in _OWN] + ["HELDBY"]
    assert [t for t in tags if t not in court] == []
    # another Nadia written as a name, given then a father not hers, is still kept back
    assert "NAMESAKE" not in court and "BOY" not in court
