"""Choosing what a dossier shows: only fields the profile allows are copied into the view."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.fuzzydate import FuzzyDate, plain_text
from app.domain.person import NamePart, Person, name_shown, told_without_date
from app.domain.records import (
    FamilyContact,
    Incident,
    Report,
    RescueOperation,
    gave_unsaid,
    is_source_code,
    rescue_freed,
)
from app.domain.script import is_arabic_script
from app.domain.taken import taken_date
from app.importing.list_notes import list_mark
from app.importing.list_wide import WHOLE_LIST_NOTE
from app.importing.merge import note_beside_status
from app.reports.bidi_levels import (
    EXPLICIT,
    LRI,
    PDI,
    RLI,
    base_is_rtl_text,
    isolate,
    ltr_isolate,
    number_group,
    numbers_ltr,
)
from app.reports.content_check import content_check
from app.reports.labels import credibility_label, held_label, label, sex_label, status_label
from app.reports.places import place_written
from app.reports.profiles import (
    NOT_HELD,
    SEARCH_IN_PROGRESS,
    Profile,
    allows,
    shown_status,
    timeline_status,
)
from app.reports.while_held import HeldBack, OthersHeldBack


@dataclass
class DossierSource:
    """What the service read from the vault for one dossier (already limited by the profile)."""

    person: Person
    audit_head: str
    generated_at: str
    synthetic: bool = False
    # relation, case number, and the relative (her name as given, in a sample)
    relatives: list[tuple[str, str, Person | str]] = field(default_factory=list)
    contacts: list[FamilyContact] = field(default_factory=list)
    photo: bytes | None = None
    reports: list[Report] = field(default_factory=list)
    rescues: list[RescueOperation] = field(default_factory=list)
    incident: Incident | None = None
    taken_in: Incident | None = None  # her incident, for a date or place of hers not recorded
    provenance: list[dict] = field(default_factory=list)
    # The records merged into hers, and what came from each: her status events (parallel to
    # person.status_events), her relatives (parallel to relatives), and the reports, rescues
    # and contacts recorded under one of them, by (kind, id). None or absent: her own.
    merged_cases: list[str] = field(default_factory=list)
    status_sources: list[str | None] = field(default_factory=list)
    relative_sources: list[str | None] = field(default_factory=list)
    came_from: dict[tuple[str, int | None], str] = field(default_factory=dict)
    # relatives not listed: their own sharing level does not reach the profile
    relatives_left_out: int = 0
    # she is still held and the profile keeps back the search for her (while_held.py): the
    # reports of her since her abduction and the rescue records naming her were not read
    # into reports and rescues, only counted
    held: bool = False
    reports_held_back: int = 0
    rescues_held_back: int = 0
    # persons still held whom this paper is not about (while_held.search_hidden): the reports
    # that concern one of them too, since that one's abduction, were not read into reports
    # (counted); the operations that did not free one of them print no date, place or outcome
    reports_of_others_held: int = 0
    # the reports whose printed text names one of them (app/matching/named_in_text.py), filed
    # under whomever: not read into reports either, counted apart (the paper says why)
    reports_naming_others_held: int = 0
    # reports proved false, left off a paper for outside the team, counted (the paper says so)
    reports_proved_false: int = 0
    rescue_facts_held: set[int | None] = field(default_factory=set)
    # her fields (circumstances, held_by, last_known_location, incident) whose printed text
    # names one of them: printed as withheld, and whom, for the command line only
    fields_naming_others_held: list[str] = field(default_factory=list)
    held_named_in_fields: tuple[str, ...] = ()
    # the reports printed whose Place names one of them: that cell printed as withheld
    report_places_naming_others_held: set[int | None] = field(default_factory=set)
    # how many place cells quoted from the lists that named her name one of them: printed
    # as withheld ("withheld" in each entry of provenance)
    list_places_naming_others_held: int = 0
    # their case numbers (of the reports, of the operations, of the reports' texts), for the
    # command line only
    others_held: tuple[tuple[str, ...], ...] = ((), (), ())


@dataclass
class Section:
    title: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # shares of the text width
    whole: list[int] = field(default_factory=list)  # columns never cut: case numbers
    whole_rows: bool = False  # no row split between pages (unless taller than a page)
    # free text a user typed (a report, circumstances, notes, names), aligned by its own
    # direction: these columns of the table, these pairs' values
    own_columns: list[int] = field(default_factory=list)
    own_pairs: list[int] = field(default_factory=list)
    note: str = ""  # under the table: what it leaves out


@dataclass
class DossierView:
    lang: str
    profile: Profile
    case_no: str
    heading: list[str]
    sections: list[Section]
    photo: bytes | None
    footer: dict[str, str]
    synthetic: bool
    merged_here: str = ""  # the records merged into hers, under her case number
    # under her name on a paper that keeps back the search for a woman still held, and what
    # it kept back (while_held.py)
    held_said: str = ""
    held_back: HeldBack | None = None
    # what it kept back for persons still held whom it is not about (said on the paper)
    others_held_back: OthersHeldBack | None = None


def text(value: object) -> str:
    """A user value made safe to place in a line of any direction: bidi controls typed into the
    value are dropped and the value is isolated, so it can neither reorder nor be reordered by
    the text around it; dates and numbers typed inside it read left to right."""
    return isolate(numbers_ltr(_undrawn("" if value is None else str(value)).strip()))


def _undrawn(value: str) -> str:
    """value without the bidi controls typed into it: they would reorder the paper's own."""
    return "".join(ch for ch in value if ch not in EXPLICIT)


