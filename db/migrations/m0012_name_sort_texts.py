"""Each person's names as the lists sort them, stored with an index (persons.sort_latin,
sort_original: app.domain.name_collation.sort_text).

A sort by name sorts by the names as shown (Xezal, her given name in Latin letters only, under
Xezal in the Arabic-script column too) in the summary's order of letters (أ and آ with ا, گ
after ك, Ç after C). Worked out in Python for every click, that took 2 to 3 s at 100,000
persons after any write; stored on save, the index serves a page in milliseconds (merged_into
in it too: a page deep in the list is counted off in the index alone). Filled here for the
persons the vault holds already.
"""

STATEMENTS = [
    "ALTER TABLE persons ADD COLUMN sort_latin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE persons ADD COLUMN sort_original TEXT NOT NULL DEFAULT ''",
]


def after(conn) -> None:
    """The stored persons' sort texts, from their names; then the indexes, built once."""
    from db.repositories.name_order import fill_sort_texts

    fill_sort_texts(conn)
    conn.execute("CREATE INDEX persons_sort_latin ON persons(sort_latin, case_no, merged_into)")
    conn.execute("CREATE INDEX persons_sort_original ON persons(sort_original, case_no, "
                 "merged_into)")
