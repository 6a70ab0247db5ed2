"""AES-256 PDF encryption (ISO 32000-2 standard security handler, revision 6) for reportlab.

reportlab 5.1 offers only RC4 (40/128 bit) or the deprecated revision 5, which needs the
unmaintained pure-Python pyaes, checks the password with a single SHA-256, and pads every string
twice. This handler plugs into reportlab's `encrypt=` hook and uses `cryptography` instead.
"""

from __future__ import annotations

import hashlib
import os
import stringprep
import struct
import unicodedata

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from reportlab.lib.pdfencrypt import StandardEncryption, hexText
from reportlab.pdfbase.pdfdoc import DummyDoc, PDFDictionary, PDFName, PDFObject

from app.domain.errors import ValidationError

# Printing, copying, annotating allowed: the password protects who can read, not what they do.
_PERMISSIONS = -4  # all bits 3..32 set (ISO 32000-2, table 22)


def _aes_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def _hash_2b(password: bytes, salt: bytes, udata: bytes) -> bytes:
    """Algorithm 2.B: the iterated hash that makes each password guess expensive."""
    k = hashlib.sha256(password + salt + udata).digest()
    i = 0
    while True:
        k1 = (password + k + udata) * 64
        e = _aes_cbc(k[:16], k[16:32], k1)  # AES-128, no padding: k1 is a multiple of 16
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[sum(e[:16]) % 3](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            return k[:32]


_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c21, stringprep.in_table_c22,
               stringprep.in_table_c3, stringprep.in_table_c4, stringprep.in_table_c5,
               stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
               stringprep.in_table_c9)


# Why saslprep refused a password (PasswordRefused.reason), for a front end to say it in its
# own language.
PROHIBITED_CHARACTER = "prohibited_character"
MIXED_SCRIPTS = "mixed_scripts"
TOO_SHORT = "too_short"
# A password of one letter protected a family's dossier: whoever got the file (a checkpoint, an
# intermediary) guesses a few characters in moments, AES-256 or not.
MIN_PASSWORD_CHARS = 8


class PasswordRefused(ValidationError):
    """A PDF password refused; reason: PROHIBITED_CHARACTER or MIXED_SCRIPTS (readers would
    refuse it) or TOO_SHORT (it would protect nothing)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def saslprep(password: str) -> str:
    """RFC 4013 SASLprep, which revision 6 requires: readers apply it before hashing, so a
    password it rejects could never be typed back in. Refuse those instead of writing them."""
    mapped = "".join(" " if stringprep.in_table_c12(ch) else ch for ch in password
                     if not stringprep.in_table_b1(ch))
    s = unicodedata.normalize("NFKC", mapped)
    if any(check(ch) for ch in s for check in _PROHIBITED):
        raise PasswordRefused("the PDF password holds a control or private character that PDF "
                              "readers refuse", PROHIBITED_CHARACTER)
    if any(stringprep.in_table_d1(ch) for ch in s) and (
            any(stringprep.in_table_d2(ch) for ch in s)
            or not (stringprep.in_table_d1(s[0]) and stringprep.in_table_d1(s[-1]))):
        raise PasswordRefused("the PDF password mixes Arabic-script and Latin letters, or does "
                              "not begin and end with an Arabic-script letter; PDF readers "
                              "refuse such passwords", MIXED_SCRIPTS)
    return s


def check_length(password: str) -> None:
    """Refuse a password shorter than MIN_PASSWORD_CHARS, counted as readers take it (saslprep's
    own refusals come first; an empty one is refused by its callers, saying so)."""
    chars = len(saslprep(password))
    if 0 < chars < MIN_PASSWORD_CHARS:
        raise PasswordRefused(
            f"the PDF password is {chars} character{'' if chars == 1 else 's'} long: it must "
            f"be at least {MIN_PASSWORD_CHARS}, or whoever gets the file guesses it in moments "
            "(a few words the reader is told apart from the file are easy to type)", TOO_SHORT)


def _prepare_password(password: str) -> bytes:
    return saslprep(password).encode("utf-8")[:127]  # the standard's 127-byte limit


class Aes256Encryption(StandardEncryption):
    """A user password opens the document; the owner password is random and thrown away."""

    def __init__(self, user_password: str) -> None:
        if not user_password:
            raise ValueError("an empty password would not protect the PDF")
        super().__init__(user_password, canPrint=1, canModify=1, canCopy=1, canAnnotate=1,
                         strength=128)
        self.revision = 6
        self._user = _prepare_password(user_password)
        if not self._user:  # only characters readers drop (a soft hyphen, a zero-width space)
            raise ValidationError("the PDF password is empty once the characters PDF readers "
                                  "leave out are taken away")
        check_length(user_password)
        self._owner = os.urandom(32).hex().encode()

    def prepare(self, document, overrideID=None) -> None:
        if self.prepared:
            raise ValueError("encryption already prepared")
        document.ID()  # the trailer needs an /ID even though revision 6 does not hash it
        self.key = os.urandom(32)
        zero_iv = b"\x00" * 16
        uvs, uks, ovs, oks = (os.urandom(8) for _ in range(4))
        self.U = _hash_2b(self._user, uvs, b"") + uvs + uks
        self.UE = _aes_cbc(_hash_2b(self._user, uks, b""), zero_iv, self.key)
        self.O = _hash_2b(self._owner, ovs, self.U) + ovs + oks
        self.OE = _aes_cbc(_hash_2b(self._owner, oks, self.U), zero_iv, self.key)
        self.P = _PERMISSIONS
        perms = struct.pack("<i", self.P) + b"\xff\xff\xff\xff" + b"Tadb" + os.urandom(4)
        ecb = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()  # noqa: S305 (spec)
        self.Perms = ecb.update(perms) + ecb.finalize()
        self.objnum = self.version = None
        self.prepared = 1

    def encode(self, t):
        """Each string and stream: a fresh random IV, then AES-256-CBC with PKCS#7 padding."""
        if not self.prepared:
            raise ValueError("encryption not prepared")
        data = t.encode("latin-1") if isinstance(t, str) else bytes(t)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        iv = os.urandom(16)
        return iv + _aes_cbc(self.key, iv, padded)

    def info(self):
        if not self.prepared:
            raise ValueError("encryption not prepared")
        return _Revision6Dictionary(self)


class _Revision6Dictionary(PDFObject):
    __RefOnly__ = 1

    def __init__(self, enc: Aes256Encryption) -> None:
        self.enc = enc

    def format(self, document):
        e = self.enc
        crypt_filter = PDFDictionary({"CFM": PDFName("AESV3"), "AuthEvent": PDFName("DocOpen"),
                                      "Length": 32})
        entries = {
            "Filter": PDFName("Standard"), "V": 5, "R": 6, "Length": 256,
            "CF": PDFDictionary({"StdCF": crypt_filter}),
            "StmF": PDFName("StdCF"), "StrF": PDFName("StdCF"),
            "O": hexText(e.O), "U": hexText(e.U), "OE": hexText(e.OE), "UE": hexText(e.UE),
            "P": e.P, "Perms": hexText(e.Perms),
        }
        # a dummy document so that the dictionary itself is not encrypted
        return PDFDictionary(entries).format(DummyDoc())
