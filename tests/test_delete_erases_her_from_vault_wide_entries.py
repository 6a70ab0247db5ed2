"""A rule that set many records right at once (Excel date numbers read as days, births read
again) writes one vault-wide entry listing each record and what its value was. Deleting a
woman takes her out of such lists, case number and value, and leaves every other record's
item as it was; the trail still verifies. (Found in review: deletion searched only the entries
of persons and of lists.)"""

from __future__ import annotations

import json

from app.domain.person import NamePart, NameText, Person
from tests.import_helpers import new_vault


def _person(s, given: str) -> str:
    return s.persons.create(Person(names={NamePart.GIVEN: NameText("", given),
                                          NamePart.FATHER: NameText("", "Qqfatherq")})).case_no


def test_a_vault_wide_entry_loses_her_item_and_keeps_the_others(tmp_path):
    s = new_vault(tmp_path / "vault")
    try:
        her, other = _person(s, "Zilan"), _person(s, "Narin")
        with s.db.transaction():
            s.audit.append("vault.serial_dates", "vault", detail={
                "rule": 1, "changed": [her, other], "staged_rows": 0,
                "dates": [{"case": her, "field": "birth", "was": "Qqherwasq"},
                          {"case": other, "field": "birth", "was": "41854"}]})
        s.persons.delete(her, "asked by her family")
        (row,) = [r for r in s.audit.with_actions("vault.serial_dates")]
        detail = json.loads(row.detail)
        assert detail["changed"] == [other]
        assert detail["dates"] == [{"case": other, "field": "birth", "was": "41854"}]
        assert her not in row.detail and "Qqherwasq" not in row.detail
        assert s.audit.verify().ok
    finally:
        s.close()
