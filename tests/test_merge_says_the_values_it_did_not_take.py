"""Two records of one woman give two births five years apart, or two last known places: the
merge keeps the record kept's value and says the other's, which it does not take, instead of
dropping it unseen. A place spelt in two scripts, or an "about 1998" beside 1998, is no
disagreement; a vaguer date ("about 1998" beside her 1998) says nothing more and is not said."""

from __future__ import annotations

import json

from tests.ui_support import unlock


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _two(cli, first: list[str], second: list[str]) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    for more in (first, second):
        _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
            "Hasan", "--sex", "F", *more)


def test_the_merge_says_each_value_of_the_other_record_it_did_not_take(cli):
    _two(cli, ["--born", "1998", "--village", "Kocho", "--location", "Mosul"],
         ["--born", "2003", "--village", "كوجو", "--location", "Raqqa", "--abducted",
          "2014-08-03"])
    out = _ok(cli, "merge", "SNJ-00001", "SNJ-00002").stdout
    assert ("  birth: SNJ-00001's '1998' kept; SNJ-00002's '2003' not taken (it stays on "
            "SNJ-00002's own record, and a split shows it again; to take it: casekeeper person "
            "edit SNJ-00001 --born ...)") in out, out
    assert "  last known location: SNJ-00001's 'Mosul' kept; SNJ-00002's 'Raqqa' not taken" \
        in out, out
    assert "village" not in out and "abduction" not in out  # one place; a blank filled
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)
    assert shown["birth"]["text"] == "1998" and shown["abduction_date"]["text"] == "2014-08-03"


def test_values_that_may_be_one_are_not_said(cli):
    _two(cli, ["--born", "1998", "--location", "Mosul"],
         ["--born", "about 1998", "--location", "mosul"])
    merged = json.loads(_ok(cli, "--json", "merge", "SNJ-00001", "SNJ-00002").stdout)
    assert merged["kept_over"] == []


def test_the_json_lists_them(cli):
    _two(cli, ["--born", "1998"], ["--born", "2003"])
    merged = json.loads(_ok(cli, "--json", "merge", "SNJ-00001", "SNJ-00002").stdout)
    assert merged["kept_over"] == [{"field": "birth", "kept": "1998", "not_taken": "2003"}]


def test_the_duplicates_screen_says_it_in_arabic(qtbot, gui, made_vault):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from ui.settings import write_language

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for born in ("1998", "2000"):
        s.persons.create(Person(
            names={NamePart.GIVEN: NameText("جميلة", "Jamila"), NamePart.FATHER: NameText("مراد"),
                   NamePart.GRANDFATHER: NameText("باسي"), NamePart.FAMILY: NameText("الدخي")},
            sex=Sex.FEMALE, birth=FuzzyDate.parse_birth(born)))
    s.close()
    write_language(folder, "ar")
    gui.language = "ar"
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    view = main.show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: view.pairs != [] or view.error.text() != "", timeout=5_000)
    pair = view.current()
    view.buttons["keep_a"].click()
    qtbot.waitUntil(lambda: view.notice.text() != "", timeout=5_000)
    text = view.notice.text()
    assert "أُبقي على" in text and "ولم يؤخذ" in text, text
    assert pair.b.case_no in text and "not taken" not in text, text
