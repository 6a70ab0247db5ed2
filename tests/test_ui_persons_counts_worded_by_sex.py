"""The persons list's count line words each status by the sexes it counts, as the rows do: a
person whose sex is not recorded was counted «حُدد مكانها» and a boy alone «أُنقذت» (feminine)
beside rows saying حُدد مكانه/ا and أُنقذ."""

from __future__ import annotations

from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.settings import write_language


def _vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, sex, status in (("Nour", "U", "located"), ("Khalaf", "M", "rescued"),
                               ("Layla", "F", "missing"), ("Jamila", "F", "sighted"),
                               ("Barakat", "M", "sighted")):
        r = cli("person", "add", "--given", given, "--father", "Ali", "--sex", sex,
                "--status", status)
        assert r.returncode == 0, r.stderr


def _counts(qtbot, gui, cli, lang, whole=False):
    _vault(cli)
    write_language(cli.vault, lang)
    gui.vault_dir, gui.language = cli.vault, lang
    main = unlock(qtbot, gui, PASSPHRASE)
    view = main.persons
    qtbot.waitUntil(lambda: view.model.total == 5 and "5" in view.counts.text(), timeout=10_000)
    return view if whole else _said(view)


def _said(view) -> str:
    """The count line, its no-break spaces (each count kept on one line) read as spaces."""
    return view.counts.text().replace("\u00a0", " ")


def test_arabic_counts_say_of_either_of_a_boy_and_of_both(qtbot, gui, cli):
    text = _counts(qtbot, gui, cli, "ar")
    assert "حُدد مكانه/ا: 1" in text and "حُدد مكانها" not in text
    assert "أُنقذ: 1" in text and "أُنقذت" not in text
    assert "مفقودة: 1" in text  # of women alone, the feminine still
    # a woman and a man sighted: both forms, as of either
    assert "شوهد/ت: 2" in text


def test_kurmanji_counts_say_of_either(qtbot, gui, cli):
    text = _counts(qtbot, gui, cli, "kmr")
    assert "Cihê wî/wê hatiye dîtin: 1" in text and "Cihê wê hatiye dîtin" not in text


def test_a_searchs_counts_are_worded_so_too(qtbot, gui, cli):
    view = _counts(qtbot, gui, cli, "ar", whole=True)
    view.search_box.setText("Ali")  # every one of them: Ali is each one's father
    qtbot.waitUntil(lambda: view.model.results is not None and view.model.total == 5,
                    timeout=10_000)
    text = _said(view)
    assert "حُدد مكانه/ا: 1" in text and "أُنقذ: 1" in text and "أُنقذت" not in text
