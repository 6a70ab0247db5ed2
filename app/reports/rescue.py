"""The rescue operation report: what was done, for whom, and (internally) at what cost."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors

from app.currencies import is_known
from app.domain.person import Person
from app.domain.records import RescueOperation, rescue_freed
from app.ledger_totals import totals as ledger_totals
from app.reports.document import (
    TEXT_WIDTH,
    build_pdf,
    internal_banner,
    page_label,
    style_for,
)
from app.reports.labels import label, status_label
from app.reports.profiles import Profile, allows, shown_status
from app.reports.selection import code, date, full_name, operation_withheld, rescue_pairs, text
from app.reports.tables import label_value_table, text_table
from app.reports.textflow import BidiText


@dataclass
class RescueView:
    lang: str
    profile: Profile
    operation_id: str
    facts: list[tuple[str, str]]
    persons_header: list[str]
    persons: list[list[str]]
    persons_title: str  # what the operation was to them: rescued, or only concerned
    persons_note: str  # what stands for the persons not shown (withheld, or others counted)
    costs_header: list[str]
    costs: list[list[str]]
    totals: list[tuple[str, str]]
    footer: dict[str, str]
    synthetic: bool = False
    # said in place of the operation's facts, kept back while a person it did not free is
    # still held (app/reports/while_held.py)
    facts_note: str = ""
    held_back: int = 0  # persons still held, not named (counted in persons_note)


def select_rescue(op: RescueOperation, persons: list[Person], profile: Profile, lang: str,
                  generated_at: str, audit_head: str, synthetic: bool = False,
                  others: int = 0, left_out: int = 0, held_back: int = 0,
                  facts_held: bool = False) -> RescueView:
    """persons: those the document may name (a family's own, or all of the operation); others:
    how many more the operation freed, said as a count only; left_out: how many of persons
    were left out because their sharing level does not reach the profile, said so. Where the
    profile shows no one, the paper says the names are withheld: 'none recorded' would be a
    false statement. held_back: how many more were left out because they are still held and
    the profile keeps back the search for them, said so; facts_held: the operation did not
    free one of them, and its facts are kept back too, said so."""
    shows_people = allows(profile, "rescues") and allows(profile, "names")
    if not allows(profile, "rescues"):
        facts, people = [], []
    else:
        facts = rescue_pairs(op, profile, lang, others=bool(others or left_out)
                             or not shows_people)
        people = persons if shows_people else []
    # Worded by what the operation gave them: a failed attempt's paper said "Persons rescued"
    # to her family.
    freed = rescue_freed(op)
    title = label({True: "persons_rescued", False: "persons_not_freed",
                   None: "persons_named_unsaid"}[freed], lang)
    of_them = "" if freed else "_concerned"
    note = ""
    if not shows_people:
        note = label("persons_withheld" + of_them, lang)
    elif others:
        note = label("others_withheld" + of_them, lang).format(count=code(str(others)))
    if shows_people and left_out:
        said = label("sharing_left_out", lang).format(
            count=code(str(left_out)), profile=label(f"profile_{profile.value}", lang))
        note = "  ·  ".join(n for n in (note, said) if n)
    if shows_people and held_back:
        said = label("held_persons_withheld", lang).format(count=code(str(held_back)))
        note = "  ·  ".join(n for n in (note, said) if n)
    facts_note = ""
    if facts_held and facts:
        facts, facts_note = [], operation_withheld(profile, lang)
    header, rows = [], []
    if people:
        header = [label("case_no", lang), label("name_original", lang), label("name_latin", lang)]
        with_status = allows(profile, "current_status")
        if with_status:
            # her status now, whatever this operation gave: beside "not freed by it", a bare
            # "Status: rescued" (by another operation) read as a contradiction
            header.append(label("current_status", lang))
        for p in people:
            row = [code(p.case_no), full_name(p, "original", lang), full_name(p, "latin", lang)]
            if with_status:
                row.append(status_label(shown_status(p.current_status.value, profile), lang,
                                        p.sex.value))
            rows.append(row)
    costs_header, costs, totals = [], [], []
    if allows(profile, "rescue_costs"):
        # A ledger line is given no date (rescue add --cost, the desktop's ledger): the
        # column stood empty on every paper; kept only where a line holds one
        dated = any(c.date.earliest or c.date.latest or c.date.text for c in op.costs)
        keys = ("date",) * dated + ("amount", "currency", "paid_to", "purpose")
        costs_header = [label(k, lang) for k in keys]
        for c in op.costs:
            line = [code(f"{c.amount:,}"), code(c.currency), text(c.paid_to), text(c.purpose)]
            costs.append([date(c.date, lang), *line] if dated else line)
        totals = [(label("total", lang), code(f"{amount:,} {cur}") + (
                   "" if is_known(cur) else " " + text(f"({label('not_currency', lang)})")))
                  for cur, amount in ledger_totals(op.costs).items()]
    footer = {"generated": code(generated_at), "profile": label(f"profile_{profile.value}", lang)}
    if allows(profile, "record_meta"):
        footer["audit_head"] = code(audit_head)
    return RescueView(lang, profile, code(str(op.id or "")), facts, header, rows, title, note,
                      costs_header, costs, totals, footer, synthetic, facts_note, held_back)


def render_rescue(view: RescueView, password: str | None = None) -> bytes:
    lang = view.lang
    body = style_for(lang)
    story: list = []
    if view.synthetic:
        story.append(BidiText(label("synthetic", lang), body.but(
            bold=True, space_after=4, color=colors.HexColor("#b00020"))))
    story.append(BidiText(label("rescue_title", lang), body.but(size=15, bold=True)))
    story.append(BidiText(f"{label('operation', lang)}: {view.operation_id}  ·  "
                          f"{label('profile', lang)}: {view.footer['profile']}",
                          body.but(size=11, bold=True, space_after=6)))
    if view.facts:
        story.append(label_value_table(view.facts, TEXT_WIDTH, body))
    if view.facts_note:
        story.append(BidiText(view.facts_note, body.but(bold=True)))
    story.append(BidiText(view.persons_title, body.but(size=11.5, bold=True,
                                                                    space_before=9,
                                                                    space_after=3)))
    if view.persons:
        shares = [0.16, 0.34, 0.32, 0.18][:len(view.persons_header)]
        widths = [TEXT_WIDTH * s / sum(shares) for s in shares]
        # column 0 is the case number, never cut
        story.append(text_table([view.persons_header, *view.persons], widths, body, whole=[0]))
    if view.persons_note:
        story.append(BidiText(view.persons_note, body.but(space_before=3)))
    elif not view.persons:
        story.append(BidiText(label("none", lang), body.but(color=colors.grey)))
    if view.costs_header:
        story.append(BidiText(label("costs", lang), body.but(size=11.5, bold=True,
                                                              space_before=9, space_after=3)))
        shares = (0.16, 0.16, 0.1, 0.3, 0.28) if len(view.costs_header) == 5 else (
            0.2, 0.12, 0.36, 0.32)
        widths = [TEXT_WIDTH * s for s in shares]
        story.append(text_table([view.costs_header, *view.costs], widths, body))
        if view.totals:
            totals = label_value_table(view.totals, TEXT_WIDTH * 0.5, body, 0.4)
            totals.spaceBefore = 4  # dropped at the top of a page, as a Spacer is not
            story.append(totals)
    return build_pdf(story, lang, _footer(view), password,
                     internal_banner(view.profile, lang))


def _footer(view: RescueView):
    lang, f = view.lang, view.footer

    def lines(page: int, total: int) -> list[str]:
        first = f"{label('rescue_title', lang)}: {view.operation_id}  ·  " \
                f"{label('generated', lang)}: {f['generated']}  ·  {label('profile', lang)}: " \
                f"{f['profile']}"
        second = page_label(lang, page, total)
        if "audit_head" in f:
            second = f"{label('audit_head', lang)}: {f['audit_head']}  ·  {second}"
        return [first, second]

    return lines
