"""A row of a given name and a clan and no village («روزا», «حسكاني»), or a woman of them in the
vault with none: asked about the only record of them that nothing disagrees with, or, with
more than one, new and said to fit them all; the same in the dry run, the import, the review
and the desktop."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import write_csv

HEADER = ["الاسم", "العشيرة", "القرية", "الحالة"]
MANY = "only a given and a family name, 'روزا حسكاني', no father's name, and 2 records of them"

# (given_clan.ONLY_ONE, written out: the reason the row is asked about)
ONLY_ONE = ("only a given and a family name on one side, no father's name: the only record of "
            "them that nothing disagrees with, so asked")


def _add(cli, *args):
    out = cli("person", "add", "--given", "روزا", "--given", "Roza", "--family", "حسكاني",
              "--family", "Haskani", "--sex", "F", "--status", "missing", *args)
    assert out.returncode == 0, out.stderr


def _roza(cli, village="Kocho"):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _add(cli, "--father", "بركات", "--grandfather", "خليل",
         *(("--village", village) if village else ()))


def _rows(cli, path, *args):
    out = cli("--json", "import", str(path), "--dry-run", *args)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["rows"]


def test_a_row_without_a_village_is_asked_about_the_only_woman_of_them(cli, tmp_path):
    _roza(cli)
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"]])
    out = cli("import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 2: probable match with SNJ-00001 (score 0.56" in out.stdout
    assert ONLY_ONE in out.stdout
    (row,) = _rows(cli, path)
    assert row["outcome"] == "probable" and row["match"] == "SNJ-00001"


def test_her_record_without_a_village_and_the_row_with_one(cli, tmp_path):
    _roza(cli, village="")
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "كوجو", "مفقودة"]])
    (row,) = _rows(cli, path)
    assert row["outcome"] == "probable" and row["match"] == "SNJ-00001"


def test_the_import_waits_and_review_says_why(cli, tmp_path):
    _roza(cli)
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"]])
    out = cli("import", str(path), "--source", "Family R")
    assert out.returncode == 0, out.stderr
    assert "1 probable match wait" in out.stdout or "probable 1" in out.stdout
    out = cli("review", "1")
    assert "row 2: probable match with SNJ-00001" in out.stdout and ONLY_ONE in out.stdout


def test_with_yes_she_is_created_and_reported_as_a_possible_duplicate(cli, tmp_path):
    _roza(cli)
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"]])
    out = cli("import", str(path), "--yes", "--source", "Family R")
    assert out.returncode == 0, out.stderr
    assert "possible duplicate row 2: created SNJ-00002, a probable match with SNJ-00001" \
        in out.stdout


def test_two_women_of_them_the_row_is_new_and_names_both(cli, tmp_path):
    _roza(cli)
    _add(cli, "--father", "حسن")  # another Roza Haskani, of no village
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"]])
    (row,) = _rows(cli, path)
    assert row["outcome"] == "new"
    (said,) = [w for w in row["warnings"] if w.startswith(MANY)]
    assert "SNJ-00001, SNJ-00002" in said
    out = cli("import", str(path), "--source", "Family R")
    assert out.returncode == 0, out.stderr
    assert f"warning row 2: {MANY}" in out.stdout


def test_another_village_is_still_a_namesake(cli, tmp_path):
    _roza(cli)
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "حردان", "مفقودة"]])
    (row,) = _rows(cli, path)
    assert row["outcome"] == "new" and not any(w.startswith(MANY[:40]) for w in row["warnings"])


def test_a_record_merged_into_hers_is_no_second_woman(cli, tmp_path):
    _roza(cli, village="")
    _add(cli, "--father", "بركات")
    assert cli("merge", "SNJ-00001", "SNJ-00002").returncode == 0
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"]])
    (row,) = _rows(cli, path)
    assert row["outcome"] == "probable" and row["match"] == "SNJ-00001"


def test_the_desktop_says_it_in_its_language(qapp, new_translations):
    from app.importing import notes
    from app.importing.pieces import Quoted
    from ui.i18n import apply_language
    from ui.import_report import sentence_said
    from ui.labels import explanation_text

    note = notes.Note(notes.CLAN_NAMESAKES, Quoted("روزا حسكاني"), 2, "SNJ-00001, SNJ-00002")
    assert explanation_text(f"given match, family match; {ONLY_ONE}").endswith(ONLY_ONE)
    try:
        for lang in ("ar", "ckb", "kmr"):
            apply_language(qapp, lang)
            assert "only" not in explanation_text(f"given match; {ONLY_ONE}"), lang
            text = sentence_said(note)
            assert "only" not in text and "SNJ-00001, SNJ-00002" in text, (lang, text)
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_desktop_preview_agrees(qtbot, gui, made_vault, tmp_path, lang, new_translations):
    from app.domain.person import NamePart, Person, Sex
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.test_ui_import_preview_words import _preview

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for father, village in (("بركات", "Kocho"), ("حسن", ""), ("خليل", "")):
        p = Person(sex=Sex.FEMALE, origin_village=village)
        for part, text in ((NamePart.GIVEN, "روزا" if father != "خليل" else "نادية"),
                           (NamePart.FATHER, father), (NamePart.FAMILY, "حسكاني")):
            p.name(part).put(text)
        s.persons.create(p)
    s.close()
    path = write_csv(tmp_path / "family.csv", HEADER, [["روزا", "حسكاني", "", "مفقودة"],
                                                        ["نادية", "حسكاني", "", "مفقودة"]])
    model = _preview(qtbot, gui, folder, path, lang).preview.model
    many, one = ([model.item(n, c).text() for c in range(model.columnCount())] for n in (0, 1))
    assert "SNJ-00001, SNJ-00002" in many[5] and many[1] != one[1]  # new, said; asked
    assert one[3].startswith("SNJ-00003")
    assert ("only a given and a family name" in many[5]) == (lang == "en")


def _woman(pid, father, village, given="نادية"):
    from app.domain.person import NamePart, Person, Sex

    p = Person(id=pid, case_no=f"SNJ-{pid:05d}", sex=Sex.FEMALE, origin_village=village)
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.FAMILY, "حسكاني")):
        p.name(part).put(text)
    return p


def test_among_more_namesakes_of_a_clan_than_a_block_holds_she_is_found():
    """Past MAX_BLOCK * 4 records of a given name and clan the block was dropped whole: the
    only one of her village was never compared, and the row was new without a word."""
    from app.importing.dedupe import RowMatcher
    from app.matching.blocking import MAX_BLOCK

    vault = [_woman(n, f"father{n}", "Hardan") for n in range(1, MAX_BLOCK * 4 + 100)]
    her = _woman(len(vault) + 1, "خديدة", "Kocho")
    matcher = RowMatcher([*vault, her])
    m = matcher.match(_woman(0, "", "Kocho"), 2)
    assert m is not None and m.person_id == her.id and not m.certain


def test_many_namesakes_are_counted_and_the_first_named():
    from app.importing.dedupe import RowMatcher
    from app.importing.service import clan_note

    vault = [_woman(n, f"father{n}", "") for n in range(1, 1301)]
    matcher = RowMatcher(vault)
    assert matcher.match(_woman(0, "", "Kocho"), 2) is None
    assert len(matcher.clan_namesakes) == 1300
    said = str(clan_note(_woman(0, "", "Kocho"), matcher.clan_namesakes))
    assert said.startswith("only a given and a family name, 'نادية حسكاني', no father's name, "
                           "and 1300 records of them")
    assert "SNJ-00001, SNJ-00002, " in said and "SNJ-00012, ...;" in said


def test_the_reason_written_out_here_is_the_programs():
    from app.matching import given_clan

    assert getattr(given_clan, "ONLY_ONE", None) == ONLY_ONE
