"""`rescue add --help`'s --cost example is typed as shown and works: bare, its space ended it
("unrecognized arguments: M-2:release", found by a tester)."""

from __future__ import annotations

import re
import shlex


def test_the_cost_example_works_as_typed(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--status", "missing").returncode == 0
    shown = " ".join(cli("rescue", "add", "--help").stdout.split())
    example = re.search(r'e\.g\. (--cost "[^"]*")', shown)
    assert example, shown
    r = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2016", *shlex.split(example[1]))
    assert r.returncode == 0, r.stderr
    assert "12500" in cli("rescue", "show", "1").stdout
