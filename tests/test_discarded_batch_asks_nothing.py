"""A staged list discarded asks nothing: `review N` showed its rows as waiting for a decision,
with the commands to decide them, though nothing of it can be decided or imported any more."""

import json

from tests.import_helpers import cli, reopen, write_csv

# a Sorani list of two villages' women: a row the vault's Nadia may be, waiting when discarded
HEADER = ["ناو", "ناوی باوک", "ناوی باپیر", "ڕەگەز", "ساڵی لەدایکبوون", "گوند"]
ROWS = [["نادیە", "جندی", "خەلەف", "مێ", "2001", "تەل قەسەب"],
        ["زەینە", "نایف", "خدر", "مێ", "1999", "تەل قەسەب"]]


def _discarded(tmp_path) -> None:
    assert cli(tmp_path, "init").returncode == 0
    # her grandfather not known to the vault: the list's row is a probable match
    r = cli(tmp_path, "person", "add", "--given", "نادية", "--father", "جندي", "--sex", "F",
            "--born", "2001")
    assert r.returncode == 0, r.stderr
    assert cli(tmp_path, "import", str(write_csv(tmp_path / "krg.csv", HEADER, ROWS))
               ).returncode == 0
    assert [w["row"] for w in json.loads(cli(tmp_path, "--json", "review", "1").stdout)] == [2]
    assert cli(tmp_path, "review", "1", "--discard").returncode == 0


def test_a_discarded_batch_is_listed_as_discarded_with_nothing_waiting(tmp_path):
    _discarded(tmp_path)
    (b,) = json.loads(cli(tmp_path, "--json", "review").stdout)
    assert (b["state"], b["waiting"]) == ("discarded", 0)
    assert "discarded" in cli(tmp_path, "review").stdout


def test_its_rows_are_not_asked_about(tmp_path):
    _discarded(tmp_path)
    shown = cli(tmp_path, "review", "1")
    assert shown.returncode == 0, shown.stderr
    assert "(discarded" in shown.stdout and "none of its rows waits" in shown.stdout
    assert "row 2" not in shown.stdout and "--decide" not in shown.stdout
    assert json.loads(cli(tmp_path, "--json", "review", "1").stdout) == []
    r = cli(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    assert r.returncode != 0 and "already discarded" in r.stderr


def test_the_desktop_asks_nothing_of_it(tmp_path):
    from app.importing.service import ImportService
    from ui import import_ops

    _discarded(tmp_path)
    session = reopen(tmp_path / "vault")
    assert ImportService(session).undecided(1) == []
    assert import_ops.waiting(session, 1) == []
    (b,) = import_ops.batches(session)
    assert (b["state"], b["waiting"]) == ("discarded", 0)
