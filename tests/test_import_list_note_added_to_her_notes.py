"""A list's note ("seen in Raqqa 2016") reaches a woman the list updates: added to her notes after
what they hold, marked with the list, batch, row and day it was read, once however often it is
said, shown in her history, and taken back out alone when the row is withdrawn. Real vaults, real
csv files, the real command line."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

from tests.import_helpers import cli, write_csv
from tests.pdf_glyphs import comparable, glyph_lines

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Notes"]
NADIA = ["Nadia", "Basi", "Taha", "Haskani", "Kocho"]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _notes(tmp_path) -> str:
    return json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)["notes"]


def _import(tmp_path, name: str, source: str, note: str, *more: str) -> dict:
    lst = write_csv(tmp_path / name, HEADER, [[*NADIA, note]])
    return json.loads(_ok(tmp_path, "--json", "import", str(lst), "--source", source, *more)
                      .stdout)


def _made_then_told(tmp_path) -> str:
    """The family's list makes her with its note; the NGO's list adds what its informant said.
    Returns the line the NGO's row added."""
    _ok(tmp_path, "init")
    made = _import(tmp_path, "family.csv", "Family", "has two children with her")
    assert made["results"]["created"] == 1
    assert _notes(tmp_path) == "has two children with her"
    told = _import(tmp_path, "ngo.csv", "NGO Duhok", "seen in Raqqa 2016")
    assert told["results"]["updated"] == 1
    assert told["conflicts"] == []  # news, not a value to settle
    line = f'[list "NGO Duhok", batch 2, row 2, read {date.today().isoformat()}] seen in Raqqa 2016'
    assert _notes(tmp_path) == f"has two children with her\n{line}"
    return line


def test_a_note_from_a_list_that_updates_her_is_added_with_where_it_came_from(tmp_path):
    line = _made_then_told(tmp_path)
    # Her History: the update from the list, the line it added to her notes (the list's own
    # words, which its row keeps), never her notes as they were or became.
    history = json.loads(_ok(tmp_path, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    (update,) = [e for e in history if e["action"] == "person.import_update"]
    assert "notes" not in update["detail"]["changes"]
    assert update["detail"]["text_not_kept"] == ["notes"]
    assert update["detail"]["note_added"] == line
    assert "has two children" not in json.dumps(update["detail"])
    assert update["detail"]["import_batch"] == 2 and update["detail"]["row"] == 2


def test_the_same_note_again_is_not_added_twice(tmp_path):
    line = _made_then_told(tmp_path)
    # The same file imported again; another list saying it too (its own capitals and spaces);
    # the first list's note again, in its next version (which ends it with a full stop).
    again = _import(tmp_path, "ngo.csv", "NGO Duhok", "seen in Raqqa 2016", "--again")
    other = _import(tmp_path, "camp.csv", "Camp", "Seen in  Raqqa 2016")
    first = _import(tmp_path, "family-v2.csv", "Family", "Has two children with her.")
    assert [r["results"]["unchanged"] for r in (again, other, first)] == [1, 1, 1]
    assert all(r["conflicts"] == [] for r in (again, other, first))
    assert _notes(tmp_path) == f"has two children with her\n{line}"


def test_withdrawing_the_row_takes_its_note_back_out_and_leaves_what_was_written_since(
        tmp_path):
    line = _made_then_told(tmp_path)
    _ok(tmp_path, "person", "edit", "SNJ-00001", "--notes",
        f"has two children with her\n{line}\nher brother called in 2025")
    out = _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    assert "row 2 of batch 2 withdrawn from SNJ-00001" in out.stdout
    assert _notes(tmp_path) == "has two children with her\nher brother called in 2025"


def test_withdrawing_the_row_with_nothing_written_since_gives_her_notes_back(tmp_path):
    _made_then_told(tmp_path)
    _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    assert _notes(tmp_path) == "has two children with her"


def test_a_note_line_edited_by_hand_since_is_left_and_named(tmp_path):
    _made_then_told(tmp_path)
    edited = "has two children with her\nseen in Raqqa 2016, then in Deir ez-Zor"
    _ok(tmp_path, "person", "edit", "SNJ-00001", "--notes", edited)
    out = _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    assert "left notes as it is" in out.stdout and "then in Deir ez-Zor" in out.stdout
    assert _notes(tmp_path) == edited


def test_her_arabic_dossier_prints_where_the_note_came_from_in_reading_order(tmp_path):
    """The mark, in Arabic on an Arabic page, reads from the right: the list first, its day
    after, the list's words last (to the left). Isolated as a date of its own, the day had stood
    apart from its words ('[2026-12-02 list "NGO Duhok", ... read]')."""
    _ok(tmp_path, "init")
    _import(tmp_path, "family.csv", "Family", "لديها طفلان معها")
    _import(tmp_path, "ngo.csv", "NGO Duhok", "شوهدت في الرقة 2016")
    pdf = tmp_path / "dossier.pdf"
    _ok(tmp_path, "dossier", "SNJ-00001", "-o", str(pdf), "--profile", "internal", "--lang", "ar")
    lines = [line for page in glyph_lines(pdf.read_bytes()) for line in page]
    (line,) = [x for x in lines if "NGODuhok" in comparable(x.visual)
               and date.today().isoformat() in x.visual]
    assert "batch" not in line.visual and "read" not in line.visual
    visual = line.visual
    at = [x for x, text in line.chars for _ in text]  # the x of each character of visual
    x_list = at[visual.index("N")]
    x_day = at[visual.index(date.today().isoformat())]
    arabic = [x for x, ch in line.chars if ch and unicodedata.bidirectional(ch[0]) == "AL"]
    # القائمة to the right of the list's name, the day to its left, the list's words last
    assert max(arabic) > x_list > x_day > min(arabic), visual


def test_a_bracket_of_her_own_is_part_of_her_note_not_a_mark(tmp_path):
    """"[rumour, not confirmed] killed in Baghuz 2019" is the lawyer's own doubt: a list saying
    "killed in Baghuz 2019" is a confirming word to add, not what her notes already say."""
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Nadia", "--father", "Basi", "--grandfather", "Taha",
        "--family", "Haskani", "--village", "Kocho", "--sex", "F",
        "--notes", "[rumour, not confirmed] killed in Baghuz 2019")
    told = _import(tmp_path, "ngo.csv", "NGO Duhok", "killed in Baghuz 2019", "--yes")
    assert told["results"]["updated"] == 1
    assert _notes(tmp_path).endswith("] killed in Baghuz 2019")
    assert _notes(tmp_path).count("killed in Baghuz 2019") == 2


def test_a_list_named_with_brackets_and_quotes_adds_its_note_once(tmp_path):
    _ok(tmp_path, "init")
    _import(tmp_path, "family.csv", "Family", "has two children with her")
    name = 'ngo [Duhok] "north"'
    _import(tmp_path, "ngo.csv", name, "seen in Raqqa 2016")
    again = _import(tmp_path, "ngo.csv", name, "seen in Raqqa 2016", "--again")
    assert again["results"]["unchanged"] == 1
    notes = _notes(tmp_path)
    assert notes.count("seen in Raqqa 2016") == 1
    assert '[list "ngo [Duhok] \\"north\\"", batch 2, row 2, read ' in notes
