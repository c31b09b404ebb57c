"""`complaints outbox`: the mail waiting or failed, and resending what failed.

A mail marked failed (a 5xx, or given up after `[smtp] give_up_days`) stays in the outbox
with its Message-ID; resending puts that same row back to `pending`, so a unit that did get
it after all sees the same mail (same Message-ID) and no second case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.store.db import session_scope
from core.store.models import OutboundMail
from outbox.states import WAITING, OutboxState, WaitingOn, move

LISTED = (*WAITING, OutboxState.FAILED)
# what the operator reads beside "pending": why the row waits, and so what would end the wait
WAITING_WORDS = {WaitingOn.RELAY: "mail server unreachable", WaitingOn.BACKOFF: "refused for now, retrying"}


@dataclass(frozen=True)
class OutboxLine:
    id: int
    case_id: str | None
    kind: str
    state: str
    waiting_on: str | None          # outbox.states.WaitingOn: the relay, or this mail's own back-off
    recipients: tuple[str, ...]
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None


def unsent(engine: Engine) -> list[OutboxLine]:
    """Every mail not handed over yet (waiting or failed), oldest first."""
    with Session(engine) as session:
        rows = session.exec(select(OutboundMail).where(OutboundMail.state.in_(LISTED))
                            .order_by(OutboundMail.id)).all()
        return [OutboxLine(r.id, r.case_id, r.kind, r.state, r.waiting_on, tuple(r.recipients), r.attempts,
                           None if r.state == OutboxState.FAILED else r.next_attempt_at, r.last_error) for r in rows]


def resend(engine: Engine, now: datetime, ids: list[int] | None = None) -> list[int]:
    """Failed rows (those in `ids`, or all) back to `pending`, due now; returns their ids."""
    with session_scope(engine) as session:
        return resend_failed(session, now, ids)


def resend_failed(session: Session, now: datetime, ids: list[int] | None = None, case_id: str | None = None
                  ) -> list[int]:
    """In the caller's transaction: failed rows (those in `ids`, of `case_id`, or all) back to
    `pending`, due now, their give-up period counted afresh; returns their ids. Rows that are
    not failed are left alone (they are waiting already, or sent)."""
    query = select(OutboundMail).where(OutboundMail.state == OutboxState.FAILED)
    if ids is not None:
        query = query.where(OutboundMail.id.in_(ids))
    if case_id is not None:
        query = query.where(OutboundMail.case_id == case_id)
    rows = list(session.exec(query.order_by(OutboundMail.id)).all())
    for row in rows:
        move(row, OutboxState.PENDING)
        row.attempts, row.next_attempt_at, row.created_at = 0, now, now
        row.last_error = f"resent on request ({row.last_error})"
        session.add(row)
    return [row.id for row in rows]


def line_text(line: OutboxLine) -> str:
    when = f"next try {line.next_attempt_at:%Y-%m-%d %H:%M}" if line.next_attempt_at else "no further try"
    state = f"{line.state} ({WAITING_WORDS[line.waiting_on]})" if line.waiting_on else line.state
    return (f"{line.id}\t{line.case_id or '-'}\t{line.kind}\t{state}\t{', '.join(line.recipients)}\t"
            f"attempts {line.attempts}\t{when}\t{line.last_error or ''}")
