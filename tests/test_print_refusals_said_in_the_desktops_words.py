"""The Print screen's refusals of a family summary for two families and of a rescue paper for a
person the operation did not free are said in the interface's language and in the desktop's
words: they came in English, one with `casekeeper relative ...` to type (found by a tester)."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter
from app.vault import open_vault
from tests.ui_support import PASSPHRASE


@pytest.fixture
def two_families(cli):
    """SNJ-00001 and SNJ-00002, not relatives; operation 1 freed SNJ-00001 alone, operation 2
    freed no one (it was for SNJ-00001)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Jihan", "Berivan"):
        r = cli("person", "add", "--given", given, "--family", "Haji", "--sex", "F",
                "--village", "Kocho", "--status", "missing", "--sharing", "public")
        assert r.returncode == 0, r.stderr
    for outcome, status in (("freed", "rescued"), ("failed", "none")):
        r = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2016-11", "--outcome",
                outcome, "--status", status)
        assert r.returncode == 0, r.stderr
    s = open_vault(cli.vault, PASSPHRASE)
    yield ReportService(s)
    s.close()


def _refusals(service) -> list[ValidationError]:
    said = []
    for make in (lambda: service.summary(SummaryFilter(persons=("SNJ-00001", "SNJ-00002")),
                                         profile=Profile.FAMILY, lang="ar"),
                 lambda: service.rescue(1, profile=Profile.FAMILY, lang="ar",
                                        for_persons=("SNJ-00002",)),
                 lambda: service.rescue(2, profile=Profile.FAMILY, lang="ar",
                                        for_persons=("SNJ-00002",))):
        with pytest.raises(ValidationError) as e:
            make()
        said.append(e.value)
    return said


def test_the_command_line_still_names_its_command(two_families):
    family, not_freed, failed = (str(e) for e in _refusals(two_families))
    assert "`casekeeper relative SNJ-00001 sibling SNJ-00002`" in family
    assert "SNJ-00002 was not rescued in operation 1" in not_freed
    assert "(--status none)" in failed


def test_the_desktop_says_them_without_command_line_syntax(two_families):
    from ui.error_words import error_said
    family, not_freed, failed = (error_said(e) for e in _refusals(two_families))
    for said in (family, not_freed, failed):
        assert "casekeeper" not in said and "--" not in said and "`" not in said, said
    assert "Link relative on her page" in family and "SNJ-00001; SNJ-00002" in family
    assert "under Whose family" in not_freed and "it freed none of them" in failed


@pytest.mark.usefixtures("new_translations")  # the new words, not in the .qm files yet
@pytest.mark.parametrize("lang, word", [("ar", "عائلة مَن"), ("ckb", "خێزانی کێ"),
                                        ("kmr", "Malbata kê")])
def test_the_desktop_says_them_in_its_language(qapp, two_families, lang, word):
    from ui.error_words import error_said
    from ui.i18n import apply_language
    apply_language(qapp, lang)
    try:
        said = [error_said(e) for e in _refusals(two_families)]
    finally:
        apply_language(qapp, "en")
    assert all("operation" not in s and "family summary" not in s for s in said), said
    assert word in said[1] and word in said[2], said
