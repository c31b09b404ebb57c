"""The one place a routing decision is applied to a case: deadlines, the transition, the notices.

Three ways lead here: the router's decision on a new complaint (`apply_decision`), a
comment-book entry that belongs to its outlet (`route_to_outlet`), and a staff command
(转办, 牵头, 协办: `route_to`). The decision itself is made by `router/` (pure); this
module writes it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from complaints import notify, provisional
from complaints.context import Context
from complaints.workflow import CaseStatus, EventKind, record, transition
from core.errors import CalendarUnknown
from core.store.models import Case, Message
from outbox.views import format_datetime_cn
from router.deadlines import compute_deadlines
from router.decide import Decision


def apply_decision(session: Session, ctx: Context, case: Case, decision: Decision, row: Message, now: datetime) -> None:
    """The router's decision on a new case: deadlines, routed or triage, the notices, the acknowledgement."""
    case.routing = decision.to_json()
    case.severity = decision.severity
    set_deadlines(session, ctx, case, now)
    if decision.status == "routed":
        case.unit, case.co_units = decision.unit, list(decision.co_units)
        transition(session, case, CaseStatus.ROUTED, EventKind.ROUTED, actor="router", at=now,
                   detail=decision.explain(), message=row, data={"unit": case.unit, "co_units": case.co_units})
        notify.routed(session, ctx, case, decision, now)
    else:
        transition(session, case, CaseStatus.TRIAGE, EventKind.TRIAGE, actor="router", at=now,
                   detail=decision.explain(), message=row)
        notify.triage(session, ctx, case, decision, now)
    notify.acknowledge(session, ctx, case, now)


def set_deadlines(session: Session, ctx: Context, case: Case, now: datetime) -> None:
    try:
        deadlines = compute_deadlines(case.received_at or now, ctx.settings.sla, ctx.calendar)
    except CalendarUnknown as exc:
        record(session, case, EventKind.NOTE, actor="system", at=now, detail=f"无法计算办理时限：{exc}")
        notify.office_alert(session, ctx, "工作日历缺少年份，无法计算办理时限", [str(exc)],
                            {"案件编号": case.id}, key=f"calendar-{case.id}", now=now)
        return
    case.due_at = deadlines.due_at
    case.regulatory_due_at = deadlines.regulatory_due_at
    case.fields = {**case.fields, "remind_at": deadlines.remind_at.isoformat()}
    provisional.mark(case, ctx.calendar)


def route_to_outlet(session: Session, ctx: Context, case: Case, decision: Decision, code: str, day: date,
                    row: Message, now: datetime) -> None:
    """A comment-book entry goes to the outlet whose book it is, whatever the router would pick;
    the router's decision is kept for its severity and reasons."""
    case.routing = {**decision.to_json(), "comment_book_outlet": code}
    case.severity = decision.severity
    set_deadlines(session, ctx, case, now)
    case.unit, case.co_units = code, []
    name = ctx.directory.unit_by_code(code).name
    transition(session, case, CaseStatus.ROUTED, EventKind.ROUTED, actor="comment_book", at=now, message=row,
               detail=f"意见簿登记（{day.isoformat()}），由意见簿所在网点{name}办理",
               data={"unit": code, "co_units": [], "by": "comment_book"})
    notify.routed(session, ctx, case, decision, now)


def route_to(session, ctx, case: Case, code: str, co_units: list[str], actor: str, row, now, why: str) -> str:
    """(Re)route to `code`: a fresh due date for the unit, the 督办 mail, the trail."""
    case.unit, case.co_units = code, [c for c in dict.fromkeys(co_units) if c != code]
    case.due_at = compute_deadlines(now, ctx.settings.sla, ctx.calendar).due_at
    case.overdue = False
    provisional.mark(case, ctx.calendar)
    if case.status == CaseStatus.ANSWERED:
        case.result_text, case.answered_at = None, None
    transition(session, case, CaseStatus.ROUTED, EventKind.ROUTED, actor=actor, at=now, message=row,
               detail=f"{why}，办理时限 {format_datetime_cn(case.due_at)}",
               data={"unit": code, "co_units": case.co_units, "by": "command"})
    notify.routed(session, ctx, case, None, now)
    return f"{why}，办理时限 {format_datetime_cn(case.due_at)}"
