"""A given name alone among her namesakes: asked about only when her village, birth or mother
agrees (an abduction date in August 2014 says nothing: nearly everyone has one), every namesake
that fits as well is named, a name too common to compare is said to be so (never silently a new
person, however many records share it), and `duplicates` lists such pairs below its threshold,
a few per record. Real vaults and csv lists through the command line; the bounds on the index."""

from __future__ import annotations

import json

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.importing.dedupe import RowMatcher
from app.matching.blocking import ALONE_PAIRS, MAX_BLOCK, find_duplicates
from app.matching.score import GIVEN_ALONE
from tests.built_once import built_once


def _list(tmp_path, rows: list[str], header: str, name: str = "family.csv") -> str:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return str(path)


def _add(cli, tmp_path, rows: list[str]) -> None:
    """Full records added by a list, each a woman of her own (fathers differ)."""
    path = _list(tmp_path, rows, "الاسم,اسم الاب,اسم الجد,القرية,تاريخ الاختطاف", "ngo.csv")
    r = cli("import", path, "--yes")
    assert r.returncode == 0, r.stderr


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    return cli


def test_an_abduction_date_beside_a_given_name_alone_is_no_reason_to_ask(vault, tmp_path):
    _add(vault, tmp_path, ["غزالة,خلف,حسن,كوجو,15/08/2014", "غزالة,مراد,سليمان,حردان,03/08/2014"])
    r = vault("import", _list(tmp_path, ["غزالة,03/08/2014"], "الاسم,تاريخ الاختطاف"),
              "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "row 2: new person" in r.stdout
    assert "0 probable matches" in r.stdout


def test_every_namesake_a_given_name_alone_fits_as_well_is_named(vault, tmp_path):
    _add(vault, tmp_path, ["غزالة,خلف,حسن,كوجو,", "غزالة,مراد,سليمان,كوجو,",
                           "غزالة,الياس,قاسم,كوجو,"])
    r = vault("import", _list(tmp_path, ["غزالة,كوجو"], "الاسم,القرية"), "--dry-run")
    assert r.returncode == 0, r.stderr
    line = next(x for x in r.stdout.splitlines() if x.startswith("  row 2:"))
    assert "probable match with SNJ-00001" in line
    assert "another record fits as well: SNJ-00002" in line
    assert "more records fit as well: SNJ-00003" in line
    # and `review --json` names each of them, not only the first that fits as well
    r = vault("import", _list(tmp_path, ["غزالة,كوجو"], "الاسم,القرية", "again.csv"))
    assert r.returncode == 0, r.stderr
    r = vault("review", "2", "--json")
    assert r.returncode == 0, r.stderr
    (row,) = [x for x in json.loads(r.stdout) if x["row"] == 2]
    assert row["also_fits"]["case_no"] == "SNJ-00002"
    assert row["more_fit"] == ["SNJ-00003"]
    assert [o["case_no"] for o in row["fits_as_well"]] == ["SNJ-00002", "SNJ-00003"]
    r = vault("review", "2")
    assert "--person SNJ-00002" in r.stdout and "--person SNJ-00003" in r.stdout
    # and the last namesake may be the one she is
    r = vault("review", "2", "--row", "2", "--decide", "update", "--person", "SNJ-00003",
              "--despite-contradiction")  # a given name alone: unlikely one person
    assert r.returncode == 0, r.stderr


def test_a_given_name_alone_too_common_to_compare_is_said_so(vault, tmp_path):
    fathers = ["خلف", "مراد", "الياس", "قاسم", "حسن", "سليمان", "خضر", "حجي", "شمو", "رشو",
               "بركات", "جردو", "دخيل", "عيدو", "خديدة", "ميرزا", "نايف", "سعيد", "حمد", "علي",
               "ادريس", "كمال", "سمير", "جميل", "فارس", "صالح", "عمر", "نعمان"]
    _add(vault, tmp_path, [f"نادية,{f},بشار,كوجو," for f in fathers])
    r = vault("import", _list(tmp_path, ["نادية,كوجو"], "الاسم,القرية"), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "row 2: new person" in r.stdout
    assert (f"warning: only a given name, 'نادية', and {len(fathers)} records of that name agree"
            " with the rest of this row: too many to compare") in r.stdout
    # `match` says so too, where it said "no candidate" alone
    r = vault("match", _list(tmp_path, ["نادية,كوجو"], "الاسم,القرية"), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["too_common"] == len(fathers)
    # Another village leaves her few enough to compare, and nothing to be said
    r = vault("import", _list(tmp_path, ["نادية,حردان"], "الاسم,القرية"), "--dry-run")
    assert "too many to compare" not in r.stdout


def _woman(pid: int, given: str, father: str = "", village: str = "", born: str = "",
           grandfather: str = "") -> Person:
    p = Person(id=pid, case_no=f"SNJ-{pid:05d}", sex=Sex.FEMALE, origin_village=village,
               birth=FuzzyDate.parse(born) if born else FuzzyDate())
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        if text:
            p.name(part).put(text)
    return p


def test_a_given_name_alone_meets_her_among_more_namesakes_than_a_block_holds():
    """Past MAX_BLOCK * 4 namesakes the name was dropped whole, and the row became new."""
    villages = ("Hardan", "Tel Ezer", "Siba Sheikh Khidir", "Khanasor")
    vault = [_woman(n, "نادية", f"father{n}", villages[n % 4], "1960", f"grand{n}")
             for n in range(1, MAX_BLOCK * 4 + 100)]
    her = _woman(len(vault) + 1, "نادية", "خديدة", "Kocho", "1991", "شرف")
    matcher = RowMatcher([*vault, her])
    m = matcher.match(_woman(0, "نادية", village="Kocho", born="1991"), 2)
    assert m is not None and m.person_id == her.id
    assert matcher.too_common == 0


def test_duplicates_lists_a_given_name_alone_below_its_threshold_a_few_per_record(vault,
                                                                                   tmp_path):
    _add(vault, tmp_path, ["شيرين,خلف,حسن,كوجو,", "نادية,خلف,حسن,حردان,",
                           "نادية,مراد,سليمان,حردان,", "نادية,الياس,قاسم,حردان,",
                           "نادية,قاسم,خضر,حردان,"])
    path = _list(tmp_path, ["شيرين,كوجو", "نادية,حردان"], "الاسم,القرية")
    assert vault("import", path, "--yes").returncode == 0  # SNJ-00006 شيرين, SNJ-00007 نادية
    r = vault("duplicates", "--json")
    assert r.returncode == 0, r.stderr
    pairs = {(p["a"]["case_no"], p["b"]["case_no"]): p for p in json.loads(r.stdout)}
    # نادية of Hardan fits four records: which one cannot be told, and none is listed
    assert list(pairs) == [("SNJ-00001", "SNJ-00006")]
    assert pairs[("SNJ-00001", "SNJ-00006")]["note"] == GIVEN_ALONE
    r = vault("duplicates")
    assert "only a given name on one side" in r.stdout


def test_duplicates_lists_at_most_so_many_pairs_of_a_given_name_alone():
    consonants = "bdfgklmnrstz"
    names = [f"{consonants[i].upper()}a{consonants[j]}i{consonants[(i + j) % 12]}a"
             for i in range(12) for j in range(12)]
    people, pid = {}, 0
    for name in names:
        for p in (_woman(pid + 1, name, "Khalaf", "Kocho", grandfather="Hasan"),
                  _woman(pid + 2, name, village="Kocho")):
            people[p.id] = p
        pid += 2
    found = find_duplicates(people)
    alone = [s.score for _, _, s in found if s.note == GIVEN_ALONE]  # after the likely pairs
    assert len(alone) == ALONE_PAIRS and len(names) > ALONE_PAIRS
    assert alone == sorted(alone, reverse=True) and max(alone) < min(
        s.score for _, _, s in found[:-ALONE_PAIRS])


def test_a_given_name_alone_decided_new_by_hand_is_kept_apart_from_every_namesake_named(
        vault, tmp_path):
    _add(vault, tmp_path, ["غزالة,خلف,حسن,كوجو,", "غزالة,مراد,سليمان,كوجو,",
                           "غزالة,الياس,قاسم,كوجو,"])
    assert vault("import", _list(tmp_path, ["غزالة,كوجو"], "الاسم,القرية")).returncode == 0
    r = vault("review", "2", "--row", "2", "--decide", "create")
    assert r.returncode == 0, r.stderr
    r = vault("review", "2", "--commit")
    assert r.returncode == 0, r.stderr
    assert "غزالة" in vault("person", "show", "SNJ-00004").stdout  # the row made new
    r = vault("duplicates", "--threshold", "0.3", "--json")
    assert r.returncode == 0, r.stderr
    assert [p for p in json.loads(r.stdout) if "SNJ-00004" in (p["a"]["case_no"],
                                                               p["b"]["case_no"])] == []
