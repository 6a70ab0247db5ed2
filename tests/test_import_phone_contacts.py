"""A list's phone column becomes the family contacts of the woman each row names: with the list's
row as its source, each number once by its digits, a cell that is no number said and not made
one, taken back when the row is withdrawn, and kept off papers for the public. Real csv files,
a real vault, the real command line, PDFs read back."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv
from tests.pdf_glyphs import pdftotext, without_hashes

HEADER = ["الاسم", "اسم الاب", "القرية", "رقم الهاتف", "اسم صاحب الرقم", "صلة القرابة"]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _contacts(tmp_path, case_no: str) -> list[dict]:
    return json.loads(_ok(tmp_path, "--json", "person", "show", case_no).stdout)[
        "family_contacts"]


def _case_of(tmp_path, given: str) -> str:
    rows = json.loads(_ok(tmp_path, "--json", "person", "list").stdout)
    rows = rows["persons"] if isinstance(rows, dict) else rows
    return next(p["case_no"] for p in rows if given in json.dumps(p, ensure_ascii=False))


def _with_dalal(tmp_path) -> None:
    """A vault holding Dalal, whose brother's number is on her contacts already."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "دلال", "--father", "سليمان", "--village", "كوجو",
        "--sex", "F", "--status", "missing")
    _ok(tmp_path, "contact", "SNJ-00001", "--name", "Xidir", "--phone", "07501234567",
        "--relation", "brother")


def test_a_lists_number_becomes_her_family_contact_with_the_list_as_its_source(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "kocho.csv", HEADER,
                     [["جيهان", "خلف", "كوجو", "0751 333 4455", "خضر خلف", "أخ"]])
    _ok(tmp_path, "import", str(path), "--yes")
    case_no = _case_of(tmp_path, "جيهان")
    [c] = _contacts(tmp_path, case_no)
    assert (c["phone"], c["name"], c["relation"]) == ("0751 333 4455", "خضر خلف", "أخ")
    assert c["from_list"] == {"batch": 1, "file": "kocho.csv", "sheet": "", "row": 2}
    shown = _ok(tmp_path, "person", "show", case_no).stdout
    assert "0751 333 4455" in shown and "[from list kocho.csv, row 2 (batch 1)]" in shown


