"""`report add` and `rescue add` name each woman once as she is kept now, as `report edit
--add-person` and the desktop's persons box do: her number and a record merged into hers are
one woman (a report filed twice about her, a rescue giving her its status twice); the vault is
left as it was."""

from __future__ import annotations

import json

from tests.cli_helpers import add


def _three_records_of_one_woman(cli) -> tuple[str, str, str]:
    assert cli("init").returncode == 0
    made = [add(cli, "--given", "Layla", "--father", "Khalil", "--sex", "F", "--status",
                "missing") for _ in range(3)]
    for other in made[1:]:
        assert cli("merge", made[0], other).returncode == 0
    return made[0], made[1], made[2]


def _counts(cli) -> tuple[int, int]:
    info = json.loads(cli("--json", "info").stdout)
    return info["counts"]["reports"], info["counts"]["rescues"]


def test_her_number_and_a_record_merged_into_hers_are_refused_together(cli):
    kept, merged, also = _three_records_of_one_woman(cli)
    before = _counts(cli)
    for cmd in (("report", "add", "--text", "seen in Raqqa"), ("rescue", "add", "--date", "2017")):
        r = cli(*cmd, "--person", kept, "--person", merged)
        assert r.returncode == 2, r.stderr
        assert (f"{merged} is merged into {kept}, which is given too: they are one person; "
                "name each person once") in r.stderr
        r = cli(*cmd, "--person", merged, "--person", also)
        assert r.returncode == 2, r.stderr
        assert (f"{merged} and {also} are both merged into {kept}: they are one person; "
                "name each person once") in r.stderr
        r = cli(*cmd, "--person", kept, "--person", kept.lower())
        assert r.returncode == 2 and f"{kept} is given more than once" in r.stderr
    assert _counts(cli) == before
    # as `report edit --add-person` already refused her merged record on a report about her
    assert cli("report", "add", "--person", kept, "--text", "seen").returncode == 0
    r = cli("report", "edit", "1", "--add-person", merged)
    assert r.returncode == 2 and f"already about {kept}" in r.stderr
