"""A complaint mail that is one part of a longer letter ("客户来信（1/2）"): held, joined, or 补充.

Parts of one letter come from one sender, with one base subject and one way of numbering
(`parsers.letter_parts.PartMarker.same_letter_as`), within `[letters] part_window_hours`.
- A part whose letter is not whole yet is held (`MessageState.HELD`; its server copy stays
  in the inbox); the part that makes it whole opens ONE case from all of them
  (`complaints.letter_join`). A set that stays incomplete opens when it has waited long
  enough (`complaints.letter_part_jobs`), its missing parts noted.
- A part of a letter whose case is open already (it came after the wait, or a 续 after a
  mail that had no marker) is a 补充 on that case (`complaints.letter_supplement`), never a
  second case.
- A second "1/2" while a "1/2" is held is another letter: the held one opens as it is;
  the same part sent again (same number, words and files) counts once, held or opened.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlmodel import Session, select

from complaints.classify import Classified
from complaints.context import Context
from complaints.handlers import new_case
from complaints.letter_join import Part, is_resend, join, numbered, part_text
from complaints.letter_supplement import supplement
from complaints.workflow import EventKind, record
from core.store.db import is_postgres
from core.store.message_states import MessageState, set_message_state
from core.store.models import Case, Message
from parsers.letter_parts import Family, PartMarker, part_marker, subject_key
from parsers.mail import ParsedMessage, parse_message

log = logging.getLogger(__name__)

HELD = "held"


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    """Hold, join or add this part; a subject with no part marker is an ordinary new complaint."""
    marker = part_marker(msg.subject)
    if marker is None:
        return new_case.handle(session, ctx, row, msg, found)
    now = ctx.clock.now()
    this = Part(row.id, row.stored_at or now, msg, marker)
    held = held_parts(session, ctx, this, now)
    if _starts_another_letter(held, this):
        first = session.get(Message, held[0].row_id)
        opened = open_parts(session, ctx, held, found, first, now)  # a second "1/2": that letter is over
        log.info("message %s starts another letter; the held one opened: %s", row.id, opened)
        held = []
    if not held:
        case = opened_case(session, ctx, this, now)
        if case is not None:
            return supplement(session, ctx, case, row, this, now)
        case = resent_case(session, ctx, this, now)
        if case is not None:
            return _resent(session, case, row, this, now)
        if marker.family == Family.CONTINUATION:
            return new_case.handle(session, ctx, row, msg, found)  # 续 of nothing we know: a letter of its own
    parts = [*held, this]
    if is_whole(parts):
        return open_parts(session, ctx, parts, found, row, now)
    set_message_state(row, MessageState.HELD)
    return f"{HELD}: part {marker.number or 'next'}/{marker.total or '?'} of a letter"


def _starts_another_letter(held: list[Part], this: Part) -> bool:
    """A part numbered like a held one, and not the same part sent again."""
    same = [p for n, p in numbered(held) if this.marker.number is not None and n == this.marker.number]
    return bool(same) and not any(is_resend(p, this) for p in same)


def _resent(session: Session, case: Case, row: Message, part: Part, now: datetime) -> str:
    row.case_id = case.id
    record(session, case, EventKind.DUPLICATE_RECEIVED, actor=part.msg.from_address or "?", at=now, message=row,
           detail=f"客户来信第{part.marker.number}封再次收到（内容与已收到的相同），未重复立案")
    return f"duplicate of part {part.marker.number} of {case.id}"


def is_whole(parts: list[Part]) -> bool:
    """Every part 1..n of a letter that says it has n."""
    total = next((p.marker.total for p in parts if p.marker.total), None)
    return total is not None and {n for n, _ in numbered(parts)} >= set(range(1, total + 1))


def open_parts(session: Session, ctx: Context, parts: list[Part], found: Classified, row: Message,
               now: datetime) -> str:
    """One case from the parts (`row`: the mail being handled, or a held part of the set); every
    held part is processed with it."""
    joined = join(parts)
    outcome = new_case.open_one(session, ctx, row, joined.msg, found, joined=joined)
    for part in parts:
        other = session.get(Message, part.row_id)
        if other is not None and other.state == MessageState.HELD:
            set_message_state(other, MessageState.PROCESSED)
            other.case_id, other.kind, other.processed_at = row.case_id, "complaint", now
            session.add(other)
    return f"{outcome} (parts {','.join(map(str, joined.numbers))} of one letter)"


def matches(a: PartMarker, b: PartMarker) -> bool:
    """Two parts of one letter: one base subject, and one numbering unless one is a 续."""
    if a.key != b.key:
        return False
    return Family.CONTINUATION in (a.family, b.family) or a.same_letter_as(b)


def held_parts(session: Session, ctx: Context, this: Part, now: datetime) -> list[Part]:
    """The held parts of the letter `this` belongs to (the oldest such letter)."""
    sets = held_sets(session, ctx, now - window(ctx),
                     sender=(this.msg.from_address or "").lower())
    return next((s for s in sets if matches(s[0].marker, this.marker)), [])


def window(ctx: Context) -> timedelta:
    """How late a part may come and still be of its letter: `part_window_hours`, and never less
    than the waits (a part held that long is still joined)."""
    cfg = ctx.settings.letters
    return timedelta(minutes=max(cfg.part_window_hours * 60, cfg.part_wait_minutes, cfg.unnumbered_wait_minutes))


def held_sets(session: Session, ctx: Context, since: datetime | None = None, sender: str | None = None
              ) -> list[list[Part]]:
    """Every held letter, oldest first: parts grouped by sender and letter, a number taken twice
    starting a new letter. On PostgreSQL the rows are locked until the transaction ends."""
    query = select(Message).where(Message.state == MessageState.HELD).order_by(Message.id)
    if is_postgres(ctx.engine):  # another worker opening the same set waits, then finds it processed
        query = query.with_for_update()
    if since is not None:
        query = query.where(Message.stored_at >= since)
    sets: list[list[Part]] = []
    for row in session.exec(query).all():
        if sender is not None and (row.sender or "") != sender:
            continue
        part = _part(ctx, row)
        if part is not None:
            _place(sets, part)
    return sets


def _part(ctx: Context, row: Message) -> Part | None:
    limits = ctx.settings.limits
    msg = parse_message(row.raw, max_attachments=limits.max_attachments,
                        max_attachment_bytes=limits.max_attachment_bytes)
    marker = part_marker(msg.subject)
    return Part(row.id, row.stored_at, msg, marker) if marker is not None else None


def _place(sets: list[list[Part]], part: Part) -> None:
    sender = (part.msg.from_address or "").lower()
    for parts in sets:
        if (parts[0].msg.from_address or "").lower() != sender or not matches(parts[0].marker, part.marker):
            continue
        if not _starts_another_letter(parts, part):
            parts.append(part)
            return
    sets.append([part])


def opened_case(session: Session, ctx: Context, this: Part, now: datetime) -> Case | None:
    """The case this part's letter opened already (from this sender, within the window), if any."""
    return next((case for case, row in _recent_cases(session, ctx, this, now) if continues(case, row, this.marker)),
                None)


