"""Entry point of the `casekeeper` command: parse, run one command, turn errors into one line."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from gettext import gettext as _  # argparse's own, for its words

from app.cli import commands
from app.cli.json_asked import TAKEN, JsonFlag, json_unread
from app.cli.output import Output
from app.disk_full import NOT_FOLDED, disk_full
from app.domain.errors import CaseKeeperError
from app.hardening import disable_core_dumps
from db.connection import DatabaseError

# Said once, at the unlock that deleted it (app/vault.py open_vault): a whole copy of a
# backup, opening with the passphrase of then, went from beside the vault.
# The restore it was left by did not happen: said, with what to do (a user read "not
# replaced" and did not know whether she had her backup's vault or what to do next).
LEFTOVER_SAID = ("deleted %1 beside the vault: the copy of a backup a restore left when it was "
                 "cut off (the vault was not replaced by it; the audit trail says so too): to "
                 "restore that backup, run the restore again (casekeeper restore BACKUP)")
# At every unlock while it stays: such a copy still opens with the passphrase it had.
LEFTOVER_KEPT = ("could not delete %1 beside the vault (%2): the copy of a backup a restore left "
                 "when it was cut off, opening with the passphrase the vault had then; delete it "
                 "yourself")


class CliContext:
    """What a command needs: the vault folder, an unlocked session on demand, and output."""

    def __init__(self, args: argparse.Namespace) -> None:
        from app.vault import resolve_vault_dir

        self.args = args
        self.vault_dir = resolve_vault_dir(getattr(args, "vault", None))
        self.out = Output(bool(getattr(args, "json", False)))
        self._session = None
        self._commits_at_open = 0

    def open_session(self):
        from app.backup_opened import BACKUP_NOW_VAULT
        from app.cli import secrets
        from app.domain.errors import VaultError, WrongSecret
        from app.recovery_code import unseen_warning
        from app.refused_secret import refused_said
        from app.vault import open_vault, vault_exists

        if self._session is None:
            if not vault_exists(self.vault_dir):
                raise CaseKeeperError(f"no vault at {self.vault_dir}: run `casekeeper init` "
                                      "or give --vault DIR")
            if getattr(self.args, "recovery", False):
                self._session = open_vault(self.vault_dir, recovery_code=secrets.recovery_code())
            else:
                typed = secrets.passphrase()
                try:
                    self._session = open_vault(self.vault_dir, typed)
                except WrongSecret as e:
                    self._session = self._open_marked()
                    if self._session is None:
                        # "not correct" alone left her guessing: the keyboard, digits, the code
                        given = secrets.given_by("CASEKEEPER_PASSPHRASE")
                        raise VaultError(refused_said(
                            str(e), typed, from_env=given,
                            instead=secrets.instead_of("CASEKEEPER_PASSPHRASE"))) from None
            if self._session.was_backup:
                Output.note("casekeeper: warning: "
                            + BACKUP_NOW_VAULT.replace("%1", str(self.vault_dir)))
            unseen = unseen_warning(self._session)
            if unseen:
                Output.note(f"casekeeper: warning: {unseen}")
            for name in self._session.restore_leftovers_removed:
                Output.note(f"casekeeper: {LEFTOVER_SAID.replace('%1', name)}")
            for where, why in self._session.restore_leftovers_kept.items():
                Output.note("casekeeper: warning: "
                            + LEFTOVER_KEPT.replace("%1", where).replace("%2", why))
            self._commits_at_open = self._session.db.commits  # the unlock's own entry: before
        return self._session

    def _open_marked(self):
        """The vault opened with the passphrase file read as versions before this one read it
        (its byte-order mark kept), said; None where that is not it either."""
        from app.cli import secrets
        from app.domain.errors import WrongSecret
        from app.refused_secret import MARKED_OPENED
        from app.vault import open_vault

        marked = secrets.marked_passphrase()
        if marked is None:
            return None
        try:
            session = open_vault(self.vault_dir, marked)
        except WrongSecret:
            return None
        Output.note("casekeeper: warning: " + MARKED_OPENED.replace("%1", "The vault"))
        return session

    def saved_since_open(self) -> bool:
        """Whether the command committed a change (a transaction) since it unlocked the vault:
        a disk refusing a later one does not undo it."""
        return self._session is not None and self._session.db.commits > self._commits_at_open

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


class UsageError(SystemExit):
    """A mistake on the command line (exit 2), carrying its line for --json to print and the
    parser that found it (which reads the words after it)."""

    def __init__(self, message: str, parser: argparse.ArgumentParser) -> None:
        super().__init__(2)
        self.message = message
        self.parser = parser


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line is one line on stderr, not usage plus error."""

    def error(self, message: str):
        where = self.prog.removeprefix("casekeeper").strip()
        line = f"{where + ': ' if where else ''}{message} (see {self.prog} --help)"
        Output.error(line)
        raise UsageError(line, self)


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    # SUPPRESS: an option given before the command must not be reset by the sub-parser's default.
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                        help="vault folder (default: $CASEKEEPER_VAULT or the user data folder)")
    common.add_argument("--json", action=JsonFlag, default=argparse.SUPPRESS,
                        help="machine-readable output")
    parser = OneLineParser(
        prog="casekeeper", parents=[common],
        description="Offline, encrypted case manager for tracing missing persons. "
                    "Without a command, starts the desktop program.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, common)
    return parser


_PARSER: argparse.ArgumentParser | None = None


def _parser() -> argparse.ArgumentParser:
    """The command line's parser, built once a process: main() runs many times in one process
    (the tests run each command in theirs), and building it (some 60 ms: argparse looks up its
    own words' translations on disk for every option) was a third of a short command's time.
    It holds no state of a run: parse_args reads it and returns a new namespace."""
    global _PARSER
    if _PARSER is None:
        _PARSER = build_parser()
    return _PARSER


# Options whose value is a ledger line: one typed as a negative amount (-500:USD:refund) is
# read as an unknown option by argparse, which said only "expected one argument".
_LEDGER_OPTIONS = ("--cost", "--add-cost")


def _amounts_kept(argv: list[str]) -> list[str]:
    """argv with a ledger option's value that begins with a minus sign joined to it
    (--add-cost=-500:USD), so that the ledger's own check says what is wrong with it."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        value = argv[i + 1] if i + 1 < len(argv) else ""
        if argv[i] in _LEDGER_OPTIONS and value[:1] == "-" and value[1:2] in tuple("0123456789."):
            out.append(f"{argv[i]}={value}")
            i += 2
            continue
        out.append(argv[i])
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    disable_core_dumps()
    if argv is None:
        # The installer's build starts itself with a flag to read a list in a bounded child
        # (sandbox.child_command): that child must parse the file, not the command line.
        from app.importing.sandbox import run_child_if_asked
        run_child_if_asked()
    parser = _parser()
    argv = _amounts_kept(list(sys.argv[1:] if argv is None else argv))
    TAKEN.clear()
    try:
        args, extra = parser.parse_known_args(argv)
    except UsageError as e:
        if any(TAKEN) or json_unread(e.parser, argv):
            Output(True).emit({"error": e.message, "exit_code": e.code})
        raise
    if getattr(args, "json_in", None) is True:  # `person add --json`: output, as elsewhere
        args.json = True
    if extra:  # as parse_args says it, every word read: --json decided by the parse itself
        try:
            parser.error(_("unrecognized arguments: %s") % " ".join(extra))
        except UsageError as e:
            if getattr(args, "json", False):
                Output(True).emit({"error": e.message, "exit_code": e.code})
            raise
    if not getattr(args, "run", None):
        if args.command:  # a group such as `person` without its sub-command
            parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "--help"])
        from app.cli.commands.gui import run_gui
        args.run = run_gui
    ctx = CliContext(args)
    code = 1  # until the command ends well: a close refused by the disk is warned of then only
    try:
        code = int(args.run(args, ctx) or 0)
        return code
    except CaseKeeperError as e:
        return _failed(args, str(e), e.exit_code, e.json_facts)
    except DatabaseError as e:
        full = disk_full(e, ctx.vault_dir, saved_before=ctx.saved_since_open())
        if full is not None:  # not the vault's fault; what was saved before it, if any: said
            return _failed(args, str(full), full.exit_code)
        # SQLite's own words name no case data; they say what went wrong with the file.
        return _failed(args, f"the vault database reported an error: {e}", 9)
    except KeyboardInterrupt:
        Output.error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as e:  # after BrokenPipeError, one of them
        # a file in the vault's folder the drive failed to read or write (pulled out)
        failed = disk_full(e, ctx.vault_dir, saved_before=ctx.saved_since_open())
        if failed is None:
            raise
        return _failed(args, str(failed), failed.exit_code)
    finally:
        _close(ctx, said=code != 0)


def _close(ctx: CliContext, said: bool = False) -> None:
    """The session closed; a disk that refuses the close's fold of the log (full) is a warning,
    not a traceback: what the command did is saved in the log. said: the command failed and
    said why; "what was done is saved" would contradict it."""
    try:
        ctx.close()
    except DatabaseError as e:
        full = disk_full(e, ctx.vault_dir, NOT_FOLDED)
        if full is None:
            raise
        if not said:
            Output.note(f"casekeeper: warning: {full}")


def _failed(args: argparse.Namespace, message: str, code: int, facts: dict | None = None) -> int:
    """The error's line on stderr; with --json also as JSON on stdout, where a script reads
    (it found an empty stdout and had only the exit code), with the error's facts."""
    Output.error(message)
    if getattr(args, "json", False):
        Output(True).emit({**(facts or {}), "error": message, "exit_code": code})
    return code


if __name__ == "__main__":
    sys.exit(main())
