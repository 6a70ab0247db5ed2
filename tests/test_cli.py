"""The casekeeper command as a user runs it: real child processes against a real vault."""

from __future__ import annotations

import json

from app.cli.main import build_parser


def all_command_paths() -> list[list[str]]:
    parser = build_parser()
    paths = []

    def walk(p, prefix):
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    paths.append([*prefix, name])
                    walk(sub, [*prefix, name])
    walk(parser, [])
    return paths


def test_every_command_has_help():
    import contextlib
    import io

    from app.cli.main import main
    paths = all_command_paths()
    assert ["person", "add"] in paths and ["audit", "verify"] in paths and ["init"] in paths
    for path in paths:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            try:
                main([*path, "--help"])
            except SystemExit as e:
                assert e.code == 0, path
        assert "usage:" in buf.getvalue(), path


def test_init_add_show_list_edit_status_verify(cli):
    r = cli("init", "--prefix", "KCH")
    assert r.returncode == 0, r.stderr
    assert "RECOVERY CODE" in r.stdout
    r = cli("--json", "person", "add", "--given", "خليل", "--given", "Khalil",
            "--father", "Elias", "--father", "الياس", "--sex", "female", "--born", "about 1998",
            "--village", "Kocho", "--status", "missing", "--status-date", "03/08/2014")
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)
    assert added["case_no"] == "KCH-00001"
    assert added["names"]["given"] == {"original": "خليل", "latin": "Khalil"}
    assert added["names"]["father"] == {"original": "الياس", "latin": "Elias"}
    r = cli("person", "show", "KCH-00001")
    assert "خليل" in r.stdout and "Kocho" in r.stdout and "missing" in r.stdout
    r = cli("person", "list", "--json")
    rows = json.loads(r.stdout)
    assert rows == [{"case_no": "KCH-00001", "name_original": "خليل الياس",
                     "name_latin": "Khalil Elias", "given_unknown": False, "known_as_only": False,
                     "sex": "F",
                     "village": "Kocho", "status": "missing"}]
    assert cli("person", "edit", "KCH-00001", "--village", "Solagh").returncode == 0
    r = cli("person", "status", "KCH-00001", "rescued", "--date", "2017")
    assert "rescued" in r.stdout
    r = cli("--json", "person", "list", "--status", "rescued")
    assert [x["case_no"] for x in json.loads(r.stdout)] == ["KCH-00001"]
    r = cli("audit", "verify")
    assert r.returncode == 0 and "intact" in r.stdout
    info = json.loads(cli("--json", "info").stdout)
    assert info["counts"]["persons"] == 1 and info["format_version"] >= 1


def test_person_from_json_file(cli, tmp_path):
    cli("init")
    f = tmp_path / "p.json"
    f.write_text(json.dumps({"names": {"given": "نادية", "family": "Haskani"},
                             "sex": "F", "status": "missing"}), encoding="utf-8")
    r = cli("person", "add", "--json", str(f))  # as the README and `--help` say
    assert r.returncode == 0 and r.stdout == "SNJ-00001\n", r.stderr
    r = cli("--json", "person", "add", "--json", str(f))
    assert json.loads(r.stdout)["names"]["family"]["latin"] == "Haskani"
    r = cli("--json", "person", "add", "--from-json", str(f))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["case_no"] == "SNJ-00003"
    r = cli("person", "add", "--given", "Layla", "--json")  # --json alone: JSON output only
    assert json.loads(r.stdout)["names"]["given"]["latin"] == "Layla"
    f.write_text(json.dumps({"names": {"given": "Nadia"}, "aliases": "Nadiya"}), encoding="utf-8")
    r = cli("person", "add", "--json", str(f))
    assert r.returncode == 2 and r.stderr == "casekeeper: aliases: must be a list, not text\n"


def test_user_errors_are_one_line_without_traceback(cli, tmp_path):
    cli("init")
    cases = [
        (["person", "show", "SNJ-00999"], "no person"),
        (["person", "add", "--given", "X", "--born", "31/02/2014"], "--born"),
        (["person", "add", "--given", "Nadia", "--given", "Nadiya"], "twice"),
        (["person", "add", "--from-json", str(tmp_path / "missing.json")], "missing.json"),
        (["person", "show", "12345"], "not a case number"),
        (["person", "status", "SNJ-00001", "freed"], "invalid choice: 'freed'"),
        (["person", "list", "--sex", "x"], "--sex"),
        (["person", "add", "--given", "X", "--no-such-option"], "--no-such-option"),
        (["person", "show"], "case_no"),
        (["frobnicate"], "frobnicate"),
        (["incident", "show", "7"], "no incident"),
    ]
    for args, needle in cases:
        r = cli(*args)
        assert r.returncode != 0, args
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert needle in r.stderr, (args, r.stderr)


