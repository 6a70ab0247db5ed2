"""The words people use for a relation: a sister or brother is linked as a sibling, a daughter
or son as a child, a wife or husband as a spouse (`relative SNJ-1 sister SNJ-2` was refused)."""

from __future__ import annotations


def test_a_sister_is_linked_as_a_sibling(cli):
    """`relative SNJ-1 sister SNJ-2` was refused: the vault keeps one word, sibling."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Jilan"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    r = cli("relative", "SNJ-00001", "sister", "SNJ-00002")
    assert r.returncode == 0 and "sibling" in r.stdout, (r.stdout, r.stderr)
