"""Holds a vault open in a process of its own, as another window or command would, until killed.

python tests/vault_holder.py VAULT PASSPHRASE open    an open session (the lock shared)
python tests/vault_holder.py VAULT PASSPHRASE alone   that session alone with the vault (the
                                                      lock exclusive), as a new key under way is
It prints "open" or "alone" once it holds the vault, then waits until its standard input closes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.vault import open_vault  # noqa: E402


def main() -> None:
    folder, passphrase, how = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    session = open_vault(folder, passphrase)
    if how == "alone":
        with session.lock.alone():
            print("alone", flush=True)
            sys.stdin.read()
    else:
        print("open", flush=True)
        sys.stdin.read()
    session.close()


if __name__ == "__main__":
    main()
