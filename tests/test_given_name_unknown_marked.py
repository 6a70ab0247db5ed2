"""A woman whose given name is unknown (a list row with her father's, grandfather's and clan's
names only) is never shown as a full name that begins with her father's: "مراد الياس مندكاني"
read as a man named Murad in search results, the persons list, a court summary and the title of
her dossier. Her name is marked in each, in its language; her dossier says the given name is
unknown instead of leaving the line out."""

from __future__ import annotations

import json
import re

import pytest

from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext
from tests.test_report_lists_said import _text

MARKS = "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"  # pdftotext's direction marks


@pytest.fixture
@built_once
def vault(cli):
    """SNJ-00001 Layla Murad Elias Mandkani; SNJ-00002 her sister, whose given name the list
    did not give."""
    assert cli("init").returncode == 0
    family = ["--father", "مراد", "--father", "Murad", "--grandfather", "الياس", "--grandfather",
              "Elias", "--family", "مندكاني", "--family", "Mandkani", "--sex", "F",
              "--village", "Kocho", "--status", "missing",
              "--sharing", "public"]  # on every paper: these tests are of how she is named
    assert cli("person", "add", "--given", "ليلى", "--given", "Layla", *family).returncode == 0
    assert cli("person", "add", *family).returncode == 0
    return cli


def test_the_command_line_marks_her_name_and_says_her_given_name_is_unknown(vault):
    found = vault("search", "مراد الياس").stdout.splitlines()
    sister = next(line for line in found if "SNJ-00002" in line)
    assert "\t(given name unknown) مراد الياس مندكاني\t(given name unknown) Murad Elias " \
           "Mandkani" in sister
    layla = next(line for line in found if "SNJ-00001" in line)
    assert "unknown" not in layla
    listed = vault("person", "list").stdout.splitlines()
    assert listed[1].endswith("\t(given name unknown) مراد الياس مندكاني\t(given name unknown) "
                              "Murad Elias Mandkani")
    assert "unknown" not in listed[0]
    assert json.loads(vault("--json", "person", "list").stdout)[1]["given_unknown"] is True
    shown = vault("person", "show", "SNJ-00002").stdout.splitlines()
    assert shown[1].split() == ["given", "(unknown)"]


@pytest.mark.parametrize("lang, marker", [
    ("en", "(given name unknown)"), ("ar", "(الاسم الأول غير معروف)"),
    ("ckb", "(ناوی یەکەم نەزانراوە)"), ("kmr", "(navê yekem nayê zanîn)")])
def test_her_court_summary_and_dossier_mark_it_in_their_language(vault, tmp_path, lang,
                                                                 marker):
    summary, dossier = tmp_path / f"summary-{lang}.pdf", tmp_path / f"dossier-{lang}.pdf"
    assert vault("summary", "-o", str(summary), "--profile", "court", "--lang",
                 lang).returncode == 0
    assert vault("dossier", "SNJ-00002", "-o", str(dossier), "--profile", "court", "--lang",
                 lang).returncode == 0
    words = marker.strip("()").split()

    def marked(line: str) -> bool:
        return all(w in line for w in words)

    # the summary's narrow name columns wrap the mark: its first words on her row's line
    rows = [t for t in "".join(ch for ch in pdftotext(summary.read_bytes(), "-layout")
                               if ch not in MARKS).splitlines() if "SNJ-0000" in t]
    assert [re.search(r"SNJ-\d{5}", t)[0] for t in rows
            if all(w in t for w in words[:2])] == ["SNJ-00002"], rows
    # the dossier's title, her name in both scripts, each marked; the Given name line says so
    text = _text(dossier.read_bytes())
    top = text.splitlines()[:5]
    assert sum(marked(t) for t in top) == 2, top
    unknown = {"en": "unknown", "ar": "غير معروف", "ckb": "نەزانراو", "kmr": "nayê zanîn"}[lang]
    given = {"en": "Given name", "ar": "الاسم", "ckb": "ناو", "kmr": "Nav"}[lang]
    assert any(t.split() and (given in t) and t.count(unknown) == 2
               for t in text.splitlines()), text


def test_the_desktop_marks_her_name_in_the_list_and_on_her_page(qtbot, gui, tmp_path, vault):
    from tests.ui_support import unlock
    from ui.settings import write_language

    write_language(vault.vault, "ar")
    gui.vault_dir, gui.language = vault.vault, "ar"
    main = unlock(qtbot, gui)
    model = main.persons.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.summary(1) is not None,
                    timeout=10_000)
    names = [model.data(model.index(row, col)) for row in range(2) for col in (1, 2)]
    assert names[0] == "ليلى مراد الياس مندكاني"
    assert names[2].startswith("(الاسم الأول غير معروف) ") and "مراد الياس مندكاني" in names[2]
    assert names[3].startswith("(الاسم الأول غير معروف) ") and "Murad Elias Mandkani" in names[3]
    main.open_person("SNJ-00002")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert page.heading.text().count("(الاسم الأول غير معروف)") == 2