def test_a_number_she_has_already_is_not_added_again(tmp_path):
    """+964 750 123 4567 is 07501234567: the list's row updates Dalal, who has it already."""
    _with_dalal(tmp_path)
    path = write_csv(tmp_path / "list.csv", HEADER[:4],
                     [["دلال", "سليمان", "كوجو", "+964 750 123 4567 / 0770-111-2233"]])
    _ok(tmp_path, "import", str(path))
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    done = _ok(tmp_path, "review", "1", "--commit").stdout
    assert "family contacts added from the phone column: 1 (row 2)" in done
    assert "numbers already among the person's family contacts, not added again: 1 (row 2)" \
        in done
    assert [c["phone"] for c in _contacts(tmp_path, "SNJ-00001")] == [
        "07501234567", "0770-111-2233"]
    # the same list read again adds nothing
    again = write_csv(tmp_path / "again.csv", HEADER[:4],
                      [["دلال", "سليمان", "كوجو", "00964 770 111 2233"]])
    _ok(tmp_path, "import", str(again))
    _ok(tmp_path, "review", "2", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    _ok(tmp_path, "review", "2", "--commit")
    assert len(_contacts(tmp_path, "SNJ-00001")) == 2


def test_one_number_is_one_whatever_its_writing():
    from app.importing.phones import phone_key

    assert len({phone_key(n) for n in ("+964 750 123 4567", "07501234567", "0750-123-4567",
                                       "00964 750 123 4567", "7501234567",
                                       "٠٧٥٠١٢٣٤٥٦٧")}) == 1
    assert phone_key("0750 123 4568") != phone_key("0750 123 4567")


def test_several_numbers_in_one_cell_become_several_contacts(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", HEADER[:4],
                     [["جيهان", "خلف", "كوجو", "0751 333 4455, 0770-111-2233\n0780 222 3344; "
                       "+964 781 555 6677"]])
    _ok(tmp_path, "import", str(path), "--yes")
    assert [c["phone"] for c in _contacts(tmp_path, _case_of(tmp_path, "جيهان"))] == [
        "0751 333 4455", "0770-111-2233", "0780 222 3344", "+964 781 555 6677"]


def test_a_cell_that_is_no_number_is_said_with_its_row_and_column_and_made_nothing(tmp_path):
    _with_dalal(tmp_path)
    path = write_csv(tmp_path / "list.csv", HEADER,
                     [["جيهان", "خلف", "كوجو", "0751 333 4455", "", ""],
                      ["نادية", "مراد", "كوجو", "اسأل المختار", "", ""],
                      ["ليلى", "حسن", "كوجو", "0750 / 0780 222 3344", "خديجة", "أم"],
                      ["دلال", "سليمان", "كوجو", "0750 999 8877", "", ""]])
    dry = _ok(tmp_path, "import", str(path), "--dry-run").stdout
    assert "row 3: new person: نادية مراد\n      warning: column D (رقم الهاتف): 'اسأل المختار' was not " \
        "read as a telephone number" in dry
    assert "column D (رقم الهاتف): '0750' was not read as a telephone number" in dry
    # two new persons' numbers; Dalal's row waits for a decision
    assert ("Family contacts: 2 numbers of the phone column would be added; 0 already on her "
            "contacts (not added twice); 1 on rows waiting for your decision") in dry
    data = json.loads(_ok(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert data["family_contacts"]["rows"] == {"2": ["0751 333 4455"],
                                               "4": ["0780 222 3344"],
                                               "5": ["0750 999 8877"]}
    assert data["mapping"]["رقم الهاتف"] == "phone"
    assert len(_contacts(tmp_path, "SNJ-00001")) == 1  # a dry run changes nothing
    _ok(tmp_path, "import", str(path), "--yes")
    assert _contacts(tmp_path, _case_of(tmp_path, "نادية")) == []
    [c] = _contacts(tmp_path, _case_of(tmp_path, "ليلى"))
    assert (c["phone"], c["name"], c["relation"]) == ("0780 222 3344", "خديجة", "أم")
    rep = json.loads(_ok(tmp_path, "--json", "review", "1", "--report").stdout)
    said = json.dumps(rep, ensure_ascii=False)
    assert "'اسأل المختار' was not read as a telephone number" in said


def test_a_withdrawn_row_takes_back_the_numbers_it_added(tmp_path):
    _with_dalal(tmp_path)
    path = write_csv(tmp_path / "list.csv", HEADER[:4],
                     [["دلال", "سليمان", "كوجو", "0750 999 8877"],
                      ["جيهان", "خلف", "كوجو", "0751 333 4455"]])
    _ok(tmp_path, "import", str(path))
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    _ok(tmp_path, "review", "1", "--commit")
    assert len(_contacts(tmp_path, "SNJ-00001")) == 2
    jihan = _case_of(tmp_path, "جيهان")
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw").stdout
    assert "removed the family contact" in out
    assert [c["phone"] for c in _contacts(tmp_path, "SNJ-00001")] == ["07501234567"]
    # a person the row created goes with her number: it is no reference of anyone else's
    out = _ok(tmp_path, "review", "1", "--row", "3", "--withdraw").stdout
    assert "the person it created is deleted" in out
    assert cli(tmp_path, "person", "show", jihan).returncode != 0
    assert _ok(tmp_path, "audit", "verify").returncode == 0


def test_a_contact_changed_by_hand_since_stays_when_the_row_is_withdrawn(tmp_path):
    _with_dalal(tmp_path)
    path = write_csv(tmp_path / "list.csv", HEADER[:4], [["دلال", "سليمان", "كوجو",
                                                          "0750 999 8877"]])
    _ok(tmp_path, "import", str(path))
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    _ok(tmp_path, "review", "1", "--commit")
    added = _contacts(tmp_path, "SNJ-00001")[1]
    _ok(tmp_path, "contact", "SNJ-00001", "--change", str(added["id"]), "--name", "Gule")
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw").stdout
    assert f"left family contact {added['id']} as it is" in out
    assert [c["name"] for c in _contacts(tmp_path, "SNJ-00001")] == ["Xidir", "Gule"]


def test_papers_for_the_public_and_the_family_leave_the_lists_numbers_out(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", HEADER, [["Jihan", "Khalaf", "Kocho",
                                                      "0751 333 4455", "Xidir Khalaf",
                                                      "brother"]])
    _ok(tmp_path, "import", str(path), "--yes")
    case_no = _case_of(tmp_path, "Jihan")
    _ok(tmp_path, "person", "sharing", "public", case_no)  # on every paper, to look at each

    def text(*args: str) -> str:
        pdf = tmp_path / "out.pdf"
        _ok(tmp_path, *args, "-o", str(pdf), "--lang", "en")
        # the footer's audit head is a new hash each run and may hold the digits looked for
        return " ".join(without_hashes(pdftotext(pdf.read_bytes())).split())

    internal = text("dossier", case_no, "--profile", "internal")
    assert "0751 333 4455" in internal and "Xidir Khalaf" in internal  # the check can see it
    for paper in (text("dossier", case_no, "--profile", "public"),
                  text("dossier", case_no, "--profile", "family"),
                  # the court's paper quotes the list's row: not its phone cells
                  text("dossier", case_no, "--profile", "court"),
                  text("summary", "--profile", "public"),
                  text("summary", "--profile", "court")):
        assert "Jihan" in paper
        assert "4455" not in paper and "Xidir" not in paper


@pytest.mark.parametrize("cell, numbers, others", [
    ("07501234567 07701234567", ["07501234567", "07701234567"], []),
    ("07501234567 - 07701234567", ["07501234567", "07701234567"], []),
    ("07501234567-07701234567", ["07501234567", "07701234567"], []),
    ("07501234567 و 07701234567", ["07501234567", "07701234567"], []),
    ("0750 123 4567 0770 123 4567", ["0750 123 4567", "0770 123 4567"], []),
    # a note after a number keeps the cell from becoming a contact ("not working"), and a
    # cut leaves no half-number (found in review)
    ("07501234567 (لا يعمل)", [], ["07501234567 (لا يعمل)"]),
    ("07501234567 0770123", [], ["07501234567 0770123"]),
    ("+964 (750) 123-4567", ["+964 (750) 123-4567"], []),
    ("0750 123 4567", ["0750 123 4567"], []),
])
def test_two_numbers_in_a_cell_without_a_slash_are_read(cell, numbers, others):
    """A space, a dash or و between two numbers made no contact and a warning of letters or
    too few digits (found by a tester)."""
    from app.importing.phones import split_phones
    assert split_phones(cell) == (numbers, others)


@pytest.mark.parametrize("cell", ["N/A", "n/a", "n / a", "N/A "])
def test_n_slash_a_says_there_is_no_number_and_is_not_cut_at_its_slash(cell):
    """"N/A" was cut at its slash into 'N' and 'A', two warnings that neither is a number
    (a tester's day); whole, it is a list's word for none, as "-" and «لا يوجد» are."""
    from app.importing.phones import split_phones
    assert split_phones(cell) == ([], [])
    # beside a number too; in brackets after one it is a note, as "(لا يعمل)" is
    assert split_phones(f"{cell}, 0750 123 4567") == (["0750 123 4567"], [])
