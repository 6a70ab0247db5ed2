"""The exact file one sender's list was imported from, imported again under another sender after
a later version of the list: refused, naming the batch and the sender whose import of these
bytes stands (read anew, the same bytes stood as two senders' lists on every woman)."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Born"]


def _two_versions(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    v1 = write_csv(tmp_path / "ngo.csv", HEADER, [["Zeina", "Khalaf", "Murad", "1999"],
                                                  ["Haifa", "Elias", "Qasim", "1996"]])
    first = v1.read_bytes()
    assert cli(tmp_path, "import", str(v1), "--source", "Yazda NGO", "--yes").returncode == 0
    write_csv(tmp_path / "ngo.csv", HEADER, [["Zeina", "Khalaf", "Murad", "2000"],
                                             ["Haifa", "Elias", "Qasim", "1996"],
                                             ["Nadia", "Hasan", "Ali", "1990"]])
    assert cli(tmp_path, "import", str(v1), "--source", "Yazda NGO", "--yes").returncode == 0
    v1.write_bytes(first)
    return v1


def test_the_first_file_under_another_sender_is_refused_naming_the_first(tmp_path):
    v1 = _two_versions(tmp_path)
    out = cli(tmp_path, "import", str(v1), "--source", "Another NGO", "--yes")
    assert out.returncode != 0
    assert "batch 1" in out.stderr and "source 'Yazda NGO'" in out.stderr
    assert "not source 'Another NGO'" in out.stderr
    batches = json.loads(cli(tmp_path, "--json", "review").stdout)
    assert len(batches) == 2  # nothing imported


def test_the_same_sender_sending_it_again_is_compared_with_the_batch_named(tmp_path):
    v1 = _two_versions(tmp_path)
    out = cli(tmp_path, "import", str(v1), "--source", "Yazda NGO", "--yes")
    assert out.returncode == 0, out.stderr
    assert "compared with the last version, batch 2," in out.stdout
    assert "since batch 2 " in out.stdout