def full_name(p: Person, script: str, lang: str) -> str:
    """Her full name in one script, made safe as text() makes a value, and marked in lang
    where her given name is unknown: printed bare, "مراد الياس مندكاني" reads as a man
    named Murad (her father's name stands first); led by her given name where it is written
    only in the other script, as the screens show it (name_shown): bare, Xezal's "الياس حيدر
    قيران" read as a man named Elias, and two such sisters as one man."""
    name = p.full_name(script)
    if not name.strip():
        return ""
    given = p.given_across[0 if script == "original" else 1]
    shown = name_shown(text(name), p.given_unknown, label("given_unknown", lang),
                       text(given) if given else "")
    if shown == text(name) or p.given_unknown:
        return shown
    # read in the direction of the name's own script, her given name at its start: in an
    # English paper's Arabic-script column "Xezal" stood at the left, after الياس for its reader
    return f"{RLI if base_is_rtl_text(name) else LRI}{shown}{PDI}"


def _relative_name(who: Person | str, lang: str) -> str:
    """A relative's names in both scripts, each marked as her dossier's title marks it where her
    given name is unknown (full_name): bare, "Murad Elias Mendkani" read as a male relative."""
    if isinstance(who, str):
        return text(who)
    return " / ".join(n for n in (full_name(who, "original", lang),
                                  full_name(who, "latin", lang)) if n)


def date(d: FuzzyDate, lang: str, with_range: bool = True) -> str:
    """A date in one form throughout a document, whatever form it was typed in: a day
    2014-08-03, a month 2014-08, a year 1998 (FuzzyDate.plain), never '3/8/2014', which a
    reader abroad takes for 8 March. An approximate date is said with the document's own word
    and Western digits, whatever it was typed with: 'about 1998' and 'حوالي ١٩٩٨' are
    'حوالي 1998 (1996–2000)' in Arabic, 'nêzîkî 1998 (1996–2000)' in Kurmanji; a birth worked
    out from an age says the age. Where the text alone does not say the range (an
    approximation, an age, a range stored apart from its text) the range follows it; narrow
    summary columns leave it out. Text no date was read from stays as typed, marked as not
    read as a date. Digits stay left to right; Arabic-script text reads right to left with its
    range after it, in a document of either direction."""
    typed, span = d.as_typed() if d else ("", "")
    if d and typed and not (d.earliest or d.latest):
        # kept as the list or the user wrote it, with no date read from it ("20014" as an
        # abduction, "صيف 2015"): said so, or a court reads the text as a date
        return isolate(label("not_read_as_date", lang).format(text=text(typed)))
    if d and (around := d.approximated()):
        typed = f"{label('about', lang)} {plain_text(around)}"
    elif d and (said := d.age_given()):
        age, year = said
        typed = (label("age_in_year", lang).format(age=age, year=year) if year
                 else label("age_no_year", lang).format(age=age))
    elif d and d.latest and not d.earliest and not d.text.strip():
        # known by that day, not since when: said in words, as "≤" after the date in an
        # Arabic line reads the other way round
        return isolate(label("known_by", lang).format(date=ltr_isolate(d.latest.isoformat())))
    elif d and (d.earliest or d.latest):
        # a date the vault knows: in the document's one form ('03/08/2014' is 2014-08-03)
        typed = plain_text(typed) if span else d.plain()
    span = d.plain() if span and with_range and typed != d.plain() else ""
    typed = _undrawn(typed)
    span = _undrawn(span)
    if not typed:
        return ""
    # the range one word with its brackets: in a narrow Sorani cell "(2017-02 – 2017-04)"
    # broke inside them, and pdftotext read the dash before the date
    tail = f" ({number_group(span)})" if span else ""
    if base_is_rtl_text(typed):
        return f"{RLI}{numbers_ltr(typed)}{tail}{PDI}"
    return ltr_isolate(f"{typed}{tail}")


