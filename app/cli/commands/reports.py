"""`casekeeper dossier`, `summary` and `rescue-report`: PDFs for a family, a court or a meeting."""

from __future__ import annotations

from pathlib import Path

from app.cli import secrets
from app.cli.filters import HELD, SEEN_HELP, add_age_filters, add_status_filters, seen_since
from app.cli.options import DATE, VILLAGE_HELP, date_range
from app.cli.output import Output, StepBars
from app.cli.search_said import unrecorded_count_line
from app.domain.errors import InputFileError, ValidationError
from app.domain.fuzzydate import EXAMPLES
from app.domain.person import Status
from app.reports.labels import LANGUAGES
from app.reports.pdfcrypt import check_length
from app.reports.profiles import Profile, parse_profile, shown_status
from app.reports.steps import FINISHING, LAYOUT, PAGES, READING
from app.reports.while_held import (
    held_back_detail,
    held_back_said,
    pronouns,
    said_missing_while_held,
    villages_naming_said,
)

_PROFILE_HELP = ("who the document is for; only that audience's fields are read: "
                 "internal (everything except source identities), court, family, public")


def _common_options(p) -> None:
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="the PDF to write (the only file written)")
    p.add_argument("--profile", choices=[x.value for x in Profile], help=_PROFILE_HELP)
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="document language: en, kmr (left to right), ar, ckb (right to left)")
    p.add_argument("--password-file", metavar="F",
                   help="protect the PDF with AES-256; the password is the first line of F, "
                        "at least 8 characters")
    p.add_argument("--unprotected", action="store_true",
                   help="an internal paper without a password, meant so (without it, a "
                        "terminal asks for a password, and elsewhere a warning says it is "
                        "unprotected)")
    p.add_argument("--force", action="store_true",
                   help="replace OUT.pdf even where it is protected with a password and this "
                        "one is not, or is not a PDF (refused without it); another PDF there is "
                        "replaced, and said")


def register(sub, common) -> None:
    d = sub.add_parser("dossier", parents=[common], help="print one person's dossier as PDF")
    d.add_argument("case_no", metavar="CASE_NO")
    _common_options(d)
    d.add_argument("--despite-sharing", action="store_true",
                   help="make it although her sharing level does not allow this profile "
                        "(said in the audit trail); better: set her level with "
                        "`person edit CASE_NO --sharing LEVEL`")
    d.set_defaults(run=cmd_dossier)

    s = sub.add_parser("summary", parents=[common],
                       help="print a table of persons chosen by filters as PDF")
    _common_options(s)
    add_status_filters(s)
    s.add_argument("--village", metavar="V", help=VILLAGE_HELP)
    s.add_argument("--sex", choices=["F", "M", "U"])
    s.add_argument("--query", metavar="Q",
                   help="words that must all appear in her own name, an alias or the case number "
                        "(e.g. 00007); `search` finds other spellings")
    s.add_argument("--abducted-from", metavar=DATE, help=f"abducted on or after DATE ({EXAMPLES})")
    s.add_argument("--abducted-to", metavar=DATE, help="abducted on or before DATE")
    s.add_argument("--seen-since", metavar=DATE,
                   help=SEEN_HELP + "; an internal summary only: it tells when she was seen")
    add_age_filters(s)
    s.add_argument("--sort", choices=["case_no", "name", "village", "status"], default="case_no")
    s.add_argument("--for", dest="for_persons", action="append", metavar="CASE_NO",
                   help="only this person (repeat for each); a family summary must name the "
                        "family's own persons, linked as relatives in the vault (`relative`), "
                        "directly or through another relative: persons of two families are "
                        "refused, never listed on one family's paper")
    s.set_defaults(run=cmd_summary)

    r = sub.add_parser("rescue-report", parents=[common], help="print a rescue operation as PDF")
    r.add_argument("rescue_id", metavar="ID", type=int)
    _common_options(r)
    r.add_argument("--for", dest="for_persons", action="append", metavar="CASE_NO",
                   help="the person the paper is for (repeat for each), one the operation "
                        "names (freed by it, or one it was for where it freed no one): only "
                        "she is named, the others counted; required with --profile family")
    r.set_defaults(run=cmd_rescue)


