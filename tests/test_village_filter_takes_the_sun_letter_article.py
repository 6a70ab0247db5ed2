"""A village typed with the article as a sun letter takes it (As-Sinuni, Ar-Rabia, Ash-Shura:
السنوني, الربيعة, الشورة) is the village without it, as Al-Sinuni always was: `search --village
As-Sinuni` was refused ("2 letters more than Sinuni: a similar name, not a spelling"), and
`person list` called Sinuni a similar name. Apart, a sun-letter form stays letters of the name
(As Sinuni), and an- before an s is none (An-Sinuni)."""

import pytest

from app.village_spelling import spelt_alike


@pytest.mark.parametrize("typed, stored", [
    ("As-Sinuni", "Sinuni"), ("Ar-Rabia", "Rabia"), ("Ash-Shura", "Shura"), ("Ar-Rabia", "ربيعة"),
    ("Ash-Shura", "الشورة"), ("as\u2011Sinuni", "سنوني"), ("Al-Sinuni", "Sinuni"),
    ("Al Qahtaniya", "Qahtaniya"), ("Tel Qasab", "At-Tel Qasab"),
])
def test_the_article_in_any_form_is_no_letters_of_the_village(typed, stored):
    assert spelt_alike(typed, stored) and spelt_alike(stored, typed)


@pytest.mark.parametrize("typed, stored", [
    ("As Sinuni", "Sinuni"), ("An-Sinuni", "Sinuni"), ("Ad-Rabia", "Rabia"), ("Alqosh", "Qosh"),
])
def test_what_is_no_article_stays_letters_of_the_village(typed, stored):
    assert not spelt_alike(typed, stored)


@pytest.fixture
def sinuni(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Layla"):
        out = cli("person", "add", "--given", given, "--sex", "F", "--village", "Sinuni")
        assert out.returncode == 0, out.stderr
    return cli


def test_search_and_person_list_take_as_sinuni_for_sinuni(sinuni):
    r = sinuni("search", "Nadia", "--village", "As-Sinuni")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "village As-Sinuni: records written Sinuni", r.stdout
    assert "SNJ-00001" in r.stdout
    r = sinuni("person", "list", "--village", "As-Sinuni")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "village As-Sinuni: records written Sinuni", r.stdout
    assert "SNJ-00001" in r.stdout and "SNJ-00002" in r.stdout
    r = sinuni("search", "Nadia", "--village", "As Sinuni")
    assert r.returncode == 2 and "it could mean Sinuni" in r.stderr, r.stderr
