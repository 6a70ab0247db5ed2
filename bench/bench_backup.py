"""Backup benchmark: making and checking a backup of a vault of N persons, checking it again
as `restore --check` does, restoring it, and giving the restored vault a new key (`passwd
--new-key`: every page encrypted again).

Run:  .venv/bin/python bench/bench_backup.py [--persons 100000]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, demo_vault, machine, peak_rss_mib

from app import vault
from app.backup import check_backup, make_backup, restore_backup
from db.keyslots import KdfParams


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ck-bench-backup-"))
    try:
        t = time.perf_counter()
        session = demo_vault(work / "vault", args.persons)
        print(f"vault of {args.persons:,} made in {time.perf_counter() - t:.1f} s")
        (work / "usb").mkdir()
        t = time.perf_counter()
        b = make_backup(session, work / "usb")
        made = time.perf_counter() - t
        session.close()
        size = sum(f.stat().st_size for f in b.folder.iterdir()) / 2**20
        vault_size = sum(f.stat().st_size for f in (work / "vault").iterdir()) / 2**20
        t = time.perf_counter()
        counts = check_backup(b.folder, PASSPHRASE)
        checked = time.perf_counter() - t
        t = time.perf_counter()
        restore_backup(b.folder, work / "restored", PASSPHRASE)
        restored = time.perf_counter() - t
        again = vault.open_vault(work / "restored", PASSPHRASE)
        t = time.perf_counter()
        vault.new_data_key(again, PASSPHRASE + " anew", KdfParams.fast())
        rekeyed = time.perf_counter() - t
        again.close()
        print(machine())
        print(f"backup made and checked: {made:.2f} s ({size:.1f} MiB; the vault folder "
              f"{vault_size:.1f} MiB); {sum(counts.values()):,} rows")
        print(f"restore --check: {checked:.2f} s (production key derivation: add about 1 s)")
        print(f"restore into an empty folder: {restored:.2f} s")
        print(f"passwd --new-key: {rekeyed:.2f} s (production key derivation: add about 2 s "
              f"for its two key slots)")
        print(f"peak memory {peak_rss_mib():.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
