"""Case states and the one place where a case changes: every change writes an event.

The audit trail is the product: a case's status can be re-derived from its events, so no
code outside this module assigns `case.status`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from core.errors import ComplaintsError
from core.statuses import STATUS_NAMES, CaseStatus, status_name  # noqa: F401  (the case's vocabulary)
from core.store.models import Case, Event, Message


class EventKind(StrEnum):
    """Every kind of row in the audit trail."""

    RECEIVED = "received"
    TRIAGE = "triage"
    ROUTED = "routed"
    DUPLICATE_RECEIVED = "duplicate_received"
    ANSWERED = "answered"
    ANSWER_INCOMPLETE = "answer_incomplete"
    UNVERIFIED_NOTE = "unverified_note"
    COMMAND = "command"
    COMMAND_REFUSED = "command_refused"
    SEVERITY_CHANGED = "severity_changed"
    RECLASSIFIED = "reclassified"          # the office corrected the business or cause (分类)
    EXTENDED = "extended"
    SATISFACTION = "satisfaction"
    CLOSED = "closed"
    REOPENED = "reopened"
    REMINDED = "reminded"
    OVERDUE = "overdue"
    ESCALATED = "escalated"
    MAIL_FAILED = "mail_failed"
    NOTE = "note"
    UNITS_CHANGED = "units_changed"
    SATISFACTION_REQUESTED = "satisfaction_requested"
    RESULT_REPORTED = "result_reported"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_APPROVED = "extension_approved"
    REGULATORY_OVERDUE = "regulatory_overdue"
    LEADER_NOTE = "leader_note"            # kept for trails written before 批示 were forwarded
    INSTRUCTION = "instruction"            # 批示: a leader's words on the case, passed to its units
    CONTRIBUTION = "contribution"          # a co-unit's (协办) feedback: part of the result, never the result
    REASSIGNMENT_REQUESTED = "reassignment_requested"  # a unit says the case is not theirs
    REVEALED = "revealed"                  # someone saw the customer's data unmasked (cases/case --reveal)
    MEETING = "meeting"                    # 会议研究: a meeting's decision on a 重大问题 case
    CUSTOMER_REPLIED = "customer_replied"  # the office sent the customer a text it approved
    PURGED = "purged"                      # retention: personal data and mails erased, figures kept
    SUPPLEMENTED = "supplemented"          # a late part of the customer's letter (补充), passed to the units


_ALLOWED: dict[CaseStatus, set[CaseStatus]] = {
    CaseStatus.RECEIVED: {CaseStatus.TRIAGE, CaseStatus.ROUTED},
    CaseStatus.TRIAGE: {CaseStatus.ROUTED},
    CaseStatus.ROUTED: {CaseStatus.ROUTED, CaseStatus.ANSWERED, CaseStatus.CLOSED, CaseStatus.TRIAGE},
    CaseStatus.ANSWERED: {CaseStatus.CLOSED, CaseStatus.REOPENED, CaseStatus.ROUTED},
    CaseStatus.CLOSED: {CaseStatus.REOPENED},
    CaseStatus.REOPENED: {CaseStatus.ROUTED},
}


class Refused(ComplaintsError):
    """A command or reply asked for something the rules do not allow; the text goes back to the sender."""


class InvalidTransition(Refused):
    """A command or reply asked for a state change the case's state does not allow."""


def record(
    session: Session,
    case: Case,
    kind: EventKind,
    *,
    actor: str,
    at: datetime,
    detail: str = "",
    message: Message | None = None,
    data: dict[str, Any] | None = None,
) -> Event:
    """Append one event to the case's audit trail (in the caller's transaction)."""
    event = Event(
        case_id=case.id,
        at=at,
        kind=str(kind),
        actor=actor,
        detail=detail,
        message_id=message.id if message is not None else None,
        data=data or {},
    )
    case.updated_at = at
    session.add(event)
    session.add(case)
    return event


def transition(
    session: Session,
    case: Case,
    to: CaseStatus,
    kind: EventKind,
    *,
    actor: str,
    at: datetime,
    detail: str = "",
    message: Message | None = None,
    data: dict[str, Any] | None = None,
) -> Event:
    """Move the case to `to` if its state allows it, and record why."""
    current = CaseStatus(case.status)
    if to not in _ALLOWED[current]:
        raise InvalidTransition(f"案件 {case.id} 当前状态为“{STATUS_NAMES[current]}”，不能改为“{STATUS_NAMES[to]}”")
    case.status = str(to)
    data = {**(data or {}), "from": str(current), "to": str(to)}
    return record(session, case, kind, actor=actor, at=at, detail=detail, message=message, data=data)
