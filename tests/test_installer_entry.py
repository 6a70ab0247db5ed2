"""The installer's build is one executable: it must serve as the bounded reader child too.

PyInstaller's build has no `python -m`, so the reader child is the program itself started with a
flag (app.importing.sandbox.child_command). Before its entry point answered that flag, every
list import in the installed program stopped with "the reader stopped unexpectedly (exit code 2)"
(argparse refusing the flag). Here a stand-in for the frozen executable, a script that sets
sys.frozen and names itself as sys.executable, imports real files end to end.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

from tests.conftest import ROOT, cli_env

_FROZEN = """#!{python}
import sys
sys.frozen = True  # as PyInstaller's bootloader sets it
sys.executable = {me!r}
sys.path.insert(0, {root!r})
from app.cli.main import main
sys.exit(main())
"""


def _frozen_program(tmp_path: Path) -> Path:
    exe = tmp_path / "casekeeper-frozen"
    exe.write_text(_FROZEN.format(python=sys.executable, me=str(exe), root=str(ROOT)),
                   encoding="utf-8")
    exe.chmod(0o700)
    return exe


def _run(exe: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_the_frozen_program_reads_an_xlsx_list_through_itself_as_the_reader_child(tmp_path):
    exe = _frozen_program(tmp_path)
    env = cli_env(tmp_path)
    vault = str(tmp_path / "vault")
    assert _run(exe, ["--vault", vault, "init", "--prefix", "SNJ"], env).returncode == 0
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["الاسم", "اسم الاب", "القرية"])
    ws.append(["نادية", "خليل", "كوجو"])
    ws.append(["ليلى", "حسن", "تل قصب"])
    wb.save(tmp_path / "list.xlsx")
    done = _run(exe, ["--vault", vault, "--json", "import", str(tmp_path / "list.xlsx"), "--yes"],
                env)
    assert done.returncode == 0, done.stderr
    assert "reader stopped" not in done.stderr
    assert json.loads(done.stdout)["results"]["created"] == 2
    listed = _run(exe, ["--vault", vault, "--json", "person", "list"], env)
    assert {p["name_original"] for p in json.loads(listed.stdout)} == {"نادية خليل", "ليلى حسن"}


def test_main_called_inside_a_process_never_becomes_the_reader_child(tmp_path, capsys):
    # main(argv) from inside a process (the tests, a script) runs the command it is given,
    # whatever sys.argv holds; only the program started with the flag reads a list.
    from app.cli.main import main
    from app.importing.sandbox import CHILD_FLAG

    saved = sys.argv
    sys.argv = ["casekeeper", CHILD_FLAG]
    try:
        code = main(["--vault", str(tmp_path / "none"), "info"])
    finally:
        sys.argv = saved
    assert code != 0
    assert "no vault at" in capsys.readouterr().err


def test_locking_the_installed_program_starts_it_again_by_its_full_path(monkeypatch):
    # Locking ends the process and starts the program afresh (ui/hardening.py). The installed
    # program's orig_argv holds its path as typed ("./casekeeper"), which would not be found
    # from another working folder.
    import subprocess as sp

    from ui import hardening

    started = []

    class Child:
        pid = 4242

        def __init__(self, argv, **_kw):
            started.append(argv)

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/casekeeper/casekeeper")
    monkeypatch.setattr(sys, "argv", ["./casekeeper", "--vault", "/media/v"])
    monkeypatch.setattr(sys, "orig_argv", ["./casekeeper", "--vault", "/media/v"])
    monkeypatch.setattr(sp, "Popen", Child)
    assert hardening.start_fresh_process() == 4242
    assert started == [["/opt/casekeeper/casekeeper", "--vault", "/media/v"]]
