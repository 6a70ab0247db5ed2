"""A wrong photo, family contact or relative link is removed from her record (a tester found
none could be: the wrong woman's photo printed on every family and court dossier, and only
deleting her whole record took it off). The photo's image leaves the vault's file; each
removal is in the audit trail with its reason; her papers name nothing removed."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import PASSPHRASE
from tests.pdf_glyphs import pdftotext

# A mark in the photo's JPEG comment no other row of the vault could hold by chance.
MARK = b"WRONG-WOMAN-FACE-7f3a"


def _photo(path) -> None:
    """A real JPEG (the dossier prints it), its comment holding MARK."""
    from PIL import Image
    Image.new("RGB", (60, 80), (150, 90, 60)).save(path, "JPEG", comment=MARK * 20)


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _family(cli, tmp_path) -> None:
    """Nadia (SNJ-00001) with a photo of another woman, her brother's contact typed wrong, and
    Jamila (SNJ-00002) linked as her sister from both sides by mistake."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, arabic in (("Nadia", "نادية"), ("Jamila", "جميلة"), ("Layla", "ليلى")):
        _ok(cli, "person", "add", "--given", given, "--given", arabic, "--father", "Murad",
            "--sex", "F", "--sharing", "public")
    _photo(tmp_path / "face.jpg")
    _ok(cli, "photo", "SNJ-00001", str(tmp_path / "face.jpg"), "--caption", "Kocho 2013")
    _ok(cli, "contact", "SNJ-00001", "--name", "Xidirê Şêx", "--phone", "0750 999 1234",
        "--relation", "brother")
    _ok(cli, "relative", "SNJ-00001", "sister", "SNJ-00002")
    _ok(cli, "relative", "add", "SNJ-00002", "sister", "SNJ-00001")
    _ok(cli, "relative", "SNJ-00001", "sister", "SNJ-00003")  # a true one, kept


def _shown(cli, case_no: str) -> dict:
    return json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)


def _dossier(cli, tmp_path, case_no: str, profile: str = "internal") -> bytes:
    out = tmp_path / f"{case_no}.pdf"
    out.unlink(missing_ok=True)
    _ok(cli, "dossier", case_no, "--profile", profile, "-o", str(out))
    return out.read_bytes()


def _dossier_text(cli, tmp_path, case_no: str) -> str:
    return " ".join(pdftotext(_dossier(cli, tmp_path, case_no)).split())


def _images(pdf: bytes, tmp_path) -> int:
    """How many images the PDF holds (pdfimages -list: two heading lines, then one each)."""
    path = tmp_path / "images.pdf"
    path.write_bytes(pdf)
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    return len(listed) - 2


def _trail(cli) -> list[dict]:
    return json.loads(_ok(cli, "--json", "audit", "log").stdout)


def test_each_is_refused_without_yes_when_no_one_can_be_asked(cli, tmp_path):
    _family(cli, tmp_path)
    for args in (("photo", "remove", "1"), ("contact", "remove", "1"),
                 ("relative", "remove", "SNJ-00001", "SNJ-00002")):
        r = cli(*args, "--reason", "wrong")
        assert r.returncode != 0 and "nothing removed" in r.stderr and "--yes" in r.stderr
    shown = _shown(cli, "SNJ-00001")
    assert len(shown["photos"]) == 1 and len(shown["family_contacts"]) == 1
    assert len(shown["relatives"]) == 2


