"""What makes two mails the same mail, read from the raw header without parsing the body.

Pure and fast (it runs for every fetched mail): the header block is sliced off (the body is
never copied), unfolded, and only Message-ID, From and Subject are read. The same
Message-ID with the same content is the same mail whatever the trace fields (a second
delivery adds its own Received lines); a different mail reusing a Message-ID is another
mail. Without a Message-ID, the same bytes (sha256) are the same mail.
"""

from __future__ import annotations

import email.header
import email.utils
import hashlib
import re
from dataclasses import dataclass

from parsers.header_repair import repaired_header, without_controls

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
    """Message-ID, sender address and decoded subject: enough to store, deduplicate and list.

    Read from the header block as its sender wrote it (parsers.header_repair: a junk first
    line, an unindented continuation, a block a relay split), without control characters."""
    fields: dict[bytes, bytes] = {}
    repaired, _ = repaired_header(raw)
    for name, value in _FIELD.findall(header_block(raw) if repaired is None else repaired):
        fields.setdefault(name.lower(), _FOLD.sub(b"", value).strip())
    mid = without_controls(_text(fields.get(b"message-id"))).strip()[:990] or None
    sender = email.utils.parseaddr(without_controls(_text(fields.get(b"from"))))[1].lower()[:254] or None
    subject = without_controls(_decode(without_controls(_text(fields[b"subject"])))) if b"subject" in fields else None
    return RawHeaders(message_id=mid, sender=sender, subject=subject)


def _text(value: bytes | None) -> str:
    """Header bytes as text: RFC 2047 words stay encoded; raw 8-bit is taken as UTF-8."""
    return value.decode("utf-8", "replace") if value else ""


def _decode(value: str) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:  # noqa: BLE001 - a broken header still gets stored, just undecoded
        return value


def dedup_key(message_id: str | None, sha256: str, content: str | None = None) -> str:
    """Same Message-ID and same content → same mail; without a Message-ID, the same bytes.

    A *different* mail that reuses a Message-ID (a broken client, a re-sent template) has
    other content, so another key: it is stored and handled like any new mail."""
    if not message_id:
        return f"sha256:{sha256}"
    return f"mid:{message_id}" if content is None else f"mid:{message_id}#{content[:16]}"


_TRACE = re.compile(rb"^(received|return-path|delivered-to|x-original-to|x-received|arc-[\w-]+|"
                    rb"authentication-results|received-spf|x-spam[\w-]*|x-virus[\w-]*|x-complaints-\w+-at)\s*:",
                    re.IGNORECASE)


def content_digest(raw: bytes) -> str:
    """sha256 of the mail without the trace fields each delivery adds (Received, Return-Path,
    Delivered-To …): the same mail delivered twice has the same digest, another mail not."""
    head = header_block(raw)
    digest = hashlib.sha256()
    skipping = False
    for line in head.split(b"\n"):
        if line[:1] not in (b" ", b"\t"):
            skipping = bool(_TRACE.match(line))
        if not skipping:
            digest.update(line.rstrip(b"\r") + b"\n")
    digest.update(memoryview(raw)[len(head):])
    return digest.hexdigest()


def identify(raw: bytes) -> Identity:
    sha = hashlib.sha256(raw).hexdigest()
    headers = read_headers(raw)
    content = content_digest(raw) if headers.message_id else None
    return Identity(key=dedup_key(headers.message_id, sha, content), sha256=sha, headers=headers)
