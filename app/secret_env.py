"""Which CASEKEEPER_* variables a process CaseKeeper starts itself may be given: none secret."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Settings, never secrets: the desktop started afresh at a lock reads these (ui/settings.py,
# ui/access_ops.py, app/vault.py). Any other CASEKEEPER_* (a passphrase, a recovery code, the
# file holding one, and whatever is added later) is dropped: a name not listed here is secret.
DESKTOP_SETTINGS = frozenset({"CASEKEEPER_LANG", "CASEKEEPER_IDLE_LOCK_SECONDS",
                              "CASEKEEPER_KDF_PROFILE", "CASEKEEPER_VAULT"})


def without_secrets(environ: Mapping[str, str], keep: Iterable[str] = ()) -> dict[str, str]:
    """environ without its CASEKEEPER_* variables, but for those named in keep."""
    kept = frozenset(keep)
    return {k: v for k, v in environ.items() if not k.startswith("CASEKEEPER_") or k in kept}
