"""An import report that takes every branch of the report's text: its values as build_report
and the commit write them, with Arabic and Latin names, a sheet and a source."""

from __future__ import annotations


def full_report() -> dict:
    """Every line the report can say at least once, some twice (one row and several)."""
    return {
        "batch": 7, "state": "committed", "file": "قائمة كوجو 2024.xlsx",
        "sha256": "ab12" * 16, "sheet": "كوجو", "source": "Office of Kidnapped Affairs",
        "header_row": 4, "rows_read": 12, "blank_rows_skipped": 2,
        "outcomes": {"certain": 3, "new": 6, "probable": 2, "rejected": 1},
        "decisions": {"create": 6, "same_as_row": 1, "skip": 2, "update": 2},
        "results": {"created": 6, "rejected": 1, "same_as_earlier_row": 1, "skipped": 2,
                    "unchanged": 1, "updated": 1},
        "read_issues": ["passed over 'بەرگ' (no name column)"],
        "mapping": {},
        "columns_not_imported": [{"column": "الخيمة", "cells": 9},
                                 {"column": "Marital status", "cells": 1}],
        "rejected": [{"row": 9, "reason": "no name in any name column"}],
        "warnings": [{"row": 5, "warning": "birth '1998م' read as 1998"},
                     # a warning naming its column: by its letter and its header
                     {"row": 6, "warning": "column E (المواليد): 'قريبا' is not a date we can "
                                           "read; the text is kept",
                      "note": {"said": "column %1: %2 is not a date we can read; the text is "
                                       "kept",
                               "values": [{"column": ["E", "المواليد"]}, {"quoted": "قريبا"}],
                               "text": "column E (المواليد): 'قريبا' is not a date we can "
                                       "read; the text is kept"}}],
        "conflicts": [{"row": 6, "case_no": "SNJ-00004", "field": "origin_village",
                       "vault": "Kocho", "list": "كوجو"},
                      {"row": 7, "case_no": "SNJ-00005", "field": "father.latin",
                       "vault": "Basi", "list": "Basee"}],
        "conflicts_noted_before": [{"row": 8, "noted_in": 3}, {"row": 10, "noted_in": 5}],
        "redirected": [{"row": 6, "matched": "SNJ-00002", "case_no": "SNJ-00004"}],
        "status_moves": [{"row": 6, "case_no": "SNJ-00004", "from": "missing",
                          "to": "rescued"}],
        "skipped": [{"row": 10, "why": "decided: skip"},
                    {"row": 11, "why": "a repeat of row 10, which was skipped"}],
        "possible_duplicates": [{"row": 3, "case_no": "SNJ-00010", "candidate": "SNJ-00001",
                                 "candidate_row": None, "score": 0.86},
                                {"row": 4, "case_no": "SNJ-00011", "candidate": "SNJ-00010",
                                 "candidate_row": 3, "score": 0.91}],
        "decided_by_hand": [
            {"row": 6, "decision": "update", "person": "SNJ-00004",
             "was": "a probable match with SNJ-00004, undecided", "overridden": False,
             "contradicts": [], "at": "2026-01-05T10:00:00Z"},
            {"row": 7, "decision": "update", "person": "SNJ-00005",
             "was": "new, to be created", "overridden": True,
             "contradicts": [{"field": "sex", "list": "M", "vault": "F",
                              "kept": "kept the vault's sex F; the list said M"}],
             "at": "2026-01-05T10:01:00Z"},
            {"row": 10, "decision": "skip", "person": None, "was": "undecided",
             "overridden": False, "contradicts": [], "at": "2026-01-05T10:02:00Z"}],
        "decided_in_bulk": [{"decision": "create", "how": "review --all", "rows": [3, 4, 5, 8],
                             "at": "2026-01-05T10:03:00Z"},
                            {"decision": "skip", "how": "import --yes", "rows": [12],
                             "at": "2026-01-05T10:04:00Z"}],
        # an older version committed after this later one (commit.later_versions)
        "later_versions": [{"batch": 4, "file": "kocho v3.xlsx",
                            "committed_at": "2026-01-04T09:30:00Z"}],
        "changes_since_last_import": {
            "previous_batch": 3, "previous_file": "kocho.xlsx", "added": 1, "removed": 1,
            "changed": 1, "unchanged": 7, "repeated": 2, "not_compared": 1,
            "no_longer_given": 1, "moved": 6, "status_changed": 1, "status_columns": ["الحالة"],
            "added_rows": [{"row": 12, "name": "نادية مراد باسي", "case_no": "SNJ-00012"}],
            "removed_rows": [{"row": 9, "name": "", "case_no": None}],
            "changed_rows": [{"row": 6, "previous_row": 5, "name": "Layla Murad",
                              "case_no": "SNJ-00004",
                              "columns": {"الحالة": ["مفقودة", "ناجية"]},
                              "no_longer_given": {"ملاحظات": "الأم في مخيم شاريا"}}],
            "no_longer_given_rows": [{"row": 8, "previous_row": 7, "name": "Samira",
                                      "case_no": None, "no_longer_given": {"Born": "1998"}}],
            "columns_left_out": ["Mother", "الأم"],
            "repeated_rows": [{"row": 11, "name": "", "same_as_row": 10, "case_no": None},
                              {"row": 2, "name": "Xelîl", "same_as_row": 1,
                               "case_no": "SNJ-00003"}],
        },
        "reconciled": True, "created_at": "2026-01-05T09:59:00Z",
        "committed_at": "2026-01-05T10:05:00Z",
    }


