"""A report naming a woman still held as people write it reached a freed woman's court dossier:
"Khalil's daughter Layla", "Layla, the daughter of Khalil" (only her given name followed by her
father's was looked for), and "Khadeeja Ilyas" of a woman stored as خديجة الياس only (Ilyas and
الياس agree 0.898, under a raw bar of 0.93, though the matcher takes them for one name). Her
given and father's names a few words apart in either order, in one sentence, name her; across
scripts a word is her name where the matcher agrees the name part. A real vault through the
command line, the PDF read in every stream."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.report_vault import decoded_text
from tests.test_papers_keep_back_an_operation_that_freed_one_while_another_it_named_is_held import (  # noqa: E501
    _ok,
    _paper,
)

# each tells where a woman still held is: kept back
WHEREABOUTS = ("POSSWHERE", "THEWHERE", "BINTWHERE", "LATINWHERE", "APARTWHERE")
# a report naming no one held: printed
PRINTED = ("MARKETSEEN", "OTHERKHALIL")


@pytest.fixture
@built_once
def vault(cli):
    """Nadia Khalil (SNJ-1) freed; Layla Khalil (SNJ-2, no relative linked) and Khadija
    (SNJ-3, stored in Arabic script only: خديجة الياس) still held."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "نادية", "--given", "Nadia", "--father", "خليل",
        "--father", "Khalil", "--sex", "F", "--abducted", "2014-08-03", "--status", "rescued",
        "--status-date", "2017", "--sharing", "court")
    _ok(cli, "person", "add", "--given", "ليلى", "--given", "Layla", "--father", "خليل",
        "--father", "Khalil", "--sex", "F", "--abducted", "2014-08-03")
    _ok(cli, "person", "add", "--given", "خديجة", "--father", "الياس", "--sex", "F",
        "--abducted", "2014-08-03")
    for text in ("Khalil's daughter Layla is still held by Abu Omar POSSWHERE",
                 "Layla, the daughter of Khalil, is still held by Abu Omar THEWHERE",
                 "Layla bint Khalil is kept in Tal Afar BINTWHERE",
                 "Khadeeja Ilyas is still with Abu Omar LATINWHERE",
                 "Khalil said that Layla is in Tal Afar APARTWHERE",
                 "She was seen in the Mosul market MARKETSEEN",
                 "Layla was seen. Khalil the driver OTHERKHALIL"):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--cannot-identify-source",
            "--received", "2016", "--text", text)
    return cli


def test_her_court_dossier_keeps_back_every_report_naming_one_still_held(vault, tmp_path):
    pdf = _paper(vault, tmp_path, "dossier", "SNJ-1", "--profile", "court", "--lang", "en")
    everything = decoded_text(pdf)
    assert [w for w in WHEREABOUTS if w in everything] == []
    # a given name alone of no relative, or names in two sentences, hold nothing back
    assert [w for w in PRINTED if w in everything] == list(PRINTED)