def test_wrong_passphrase_generic_message_and_nothing_else_on_stderr(cli):
    cli("init")
    r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": "not the passphrase"})
    assert r.returncode == 3
    # generic: what to check (the variable it came from, the code) says nothing of the vault
    assert r.stderr.startswith("casekeeper: the passphrase or recovery code is not correct; "
                               "the passphrase from CASEKEEPER_PASSPHRASE was refused")
    assert len(r.stderr.splitlines()) == 1
    assert r.stdout == ""


def test_no_prompt_and_no_wait_without_a_terminal(cli, tmp_path):
    cli("init")
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    from tests.conftest import run_cli
    r = run_cli(["--vault", str(cli.vault), "info"], env, timeout=20, process=True)
    assert r.returncode != 0 and "CASEKEEPER_PASSPHRASE" in r.stderr


def test_passphrase_file_and_passwd_and_recovery(cli, tmp_path):
    r = cli("--json", "init")
    code = json.loads(r.stdout)["recovery_code"]
    pf = tmp_path / "pass.txt"
    pf.write_text("from a file passphrase\n", encoding="utf-8")
    r = cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE_FILE": str(pf)})
    assert r.returncode == 0, r.stderr
    env_file = {"CASEKEEPER_PASSPHRASE_FILE": str(pf)}
    from tests.conftest import run_cli
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"} | env_file
    pf.chmod(0o644)
    r = run_cli(["--vault", str(cli.vault), "unlock-check"], env)
    assert r.returncode == 0 and f"{pf} (CASEKEEPER_PASSPHRASE_FILE) can be read by other " \
        f"accounts on this computer: chmod 600 {pf}" in r.stderr
    pf.chmod(0o600)
    r = run_cli(["--vault", str(cli.vault), "unlock-check"], env)
    assert r.returncode == 0 and "warning" not in r.stderr
    assert cli("unlock-check").returncode == 3  # the old passphrase no longer opens it
    r = cli("unlock-check", "--recovery", extra_env={"CASEKEEPER_RECOVERY_CODE": code})
    assert r.returncode == 0, r.stderr


def test_init_checks_prefix_and_folder_before_asking_for_a_passphrase(cli):
    from tests.conftest import run_cli
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    r = run_cli(["--vault", str(cli.vault), "init", "--prefix", "SN1"], env)
    assert r.returncode == 2 and "case prefix" in r.stderr and not cli.vault.exists()
    assert cli("init", "--prefix", "kch").returncode == 0  # lower case is taken as meant
    assert cli("person", "add", "--given", "Nadia").stdout == "KCH-00001\n"
    r = run_cli(["--vault", str(cli.vault), "init"], env)
    assert r.returncode != 0 and "already exists" in r.stderr


def test_no_vault_says_how_to_make_one(cli):
    r = cli("info")
    assert r.returncode != 0 and "casekeeper init" in r.stderr


def test_gui_without_display_says_so_in_one_line(cli):
    cli("init")
    for args in ([], ["gui"]):
        r = cli(*args, process=True)  # the real entry point, with no display and no Qt loaded
        assert r.returncode != 0
        assert "no display" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_demo_vault_is_marked_synthetic_and_refuses_real_vaults(cli, tmp_path):
    truth = tmp_path / "truth.json"
    r = cli("--json", "demo", "--persons", "400", "--truth", str(truth))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["persons_added"] == 400
    pairs = json.loads(truth.read_text())
    assert pairs and all(a != b for a, b in pairs)
    info = json.loads(cli("--json", "info").stdout)
    assert info["synthetic"] is True and info["counts"]["persons"] == 400
    shown = json.loads(cli("--json", "person", "show", "DEMO-00001").stdout)
    assert shown["synthetic"] is True and "SYNTHETIC" in shown["notes"]
    real = tmp_path / "real"
    from tests.conftest import run_cli
    run_cli(["--vault", str(real), "init"], cli.env)
    r = run_cli(["--vault", str(real), "demo", "--persons", "5"], cli.env)
    assert r.returncode != 0 and "demo vault" in r.stderr