def credibility(value: int | None, lang: str) -> str:
    """A report's credibility as a paper prints it: its number with its meaning beside it
    ('2 – probably true'), as a bare '2' does not say whether 1 is best; '' where it was not
    judged."""
    if value is None:
        return ""
    return f"{code(str(value))} – {credibility_label(value, lang)}"


def code(value: str) -> str:
    return ltr_isolate(_undrawn(value))


def phone(value: str) -> str:
    """A contact's phone cell: left to right, each number in it never broken over two lines
    ("0770 987" over "6543"); between two numbers ("... / 0770 ...") a line may break."""
    return ltr_isolate(numbers_ltr(_undrawn(value)))


def select_dossier(src: DossierSource, profile: Profile, lang: str,
                   checked: bool = True) -> DossierView:
    p = src.person
    L = lambda key: label(key, lang)  # noqa: E731
    ok = lambda f: allows(profile, f)  # noqa: E731
    sections: list[Section] = []
    heading = [full_name(p, "original", lang), full_name(p, "latin", lang)] \
        if ok("names") else []
    sections.append(_names(p, profile, lang))
    facts = []
    if ok("sex"):
        facts.append((L("sex"), L(f"sex_{p.sex.value}")))
    if ok("birth"):
        facts.append((L("born"), date(p.birth, lang)))
    if ok("origin"):
        # a place whose words name another person still held is said withheld (_abduction)
        facts += [(L(key), _unless_naming(src, f"origin_{key}", text(place_written(
            getattr(p, f"origin_{key}"), lang)), lang))
            for key in ("village", "district", "governorate")]
    if ok("current_status"):
        facts.append((L("current_status"), status_label(
            shown_status(p.current_status.value, profile), lang, p.sex.value)))
    if ok("sharing_level"):
        facts.append((L("sharing_level"), L(f"sharing_{p.sharing_level.value}")))
    # a label over an empty value is left out: "District" and "Governorate" stood empty
    sections.append(Section(L("origin"), pairs=[(k, v) for k, v in facts if v]))
    sections.append(_abduction(src, profile, lang))
    steps = 0  # statuses of the search for a woman still held, left off her timeline
    if ok("status_timeline"):
        came = dict(zip(map(id, p.status_events), src.status_sources, strict=False))
        # One timeline, in the order the vault tells her story (Person.timeline, which puts a
        # status told without a date where her current status rule does: a step back before
        # the status it did not take over from). Apart under "Told on", "2026-12-04 missing"
        # after "2018-04 in negotiation" read as the latest news of her.
        events = p.timeline()
        if src.held:
            # the steps of the search for a woman still held: that she has been found, or
            # that someone is negotiating for her; the paper says they are not printed
            shown = [ev for ev in events if ev.status.value not in SEARCH_IN_PROGRESS]
            steps, events = len(events) - len(shown), shown
        sections.append(_from_merged(_timeline(p, events, profile, lang, src.held),
                                     [came.get(id(ev)) for ev in events], lang))
    if ok("relatives"):
        rows = [[L(f"relation_{rel}"), code(case), _relative_name(name, lang)]
                for rel, case, name in src.relatives]
        left_out = label("sharing_left_out", lang).format(
            count=code(str(src.relatives_left_out)), profile=L(f"profile_{profile.value}")) \
            if src.relatives_left_out else ""
        sections.append(_from_merged(
            Section(L("relatives"), header=[L("relation"), L("case_no"), L("name")], rows=rows,
                    widths=[0.25, 0.2, 0.55], whole=[1], note=left_out),
            src.relative_sources, lang))
    if ok("contacts"):
        rows = [[text(c.name), text(c.relation), phone(c.phone)] for c in src.contacts]
        sections.append(_from_merged(
            Section(L("contacts"), header=[L("name"), L("relation"), L("phone")], rows=rows,
                    widths=[0.45, 0.25, 0.3], whole=[2]),
            [src.came_from.get(("contact", c.id)) for c in src.contacts], lang))
    if ok("reports"):
        reports = _from_merged(_reports(src.reports, profile, lang,
                                        src.report_places_naming_others_held),
                               [src.came_from.get(("report", r.id)) for r in src.reports], lang)
        notes = []
        if src.reports_held_back:
            # counted, as a court may ask the team for them; a table of no rows is left out
            notes.append(held_label("held_reports_withheld", lang, p.sex.value).format(
                count=code(str(src.reports_held_back))))
        if src.reports_of_others_held:
            notes.append(label("held_reports_of_others", lang).format(
                count=code(str(src.reports_of_others_held))))
        if src.reports_naming_others_held:
            notes.append(label("held_reports_naming_others", lang).format(
                count=code(str(src.reports_naming_others_held))))
        if src.reports_proved_false:
            notes.append(label("reports_proved_false_left_out", lang).format(
                count=code(str(src.reports_proved_false))))
        if notes:
            reports.note = "\n".join(notes)
            reports.header = reports.header if reports.rows else []
        sections.append(reports)
    if ok("rescues") and src.held:
        # said of every woman still held, with no count: a count of rescue records would say
        # that someone is working to free her
        sections.append(Section(L("rescues"), note=held_label("held_rescues_note", lang,
                                                                p.sex.value)))
    elif ok("rescues"):
        sections.append(_from_merged(_rescues(src.rescues, profile, lang, p,
                                              src.rescue_facts_held),
                                     [src.came_from.get(("rescue", op.id)) for op in src.rescues],
                                     lang))
    if ok("provenance"):
        sections.append(_lists_naming(src.provenance, lang))
    if ok("notes") and p.notes.strip():
        sections.append(Section(L("notes"), pairs=[(L("notes"), notes_written(p.notes, lang))],
                                own_pairs=[0]))
    if ok("case_no") and ok("merged_cases") and src.merged_cases:
        # A court's file may carry the number of a record since merged into hers: the dossier
        # says it belongs here (the team's and a court's papers only: profiles.py).
        merged_here = label("merged_here", lang).format(
            case_nos=", ".join(code(c) for c in src.merged_cases))
    else:
        merged_here = ""
    footer = {"case_no": code(p.case_no), "generated": code(src.generated_at),
              "profile": L(f"profile_{profile.value}")}
    if ok("record_meta"):
        footer["audit_head"] = code(src.audit_head)
    # who holds her and where, recorded and left out (_abduction): the team's line says so
    whereabouts = any(ok(f) and getattr(p, f).strip() for f in ("held_by", "last_known_location"))
    held_back = HeldBack(steps, src.reports_held_back, src.rescues_held_back, p.sex.value,
                         whereabouts) if src.held else None
    others = OthersHeldBack(src.reports_of_others_held, len(src.rescue_facts_held),
                            *src.others_held, named=src.reports_naming_others_held,
                            fields=tuple(src.fields_naming_others_held),
                            held_named_in_fields=src.held_named_in_fields,
                            report_places=len(src.report_places_naming_others_held),
                            list_places=src.list_places_naming_others_held)
    view = DossierView(lang, profile, p.case_no if ok("case_no") else "", heading,
                       [s for s in sections if s.pairs or s.rows or s.header or s.note],
                       src.photo if ok("photo") else None, footer, src.synthetic, merged_here,
                       held_label("held_withheld", lang, p.sex.value) if src.held else "",
                       held_back, others or None)
    if ok("record_meta") and checked:
        # what a court compares two papers by: what they show (content_check.py)
        english = view if lang == "en" else select_dossier(src, profile, "en", checked=False)
        footer["content_check"] = code(content_check(english))
    return view


