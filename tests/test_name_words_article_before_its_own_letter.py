"""A name's words leave out the article in each form Latin writes it (app/text/article.py): a
sun-letter form only before its own letter (ash-Shammari, en-Nasr, Kurmanji Eş-Şemmerî, Abd
ur-Rahman), so a given name written with a hyphen keeps its first half: Ez-Eddin was indexed as
"eddin", not as Ezdin is, and Abd ur-Rahman as "abdulr rahman". Glued, only a long word holds
one (Aldakhi; not Alan, Almas, Elias)."""

import pytest

from app.text import article
from app.text.normalize import token_variants, tokens


@pytest.mark.parametrize("typed, words", [
    ("Ez-Eddin", ["ezdin"]), ("Ez-Aldin", ["ezdin"]), ("Ezdin", ["ezdin"]),
    ("Eş-Şemmerî", ["shemmeri"]), ("en-Nasr", ["nasr"]), ("Abd ur-Rahman", ["abdulrahman"]),
    ("Nadia ash-Shammari", ["nadia", "shammari"]), ("Nadia as-Shammari", ["nadia", "shammari"]),
    ("Nadia al-Shammari", ["nadia", "shammari"]), ("Ul-Haq", ["haq"]),
    ("Adnan", ["adnan"]), ("Elias", ["elias"]), ("Almas", ["almas"]), ("Alan", ["alan"]),
    ("As Saleh", ["as", "saleh"]),
])
def test_the_article_is_no_word_of_the_name(typed, words):
    assert tokens(typed) == words


@pytest.mark.parametrize("word, rest", [
    ("as-saleh", "saleh"), ("ash-shammari", "shammari"), ("as-shammari", "shammari"),
    ("adh-dhahab", "dhahab"), ("ad-dhahab", "dhahab"), ("Al\u2010Khalil", "Khalil"),
    ("ez-eddin", None), ("ad-saleh", None), ("es-mat", None), ("al khalil", None),
    ("as'ad", None), ("adnan", None),
])
def test_one_rule_says_what_follows_a_written_article(word, rest):
    assert article.after_hyphened(word) == rest


def test_a_glued_article_needs_a_long_word():
    assert [article.after_glued(w) for w in ("aldakhi", "elsayed", "alan", "almas", "elias")] \
        == ["dakhi", "sayed", None, None, None]
    assert token_variants("aldakhi") == ["aldakhi", "dakhi"] and token_variants("elias") == ["elias"]
