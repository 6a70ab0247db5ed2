"""A list's number she changed by hand (`contact SNJ-1 --change ID --phone NEW`: the family gave
the right one) came back from the list's next version, which still has the old number, as a
new contact. A number changed by hand is kept from coming back as a removed one is, and said
so; and the dry run counts what the import will not add back (removed or changed by hand), as
the import itself says it. Real csv and xlsx files, a real vault, the real command line."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv, write_xlsx
from tests.ui_support import new_translations  # noqa: F401 - a fixture

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "رقم الهاتف"]
NADIA = ["نادية", "خلف", "رشو", "انثى", "0750 111 2233"]
JIHAN = ["جيهان", "مراد", "حسن", "انثى", "0751 333 4455"]
SIHAM = ["سهام", "الياس", "خدر", "انثى", "0752 000 1111"]


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _phones(tmp_path, case_no: str) -> list[str]:
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", case_no))
    return [c["phone"] for c in shown["family_contacts"]]


def _first_version(tmp_path) -> None:
    """v1 imported; Nadia's number changed by hand, Jihan's removed as wrong."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho.csv", HEADER, [NADIA, JIHAN])),
        "--source", "NGO Duhok", "--yes")
    [nadia] = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001"))[
        "family_contacts"]
    _ok(tmp_path, "contact", "SNJ-00001", "--change", str(nadia["id"]), "--phone",
        "0750 999 8888")
    [jihan] = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00002"))[
        "family_contacts"]
    _ok(tmp_path, "contact", "remove", str(jihan["id"]), "--yes", "--reason", "wrong number")


def test_a_number_changed_by_hand_is_not_added_back_and_the_report_says_so(tmp_path):
    _first_version(tmp_path)
    v2 = write_xlsx(tmp_path / "kocho.xlsx", [("List", [HEADER, NADIA, JIHAN, SIHAM])])
    out = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--yes")
    assert ("numbers changed by hand on the person's family contacts before, not added back: "
            "1 (row 2)") in out, out
    assert _phones(tmp_path, "SNJ-00001") == ["0750 999 8888"]
    report = json.loads(_ok(tmp_path, "--json", "review", "2", "--report"))
    assert report["family_contacts"]["changed_before"] == [{"row": 2}]
    # the trail keeps no number, only its digits hashed with her record's id
    trail = _ok(tmp_path, "--json", "audit", "log", "--case", "SNJ-00001")
    assert "111 2233" not in trail and "1112233" not in trail


def test_a_number_changed_only_in_its_spacing_is_still_hers(tmp_path):
    """The same digits written otherwise are her number still: the list's copy is known."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho.csv", HEADER, [NADIA])),
        "--source", "NGO Duhok", "--yes")
    _ok(tmp_path, "contact", "SNJ-00001", "--change", "1", "--phone", "07501112233")
    out = _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho2.csv", HEADER, [NADIA, SIHAM])),
              "--source", "NGO Duhok", "--yes")
    assert "changed by hand" not in out
    assert "numbers already among the person's family contacts, not added again: 1" in out


def test_the_dry_run_counts_what_the_import_will_not_add_back(tmp_path):
    _first_version(tmp_path)
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [NADIA, JIHAN, SIHAM])
    dry = _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run")
    assert "Family contacts: 1 number of the phone column would be added" in dry, dry
    assert ("numbers removed by hand from the person's family contacts before, would not be "
            "added back: 1") in dry
    assert ("numbers changed by hand on the person's family contacts before, would not be "
            "added back: 1") in dry
    said = json.loads(_ok(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                          "--dry-run"))["family_contacts"]
    assert (said["would_add"], said["removed_before"], said["changed_before"]) == (1, 1, 1)
    done = json.loads(_ok(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                          "--yes"))["family_contacts"]
    assert (len(done["added"]), len(done["removed_before"]), len(done["changed_before"])) == (
        1, 1, 1)


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_desktop_preview_says_it_in_its_language(qapp):
    from app.importing.pieces import Sentence
    from app.importing.report import contacts_preview_lines
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    lines = contacts_preview_lines({"rows": {2: ["0750 111 2233"]}, "would_add": 0,
                                    "already_known": 0, "waiting": 0, "removed_before": 1,
                                    "changed_before": 1})
    try:
        apply_language(qapp, "ar")
        said = "\n".join(sentence_said(Sentence(line.pieces)) for line in lines)
    finally:
        apply_language(qapp, "en")
    assert "غُيّرت يدويًا" in said and "حُذفت يدويًا" in said and "changed by hand" not in said
