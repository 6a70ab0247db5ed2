"""A contact, photo or relative link added under the number of a record merged into another
(SNJ-00002 merged into SNJ-00001, then `contact SNJ-00002 ...`, the number on a family's paper)
was added without a word of the merge. It is stored on the record typed, as ever (a split gives
it back: test_added_under_a_merged_number_goes_with_it.py), and shown under her live record,
said: "SNJ-00002 is merged into SNJ-00001: added to SNJ-00002, shown under SNJ-00001", on the
command line, in --json and on the desktop's page."""

from __future__ import annotations

import json

from PIL import Image

from tests.ui_support import gui, unlock  # noqa: F401


def _merged(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for args in (("Salwa", "Khalaf", "Hamo"), ("سلوى", "خلف", "حمو"), ("Layla", "Hesen", "Ali")):
        done = cli("person", "add", "--given", args[0], "--father", args[1], "--grandfather",
                   args[2], "--sex", "F", "--born", "1996")
        assert done.returncode == 0, done.stderr
    done = cli("merge", "SNJ-00001", "SNJ-00002")
    assert done.returncode == 0, done.stderr


def _ok(cli, *args):
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


SAID = "SNJ-00002 is merged into SNJ-00001: added to SNJ-00002, shown under SNJ-00001"


def test_a_contact_photo_and_link_under_a_merged_number_say_where_they_went(cli, tmp_path):
    _merged(cli)
    assert SAID in _ok(cli, "contact", "snj-2", "--name", "Xidir", "--phone", "0750 111 2233")
    Image.new("RGB", (8, 8)).save(tmp_path / "face.png")
    assert SAID in _ok(cli, "photo", "SNJ-00002", str(tmp_path / "face.png"))
    assert SAID in _ok(cli, "relative", "SNJ-00003", "sibling", "SNJ-00002")
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001"))
    # shown under her live record, as said, marked with the record it was added to
    assert [c["from_case_no"] for c in shown["family_contacts"]] == ["SNJ-00002"]
    assert [p.get("from_case_no") for p in shown["photos"]] == ["SNJ-00002"]
    history = _ok(cli, "audit", "log", "--case", "SNJ-00002")
    assert "Family contact added" in history and "Photo added" in history
    # the same number typed under her live record says nothing of a merge
    assert "merged" not in _ok(cli, "contact", "SNJ-00001", "--name", "Nadia")


def test_json_names_the_record_it_went_to(cli):
    _merged(cli)
    out = json.loads(_ok(cli, "--json", "contact", "SNJ-00002", "--name", "Xidir"))
    assert out["merged_into"] == [{"case_no": "SNJ-00002", "into": "SNJ-00001"}]
    assert "merged_into" not in json.loads(_ok(cli, "--json", "contact", "SNJ-00001",
                                               "--name", "Xidir"))


def test_her_merged_number_is_not_her_own_relative(cli):
    _merged(cli)
    done = cli("relative", "SNJ-00002", "mother", "SNJ-00001")
    assert done.returncode != 0 and "cannot be their own relative" in done.stderr


def test_the_desktop_page_of_the_merged_record_says_it(qtbot, gui, cli):  # noqa: F811
    _merged(cli)
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00002")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.add_contact({"name": "Xidir", "phone": "0750 111 2233", "relation": "brother"})
    qtbot.waitUntil(lambda: SAID in page.notice.text().replace("\u2068", "").replace(
        "\u2069", ""), timeout=10_000)
