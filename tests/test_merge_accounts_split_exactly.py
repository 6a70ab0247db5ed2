"""Split takes back exactly the account a merge added, however many merges and notes came after
it, and a merged account is never lost for standing inside hers; a merge gives her record the
merged record's narrower sharing level, so its account prints only where it was cleared to go.
Real vaults through the command line."""

from __future__ import annotations

import json

from tests.pdf_glyphs import pdftotext


def _add(cli, *args: str) -> str:
    r = cli("--json", "person", "add", "--sex", "F", "--given", "Nadia", "--father", "Murad",
            "--grandfather", "Taha", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _show(cli, case_no: str) -> dict:
    r = cli("--json", "person", "show", case_no)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _ok(r):
    assert r.returncode == 0, r.stderr
    return r


def test_an_account_standing_inside_hers_is_still_added(cli):
    """"killed" stands inside "Rumoured killed in 2017, not confirmed": it is another
    source's word, and was dropped."""
    assert cli("init").returncode == 0
    keep = _add(cli, "--notes", "Rumoured killed in 2017, not confirmed",
                "--circumstances", "taken from Kocho school with her sisters")
    other = _add(cli, "--notes", "killed", "--circumstances", "taken from Kocho school")
    _ok(cli("merge", keep, other))
    shown = _show(cli, keep)
    assert shown["notes"] == f"Rumoured killed in 2017, not confirmed\n\n[{other}] killed"
    assert shown["abduction_circumstances"].endswith(f"[{other}] taken from Kocho school")
    _ok(cli("split", other))
    shown = _show(cli, keep)
    assert shown["notes"] == "Rumoured killed in 2017, not confirmed"
    assert shown["abduction_circumstances"] == "taken from Kocho school with her sisters"


def test_split_after_a_second_merge_takes_the_first_records_account_back(cli):
    """She had no notes: the first merged record's are hers until split, wherever they stand
    once a second merge added its own after them."""
    assert cli("init").returncode == 0
    keep = _add(cli)
    b = _add(cli, "--notes", "Seen in Raqqa 2016 (cousin's account)")
    c = _add(cli, "--notes", "Sold in Mosul market 2015")
    _ok(cli("merge", keep, b))
    _ok(cli("merge", keep, c))
    _ok(cli("split", b))
    assert _show(cli, keep)["notes"] == f"[{c}] Sold in Mosul market 2015"
    _ok(cli("split", c))
    assert _show(cli, keep)["notes"] == ""


def test_a_still_merged_records_account_stays_when_another_saying_the_same_is_split(cli):
    assert cli("init").returncode == 0
    keep = _add(cli, "--circumstances", "Family says she is in Tal Afar")
    b = _add(cli, "--circumstances", "Seen in Raqqa 2016")
    c = _add(cli, "--circumstances", "Seen in Raqqa 2016")
    _ok(cli("merge", keep, b))
    _ok(cli("merge", keep, c))
    _ok(cli("split", b))
    assert _show(cli, keep)["abduction_circumstances"] == \
        f"Family says she is in Tal Afar\n\n[{c}] Seen in Raqqa 2016"


def test_a_record_merged_with_its_own_merged_records_is_split_whole(cli):
    """B holds C's account when B is merged into A: split of B takes both paragraphs back."""
    assert cli("init").returncode == 0
    a = _add(cli, "--notes", "her own")
    b = _add(cli, "--notes", "b's")
    c = _add(cli, "--notes", "c's")
    _ok(cli("merge", b, c))
    _ok(cli("merge", a, b))
    assert _show(cli, a)["notes"] == f"her own\n\n[{b}] b's\n\n[{c}] c's"
    _ok(cli("split", b))
    assert _show(cli, a)["notes"] == "her own"


def test_the_merged_records_narrower_sharing_level_becomes_hers_until_split(cli, tmp_path):
    assert cli("init").returncode == 0
    keep = _add(cli, "--sharing", "court", "--circumstances", "taken at the mountain road")
    other = _add(cli, "--sharing", "internal", "--circumstances",
                 "SENSITIVE: told only to us by her cousin in Duhok camp")
    said = _ok(cli("merge", keep, other)).stdout
    assert f"sharing level of {keep} is now internal (was court)" in said
    assert _show(cli, keep)["sharing_level"] == "internal"
    out = tmp_path / "c.pdf"
    refused = cli("dossier", keep, "--profile", "court", "-o", str(out))
    assert refused.returncode != 0 and not out.exists()
    _ok(cli("split", other))
    assert _show(cli, keep)["sharing_level"] == "court"
    _ok(cli("dossier", keep, "--profile", "court", "-o", str(out)))
    assert "SENSITIVE" not in pdftotext(out.read_bytes())


def test_a_merge_says_the_sharing_level_in_json(cli):
    assert cli("init").returncode == 0
    keep = _add(cli, "--sharing", "family")
    other = _add(cli, "--sharing", "court")
    merged = json.loads(_ok(cli("--json", "merge", keep, other)).stdout)
    assert merged["sharing"] == {"was": "family", "now": "court"}
    same = _add(cli, "--sharing", "public")
    merged = json.loads(_ok(cli("--json", "merge", keep, same)).stdout)
    assert merged["sharing"] == {"was": "court", "now": "court"}
