"""The fresh process a lock starts gets no CASEKEEPER_* secret, and keeps the desktop's settings."""

import json
import sys
import time

from ui import hardening

SECRETS = {"CASEKEEPER_PASSPHRASE": "correct horse battery",
           "CASEKEEPER_PASSPHRASE_FILE": "/tmp/pp.txt",
           "CASEKEEPER_NEW_PASSPHRASE": "another long passphrase",
           "CASEKEEPER_RECOVERY_CODE": "ABCD-EFGH"}
SETTINGS = {"CASEKEEPER_LANG": "ar", "CASEKEEPER_IDLE_LOCK_SECONDS": "30",
            "CASEKEEPER_KDF_PROFILE": "fast", "CASEKEEPER_VAULT": "/media/v"}


def test_the_relaunched_process_holds_no_passphrase(tmp_path, monkeypatch):
    seen = tmp_path / "environ.json"
    # the real start, a real child: it writes down the environment it was given
    child = (f"import json, os; json.dump(dict(os.environ), open({str(seen)!r}, 'w'))")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "-c", child])
    for k, v in {**SECRETS, **SETTINGS}.items():
        monkeypatch.setenv(k, v)
    hardening.start_fresh_process()
    for _ in range(200):
        if seen.exists() and seen.read_text():
            break
        time.sleep(0.05)
    env = json.loads(seen.read_text())
    assert not set(SECRETS) & set(env), "a secret crossed over to the process left at the lock"
    assert {k: env.get(k) for k in SETTINGS} == SETTINGS
