"""A status told without a date is withdrawn by its date as shown ("≤ DAY"), when she has another
of the same status: the refusal names that form, and the command takes it."""

from datetime import date


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def test_the_undated_one_of_two_deaths_is_withdrawn_by_the_date_shown(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalil", "--sex", "F",
        "--status", "missing", "--status-date", "2014")
    _ok(cli, "person", "status", "SNJ-1", "deceased", "--date", "2016")
    _ok(cli, "person", "status", "SNJ-1", "deceased")  # told today, without a date
    shown = f"≤ {date.today().isoformat()}"
    asked = cli("person", "status-withdraw", "SNJ-1", "deceased", "--reason", "twice")
    assert asked.returncode != 0 and f'--date "{shown}"' in asked.stderr
    r = _ok(cli, "person", "status-withdraw", "SNJ-1", "deceased", "--date", shown,
            "--reason", "told twice")
    assert f"deceased ({shown}) withdrawn" in r.stdout
    after = _ok(cli, "person", "show", "SNJ-1").stdout
    assert "2016         deceased" in after and "≤" not in after
    # the dated one is still there, and is not taken by the undated form
    gone = cli("person", "status-withdraw", "SNJ-1", "deceased", "--date", shown)
    assert gone.returncode != 0 and "no status deceased of" in gone.stderr