def _output_free(args, password: str | None) -> str:
    """Refuse, unless --force, to write over a PDF protected with a password with one that is
    not (a protected dossier was silently replaced by an unprotected one of the same name), or
    over a file that is not a PDF (a list or a letter named by mistake). Another PDF is replaced
    as before (a paper made again), and said: the line to print after the export, or ""."""
    out = Path(args.output)
    if not out.is_file():
        return ""
    try:
        data = out.read_bytes()
    except OSError as e:
        raise InputFileError(f"cannot read {out}, which is there already: {e.strerror}") from None
    is_pdf = data.startswith(b"%PDF-")
    protected = is_pdf and b"/Encrypt" in data
    refused = ("is not a PDF" if not is_pdf else
               "is protected with a password, and this one would not be"
               if protected and password is None else "")
    if refused and not args.force:
        raise InputFileError(f"{out} already exists and {refused}: nothing was written. Give "
                             "another name with -o, or --force to replace it")
    return f"replaced the file that was at {out}" + (
        " (it was protected with a password; this one is not)" if protected and password is None
        else "")


# The desktop ticks "Protect the PDF with a password" for the internal paper
# (ui/print_password.py); the command line wrote it unprotected and said nothing, and a laptop
# or stick taken at a checkpoint gave whoever opened the file the informants and the phones.
UNPROTECTED = ("warning: {out} is not protected with a password, and an internal paper carries "
               "informants' reports, phone numbers and payments: whoever gets the file reads "
               "them. Give --password-file F to protect it (in a terminal a password is asked "
               "for), or --unprotected to say it is meant; delete the file once it is not needed")


def _password(args, profile: Profile, ctx) -> str | None:
    """The PDF's password, asked (a terminal) or read (--password-file) after the vault is
    opened: "Passphrase:" first, as in every command (asked before it, her passphrase was
    typed as the paper's); one that is the vault's passphrase is refused."""
    from app.reports.not_the_vault_secret import refuse_vault_passphrase

    password = _given_password(args, profile, ctx)
    if password is not None:
        refuse_vault_passphrase(ctx.open_session(), password)
    return password


