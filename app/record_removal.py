"""Removing a photo, a family contact or a relative link put on a person by mistake."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import NotFound, ValidationError
from app.domain.records import FamilyContact, Photo, RelativeLink
from app.importing.erased_keys import secret
from app.importing.phones import removed_key


@dataclass(frozen=True)
class Removed:
    """What a removal took: the case number of the record whose page showed it (the record
    kept, for one merged into another), and the record it was stored on if that is another."""
    case_no: str
    stored_on: str | None = None
    # a contact read from a list: (file name, row number); its row stays in the import's record
    from_list: tuple[str, int] | None = None
    # a relative link: the relations removed, as stored (one per side it was made from)
    relations: tuple[str, ...] = ()


class RecordRemoval:
    """RecordService's removals: each in one transaction, with its audit entry, the old pages
    emptied after (a photo of the wrong woman must not stay readable in the write-ahead log:
    the laptop may be taken)."""

    def __init__(self, records) -> None:
        self.records = records
        self.db, self.audit, self.persons, self.repo = (
            records.db, records.audit, records.persons, records.repo)

    def photo(self, photo_id: int, reason: str = "") -> Removed:
        """Delete the photo, its image bytes with it (secure_delete overwrites them in the
        file). The trail keeps its number, its type and size and the reason, never the image
        or its caption (a caption may name her)."""
        with self.db.transaction():
            photo = self._photo(photo_id)
            where = self._shown_on(photo.person_id)
            self.repo.delete_photo(photo.id)
            self.audit.append("person.photo.remove", "person", where.case_no, {
                "photo_id": photo.id, "mime": photo.mime, "bytes": len(photo.data),
                "reason": reason, **_stored(where)})
        self.db.forget_old_pages()
        return where

    def contact(self, contact_id: int, reason: str = "") -> Removed:
        """Delete a family contact, one read from a list too: the list's row is kept as the
        import read it (the list did say it); only her record loses the contact. The trail
        names the contact by number, as when it was added, never the name or the phone."""
        with self.db.transaction():
            contact = self._contact(contact_id)
            found = self._shown_on(contact.person_id)
            where = Removed(found.case_no, found.stored_on,
                            (contact.list_file, contact.row_number) if contact.batch_id else None)
            self.repo.delete_contact(contact.id)
            listed = ({"import_batch": contact.batch_id, "row": contact.row_number}
                      if contact.batch_id else {})
            # the number hashed with her record's id, never the number: a list's next
            # version must not add back what she removed as wrong (phones.removed_key)
            kept = self.persons.get(where.case_no)
            self.audit.append("person.contact.remove", "person", where.case_no, {
                "contact_id": contact.id, "reason": reason, **listed, **_stored(where),
                "removed_key": removed_key(secret(self.db, make=True), kept.uuid,
                                           contact.phone)})
        self.db.forget_old_pages()
        return where

    def relative(self, case_no: str, relative_case_no: str, reason: str = "") -> Removed:
        """Remove every link between the two, whichever side it was made from and on
        whichever of their records (one merged into hers): her page and theirs show the link
        from both sides, so one left behind would still show it."""
        with self.db.transaction():
            links = self.find_links(case_no, relative_case_no)
            person, relative = self.persons.get(case_no), self.persons.get(relative_case_no)
            self.repo.delete_relatives([lk.id for lk in links])
            relations = tuple(lk.relation.value for lk in links)
            self.audit.append("person.relative.remove", "person", person.case_no, {
                "relative": relative.case_no, "relations": list(relations), "reason": reason})
        self.db.forget_old_pages()
        return Removed(person.case_no, None, None, relations)

    def relative_link(self, link_id: int, reason: str = "") -> tuple[str, str, Removed]:
        """remove a link by its number (the desktop's row): (her case number, the relative's,
        what was removed)."""
        link = self.repo.get_relative(link_id)
        if link is None:
            raise NotFound.saying("no relative link with id %1", link_id)
        case_no = self._shown_on(link.person_id).case_no
        relative_case_no = self._shown_on(link.relative_id).case_no
        return case_no, relative_case_no, self.relative(case_no, relative_case_no, reason)

    def find_photo(self, photo_id: int) -> tuple[Photo, Removed]:
        """The photo and where it is shown: read to ask before removing (refused first)."""
        photo = self._photo(photo_id)
        return photo, self._shown_on(photo.person_id)

    def find_contact(self, contact_id: int) -> tuple[FamilyContact, Removed]:
        contact = self._contact(contact_id)
        return contact, self._shown_on(contact.person_id)

    def find_links(self, case_no: str, relative_case_no: str) -> list[RelativeLink]:
        """The links relative() would remove, or its refusal."""
        person, relative = self.persons.get(case_no), self.persons.get(relative_case_no)
        if person.id == relative.id:
            raise ValidationError.saying("a person cannot be their own relative")
        links = self._between(person, relative)
        if not links:
            raise NotFound.saying("%1 and %2 are not linked as relatives", person.case_no,
                                  relative.case_no)
        return links

    def _between(self, person, relative) -> list[RelativeLink]:
        ids = [pid for pid, _ in self.persons.records_of(person)]
        other = [pid for pid, _ in self.persons.records_of(relative)]
        return self.repo.relatives_between(ids, other)

    def _photo(self, photo_id: int) -> Photo:
        photo = self.repo.get_photo(photo_id)
        if photo is None:
            raise NotFound.saying("no photo with id %1", photo_id)
        return photo

    def _contact(self, contact_id: int) -> FamilyContact:
        contact = self.repo.get_contact(contact_id)
        if contact is None:
            raise NotFound.saying("no family contact with id %1", contact_id)
        return contact

    def _shown_on(self, pid: int) -> Removed:
        own = self.persons.get_by_id(pid).case_no
        kept = self.persons.kept_as([pid]).get(pid)
        return Removed(kept, own) if kept else Removed(own)


def _stored(where: Removed) -> dict:
    """The record it was stored on, when her page showed it from a record merged into hers."""
    return {"stored_on": where.stored_on} if where.stored_on else {}
