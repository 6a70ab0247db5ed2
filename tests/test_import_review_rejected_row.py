"""A rejected row asked to be decided says that it was rejected and why, on the command line and
in the desktop's language: "has no importable row 3" sent her looking for a row that is there."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.person import NamePart, Person
from app.importing.service import ImportService
from app.vault import KdfParams, create_vault
from tests.conftest import PASSPHRASE
from tests.report_text_sample import english_left
from ui.bidi import LRI, PDI


def _list_with_a_name_that_lost_letters(folder):
    """Row 2 whole, waiting for a decision where the vault knows a Nadia of the same father;
    row 3's name lost ە and ڕ to '?' (Excel's cp1256 CSV): rejected."""
    path = folder / "mixed.csv"
    path.write_bytes("الاسم,اسم الاب\r\nنادية,خلف\r\n??ان,خلف\r\n".encode("cp1256"))
    return path


def test_the_command_line_says_the_row_was_rejected_and_why(tmp_path, cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "نادية", "--father", "خلف").returncode == 0
    path = _list_with_a_name_that_lost_letters(tmp_path)
    assert "waits for your decision" in cli("import", str(path)).stdout
    for decision in ("create", "skip"):
        out = cli("review", "1", "--row", "3", "--decide", decision, "--override")
        assert out.returncode == 2, out.stdout
        assert out.stderr == (
            "casekeeper: row 3 was rejected when the list was read, so there is nothing to "
            "decide: column A (الاسم): '??ان' lost letters ('?'): the file was saved as Windows "
            "Arabic (cp1256), which cannot hold Sorani letters; import a UTF-8 copy of the "
            "list\n")
    out = cli("review", "1", "--row", "9", "--decide", "create")
    assert (out.returncode, out.stderr) == (5, "casekeeper: batch 1 has no row 9\n")


def _nadia() -> Person:
    p = Person()
    p.name(NamePart.GIVEN).put("نادية")
    p.name(NamePart.FATHER).put("خلف")
    return p


@pytest.fixture
def desk(tmp_path):
    session, _code = create_vault(tmp_path / "desk", PASSPHRASE, "SNJ", KdfParams.fast())
    yield session
    session.close()


def test_the_desktop_says_it_in_arabic(tmp_path, desk, qapp):
    from ui import import_ops
    from ui.i18n import apply_language

    svc = ImportService(desk)
    desk.persons.create(_nadia())
    plan = svc.prepare(str(_list_with_a_name_that_lost_letters(tmp_path)))
    batch = svc.stage(plan, svc.stage_rows(plan))
    apply_language(qapp, "ar")
    try:
        with pytest.raises(ValidationError) as refused:
            import_ops.decide(desk, batch, {3: "create"})
    finally:
        apply_language(qapp, "en")
    said = str(refused.value)
    assert said.startswith(f"رُفض الصف {LRI}3{PDI} عند قراءة القائمة"), said
    assert "'??ان'" in said and "cp1256" in said, said
    assert english_left(said, "ar") == set(), said
