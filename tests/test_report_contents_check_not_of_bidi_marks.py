"""A dossier's contents check is a code of what the paper says, not of how its lines are drawn."""

from __future__ import annotations

from app.reports.bidi_levels import LRO, PDF
from app.reports.content_check import content_check
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.report_samples import sample_source


def test_the_bidi_marks_of_a_view_do_not_change_its_code():
    """Keeping a phone number whole on its line (LRO..PDF around it) gave the same record
    another contents check: a court comparing two papers of it read that they differ."""
    view = select_dossier(sample_source(), Profile.INTERNAL, "en")
    before = content_check(view)
    contacts = next(s for s in view.sections if s.rows and "+964" in "".join(s.rows[0]))
    contacts.rows[0] = [cell.replace("+964 750 123 4567", f"{LRO}+964 750 123 4567{PDF}")
                        for cell in contacts.rows[0]]
    assert content_check(view) == before
    contacts.rows[0] = [cell.replace("4567", "4568") for cell in contacts.rows[0]]
    assert content_check(view) != before
