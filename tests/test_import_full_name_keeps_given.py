"""A full-name column gives her given name: another column whose header only contains a word
for 'name' ("ناوی ..." , "Name of ...") in the same script is not read as her given name too,
which dropped the full name's given name and joined sisters as one woman."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing.fields import Field
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv


@pytest.fixture
def session(tmp_path):
    s = new_vault(tmp_path / "vault")
    yield s
    s.close()


@pytest.mark.parametrize("header, rows", [
    (["ناوی سیانی", "ناوی ئۆردوگا"], [["ڤیان خەلیل عەلی", "شاریا"], ["خالیدە شێخۆ دەخیل", "شاریا"],
                                     ["خولود شێخۆ دەخیل", "شاریا"]]),
    (["Full name", "Name of camp"], [["Vian Khalil Ali", "Sharya"], ["Khalida Shekho Dakhil", "Sharya"],
                                     ["Khulud Shekho Dakhil", "Sharya"]]),
])
def test_a_column_named_only_partly_like_a_name_does_not_take_the_full_names_given_name(
        session, tmp_path, header, rows):
    svc = ImportService(session)
    plan = svc.prepare(str(write_csv(tmp_path / "list.csv", header, rows)))
    assert plan.mapping.columns[header[0]] == Field.FULL_NAME
    assert plan.mapping.columns[header[1]] == Field.IGNORE
    assert "already comes from" in str(plan.mapping.reasons[header[1]])
    staged = svc.stage_rows(plan)
    givens = [r.person.names[NamePart.GIVEN] for r in staged]
    assert [g.original or g.latin for g in givens] == [r[0].split()[0] for r in rows]
    # the sisters (Khalida, Khulud: father and grandfather alike) stay two women: Khulud's row
    # is no certain repeat of Khalida's
    assert not (staged[2].outcome == "certain" and staged[2].match_row_number == 3)


def test_a_given_name_in_the_other_script_beside_a_full_name_is_still_taken(session, tmp_path):
    svc = ImportService(session)
    plan = svc.prepare(str(write_csv(tmp_path / "list.csv", ["الاسم الثلاثي", "Name"],
                                     [["خالدة شيخو دخيل", "Khalida"]])))
    assert plan.mapping.columns["Name"] == Field.GIVEN
    given = svc.stage_rows(plan)[0].person.names[NamePart.GIVEN]
    assert (given.original, given.latin) == ("خالدة", "Khalida")
