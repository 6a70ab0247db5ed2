"""Translated names for the domain's enumerations (statuses, sex, relations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_t = QCoreApplication.translate


def status_names() -> dict[str, str]:
    return {"missing": _t("Status", "Missing"), "sighted": _t("Status", "Sighted"),
            "located": _t("Status", "Located"), "in_negotiation": _t("Status", "In negotiation"),
            "rescued": _t("Status", "Rescued"), "reunited": _t("Status", "Reunited"),
            "deceased": _t("Status", "Deceased"), "unknown": _t("Status", "Unknown")}


def sex_names() -> dict[str, str]:
    return {"F": _t("Sex", "Female"), "M": _t("Sex", "Male"), "U": _t("Sex", "Unknown")}


def name_part_names() -> dict[str, str]:
    return {"given": _t("NamePart", "Given name"), "father": _t("NamePart", "Father"),
            "grandfather": _t("NamePart", "Grandfather"), "family": _t("NamePart", "Family / clan"),
            "mother": _t("NamePart", "Mother"), "nickname": _t("NamePart", "Nickname")}


def status_label(status: str) -> str:
    return status_names().get(status, status)
