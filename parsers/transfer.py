"""Whether a part's declared Content-Transfer-Encoding fits its bytes.

Some gateways label a plain 8-bit body "base64" (or "quoted-printable") and send the text
as it is. Decoding it by the label gives a few bytes of garbage and the case opens empty;
mail clients show such a part as the text it plainly is, and so do we: the caller reads the
raw bytes (charset as labelled or detected) when the label does not fit.

Pure: the label and the raw bytes in, a yes or no out.
"""

from __future__ import annotations

import re

_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
_EIGHT_BIT = re.compile(rb"[\x80-\xff]")
_QP_WORK = re.compile(rb"=[89A-Fa-f][0-9A-Fa-f]|=\r?\n")  # an escaped 8-bit byte or a soft break


def encoding_fits(label: str | None, raw: bytes) -> bool:
    """False when the bytes cannot be what the label says: base64 with 8-bit bytes or with
    most of its text outside the base64 alphabet (a footer a relay appended to real base64
    is tolerated), quoted-printable with raw 8-bit bytes and none of QP's own work in it."""
    encoding = (label or "").strip().lower()
    if encoding == "base64":
        return _is_base64(raw)
    if encoding == "quoted-printable":
        return not _EIGHT_BIT.search(raw) or bool(_QP_WORK.search(raw))
    return True


def _is_base64(raw: bytes) -> bool:
    if _EIGHT_BIT.search(raw):
        return False  # base64 is 7-bit by construction
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    encoded = sum(len(line) for line in lines if _BASE64_LINE.fullmatch(line))
    return encoded * 2 >= sum(len(line) for line in lines)
