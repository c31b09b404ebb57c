"""Case store queries: case numbers, finding a case for a mail, repeat history.

The only module besides `workflow` that knows how cases are stored; handlers call these
instead of writing queries of their own.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import Session, or_, select

from complaints.store.models import Case, CaseSequence, Event, Message, OutboundMail
from router.complaint import PriorCase

REPEAT_WINDOW = timedelta(days=90)


def next_case_id(session: Session, year: int) -> str:
    """TS-YYYY-NNNNNN: the next number of the year, safe with several workers on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(pg_insert(CaseSequence).values(year=year, last=0).on_conflict_do_nothing())
    seq = session.exec(select(CaseSequence).where(CaseSequence.year == year).with_for_update()).first()
    if seq is None:
        seq = CaseSequence(year=year, last=0)
    seq.last += 1
    session.add(seq)
    session.flush()
    return f"TS-{year}-{seq.last:06d}"


def by_acceptance_number(session: Session, number: str, source: str | None) -> Case | None:
    """The case already opened for this acceptance number (by the same source, when known)."""
    query = select(Case).where(Case.acceptance_number == number)
    if source:
        query = query.where(Case.source_address == source)
    return session.exec(query.order_by(Case.received_at)).first()


_NUMBER_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_/-]{3,62}[A-Za-z0-9]")
MAX_NUMBER_TOKENS = 300


def by_acceptance_text(session: Session, text: str) -> Case | None:
    """The newest case whose acceptance number appears in `text` (a reply that lost tag and thread)."""
    tokens = dict.fromkeys(_NUMBER_TOKEN.findall(unicodedata.normalize("NFKC", text)))
    numbers = [t for t in tokens if any(ch.isdigit() for ch in t)][:MAX_NUMBER_TOKENS]
    if not numbers:
        return None
    query = select(Case).where(Case.acceptance_number.in_(numbers))
    return session.exec(query.order_by(Case.received_at.desc())).first()


def by_thread(session: Session, message_ids: Iterable[str]) -> Case | None:
    """The case one of these Message-IDs belongs to: a mail we sent or one we received."""
    ids = [m for m in message_ids if m]
    if not ids:
        return None
    out = session.exec(select(OutboundMail.case_id).where(OutboundMail.message_id.in_(ids))).first()
    if out:
        return session.get(Case, out)
    inbound = session.exec(
        select(Message.case_id).where(Message.message_id.in_(ids), Message.case_id.is_not(None))
    ).first()
    return session.get(Case, inbound) if inbound else None


def prior_cases(session: Session, phone: str | None, acceptance_number: str | None, now: datetime) -> list[PriorCase]:
    """Cases of the last 90 days with the same customer phone or acceptance number."""
    conditions = []
    if phone:
        conditions.append(Case.customer_phone == phone)
    if acceptance_number:
        conditions.append(Case.acceptance_number == acceptance_number)
    if not conditions:
        return []
    rows = session.exec(
        select(Case).where(or_(*conditions), Case.received_at >= now - REPEAT_WINDOW)
    ).all()
    return [
        PriorCase(case_id=c.id, received_at=c.received_at, customer_phone=c.customer_phone,
                  acceptance_number=c.acceptance_number)
        for c in rows
    ]


def events_of(session: Session, case_id: str) -> list[Event]:
    return list(session.exec(select(Event).where(Event.case_id == case_id).order_by(Event.at, Event.id)).all())


def thread_ids(session: Session, case: Case) -> list[str]:
    """Message-IDs for References: the source mail first, then what we sent on the case."""
    sent = session.exec(
        select(OutboundMail.message_id).where(OutboundMail.case_id == case.id).order_by(OutboundMail.id)
    ).all()
    return [m for m in [case.source_message_id, *sent] if m]
