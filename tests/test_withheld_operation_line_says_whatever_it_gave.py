"""The team's line of what a paper left out for others still held says the operations kept back
by the rule they are kept back by: naming one of them, whatever they gave. It said "operation
that did not free SNJ-00002" of one that freed the very woman the paper was about."""

from __future__ import annotations

from app.reports.while_held import OthersHeldBack, held_back_said


def test_the_dossier_line_says_the_operation_names_them_not_that_it_failed():
    said = OthersHeldBack(operations=1, held_in_operations=("SNJ-00002",)).said()
    assert "did not free" not in said
    assert ("the date, place and outcome of 1 operation that names SNJ-00002, still held "
            "(among its persons or in its words), whatever it gave") in said
    two = OthersHeldBack(operations=2, held_in_operations=("SNJ-00002", "SNJ-00005")).said()
    assert "2 operations that name SNJ-00002, SNJ-00005, still held (among their persons or " \
           "in their words), whatever they gave" in two


def test_the_rescue_report_line_says_so_too():
    said = held_back_said(0, True)
    assert "did not free" not in said
    assert said == ("its date, place and outcome left out, as someone it names is still held "
                    "(whatever it gave) (the paper says so)")
