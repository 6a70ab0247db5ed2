"""`report edit --proved-false REASON`, `--not-proved-false`: its outcome, apart from its credibility."""

from __future__ import annotations

from app.cli.options import DATE, fuzzy_date
from app.domain.errors import ValidationError


def outcome_options(parser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--proved-false", metavar="REASON",
                       help="what it told proved false, and why (e.g. 'she was in Duhok "
                            "camp all of 2024'): shown on `report show/list`, her page and "
                            "the team's papers, left off court and family papers; refused "
                            "while a status of hers rests on it. Apart from --credibility, "
                            "which is judged when a report comes in. The audit trail keeps that "
                            "it was marked and when, never the reason's words (they may name "
                            "her or how an informant failed; change them here)")
    group.add_argument("--not-proved-false", action="store_true",
                       help="take back a --proved-false marked by mistake (the audit trail says it "
                            "was taken back)")
    parser.add_argument("--proved-false-on", metavar=DATE,
                        help="when it was found false (with --proved-false; today if not given)")


def outcome_changes(args) -> dict:
    """The report's outcome as typed, as `report edit`'s changes."""
    if args.proved_false_on is not None and args.proved_false is None:
        raise ValidationError("--proved-false-on is the date of --proved-false: give both "
                              "(--proved-false \"REASON\" --proved-false-on DATE)")
    if args.not_proved_false:
        return {"proved_false": ""}
    if args.proved_false is None:
        return {}
    if not args.proved_false.strip():
        raise ValidationError("--proved-false needs its reason: what proved the report false "
                              "(shown with the report); nothing was changed")
    out = {"proved_false": args.proved_false.strip()}
    if args.proved_false_on is not None:
        out["proved_false_on"] = fuzzy_date(args.proved_false_on, "--proved-false-on")
    return out
