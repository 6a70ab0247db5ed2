"""Vault commands: init, passwd, unlock-check, info."""

from __future__ import annotations

import os
import sys

from app import vault
from app.backup_drive import REPLACED_KEPT, moved_aside
from app.cli import secrets
from app.cli.output import Output
from app.domain.errors import ValidationError
from app.passphrase_digits import EASTERN_WARNING, has_eastern_digits
from app.recovery_code import mark_seen
from app.replaced_said import KEPT_OPENS, replaced_lines
from app.vault_lock import check_free
from db.keyslots import KdfParams


def kdf_from_env() -> KdfParams:
    """CASEKEEPER_KDF_PROFILE=fast is for tests and throwaway demo vaults only."""
    return KdfParams.fast() if os.environ.get("CASEKEEPER_KDF_PROFILE") == "fast" \
        else KdfParams.production()


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new encrypted vault")
    p.add_argument("--prefix", default="SNJ", help="case number prefix (2-6 capital letters)")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("passwd", parents=[common],
                       help="change the passphrase (with --recovery: reset it with the code)")
    p.add_argument("--recovery", action="store_true",
                   help="unlock with the recovery code instead of the passphrase")
    p.add_argument("--new-key", action="store_true",
                   help="also encrypt the whole vault under a new key, with a new recovery "
                        "code (shown once): after the passphrase or the recovery code may "
                        "have been seen by someone who could copy the vault's files again "
                        "later (a new passphrase alone keeps the old key)")
    p.add_argument("--new-recovery-code", action="store_true",
                   help="keep the passphrase and replace only the recovery code (the new one "
                        "shown once): after the code was seen, lost, or never shown")
    p.set_defaults(run=cmd_passwd)

    p = sub.add_parser("unlock-check", parents=[common],
                       help="check that the secret opens the vault and the vault is intact")
    p.add_argument("--recovery", action="store_true", help="check the recovery code")
    p.set_defaults(run=cmd_unlock_check)

    p = sub.add_parser("info", parents=[common],
                       help="vault path, counts, format version, audit chain head")
    p.set_defaults(run=cmd_info)


def cmd_init(args, ctx) -> int:
    prefix = args.prefix.strip().upper()
    vault.check_case_prefix(prefix)  # before asking for a passphrase that would then be wasted
    if vault.vault_exists(ctx.vault_dir):
        raise vault.VaultError(f"a vault already exists in {ctx.vault_dir}")
    passphrase = secrets.new_passphrase("CASEKEEPER_PASSPHRASE")
    _warn_digits(passphrase)
    session, code = vault.create_vault(ctx.vault_dir, passphrase, prefix, kdf_from_env())
    session.close()
    ctx.out.emit({"vault": str(ctx.vault_dir), "recovery_code": code},
                 f"Vault created in {ctx.vault_dir}\n\n"
                 f"RECOVERY CODE (shown only now; write it down and keep it apart from the "
                 f"laptop):\n\n    {code}\n\nWith it you can set a new passphrase if the "
                 f"passphrase is forgotten.")
    return 0


# A passphrase changed alone keeps the data key: what opened with the old one still does.
OLD_COPIES = ("Backups made before, and any copy of keyslots.bin from before, still open the "
              "vault with the old passphrase: make a new backup now and destroy the old ones. "
              "If the old passphrase may be known to others, use passwd --new-key.")


def _warn_digits(passphrase: str) -> None:
    if has_eastern_digits(passphrase):
        Output.note(f"casekeeper: warning: {EASTERN_WARNING}")


def _kept(ctx, data: dict, text: str) -> tuple[dict, str]:
    """data and text with the vaults restores replaced beside this one, which still open with
    the secrets they had: each named, with how to delete it."""
    lines = replaced_lines(ctx.vault_dir, KEPT_OPENS)
    if kept := moved_aside(ctx.vault_dir):
        data = {**data, "replaced_by_restore": [str(p) for p in kept]}
    return data, "\n".join([text, *lines])


