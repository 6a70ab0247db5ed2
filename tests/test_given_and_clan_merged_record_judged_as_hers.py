"""A record merged into hers is not a woman of its own: a row of a given name and clan alone
is judged against the record it is kept as, as she is. A merged record of no village stood
for a woman of Kocho, and a row of Hardan was asked about her (0.269, "nothing but the birth
disagrees")."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv

HEADER = ["الاسم", "العشيرة", "القرية", "الحالة"]


def _ok(out):
    assert out.returncode == 0, out.stderr
    return out.stdout


def _merged_into_kocho(cli):
    _ok(cli("init", "--prefix", "SNJ"))
    _ok(cli("person", "add", "--given", "روزا", "--father", "بركات", "--grandfather", "خليل",
            "--family", "حسكاني", "--village", "Kocho", "--sex", "F", "--status", "missing"))
    _ok(cli("person", "add", "--given", "روزا", "--family", "حسكاني", "--sex", "F",
            "--status", "missing"))  # of no village
    _ok(cli("merge", "SNJ-00001", "SNJ-00002"))


def _row(cli, tmp_path, village):
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", village, "مفقودة"]])
    (row,) = json.loads(_ok(cli("--json", "import", str(path), "--dry-run")))["rows"]
    return row


def test_a_row_of_another_village_stays_new(cli, tmp_path):
    _merged_into_kocho(cli)
    row = _row(cli, tmp_path, "حردان")
    assert row["outcome"] == "new", row


def test_a_row_of_her_village_is_still_asked_about_her(cli, tmp_path):
    _merged_into_kocho(cli)
    row = _row(cli, tmp_path, "")
    assert row["outcome"] == "probable" and row["match"] == "SNJ-00001", row


def test_a_merged_record_leads_to_hers_only_when_she_passes_too():
    from app.domain.person import NamePart, Person, Sex
    from app.matching.blocking import BlockIndex, keys_and_mask
    from app.matching.given_clan import clan_namesakes
    from app.matching.score import prepare

    def woman(pid, father, village):
        p = Person(id=pid, case_no=f"SNJ-{pid:05d}", sex=Sex.FEMALE, origin_village=village)
        for part, text in ((NamePart.GIVEN, "روزا"), (NamePart.FATHER, father),
                           (NamePart.FAMILY, "حسكاني")):
            if text:
                p.name(part).put(text)
        return p

    index = BlockIndex()
    index.kept = {2: 1}
    for p in (woman(1, "بركات", "Kocho"), woman(2, "", "")):
        index.add(p.id, p)
    row = woman(0, "", "Hardan")
    assert list(clan_namesakes(index, prepare(row), keys_and_mask(row)[0])) == []
    row = woman(0, "", "")
    assert list(clan_namesakes(index, prepare(row), keys_and_mask(row)[0])) == [1]
