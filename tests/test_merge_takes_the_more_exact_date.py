"""A merge takes the other record's more exact date, as a list's update does, and says it: she
was born "about 1998" on the record kept and "1998" on the record merged, and the merge kept
"about 1998" and dropped 1998 unsaid (a different value was said as not taken). A split sets
"about 1998" back."""

from __future__ import annotations

import json

from tests.test_merge_says_the_values_it_did_not_take import _ok, _two


def _born(cli, case_no: str) -> str:
    return json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)["birth"]["text"]


def test_the_exact_year_is_taken_said_and_given_back_by_a_split(cli):
    _two(cli, ["--born", "about 1998"], ["--born", "1998"])
    out = _ok(cli, "merge", "SNJ-00001", "SNJ-00002").stdout
    assert ("  birth: SNJ-00001's 'about 1998' replaced by SNJ-00002's more exact '1998'"
            in out), out
    assert _born(cli, "SNJ-00001") == "1998"
    trail = _ok(cli, "audit", "log", "--case", "SNJ-00001").stdout
    assert "birth: about 1998 -> 1998" in trail, trail
    _ok(cli, "split", "SNJ-00002")
    assert _born(cli, "SNJ-00001") == "about 1998"
    assert _born(cli, "SNJ-00002") == "1998"


def test_the_json_lists_it_and_a_vaguer_date_is_no_news(cli):
    _two(cli, ["--born", "1998"], ["--born", "about 1998"])
    merged = json.loads(_ok(cli, "--json", "merge", "SNJ-00001", "SNJ-00002").stdout)
    assert merged["narrowed"] == [] and merged["kept_over"] == []
    assert _born(cli, "SNJ-00001") == "1998"


def test_the_duplicates_screen_says_it(qtbot, gui, made_vault):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.ui_support import unlock
    from ui.bidi import bare

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for born in ("about 1998", "1998"):
        s.persons.create(Person(
            names={NamePart.GIVEN: NameText("جميلة", "Jamila"), NamePart.FATHER: NameText("مراد"),
                   NamePart.GRANDFATHER: NameText("باسي"), NamePart.FAMILY: NameText("الدخي")},
            sex=Sex.FEMALE, birth=FuzzyDate.parse_birth(born)))
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    view = main.show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: view.pairs != [] or view.error.text() != "", timeout=5_000)
    pair = view.current()
    view.buttons["keep_a"].click()
    qtbot.waitUntil(lambda: view.notice.text() != "", timeout=5_000)
    text = bare(view.notice.text())
    assert (f"born: about 1998 of {pair.a.case_no} replaced by the more exact 1998 of "
            f"{pair.b.case_no}") in text, text
