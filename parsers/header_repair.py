"""Header blocks as broken mailers write them, put right before the MIME parser reads them.

Some gateways and scanners send a junk first line ("Received-from garbage", a status line)
before the headers, or wrap a long Subject onto a next line without the leading space RFC
5322 asks for; the parser then takes the rest of the headers for body text and From,
Subject and Date are lost. Sent over SMTP, such a mail is split by the relay itself:
Postfix ends the header block at the unindented line, adds its own Date and Message-Id and
a blank line, and the rest of the sender's headers (Date, Message-ID, the MIME fields)
open the body; that rest is joined back. Stored header values lose NUL and other control
characters, which no person typed and which break logs and databases. Pure, one pass over
the header block and at most BODY_LOOK bytes of the body.
"""

from __future__ import annotations

import re

_HEADER = re.compile(rb"^[!-9;-~]{1,76}:")  # a field name: printable ASCII without a colon
_CONTINUATION = (b" ", b"\t")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
MAX_JUNK_LINES = 3
MAX_LOST_LINES = 3   # unindented lines a split header block may leave at the body's start
BODY_LOOK = 16 * 1024  # bytes of the body searched for the rest of a split header block
# Fields a relay adds to a header block that lacks them (Postfix: Date, Message-Id), and the
# ones a delivery puts on top: never the field an unindented line continues.
_ADDED = {b"date", b"message-id", b"received", b"return-path", b"delivered-to", b"x-original-to"}
# Fields a mail has once (RFC 5322 §3.6, RFC 2045): the sender's copy in the rest of a split
# block wins over the one the relay added.
_ONCE = {b"date", b"from", b"sender", b"reply-to", b"to", b"cc", b"bcc", b"message-id", b"in-reply-to",
         b"references", b"subject", b"mime-version", b"content-type", b"content-transfer-encoding"}
# The rest of a split block is recognised by these (a forward pasted into a body has none).
_MIME = {b"mime-version", b"content-type", b"content-transfer-encoding"}


def repair_header_block(raw: bytes) -> bytes:
    """The message with its header block readable: leading junk lines dropped (an mbox
    "From " line too), unindented continuation lines folded onto the field before them, the
    rest of a block a relay split off joined back. Anything else is returned unchanged."""
    head, body_at = repaired_header(raw)
    return raw if head is None else head + raw[body_at:]


def repaired_header(raw: bytes) -> tuple[bytes | None, int]:
    """The header block as its sender wrote it (None: nothing to repair) and where in `raw`
    the body's separating blank line starts; the body itself is never copied."""
    end = _block_end(raw)
    lines = raw[:end].split(b"\n")
    first = next((i for i, line in enumerate(lines[:MAX_JUNK_LINES + 1]) if _HEADER.match(line)), None)
    if first is None:
        return None, end
    fixed: list[bytes] = []
    changed = first > 0
    for line in lines[first:]:
        bare = line.rstrip(b"\r")
        if not bare or _HEADER.match(bare) or bare.startswith(_CONTINUATION) or not fixed:
            fixed.append(line)
        else:
            fixed.append(b" " + line)  # a continuation its mailer forgot to indent
            changed = True
    lost = _lost_rest(raw, end, fixed)
    if lost is not None:
        lost_lines, rest, end = lost
        fixed = _joined(fixed, lost_lines, rest)
        changed = True
    return (b"\n".join(fixed) if changed else None), end


def _lost_rest(raw: bytes, end: int, head: list[bytes]) -> tuple[list[bytes], list[bytes], int] | None:
    """The rest of a header block a relay split off at an unindented line: that line (and up
    to MAX_LOST_LINES - 1 more), then header fields holding MIME ones, then a blank line. Only
    when the block itself has no MIME field; returns (lost lines, fields, new block end)."""
    if any(field_name(line) in _MIME for line in head):
        return None
    separator = _BLANK_LINE.match(raw, end)
    if separator is None:
        return None
    window = raw[separator.end():separator.end() + BODY_LOOK]
    stop = _BLANK_LINE.search(window)
    if stop is None:
        return None
    lines = window[:stop.start()].split(b"\n")
    count = 0
    while count < min(MAX_LOST_LINES, len(lines)) and field_name(lines[count]) is None \
            and not lines[count].startswith(_CONTINUATION):
        count += 1
    lost, rest = lines[:count], lines[count:]
    if not lost or not rest or any(field_name(line) is None and not line.startswith(_CONTINUATION) for line in rest):
        return None
    if not {field_name(line) for line in rest} & _MIME:
        return None
    return lost, rest, separator.end() + stop.start()


def _joined(head: list[bytes], lost: list[bytes], rest: list[bytes]) -> list[bytes]:
    """The block with the relay's copies of the sender's fields left out, the lost lines
    folded onto the sender's last field and the rest of the sender's fields after it."""
    restated = {field_name(line) for line in rest} & _ONCE
    fields: list[list[bytes]] = []
    for line in head:
        if line.startswith(_CONTINUATION) and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    fields = [field for field in fields if field_name(field[0]) not in restated]
    own = [i for i, field in enumerate(fields) if field_name(field[0]) not in _ADDED]
    at = own[-1] if own else len(fields) - 1
    if at >= 0:
        fields[at] = fields[at] + [b" " + line.lstrip() for line in lost]
    return [line for field in fields for line in field] + rest


def field_name(line: bytes) -> bytes | None:
    """The line's field name, lower-cased, if it starts a header field (also for attached mails)."""
    found = _HEADER.match(line)
    return found.group()[:-1].lower() if found else None


def _block_end(raw: bytes) -> int:
    """Where the header block ends: at its blank line (kept in the rest), else the whole mail."""
    found = _BLANK_LINE.search(raw)
    return found.start() if found else len(raw)


def without_controls(text: str) -> str:
    """A header value without NUL and other control characters (tabs and newlines become spaces)."""
    return _CONTROLS.sub("", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