def resent_case(session: Session, ctx: Context, this: Part, now: datetime) -> Case | None:
    """The case that has this part already, word for word (the source sent it again), if any."""
    text = part_text(this.msg)
    if not text:
        return None
    return next((case for case, _ in _recent_cases(session, ctx, this, now)
                 if _has_part(case, this.marker) and text in case.content), None)


def _recent_cases(session: Session, ctx: Context, this: Part, now: datetime) -> Iterator[tuple[Case, Message]]:
    """The cases this part's sender's mails opened or added to within the window, newest first,
    each with the mail."""
    since = now - window(ctx)
    rows = session.exec(select(Message).where(Message.state == MessageState.PROCESSED, Message.case_id.is_not(None),
                                              Message.stored_at >= since, Message.id != this.row_id)
                        .order_by(Message.id.desc())).all()
    sender = (this.msg.from_address or "").lower()
    for row in rows:
        case = session.get(Case, row.case_id) if (row.sender or "") == sender else None
        if case is not None:
            yield case, row


def _has_part(case: Case, marker: PartMarker) -> bool:
    parts = (case.fields or {}).get("letter_parts") or {}
    return (subject_key(parts.get("base_subject") or "") == marker.key and parts.get("family") == marker.family
            and parts.get("total") == marker.total and marker.number in (parts.get("received") or []))


def continues(case: Case, row: Message, marker: PartMarker) -> bool:
    """Whether the part `marker` belongs to the letter `case` was opened from (by the mail `row`)."""
    parts = (case.fields or {}).get("letter_parts")
    if not parts:  # a case from a mail with no marker: only a 续 of that subject continues it
        return marker.family == Family.CONTINUATION and subject_key(row.subject or "") == marker.key
    if subject_key(parts.get("base_subject") or "") != marker.key:
        return False
    if Family.CONTINUATION in (marker.family, parts.get("family")):
        return True
    return ((parts.get("family"), parts.get("total")) == (marker.family, marker.total)
            and marker.number not in (parts.get("received") or []))