def test_a_wrong_photo_is_removed_and_its_image_leaves_the_vault(cli, tmp_path):
    _family(cli, tmp_path)
    photo_id = _shown(cli, "SNJ-00001")["photos"][0]["id"]
    # the image as stored (turned and stripped of its metadata, comment and all, on the way
    # in): a stretch of its own bytes is what must leave the vault
    mark = _stored_bytes(cli.vault, photo_id)[-64:-32]
    assert _rows_holding(cli.vault, mark) == ["photos.data"]  # the search finds it
    papers = {p: _images(_dossier(cli, tmp_path, "SNJ-00001", p), tmp_path)
              for p in ("internal", "family", "court")}
    assert papers == {"internal": 1, "family": 1, "court": 1}
    r = _ok(cli, "--json", "photo", "remove", str(photo_id), "--reason",
            "another woman's photo", "--yes")
    assert json.loads(r.stdout) == {"photo_id": photo_id, "removed": True,
                                    "case_no": "SNJ-00001"}
    assert _shown(cli, "SNJ-00001")["photos"] == []
    for profile in ("internal", "family", "court"):
        assert _images(_dossier(cli, tmp_path, "SNJ-00001", profile), tmp_path) == 0
    entry = next(e for e in _trail(cli) if e["action"] == "person.photo.remove")
    assert entry["ref"] == "SNJ-00001"
    detail = entry["detail"] if isinstance(entry["detail"], dict) else json.loads(entry["detail"])
    assert detail["photo_id"] == photo_id and detail["reason"] == "another woman's photo"
    assert "Kocho 2013" not in json.dumps(entry, ensure_ascii=False)  # nor its caption
    assert _rows_holding(cli.vault, mark) == []
    r = cli("photo", "remove", str(photo_id), "--yes")
    assert r.returncode != 0 and f"no photo with id {photo_id}" in r.stderr


def _stored_bytes(vault, photo_id: int) -> bytes:
    from app.vault import open_vault
    s = open_vault(vault, PASSPHRASE)
    try:
        return s.records.repo.get_photo(photo_id).data
    finally:
        s.close()


def _rows_holding(vault, mark: bytes) -> list[str]:
    """Every table and column of the vault, opened with the service, with a value holding
    mark: the image as stored, or any copy of it."""
    from app.vault import open_vault
    s = open_vault(vault, PASSPHRASE)
    try:
        conn = s.db.conn
        found = []
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for col in [c[1] for c in conn.execute(f"PRAGMA table_info('{table}')")]:
                hit = conn.execute(f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{col}" '  # noqa: S608
                                   f'AS BLOB), ?) > 0', (mark,)).fetchone()[0]
                if hit:
                    found.append(f"{table}.{col}")
        return found
    finally:
        s.close()


def test_a_wrong_contact_is_removed_and_her_dossier_names_it_no_more(cli, tmp_path):
    _family(cli, tmp_path)
    assert "0750 999 1234" in _dossier_text(cli, tmp_path, "SNJ-00001")
    cid = _shown(cli, "SNJ-00001")["family_contacts"][0]["id"]
    r = _ok(cli, "contact", "remove", str(cid), "--reason", "not her brother", "--yes")
    assert f"family contact {cid} removed from SNJ-00001" in r.stdout
    assert _shown(cli, "SNJ-00001")["family_contacts"] == []
    text = _dossier_text(cli, tmp_path, "SNJ-00001")
    assert "0750 999 1234" not in text and "Xidir" not in text
    entry = next(e for e in _trail(cli) if e["action"] == "person.contact.remove")
    said = json.dumps(entry, ensure_ascii=False)
    assert "not her brother" in said and "0750" not in said and "Xidir" not in said


def test_a_wrong_relative_link_is_removed_from_both_sides(cli, tmp_path):
    _family(cli, tmp_path)
    assert "SNJ-00002" in _dossier_text(cli, tmp_path, "SNJ-00001")
    r = _ok(cli, "--json", "relative", "remove", "SNJ-00002", "SNJ-00001", "--reason",
            "cousins, not sisters", "--yes")
    assert json.loads(r.stdout)["relations"] == ["sibling", "sibling"]  # made from each side
    assert [x["case_no"] for x in _shown(cli, "SNJ-00001")["relatives"]] == ["SNJ-00003"]
    assert _shown(cli, "SNJ-00002")["relatives"] == []
    for case_no, gone in (("SNJ-00001", "SNJ-00002"), ("SNJ-00002", "SNJ-00001")):
        text = _dossier_text(cli, tmp_path, case_no)
        assert gone not in text.replace(f"Case {case_no}", ""), text
    assert "SNJ-00003" in _dossier_text(cli, tmp_path, "SNJ-00001")
    entry = next(e for e in _trail(cli) if e["action"] == "person.relative.remove")
    assert "cousins, not sisters" in json.dumps(entry, ensure_ascii=False)
    r = cli("relative", "remove", "SNJ-00001", "SNJ-00002", "--yes")
    assert r.returncode != 0 and "are not linked as relatives" in r.stderr
    # removed from Jamila's side: Nadia's history says it too
    log = _ok(cli, "audit", "log", "--case", "SNJ-00001").stdout
    assert "person SNJ-00002  Relative link removed: SNJ-00001 — reason: cousins" in log, log


