"""Deterministic, signed Message-IDs, so a resent mail keeps its id and replies prove they are ours.

`<TS-2026-000001.routing.SY-r0.e7kq2m9xa.k3f9a...@branch.example>`: the case id (when the
mail is about a case), the kind of mail, a caller's key that tells two mails of one kind
apart, the database's epoch, and a truncated HMAC-SHA256 over those four. The same inputs
always give the same id (the outbox relies on that to never send one mail twice); a forged
or altered id fails `verify_message_id`. The key is encoded reversibly into
Message-ID-safe characters.

The epoch (`e` + 8 random characters, kept in the database's `service_state` and replaced
whenever the database is restored or found behind what it sent: `core/store/epoch.py`) is
why a restored database never sends a mail under an id that already went out: the case
counter and the outbox go back with an older copy, the epoch does not come back. Ids made
before epochs (three parts after the case) still parse and verify: old threads keep working.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

CASE_ID = re.compile(r"^TS-\d{4}-\d{6}$")
_KIND = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_SAFE_KEY_CHAR = re.compile(r"[A-Za-z0-9-]")
_SIGNATURE_HEX = 16
_SIGNATURE = re.compile(rf"^k[0-9a-f]{{{_SIGNATURE_HEX}}}$")
_DOMAIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
EPOCH = re.compile(r"^[a-z0-9]{8}$")
_EPOCH_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True)
class MessageIdParts:
    """What a verified Message-ID of ours says: the case (if any), the kind and the key."""

    case_id: str | None
    kind: str
    key: str
    domain: str
    epoch: str = ""  # "" for ids made before epochs


def case_tag(case_id: str) -> str:
    """The tag every subject about a case carries: `[TS-2026-000001]`."""
    return f"[{case_id}]"


def new_epoch() -> str:
    """A fresh random epoch: 8 letters or digits (36^8, about 2.8e12)."""
    return "".join(secrets.choice(_EPOCH_ALPHABET) for _ in range(8))


def make_message_id(*, case_id: str | None, kind: str, key: str, domain: str, secret: bytes,
                    epoch: str = "") -> str:
    """`<case.kind.key.eEPOCH.signature@domain>`; the same inputs always give the same id.
    Without an epoch the id has the older form `<case.kind.key.signature@domain>`."""
    if case_id is not None and not CASE_ID.match(case_id):
        raise ValueError(f"not a case id: {case_id!r}")
    if not _KIND.match(kind):
        raise ValueError(f"mail kind must be lower-case letters, digits, '_' or '-': {kind!r}")
    if not key:
        raise ValueError("a Message-ID key must not be empty")
    if not _DOMAIN.match(domain):
        raise ValueError(f"not a domain: {domain!r}")
    if epoch and not EPOCH.match(epoch):
        raise ValueError(f"not an epoch: {epoch!r}")
    tokens = (([case_id] if case_id else []) + [kind, _encode_key(key)] + ([f"e{epoch}"] if epoch else [])
              + [_sign(case_id, kind, key, secret, epoch)])
    return f"<{'.'.join(tokens)}@{domain}>"


def parse_message_id(message_id: str, secret: bytes | Sequence[bytes]) -> MessageIdParts | None:
    """The parts of one of our Message-IDs when its signature holds (under any of the keys), else None."""
    text = message_id.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    left, at, domain = text.rpartition("@")
    if not at or not left:
        return None
    tokens = left.split(".")
    case_id = tokens[0] if tokens and CASE_ID.match(tokens[0]) else None
    rest = tokens[1:] if case_id else tokens
    if len(rest) == 4 and rest[2][:1] == "e" and EPOCH.match(rest[2][1:]):
        kind, encoded_key, epoch, signature = rest[0], rest[1], rest[2][1:], rest[3]
    elif len(rest) == 3:
        (kind, encoded_key, signature), epoch = rest, ""
    else:
        return None
    key = _decode_key(encoded_key)
    if key is None or not _KIND.match(kind) or not _SIGNATURE.match(signature.lower()):
        return None
    keys = (secret,) if isinstance(secret, bytes) else tuple(secret)
    if not any(hmac.compare_digest(signature.lower(), _sign(case_id, kind, key, k, epoch)) for k in keys):
        return None
    return MessageIdParts(case_id=case_id, kind=kind, key=key, domain=domain, epoch=epoch)


def verify_message_id(message_id: str, secret: bytes | Sequence[bytes]) -> str | None:
    """The case id of one of our signed Message-IDs; None if forged, altered or about no case."""
    parts = parse_message_id(message_id, secret)
    return parts.case_id if parts is not None else None


def _sign(case_id: str | None, kind: str, key: str, secret: bytes, epoch: str = "") -> str:
    payload = "\x1f".join((case_id or "", kind, key, *((epoch,) if epoch else ()))).encode("utf-8")
    digest = hmac.new(secret, payload, hashlib.sha256).hexdigest()
    return "k" + digest[:_SIGNATURE_HEX]


def _encode_key(key: str) -> str:
    """Letters, digits and '-' stay; every other character becomes `_XX` per UTF-8 byte."""
    out = []
    for ch in key:
        if _SAFE_KEY_CHAR.match(ch):
            out.append(ch)
        else:
            out.extend(f"_{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def _decode_key(encoded: str) -> str | None:
    if not encoded or not re.fullmatch(r"(?:[A-Za-z0-9-]|_[0-9A-F]{2})+", encoded):
        return None
    raw = bytearray()
    i = 0
    while i < len(encoded):
        if encoded[i] == "_":
            raw.append(int(encoded[i + 1:i + 3], 16))
            i += 3
        else:
            raw.extend(encoded[i].encode("ascii"))
            i += 1
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
