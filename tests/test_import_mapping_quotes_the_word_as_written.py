"""The mapping's reason quotes the vocabulary word as a person writes it: "header 'الحالة'
matches 'الحالة'", not the program's folded form 'الحاله' or 'القریه' (a Persian ya), which an
Arabic reader takes for a typo (a tester); a header typed with ه is matched to the word with ة.
The command line and the desktop's mapping page alike."""

from __future__ import annotations

import pytest

from tests.import_helpers import ok, write_csv

HEADER = ["الاسم", "القرية", "الحاله", "رقم هاتف العائلة"]
ROWS = [["نادية", "كوجو", "مفقودة", "07501112233"], ["ليلى", "حردان", "محررة", "07501112234"]]
SAID = ["header 'القرية' matches 'القرية'", "header 'الحاله' matches 'الحالة'",
        "header 'رقم هاتف العائلة' matches 'العائلة', but"]
FOLDED = ("'القریه'", "'الحاله'", "'العايله'")


def test_the_dry_runs_mapping_says_the_words_as_written(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    out = ok(tmp_path, "import", str(write_csv(tmp_path / "l.csv", HEADER, ROWS)),
             "--dry-run").stdout
    mapping = out.split("Rows:")[0]
    for said in SAID:
        assert said in mapping, mapping
    assert "matches 'الحاله'" not in mapping and not any(f in mapping for f in FOLDED[::2])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_desktops_mapping_page_says_the_words_as_written(qtbot, gui, made_vault, tmp_path,
                                                             lang):
    from tests.test_ui_import_preview_words import _wizard
    from ui.settings import write_language

    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    _main, _imports, wizard = _wizard(qtbot, gui, folder,
                                      write_csv(tmp_path / "l.csv", HEADER, ROWS))
    wizard._go(wizard.mapping_page)
    model = wizard.mapping_table.model
    why = [model.item(n, 3).text() for n in range(model.rowCount())]
    assert why[1].count("القرية") == 2, why  # the header and the word it matches, both so
    assert why[2].count("الحالة") == 1 and why[2].count("الحاله") == 1, why
    assert "العائلة" in why[3] and not any(f.strip("'") in w for w in why for f in FOLDED[::2]), why
