"""The desktop takes a woman linked only to an incident as taken on its date: the Persons list's
"Abducted from" keeps her and does not count her as "no abduction date recorded", and the Print
screen's summary prints her, says under its preview whom the filter left out for no date
recorded, and logs it, as `casekeeper summary` does."""

from __future__ import annotations

import json
import os
import re

import pytest

from tests.pdf_glyphs import pdftotext
from tests.test_ui_print_filters import _list_shown
from tests.ui_support import unlock, wait_job
from ui.settings import write_language

LEFT_OUT = {"en": "1 record with no abduction date recorded is left out by the filters, which "
                  "cannot tell whether it fits; clear that filter to see it",
            "ar": "سجل واحد بلا تاريخ اختطاف مسجل استبعدته عوامل التصفية، وهي لا تستطيع أن "
                  "تحكم هل يطابقها؛ امسح عامل التصفية هذا لتراه"}


def _taken_in_kocho(cli) -> None:
    """SNJ-00001 in Kocho's incident with no date of her own, SNJ-00002 with neither."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("incident", "add", "--date", "03/08/2014", "--place", "Kocho").returncode == 0
    for given, more in (("Khadija", ["--incident", "1"]), ("Nadia", [])):
        r = cli("person", "add", "--given", given, "--sex", "F", "--sharing", "public", *more)
        assert r.returncode == 0, r.stderr


def test_the_persons_list_keeps_her_by_her_incidents_date(qtbot, gui, cli):
    _taken_in_kocho(cli)
    main = unlock(qtbot, gui)
    persons = main.persons
    persons.abducted_from.setText("2014")
    persons.apply_filters()
    qtbot.waitUntil(lambda: persons.model.filter.abducted_from is not None, timeout=10_000)
    assert _list_shown(qtbot, main) == ["SNJ-00001"]
    qtbot.waitUntil(lambda: persons.unrecorded.isVisibleTo(persons), timeout=10_000)
    assert persons.unrecorded.text() == LEFT_OUT["en"]  # Nadia only


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_print_screens_summary_prints_her_and_says_whom_it_left_out(
        qtbot, gui, cli, tmp_path, lang):
    _taken_in_kocho(cli)
    write_language(gui.vault_dir, lang)
    gui.language = lang
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("public"))
    view.filters.abducted_from.setText("2014")
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""
    assert re.findall(r"SNJ-\d{5}", pdftotext(view.built["pdf"])) == ["SNJ-00001"]
    assert LEFT_OUT[lang] in view.info.text().splitlines(), view.info.text()
    if os.environ.get("CK_SHOTS"):
        qtbot.wait(500)  # laid out again under its new lines
        main.grab().save(os.path.join(os.environ["CK_SHOTS"], f"print-unrecorded-{lang}.png"))
    view.save_to(str(tmp_path / "s.pdf"))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text(), timeout=10_000)
    detail = wait_job(qtbot, gui.worker, lambda s: json.loads(
        [r for r in s.audit.repo.all() if r.action == "export.summary"][-1].detail))
    assert detail["left_out_unrecorded"] == {"abduction": 1}
