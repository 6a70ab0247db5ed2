"""What was recorded under a record merged into another (reports, rescues, relatives, family
contacts, photos, statuses) is shown and printed with the record kept, marked with the merged
record's number; split gives it back; a merged record's own dossier is refused, naming the
number to print instead. Real vaults through the command line, PDFs read with pdftotext."""

from __future__ import annotations

import json
import re

from tests.pdf_glyphs import pdftotext
from tests.report_samples import photo_png


def _add(cli, *args: str) -> str:
    r = cli("--json", "person", "add", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _two_records_of_vian(cli, tmp_path) -> tuple[str, str, str]:
    """Vian recorded twice; everything around her recorded under the second record, then that
    record merged into the first. Returns (kept, merged, her sister)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    kept = _add(cli, "--given", "Vian", "--father", "Dakhil", "--grandfather", "Saeed",
                "--sex", "F", "--status", "missing", "--status-date", "15/08/2014")
    merged = _add(cli, "--given", "ڤیان", "--father", "داخل", "--sex", "F",
                  "--status", "sighted", "--status-date", "2015-02")
    sister = _add(cli, "--given", "Jiyan", "--father", "Dakhil", "--sex", "F")
    photo = tmp_path / "vian.png"
    photo.write_bytes(photo_png())
    for args in (("report", "add", "--person", merged, "--text", "Vian seen at the Tal Afar "
                  "checkpoint REPORTONEIGHT", "--source", "OWL-1", "--received", "10/02/2015",
                  "--cannot-identify-source"),
                 ("rescue", "add", "--person", merged, "--date", "2016", "--from-place",
                  "RESCUEFROMPLACE", "--outcome", "handed over"),
                 ("relative", merged, "sibling", sister),
                 ("contact", merged, "--name", "CONTACTNAME Dakhil", "--phone", "+964 750 1"),
                 ("photo", merged, str(photo), "--caption", "PHOTOCAPTION")):
        r = cli(*args)
        assert r.returncode == 0, r.stderr
    r = cli("merge", kept, merged)
    assert r.returncode == 0, r.stderr
    # on every paper, her sister too: these tests are of what the merge brought
    assert cli("person", "sharing", "public", kept, sister).returncode == 0
    return kept, merged, sister


def _dossier(cli, tmp_path, case_no: str, profile: str, lang: str = "en") -> str:
    out = tmp_path / f"{case_no}-{profile}-{lang}.pdf"
    r = cli("dossier", case_no, "-o", str(out), "--profile", profile, "--lang", lang)
    assert r.returncode == 0, r.stderr
    return " ".join(pdftotext(out.read_bytes()).split())


def test_person_show_lists_every_record_of_the_records_merged_into_hers(cli, tmp_path):
    kept, merged, sister = _two_records_of_vian(cli, tmp_path)
    shown = json.loads(cli("--json", "person", "show", kept).stdout)
    assert [(r["source_code"], r["from_case_no"]) for r in shown["reports"]] == [
        ("OWL-1", merged)]
    assert shown["rescues_from_case_no"] == [merged] and len(shown["rescues"]) == 1
    assert [(x["case_no"], x["from_case_no"]) for x in shown["relatives"]] == [
        (sister, merged)]
    assert [(c["name"], c["from_case_no"]) for c in shown["family_contacts"]] == [
        ("CONTACTNAME Dakhil", merged)]
    assert [(p["caption"], p["from_case_no"]) for p in shown["photos"]] == [
        ("PHOTOCAPTION", merged)]
    lines = cli("person", "show", kept).stdout.splitlines()
    for start in ("  report ", "  rescue ", "  relative ", "  contact ", "  photo "):
        (line,) = [x for x in lines if x.startswith(start)]
        assert line.endswith(f"[from {merged}]"), line


def test_her_dossiers_print_what_came_with_the_merged_record_and_name_it(cli, tmp_path):
    kept, merged, sister = _two_records_of_vian(cli, tmp_path)
    internal = _dossier(cli, tmp_path, kept, "internal")
    assert f"Records merged into this one: {merged}" in internal
    for canary in ("REPORTONEIGHT", "RESCUEFROMPLACE", "CONTACTNAME", sister):
        assert canary in internal, canary
    assert "Merged record" in internal
    court = _dossier(cli, tmp_path, kept, "court")
    assert "REPORTONEIGHT" in court and "RESCUEFROMPLACE" in court
    family = _dossier(cli, tmp_path, kept, "family")
    assert "RESCUEFROMPLACE" in family and "REPORTONEIGHT" not in family  # as the profile says


def test_her_dossier_marks_each_status_that_came_with_the_merged_record(cli, tmp_path):
    """Two "missing" known by the same day, one from each record: the timeline says which."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    kept = _add(cli, "--given", "Vian", "--father", "Dakhil", "--sex", "F", "--status",
                "missing")
    merged = _add(cli, "--given", "Viyan", "--father", "Dakhil", "--sex", "F", "--status",
                  "missing")
    assert cli("merge", kept, merged).returncode == 0
    # a court's paper (a family's names no merged record: test_family_papers_name_no_one_else)
    assert cli("person", "sharing", "court", kept).returncode == 0
    out = tmp_path / "court.pdf"
    r = cli("dossier", kept, "-o", str(out), "--profile", "court", "--lang", "en")
    assert r.returncode == 0, r.stderr
    # both known only by the day they were told: "date not known (recorded ...)"
    told = pdftotext(out.read_bytes(), "-layout").split("Status timeline")[1]
    rows = [line.split() for line in told.splitlines()
            if re.match(r"\s*date not known", line)]
    assert [row[-1] for row in rows] == ["missing", merged]


