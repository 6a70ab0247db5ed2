"""A vault whose records an earlier version's imports filled with words that say none is known
(«لا يوجد» as her mother's name, «غير معروف» as her father's, "-" as her village, "N/A" as her
last known location) is set right once at its first unlock by this version: each is left
blank, as an import of this version leaves it, and her history says what and why. A real name,
«متوفية» (it tells something), a record in a merge and a vault of this version are left as they
are. Then a list giving her real mother finds her record as it should: no contradiction."""

from __future__ import annotations

import json

from app.domain.person import NamePart, Person, Sex
from app.placeholders_cleared import PLACEHOLDER_MARK
from tests.import_helpers import cli, new_vault, reopen, write_csv


def _person(s, village: str = "Kocho", location: str = "", imported: bool = True,
            **names: tuple[str, str]) -> Person:
    """A record as a list's import of an earlier version made it (imported), or typed."""
    p = Person(sex=Sex.FEMALE, origin_village=village, last_known_location=location)
    for part, (original, latin) in names.items():
        p.name(NamePart(part)).original, p.name(NamePart(part)).latin = original, latin
    return s.persons.create(p, detail={"import_batch": 1} if imported else None)


def _earlier_vault(folder) -> dict[str, str]:
    """Records as an earlier version's imports left them, with no rule mark; their case
    numbers by who they are."""
    s = new_vault(folder)
    try:
        out = {
            "rana": _person(s, "-", "N/A", given=("رنا", ""), father=("خدر", ""),
                            mother=("لا يوجد", "")).case_no,
            "suha": _person(s, given=("سهى", "Suha"), father=("غير معروف", "unknown"),
                            grandfather=("علي", "Ali")).case_no,
            "huda": _person(s, given=("هدى", ""), father=("خدر", ""),
                            mother=("متوفية", "")).case_no,
            "kept": _person(s, given=("نادية", ""), mother=("لا يوجد", "")).case_no,
            "into": _person(s, given=("نادية", ""), father=("خليل", "")).case_no,
            # typed by a person: hers to keep, whatever it says
            "typed": _person(s, imported=False, given=("لينا", ""),
                             mother=("غير معروفة", "")).case_no,
            # a list's only name part a placeholder: a record needs a name, it is kept
            "alone": _person(s, father=("غير معروف", "")).case_no,
            # Sorani Bela (بەلا) folds as «بلا» (without) does: a name, kept
            "bela": _person(s, given=("ژیان", ""), mother=("بەلا", "")).case_no,
        }
        s.matching.merge(out["into"], out["kept"])
        with s.db.transaction():
            s.db.conn.execute("DELETE FROM vault_meta WHERE key=?", (PLACEHOLDER_MARK,))
        return out
    finally:
        s.close()


def test_placeholders_left_blank_once_and_said_in_her_history(tmp_path):
    who = _earlier_vault(tmp_path / "vault")
    s = reopen(tmp_path / "vault")
    try:
        rana, suha, huda = (s.persons.get(who[k]) for k in ("rana", "suha", "huda"))
        assert NamePart.MOTHER not in rana.names
        assert (rana.origin_village, rana.last_known_location) == ("", "")
        assert NamePart.FATHER not in suha.names and suha.names[NamePart.GRANDFATHER].latin == "Ali"
        assert huda.names[NamePart.MOTHER].original == "متوفية"
        # a record in a merge keeps what it holds: a split gives back what the merge brought
        assert s.persons.get(who["kept"]).names[NamePart.MOTHER].original == "لا يوجد"
        assert s.persons.get(who["typed"]).names[NamePart.MOTHER].original == "غير معروفة"
        assert s.persons.get(who["alone"]).names[NamePart.FATHER].original == "غير معروف"
        assert s.persons.get(who["bela"]).names[NamePart.MOTHER].original == "بەلا"
        said = [json.loads(e.detail) for e in s.persons.history(rana.case_no)
                if e.action == "person.set_right"]
        assert said and {(x["field"], x["was"]) for x in said[-1]["set_right"]} == {
            ("mother", "لا يوجد"), ("village", "-"), ("last_known_location", "N/A")}
        vault = [json.loads(e.detail) for e in s.audit.history("vault", "")
                 if e.action == "vault.placeholders_cleared"]
        assert vault and vault[0]["changed"] == sorted([rana.case_no, suha.case_no])
        versions = (rana.version, suha.version)
    finally:
        s.close()
    s = reopen(tmp_path / "vault")  # once: nothing again at the next unlock
    try:
        assert (s.persons.get(who["rana"]).version, s.persons.get(who["suha"]).version) == versions
    finally:
        s.close()


def test_her_real_mother_in_a_later_list_is_no_contradiction(tmp_path):
    who = _earlier_vault(tmp_path / "vault")
    path = write_csv(tmp_path / "later.csv", ["الاسم", "اسم الاب", "اسم الام", "القرية"],
                     [["رنا", "خدر", "نوفة", "كوجو"]])
    r = cli(tmp_path, "--json", "import", str(path), "--source", "Family", "--dry-run")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)["rows"]
    assert row["match"] == who["rana"], row
    assert "mother mismatch" not in row["why"] and "mother" not in row.get("contradicts", ""), row
    r = cli(tmp_path, "--json", "import", str(path), "--source", "Family")
    batch = json.loads(r.stdout)["batch"]
    done = cli(tmp_path, "review", str(batch), "--row", "2", "--decide", "update", "--person",
               who["rana"])
    assert done.returncode == 0, done.stderr + done.stdout
    assert cli(tmp_path, "review", str(batch), "--commit").returncode == 0
    shown = json.loads(cli(tmp_path, "--json", "person", "show", who["rana"]).stdout)
    assert shown["names"]["mother"]["original"] == "نوفة"


def test_a_vault_made_by_this_version_is_never_passed_over_again(tmp_path):
    s = new_vault(tmp_path / "vault")
    try:
        typed = _person(s, given=("رنا", ""), mother=("لا يوجد", ""))  # typed so, by hand
    finally:
        s.close()
    s = reopen(tmp_path / "vault")
    try:
        assert s.persons.get(typed.case_no).names[NamePart.MOTHER].original == "لا يوجد"
    finally:
        s.close()
