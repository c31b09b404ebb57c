"""The service's signing key: made by `complaints init`, never a public default, rotated with overlap.

It signs our Message-IDs and the reply tokens that prove who is answering (outbox/reply_tokens.py),
so anyone who holds it can act as any staff member: it lives in a file only the service's
user may read (0600), or in an environment variable. The file holds one key a line, newest
first, each with the time it was made:

    2026-12-04T23:00:00+00:00 9f3c…(64 hex digits)

`complaints key rotate` puts a new key on top. Mail is signed with the newest key; an older
key still verifies replies for `previous_key_days` after the key that replaced it was made
(people answer mail they received before the rotation), then it is dead weight.
"""

from __future__ import annotations

import functools
import os
import secrets
import stat
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from core.errors import ConfigError

MIN_KEY_BYTES = 32
NEW_KEY_BYTES = 32
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Key:
    created: datetime
    secret: bytes


@dataclass(frozen=True)
class Keyring:
    """Newest key first; `previous_days` is how long a replaced key keeps verifying."""

    keys: tuple[Key, ...]
    previous_days: int

    @property
    def current(self) -> bytes:
        return self.keys[0].secret

    def valid_at(self, now: datetime) -> tuple[bytes, ...]:
        """The keys that verify a reply at `now`: the newest, and each older one until
        `previous_days` after its successor was made."""
        out = [self.keys[0].secret]
        for older, successor in zip(self.keys[1:], self.keys):
            if now < successor.created + timedelta(days=self.previous_days):
                out.append(older.secret)
        return tuple(out)

    def every(self) -> tuple[bytes, ...]:
        """Every key ever listed: enough to recognise our own mail coming back."""
        return tuple(k.secret for k in self.keys)


def checked_secret(value: bytes, where: str) -> bytes:
    if len(value) < MIN_KEY_BYTES:
        raise ConfigError(f"{where}: the key is {len(value)} bytes; at least {MIN_KEY_BYTES} are needed "
                          "(make one with `complaints key new FILE`)")
    return value


def read_private_file(path: Path, what: str, new_command: str) -> str:
    """The text of a secret file (the signing key, the data key): a missing, unreadable or
    group/world-readable file is a ConfigError naming the file and the command that fixes it."""
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} file not found (make one with `complaints {new_command} {path}`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the {what} file ({exc})") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"{path}: the {what} file may be read by others (mode {stat.S_IMODE(mode):04o}); "
                          f"run `chmod 600 {path}`")
    return text


def read_key_file(path: Path, previous_days: int) -> Keyring:
    """The keyring in `path`; a missing, unreadable, world-readable or short key is a ConfigError."""
    text = read_private_file(path, "key", "key new")
    keys = tuple(_parse_line(path, n, line) for n, line in enumerate(text.splitlines(), 1)
                 if line.strip() and not line.lstrip().startswith("#"))
    if not keys:
        raise ConfigError(f"{path}: the key file holds no key")
    return Keyring(keys=keys, previous_days=previous_days)


def _parse_line(path: Path, number: int, line: str) -> Key:
    try:
        created_text, hex_key = line.split()
        created = datetime.fromisoformat(created_text)
        secret = bytes.fromhex(hex_key)
    except ValueError:
        raise ConfigError(f"{path}: line {number} is not 'ISO-TIME HEX-KEY'") from None
    if created.tzinfo is None:
        created = created.replace(tzinfo=timezone.utc)
    return Key(created=created, secret=checked_secret(secret, f"{path}: line {number}"))


KEY_RECHECK_SECONDS = 1.0
"""How long a key file's keyring is used before the file's mtime is looked at again."""


class KeyFileWatch:
    """A key file's keyring for one settings object: read once per version of the file, whose
    mtime is looked at again only `KEY_RECHECK_SECONDS` after the last look — a routed case
    asks for the keyring five times, and each ask was a stat. `complaints key rotate` under a
    running `serve` is in force within that time: the next look sees the new mtime and reads
    the file again."""

    def __init__(self):
        self._known: dict[Hashable, tuple[float, Keyring]] = {}

    def keyring(self, where: Hashable, path: Callable[[], Path], previous_days: int) -> Keyring:
        """`where` names the file as configured (it and `previous_days` key the cache); `path`
        finds it."""
        now = time.monotonic()
        known = self._known.get((where, previous_days))
        if known is not None and now - known[0] < KEY_RECHECK_SECONDS:
            return known[1]
        found = path()
        keyring = _key_file_version(found, _mtime(found), previous_days)
        self._known[(where, previous_days)] = (now, keyring)
        return keyring


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


@functools.lru_cache(maxsize=8)
def _key_file_version(path: Path, mtime: int, previous_days: int) -> Keyring:
    """Read once per file version (the mtime is part of the cache key: a rotation is seen)."""
    return read_key_file(path, previous_days)


def env_keyring(name: str, value: str) -> Keyring:
    """A key given in the environment: one key, no rotation history."""
    return Keyring(keys=(Key(_EPOCH, checked_secret(value.encode("utf-8"), f"${name}")),), previous_days=0)


def write_new_key_file(path: Path, now: datetime) -> Path:
    """A fresh random key in a new 0600 file (never overwrites: a lost key orphans every thread)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(_HEADER + _line(now))
    return path


def rotate_key_file(path: Path, now: datetime) -> Path:
    """Put a new key on top of the file; the older keys stay (see `Keyring.valid_at`)."""
    old = path.read_text(encoding="ascii")
    body = "".join(ln + "\n" for ln in old.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(_HEADER + _line(now) + body)
    os.replace(tmp, path)
    return path


_HEADER = ("# complaints signing keys, newest first: keep this file mode 0600 and in the backup.\n"
           "# Losing it makes every reply to mail sent before unverifiable.\n")


def _line(now: datetime) -> str:
    return f"{now.astimezone(timezone.utc).isoformat(timespec='seconds')} {secrets.token_hex(NEW_KEY_BYTES)}\n"
