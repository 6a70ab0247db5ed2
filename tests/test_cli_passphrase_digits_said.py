"""The command line says what the desktop says of Arabic-Indic and Persian digits in a
passphrase: a warning where one is set, a hint where one holding digits is refused."""

from __future__ import annotations

EASTERN = "حديقة الورد ٢٠١٤"


def test_init_and_passwd_warn_of_arabic_indic_or_persian_digits(cli):
    r = cli("init", extra_env={"CASEKEEPER_PASSPHRASE": EASTERN})
    assert r.returncode == 0, r.stderr
    assert "warning: this passphrase has Arabic-Indic or Persian digits" in r.stderr
    r = cli("passwd", extra_env={"CASEKEEPER_PASSPHRASE": EASTERN,
                                 "CASEKEEPER_NEW_PASSPHRASE": "باغ گل ۱۳۹۳ persian"})
    assert r.returncode == 0, r.stderr
    assert "Arabic-Indic or Persian digits" in r.stderr


def test_latin_digits_bring_no_warning(cli):
    r = cli("init", extra_env={"CASEKEEPER_PASSPHRASE": "rose garden 2014"})
    assert r.returncode == 0 and "warning" not in r.stderr


def test_a_refused_passphrase_with_digits_says_they_differ_by_script(cli):
    assert cli("init", extra_env={"CASEKEEPER_PASSPHRASE": EASTERN}).returncode == 0
    for typed in ("حديقة الورد 2014", "حديقة الورد ۲۰۱۴"):
        r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": typed})
        assert r.returncode == 3
        assert "not correct" in r.stderr and "different characters" in r.stderr
    r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": "no digits in this one"})
    assert r.returncode == 3 and "different characters" not in r.stderr