def test_split_gives_the_merged_record_back_everything_recorded_under_it(cli, tmp_path):
    kept, merged, _sister = _two_records_of_vian(cli, tmp_path)
    assert cli("split", merged).returncode == 0
    mine = json.loads(cli("--json", "person", "show", kept).stdout)
    assert (mine["reports"], mine["rescues"], mine["relatives"], mine["family_contacts"],
            mine["photos"]) == ([], [], [], [], [])
    back = json.loads(cli("--json", "person", "show", merged).stdout)
    assert [r["from_case_no"] for r in back["reports"]] == [None]
    assert len(back["rescues"]) == len(back["relatives"]) == len(back["photos"]) == 1
    assert "REPORTONEIGHT" not in _dossier(cli, tmp_path, kept, "internal")
    assert "REPORTONEIGHT" in _dossier(cli, tmp_path, merged, "internal")


def test_a_dossier_of_a_merged_record_is_refused_naming_the_record_to_print(cli, tmp_path):
    """A family's paper may carry the number of a record since merged into another: its own
    dossier would be part of her case, under a number no longer hers."""
    kept, merged, _sister = _two_records_of_vian(cli, tmp_path)
    out = tmp_path / "old-number.pdf"
    r = cli("dossier", merged.lower(), "-o", str(out), "--profile", "family", "--lang", "en")
    assert r.returncode == 2 and r.stdout == "" and not out.exists()
    assert r.stderr.strip() == (
        f"casekeeper: {merged} is merged into {kept}, which holds all that is known of this "
        f"person: print {kept}'s dossier (casekeeper dossier {kept} ...); split {merged} first "
        "if they are two people")
    log = json.loads(cli("--json", "audit", "log", "--limit", "5").stdout)
    assert not any(e["action"] == "export.dossier" for e in log)


def test_a_report_about_both_her_records_is_hers_once_and_a_link_between_them_is_left_out(
        session):
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.domain.records import FamilyContact, Relation, RelativeLink, Report

    def vian(latin: str) -> Person:
        return session.persons.create(Person(names={NamePart.GIVEN: NameText("ڤیان", latin)},
                                             sex=Sex.FEMALE))

    kept, merged = vian("Vian"), vian("Viyan")
    session.records.add_report(Report(text="both seen together", person_ids=[kept.id,
                                                                             merged.id]))
    session.records.link_relative(merged.case_no, kept.case_no,
                                  RelativeLink(0, 0, Relation.OTHER, "entered twice"))
    for case_no in (kept.case_no, merged.case_no):   # her brother, given on both records
        session.records.add_contact(case_no, FamilyContact(0, "Khairi", "+964 750 1", "brother"))
    session.matching.merge(kept.case_no, merged.case_no)
    her = session.persons.get(kept.case_no)
    assert [(r.text, came) for r, came in session.records.reports_with_merged(her)] == [
        ("both seen together", None)]
    assert session.records.relatives_with_merged(her) == []
    assert [(c.name, came) for c, came in session.records.contacts_with_merged(her)] == [
        ("Khairi", None)]


