"""`review` says, where she decides, that two records a waiting row fits alike were decided
"not the same person": the row may be one of them, not both, in `match`'s words (text, --json
and the desktop's review page). Two identical-looking records side by side invite a merge."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.cli_helpers import add
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.test_ui_import_wizard import _staged_for_review
from ui.settings import write_language

LIST = "Name,Father,Family,Village\nJamila,Haidar,Mandkani,Kocho\n"


def _two_jamilas(cli) -> tuple[str, str]:
    assert cli("init").returncode == 0
    return tuple(add(cli, "--given", "Jamila", "--father", "Haidar", "--family", "Mandkani",
                     "--sex", "F", "--village", "Kocho") for _ in range(2))


def test_review_says_the_tied_records_were_decided_two_women(cli, tmp_path):
    a, b = _two_jamilas(cli)
    listing = tmp_path / "list.csv"
    listing.write_text(LIST, encoding="utf-8")
    assert cli("not-same", a, b, "--note", "two women of the family").returncode == 0
    matched = cli("match", str(listing)).stdout
    assert cli("import", str(listing), "--source", "Family J").returncode == 0
    [row] = json.loads(cli("--json", "review", "1").stdout)
    assert [c["case_no"] for c in row["fits_as_well"]] == [b]
    [said] = row["not_same"]
    assert (said["candidates"], said["a"], said["b"]) == ([a, b], a, b)
    assert said["note"] == "two women of the family"
    today = datetime.now(UTC).date().isoformat()
    line = (f"{a} and {b} were marked not the same person on {today} (two women of the family)"
            ": this row may be one of them, not both")
    assert said["said"] == line and f"    decided: {line}" in matched  # match's very words
    out = cli("review", "1").stdout.splitlines()
    assert out.index(f"      decided: {line}") == out.index(next(x for x in out
                                                                if x.startswith("      or:"))) + 1


def test_review_says_nothing_of_a_decision_between_others(cli, tmp_path):
    a, b = _two_jamilas(cli)
    c = add(cli, "--given", "Layla", "--father", "Murad", "--sex", "F")
    assert cli("not-same", a, c).returncode == 0
    listing = tmp_path / "list.csv"
    listing.write_text(LIST, encoding="utf-8")
    assert cli("import", str(listing)).returncode == 0
    [row] = json.loads(cli("--json", "review", "1").stdout)
    assert row["not_same"] == [] and "decided:" not in cli("review", "1").stdout


def _jamila(s) -> str:
    return s.persons.create(Person(names={
        NamePart.GIVEN: NameText("جميلة", "Jamila"), NamePart.FATHER: NameText("حيدر", "Haidar"),
        NamePart.FAMILY: NameText("مندكاني", "Mandkani")}, sex=Sex.FEMALE,
        origin_village="Kocho")).case_no


def test_the_desktop_review_page_says_it_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, new_translations):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        a, b = _jamila(s), _jamila(s)
        s.matching.not_same(a, b, "two women of the family")
    finally:
        s.close()
    write_language(folder, "ar")
    gui.language = "ar"
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Family", "Village"],
                     [["Jamila", "Haidar", "Mandkani", "Kocho"]])
    wizard = _staged_for_review(qtbot, gui, folder, path)
    shown = wizard.review.model.item(0, 2).text()
    assert "ليسا الشخص نفسه" in shown and "قد يكون هذا الصف إحداهما، لا كلتيهما." in shown, shown
    assert "two women of the family" in shown and a in shown and b in shown