def _show_code(ctx, session, data: dict, text: str) -> int:
    """The new code printed, then marked seen: a command cut off before is said at next unlock."""
    ctx.out.emit(*_kept(ctx, data, text))
    sys.stdout.flush()
    mark_seen(session)
    return 0


def cmd_passwd(args, ctx) -> int:
    if args.new_recovery_code and (args.new_key or args.recovery):
        raise ValidationError("--new-recovery-code goes alone: it keeps the passphrase "
                              "(--new-key and --recovery each make a new code already)")
    if args.new_key:
        # open elsewhere: refused before anything is asked for in vain, or written (the unlock)
        check_free(ctx.vault_dir)
    session = ctx.open_session()
    kdf = kdf_from_env() if os.environ.get("CASEKEEPER_KDF_PROFILE") else None
    if args.new_recovery_code:
        code = vault.new_recovery_code(session, kdf)
        return _show_code(ctx, session, {"changed": False, "recovery_code": code},
                          "NEW RECOVERY CODE (shown only now; write it down and keep it apart "
                          f"from the laptop; the old one is void):\n\n    {code}\n\n"
                          "Backups made before still open with the old code.")
    new = secrets.new_passphrase()
    _warn_digits(new)
    if args.recovery:
        # the code was typed where it could be seen: replaced, as the desktop does
        code = vault.reset_with_recovery(session, new, kdf)
        return _show_code(ctx, session, {"changed": True, "new_key": False, "recovery_code": code},
                          "Passphrase changed. The old one no longer opens the vault itself.\n\n"
                          "NEW RECOVERY CODE (shown only now; write it down and keep it apart "
                          f"from the laptop; the code just used is void):\n\n    {code}\n\n"
                          f"{OLD_COPIES} Backups made before open with the old code too.")
    if not args.new_key:
        vault.change_passphrase(session, new, kdf)
        ctx.out.emit(*_kept(ctx, {"changed": True, "new_key": False},
                            "Passphrase changed. The old one no longer opens the vault itself.\n"
                            f"{OLD_COPIES}"))
        return 0
    code = vault.new_data_key(session, new, kdf)
    return _show_code(ctx, session, {"changed": True, "new_key": True, "recovery_code": code},
                      "The vault is encrypted under a new key. The old passphrase and the old "
                      "recovery code no longer open it, nor does a copy of its old key file.\n\n"
                      f"NEW RECOVERY CODE (shown only now; write it down and keep it apart from "
                      f"the laptop; the old one is void):\n\n    {code}\n\n"
                      "Backups made before keep the old key and the old passphrase: make a new "
                      "backup now and destroy the old ones.")


def cmd_unlock_check(args, ctx) -> int:
    session = ctx.open_session()
    problems = session.db.integrity_problems()
    chain = session.audit.verify()
    ok = not problems and chain.ok
    ctx.out.emit({"ok": ok, "integrity_problems": problems, "audit_chain_ok": chain.ok},
                 "Vault opens; integrity ok." if ok else
                 "Vault opens but checks FAILED:\n" + "\n".join(problems or [chain.problem]))
    return 0 if ok else 7


# The persons are those the list shows; records merged into one of them are counted apart.
_COUNT_WORDS = {"merged_records": "records merged into others"}


def cmd_info(args, ctx) -> int:
    info = ctx.open_session().info()
    text = "\n".join([
        f"vault: {info['vault']}" + ("   [SYNTHETIC DEMO DATA]" if info["synthetic"] else ""),
        f"format version: {info['format_version']}",
        f"case prefix: {info['case_prefix']}",
        *(f"{_COUNT_WORDS.get(k, k)}: {v}" for k, v in info["counts"].items()),
        f"audit chain head: {info['audit_chain_head']}",
        *(f"key slot: {s['kind']} (Argon2id {s['argon2id_memory_kib'] // 1024} MiB, "
          f"t={s['iterations']}, p={s['lanes']})" for s in info["key_slots"]),
        *(f"replaced by a restore, kept beside the vault: {p}"
          for p in info["replaced_by_restore"]),
        *([f"  ({REPLACED_KEPT})"] if info["replaced_by_restore"] else []),
    ])
    ctx.out.emit(info, text)
    return 0
