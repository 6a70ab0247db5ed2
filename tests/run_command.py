"""main() running one made-up command against a test vault, for errors raised mid-command."""

from __future__ import annotations

import argparse


def run_command(monkeypatch, capsys, cli, command):
    """main() running command(args, ctx) against the cli fixture's vault: (exit code, stderr)."""
    from app.cli import main as cli_main

    for key, value in cli.env.items():
        monkeypatch.setenv(key, value)
    args = argparse.Namespace(run=command, vault=str(cli.vault), json=False, command="x")

    class Parser:
        def parse_known_args(self, _argv):
            return args, []

    monkeypatch.setattr(cli_main, "_parser", Parser)
    code = cli_main.main([])
    return code, capsys.readouterr().err
