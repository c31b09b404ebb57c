"""The digest's definitions as SQL conditions: new, closed, open, awaiting an answer, overdue, on time.

Every figure in the digest is a COUNT or SUM over one of these, so each definition is
written once, here, and the database evaluates it (SQLite and PostgreSQL alike).

A case row holds the latest `answered_at` / `closed_at`; a reopen (an `event` row of kind
`reopened`) cancels an earlier answer or closure. So "as at instant T":

- open at T: received before T, and not closed before T — or closed before T but reopened
  after that closure and before T;
- awaiting an answer at T: open at T, and not answered before T — or answered before T
  but reopened after that answer and before T;
- overdue at T: awaiting an answer at T with `due_at` before T.

The reopen test only looks at cases whose `reopen_count` is above zero, which keeps the
correlated event lookup off the common path.

`relevant_since(S)` is a cheap, index-friendly condition that every case counted for any
week starting at or after S meets; each statement adds it, so the database reads the
few thousand rows of recent weeks and the open backlog through indexes instead of
scanning every case ever received. It relies on the workflow's invariants: `closed_at`
and `answered_at` hold the latest closure and answer, and a case reopened after its
latest closure is not in status `closed`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.sql.elements import ColumnElement

from complaints.workflow import CaseStatus, EventKind
from core.store.models import Case, Event

CASE = Case.__table__
EVENT = Event.__table__
C = CASE.c
NOT_CLOSED = tuple(str(s) for s in CaseStatus if s is not CaseStatus.CLOSED)


def relevant_since(start: datetime) -> ColumnElement[bool]:
    """Every case that any figure of a week starting at or after `start` can count (a superset)."""
    return or_(C.received_at >= start, C.closed_at >= start, C.closed_at.is_(None), C.answered_at >= start,
               C.due_at >= start, C.status.in_(NOT_CLOSED))


def between(column, start: datetime, end: datetime) -> ColumnElement[bool]:
    """start <= column < end (NULL is never inside)."""
    return and_(column >= start, column < end)


def received_in(start: datetime, end: datetime) -> ColumnElement[bool]:
    return between(C.received_at, start, end)


def closed_in(start: datetime, end: datetime) -> ColumnElement[bool]:
    return between(C.closed_at, start, end)


def answered_in(start: datetime, end: datetime) -> ColumnElement[bool]:
    return between(C.answered_at, start, end)


def due_in(start: datetime, end: datetime) -> ColumnElement[bool]:
    return between(C.due_at, start, end)


def _reopened_after(column, at: datetime) -> ColumnElement[bool]:
    """A reopen event of this case after `column` and before `at`."""
    return and_(C.reopen_count > 0, exists(
        select(EVENT.c.id).where(
            EVENT.c.case_id == C.id,
            EVENT.c.kind == str(EventKind.REOPENED),
            EVENT.c.at > column,
            EVENT.c.at < at,
        )
    ))


def open_at(at: datetime) -> ColumnElement[bool]:
    return and_(
        C.received_at < at,
        or_(C.closed_at.is_(None), C.closed_at >= at, _reopened_after(C.closed_at, at)),
    )


def awaiting_answer_at(at: datetime) -> ColumnElement[bool]:
    return and_(
        open_at(at),
        or_(C.answered_at.is_(None), C.answered_at >= at, _reopened_after(C.answered_at, at)),
    )


def overdue_at(at: datetime) -> ColumnElement[bool]:
    return and_(awaiting_answer_at(at), C.due_at < at)


def on_time_base(start: datetime, end: datetime) -> ColumnElement[bool]:
    """The cases the on-time rate of a week is taken over: due in the week, or answered in it."""
    return or_(due_in(start, end), answered_in(start, end))


def answered_on_time() -> ColumnElement[bool]:
    """Answered by the unit's due date (answered_at <= due_at)."""
    return and_(C.answered_at.is_not(None), C.due_at.is_not(None), C.answered_at <= C.due_at)


def within_regulatory_limit() -> ColumnElement[bool]:
    """Closed by the regulator's limit (closed_at <= regulatory_due_at)."""
    return and_(C.closed_at.is_not(None), C.regulatory_due_at.is_not(None),
                C.closed_at <= C.regulatory_due_at)


def reopen_event_in(start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(EVENT.c.kind == str(EventKind.REOPENED), between(EVENT.c.at, start, end))


def in_week(start: datetime, end: datetime) -> ColumnElement[bool]:
    """A case "of the week": received, due, answered or closed in it, or overdue at its end."""
    return or_(received_in(start, end), due_in(start, end), answered_in(start, end),
               closed_in(start, end), overdue_at(end))
