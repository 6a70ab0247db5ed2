"""A row withdrawn whose status a later list changed since is left "to settle by hand": the
message names that later list's row and what it did, and the withdrawal, with its reason, is in
her own history (`audit log --case`), as one that took something back is. A tester found only
the batch's entry, and "changed since the import" naming nothing to settle against."""

from __future__ import annotations

from tests.import_helpers import ok, write_csv

_HEAD = ["Name", "Father", "Grandfather", "Village", "Born", "Status"]


def _her_rescue_dated_by_a_later_list(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    for n, (source, status) in enumerate((("NGO", "missing"), ("Office", "rescued"),
                                          ("Family", "rescued 2017"))):
        lst = write_csv(tmp_path / f"l{n}.csv", _HEAD,
                        [["Nadia", "Khalaf", "Rasho", "Kocho", "1995", status]])
        ok(tmp_path, "import", str(lst), "--source", source, "--yes")


def test_the_message_names_the_later_list_and_her_history_holds_the_withdrawal(tmp_path):
    _her_rescue_dated_by_a_later_list(tmp_path)
    said = ok(tmp_path, "review", "2", "--row", "2", "--withdraw", "--note",
              "office says sent in error").stdout
    assert ("left status as it is: it was changed since the import by batch 3, row 2 of "
            "'Family'") in said
    assert "(date of status rescued:" in said and "-> 2017)" in said
    history = ok(tmp_path, "audit", "log", "--case", "SNJ-00001").stdout.splitlines()
    last = history[-1]
    assert "A list's row withdrawn from this record" in last
    assert "import_batch: 2" in last and "office says sent in error" in last
    assert "field=status" in last


def test_a_withdrawal_that_took_something_back_is_said_once_in_her_history(tmp_path):
    _her_rescue_dated_by_a_later_list(tmp_path)
    ok(tmp_path, "review", "3", "--row", "2", "--withdraw", "--note", "wrong year")
    history = ok(tmp_path, "audit", "log", "--case", "SNJ-00001").stdout
    assert history.count("A list's row withdrawn from this record") == 1


def test_what_changed_the_field_is_said_in_the_reports_words():
    """A reviewer saw 'mother.latin: Gule -> Gulê' in the withdrawal's message: the field's
    own key, not the words the import report names it by."""
    from app.importing.changed_by import _what
    said = _what({"changes": {"mother.latin": ["Gule", "Gulê"]}}, "mother.latin")["what"]
    assert said == "mother's name (Latin letters): Gule -> Gulê", said
