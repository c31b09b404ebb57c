"""What makes two mails the same mail, read from the raw header without parsing the body.

Pure and fast (it runs for every fetched mail): the header block is sliced off (the body is
never copied), unfolded, and only Message-ID, From and Subject are read. The same
Message-ID is the same mail whatever the bytes (a second delivery adds its own Received
lines); without one, the same bytes (sha256) are the same mail.
"""

from __future__ import annotations

import email.header
import email.utils
import hashlib
import re
from dataclasses import dataclass

_FIELD = re.compile(rb"^(message-id|from|subject)[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_FOLD = re.compile(rb"\r?\n(?=[ \t])")


@dataclass(frozen=True)
class RawHeaders:
    message_id: str | None
    sender: str | None
    subject: str | None


@dataclass(frozen=True)
class Identity:
    key: str
    sha256: str
    headers: RawHeaders


def header_block(raw: bytes) -> bytes:
    """The header part only (a slice of the header, never a copy of the body)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(sep)
        if end >= 0:
            return raw[:end]
    return raw[:65536]


def read_headers(raw: bytes) -> RawHeaders:
    """Message-ID, sender address and decoded subject: enough to store, deduplicate and list."""
    fields: dict[bytes, bytes] = {}
    for name, value in _FIELD.findall(header_block(raw)):
        fields.setdefault(name.lower(), _FOLD.sub(b"", value).strip())
    mid = _text(fields.get(b"message-id")).strip()[:990] or None
    sender = email.utils.parseaddr(_text(fields.get(b"from")))[1].lower()[:254] or None
    subject = _decode(_text(fields[b"subject"])) if b"subject" in fields else None
    return RawHeaders(message_id=mid, sender=sender, subject=subject)


def _text(value: bytes | None) -> str:
    """Header bytes as text: RFC 2047 words stay encoded; raw 8-bit is taken as UTF-8."""
    return value.decode("utf-8", "replace") if value else ""


def _decode(value: str) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:  # noqa: BLE001 - a broken header still gets stored, just undecoded
        return value


def dedup_key(message_id: str | None, sha256: str) -> str:
    """Same Message-ID → same mail; without one, the same bytes are the same mail."""
    return f"mid:{message_id}" if message_id else f"sha256:{sha256}"


def identify(raw: bytes) -> Identity:
    sha = hashlib.sha256(raw).hexdigest()
    headers = read_headers(raw)
    return Identity(key=dedup_key(headers.message_id, sha), sha256=sha, headers=headers)
