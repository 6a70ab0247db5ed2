"""`report edit --received ... --observed ...` that moves a sighting after her rescue made her
held again ("sighted") and said only "her status sighted now dated 2024-06": the received date,
changed first, had her record already choose by the new day, so the status before the edit was
read as "sighted" too. What she was is now read as the list reads it; the reverse edit said it."""

from __future__ import annotations

from tests.cli_helpers import ok


def _rescued_with_a_sighting_before(cli):
    ok(cli, "init", "--prefix", "SNJ")
    ok(cli, "person", "add", "--given", "Wafaa", "--father", "Samir", "--sex", "F",
       "--status", "missing", "--status-date", "2014-08-15")
    ok(cli, "person", "status", "SNJ-00001", "rescued", "--date", "2024-05-10")
    ok(cli, "report", "add", "--person", "SNJ-00001", "--text", "Seen in Tal Afar",
       "--source", "S-12", "--received", "2024-05-08", "--observed", "2024-05")
    ok(cli, "person", "status", "SNJ-00001", "sighted", "--report", "1")


def test_moving_both_dates_after_her_rescue_says_she_is_held_again(cli):
    _rescued_with_a_sighting_before(cli)
    said = ok(cli, "report", "edit", "1", "--received", "2024-07-01",
              "--observed", "2024-06").stdout
    assert "SNJ-00001 is now sighted (was rescued)" in said, said
    back = ok(cli, "report", "edit", "1", "--received", "2024-05-08",
              "--observed", "2024-05").stdout
    assert "SNJ-00001 is now rescued (was sighted)" in back, back
