"""A list's row of a given name and clan alone («روزا», «حسكاني», no village), checked again at
commit against the persons added while the list waited, is judged over the whole vault as
staging judges it: one of three namesakes is not "the only record of them", and two added
since are named on the row, which waits, never created without a word."""

from __future__ import annotations

from tests.import_helpers import write_csv

HEADER = ["الاسم", "العشيرة", "القرية", "الحالة"]
ONLY_ONE = "the only record of them that nothing disagrees with"
NAMED = "only a given and a family name, 'روزا حسكاني', no father's name, and %d records of them"


def _ok(out):
    assert out.returncode == 0, out.stderr
    return out.stdout


def _roza(cli, *args):
    _ok(cli("person", "add", "--given", "روزا", "--given", "Roza", "--family", "حسكاني",
            "--family", "Haskani", "--sex", "F", "--status", "missing", *args))


def _staged(cli, tmp_path):
    """The list staged: row 2 the Roza Haskani, row 3 a Nadia Haskani asked about SNJ-00001's
    sister-in-law, so that the list waits; row 3 then decided create."""
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"],
                                                       ["نادية", "حسكاني", "", "مفقودة"]])
    _ok(cli("import", str(path), "--source", "Family R"))


def test_a_third_namesake_added_since_is_not_the_only_one(cli, tmp_path):
    _ok(cli("init", "--prefix", "SNJ"))
    _roza(cli, "--father", "بركات", "--grandfather", "خليل", "--village", "Kocho")  # SNJ-00001
    _roza(cli, "--father", "حسن")  # SNJ-00002, of no village
    _ok(cli("person", "add", "--given", "نادية", "--father", "خليل", "--family", "حسكاني",
            "--sex", "F", "--status", "missing"))  # SNJ-00003
    _staged(cli, tmp_path)
    assert NAMED % 2 in _ok(cli("review", "1", "--report"))
    _roza(cli, "--father", "سليمان")  # SNJ-00004, entered while the list waits
    _ok(cli("review", "1", "--row", "3", "--decide", "create"))
    out = cli("review", "1", "--commit")
    assert out.returncode != 0 and "first: row 2" in out.stderr
    shown = _ok(cli("review", "1"))
    assert ONLY_ONE not in shown
    assert NAMED % 3 in shown and "SNJ-00001, SNJ-00002, SNJ-00004" in shown
    # decided with them in view, the row is not held again
    _ok(cli("review", "1", "--row", "2", "--decide", "create"))
    assert "committed" in _ok(cli("review", "1", "--commit"))


def test_two_namesakes_added_since_are_named_and_the_row_waits(cli, tmp_path):
    _ok(cli("init", "--prefix", "SNJ"))
    _ok(cli("person", "add", "--given", "نادية", "--father", "خليل", "--family", "حسكاني",
            "--sex", "F", "--status", "missing"))  # SNJ-00001
    _staged(cli, tmp_path)
    _roza(cli, "--father", "بركات", "--village", "Kocho")  # SNJ-00002
    _roza(cli, "--father", "حسن")  # SNJ-00003
    _ok(cli("review", "1", "--row", "3", "--decide", "create"))
    out = cli("review", "1", "--commit")
    assert out.returncode != 0 and "first: row 2" in out.stderr
    assert "SNJ-00004" not in _ok(cli("person", "list"))
    shown = _ok(cli("review", "1"))
    assert NAMED % 2 in shown and "SNJ-00002, SNJ-00003" in shown


def test_the_only_namesake_added_since_is_still_asked_about(cli, tmp_path):
    _ok(cli("init", "--prefix", "SNJ"))
    _ok(cli("person", "add", "--given", "نادية", "--father", "خليل", "--family", "حسكاني",
            "--sex", "F", "--status", "missing"))  # SNJ-00001
    _staged(cli, tmp_path)
    _roza(cli, "--father", "بركات", "--village", "Kocho")  # SNJ-00002
    _ok(cli("review", "1", "--row", "3", "--decide", "create"))
    assert cli("review", "1", "--commit").returncode != 0
    shown = _ok(cli("review", "1"))
    assert "row 2: probable match with SNJ-00002" in shown and ONLY_ONE in shown
