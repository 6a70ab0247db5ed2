"""A currency's name is read as people write it in Arabic, Sorani and Kurmanji, not only in the
forms listed: with the article (الدولار, الدينار العراقي, اليورو), with words saying whose it is
in any spelling (دولار أميركي, دنانير عراقية, US $), with the Kurdish endings (دۆلاری, dînarê).
These were refused, and she was told to write its name after writing it (a reviewer found).
A whose-word picks one of a name's two currencies (الليرة التركية) and one it does not go with
is refused (دولار عراقي); جنيه alone is refused naming EGP, as Arabic mostly means by it."""

from __future__ import annotations

import pytest

from app.ledger import CostRefused, read_cost, read_currency


@pytest.mark.parametrize("typed, code", [
    ("الدولار", "USD"), ("الدينار", "IQD"), ("اليورو", "EUR"), ("الدولار الأمريكي", "USD"),
    ("دولار أميركي", "USD"), ("دولار اميركي", "USD"), ("دولارات أمريكية", "USD"),
    ("دينار العراقي", "IQD"), ("الدينار العراقي", "IQD"), ("دنانير عراقية", "IQD"),
    ("دۆلاری", "USD"), ("دیناری", "IQD"), ("دینارەکە", "IQD"), ("dînarê", "IQD"),
    ("dolarê", "USD"), ("dolarê amerîkî", "USD"), ("US $", "USD"), ("US$", "USD"),
    ("U.S. dollars", "USD"), ("USD.", "USD"), ("الليرة التركية", "TRY"),
    ("الليرة السورية", "SYP"), ("pound sterling", "GBP"), ("جنيه استرليني", "GBP"),
    ("جنيه مصري", "EGP"),
])
def test_a_name_with_its_article_ending_or_whose_word_is_its_currency(typed, code):
    assert read_currency(typed) == code
    assert read_cost(f"100:{typed}:M-4").currency == code


@pytest.mark.parametrize("typed", ["دولار عراقي", "الدينار الأردني", "تركي", "amerîkî", "US"])
def test_a_whose_word_alone_or_not_the_names_is_refused(typed):
    with pytest.raises(CostRefused) as e:
        read_currency(typed)
    assert e.value.why == "no_currency"


@pytest.mark.parametrize("typed, codes", [("جنيه", ("EGP", "GBP")), ("الليرة", ("TRY", "SYP"))])
def test_a_name_of_two_is_refused_naming_both(typed, codes):
    with pytest.raises(CostRefused) as e:
        read_currency(typed)
    assert e.value.why == "which_currency" and e.value.codes == codes
    assert f"may be {codes[0]} or {codes[1]}" in str(e.value)
