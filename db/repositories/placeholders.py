"""The values names and places hold across the vault, to find those that say none is known."""

from __future__ import annotations

from db.database import Database

# Name parts and place columns an import could fill with a placeholder («لا يوجد», "-").
NAME_PARTS = ("father", "grandfather", "family", "mother", "nickname")
PLACES = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
          "last_known_location")


class PlaceholderRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def name_values(self) -> list[tuple[str, str]]:
        """(part, value) of every name part above that some live record holds."""
        marks = ", ".join("?" * len(NAME_PARTS))
        return self.db.conn.execute(
            "SELECT DISTINCT n.part, n.value FROM person_names n JOIN persons p ON p.id = "
            f"n.person_id WHERE p.merged_into IS NULL AND n.part IN ({marks})",  # noqa: S608
            NAME_PARTS).fetchall()

    def place_values(self) -> list[tuple[str, str]]:
        """(column, value) of every place above that some live record holds."""
        out: list[tuple[str, str]] = []
        for column in PLACES:
            out += [(column, v) for (v,) in self.db.conn.execute(
                f"SELECT DISTINCT {column} FROM persons WHERE merged_into IS NULL "  # noqa: S608
                f"AND {column} != ''")]
        return out

    def holding(self, names: list[tuple[str, str]], places: list[tuple[str, str]]) -> list[int]:
        """The live records holding any of these (part, value) names or (column, value)
        places."""
        ids: set[int] = set()
        for part, value in names:
            ids |= {pid for (pid,) in self.db.conn.execute(
                "SELECT n.person_id FROM person_names n JOIN persons p ON p.id = n.person_id "
                "WHERE p.merged_into IS NULL AND n.part = ? AND n.value = ?", (part, value))}
        for column, value in places:
            ids |= {pid for (pid,) in self.db.conn.execute(
                f"SELECT id FROM persons WHERE merged_into IS NULL AND {column} = ?",  # noqa: S608
                (value,))}
        return sorted(ids)
