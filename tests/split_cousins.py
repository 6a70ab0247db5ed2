"""Cousins Layla (SNJ-00001) and Leyla (SNJ-00002) merged by mistake, for the split tests."""

from __future__ import annotations

import json

H = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]
LAYLA = ["Layla", "Khalil", "Hassan", "F", "1998", "Kocho"]
LEYLA = ["Leyla", "Khalil", "Murad", "F", "1998", "Hardan"]
NADIA = ["Nadia", "Khalaf", "Rasho", "F", "1995", "Kocho", "missing"]


def ok(cli, *args) -> str:
    done = cli(*args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def show(cli, case_no: str) -> dict:
    return json.loads(ok(cli, "--json", "person", "show", case_no))


def write(path, rows: list[list[str]], extra: list[str] = ()) -> str:
    path.write_text("\n".join(",".join(r) for r in [[*H, *extra], *rows]) + "\n",
                    encoding="utf-8")
    return str(path)


def cousins(cli) -> None:
    ok(cli, "init", "--prefix", "SNJ")
    for given, father, grandfather, _, born, village in (LAYLA, LEYLA):
        ok(cli, "person", "add", "--given", given, "--father", father, "--grandfather",
           grandfather, "--sex", "F", "--born", born, "--village", village, "--status", "missing")
