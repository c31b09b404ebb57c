"""The data key: complainants' personal data and the raw mails are sealed in the database.

第六条 asks that the complainant's data be kept confidential; a copied database file, a
backup on a shared drive or a PostgreSQL dump must not show names, phones, ID or account
numbers, addresses or the mails themselves. Those columns hold AES-256-GCM ciphertext
(`core/store/sealed.py` seals and opens them on the way in and out), so reading them
needs this key as well as the database.

The data key is not the signing key (core/keys.py): a key that leaks with a mail log
must not open the database, and rotating the signing key must not orphan stored data.
It lives in a 0600 file made by `complaints init` (one line of hex, comments allowed) or
in an environment variable; lose it and the sealed columns are unreadable, so it is backed
up with the database (README "Backups").

From the one secret two keys are derived (HKDF-SHA256): one for AES-GCM, one for HMAC
lookup keys (a phone's keyed hash, searchable with equality while the phone stays sealed).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from core.errors import ConfigError, DataKeyWrong
from core.keys import read_private_file

MIN_DATA_KEY_BYTES = 32
NEW_DATA_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16        # AES-GCM's authentication tag, after the ciphertext
VERSION = b"\x01"   # the first byte of every sealed value: the format, should it ever change


class Sealer:
    """Seals and opens values with the data key; `lookup` is a value's keyed hash."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < MIN_DATA_KEY_BYTES:
            raise ConfigError(f"the data key is {len(secret)} bytes; at least {MIN_DATA_KEY_BYTES} are needed")
        self._aead = AESGCM(_derive(secret, b"complaints data at rest: aes-256-gcm"))
        self._lookup_key = _derive(secret, b"complaints data at rest: lookup hmac")

    def seal(self, plain: bytes) -> bytearray:
        """VERSION + nonce + ciphertext and tag, written into one buffer: a raw mail of
        several MB is held once more as ciphertext, not twice (ingest's memory bound)."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        head = len(VERSION) + NONCE_BYTES
        sealed = bytearray(head + len(plain) + TAG_BYTES)
        sealed[:head] = VERSION + nonce
        self._aead.encrypt_into(nonce, plain, None, memoryview(sealed)[head:])
        return sealed

    def open(self, sealed: bytes) -> bytes:
        """The plain bytes; DataKeyWrong when the key is not the one that sealed them."""
        if sealed[:1] != VERSION:
            raise DataKeyWrong("a sealed value has an unknown format (was the column ever sealed?)")
        nonce, body = sealed[1:1 + NONCE_BYTES], sealed[1 + NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, body, None)
        except InvalidTag:
            raise DataKeyWrong("a sealed value does not open with this data key "
                               "(the key file is not the one this database was written with)") from None

    def seal_text(self, plain: str) -> str:
        return base64.b64encode(self.seal(plain.encode("utf-8"))).decode("ascii")

    def open_text(self, sealed: str) -> str:
        return self.open(base64.b64decode(sealed)).decode("utf-8")

    def lookup(self, value: str) -> str:
        """The keyed hash a sealed value is found by (equal inputs, equal hashes; no key, no guessing)."""
        return hmac.new(self._lookup_key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def phone_lookup(sealer: Sealer, phone: str | None) -> str | None:
    """A phone's lookup hash over its digits alone: 0598-8336677 and 05988336677 are one phone."""
    digits = re.sub(r"\D", "", phone or "")
    return sealer.lookup(digits) if digits else None


def _derive(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def read_data_key_file(path: Path) -> Sealer:
    """The sealer of the key in `path`; a missing, unreadable, world-readable or short key is a ConfigError."""
    text = read_private_file(path, "data key", "key new-data")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) != 1:
        raise ConfigError(f"{path}: the data key file must hold exactly one line of hex digits")
    try:
        secret = bytes.fromhex(lines[0])
    except ValueError:
        raise ConfigError(f"{path}: the data key is not hex digits") from None
    return _checked(secret, str(path))


def env_data_key(name: str, value: str) -> Sealer:
    """A data key given in the environment: its text is the secret (at least 32 bytes)."""
    return _checked(value.encode("utf-8"), f"${name}")


def _checked(secret: bytes, where: str) -> Sealer:
    if len(secret) < MIN_DATA_KEY_BYTES:
        raise ConfigError(f"{where}: the data key is {len(secret)} bytes; at least {MIN_DATA_KEY_BYTES} are needed "
                          "(make one with `complaints key new-data FILE`)")
    return Sealer(secret)


def write_new_data_key_file(path: Path) -> Path:
    """A fresh random data key in a new 0600 file (never overwrites: a lost key loses the data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(_HEADER + secrets.token_hex(NEW_DATA_KEY_BYTES) + "\n")
    return path


_HEADER = ("# complaints data key: opens the customers' data and mails in the database.\n"
           "# Keep this file mode 0600 and back it up WITH the database: without it the data is lost.\n")