def test_reports_rescues_relatives_contacts_photos(cli, tmp_path):
    cli("init")
    cli("person", "add", "--given", "Nadia")
    cli("person", "add", "--given", "Layla")
    r = cli("--json", "report", "add", "--person", "SNJ-00001", "--text", "seen in Raqqa",
            "--source", "S-7Q3", "--credibility", "2", "--observed", "2016")
    assert r.returncode == 0, r.stderr
    r = cli("--json", "rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002",
            "--date", "05/2017", "--cost", "12,500:usd:intermediary M-2:release",
            "--cost", "300:USD:driver")
    assert r.returncode == 0, r.stderr
    rid = json.loads(r.stdout)["rescue_id"]
    shown = cli("rescue", "show", str(rid)).stdout
    assert "total: 12800 USD" in shown and "SNJ-00002" in shown
    assert cli("relative", "SNJ-00001", "sibling", "SNJ-00002").returncode == 0
    assert cli("contact", "SNJ-00001", "--name", "Brother", "--phone", "+964").returncode == 0
    png = tmp_path / "p.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert cli("photo", "SNJ-00001", str(png)).returncode == 0
    r = cli("photo", "SNJ-00001", str(tmp_path / "p.txt"))
    assert r.returncode != 0 and "p.txt" in r.stderr
    bad = cli("rescue", "add", "--person", "SNJ-00001", "--cost", "lots:USD")
    assert bad.returncode == 2 and "not an amount" in bad.stderr
    # 1.500 is 1500 where dots group thousands, 1.5 in English: asked to be written plainly;
    # nothing paid is no cost
    for typed, said in (("1.500", "may be read two ways"), ("1,5", "may be read two ways"),
                        ("-500", "more than 0"), ("0", "more than 0")):
        bad = cli("rescue", "add", "--person", "SNJ-00001", f"--cost={typed}:USD")
        assert bad.returncode == 2 and said in bad.stderr, (typed, bad.stderr)
    listed = json.loads(cli("--json", "report", "list").stdout)
    assert listed[0]["source_code"] == "S-7Q3"
    assert cli("audit", "verify").returncode == 0


def test_damaged_missing_or_newer_vault_is_one_line_and_left_as_it_was(cli, tmp_path):
    import shutil

    from app.domain.person import NamePart, NameText, Person
    from app.vault import open_vault
    from db.database import DB_FILE
    from tests.conftest import PASSPHRASE, run_cli
    cli("init")
    s = open_vault(cli.vault, PASSPHRASE)
    s.persons.create_many(Person(names={NamePart.GIVEN: NameText("", f"N{i}")}) for i in range(400))
    s.close()

    def damaged(name, change):
        folder = tmp_path / name
        shutil.copytree(cli.vault, folder)
        change(folder / DB_FILE)
        return folder

    cases = {
        "empty (0 bytes)": damaged("zero", lambda f: f.write_bytes(b"")),
        "missing": damaged("gone", lambda f: f.unlink()),
        "damaged or truncated": damaged("cut", lambda f: f.write_bytes(f.read_bytes()[:40960])),
    }
    s = open_vault(damaged("newer", lambda f: None), PASSPHRASE)
    s.db.conn.execute("PRAGMA user_version = 99")
    s.close()
    cases["newer than this CaseKeeper"] = tmp_path / "newer"
    for needle, folder in cases.items():
        before = {f.name: f.read_bytes() for f in folder.iterdir()}
        for command in (["info"], ["unlock-check"], ["person", "list"]):
            r = run_cli(["--vault", str(folder), *command], cli.env)
            assert r.returncode != 0 and r.stdout == "", (needle, command)
            assert r.stderr.count("\n") == 1 and needle in r.stderr, (needle, r.stderr)
        assert {f.name: f.read_bytes() for f in folder.iterdir()} == before, needle


def test_dates_typed_as_year_and_month_are_that_month(cli):
    cli("init")
    cli("person", "add", "--given", "Nadia")
    r = cli("person", "status", "SNJ-00001", "rescued", "--date", "2017-01")
    assert r.returncode == 0, r.stderr
    event = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["status_events"][-1]
    assert event["date"] == {"earliest": "2017-01-01", "latest": "2017-01-31", "text": "2017-01"}
    r = cli("--json", "report", "add", "--person", "SNJ-00001", "--text", "seen",
            "--received", "2016-11", "--observed", "٢٠١٦/١٠")
    assert r.returncode == 0, r.stderr
    listed = json.loads(cli("--json", "report", "list").stdout)[0]
    assert listed["received"] == {"earliest": "2016-11-01", "latest": "2016-11-30",
                                  "text": "2016-11"}
    before = cli("--json", "person", "show", "SNJ-00001").stdout
    bad = cli("person", "status", "SNJ-00001", "located", "--date", "summer 2015")
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
    assert "--date" in bad.stderr and "'summer 2015'" in bad.stderr and "2014-08" in bad.stderr
    assert cli("--json", "person", "show", "SNJ-00001").stdout == before


