"""Case store queries: case numbers, finding a case for a mail, repeat history.

The only module besides `workflow` that knows how cases are stored; handlers call these
instead of writing queries of their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy import bindparam, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, and_, func, or_, select

from core.store.locks import lock_acceptance_form
from core.store.models import Case, CaseSequence, Event, Message, OutboundMail
from core.store.sealed import phone_hash_for
from router.complaint import PriorCase

REPEAT_WINDOW = timedelta(days=90)


_SEQUENCE = CaseSequence.__table__
_NEXT_NUMBER = (update(_SEQUENCE).where(_SEQUENCE.c.year == bindparam("of_year"))
                .values(last=_SEQUENCE.c.last + 1).returning(_SEQUENCE.c.last))


def next_case_id(session: Session, year: int) -> str:
    """TS-YYYY-NNNNNN: the next number of the year, safe with several workers on PostgreSQL.

    One UPDATE … RETURNING a case: it locks the year's row until the transaction ends, so
    no two transactions get one number, and a rolled-back case gives its number back. It
    runs on the session's connection, without flushing the caller's pending changes.
    """
    conn = session.connection()
    last = conn.execute(_NEXT_NUMBER, {"of_year": year}).scalar()
    if last is None:  # the year's first case
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        conn.execute(insert(_SEQUENCE).values(year=year, last=0).on_conflict_do_nothing())
        last = conn.execute(_NEXT_NUMBER, {"of_year": year}).scalar_one()
    return f"TS-{year}-{last:06d}"


def case_number(case_id: str) -> tuple[int, int]:
    """(year, number) of `TS-YYYY-NNNNNN`."""
    return int(case_id[3:7]), int(case_id[8:])


def raise_case_numbers(session: Session, highest: dict[int, int]) -> dict[int, int]:
    """Numbering goes on after `highest` (year → a number already used, seen in mail that went
    out or came back): each year's counter is raised to it where it is lower. Returns the
    years raised, with their new last number. A restored database learns here what it gave out."""
    raised = {}
    for year, number in sorted(highest.items()):
        row = session.get(CaseSequence, year)
        if row is None:
            session.add(CaseSequence(year=year, last=number))
        elif row.last < number:
            row.last = number
            session.add(row)
        else:
            continue
        raised[year] = number
    return raised


def is_new(session: Session, case: Case) -> bool:
    """Opened in this transaction and not yet written: no mail and no event in the tables
    can refer to it yet, so its thread and history are what the session holds."""
    return case in session.new


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


@dataclass(frozen=True)
class Earlier:
    """What the store already holds for a new complaint's acceptance form and customer."""

    opened: Case | None  # the case already opened for this acceptance number: a duplicate
    prior: list[PriorCase]  # cases of the last 90 days with the same phone or acceptance number


_RECENT = Case.received_at >= bindparam("since")
_EARLIER = (
    select(Case, _RECENT.label("recent"))
    .where(or_(and_(Case.customer_phone_hash == bindparam("phone"), _RECENT), Case.acceptance_number == bindparam("number")))
    .order_by(Case.received_at, Case.id)
)
"""Built once: a NULL phone or number matches nothing, which leaves that question out."""


def earlier_cases(session: Session, phone: str | None, acceptance_number: str | None, source: str | None,
                  now: datetime) -> Earlier:
    """Both questions a new complaint asks the store, in one query: was this acceptance form
    received before (ever; from the same source, when known), and which cases of the last
    90 days share its phone or acceptance number (a repeat complaint is at least major).

    On PostgreSQL the acceptance form is locked first, until the transaction ends, so a
    second worker with the same form waits here and then finds the first one's case
    (`locks.lock_acceptance_form` says why, and what a deadlock between two batches does)."""
    if not (phone or acceptance_number):
        return Earlier(opened=None, prior=[])
    if acceptance_number:
        lock_acceptance_form(session.connection(), acceptance_number)
    rows = session.exec(_EARLIER, params={"phone": phone_hash_for(session, phone), "number": acceptance_number or None,
                                          "since": now - REPEAT_WINDOW}).all()
    same_form = [c for c, _ in rows if acceptance_number and c.acceptance_number == acceptance_number
                 and (not source or c.source_address == source)]
    prior = [PriorCase(case_id=c.id, received_at=c.received_at, customer_phone=c.customer_phone,
                       acceptance_number=c.acceptance_number) for c, is_recent in rows if is_recent]
    return Earlier(opened=same_form[0] if same_form else None, prior=prior)


def prior_cases(session: Session, phone: str | None, acceptance_number: str | None, now: datetime) -> list[PriorCase]:
    """Cases of the last 90 days with the same customer phone or acceptance number."""
    return earlier_cases(session, phone, acceptance_number, None, now).prior


def events_of(session: Session, case_id: str) -> list[Event]:
    return list(session.exec(select(Event).where(Event.case_id == case_id).order_by(Event.at, Event.id)).all())


def thread_ids(session: Session, case: Case) -> list[str]:
    """Message-IDs for References: the source mail first, then what we sent on the case."""
    if is_new(session, case):
        sent = [row.message_id for row in session.new if isinstance(row, OutboundMail) and row.case_id == case.id]
    else:
        sent = session.exec(
            select(OutboundMail.message_id).where(OutboundMail.case_id == case.id).order_by(OutboundMail.id)
        ).all()
    return [m for m in [case.source_message_id, *sent] if m]


def event_count(session: Session, case: Case, kind: str) -> int:
    """How many `kind` events the case's trail has, counting those this transaction added."""
    if is_new(session, case):
        return sum(1 for row in session.new if isinstance(row, Event) and row.case_id == case.id and row.kind == kind)
    return session.exec(select(func.count()).select_from(Event).where(
        Event.case_id == case.id, Event.kind == kind)).one()


def leaders_told(session: Session, case: Case, office_address: str, leader_addresses: set[str]) -> list[str]:
    """Everyone told of the case as a leader, the office left out: the people promised
    "办理结果另行报告", in the order first told. A leader report (较大问题/重大问题) counts every
    recipient; the 督办 mail, the overdue 督办 and the escalation count the leaders they were cc'd
    or sent to (`leader_addresses`, lower case), not the units."""
    rows = session.exec(select(OutboundMail).where(OutboundMail.case_id == case.id,
                                                   OutboundMail.kind.in_(_LEADER_KINDS))
                        .order_by(OutboundMail.id)).all()
    seen = dict.fromkeys(a.lower() for row in rows for a in row.recipients
                         if row.kind == "leader" or a.lower() in leader_addresses)
    seen.pop(office_address.lower(), None)
    return list(seen)


_LEADER_KINDS = ("leader", "routing", "overdue", "escalate")


def contributions(session: Session, case: Case) -> list[Event]:
    """The co-units' feedback on the case (协办反馈), oldest first."""
    return list(session.exec(select(Event).where(Event.case_id == case.id, Event.kind == "contribution")
                             .order_by(Event.at, Event.id)).all())


def contribution_lines(session: Session, case: Case) -> list[tuple[str, str]]:
    """(co-unit, its words) for each contribution: shown beside the lead unit's result, never as it."""
    return [(e.data.get("unit_name", ""), e.detail.split("：", 1)[-1]) for e in contributions(session, case)]


def approved_customer_text(session: Session, case: Case) -> str | None:
    """The last text the office approved for the customer (`回复客户` / `同意回复`), if any."""
    row = session.exec(select(Event).where(Event.case_id == case.id, Event.kind == "customer_replied")
                       .order_by(Event.at.desc(), Event.id.desc())).first()
    return (row.data or {}).get("text") if row is not None else None
