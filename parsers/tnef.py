"""Outlook's winmail.dat (TNEF, MS-OXTNEF): the files inside it, so that a form sent from an
Outlook in Rich Text mode is read like any other attachment.

Outlook wraps every attachment of a Rich Text message into one application/ms-tnef part
named winmail.dat; other mail clients show the recipient only that file. Only the
attachments are taken out (their bytes and their long names); the RTF body is left, the
mail's own text part says the same.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SIGNATURE = 0x223E9F78
LEVEL_ATTACHMENT = 0x02
ATT_ATTACH_REND_DATA = 0x9002      # starts an attachment
ATT_ATTACH_TITLE = 0x8010          # its short (8.3) name, in the OEM code page
ATT_ATTACH_DATA = 0x800F           # its bytes
ATT_ATTACHMENT = 0x9005            # its MAPI properties (the long name among them)
ATT_OEM_CODEPAGE = 0x9007
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_FILENAME = 0x3704
PT_STRING8, PT_UNICODE, PT_BINARY = 0x001E, 0x001F, 0x0102
MAX_FILES = 50


class TnefError(ValueError):
    """The stream is not TNEF or is cut short."""


@dataclass(frozen=True)
class TnefFile:
    name: str
    data: bytes


@dataclass
class _Building:
    title: str = ""
    long_name: str = ""
    data: bytes = b""

    def done(self) -> TnefFile | None:
        name = self.long_name or self.title
        return TnefFile(name, self.data) if name and self.data else None


def is_tnef(data: bytes) -> bool:
    return len(data) >= 6 and struct.unpack_from("<I", data)[0] == SIGNATURE


def tnef_files(data: bytes) -> list[TnefFile]:
    """The attachments carried in a TNEF stream, in order; raises TnefError if it is not one."""
    if not is_tnef(data):
        raise TnefError("不是 TNEF（winmail.dat）数据")
    files: list[TnefFile] = []
    codepage, current, at = "cp936", None, 6
    while at + 9 <= len(data):
        level, attr, length = struct.unpack_from("<BII", data, at)
        body = data[at + 9:at + 9 + length]
        if len(body) < length:
            raise TnefError("winmail.dat 数据不完整")
        at += 9 + length + 2
        attr_id = attr & 0xFFFF
        if attr_id == ATT_OEM_CODEPAGE and length >= 4:
            codepage = f"cp{struct.unpack_from('<I', body)[0]}"
        if level != LEVEL_ATTACHMENT:
            continue
        if attr_id == ATT_ATTACH_REND_DATA:
            if current is not None and (done := current.done()):
                files.append(done)
            current = _Building()
        elif current is None:
            continue
        elif attr_id == ATT_ATTACH_TITLE:
            current.title = _text(body.split(b"\0", 1)[0], codepage)
        elif attr_id == ATT_ATTACH_DATA:
            current.data = body
        elif attr_id == ATT_ATTACHMENT:
            current.long_name = _long_name(body, codepage) or current.long_name
        if len(files) >= MAX_FILES:
            break
    if current is not None and (done := current.done()):
        files.append(done)
    return files


def _text(raw: bytes, codepage: str) -> str:
    try:
        return raw.decode(codepage)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp936", "replace")


def _long_name(props: bytes, codepage: str) -> str:
    """PR_ATTACH_LONG_FILENAME (or PR_ATTACH_FILENAME) from an attAttachment property list."""
    try:
        found = {}
        (count,), at = struct.unpack_from("<I", props), 4
        for _ in range(min(count, 500)):
            ptype, pid = struct.unpack_from("<HH", props, at)
            at += 4
            if pid >= 0x8000:  # a named property: its GUID and name or id come first
                at += 16
                kind, = struct.unpack_from("<I", props, at)
                at += 4
                if kind == 0:
                    at += 4
                else:
                    size, = struct.unpack_from("<I", props, at)
                    at += 4 + size + (-size) % 4
            value, at = _value(props, at, ptype)
            if value is None:
                break
            if pid in (PR_ATTACH_LONG_FILENAME, PR_ATTACH_FILENAME) and ptype in (PT_STRING8, PT_UNICODE):
                found[pid] = (value.decode("utf-16-le", "replace") if ptype == PT_UNICODE
                              else _text(value, codepage)).rstrip("\0")
        return found.get(PR_ATTACH_LONG_FILENAME) or found.get(PR_ATTACH_FILENAME, "")
    except struct.error:
        return ""


_FIXED = {0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000A: 4, 0x000B: 4,
          0x0014: 8, 0x0040: 8, 0x0048: 16}


def _value(props: bytes, at: int, ptype: int) -> tuple[bytes | None, int]:
    """One property's value (the first of a multi-value) and where the next property starts."""
    multi, base = ptype & 0x1000, ptype & 0x0FFF
    if base in _FIXED and not multi:
        size = _FIXED[base]
        return props[at:at + size], at + size
    if base in (PT_STRING8, PT_UNICODE, PT_BINARY, 0x000D):
        count, = struct.unpack_from("<I", props, at)
        at += 4
        first = None
        for _ in range(min(count, 100)):
            size, = struct.unpack_from("<I", props, at)
            at += 4
            first = props[at:at + size] if first is None else first
            at += size + (-size) % 4
        return first, at
    return None, at
