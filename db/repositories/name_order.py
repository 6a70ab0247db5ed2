"""The persons a list shows sorted by their names as its name columns show them (names_shown)."""

from __future__ import annotations

from types import SimpleNamespace

from app.domain.person import NAME_ORDERS, given_from_other_script, name_sort_key

BY_NAME = NAME_ORDERS  # the orders this sorts by (app.domain.person)


class ShownNameOrder:
    """Every id a filter passes, sorted by the names shown, kept until the vault changes: the
    stored names sort Xezal (her given name in Latin letters only) under her father's الياس,
    where the list shows "Xezal الياس حيدر". No index holds this order: the rows are read and
    sorted once, and the lazy list's further pages taken from that (100,000 persons: seconds
    for the first page on a loaded machine, milliseconds for the others; BENCHMARKS.md)."""

    def __init__(self) -> None:
        self._kept: tuple[tuple, list[int]] | None = None

    def ids(self, conn, where: str, args: list, order: str) -> list[int]:
        """The ids of the persons where passes, in order ("name": by the Latin name shown,
        then the Arabic-script one, then the case number; "name_original" the other way)."""
        # any write of this connection, or another's commit, makes it worked out again
        stamp = (id(conn), where, tuple(args), order, conn.total_changes,
                 conn.execute("PRAGMA data_version").fetchone()[0])
        if self._kept is not None and self._kept[0] == stamp:
            return self._kept[1]
        rows = conn.execute(
            f"SELECT id, case_no, name_original, name_latin FROM persons{where}",  # noqa: S608
            args).fetchall()
        given = _given(conn)
        first = BY_NAME[order]

        def key(r: tuple) -> tuple:
            return (*name_sort_key(SimpleNamespace(
                name_original=r[2], name_latin=r[3], given_unknown=False,
                given_across=given_from_other_script(*given.get(r[0], ("", "")))), first), r[1])

        ids = [r[0] for r in sorted(rows, key=key)]
        self._kept = (stamp, ids)
        return ids


def _given(conn) -> dict[int, tuple[str, str]]:
    """{id: (original, latin)} of every given name, in one read (a name part has one value a
    script: PersonRepository writes them so)."""
    out: dict[int, tuple[str, str]] = {}
    for pid, script, value in conn.execute(
            "SELECT person_id, script, value FROM person_names WHERE part = 'given'"):
        original, latin = out.get(pid, ("", ""))
        out[pid] = (value, latin) if script == "original" else (original, value)
    return out
