"""Leak test: a vault with a canary in every field; each PDF holds exactly its profile fields."""

from __future__ import annotations

import pytest

from app.reports.profiles import Profile, allows
from app.reports.service import ReportService, SummaryFilter
from tests.report_vault import CANARIES, decoded_text, make_canary_vault


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    """She is still held: a court's paper keeps back the search for her (while_held.py)."""
    v = make_canary_vault(tmp_path_factory.mktemp("canary") / "vault")
    yield v
    v.session.close()


@pytest.fixture(scope="module")
def freed_vault(tmp_path_factory):
    """The same woman rescued: every paper shows all its profile's fields."""
    v = make_canary_vault(tmp_path_factory.mktemp("canary-freed") / "vault", freed=True)
    yield v
    v.session.close()


# The canary fields a paper keeps back of the woman still held where its profile does not
# show the search for her (a court's): her reports are both of after her abduction, and her
# rescue record freed no one. Who holds her and where she was last known to be are where she
# is now.
HELD_BACK = {"held_by", "last_known_location", "reports", "report_text", "report_source_code",
             "report_identifying_text", "rescues", "rescue_route", "rescue_team", "rescue_costs",
             "rescue_needs", "rescue_notes", "rescue_handover_point"}


def _shown(profile: Profile, field: str, held: bool) -> bool:
    return allows(profile, field) and not (
        held and not allows(profile, "search_while_held") and field in HELD_BACK)


def _visible(pdf: bytes, password: str = "") -> set[str]:
    text = decoded_text(pdf, password)
    return {token for token in CANARIES if token in text}


def test_the_decoder_finds_text_wherever_a_pdf_can_hold_it():
    """The leak test is only as good as its decoder: a canary in a UTF-16 title or bookmark, in
    a link, in compressed page text or behind a password must all be found."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, encrypt="pw")
    canvas.setTitle("خليل zqtitlekx")
    canvas.setAuthor("zqauthorkx")
    canvas.bookmarkPage("p1")
    canvas.addOutlineEntry("كوجو zqoutlinekx", "p1")
    canvas.linkURL("http://x/zqlinkkx", (0, 0, 10, 10))
    canvas.drawString(10, 10, "zqpagekx")
    canvas.showPage()
    canvas.save()
    text = decoded_text(out.getvalue(), "pw")
    for token in ("zqtitlekx", "zqauthorkx", "zqoutlinekx", "zqlinkkx", "zqpagekx"):
        assert token in text, token


def test_every_canary_field_is_known_to_the_profiles():
    for field in set(CANARIES.values()):
        allows(Profile.INTERNAL, field)  # raises KeyError for a field no profile knows


LANGS = ["en", "ar", "ckb", "kmr"]


@pytest.mark.parametrize("held", [True, False], ids=["held", "freed"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("profile", list(Profile))
def test_dossier_holds_exactly_the_fields_of_its_profile(vault, freed_vault, profile, lang,
                                                         held):
    v = vault if held else freed_vault
    pdf = ReportService(v.session).dossier_pdf(v.case_no, profile=profile, lang=lang)
    expected = {t for t, field in CANARIES.items() if _shown(profile, field, held)}
    assert _visible(pdf) == expected
    assert (b"/Subtype /Image" in pdf) == allows(profile, "photo")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("profile", list(Profile))
def test_summary_holds_only_its_columns(vault, profile, lang):
    mine = (vault.case_no,) if profile is Profile.FAMILY else ()  # a family names its own
    pdf, count = ReportService(vault.session).summary_pdf(
        SummaryFilter(query=vault.case_no, persons=mine), profile=profile, lang=lang)
    assert count == 1
    expected = {t for t, field in CANARIES.items()
                if field == "names" or t == "zqvillagekx"}
    assert _visible(pdf) == expected


@pytest.mark.parametrize("held", [True, False], ids=["held", "freed"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("profile", list(Profile))
def test_rescue_report_holds_only_the_profile_fields(vault, freed_vault, profile, lang, held):
    v = vault if held else freed_vault
    mine = (v.case_no,) if profile is Profile.FAMILY else ()  # a family names its own
    pdf = ReportService(v.session).rescue_pdf(v.rescue_id, profile=profile, lang=lang,
                                              for_persons=mine)
    rescue_fields = {"rescues", "rescue_route", "rescue_team", "rescue_costs", "rescue_needs",
                     "rescue_notes", "rescue_handover_point"}
    expected = {t for t, field in CANARIES.items()
                if field in rescue_fields and _shown(profile, field, held)
                and allows(profile, "rescues")}
    # she is named where the profile names persons, unless she is held from it
    if allows(profile, "rescues") and _shown(profile, "rescues", held) \
            and allows(profile, "names"):
        expected |= {t for t, field in CANARIES.items() if field == "names"}
    assert _visible(pdf) == expected


def test_public_dossier_leaks_nothing_sensitive(vault):
    """The plain statement of the promise, independent of the profile tables."""
    pdf = ReportService(vault.session).dossier_pdf(vault.case_no, profile=Profile.PUBLIC,
                                                   lang="en")
    visible = _visible(pdf)
    for field in ("report_source_code", "contacts", "last_known_location", "held_by",
                  "rescue_team", "rescue_route", "rescue_costs", "notes", "provenance"):
        assert not {t for t in visible if CANARIES[t] == field}, field


def test_encrypted_dossier_hides_everything_without_the_password(vault):
    pdf = ReportService(vault.session).dossier_pdf(vault.case_no, profile=Profile.INTERNAL,
                                                   lang="en", password="كوجو 2014 آب")
    assert _visible(pdf, "كوجو 2014 آب") == {t for t, f in CANARIES.items()
                                              if allows(Profile.INTERNAL, f)}
    raw = pdf.decode("latin-1")
    assert not any(token in raw for token in CANARIES)
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; pdfminer's type varies
        decoded_text(pdf, "wrong password")


def test_photo_metadata_never_reaches_the_pdf():
    """A photo's EXIF (camera, time, GPS position) is dropped by re-encoding it in memory."""
    import io

    from PIL import Image

    from app.reports.dossier import render_dossier
    from app.reports.selection import select_dossier
    from tests.report_samples import sample_source

    img = Image.new("RGB", (64, 64), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = "zqexifcanarykx"  # ImageDescription
    exif[0x013B] = "zqexifartistkx"  # Artist
    raw = io.BytesIO()
    img.save(raw, format="JPEG", exif=exif.tobytes(), comment=b"zqjpegcommentkx")
    assert b"zqexifcanarykx" in raw.getvalue() and b"zqjpegcommentkx" in raw.getvalue()
    src = sample_source()
    src.photo = raw.getvalue()
    pdf = render_dossier(select_dossier(src, Profile.INTERNAL, "en"))
    assert b"/Subtype /Image" in pdf
    text = decoded_text(pdf)
    assert "zqexifcanarykx" not in text and "zqexifartistkx" not in text
    assert b"Exif" not in pdf
    assert "zqjpegcommentkx" not in text and b"zqjpegcommentkx" not in pdf  # a JPEG comment