def test_a_contact_read_from_a_list_is_removed_and_the_lists_row_kept(cli, tmp_path):
    """A Sorani list's phone column gave her a number that is not her family's: hers to
    remove; the list's row stays in the import's record (the list did say it), and the
    removal says which row that was."""
    from tests.import_helpers import write_csv
    _ok(cli, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "kocho.csv", ["ناو", "ناوی باوک", "گوند", "ژمارەی تەلەفۆن"],
                     [["جیهان", "خەلەف", "کۆچۆ", "0751 333 4455"]])
    _ok(cli, "import", str(path), "--yes")
    [c] = _shown(cli, "SNJ-00001")["family_contacts"]
    assert c["from_list"]["row"] == 2
    r = _ok(cli, "contact", "remove", str(c["id"]), "--yes", "--reason", "a neighbour's")
    assert "list kocho.csv, row 2 still gives it in the import's record" in r.stdout
    assert _shown(cli, "SNJ-00001")["family_contacts"] == []
    entry = next(e for e in _trail(cli) if e["action"] == "person.contact.remove")
    detail = entry["detail"] if isinstance(entry["detail"], dict) else json.loads(entry["detail"])
    assert (detail["import_batch"], detail["row"]) == (1, 2)
    held = _rows_holding(cli.vault, b"0751 333 4455")
    assert held and not [h for h in held if h.startswith("family_contacts.")], held


def test_the_old_forms_of_the_commands_still_add(cli, tmp_path):
    _family(cli, tmp_path)
    shown = _shown(cli, "SNJ-00001")
    assert len(shown["photos"]) == 1 and len(shown["relatives"]) == 2
    assert shown["family_contacts"][0]["name"] == "Xidirê Şêx"


def test_a_removed_photos_or_contacts_number_is_never_given_again(cli, tmp_path):
    """SQLite gave the highest number again once its row was removed: the next photo, another
    woman's, was photo 1 too, and `photo remove 1` run again erased it (a tester)."""
    _family(cli, tmp_path)
    photo = _shown(cli, "SNJ-00001")["photos"][0]["id"]
    contact = _shown(cli, "SNJ-00001")["family_contacts"][0]["id"]
    _ok(cli, "photo", "remove", str(photo), "--yes", "--reason", "wrong woman")
    _ok(cli, "contact", "remove", str(contact), "--yes", "--reason", "wrong number")
    _photo(tmp_path / "other.jpg")
    _ok(cli, "photo", "SNJ-00002", str(tmp_path / "other.jpg"))
    _ok(cli, "contact", "SNJ-00002", "--name", "Xalid", "--phone", "0750 888 1234")
    hers = _shown(cli, "SNJ-00002")
    assert hers["photos"][0]["id"] > photo and hers["family_contacts"][0]["id"] > contact
    again = cli("photo", "remove", str(photo), "--yes")
    assert again.returncode != 0 and f"no photo with id {photo}" in again.stderr
    assert len(_shown(cli, "SNJ-00002")["photos"]) == 1


