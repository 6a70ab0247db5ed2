"""Backup commands: `backup DEST` (a verified, encrypted copy) and `restore BACKUP`."""

from __future__ import annotations

import sys
from pathlib import Path

from app import backup_drive as drive
from app.backup import (
    OlderBackup,
    backups_in,
    check_backup,
    compare_backup,
    restore_backup,
)
from app.backup_compare import KEY, PASSPHRASE, RECOVERY_CODE, secrets_back
from app.backup_drive import HEAD_FILE
from app.backup_list import listing
from app.backup_missing import missing_beside, missing_said
from app.backup_said import make_backup_said, refuse_folder_of_backups
from app.cli import secrets
from app.cli.output import Output
from app.domain.errors import BackupWrongSecret, ValidationError, VaultError
from app.refused_secret import BACKUP_FORGOTTEN_HINT, MARKED_OPENED, refused_said
from app.vault import vault_exists
from app.vault_lock import check_free


def register(sub, common) -> None:
    p = sub.add_parser(
        "backup", parents=[common],
        help="copy the vault into a folder (a USB drive), encrypted and checked",
        description="Copy the vault into a new folder casekeeper-backup-DATE-TIME inside DEST. "
                    "The copy is encrypted as the vault is and opens with the passphrase (or "
                    "recovery code) the vault has now; it is checked page by page and row by "
                    "row before it is given its name. Keep the drive apart from the laptop.")
    p.add_argument("dest", metavar="DEST", help="the folder to put the backup in")
    p.add_argument("--keep", type=int, metavar="N",
                   help="then keep only the newest N backups of this vault in DEST (its older "
                        "ones deleted; another vault's backups there are never counted or "
                        "touched)")
    p.add_argument("--list", action="store_true",
                   help="list the backups in DEST, by name, saying which are this "
                        "vault's, and any unfinished copy a backup cut off left; make none")
    p.set_defaults(run=cmd_backup)

    r = sub.add_parser(
        "restore", parents=[common],
        help="put a backup in the vault's place (the vault there is moved aside, not deleted)",
        description="Check a backup with the passphrase (or --recovery code) it was made "
                    "under, then make it the vault. A vault already in that folder is moved "
                    "to a folder beside it named ...before-restore-DATE-TIME, never deleted.")
    r.add_argument("backup", metavar="BACKUP", help="a casekeeper-backup-... folder")
    r.add_argument("--recovery", action="store_true",
                   help="open the backup with the recovery code instead of the passphrase")
    r.add_argument("--check", action="store_true",
                   help="only check that the backup opens and is whole; change nothing")
    r.add_argument("--yes", action="store_true",
                   help="replace an existing vault without being asked")
    r.add_argument("--older", action="store_true",
                   help="restore even a backup OLDER than the vault there (or of another vault, "
                        "or one that cannot be compared with it): what the vault has since is "
                        "taken out of it, and persons deleted since come back")
    r.set_defaults(run=cmd_restore)


def _step(ctx):
    if ctx.out.json_mode or not sys.stderr.isatty():
        return None
    return lambda step: sys.stderr.write(f"{step}...\n")


def cmd_backup(args, ctx) -> int:
    session = ctx.open_session()
    if args.list:
        return _list(args, ctx, session)
    b = make_backup_said(session, args.dest, args.keep, _step(ctx))
    ctx.out.emit({"backup": str(b.folder), "made_at": b.made_at, "chain_head": b.chain_head,
                  "rows": b.counts, "removed": list(b.removed),
                  "unfinished_removed": list(b.unfinished)},
                 "\n".join([f"Backup made and checked: {b.folder}",
                            f"  {_records(b.counts)}, every page checked",
                            f"  audit chain head: {b.chain_head}",
                            "  it opens with the passphrase (or recovery code) the vault has "
                            "now",
                            *(f"  older backup removed: {n}" for n in b.removed),
                            *(f"  unfinished copy left by a backup cut off, removed: {n}"
                              for n in b.unfinished),
                            *(f"  unfinished copy left by a backup of ANOTHER vault (or of none "
                              f"that can be told), not removed: {n}" for n in b.unfinished_left)]))
    return 0


