"""`mappings show` and `mappings delete` find a sender's saved mapping as `import --source`
does, whatever the letter case and spaces it is typed with: "yazda" was told there was no
mapping while `import --source yazda` used Yazda's."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv


def test_a_senders_mapping_is_shown_and_deleted_by_her_name_typed_otherwise(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    lst = write_csv(tmp_path / "odd.csv", ["A", "B"], [["Nadia", "Kocho"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"A": "given", "B": "village"}}), "utf-8")
    r = cli(tmp_path, "import", str(lst), "--mapping", str(mapping), "--source", "Yazda", "--yes")
    assert r.returncode == 0, r.stderr
    for typed in ("yazda", " YAZDA "):
        shown = cli(tmp_path, "--json", "mappings", "show", typed)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["columns"] == {"A": "given", "B": "village"}
    gone = cli(tmp_path, "--json", "mappings", "delete", "yazda")
    assert gone.returncode == 0, gone.stderr
    assert json.loads(gone.stdout) == {"deleted": "Yazda"}
    assert json.loads(cli(tmp_path, "--json", "mappings", "list").stdout) == []
    missing = cli(tmp_path, "mappings", "show", "Yazda")
    assert missing.returncode != 0 and "no saved mapping for source 'Yazda'" in missing.stderr
