"""Promises 10, 11: normal work writes nothing outside the vault; errors carry no case data."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, cli_env, run_cli


def test_cli_flows_write_only_inside_the_vault(tmp_path):
    dirs = {name: tmp_path / name for name in ("home", "tmp", "xdg_data", "xdg_config",
                                                 "xdg_cache", "xdg_state")}
    for d in dirs.values():
        d.mkdir()
    env = cli_env(tmp_path, HOME=str(dirs["home"]), TMPDIR=str(dirs["tmp"]),
                  XDG_DATA_HOME=str(dirs["xdg_data"]), XDG_CONFIG_HOME=str(dirs["xdg_config"]),
                  XDG_CACHE_HOME=str(dirs["xdg_cache"]), XDG_STATE_HOME=str(dirs["xdg_state"]),
                  PYTHONDONTWRITEBYTECODE="1")
    vault = tmp_path / "vault"
    steps = [["init"], ["person", "add", "--given", "CANARYNAME", "--village", "CANARYVILLAGE"],
             ["person", "edit", "SNJ-00001", "--notes", "CANARYNOTE"], ["person", "list"],
             ["person", "show", "SNJ-00001"], ["person", "show", "SNJ-00404"],
             ["audit", "verify"], ["info"], ["person", "add", "--given", "X", "--born", "bad"]]
    outputs = []
    for step in steps:
        r = run_cli(["--vault", str(vault), *step], env)
        outputs.append((step, r))
    for name, d in dirs.items():
        assert list(d.rglob("*")) == [], name
    for step, r in outputs:
        assert "CANARY" not in r.stderr, (step, r.stderr)  # errors never echo case data
    assert sorted(p.name for p in vault.iterdir()) == ["keyslots.bin", "vault.db", "vault.lock"]
    assert (vault / "vault.lock").stat().st_size == 0  # only its lock counts: it holds nothing


def test_hardened_process_cannot_dump_core():
    code = ("import resource; from app.hardening import disable_core_dumps, is_dumpable; "
            "assert disable_core_dumps(); "
            "print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "False (0, 0)", out.stderr


def test_cli_main_hardens_before_anything_else():
    import inspect

    from app.cli import main as cli_main
    first_line = inspect.getsource(cli_main.main).split("\n")[1].strip()
    assert first_line == "disable_core_dumps()"
