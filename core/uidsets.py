"""IMAP UID sets and the COPYUID response code (RFC 4315), parsed without any network.

After a MOVE or COPY the server says where each mail went (`COPYUID <uidvalidity> <src>
<dst>`); keeping that lets the service find the server copy again later (a quarantined mail
retried after a fix) without searching the folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CopyUid:
    """Where a MOVE/COPY put the mails: the target folder's UIDVALIDITY and old → new UIDs."""

    uidvalidity: int | None = None
    mapping: dict[int, int] = field(default_factory=dict)


def expand(uid_set: str) -> list[int]:
    """`1,3:5` → [1, 3, 4, 5]; ranges may be written high:low. `*` is not allowed here."""
    out: list[int] = []
    for part in uid_set.split(","):
        part = part.strip()
        if not part:
            continue
        if ":" in part:
            lo, hi = (int(x) for x in part.split(":", 1))
            lo, hi = min(lo, hi), max(lo, hi)
            out.extend(range(lo, hi + 1))
        else:
            out.append(int(part))
    return out


def parse_copyuid(text: bytes | str | None) -> CopyUid:
    """The body of a COPYUID code (`3857529045 1:3 11:13`); an empty CopyUid when unreadable."""
    if not text:
        return CopyUid()
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    text = text.strip().strip("[]")
    if text.upper().startswith("COPYUID"):
        text = text[len("COPYUID"):]
    parts = text.split()
    if len(parts) < 3:
        return CopyUid()
    try:
        validity, src, dst = int(parts[0]), expand(parts[1]), expand(parts[2])
    except ValueError:
        return CopyUid()
    if len(src) != len(dst):
        return CopyUid(uidvalidity=validity)
    return CopyUid(uidvalidity=validity, mapping=dict(zip(src, dst)))
