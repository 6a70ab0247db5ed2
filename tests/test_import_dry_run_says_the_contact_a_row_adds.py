"""A row of a known woman that adds only a family contact from the list's phone column said
"would change nothing" in the dry run (and "nothing new" in the desktop's preview), and the
import then said "updated": each now names the number it would add, as the import adds it
(found by a tester)."""

from __future__ import annotations

import json

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import cli, write_csv
from tests.test_ui_import_preview_words import _preview

HEADER = ["Name", "Father", "Grandfather", "Family", "Sex", "Born", "Phone"]
AMINA = ["Amina", "Murad", "Shamo", "Haskani", "F", "1985", "0751 230 9876"]


def test_the_dry_run_names_the_contact_a_row_would_add(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    assert cli(tmp_path, "person", "add", "--given", "Amina", "--father", "Murad",
               "--grandfather", "Shamo", "--family", "Haskani", "--sex", "F",
               "--born", "1985").returncode == 0
    path = write_csv(tmp_path / "list.csv", HEADER, [AMINA])
    dry = cli(tmp_path, "import", str(path), "--source", "NGO", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would add family contact 0751 230 9876" in dry.stdout, dry.stdout
    assert "would change nothing" not in dry.stdout
    [row] = json.loads(cli(tmp_path, "--json", "import", str(path), "--source", "NGO",
                           "--dry-run").stdout)["rows"]
    assert row["would_add_contacts"] == ["0751 230 9876"]
    done = cli(tmp_path, "import", str(path), "--source", "NGO")
    assert "updated SNJ-00001" in done.stdout, done.stdout
    # the number known now: nothing to add, and the dry run says nothing changes
    again = write_csv(tmp_path / "list2.csv", HEADER, [AMINA])
    dry = cli(tmp_path, "import", str(again), "--source", "Family", "--dry-run")
    assert "would change nothing" in dry.stdout and "would add family contact" not in dry.stdout


def test_the_desktop_preview_names_the_contact_a_row_would_add(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Amina"),
                                       NamePart.FATHER: NameText("", "Murad"),
                                       NamePart.GRANDFATHER: NameText("", "Shamo"),
                                       NamePart.FAMILY: NameText("", "Haskani")},
                                sex=Sex.FEMALE, birth=FuzzyDate.parse_birth("1985")))
    finally:
        s.close()
    wizard = _preview(qtbot, gui, folder, write_csv(tmp_path / "list.csv", HEADER, [AMINA]))
    assert wizard.preview.model.item(0, 4).text() == "adds the family contact 0751 230 9876"
    wizard._show_row_details([wizard.preview.model.index(0, 0)])
    said = wizard.preview_details.text()
    assert "adds the family contact 0751 230 9876" in said and "changes nothing" not in said, said
