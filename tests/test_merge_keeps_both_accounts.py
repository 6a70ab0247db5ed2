"""A merge keeps the merged record's account of her abduction and its notes: taken over where
hers has none, added after hers where both have one, marked with its number; split takes back
exactly what the merge added. Real vaults through the command line, a dossier read with
pdftotext."""

from __future__ import annotations

import json

from tests.pdf_glyphs import pdftotext


def _add(cli, *args: str) -> str:
    r = cli("--json", "person", "add", "--sex", "F", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _show(cli, case_no: str) -> dict:
    r = cli("--json", "person", "show", case_no)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _merge(cli, keep: str, other: str) -> None:
    r = cli("merge", keep, other)
    assert r.returncode == 0, r.stderr


def test_her_record_takes_the_merged_records_circumstances_and_notes(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--grandfather", "Hasan")
    other = _add(cli, "--given", "نادية", "--father", "خلف", "--circumstances",
                 "taken from Kocho school with her sisters", "--notes", "aunt in Zakho knows")
    _merge(cli, keep, other)
    shown = _show(cli, keep)
    # marked with its number where she had none too: whose account it is, and split finds it
    # wherever it stands
    assert shown["abduction_circumstances"] == \
        f"[{other}] taken from Kocho school with her sisters"
    assert shown["notes"] == f"[{other}] aunt in Zakho knows"
    out = tmp_path / "d.pdf"
    r = cli("dossier", keep, "-o", str(out), "--profile", "internal", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "taken from Kocho school with her sisters" in " ".join(pdftotext(out.read_bytes())
                                                                  .split())
    assert cli("split", other).returncode == 0
    shown = _show(cli, keep)
    assert shown["abduction_circumstances"] == "" and shown["notes"] == ""
    assert _show(cli, other)["abduction_circumstances"] == \
        "taken from Kocho school with her sisters"


def test_two_accounts_are_both_kept_the_merged_one_marked_with_its_number(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--circumstances",
                "taken at the Sinjar mountain road")
    other = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--circumstances",
                 "taken from Kocho school with her sisters")
    _merge(cli, keep, other)
    text = _show(cli, keep)["abduction_circumstances"]
    assert text.startswith("taken at the Sinjar mountain road")
    assert f"[{other}] taken from Kocho school with her sisters" in text
    assert cli("split", other).returncode == 0
    assert _show(cli, keep)["abduction_circumstances"] == "taken at the Sinjar mountain road"


def test_the_same_account_twice_is_not_written_twice(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--circumstances",
                "taken from Kocho school")
    other = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--circumstances",
                 "taken from Kocho school")
    _merge(cli, keep, other)
    assert _show(cli, keep)["abduction_circumstances"] == "taken from Kocho school"


def test_an_account_edited_after_the_merge_is_left_as_the_lawyer_wrote_it_by_split(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--circumstances", "road")
    other = _add(cli, "--given", "Nadia", "--father", "Khalaf", "--circumstances", "school")
    _merge(cli, keep, other)
    r = cli("person", "edit", keep, "--circumstances", "road, then school (both told)")
    assert r.returncode == 0, r.stderr
    assert cli("split", other).returncode == 0
    assert _show(cli, keep)["abduction_circumstances"] == "road, then school (both told)"
