"""Her record's fields in the words of her page's form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.import_changes import record_field_name

# Her record's fields by the labels her form gives them: the fields a split may leave as edited
# (app/matching_service FIELD_WORDS), and those a restored draft may ask about.
_FIELD_LABELS = {"origin_village": QT_TRANSLATE_NOOP("PersonForm", "Village"),
                 "origin_district": QT_TRANSLATE_NOOP("PersonForm", "District"),
                 "origin_governorate": QT_TRANSLATE_NOOP("PersonForm", "Governorate"),
                 "abduction_place": QT_TRANSLATE_NOOP("PersonForm", "Abducted at"),
                 "last_known_location": QT_TRANSLATE_NOOP("PersonForm", "Last known location"),
                 "held_by": QT_TRANSLATE_NOOP("PersonForm", "Held by"),
                 "abduction_circumstances": QT_TRANSLATE_NOOP("PersonForm", "Circumstances"),
                 "notes": QT_TRANSLATE_NOOP("PersonForm", "Notes"),
                 "birth": QT_TRANSLATE_NOOP("PersonForm", "Born"),
                 "abduction_date": QT_TRANSLATE_NOOP("PersonForm", "Abducted on"),
                 "sharing_level": QT_TRANSLATE_NOOP("PersonForm", "Sharing"),
                 "sex": QT_TRANSLATE_NOOP("PersonForm", "Sex")}


def field_label(field: str) -> str:
    """A field of her record as her form labels it; a name part and other spellings as a change
    to her record names them."""
    if field not in _FIELD_LABELS:
        return record_field_name(field)
    return QCoreApplication.translate("PersonForm", _FIELD_LABELS.get(field, field))
