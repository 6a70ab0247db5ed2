"""A village typed in one script is the stored one in the other only with the same consonants."""

import pytest

from app.village_spelling import spelt_alike

SAME = [
    ("Kocho", "كوجو"), ("Hardan", "حردان"), ("Hatimiya", "الحاتمية"), ("Tel Qasab", "تل قصب"),
    ("Khanasor", "خانصور"), ("Zorava", "زورافا"), ("Rambusi", "رمبوسي"), ("Gir Zerik", "كرزرك"),
    ("Solagh", "صولاغ"), ("Mihirkan", "مهركان"), ("Sikeniye", "سكينية"), ("Piroz", "پیرۆز"),
]
# as many consonants as the village, but other ones: misspellings or other places
OTHER = [
    ("Rampusi", "رمبوسي"), ("Khanator", "خانصور"), ("Hardam", "حردان"), ("Dorava", "زورافا"),
    ("Kosho", "كوجو"), ("Hardann", "حردان"),
]


@pytest.mark.parametrize("latin,arabic", SAME)
def test_same_consonants_are_one_spelling_either_way(latin, arabic):
    assert spelt_alike(latin, arabic) and spelt_alike(arabic, latin)


@pytest.mark.parametrize("latin,arabic", OTHER)
def test_other_consonants_are_only_similar_either_way(latin, arabic):
    assert not spelt_alike(latin, arabic) and not spelt_alike(arabic, latin)


def test_rule_is_the_latin_one_across_scripts():
    # Rampusi is not Rambusi in Latin letters, so it is not Rambusi's Arabic spelling either
    assert not spelt_alike("Rampusi", "Rambusi")
    assert spelt_alike("Rambusi", "رمبوسي") and not spelt_alike("Rampusi", "رمبوسي")