def _from_merged(section: Section, came: list[str | None], lang: str) -> Section:
    """The section with a last column naming, on each row that came with a record merged into
    hers, that record's case number; as it was when nothing came so."""
    if not any(came):
        return section
    share = 0.14
    section.header = [*section.header, label("merged_record_column", lang)]
    section.rows = [[*row, code(c) if c else ""]
                    for row, c in zip(section.rows, came, strict=True)]
    # taken from the widest column (a report's content, a note): a date in a narrow one broke
    widest = max(range(len(section.widths)), key=section.widths.__getitem__)
    section.widths = [w - share if i == widest else w for i, w in enumerate(section.widths)]
    section.widths.append(share)
    section.whole = [*section.whole, len(section.header) - 1]  # a case number never breaks
    return section


def _names(p: Person, profile: Profile, lang: str) -> Section:
    L = lambda key: label(key, lang)  # noqa: E731
    parts = [NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY]
    if allows(profile, "mother_name"):
        parts.append(NamePart.MOTHER)
    if allows(profile, "nickname"):
        parts.append(NamePart.NICKNAME)
    rows = []
    if allows(profile, "names"):
        for part in parts:
            name = p.names.get(part)
            if name and not name.is_blank:
                rows.append([L(f"name_{part.value}"), text(name.original), text(name.latin)])
            elif part is NamePart.GIVEN and p.given_unknown:
                # said, not left out: the father's name on the first line would read as hers
                rows.append([L("name_given"), L("name_unknown"), L("name_unknown")])
    if allows(profile, "aliases"):
        # each spelling under the column of its own script: "Xelîl Şêx Çiya" is not Arabic script
        rows += [[L("aliases"), text(a), ""] if is_arabic_script(a) else [L("aliases"), "", text(a)]
                 for a in p.aliases if a.strip()]
    return Section(L("names"), header=["", L("script_original"), L("script_latin")], rows=rows,
                   widths=[0.26, 0.37, 0.37], own_columns=[1, 2])


