"""The parts of a letter sent as several mails, joined into one mail to read one case from.

Pure: the parts (each a parsed mail, its stored row's id and its subject's part marker) in,
a `JoinedLetter` out — the texts in part order (by number, not by arrival; an unnumbered
续 after the numbered parts), every part's attachments (a name two parts share gets the
part's number in front), which parts are missing, and what the case records about them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Sequence

from complaints.originals import Source
from parsers.attached_scans import is_scan
from parsers.cover_note import is_cover_note
from parsers.letter_parts import PartMarker
from parsers.mail import MailAttachment, ParsedMessage
from parsers.mail_signature import without_mail_signature


@dataclass(frozen=True)
class Part:
    """One stored mail of a letter sent in parts."""

    row_id: int
    stored_at: datetime
    msg: ParsedMessage
    marker: PartMarker


@dataclass(frozen=True)
class JoinedLetter:
    """The parts as one mail, and what the case keeps about them."""

    msg: ParsedMessage
    rows: tuple[int, ...]                 # the stored mails, in part order (a part sent twice: at the end)
    numbers: tuple[int, ...]              # their part numbers
    total: int | None
    missing: tuple[int, ...]
    family: str = ""                      # how the parts are numbered (parsers.letter_parts.Family)
    arrived_at: datetime | None = None    # when the first of them came
    sources: dict[str, Source] = field(default_factory=dict)  # file name in `msg` → (stored mail, its name there)

    def fields(self) -> dict:
        """case.fields["letter_parts"]."""
        return {"base_subject": self.msg.subject, "family": self.family, "total": self.total,
                "received": list(self.numbers),
                "missing": list(self.missing), "messages": list(self.rows)}

    def missing_text(self) -> str:
        total = f"共{self.total}封，" if self.total else ""
        return total + "、".join(f"第{n}封" for n in self.missing)


def numbered(parts: Sequence[Part]) -> list[tuple[int, Part]]:
    """The parts in letter order with their numbers: numbered parts by number, then each 续
    in arrival order, numbered after the highest so far."""
    ordered = sorted(parts, key=lambda p: (p.marker.number is None, p.marker.number or 0, p.row_id))
    out: list[tuple[int, Part]] = []
    for part in ordered:
        number = part.marker.number if part.marker.number is not None else (out[-1][0] + 1 if out else 1)
        out.append((number, part))
    return out


def is_resend(a: Part, b: Part) -> bool:
    """The same part sent twice: one number, the same words and the same files."""
    return (a.marker.number is not None and a.marker.number == b.marker.number
            and part_text(a.msg) == part_text(b.msg)
            and [(x.filename, x.data) for x in a.msg.attachments] == [(x.filename, x.data) for x in b.msg.attachments])


def without_resends(parts: Sequence[Part]) -> list[Part]:
    """The parts, each part sent more than once kept once (its first arrival)."""
    kept: list[Part] = []
    for part in sorted(parts, key=lambda p: p.row_id):
        if not any(is_resend(k, part) for k in kept):
            kept.append(part)
    return kept


def join(parts: Sequence[Part]) -> JoinedLetter:
    """The letter the parts make, read as one mail (a part sent twice counts once)."""
    ordered = numbered(without_resends(parts))
    kept = {p.row_id for _, p in ordered}
    numbers = tuple(n for n, _ in ordered)
    total = next((p.marker.total for _, p in ordered if p.marker.total), None)
    missing = tuple(n for n in range(1, max(total or 0, *numbers) + 1) if n not in numbers)
    attachments, sources = _attachments(ordered)
    first = ordered[0][1]
    msg = replace(first.msg, subject=first.marker.base, text=joined_text([p for _, p in ordered]), html=None,
                  attachments=attachments, forwarded=())
    rows = (*(p.row_id for _, p in ordered), *sorted(p.row_id for p in parts if p.row_id not in kept))
    return JoinedLetter(msg=msg, rows=rows, numbers=numbers, total=total,
                        missing=missing, family=str(first.marker.family),
                        arrived_at=min(p.stored_at for p in parts), sources=sources)


def part_text(msg: ParsedMessage) -> str:
    """A part's own words: its body without the sender's signature (nothing when it only says
    "see the attachment" for its scans), then the text of each mail it forwards as an attachment."""
    body = without_mail_signature(msg.text).strip()
    if body and any(is_scan(att) for att in msg.attachments) and is_cover_note(body):
        body = ""
    inner = [without_mail_signature(f.text).strip() for f in msg.forwarded]
    return "\n\n".join(text for text in (body, *inner) if text)


def joined_text(parts: Sequence[Part]) -> str:
    return "\n\n".join(text for text in (part_text(p.msg) for p in parts) if text)


def _attachments(ordered: list[tuple[int, Part]]) -> tuple[tuple[MailAttachment, ...], dict[str, Source]]:
    out: list[MailAttachment] = []
    sources: dict[str, Source] = {}
    for number, part in ordered:
        for att in part.msg.attachments:
            name = att.filename if att.filename not in sources else f"第{number}封-{att.filename}"
            sources[name] = (part.row_id, att.filename)
            out.append(replace(att, filename=name))
    return tuple(out), sources