def test_a_link_made_from_the_other_side_to_a_merged_record_shows_with_her(cli, tmp_path):
    """Relatives are read from both sides and from her merged records at once. A link made
    since the merge under the merged record's number is the merged record's, as one made
    before, and says so (test_added_under_a_merged_number_said.py)."""
    kept, merged, sister = _two_records_of_vian(cli, tmp_path)
    mother = _add(cli, "--given", "Gule", "--sex", "F")
    # made from Gule's side: the merged record is her child, so Vian sees her mother
    done = cli("relative", mother, "child", merged)
    assert done.returncode == 0 and \
        f"{merged} is merged into {kept}: added to {merged}, shown under {kept}" in done.stdout
    shown = json.loads(cli("--json", "person", "show", kept).stdout)
    assert sorted((x["relation"], x["case_no"], x["from_case_no"])
                  for x in shown["relatives"]) == sorted(
        [("sibling", sister, merged), ("mother", mother, merged)])


def test_a_contact_recorded_under_her_merged_record_is_changed_from_hers(cli, tmp_path):
    kept, merged, _sister = _two_records_of_vian(cli, tmp_path)
    (c,) = json.loads(cli("--json", "person", "show", kept).stdout)["family_contacts"]
    r = cli("contact", kept, "--change", str(c["id"]), "--phone", "+964 750 2")
    assert r.returncode == 0, r.stderr
    (c,) = json.loads(cli("--json", "person", "show", kept).stdout)["family_contacts"]
    assert c["phone"] == "+964 750 2" and c["from_case_no"] == merged


def test_her_sister_sees_the_record_hers_was_merged_into(cli, tmp_path):
    """Jiyan was linked to Vian's second record; once that record is merged, Jiyan's page
    names Vian's kept record, not the merged one (a family's paper would carry a number no
    longer in use)."""
    kept, merged, sister = _two_records_of_vian(cli, tmp_path)
    shown = json.loads(cli("--json", "person", "show", sister).stdout)
    assert [(x["relation"], x["case_no"]) for x in shown["relatives"]] == [("sibling", kept)]


def test_a_rescue_names_the_record_its_person_was_merged_into(cli, tmp_path):
    """A rescue recorded under Vian's second record printed that record's retired number and
    partial name on court papers and in `rescue show`; both her records in one operation
    would have listed her twice."""
    kept, merged, _sister = _two_records_of_vian(cli, tmp_path)
    shown = json.loads(cli("--json", "rescue", "show", "1").stdout)
    assert shown["persons"] == [kept]
    out = tmp_path / "rescue.pdf"
    r = cli("rescue-report", "1", "-o", str(out), "--profile", "court", "--lang", "en")
    assert r.returncode == 0, r.stderr
    text = " ".join(pdftotext(out.read_bytes()).split())
    assert kept in text and merged not in text


def test_a_public_appeal_names_no_record_merged_into_hers(cli, tmp_path):
    """Nor does a family's paper (the team's bookkeeping: test_family_papers_name_no_one_else);
    a public appeal has no need of numbers of records it never showed."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    kept = _add(cli, "--given", "Vian", "--father", "Dakhil", "--sex", "F")
    merged = _add(cli, "--given", "Viyan", "--father", "Dakhil", "--sex", "F")
    assert cli("merge", kept, merged).returncode == 0
    assert cli("person", "sharing", "public", kept).returncode == 0
    family = _dossier(cli, tmp_path, kept, "family")
    assert kept in family and merged not in family
    public = _dossier(cli, tmp_path, kept, "public")
    assert kept in public and merged not in public