def bare_report() -> dict:
    """The same batch with nothing counted yet, no sheet, no source, counts not reconciled,
    one conflict noted before, one an earlier row noted, and a change with no previous file
    and nothing to list."""
    rep = full_report()
    rep.update(sheet=None, source="", results={}, reconciled=False, outcomes={}, decisions={},
               conflicts_noted_before=[{"row": 1, "noted_in": 2}, {"row": 5, "noted_in_row": 4}])
    rep["changes_since_last_import"] = {"previous_batch": 2, "previous_file": "", "added": 0,
                                        "removed": 0, "changed": 0, "unchanged": 3}
    return rep


def long_report() -> dict:
    """More of each than the text lists: the lines that say how many more."""
    rep = full_report()
    rep["status_moves"] = [{"row": n, "case_no": f"SNJ-{n:05d}", "from": "missing",
                            "to": "sighted"} for n in range(1, 206)]
    rep["decided_by_hand"] = [{"row": n, "decision": "create", "person": None, "was": "undecided",
                               "overridden": False, "contradicts": [], "at": "2026"}
                              for n in range(1, 206)]
    rep["decided_in_bulk"] = [{"decision": "skip", "how": "review --all",
                               "rows": list(range(1, 240, 2)), "at": "2026"}]
    # conflicts earlier rows of this very list noted: named by their rows, not by the batch
    rep["conflicts_noted_before"] = [*rep["conflicts_noted_before"],
                                     {"row": 11, "noted_in_row": 6}, {"row": 12, "noted_in_row": 7}]
    rep["possible_duplicates"] = [{"row": 3, "case_no": "SNJ-00010", "candidate": "",
                                   "candidate_row": None, "score": 0.97}]
    ch = rep["changes_since_last_import"]
    ch["added"] = 55
    ch["added_rows"] = [{"row": n, "name": f"Name {n}", "case_no": None} for n in range(55)]
    ch["changed_rows"][0].pop("no_longer_given")
    ch["no_longer_given"], ch["no_longer_given_rows"], ch["columns_left_out"] = 0, [], []
    return rep


CLI_WORDS = {"sha", "json", "override", "person", "show", "casekeeper"}


def english_words() -> set[str]:
    """Every English word of three letters or more that the report's templates and word tables
    say, less the command line's own (SHA-256, --json, `person show`), which stay as they are."""
    import ast
    import re

    from app.importing.pieces import ENGLISH, WORDS
    from tests.conftest import ROOT
    tree = ast.parse((ROOT / "app" / "importing" / "report.py").read_text(encoding="utf-8"))
    said = [n.args[0].value for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "Said"]
    said += [w for words in ENGLISH.values() for w in words.values()]
    said += [k for keys in WORDS.values() for k in keys]
    return {w.lower() for text in said for w in re.findall(r"[A-Za-z]{3,}", text)} - CLI_WORDS


def english_left(text: str, lang: str, values: tuple[str, ...] = ()) -> set[str]:
    """The report's English words in text once the isolated values (names, file names, the
    reasons the reader gave in English) and the values given are taken out: in Arabic every
    Latin word left. (Left to right, Latin values are not isolated: name them in values.)"""
    import re
    bare = re.sub("[\u2066\u2068][^\u2069]*\u2069", " ", text)
    for v in values:
        bare = bare.replace(v, " ")
    found = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)}
    return found - CLI_WORDS if lang == "ar" else found & english_words()