def _list(args, ctx, session) -> int:
    """Every backup in DEST, each said to be this vault's or not, and the unfinished copies a
    backup cut off left (a whole vault nobody would see otherwise)."""
    rows = listing(session, Path(args.dest).expanduser())
    ctx.out.emit(rows, "\n".join(_listed(row) for row in rows) or f"no backups in {args.dest}")
    return 0


def _listed(row: dict) -> str:
    name = row["name"]
    if row.get("unfinished"):
        return (f"{name}  (UNFINISHED copy left by a backup cut off; "
                + ("this vault's: the next backup removes it, or delete it now)" if row["this_vault"]
                   else "of another vault: delete it once no backup runs)"))
    if row["this_vault"]:
        return name
    return f"{name}  (" + (
        "of a vault that began as this one and went apart since (a copy, or this vault "
        "before a restore): not this vault's, --keep leaves it)" if row.get("copy_gone_apart")
        else "ANOTHER vault's backup)")


def cmd_restore(args, ctx) -> int:
    if not args.check:  # open elsewhere: refused before anything is asked or checked
        check_free(ctx.vault_dir)
    refuse_folder_of_backups(args.backup, backups_in(args.backup))  # before a secret is asked
    secret = secrets.recovery_code() if args.recovery else secrets.passphrase()
    try:
        return _restore(args, ctx, secret)
    except BackupWrongSecret as e:
        if args.recovery:  # a code is read whatever its case: no keyboard to check
            raise
        marked = secrets.marked_passphrase()  # its mark kept, as versions before read the file
        if marked is not None:
            try:
                done = _restore(args, ctx, marked)
            except BackupWrongSecret:
                pass
            else:
                Output.note("casekeeper: warning: " + MARKED_OPENED.replace("%1", "The backup"))
                return done
        # a passphrase refused is told what to check, as the vault's unlock says it
        raise VaultError(refused_said(str(e), secret, BACKUP_FORGOTTEN_HINT,
                                      secrets.given_by("CASEKEEPER_PASSPHRASE"),
                                      secrets.instead_of("CASEKEEPER_PASSPHRASE"))) from None


def _restore(args, ctx, secret: str) -> int:
    if args.check:
        counts = check_backup(args.backup, secret, args.recovery)
        missing = _missing(args.backup)
        whole = "opens and is whole" if HEAD_FILE not in missing else \
            f"opens, and its pages and tables are whole (not its trail's end: {HEAD_FILE} is missing)"
        ctx.out.emit({"backup": args.backup, "ok": True, "rows": counts,
                      **({"missing_beside": missing} if missing else {})},
                     f"{args.backup} {whole}: {_records(counts)}")
        return 0
    target = ctx.vault_dir
    against = None
    if vault_exists(target):
        # a bad backup is said before asking, and so is what the vault would lose
        _, against = compare_backup(args.backup, target, secret, args.recovery)
        if against.risky and not args.older:
            refused = OlderBackup(f"nothing restored: {against.words()}. Add --older to restore "
                                  f"it all the same (the vault there is moved aside, not "
                                  f"deleted)")
            refused.json_facts = against.facts()
            raise refused
    # said before she is asked (compare_backup has opened and checked it), as --check says it;
    # into an empty place nothing was checked yet: said once the restore has checked it
    missing = _missing(args.backup) if against is not None else missing_beside(Path(args.backup))
    if against is not None and not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(f"nothing restored: a vault is already in {target}; add "
                                  f"--yes to move it aside and put the backup in its place")
        print(f"A vault is already in {target}: it will be moved aside (not deleted) and the "
              f"backup put in its place. Compared with it, {against.words()}.", file=sys.stderr)
        try:
            answer = input("Type RESTORE to go on (anything else changes nothing): ")
        except EOFError:
            answer = ""
        if answer.strip().upper() != "RESTORE":
            raise ValidationError("nothing restored")
    leftovers = drive.restore_leftovers(target)
    counts, aside = restore_backup(args.backup, target, secret, args.recovery, _step(ctx),
                                   older=args.older)
    if against is None:
        _missing(args.backup)
    # The backup's key comes back with it: a passphrase or key changed since no longer opens
    # the vault, and a recovery code declared void by `passwd --new-key` opens it again.
    opens = _opens(against)
    numbers = _numbers(against)
    ctx.out.emit({"vault": str(target), "rows": counts, "previous_vault": str(aside or ""),
                  "opens_with": "the backup's passphrase and recovery code",
                  "compared": against.kind if against else "no vault",
                  "secrets_changed_since": list(against.secrets_changed) if against else [],
                  "added_in_backup_since": list(against.coming) if against else [],
                  "deleted_in_backup_since": list(against.going) if against else [],
                  "restore_leftovers_removed": [p.name for p in leftovers],
                  **({"missing_beside": missing} if missing else {})},
                 "\n".join([f"Restored into {target}: {_records(counts)}",
                            *([f"  the vault that was there is kept in {aside}",
                               f"  ({drive.REPLACED_KEPT})"] if aside else []), f"  {opens}",
                            *([f"  {numbers}"] if numbers else []),
                            *_came_and_went(against),
                            *(f"  unfinished copy left by a restore cut off, removed: {p.name}"
                              for p in leftovers)]))
    return 0


