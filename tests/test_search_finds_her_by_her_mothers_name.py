"""A search for a mother's name exactly: the one woman whose mother is Şemê came 21st, below
twenty whose father's Shamo (شمو) the word fits only partly, just out of the twenty shown (a
tester). Her mother's name word for word counts nearly in full now, still below her own name:
forty women whose mother is Amsha do not crowd out the Nadia whose own alias is Amsha
(tests/test_search_ranking.py), and a mother's name that fits only partly counts less."""

from __future__ import annotations

import json


def test_her_mothers_name_exactly_puts_her_first(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Xelef", "--mother", "Şemê",
               "--mother", "شمي", "--sex", "F").returncode == 0
    for n in range(20):
        assert cli("person", "add", "--given", f"Layla{n}", "--given", "ليلى", "--father", "شمو",
                   "--sex", "F").returncode == 0
    for query in ("Şemê", "Seme", "شمي"):
        found = json.loads(cli("--json", "search", query).stdout)
        assert found[0]["case_no"] == "SNJ-00001", (query, found[:3])


def test_a_mothers_name_that_fits_only_partly_counts_less_than_her_own(cli):
    """Khaleel Elias: Khalil first, above Matto Elias, whose mother is Khalida (as before)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Matto", "--father", "Elias", "--mother", "Khalida",
               "--sex", "M").returncode == 0
    assert cli("person", "add", "--given", "Khalil", "--father", "Elias", "--sex", "M"
               ).returncode == 0
    found = json.loads(cli("--json", "search", "Khaleel Elias").stdout)
    assert [r["case_no"] for r in found][:2] == ["SNJ-00002", "SNJ-00001"], found