def test_audit_log_prints_the_newest_entries_oldest_first(cli):
    assert cli("init", "--prefix", "KCH").returncode == 0
    for name in ("Nadia", "Layla", "Khalida"):
        assert cli("person", "add", "--given", name).returncode == 0
    newest = json.loads(cli("--json", "audit", "log", "--limit", "2").stdout)
    every = json.loads(cli("--json", "audit", "log", "--limit", "100").stdout)
    # every command's own unlock is an entry: the later call has one more at its end
    assert newest == every[-3:-1] and [e["action"] for e in newest] == ["person.create",
                                                                        "vault.unlock"]
    assert [e["seq"] for e in every] == list(range(1, len(every) + 1))
    r = cli("audit", "log", "--limit", "0")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and "--limit" in r.stderr



def test_commands_run_in_the_test_process_as_the_installed_program_runs_them(cli, tmp_path):
    """Most tests run main() in their own process (tests/conftest.run_cli); the real command
    must give the same output and exit code, errors and --help included."""
    from tests.conftest import run_cli
    steps = [["init", "--prefix", "KCH"],
             ["person", "add", "--given", "Nadia", "--father", "Murad", "--born", "1993"],
             ["person", "show", "KCH-00001"], ["search", "nadia"],
             ["person", "show", "KCH-00999"], ["person", "list", "--sex", "x"],
             ["person", "--help"], ["frobnicate"]]
    seen = {}
    for process in (False, True):
        vault = tmp_path / f"vault-{process}"
        seen[process] = [run_cli(["--vault", str(vault), *args], cli.env, process=process)
                         for args in steps]
    codes = [r.returncode for r in seen[True]]
    assert codes[:4] == [0, 0, 0, 0] and all(c != 0 for c in codes[4:6]) and codes[6:] == [0, 2]
    for args, a, b in zip(steps, seen[False], seen[True], strict=True):
        assert a.returncode == b.returncode, args
        assert a.stderr.replace("vault-False", "vault-True") == b.stderr, (args, a.stderr)
        if args[0] != "init":  # init prints a new recovery code each time
            assert _no_time(a.stdout) == _no_time(b.stdout), (args, a.stdout, b.stdout)
    assert "Nadia" in seen[True][3].stdout and "usage" in seen[True][6].stdout


def _no_time(text: str) -> str:
    import re
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "TIME", text)


def test_a_village_typed_by_hand_is_kept_as_the_vault_keeps_that_place(cli):
    """`person add --village Koço` beside the vault's Kocho stood apart on every summary; an
    import and New person already kept it under the vault's spelling."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--village", "Kocho").returncode == 0
    for given, typed in (("Layla", "Koço"), ("Jihan", "كوجو")):
        assert cli("person", "add", "--given", given, "--village", typed).returncode == 0
    assert cli("person", "add", "--given", "Hana", "--village", "Zorava").returncode == 0
    assert cli("person", "edit", "SNJ-00004", "--village", "Koço").returncode == 0
    shown = json.loads(cli("--json", "person", "list").stdout)
    assert [p["village"] for p in shown] == ["Kocho"] * 4


def test_deleting_a_person_says_and_keeps_what_named_her(cli):
    """Deleting a woman left her rescue and report naming no one and her relatives' links gone,
    with nothing said and only the reason in the trail."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Samira", "Hadiya"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002",
               "--date", "2019").returncode == 0
    assert cli("relative", "SNJ-00001", "sibling", "SNJ-00002").returncode == 0
    r = cli("person", "delete", "SNJ-00001", "--reason", "entered twice", "--yes")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["SNJ-00001 deleted", "  rescue 1 no longer names SNJ-00001",
                                     "  report 1 no longer names SNJ-00001",
                                     "  its links to SNJ-00002 are removed",
                                     "  backups made before now still hold her record: make a "
                                     "new backup (casekeeper backup) and destroy the older ones"]
    entry = [e for e in json.loads(cli("--json", "audit", "log", "--limit", "5").stdout)
             if e["action"] == "person.delete"][-1]["detail"]
    erased = entry.pop("erased_entries")  # what the trail said of her, erased with her
    assert [e[0] for e in erased] == [
        r["seq"] for r in json.loads(cli("--json", "audit", "log", "--case", "SNJ-00001").stdout)
        if r["action"] != "person.delete"]
    assert entry == {"reason": "entered twice", "rescues": [1], "reports": [1],
                     "relatives": ["SNJ-00002"]}
    assert "Samira" not in json.dumps(entry)  # no name of hers is kept
