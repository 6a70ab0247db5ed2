"""The print screen's refusal of a summary chosen by when a woman was seen names the paper's
disclosure profile in the interface's language: "court" stood in English in the Arabic,
Sorani and Kurmanji sentence."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.parametrize("profile", [Profile.COURT, Profile.PUBLIC])  # family: --for first
def test_the_profile_is_named_in_her_language(qapp, new_translations, session, lang, profile):
    import ui.i18n
    from ui.error_words import error_said
    from ui.labels import profile_names

    with pytest.raises(ValidationError) as e:
        ReportService(session).summary(SummaryFilter(seen_since=date(2024, 1, 1)),
                                       profile=profile, lang="en")
    assert str(e.value).startswith(f"a {profile.value} document is not chosen")  # the CLI's
    try:
        ui.i18n.apply_language(qapp, lang)
        said, name = error_said(e.value), profile_names()[profile.value]
    finally:
        ui.i18n.apply_language(qapp, "en")
    assert name != profile.value and name in said, said
    assert profile.value not in said.replace(name, ""), said
