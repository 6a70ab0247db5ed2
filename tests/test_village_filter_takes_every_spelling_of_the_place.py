"""A filter that takes the village itself (search, summary, the desktop's village box) refused
spellings of the very place the vault writes as "could mean": the Arabic article dropped
(حاتمية for الحاتمية), words run together (تلقصب for تل قصب), a Kurmanji or English spelling
of a place the vault writes in Arabic letters or another Latin spelling (Til Qeseb, Hatimiya).
Each is taken; a merely similar name (Hardann, Kochoo) is still refused, saying why."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.village_filter import villages_chosen, villages_exact
from app.village_spelling import letters_more, spelt_alike

STORED = ("الحاتمية", "تل قصب", "Tel Qasab", "Hardan", "حردان", "Kocho", "Kochoo", "Gir Zerik")


@pytest.mark.parametrize("typed, meant", [
    ("حاتمية", {"الحاتمية"}),
    ("Hatimiya", {"الحاتمية"}),
    ("Al-Hatimiya", {"الحاتمية"}),
    ("تلقصب", {"تل قصب", "Tel Qasab"}),
    ("Til Qeseb", {"تل قصب", "Tel Qasab"}),
    ("Tel-Qasab", {"تل قصب", "Tel Qasab"}),
    ("Girzerik", {"Gir Zerik"}),
    ("Herdan", {"Hardan", "حردان"}),
])
def test_every_spelling_of_the_place_is_taken(typed, meant):
    exact, _like = villages_chosen(typed, STORED)
    assert set(exact) == meant


@pytest.mark.parametrize("typed, nearest, why", [
    ("Hardann", "Hardan", '"Hardann" has 1 letter(s) more than Hardan'),
    ("Kochoo", "Kocho", '"Kochoo" has 1 letter(s) more than Kocho'),
])
def test_a_similar_name_is_refused_saying_why(typed, nearest, why):
    stored = [v for v in STORED if v != typed]
    assert villages_exact(typed, stored) == ()
    with pytest.raises(ValidationError) as refused:
        villages_chosen(typed, stored)
    said = str(refused.value)
    assert f"it could mean {nearest}" in said and why in said, said
    assert "a similar name, not a spelling" in said


def test_what_counts_as_a_spelling():
    assert spelt_alike("Til Qeseb", "تل قصب") and spelt_alike("حاتمية", "الحاتمية")
    assert not spelt_alike("Hardann", "حردان") and not spelt_alike("Hardann", "Hardan")
    assert letters_more("Hardann", "حردان") == 1 and letters_more("Hardan", "Hardann") == -1
