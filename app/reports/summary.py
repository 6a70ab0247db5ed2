"""The case summary: a table of chosen persons and counts per status, over many pages."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reportlab.lib import colors

from app.domain.person import FULL_NAME_ORDER, NamePart, NameText, Person, Status
from app.domain.script import is_arabic_script
from app.reports.document import (
    TEXT_WIDTH,
    build_pdf,
    internal_banner,
    page_label,
    style_for,
)
from app.reports.labels import label, sex_label, sex_of_all, status_label
from app.reports.places import place_written
from app.reports.profiles import SEARCH_IN_PROGRESS, Profile, allows, shown_status
from app.reports.selection import code, date, full_name, taken_said, text
from app.reports.steps import Steps
from app.reports.tables import text_table
from app.reports.textflow import BidiText

# (field the profile must allow, label key, share of the width)
_COLUMNS = [
    ("case_no", "case_no", 0.10), ("names", "name_original", 0.20),
    ("names", "name_latin", 0.19), ("sex", "sex", 0.08), ("birth", "born", 0.10),
    ("origin", "village", 0.11), ("abduction_date", "abducted", 0.10),
    ("current_status", "status", 0.12),
]


def _whole_columns(columns) -> list[int]:
    """The columns never cut: the case number, and her sex (a few short words; "unknown" was
    printed "unknow / n" where the case numbers' column took room from it)."""
    return [i for i, (_, key, _) in enumerate(columns) if key in ("case_no", "sex")]


@dataclass
class SummaryView:
    lang: str
    profile: Profile
    filters: list[tuple[str, str]]
    header: list[str]
    widths: list[float]
    rows: list[list[str]]
    counts: list[tuple[str, str]]
    footer: dict[str, str]
    synthetic: bool = False
    total: int = 0
    extra: dict = field(default_factory=dict)
    whole: list[int] = field(default_factory=list)  # columns never cut: the case number
    own: list[int] = field(default_factory=list)  # names: aligned by their own direction
    left_out: int = 0  # chosen, but their sharing level does not reach the profile
    nobody: str = ""  # which filter left nobody, for a summary that lists no one
    # A court's summary says, whoever it lists, that a woman still held is said to be missing
    # (held_said_missing); said_missing counts those it said so of (for the command line and
    # the print screen only: on the paper the count would tell that some were found).
    held_note: str = ""
    said_missing: int = 0
    # the persons a filter left out for a value their records leave blank, a sentence each
    unrecorded: list[str] = field(default_factory=list)


def select_summary(persons: list[Person], profile: Profile, lang: str,
                   filters: list[tuple[str, str]], generated_at: str, audit_head: str,
                   synthetic: bool = False, left_out: int = 0,
                   villages_naming: set[int | None] = frozenset(),
                   incidents: dict | None = None) -> SummaryView:
    """Only the columns the profile allows are read from each person. left_out: how many
    more the filters chose whose sharing level keeps them off this paper (it says so).
    villages_naming: the persons whose village as typed names another person still held
    (the service read it), said withheld as on her dossier. incidents: the vault's, by id:
    the date of the one she was taken in where she has none of her own."""
    columns = [c for c in _COLUMNS if allows(profile, c[0])]
    rows = [[label("field_names_other_held", lang)
             if key == "village" and p.id in villages_naming
             else _cell(p, key, lang, profile, incidents or {}) for _, key, _ in columns]
            for p in persons]
    scale = 1 / sum(w for _, _, w in columns)
    counts: list[tuple[str, str]] = []
    if allows(profile, "current_status"):
        by_status = Counter(shown_status(p.current_status.value, profile) for p in persons)
        # said of them all at once: in the feminine where all are women (an Arabic table of
        # women counted "عاد إلى عائلته"), in both forms where women and men are counted
        sex = sex_of_all(p.sex.value for p in persons)
        counts = [(status_label(s.value, lang, sex), code(str(by_status[s.value])))
                  for s in Status if by_status[s.value]]
    footer = {"generated": code(generated_at), "profile": label(f"profile_{profile.value}", lang)}
    if allows(profile, "record_meta"):
        footer["audit_head"] = code(audit_head)
    held_note = label("held_said_missing", lang) if held_said_missing(profile) else ""
    # those the search has found (the line says "sighted, located or in negotiation"); an
    # "unknown" also reads missing on a court's paper, and is no news of her to count
    said_missing = sum(1 for p in persons
                       if p.current_status.value in SEARCH_IN_PROGRESS
                       and shown_status(p.current_status.value, profile)
                       != p.current_status.value) if held_note else 0
    return SummaryView(lang, profile, filters, [label(key, lang) for _, key, _ in columns],
                       [w * scale for _, _, w in columns], rows, counts, footer, synthetic,
                       len(persons),
                       whole=_whole_columns(columns),
                       own=[i for i, (_, key, _) in enumerate(columns) if key.startswith("name_")],
                       left_out=left_out, held_note=held_note, said_missing=said_missing)


def held_said_missing(profile: Profile) -> bool:
    """Whether a list paper of this profile says "missing" of a woman still held whom the
    search has found (a court's: it shows the search in a freed woman's story, never while
    she is held), and so says that it does. A public paper never shows the search at all."""
    return (allows(profile, "current_status") and allows(profile, "status_progress")
            and not allows(profile, "search_while_held"))


def _cell(p: Person, key: str, lang: str, profile: Profile, incidents: dict) -> str:
    if key == "case_no":
        return code(p.case_no)
    if key in ("name_original", "name_latin"):
        script = key.removeprefix("name_")
        return full_name(p, script, lang) or _known_as(p, script, lang, profile)
    if key == "sex":
        return label(f"sex_{p.sex.value}", lang)
    if key == "born":
        return date(p.birth, lang, with_range=False)  # "about 1998", not a range: no room
    if key == "village":
        return text(place_written(p.origin_village, lang))
    if key == "abducted":
        return taken_said(p, incidents, lang, with_range=False)  # hers, else her incident's
    if key == "status":
        return status_label(shown_status(p.current_status.value, profile), lang, p.sex.value)
    raise KeyError(key)


def _known_as(p: Person, script: str, lang: str, profile: Profile) -> str:
    """Where she has no name part at all, what she is known as (her nickname, a kunya such as
    أم أحمد, else an alias) in this script, marked as such, if the profile shows it: a blank
    line in a list could be anyone."""
    if any(not p.name(part).is_blank for part in FULL_NAME_ORDER):
        return ""
    nick = getattr(p.names.get(NamePart.NICKNAME, NameText()), script)
    if nick.strip() and allows(profile, "nickname"):
        known = nick
    else:
        in_script = [a for a in p.aliases if a.strip() and is_arabic_script(a) == (
            script == "original")]
        known = in_script[0] if in_script and allows(profile, "aliases") else ""
    return sex_label("known_as", lang, p.sex.value).format(name=text(known)) if known else ""


def render_summary(view: SummaryView, password: str | None = None,
                   steps: Steps | None = None) -> bytes:
    """The summary's PDF; steps: told as its rows are measured, then as its pages are written
    (build_pdf)."""
    lang = view.lang
    body = style_for(lang)
    story: list = []
    if view.synthetic:
        story.append(BidiText(label("synthetic", lang), body.but(bold=True, space_after=4,
                                                                   color=colors.HexColor("#b00020"))))
    story.append(BidiText(label("summary_title", lang), body.but(size=15, bold=True,
                                                                  space_after=4)))
    filters = "  ·  ".join(f"{k}: {v}" for k, v in view.filters) or label("all", lang)
    story.append(BidiText(f"{label('filters', lang)}: {filters}", body))
    story.append(BidiText(f"{label('persons', lang)}: {code(str(view.total))}  ·  "
                          f"{label('profile', lang)}: {view.footer['profile']}",
                          body.but(space_after=6)))
    if view.nobody:
        # said, not left to an empty table: a family reads a blank list as no news of her
        story.append(BidiText(view.nobody, body.but(bold=True, space_after=6,
                                                    color=colors.HexColor("#b00020"))))
    profile_word = label(f"profile_{view.profile.value}", lang)
    if view.left_out:
        story.append(BidiText(label("sharing_left_out", lang).format(
            count=code(str(view.left_out)), profile=profile_word),
            body.but(bold=True, space_after=6)))
    for said in view.unrecorded:  # said, not left out silently: "all taken in 2014" it is not
        story.append(BidiText(said, body.but(bold=True, space_after=6)))
    if view.left_out and not view.rows:
        # said in words: an empty table under the filters would read as "no one is missing"
        story.append(BidiText(label("sharing_nobody", lang).format(profile=profile_word),
                              body.but(bold=True)))
        return build_pdf(story, lang, _footer(view), password,
                         internal_banner(view.profile, lang), steps)
    if view.held_note:
        story.append(BidiText(view.held_note, body.but(bold=True, space_after=6)))
    if view.counts:
        story.append(BidiText(label("by_status", lang), body.but(bold=True, space_after=2)))
        story.append(text_table([[label("status", lang), label("persons", lang)], *view.counts],
                                [TEXT_WIDTH * 0.35, TEXT_WIDTH * 0.12], body))
    if not view.rows:
        # the sentence alone (said above, or "none recorded"): a table of column headers over
        # no one was printed under it
        if not view.nobody:
            story.append(BidiText(label("none", lang), body.but(color=colors.grey)))
        return build_pdf(story, lang, _footer(view), password,
                         internal_banner(view.profile, lang), steps)
    small = body.but(size=7.5, leading_ratio=1.45)
    widths = [TEXT_WIDTH * w for w in view.widths]
    persons = text_table([view.header, *view.rows], widths, small, zebra=True, whole=view.whole,
                         own=view.own, progress=steps)
    if view.counts:
        persons.spaceBefore = 8  # dropped at the top of a page, as a Spacer is not
    story.append(persons)
    return build_pdf(story, lang, _footer(view), password,
                     internal_banner(view.profile, lang), steps)


def _footer(view: SummaryView):
    lang, f = view.lang, view.footer

    def lines(page: int, total: int) -> list[str]:
        first = f"{label('summary_title', lang)}  ·  {label('generated', lang)}: " \
                f"{f['generated']}  ·  {label('profile', lang)}: {f['profile']}"
        second = page_label(lang, page, total)
        if "audit_head" in f:
            second = f"{label('audit_head', lang)}: {f['audit_head']}  ·  {second}"
        return [first, second]

    return lines