def _missing(backup: str) -> list[str]:
    """The backup's own files not beside it, warned of on stderr (the rest goes on)."""
    said = missing_said(Path(backup))
    if said:
        Output.note(f"casekeeper: warning: {said}")
    return missing_beside(Path(backup))


def _opens(against) -> str:
    """With which secrets the restored vault opens; those replaced since that open it again said
    where the trail says one was replaced since (a new key in its own words), or where it cannot
    be told."""
    opens = ("it opens with the passphrase and recovery code the vault had when the backup was "
             "made (the secret just typed); a passphrase set since does not open it")
    back = secrets_back(against)
    if back is None or KEY in back:
        return opens + (", and a recovery code made void since (passwd --new-key) opens it again"
                        if back else
                        ", and if the vault was given a new key since (passwd --new-key), the "
                        "recovery code it made void opens it again") + \
            ": if that code may be in other hands, make a new key now (casekeeper passwd --new-key)"
    if RECOVERY_CODE in back:
        opens += ("; the recovery code replaced since the backup (passwd --new-recovery-code or "
                  "--recovery) opens it again: if that code may be in other hands, make a new one "
                  "now (casekeeper passwd --new-recovery-code)")
    if PASSPHRASE in back:
        opens += ("; the passphrase replaced since the backup opens it again: if it may be known, "
                  "change it now (casekeeper passwd)")
    return opens


def _came_and_went(against) -> list[str]:
    """The persons a newer backup brought in and took out, named with --yes and --json too (only
    the question and a refusal named them)."""
    if against is None:
        return []
    return ([f"  came in, added in the backup since: {', '.join(against.coming)}"]
            if against.coming else []) + \
        ([f"  went, deleted in the backup since: {', '.join(against.going)}"]
         if against.going else [])


def _numbers(against) -> str:
    """What became of the case numbers given in the vault since the backup."""
    if against is None or not against.risky or against.kind == "another vault":
        return ""
    if against.marks:
        return ("case numbers given in the vault since the backup are not given again: the "
                "next one follows the vault's")
    return ("the vault replaced could not be read with the backup's key: case numbers it gave "
            "since the backup may be given again; look in the vault kept aside")


def _records(counts: dict[str, int]) -> str:
    n = counts.get("persons", 0)
    return f"{n} person record{'s' if n != 1 else ''}, {sum(counts.values())} rows in all"
