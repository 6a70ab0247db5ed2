"""Every desktop box that sets or chooses a status (New person, Add event on her page, the
Persons filter) offers each status `person status` and `person add --status` take, and no
other, in the words the rest of the desktop uses; "held" is no status but `--held`, a filter of
several (missing, sighted, located, in negotiation, unknown)."""

from __future__ import annotations

import argparse

from app.cli.main import build_parser
from ui.labels import status_names


def _choices(parser: argparse.ArgumentParser, *path: str, dest: str) -> list[str]:
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return list(next(a for a in parser._actions if a.dest == dest).choices)


def _offered(box) -> list[tuple[str, str]]:
    return [(box.itemData(i), box.itemText(i)) for i in range(box.count())
            if box.itemData(i) is not None]


def test_each_status_box_offers_the_statuses_the_command_line_takes(qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.filter_boxes import FilterBoxes
    from ui.new_person import NewPersonDialog
    from ui.person_tabs import StatusTab
    parser = build_parser()
    told = _choices(parser, "person", "status", dest="status")
    assert told == _choices(parser, "person", "add", dest="status")
    assert "held" not in told
    words = list(status_names().items())
    assert [k for k, _ in words] == told
    holder = QWidget()
    qtbot.addWidget(holder)
    boxes = {"Add event": StatusTab(holder).status,
             "New person": NewPersonDialog(None, holder).status,
             "Persons filter": FilterBoxes(holder).status}
    for where, box in boxes.items():
        assert _offered(box) == words, where