def notes_written(notes: str, lang: str) -> str:
    """Her notes line by line, each made safe as text() makes a value; a list's mark opening
    a line ([list "NGO Duhok", batch 4, row 17, read 2026-12-02], as stored) in the paper's
    words, the list's name isolated and its numbers left to right. Isolated whole, an Arabic
    paper's notes took the direction of the English mark on their first line."""
    lines = []
    for line in notes.strip().split("\n"):
        mark, rest = list_mark(line)
        if mark is None:
            lines.append(text(line))
            continue
        parts = [label("note_list", lang).format(name=text(mark["list"])) if mark["list"] else "",
                 label("note_batch", lang).format(n=code(mark["batch"])) if mark["batch"] else "",
                 label("note_row", lang).format(n=code(mark["row"])),
                 label("note_read", lang).format(day=code(mark["day"]))]
        said = label("note_parts", lang).join(x for x in parts if x)
        lines.append(f"[{said}] {text(rest)}".rstrip())
    return "\n".join(lines)


def _lists_naming(entries: list[dict], lang: str) -> Section:
    """Each list row that named her: where it is (its import batch; who sent it, its file and
    sheet where the profile shows them; the file's SHA-256, when it was recorded; a record
    merged into hers says so) and what it said, cell by cell, as the list wrote it, so that
    a reader sees where the lists agree and where they differ."""
    L = lambda key: label(key, lang)  # noqa: E731
    rows = []
    for v in entries:
        batch = v.get("batch_id")
        where = [label("list_batch", lang).format(n=code(str(batch))) if batch else "",
                 text(v.get("list_source", "")), text(v.get("file_name", "")),
                 text(v.get("sheet", "")),
                 # whole: a court checks the very file against it
                 code(f"SHA-256 {v['file_sha256']}") if v.get("file_sha256") else "",
                 f"{L('recorded')}: {code(v['recorded_at'][:10])}" if v.get("recorded_at") else ""]
        if v.get("merged_case_no"):
            where.append(label("merged_record", lang).format(case_no=code(v["merged_case_no"])))
        # a place cell naming another person still held (service._list_places_naming)
        cells = "\n".join(f"{L(key)}: " + (L("field_names_other_held") if n in v.get("withheld", ())
                                            else _cell_said(value, read, lang))
                          for n, (key, value, read) in enumerate(v.get("said", [])))
        rows.append(["\n".join(w for w in where if w), code(str(v.get("row_number") or "")),
                     cells])
    # a row whole on its page: split, it left "SHA-256" at a page's foot and the hash on the
    # next, and a court checks the very file against it
    return Section(L("provenance"), header=[L("list"), L("row"), L("list_said")], rows=rows,
                   widths=[0.36, 0.08, 0.56], whole_rows=True)


