"""A merge refused for a contradiction says who the two may be by what they disagree on: two
women of one father with given names a letter apart were called "a sister and her brother"."""

from tests.cli_helpers import add


def test_the_refusal_speaks_of_siblings_cousins_or_a_brother_as_the_fields_say(cli):
    assert cli("init").returncode == 0
    nadia = add(cli, "--given", "نادية", "--father", "خليل", "--grandfather", "الياس", "--sex", "F")
    nadira = add(cli, "--given", "نادرة", "--father", "خليل", "--grandfather", "الياس", "--sex", "F")
    cousin = add(cli, "--given", "نادية", "--father", "حسين", "--grandfather", "الياس", "--sex", "F")
    brother = add(cli, "--given", "نادية", "--father", "خليل", "--grandfather", "الياس", "--sex", "M")
    said = {other: cli("merge", nadia, other).stderr for other in (nadira, cousin, brother)}
    assert "two siblings" in said[nadira] and "brother" not in said[nadira], said[nadira]
    assert "cousins named alike" in said[cousin] and "brother" not in said[cousin], said[cousin]
    assert "a sister and her brother" in said[brother], said[brother]
    # given and father's names both apart: not siblings, whatever the sex (a review)
    other = add(cli, "--given", "نادرة", "--father", "حسين", "--grandfather", "الياس", "--sex", "M")
    said = cli("merge", nadia, other).stderr
    assert "cousins named alike" in said and "siblings" not in said and "brother" not in said
    # given names and fathers unlike: no kin named alike
    sara = add(cli, "--given", "سارة", "--father", "قاسم", "--grandfather", "الياس", "--sex", "F")
    said = cli("merge", nadia, sara).stderr
    assert "two people of two families" in said and "named alike" not in said, said
    # and the note of a new record gives the two given names
    r = cli("person", "add", "--given", "نادرة", "--father", "خليل", "--grandfather", "الياس",
            "--sex", "F")
    assert "given partial: نادرة / نادية" in r.stdout + r.stderr, r.stdout + r.stderr
