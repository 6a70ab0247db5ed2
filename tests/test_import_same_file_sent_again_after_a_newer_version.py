"""A file byte-identical to an earlier import, sent again after a newer version of the same list
(the sender took back the newer version's rescue), was refused: "this exact file was imported
as batch 1; nothing to do" (found by a tester), though the vault had since taken the newer
version's changes, which this file contradicts. It is now read as a new version of the list,
compared with the newest one, and the import says it is the same as batch 1, sent again after
batch 2. A true double import (nothing of the list committed since) is still refused."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv, write_xlsx

KMR = ["Nav", "Navê bav", "Navê bapîr", "Zayend", "Gund", "Rewş"]
ZOZAN = ["Zozan", "Xelef", "Şemo", "M", "Koço", "winda"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _sent_back(tmp_path, header: list[str], missing: list[str], rescued: list[str], other):
    """v1 (her missing), v2 (her rescued), v3: v1's very bytes under another name."""
    v1 = write_csv(tmp_path / "v1.csv", header, [missing, other])
    v2 = write_csv(tmp_path / "v2.csv", header, [rescued, other])
    v3 = tmp_path / "v3_sender_corrects.csv"
    v3.write_bytes(v1.read_bytes())
    return v1, v2, v3


def test_the_old_file_sent_again_after_a_newer_version_is_read_as_a_new_version(cli, tmp_path):
    v1, v2, v3 = _sent_back(tmp_path, KMR, ["Hemdiye", "Xudêda", "Cindî", "M", "Herdan", "winda"],
                            ["Hemdiye", "Xudêda", "Cindî", "M", "Herdan", "rizgarkirî 2017"],
                            ZOZAN)
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(v1), "--source", "NGO")
    _ok(cli, "import", str(v2), "--source", "NGO")
    dry = _ok(cli, "import", str(v3), "--source", "NGO", "--dry-run").stdout
    assert "NOTE: this file is the same as batch 1 (" in dry, dry
    assert "was already imported" not in dry, dry
    r = cli("import", str(v3), "--source", "NGO")
    assert r.returncode == 0, r.stderr
    assert "nothing to do" not in r.stderr
    said = r.stdout
    assert "NOTE: this file is the same as batch 1 (" in said, said
    assert ("sent again after batch 2 (v2.csv, committed ") in said, said
    assert "Import batch 3 (committed)" in said, said
    # compared with the version it follows, and what it says against it is said
    assert "since batch 2 (v2.csv)" in said, said
    assert "Rewş: 'rizgarkirî 2017' -> 'winda'" in said, said
    assert "conflict row 2 (SNJ-00001): status: vault keeps 'rescued, 2017'" in said, said


def test_the_json_says_which_batch_it_repeats_and_after_which(cli, tmp_path):
    ar = ["الاسم", "اسم الاب", "اسم الجد", "الحالة"]
    v1, v2, v3 = _sent_back(tmp_path, ar, ["نادية", "خلف", "حيدر", "مفقودة"],
                            ["نادية", "خلف", "حيدر", "محررة"], ["ليلى", "حسن", "مراد", "مفقودة"])
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(v1), "--source", "مكتب المختطفين")
    _ok(cli, "import", str(v2), "--source", "مكتب المختطفين")
    data = json.loads(_ok(cli, "--json", "import", str(v3), "--source", "مكتب المختطفين").stdout)
    again = data["sent_again"]
    assert (again["batch"], again["after"]["batch"], again["after"]["file"]) == (1, 2, "v2.csv")
    assert again["committed_at"] and again["after"]["committed_at"]
    assert data["changes_since_last_import"]["previous_batch"] == 2
    assert data["changes_since_last_import"]["changed"] == 1


def test_a_true_double_import_is_still_refused(cli, tmp_path):
    v1 = write_xlsx(tmp_path / "camp.xlsx", [("Camp", [KMR, ZOZAN])])
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(v1), "--source", "Camp")
    # another sender's list committed since changes nothing of this one
    _ok(cli, "import", str(write_csv(tmp_path / "other.csv", KMR, [ZOZAN])), "--source", "Other")
    r = cli("import", str(v1), "--source", "Camp")
    assert r.returncode != 0
    assert "this exact file was imported as batch 1" in r.stderr, r.stderr
    assert "nothing to do (--again imports it anyway)" in r.stderr


def test_sent_again_twice_the_second_is_a_double_import(cli, tmp_path):
    v1, v2, v3 = _sent_back(tmp_path, ["Name", "Father", "Grandfather", "Status"],
                            ["Hamdiya", "Khudeda", "Jindi", "missing"],
                            ["Hamdiya", "Khudeda", "Jindi", "rescued"],
                            ["Zozan", "Khalaf", "Shamo", "missing"])
    _ok(cli, "init", "--prefix", "SNJ")
    for f in (v1, v2, v3):
        _ok(cli, "import", str(f), "--source", "NGO")
    r = cli("import", str(v3), "--source", "NGO")
    assert r.returncode != 0
    assert "this exact file was imported as batch 3" in r.stderr, r.stderr


def test_refused_when_the_newest_version_already_says_what_it_says(cli, tmp_path):
    """v1, v2 (her rescue), v3 (v1's rows in another order: the rescue taken back), then v1's
    very file: the newest version holds its rows already, so it is a double import."""
    header = ["Name", "Father", "Grandfather", "Status"]
    hamdiya, zozan = ["Hamdiya", "Khudeda", "Jindi", "missing"], ["Zozan", "Khalaf", "Shamo",
                                                                   "missing"]
    v1, v2, _ = _sent_back(tmp_path, header, hamdiya, [*hamdiya[:-1], "rescued"], zozan)
    _ok(cli, "init", "--prefix", "SNJ")
    for f in (v1, v2, write_csv(tmp_path / "v3_reordered.csv", header, [zozan, hamdiya])):
        _ok(cli, "import", str(f), "--source", "NGO")
    r = cli("import", str(v1), "--source", "NGO")
    assert r.returncode != 0
    assert "this exact file was imported as batch 1" in r.stderr, r.stderr


def test_the_newer_version_sent_again_after_the_older_was_committed_late_is_refused(
        cli, tmp_path):
    """v1 staged and left, v2 committed, v1 committed at last, then v2's very file again: v2
    is still the newest version as read and the older one overwrote none of it."""
    header = ["Name", "Father", "Grandfather", "Sex"]
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "--json", "person", "add", "--given", "Nadia", "--father", "Dakhil", "--sex", "F")
    v1 = write_csv(tmp_path / "v1.csv", header, [["Nadia", "Dakhil", "Hasan", "F"]])
    assert "(staged)" in _ok(cli, "import", str(v1), "--source", "Camp").stdout
    v2 = write_csv(tmp_path / "v2.csv", header, [["Jiyan", "Hasan", "Mirza", "F"]])
    _ok(cli, "import", str(v2), "--source", "Camp")
    _ok(cli, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    _ok(cli, "review", "1", "--commit")
    r = cli("import", str(v2), "--source", "Camp")
    assert r.returncode != 0
    assert "this exact file was imported as batch 2" in r.stderr, r.stderr