def _cell_said(value: str, read: str, lang: str) -> str:
    """A list's cell as written; a sex with what it was read as, "M (read as female)": a
    Kurmanji list's M is mê, and quoted bare a court reads that the list calls her male."""
    if not read:
        return text(value)
    return label("read_as", lang).format(cell=text(value), sex=label(f"sex_{read}", lang))


def taken_said(p: Person, incidents: dict, lang: str, with_range: bool = True) -> str:
    """Her abduction's date as a paper prints it: hers as typed, else her incident's marked
    "2014-08-03 (from the incident)" (app/domain/taken.py); '' where neither is known. Her
    dossier and a summary's Abducted column say it alike (a court's summary left it blank)."""
    own = date(p.abduction_date, lang, with_range)
    taken, of_incident = taken_date(p, incidents)
    if own or not of_incident:
        return own
    return f"{date(taken, lang, with_range)} {label('from_incident', lang)}"


def _abduction(src: DossierSource, profile: Profile, lang: str) -> Section:
    L = lambda key: label(key, lang)  # noqa: E731
    p = src.person
    pairs = []
    # The date and place of the crime said unknown when they are: left out (as an empty
    # label is), a court's "Abduction" had no date at all, read as forgotten
    # Hers not recorded, her incident's, said as the incident's: "Date: not recorded" above
    # "Incident: 2014-08-03 · Kocho" said the vault did not know what it knew
    inc = src.taken_in
    of_incident = lambda value: value and f"{value} {L('from_incident')}"  # noqa: E731
    if allows(profile, "abduction_date"):
        pairs.append((L("date"), taken_said(p, {inc.id: inc} if inc else {}, lang)
                      or L("not_recorded")))
    # a field whose text names another person still held is said withheld (named_in_text.py)
    named = lambda key, value: _unless_naming(src, key, value, lang)  # noqa: E731
    if allows(profile, "abduction_place"):
        pairs.append((L("place"), named("abduction_place", text(place_written(
            p.abduction_place, lang)) or (inc and of_incident(text(place_written(
                inc.place, lang))))) or L("not_recorded")))
    if allows(profile, "abduction_circumstances"):
        pairs.append((L("circumstances"),
                      named("circumstances", text(p.abduction_circumstances))))
    if allows(profile, "incident") and src.incident is not None:
        inc = src.incident
        where = named("incident_place", text(place_written(inc.place, lang)))
        # "2014-08-03 · Kocho: Kocho was taken; …": run together by spaces, the place read
        # as the description's first word, and an Arabic place sat between two Latin runs
        head = " · ".join(x for x in (date(inc.date, lang), where) if x)
        said = named("incident", text(inc.description))
        pairs.append((L("incident"), ": ".join(x for x in (head, said) if x)))
    # Of a woman still held, who holds her and where she was last seen are where she is now
    # (the box the team updates as she is sold on), not evidence of her abduction: a court's
    # paper leaves them out while she is held, and says so of every woman still held.
    whereabouts = [f for f in ("last_known_location", "held_by") if allows(profile, f)]
    if not src.held and "last_known_location" in whereabouts:
        pairs.append((L("last_known_location"), named(
            "last_known_location", text(place_written(p.last_known_location, lang)))))
    if not src.held and "held_by" in whereabouts:
        pairs.append((L("held_by"), named("held_by", text(p.held_by))))
    note = held_label("held_whereabouts_note", lang, p.sex.value) \
        if src.held and whereabouts else ""
    pairs = [(k, v) for k, v in pairs if v]
    return Section(L("abduction"), pairs=pairs, note=note,
                   own_pairs=[i for i, (k, _) in enumerate(pairs) if k == L("circumstances")])


def _unless_naming(src: DossierSource, key: str, value: str, lang: str) -> str:
    """value, or where the field key's text names another person still held (the service
    read it: fields_naming_others_held), what the paper says in its place."""
    return label("field_names_other_held", lang) \
        if value and key in src.fields_naming_others_held else value


