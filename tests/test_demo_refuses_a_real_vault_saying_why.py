"""`casekeeper demo` on a vault made by `init`: refused in one line that names the vault, says
why (invented persons never mix with real cases) and what to run instead; nothing is added."""

import json


def test_demo_into_a_vault_of_real_cases_is_refused_naming_it_and_why(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil", "--sex", "F").returncode == 0
    r = cli("demo", "--persons", "5")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert str(cli.vault) in r.stderr
    assert "made by `casekeeper init`" in r.stderr
    assert "so that invented persons never mix with real ones" in r.stderr
    assert "casekeeper --vault NEW_FOLDER demo" in r.stderr
    info = json.loads(cli("--json", "info").stdout)
    assert info["synthetic"] is False and info["counts"]["persons"] == 1


def test_demo_still_adds_to_a_vault_it_made(cli):
    assert cli("demo", "--persons", "3").returncode == 0
    r = cli("--json", "demo", "--persons", "2")
    assert r.returncode == 0, r.stderr
    assert json.loads(cli("--json", "info").stdout)["counts"]["persons"] == 5


def test_demo_refuses_a_count_below_one(cli):
    for n in ("-5", "0"):
        done = cli("demo", "--persons", n)
        assert done.returncode == 2, (n, done.stdout)
        assert "is not 1 or more" in done.stderr, done.stderr
