"""The person dossier: a DossierView (already redacted) laid out as PDF pages."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, Table, TableStyle

from app.photos import on_white, upright
from app.reports.document import (
    TEXT_WIDTH,
    build_pdf,
    internal_banner,
    page_label,
    style_for,
)
from app.reports.labels import label
from app.reports.selection import DossierView, Section
from app.reports.tables import label_value_table, text_table
from app.reports.textflow import BidiText

PHOTO_BOX = 38 * mm
_RED = colors.HexColor("#b00020")


def render_dossier(view: DossierView, password: str | None = None) -> bytes:
    return build_pdf(dossier_story(view), view.lang, dossier_footer(view), password,
                     internal_banner(view.profile, view.lang))


def dossier_story(view: DossierView) -> list:
    lang = view.lang
    body = style_for(lang)
    story: list = []
    if view.synthetic:
        story.append(BidiText(label("synthetic", lang), body.but(bold=True, color=_RED,
                                                                   space_after=4)))
    head = [BidiText(label("dossier_title", lang), body.but(size=15, bold=True)),
            BidiText(f"{label('case_no', lang)}: {view.footer['case_no']}",
                     body.but(size=11, bold=True))]
    if view.merged_here:
        head.append(BidiText(view.merged_here, body.but(size=10)))
    head += [BidiText(name, body.but(size=13, bold=True)) for name in view.heading if name]
    head.append(BidiText(f"{label('profile', lang)}: {view.footer['profile']}",
                         body.but(size=9, color=colors.HexColor("#444444"))))
    if view.held_said:
        # before anything else is read: the paper is not all that is known of her
        head.append(BidiText(view.held_said, body.but(size=9.5, bold=True, color=_RED,
                                                      space_before=3)))
    story.append(_with_photo(head, view))
    for i, section in enumerate(view.sections):
        story.extend(_section(section, lang, first=i == 0))
    return story


def _with_photo(head: list, view: DossierView):
    photo = photo_flowable(view.photo) if view.photo else None
    if photo is None:
        return Table([[head]], colWidths=[TEXT_WIDTH],
                     style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    cells = [head, photo]
    widths = [TEXT_WIDTH - PHOTO_BOX - 4 * mm, PHOTO_BOX + 4 * mm]
    if view.lang in ("ar", "ckb"):
        cells, widths = cells[::-1], widths[::-1]
    return Table([cells], colWidths=widths, style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))


def photo_flowable(data: bytes) -> Image | None:
    """The photo re-encoded in memory: downscaled, and without EXIF (which may hold GPS) or any
    other text the file carried (a JPEG comment came through into the dossier)."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as img:
            # turned: a photo stored before they were turned on the way in; on white: a cut-out
            # PNG's transparent background printed black
            img = on_white(upright(img))
            img.thumbnail((480, 480))
            img.info.clear()  # Pillow writes a comment (and more) from info when it saves
            out = io.BytesIO()
            img.save(out, format="JPEG", quality=82)
            w, h = img.size
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None  # an unreadable photo is left out rather than stopping the dossier
    scale = PHOTO_BOX / max(w, h)
    out.seek(0)
    return Image(out, width=w * scale, height=h * scale)


def _section(section: Section, lang: str, first: bool = False) -> list:
    body = style_for(lang)
    # The gap above a section is its title's space before, which a page's top drops, never a
    # Spacer under the section before: one that no longer fitted under a table ending at the
    # foot of a page was set alone on a new page, a last page blank but for its footer.
    title = BidiText(section.title, body.but(size=11.5, bold=True,
                                             space_before=9 if first else 11, space_after=3))
    title.keepWithNext = True  # never a section title alone at the foot of a page
    out = [title]
    if section.pairs:
        out.append(label_value_table(section.pairs, TEXT_WIDTH, body, own=section.own_pairs))
    if section.header or section.rows:
        if not section.rows:
            # no row to head: the note says why (every relative left out by her sharing level,
            # every report held back) or "none recorded" does, never over an empty table
            if not section.note:
                out.append(BidiText(label("none", lang), body.but(color=colors.grey)))
        else:
            widths = [TEXT_WIDTH * w for w in section.widths]
            out.append(text_table([section.header, *section.rows], widths, body,
                                  whole=section.whole, whole_rows=section.whole_rows,
                                  own=section.own_columns))
    if section.note:
        out.append(BidiText(section.note, body.but(space_before=3)))
    return out


def dossier_footer(view: DossierView):
    lang, f = view.lang, view.footer

    def lines(page: int, total: int) -> list[str]:
        first = f"{label('case_no', lang)}: {f['case_no']}"
        if "audit_head" in f:
            first += f"  ·  {label('audit_head', lang)}: {f['audit_head']}"
        second = f"{label('generated', lang)}: {f['generated']}  ·  " \
                 f"{label('profile', lang)}: {f['profile']}  ·  "
        if "content_check" in f:  # the audit head's line has no room for it
            second += f"{label('content_check', lang)}: {f['content_check']}  ·  "
        second += page_label(lang, page, total)
        return [first, second]

    return lines