def _timeline(p: Person, events: list, profile: Profile, lang: str,
              held: bool = False) -> Section:
    """Her status events in the order of her story; one told without a date says so, with
    the day it was recorded: "by 2026-12-04" read as a date, "missing until 2026". held: the
    steps of the search for her were left out (she is still held), which it says."""
    L = lambda key: label(key, lang)  # noqa: E731
    notes = allows(profile, "status_notes")
    rows = []
    for ev in events:
        status = ev.status.value
        said = status_label(timeline_status(status, profile), lang, p.sex.value)
        if ev.rescue_id is not None and not held:
            # the rescue record it came from, as its section numbers it (not printed while she
            # is held)
            said += "\n" + L("from_rescue").format(no=code(str(ev.rescue_id)))
        if held and status in NOT_HELD:
            # she is held now: her current status (a sighting this paper leaves off, a wrong
            # report or her taking again) overtakes it, which bare read as her last word
            said += "\n" + held_label("held_overtaken", lang, p.sex.value)
        when = (L("date_unknown_recorded").format(day=code(ev.date.latest.isoformat()))
                if told_without_date(ev)
                # a status a list gave with no date: an empty cell read as a field left out
                else date(ev.date, lang) or L("date_not_given"))
        row = [when, said]
        if notes:  # a list's word that only repeats the status beside it is left out
            names = (status_label(status, lang, "F"), status_label(status, lang, "M"))
            row.append(sex_label("whole_list_note", lang, p.sex.value)
                       if ev.note == WHOLE_LIST_NOTE
                       else text(note_beside_status(status, ev.note, names)))
        rows.append(row)
    header = [L("date"), L("status")] + ([L("note")] if notes else [])
    # the date column has room for "حوالي 2015 (2013–2017)" and "date not known (recorded
    # 2026-12-04)" on two lines
    widths = [0.26, 0.24, 0.5] if notes else [0.3, 0.7]
    # a paper without the notes says they exist, so that a reader asks the team for them
    # rather than taking the bare statuses for all that is known
    kept = "" if notes or not any(ev.note.strip() for ev in events) \
        else L("status_notes_kept")
    if held:  # said of every woman still held, whatever steps she had: a count would tell
        kept = "\n".join(x for x in (held_label("held_timeline_note", lang, p.sex.value), kept) if x)
    return Section(L("status_timeline"), header=header, rows=rows, widths=widths, note=kept,
                   own_columns=[2] if notes else [])


def _reports(reports: list[Report], profile: Profile, lang: str,
             places_naming: set[int | None] = frozenset()) -> Section:
    """places_naming: the reports whose Place names another person still held, said
    withheld as a field of hers is ("مع اختها ليلى في الرقة", with her sister Layla in Raqqa)."""
    L = lambda key: label(key, lang)  # noqa: E731
    # Observed wide enough for "about 2015 (2013–2017)" to break only at its space: at 0.13
    # its range was cut, ")" alone on a line
    header, widths = [L("received"), L("observed"), L("place")], [0.13, 0.17, 0.12]
    # a date's range is one word (date()): its columns made wide enough for it where they can
    # be (else it breaks at its spaces, layout.py); a place a user typed breaks as any text
    # ("Deir-ez-Zor/Raqqa/Mosul" made whole took the room of the report's content)
    whole = [0, 1]
    if allows(profile, "report_source_code"):
        # never cut: "SALIM-" over "QASIM" read as two codes, "withhel" over "d" as none
        whole.append(len(header))
        header.append(L("source_code"))
        widths.append(0.09)
    if allows(profile, "report_credibility"):
        header.append(L("credibility"))
        widths.append(0.14)  # "6 – truth cannot be judged" on three lines; taken from place and code
    show_text = allows(profile, "report_text")
    if show_text:
        header.append(L("content"))
        widths.append(1 - sum(widths))
    rows = []
    for r in reports:
        # A report that could identify its source keeps its content inside the team; and its
        # place and source code too: the code ties it to that informant's reports printed in
        # full, and where she was seen may say who saw her.
        withheld = r.could_identify_source and not allows(profile, "report_identifying_text")
        # said withheld only where there is one: a blank cell is none recorded
        row = [date(r.received, lang), date(r.observed, lang),
               (L("cell_withheld") if r.place else "") if withheld
               else L("field_names_other_held") if r.id in places_naming
               else text(place_written(r.place, lang))]
        if allows(profile, "report_source_code"):
            # a code saved before a code needed a digit may be a name (SALIM-QASIM): only
            # the team's own papers print it
            printed = is_source_code(r.source_code) or allows(profile,
                                                              "report_identifying_text")
            row.append("" if not r.source_code else L("cell_withheld") if withheld else
                       code(r.source_code) if printed else L("code_withheld"))
        if allows(profile, "report_credibility"):
            row.append(credibility(r.credibility, lang))
        if show_text:
            said = L("content_withheld") if withheld else text(r.text)
            if r.proved_false and allows(profile, "report_proved_false"):
                said = L("report_proved_false").format(
                    date=date(r.proved_false_on, lang), reason=text(r.proved_false)) + "\n" + said
            row.append(said)
        rows.append(row)
    if any(row[2] == L("cell_withheld") for row in rows):
        whole.append(2)  # the room given to the dates cut "شاردراوەتەوە" (withheld) in two
    return Section(L("reports"), header=header, rows=rows, widths=widths, whole=whole,
                   own_columns=[len(header) - 1] if show_text else [])


