"""What the print screen asks of the vault: build a document, preview it, write it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from app.domain.errors import MergedAway, SharingRefused
from app.reports.not_the_vault_secret import refuse_vault_passphrase
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter
from app.reports.steps import LAYOUT, PREVIEW, Steps
from app.reports.while_held import held_back_detail
from ui.pdf_pages import render_pages

DOCUMENTS = ("dossier", "summary", "rescue")


def build(session, document: str, ref: str, profile: str, lang: str,
          summary: SummaryFilter | None = None, for_persons: str = "", progress=None,
          cancel=None, despite_sharing: bool = False, step=None) -> dict:
    """The PDF bytes and its preview pages (rendered here, off the GUI thread). for_persons:
    the case numbers typed under Whose family (a summary or a rescue report shows only
    them; a family's must name them, as the service requires). despite_sharing: a dossier
    made although her sharing level does not reach the profile, once the user said so (the
    export's audit entry says it). "left_out": the persons a list document left out by their
    sharing level; "unrecorded": those a summary's filters left out for a field left blank
    ({field: count}). "held": what a court's paper kept back of persons still held
    (app/reports/while_held.py), as the print screen says it. step: told each step as it
    begins (a summary's, then PREVIEW: app/reports/steps.py)."""
    svc, prof, detail, nobody = ReportService(session), Profile(profile), {}, None
    named = tuple(c for c in re.split(r"[\s,;،]+", for_persons) if c)
    left_out, held, sex, unrecorded = 0, {}, "U", {}
    try:
        if document == "dossier":
            ref = ref.strip().upper()
            try:
                made = svc.dossier(ref, profile=prof, lang=lang,
                                   despite_sharing=despite_sharing)
                pdf = made.pdf()
            except MergedAway as e:   # said by the print screen in the interface's language
                return {"merged": e.case_no, "into": e.into}
            if despite_sharing:
                detail = svc.despite_sharing_detail(ref, prof)
                # the screen words what it says of the person by sex: a boy's was "her"
                sex = session.persons.get(ref).sex.value
            if made.view.held_back is not None:
                kept = made.view.held_back
                held = {"steps": kept.steps, "reports": kept.reports, "rescues": kept.rescues,
                        "sex": kept.sex, "whereabouts": kept.whereabouts}
                detail = {**detail, **kept.detail()}
            if made.view.others_held_back:
                # kept back for others still held whom it is not about (a sister)
                others = made.view.others_held_back
                # a report whose text names one of them concerns her too
                held = {**held, "others_reports": others.reports + others.named,
                        "others_operations": others.operations,
                        "others_fields": len(others.fields),
                        # a report's Place, a list's place cell: no field of her record
                        "others_places": others.report_places + others.list_places}
                detail = {**detail, **others.detail()}
        elif document == "rescue":
            from app.domain.errors import ValidationError
            if not ref.strip().isdigit():
                raise ValidationError.saying("give the rescue operation's number")
            ref = str(int(ref))
            made = svc.rescue(int(ref), profile=prof, lang=lang, for_persons=named)
            pdf = made.pdf()
            detail = {"for": [p.case_no for p in svc.named_persons(named)]} if named else {}
            left_out = svc.last_left_out
            persons, facts = svc.last_held_back
            if persons or facts:
                held = {"persons": persons, "facts": facts}
                detail.update(held_back_detail(persons, facts))
        else:
            summary = replace(summary or SummaryFilter(), persons=named)
            summarised = svc.summary(summary, profile=prof, lang=lang, progress=progress,
                                     cancel=cancel, step=step)
            made, pdf, nobody, left_out = (summarised.document, summarised.pdf,
                                           summarised.nobody, summarised.left_out)
            # logged as the command line logs a summary: how many persons, chosen how; a case
            # number left in the field is no part of it
            ref, detail = "", {"persons": summarised.count, "filters": summary.logged()}
            if summarised.unrecorded:  # left out for a value not recorded, as the CLI logs it
                detail["left_out_unrecorded"] = unrecorded = summarised.unrecorded
            if summarised.said_missing:
                held = {"said_missing": summarised.said_missing}
                detail["said_missing_while_held"] = summarised.said_missing
            if summarised.villages_naming:  # printed as withheld: whose, as the CLI logs it
                held = {**held, "villages": len(summarised.villages_naming)}
                detail["villages_naming_others_held"] = sorted(summarised.villages_naming)
    except MergedAway as e:   # a number typed under Whose family, said as for a dossier
        return {"merged": e.case_no, "into": e.into, "for": True}
    except SharingRefused as e:  # said by the print screen, which may ask to make it anyway
        return {"sharing": e.case_no, "level": e.level, "profile": e.profile, "sex": e.sex,
                "can_override": document == "dossier"}
    if left_out:
        detail["left_out_by_sharing"] = left_out
    if step is not None:
        step(PREVIEW)
    # Cancel honoured while the pages are drawn (pdftoppm ended): 50 s at every person
    pages = render_pages(pdf, cancel=cancel)
    # made: the same document again, to be saved under a password (save)
    built = {"pdf": pdf, "made": made, "pages": pages, "document": document,
             "ref": ref, "profile": profile, "lang": lang, "detail": detail,
             "left_out": left_out, "held": held, "sex": sex, "unrecorded": unrecorded}
    if nobody is not None:  # a summary that lists nobody: said before it is printed
        built["nobody"] = nobody
    return built


def save(session, built: dict, path: str, password: str | None = None, progress=None,
         cancel=None, step=None):
    """Write the PDF where the user chose and record the export in the audit trail, as
    `casekeeper dossier --password-file` does. password: the document previewed made again
    under it (AES-256), the same reading of the vault; the trail says it was encrypted, never
    the password. A summary made again says its steps as the preview did (a summary of every
    person is half a minute of silence otherwise), and Cancel leaves nothing written."""
    if password:  # told to the paper's reader: never the vault's own passphrase
        refuse_vault_passphrase(session, password)
    steps = None
    if cancellable(built, password):
        steps = Steps(progress, step, cancel, "cancelled: nothing was saved")
        steps.begin(LAYOUT)
    pdf = built["made"].pdf(password, steps) if password else built["pdf"]
    return ReportService(session).write(
        pdf, Path(path), what=built["document"], ref=built["ref"],
        profile=Profile(built["profile"]), lang=built["lang"], encrypted=password is not None,
        detail=built["detail"])


def cancellable(built: dict, password: str | None) -> bool:
    """Whether saving it says its steps and honours Cancel: a summary made again under a
    password. Anything else is written as previewed, or a dossier or rescue report made again
    in a moment, with no step between that could stop it: the print screen offers no Cancel
    for those (it was pressed, and the paper written all the same)."""
    return bool(password) and built["document"] == "summary"


def for_printer(session, built: dict, dpi: int) -> list[bytes]:
    """The pages at print resolution, once the audit trail holds the printing."""
    ReportService(session).record_printed(
        built["pdf"], what=built["document"], ref=built["ref"], profile=Profile(built["profile"]),
        lang=built["lang"], detail=built["detail"])
    return render_pages(built["pdf"], dpi)
