"""Building a PDF in memory: page frame, numbered footer, neutral metadata, optional password."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.reports.fonts import fonts
from app.reports.labels import is_rtl, label
from app.reports.pdfcrypt import Aes256Encryption
from app.reports.steps import FINISHING, PAGES, Steps
from app.reports.table_pages import TitleWithTable
from app.reports.textflow import BidiText, TextStyle

PAGE = A4
MARGIN = 16 * mm
FOOTER_SPACE = 14 * mm
TEXT_WIDTH = PAGE[0] - 2 * MARGIN

# reportlab writes its name into the file header and trailer comments; same-length blanks keep
# every byte offset (and so the cross-reference table) valid.
_PRODUCER_COMMENTS = (b" ReportLab Generated PDF document (opensource)",
                      b"% ReportLab generated PDF document -- digest (opensource)")

FooterLines = Callable[[int, int], list[str]]

# Streams are compressed but not also ASCII85-wrapped: a quarter smaller and quicker to write.
rl_config.useA85 = 0


def style_for(lang: str, **changes) -> TextStyle:
    return TextStyle(size=9.5, rtl=is_rtl(lang)).but(**changes)


def internal_banner(profile, lang: str) -> str:
    """The mark at the top of every page of a paper for the team only (profile internal):
    it carries ransom lines and family phone numbers, and must not be handed out."""
    return label("internal_banner", lang) if profile.value == "internal" else ""


def page_label(lang: str, page: int, total: int) -> str:
    from app.reports.bidi_levels import ltr_isolate

    return f"{label('page', lang)} {ltr_isolate(str(page))} {label('of', lang)} " \
           f"{ltr_isolate(str(total))}"


_BANNER_RED = Color(0.69, 0, 0.125)


def _canvas_class(lang: str, footer: FooterLines, banner: str = "",
                  steps: Steps | None = None) -> type[Canvas]:
    style = style_for(lang, size=7.5, leading_ratio=1.45)
    banner_style = style_for(lang, size=10, bold=True, align="center", color=white)

    class FooterCanvas(Canvas):
        """Holds pages back until the end so that each footer can say "page i of n"."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            if steps is not None:
                steps.begin(FINISHING)
            for number, state in enumerate(self._pages, 1):
                if steps is not None:
                    steps(number, total)
                self.__dict__.update(state)
                self._draw_footer(number, total)
                if banner:
                    self._draw_banner()
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            rule = MARGIN + FOOTER_SPACE - 3 * mm
            self.setStrokeGray(0.6)
            self.setLineWidth(0.4)
            self.line(MARGIN, rule, PAGE[0] - MARGIN, rule)
            top = rule - 1 * mm
            for line in footer(number, total):
                block = BidiText(line, style)
                _, h = block.wrapOn(self, TEXT_WIDTH, FOOTER_SPACE)
                block.drawOn(self, MARGIN, top - h)
                top -= h

        def _draw_banner(self) -> None:
            """White on a red band in the top margin of every page: a page of the team's own
            paper found on its own (ransom lines, phone numbers) says whose it is."""
            block = BidiText(banner, banner_style)
            _, h = block.wrapOn(self, TEXT_WIDTH - 4 * mm, MARGIN)
            bottom = PAGE[1] - MARGIN + 3 * mm
            self.saveState()
            self.setFillColor(_BANNER_RED)
            self.rect(MARGIN, bottom, TEXT_WIDTH, h + 1 * mm, stroke=0, fill=1)
            self.restoreState()
            block.drawOn(self, MARGIN + 2 * mm, bottom + 0.5 * mm)

    return FooterCanvas


def build_pdf(story: list, lang: str, footer: FooterLines, password: str | None = None,
              banner: str = "", steps: Steps | None = None) -> bytes:
    """The finished PDF as bytes; nothing is written to disk here. banner: a line drawn at the
    top of every page (internal_banner). steps: told each page as it is begun (PAGES, its
    number: how many there will be is known at the end), then each as it is finished."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_SPACE,
        # neutral metadata: no user, host, program or time of making in the document info
        title="", author="", subject="", creator="", producer="", keywords=[],
        invariant=1, encrypt=Aes256Encryption(password) if password else None,
        # the page's start-up font is the bundled one, so no PDF names a font it does not embed
        initialFontName=fonts().latin.name,
        pageCompression=1,
    )
    frame = Frame(MARGIN, MARGIN + FOOTER_SPACE, TEXT_WIDTH,
                  PAGE[1] - 2 * MARGIN - FOOTER_SPACE, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.keepTogetherClass = TitleWithTable  # a title and the first rows of its table
    if steps is not None:
        steps.begin(PAGES)
        doc.setProgressCallBack(lambda kind, n: steps(n, 0) if kind == "PAGE" else None)
    doc.build(story, canvasmaker=_canvas_class(lang, footer, banner, steps))
    return neutralise(out.getvalue())


def neutralise(pdf: bytes) -> bytes:
    for comment in _PRODUCER_COMMENTS:
        if pdf.count(comment) == 1:
            blank = b"%" + b" " * (len(comment) - 1) if comment.startswith(b"%") \
                else b" " * len(comment)
            pdf = pdf.replace(comment, blank)
    return pdf
