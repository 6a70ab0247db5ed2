"""A sender's separate short list naming two women of her main list is no version of it, and
the main list's next version is compared with the main list, not with the other (tester 37c)."""

from __future__ import annotations

import json

H = ["No", "Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]
A2 = [["1", "Nadia", "Khalaf", "Rasho", "F", "1995", "Kocho", "rescued"],
      ["2", "Layla", "Khalil", "Hassan", "F", "1998", "Kocho", "missing"],
      ["3", "Jamila", "Khalil", "Hassan", "F", "1999", "Kocho", "missing"],
      ["4", "Viyan", "Khalil", "Ali", "F", "1997", "Tel Qasab", "missing"],
      ["5", "Shirin", "Qasim", "Haji", "F", "1994", "Kocho", "missing"],
      ["6", "Gule", "Murad", "Ali", "F", "1996", "Hardan", "missing"],
      ["7", "Hanan", "Khalaf", "Rasho", "F", "1996", "Kocho", "missing"]]
# Yazda's other list: its own columns, four women, two of them on the main list too
D1 = [["Full name", "Sex", "Year of birth", "Village", "Status"],
      ["Samira Ilyas Murad", "F", "2000", "Hardan", "missing"],
      ["Nofa Dakhil Khalaf", "F", "2001", "Kocho", "missing"],
      ["Hanan Khalaf Rasho", "F", "1996", "Kocho", "missing"],
      ["Shirin Qasim Haji", "F", "1994", "Kocho", "missing"]]


def _write(path, rows: list[list[str]], sep: str = ","):
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def _json(cli, *args) -> dict:
    done = cli("--json", *args)
    assert done.returncode == 0, (args, done.stderr)
    return json.loads(done.stdout)


def test_the_senders_other_list_is_no_version_and_the_next_version_is_compared_with_hers(
        cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _json(cli, "import", _write(tmp_path / "A2_yazda.csv", [H, *A2]), "--source", "Yazda",
          "--yes")
    other = _write(tmp_path / "D1_yazda.tsv", D1, "\t")
    dry = _json(cli, "import", "--dry-run", other, "--source", "Yazda")
    assert not dry.get("changes_since_last_import"), dry["changes_since_last_import"]
    assert "removed" not in cli("import", "--dry-run", other, "--source", "Yazda").stdout
    _json(cli, "import", other, "--source", "Yazda", "--yes")
    a3 = [r[:] for r in A2 if r[1] != "Viyan"] + [
        ["8", "Sara", "Khalil", "Hassan", "F", "2003", "Kocho", "missing"]]
    a3[2][7] = "rescued"  # Jamila
    nxt = _write(tmp_path / "A3_yazda.csv", [H, *a3])
    for args in (("--dry-run",), ()):
        ch = _json(cli, "import", *args, nxt, "--source", "Yazda")["changes_since_last_import"]
        assert ch["previous_batch"] == 1, ch
        assert ch["status_changed"] == 1, ch
        assert ch["changed_rows"][0]["name"] == "Jamila Khalil Hassan", ch["changed_rows"]
        assert [r["name"] for r in ch["added_rows"]] == ["Sara Khalil Hassan"]
        assert [r["name"] for r in ch["removed_rows"]] == ["Viyan Khalil Ali"]