def _given_password(args, profile: Profile, ctx) -> str | None:
    if args.password_file and args.unprotected:
        raise ValidationError("--unprotected and --password-file contradict each other: give one")
    if not args.password_file:
        if profile is Profile.INTERNAL and not args.unprotected:
            ctx.open_session()  # its passphrase asked first
            typed = secrets.pdf_password()  # None where there is no terminal to ask in
            if typed:
                check_length(typed)  # before the paper is made: nothing is written under it
            return typed or None
        return None
    try:
        raw = Path(args.password_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        reason = getattr(e, "strerror", None) or "not UTF-8 text"
        raise InputFileError(f"cannot read the password file {args.password_file}: {reason}") \
            from None
    lines = raw.lstrip("\ufeff").splitlines()
    # spaces around it are no part of it: a file of blanks, or "  abc   ", made a PDF that
    # "abc" did not open
    password = lines[0].strip() if lines else ""
    if not password:
        raise ValidationError(f"the password file {args.password_file} holds no password (its "
                              "first line is empty or blank)")
    check_length(password)  # before the paper is made: nothing is written under it
    return password


def _service(ctx):
    from app.reports.service import ReportService

    return ReportService(ctx.open_session())


def _done(ctx, what: str, export, extra: dict | None = None, said: str = "",
          protected: bool = True) -> int:
    """said: a line after it, of what the document leaves out or was made despite. An
    internal paper written without a password, not said to be meant (--unprotected), is
    warned of on stderr (a script's output stays as it was; "unprotected" with --json)."""
    args = ctx.args
    unprotected = not protected and parse_profile(args.profile) is Profile.INTERNAL \
        and not args.unprotected
    data = {"written": str(export.path), "sha256": export.sha256, "bytes": export.size,
            **(extra or {}), **({"unprotected": True} if unprotected else {})}
    ctx.out.emit(data, f"{what} written to {export.path} (SHA-256 {export.sha256})"
                 + (f"\n{said}" if said else ""))
    if unprotected:
        Output.note("casekeeper: " + UNPROTECTED.format(out=export.path))
    return 0


def cmd_dossier(args, ctx) -> int:
    profile = parse_profile(args.profile)
    password = _password(args, profile, ctx)
    replaced = _output_free(args, password)
    service = _service(ctx)
    case_no = args.case_no.strip().upper()
    made = service.dossier(case_no, profile=profile, lang=args.lang,
                           despite_sharing=args.despite_sharing)
    pdf = made.pdf(password)
    # the export's audit entry names the level it was made despite
    overridden = service.despite_sharing_detail(case_no, profile) if args.despite_sharing \
        else {}
    # and what a court's paper of a woman still held keeps back until she is freed
    held = made.view.held_back
    # and what it keeps back for persons still held whom it is not about (a sister)
    others = made.view.others_held_back
    detail = {**overridden, **(held.detail() if held else {}),
              **(others.detail() if others else {})}
    export = service.write(pdf, Path(args.output), what="dossier", ref=case_no, profile=profile,
                           lang=args.lang, encrypted=password is not None,
                           detail=detail or None)
    poss = pronouns(service.session.persons.get(case_no).sex.value)[2] if overridden else ""
    said = [f"made despite {poss} sharing level ({overridden['despite_sharing']}, which does "
            f"not allow {profile.value}): the audit trail says so" if overridden else "",
            held.said(made.view.case_no or case_no) if held else "",
            others.said() if others else "", replaced]
    return _done(ctx, "dossier", export, detail, "\n".join(x for x in said if x),
                 protected=password is not None)


# What the command line says of each step of a summary (app/reports/steps.py), on a terminal.
SUMMARY_STEPS = {READING: "reading persons", LAYOUT: "laying out the rows", PAGES: "writing page",
                 FINISHING: "finishing pages"}


def cmd_summary(args, ctx) -> int:
    from app.reports.service import SummaryFilter

    profile = parse_profile(args.profile)
    password = _password(args, profile, ctx)
    replaced = _output_free(args, password)
    dates = date_range(args.abducted_from, args.abducted_to, ("--abducted-from", "--abducted-to"))
    service = _service(ctx)
    asked = _statuses_asked(args, profile)
    f = SummaryFilter(asked[0] if len(asked) == 1 else None, args.village, args.sex, args.query,
                      *dates, args.sort, args.min_age, args.max_age, args.age_when_taken,
                      persons=tuple(args.for_persons or ()),
                      villages=_village_exact(service.session, args.village),
                      statuses=asked if len(asked) > 1 else (),
                      seen_since=seen_since(args.seen_since))
    bars = StepBars(SUMMARY_STEPS, enabled=False if ctx.out.json_mode else None)
    try:
        made = service.summary(f, profile=profile, lang=args.lang, password=password,
                               progress=bars, step=bars.step)
    finally:
        bars.close()  # an error, or what was written, on a line of its own
    count, left_out = made.count, made.left_out
    held = {"said_missing_while_held": made.said_missing} if made.said_missing else {}
    if made.villages_naming:  # printed as withheld: whose, for the team
        held["villages_naming_others_held"] = sorted(made.villages_naming)
    export = service.write(made.pdf, Path(args.output), what="summary", ref="",
                           profile=profile, lang=args.lang, encrypted=password is not None,
                           detail={"persons": count, "left_out_by_sharing": left_out,
                                   "left_out_unrecorded": made.unrecorded,
                                   "filters": f.logged(), **held})
    what = f"summary of {count} person{'' if count == 1 else 's'}"
    extra: dict = {"persons": count, "left_out_by_sharing": left_out,
                   "left_out_unrecorded": made.unrecorded, **held}
    if made.nobody is not None:
        # said here as the document says it: an empty list with a filter left set
        what += f" ({nobody_said(made.nobody, f)})"
        extra["nobody_left_by"] = {"filter": made.nobody.key, "before": made.nobody.before}
    said = [service.left_out_message(left_out, profile),  # said on the paper too
            # and those a filter left out for a value not recorded, as `person list` says it
            *(unrecorded_count_line(n, (key,), args, "summary")
              for key, n in made.unrecorded.items()),
            said_missing_while_held(made.said_missing) if made.said_missing else "",
            villages_naming_said(made.villages_naming), replaced]
    return _done(ctx, what, export, extra, "\n".join(x for x in said if x),
                 protected=password is not None)


def _village_exact(session, typed: str | None) -> tuple[str, ...]:
    """The vault's values a summary's --village takes: the village typed in any script or
    spelling of that place, never a merely similar name (VILLAGE_HELP). The paper prints the
    village as typed: Hardann's list of Hardan's women is refused, naming what it could mean,
    as a blank village (a script's empty "$V") is, as `search` refuses them."""
    from app.cli.filters import village_chosen

    return village_chosen(session, typed)[0]


def _statuses_asked(args, profile: Profile) -> tuple[str, ...]:
    """The statuses --status (repeated) and --held ask for, each once, in the order of Status
    (as `person list` takes them); --held as the paper says them (a court's paper says
    "missing" of every woman still held, and lists them so)."""
    held = {shown_status(s, profile) for s in HELD} if args.held else set()
    chosen = set(args.status or ()) | held
    return tuple(s.value for s in Status if s.value in chosen)


def nobody_said(nobody, f) -> str:
    """Which filter left nobody, with its value as typed, in the command line's words."""
    from app.reports.service import FILTER_STEPS

    fields = dict(FILTER_STEPS)[nobody.key]
    if nobody.key == "status":  # one status or several (--status repeated, --held)
        fields = ("asked_statuses",)
    if nobody.key == "query":  # the command line has no Persons list to print from
        fields = ("query",)
    value = " – ".join("…" if (v := getattr(f, n)) is None else
                       ", ".join(v) if isinstance(v, tuple) else str(v) for n in fields)
    option = {"persons": "--for", "age": "--min-age/--max-age",
              "abducted": "--abducted-from/--abducted-to",
              "seen": "--seen-since"}.get(nobody.key, f"--{nobody.key}")
    if nobody.key == "age" and f.age_when_taken:
        value += " --age-when-taken"
    if nobody.before is None:
        return f"no one in the vault matches {option} {value}"
    return (f"{option} {value} leaves nobody of the {nobody.before} the filters before it "
            "choose")


def cmd_rescue(args, ctx) -> int:
    profile = parse_profile(args.profile)
    for_persons = tuple(args.for_persons or ())
    password = _password(args, profile, ctx)
    replaced = _output_free(args, password)
    service = _service(ctx)
    pdf = service.rescue_pdf(args.rescue_id, profile=profile, lang=args.lang, password=password,
                             for_persons=for_persons)
    detail = ({"for": [p.case_no for p in service.named_persons(for_persons)]}
              if for_persons else {})
    left_out = service.last_left_out
    if left_out:
        detail["left_out_by_sharing"] = left_out
    held_back, facts_held = service.last_held_back
    held = held_back_detail(held_back, facts_held)
    detail.update(held)
    export = service.write(pdf, Path(args.output), what="rescue", ref=str(args.rescue_id),
                           profile=profile, lang=args.lang, encrypted=password is not None,
                           detail=detail or None)
    said = [service.left_out_message(left_out, profile),  # said on the paper too
            held_back_said(held_back, facts_held), replaced]
    return _done(ctx, "rescue report", export, {"left_out_by_sharing": left_out, **held},
                 "\n".join(x for x in said if x), protected=password is not None)