def _rescues(rescues: list[RescueOperation], profile: Profile, lang: str,
             person: Person, facts_held: set[int | None] = frozenset()) -> Section:
    """facts_held: the operations that did not free someone still held whose search the
    paper keeps back: said in place of their date, place and outcome (while_held.py)."""
    L = lambda key: label(key, lang)  # noqa: E731
    rows = []
    for op in rescues:
        pairs = rescue_pairs(op, profile, lang,
                             others=bool(set(op.person_ids) - {person.id}))
        if op.id in facts_held:
            pairs = [("", operation_withheld(profile, lang))]
        if gave_unsaid(person.current_status.value, op):
            # recorded before a rescue gave a status: said, never guessed from the outcome
            pairs.append((L("status_note"), sex_label("rescue_status_unsaid", lang,
                                                      person.sex.value)))
        if allows(profile, "rescue_costs"):
            pairs += [(L("costs"), "  ·  ".join(x for x in (
                code(f"{c.amount:,} {c.currency}"), date(c.date, lang), text(c.paid_to),
                text(c.purpose)) if x)) for c in op.costs]
        rows.append([code(str(op.id or "")),
                     "\n".join(f"{k}: {v}" if k else v for k, v in pairs if v)])
    # an operation whole on its page (unless taller than a page): split 3/2, "(left out: it
    # speaks of the whole operation, and others rescued in it are not" ended one page
    return Section(L("rescues"), header=[L("operation"), L("details")], rows=rows,
                   widths=[0.15, 0.85], whole_rows=True)


def operation_withheld(profile: Profile, lang: str) -> str:
    """Said in place of the facts of an operation that did not free someone still held: on a
    court's paper, why; on a family's, only that it concerned others it does not name (that
    another family's daughter is still held and was sought is not theirs to be told)."""
    return label("held_operation_withheld" if not allows(profile, "search_while_held")
                 else "others_operation_withheld", lang)


def _handover(op: RescueOperation, lang: str) -> str:
    """The handover to family in the document's one form of dates; words typed before it was
    read as a date, as typed."""
    handed = op.handover_to_family
    return date(handed, lang) if handed.latest else text(handed.text)


def rescue_pairs(op: RescueOperation, profile: Profile, lang: str,
                 others: bool = False) -> list[tuple[str, str]]:
    """The facts of one rescue operation that the profile allows, as (label, value). others:
    the paper does not name everyone the operation freed, so its outcome as typed, about all
    of them, is left out where the profile keeps others' names off it (a family's paper)."""
    L = lambda key: label(key, lang)  # noqa: E731
    # worded by what it gave: "Rescued from" the place of a failed attempt said she was freed
    freed = rescue_freed(op)
    outcome = text(op.outcome)
    if outcome and others and not allows(profile, "rescue_outcome_of_others"):
        outcome = L("outcome_withheld" if freed else "outcome_withheld_concerned")
    pairs = [(L("date"), date(op.date, lang)),
             (L("from_place" if freed else "operation_place"),
              text(place_written(op.from_place, lang))),
             (L("outcome"), outcome), (L("handover_family"), _handover(op, lang))]
    optional = [("rescue_route", "route", op.route), ("rescue_handover_point", "handover_point",
                                                      op.handover_point),
                ("rescue_team", "team", op.team_codes), ("rescue_needs", "needs", op.needs),
                ("rescue_notes", "notes", op.notes)]
    for field_name, key, value in optional:
        if allows(profile, field_name):
            pairs.append((L(key), code(value) if field_name == "rescue_team" else text(value)))
    return [(k, v) for k, v in pairs if v]
