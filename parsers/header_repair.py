"""Header blocks as broken mailers write them, put right before the MIME parser reads them.

Some gateways and scanners send a junk first line ("Received-from garbage", a status line)
before the headers, or wrap a long Subject onto a next line without the leading space RFC
5322 asks for; the parser then takes the rest of the headers for body text and From,
Subject and Date are lost. Stored header values lose NUL and other control characters, which
no person typed and which break logs and databases. Pure, one pass over the header block.
"""

from __future__ import annotations

import re

_HEADER = re.compile(rb"^[!-9;-~]{1,76}:")  # a field name: printable ASCII without a colon
_CONTINUATION = (b" ", b"\t")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_JUNK_LINES = 3


def repair_header_block(raw: bytes) -> bytes:
    """The message with its header block readable: leading junk lines dropped (an mbox
    "From " line too), unindented continuation lines folded onto the field before them.
    Anything that does not look like a broken header block is returned unchanged."""
    end = _block_end(raw)
    head = raw[:end]
    lines = head.split(b"\n")
    first = next((i for i, line in enumerate(lines[:MAX_JUNK_LINES + 1]) if _HEADER.match(line)), None)
    if first is None:
        return raw
    fixed: list[bytes] = []
    changed = first > 0
    for line in lines[first:]:
        bare = line.rstrip(b"\r")
        if not bare or _HEADER.match(bare) or bare.startswith(_CONTINUATION) or not fixed:
            fixed.append(line)
        else:
            fixed.append(b" " + line)  # a continuation its mailer forgot to indent
            changed = True
    return b"\n".join(fixed) + raw[end:] if changed else raw


def _block_end(raw: bytes) -> int:
    """Where the header block ends: at its blank line (kept in the rest), else the whole mail."""
    found = re.search(rb"\r?\n\r?\n", raw)
    return found.start() if found else len(raw)


def without_controls(text: str) -> str:
    """A header value without NUL and other control characters (tabs and newlines become spaces)."""
    return _CONTROLS.sub("", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