def test_a_contact_removed_as_wrong_is_not_added_back_by_the_lists_next_version(cli, tmp_path):
    """Removed by hand as a wrong number, the contact came back with the list's next copy,
    "family contacts added from the phone column: 1" (a tester). Not added back now, and said;
    the trail keeps no number, only its digits hashed with her record's id."""
    _ok(cli, "init", "--prefix", "SNJ")
    header = "Name,Father,Phone,Status\n"
    row = "Nadia,Murad,0750 111 2222,missing\n"
    (tmp_path / "k1.csv").write_text(header + row, encoding="utf-8")
    (tmp_path / "k2.csv").write_text(header + row + "\n", encoding="utf-8")
    _ok(cli, "import", str(tmp_path / "k1.csv"), "--source", "F", "--yes")
    [contact] = _shown(cli, "SNJ-00001")["family_contacts"]
    _ok(cli, "contact", "remove", str(contact["id"]), "--yes", "--reason", "wrong number")
    out = _ok(cli, "import", str(tmp_path / "k2.csv"), "--source", "F", "--yes").stdout
    assert ("numbers removed by hand from the person's family contacts before, not added back: "
            "1 (row 2)") in out, out
    assert _shown(cli, "SNJ-00001")["family_contacts"] == []
    entry = next(e for e in _trail(cli) if e["action"] == "person.contact.remove")
    assert "2222" not in json.dumps(entry)
    # another number of hers the next list gives is added as before
    (tmp_path / "k3.csv").write_text(header + "Nadia,Murad,0750 111 9999,missing\n",
                                     encoding="utf-8")
    _ok(cli, "import", str(tmp_path / "k3.csv"), "--source", "F", "--yes")
    assert [c["phone"] for c in _shown(cli, "SNJ-00001")["family_contacts"]] == ["0750 111 9999"]


def test_a_removed_number_stays_removed_after_her_record_is_merged(cli, tmp_path):
    """Removed from one record of her, the number came back once that record was merged into
    another: the removal is kept by the record it was removed from (a review)."""
    _ok(cli, "init", "--prefix", "SNJ")
    (tmp_path / "a1.csv").write_text("name,father,village,phone\nAmsha,Ali,Hardan,0750 999 1111\n",
                                     encoding="utf-8")
    (tmp_path / "b1.csv").write_text("name,father,village\nAmsha,Ali,Hardan\n", encoding="utf-8")
    (tmp_path / "a2.csv").write_text("name,father,village,phone\nAmsha,Ali,Hardan,0750 999 1111\n"
                                     "Leyla,Hesen,Kocho,\n", encoding="utf-8")
    _ok(cli, "import", str(tmp_path / "a1.csv"), "--source", "ngoA", "--yes")
    _ok(cli, "import", str(tmp_path / "b1.csv"), "--source", "ngoB", "--yes")
    _ok(cli, "contact", "remove", "1", "--reason", "wrong", "--yes")
    _ok(cli, "merge", "SNJ-00002", "SNJ-00001")
    out = _ok(cli, "import", str(tmp_path / "a2.csv"), "--source", "ngoA", "--yes").stdout
    assert "not added back: 1 (row 2)" in out, out
    assert _shown(cli, "SNJ-00002")["family_contacts"] == []


def test_a_vault_without_a_high_mark_does_not_give_a_removed_number_again(cli, tmp_path):
    """A vault whose photo was removed before numbers were kept (no high mark): the number the
    trail names as removed is not given again (a review)."""
    from app.vault import open_vault
    _family(cli, tmp_path)
    photo = _shown(cli, "SNJ-00001")["photos"][0]["id"]
    _ok(cli, "photo", "remove", str(photo), "--yes", "--reason", "wrong woman")
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        with s.db.transaction():
            s.db.conn.execute("DELETE FROM vault_meta WHERE key LIKE '%_id_high'")
    finally:
        s.close()
    _photo(tmp_path / "other.jpg")
    _ok(cli, "photo", "SNJ-00002", str(tmp_path / "other.jpg"))
    assert _shown(cli, "SNJ-00002")["photos"][0]["id"] > photo
