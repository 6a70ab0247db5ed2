"""Passphrases and recovery codes: what opens a vault, what does not, and what a change does."""

from __future__ import annotations

import os
import unicodedata

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.domain.errors import ValidationError, WrongSecret
from app.vault import SLOT_FILE, change_passphrase, create_vault, new_recovery_code, open_vault
from db.keyslots import FILE_SIZE, KdfParams, SlotFile, slot_params
from tests.conftest import PASSPHRASE


def snapshot(folder):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_right_passphrase_opens_and_wrong_one_changes_no_byte(made_vault):
    folder, _ = made_vault
    before = snapshot(folder)
    for wrong in ("wrong passphrase", "", " " + PASSPHRASE, PASSPHRASE.upper()):
        with pytest.raises(WrongSecret) as e:
            open_vault(folder, wrong)
        assert str(e.value) == "the passphrase or recovery code is not correct"
    assert snapshot(folder) == before
    open_vault(folder, PASSPHRASE).close()


def test_composed_and_decomposed_passphrase_are_the_same_secret(vault_dir):
    composed = "Xelîl şev çû 2014"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    s, _ = create_vault(vault_dir, decomposed, kdf=KdfParams.fast())
    s.close()
    open_vault(vault_dir, composed).close()


def test_empty_or_short_passphrase_refused_at_creation(vault_dir):
    for weak in ("", "short", "       "):
        with pytest.raises(ValidationError):
            create_vault(vault_dir, weak, kdf=KdfParams.fast())
    assert not vault_dir.exists() or not any(vault_dir.iterdir())


def test_recovery_code_opens_even_typed_loosely(made_vault):
    folder, code = made_vault
    open_vault(folder, recovery_code=code).close()
    open_vault(folder, recovery_code=code.lower().replace("-", " ")).close()
    with pytest.raises(WrongSecret):
        open_vault(folder, recovery_code=code[:-1] + ("A" if code[-1] != "A" else "B"))
    with pytest.raises(WrongSecret):  # the passphrase is not a recovery code
        open_vault(folder, recovery_code=PASSPHRASE)


def test_passphrase_change_old_stops_new_works_data_equal(made_vault):
    folder, code = made_vault
    s = open_vault(folder, PASSPHRASE)
    from app.domain.person import NamePart, NameText, Person
    s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")}))
    change_passphrase(s, "a new long passphrase", KdfParams.fast())
    s.close()
    with pytest.raises(WrongSecret):
        open_vault(folder, PASSPHRASE)
    s = open_vault(folder, "a new long passphrase")
    assert s.persons.get("SNJ-00001").names[NamePart.GIVEN].original == "نادية"
    s.close()
    open_vault(folder, recovery_code=code).close()  # the recovery slot is untouched


def test_forgotten_passphrase_reset_with_recovery_code(made_vault):
    folder, code = made_vault
    s = open_vault(folder, recovery_code=code)
    change_passphrase(s, "the reset passphrase", KdfParams.fast())
    new_code = new_recovery_code(s, KdfParams.fast())
    s.close()
    open_vault(folder, "the reset passphrase").close()
    open_vault(folder, recovery_code=new_code).close()
    with pytest.raises(WrongSecret):
        open_vault(folder, recovery_code=code)


def test_slot_file_has_fixed_size_and_random_unused_slots(made_vault):
    folder, _ = made_vault
    raw = (folder / SLOT_FILE).read_bytes()
    assert len(raw) == FILE_SIZE
    slots = SlotFile(folder / SLOT_FILE).read()
    kinds = [slot_params(s) for s in slots]
    assert [k[0] for k in kinds if k] == [b"PASS", b"RCVR"]
    unused = [s for s, k in zip(slots, kinds, strict=True) if k is None]
    assert len(unused) == 2 and unused[0] != unused[1]
    assert all(len(set(s)) > 100 for s in unused)  # random bytes, not a fill pattern


def test_changed_kdf_parameter_in_slot_fails_closed(made_vault):
    folder, _ = made_vault
    path = folder / SLOT_FILE
    raw = bytearray(path.read_bytes())
    raw[8 + 4] ^= 0x01  # memory cost of the passphrase slot
    path.write_bytes(bytes(raw))
    with pytest.raises(WrongSecret):
        open_vault(folder, PASSPHRASE)


def test_production_kdf_is_memory_hard():
    p = KdfParams.production()
    assert p.memory_kib >= 256 * 1024 and p.iterations >= 3


def test_argon2id_known_answer_rfc9106():
    """RFC 9106 section 5.3 test vector: the library really computes Argon2id."""
    kdf = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=b"\x04" * 12, secret=b"\x03" * 8)
    assert kdf.derive(b"\x01" * 32).hex() == (
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


def test_recovery_codes_are_distinct_and_long():
    from app.vault import generate_recovery_code
    codes = {generate_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c.replace("-", "")) == 32 for c in codes)
    assert os.urandom  # entropy from the OS, 160 bits per code
