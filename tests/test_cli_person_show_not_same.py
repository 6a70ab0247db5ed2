"""`person show` says the "not the same person" decisions on her record and on the records
merged into it: a decision made months ago was seen nowhere on her record, only when a merge
was refused."""

import json

from tests.cli_helpers import add


def test_a_decision_is_on_both_records_and_follows_a_merge(cli):
    assert cli("init").returncode == 0
    a = add(cli, "--given", "ليلى", "--father", "حسين", "--grandfather", "خديدة", "--sex", "F")
    b = add(cli, "--given", "ليلى", "--father", "حسين", "--grandfather", "خديدة", "--sex", "F",
            "--village", "Kocho")
    c = add(cli, "--given", "Layla", "--father", "Hussein", "--grandfather", "Khudeida",
            "--sex", "F", "--village", "Kocho")
    assert add(cli, "--given", "Nadia", "--sex", "F")
    assert "not same" not in cli("person", "show", a).stdout
    assert cli("not-same", a, b, "--note", "cousins").returncode == 0
    said = cli("person", "show", a).stdout
    assert f"not same    {a} and {b} were marked not the same person on" in said, said
    assert "(cousins)" in said
    assert f"{b} and {a} were marked" in cli("person", "show", b).stdout
    # b merged into c: the decision holds for c, and says through which record
    assert cli("merge", c, b).returncode == 0
    said = cli("person", "show", c).stdout
    assert f"{b} (merged into {c}) and {a} were marked not the same person" in said, said
    shown = json.loads(cli("--json", "person", "show", a).stdout)["not_same"]
    assert [(d["a"], d["b"], d["b_merged_into"], d["note"]) for d in shown] == [
        (a, b, c, "cousins")]
    assert json.loads(cli("--json", "person", "show", "SNJ-00004").stdout)["not_same"] == []
