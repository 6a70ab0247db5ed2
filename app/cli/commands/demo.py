"""`casekeeper demo`: a vault of clearly marked synthetic persons to try every screen on."""

from __future__ import annotations

import json
from pathlib import Path

from app import demo, vault
from app.cli import secrets
from app.cli.commands.vault_cmds import kdf_from_env
from app.cli.options import positive_int
from app.cli.output import ProgressBar
from app.domain.errors import ValidationError


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common],
                       help="create (or add to) a vault of SYNTHETIC persons for trying things")
    p.add_argument("--persons", type=positive_int, default=300,
                   help="how many persons (default 300)")
    p.add_argument("--seed", type=int, default=2014)
    p.add_argument("--truth", metavar="FILE",
                   help="write the deliberate duplicate pairs (ground truth) to this JSON file")
    p.set_defaults(run=cmd_demo)


def cmd_demo(args, ctx) -> int:
    code = None
    if vault.vault_exists(ctx.vault_dir):
        session = ctx.open_session()
        if not session.is_synthetic:
            raise ValidationError(_not_a_demo_vault(ctx.vault_dir))
    else:
        session, code = vault.create_vault(ctx.vault_dir, secrets.new_passphrase(
            "CASEKEEPER_PASSPHRASE"), "DEMO", kdf_from_env(), synthetic=True)
        ctx._session = session
    bar = ProgressBar("adding synthetic persons", enabled=None if not ctx.out.json_mode else False)
    truth = demo.populate(session, args.persons, progress=bar, seed=args.seed)
    if args.truth:
        Path(args.truth).write_text(json.dumps(truth, indent=1), encoding="utf-8")
    data = {"vault": str(ctx.vault_dir), "persons_added": args.persons,
            "duplicate_pairs": len(truth), "recovery_code": code}
    text = (f"Added {args.persons} SYNTHETIC persons to {ctx.vault_dir} "
            f"({len(truth)} deliberate duplicates).")
    if code:
        text += f"\nNew demo vault. Recovery code: {code}"
    ctx.out.emit(data, text)
    return 0


def _not_a_demo_vault(folder) -> str:
    """Why demo refuses a vault made by `init`, and what to run instead: the bare "demo data
    goes only into a demo vault" left her wondering what was wrong with her vault."""
    return (f"demo: nothing added: {folder} is a vault for real cases (made by `casekeeper "
            "init`, not by `casekeeper demo`); demo data goes only into a demo vault, so that "
            "invented persons never mix with real ones, in lists, matches or papers. To try "
            "the program on demo data, give a folder that holds no vault yet: casekeeper "
            "--vault NEW_FOLDER demo")
