"""延期: moving a case's due date and its regulatory limit, within the limits the rules allow.

The regulator allows 15 calendar days from receipt, up to 30 with a stated reason (staff
may grant that), and up to 60 only with a president's approval (`批准`, by reply to the
approval request). Days are calendar days; a due date that lands on a rest day moves to
the next working day. The regulatory total is kept in `case.fields["regulatory_days"]`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from complaints import notify, provisional
from complaints.context import Context
from complaints.workflow import CaseStatus, EventKind, Refused, record
from core.clock import local
from core.store.models import Case, Message
from outbox.views import deadline_text
from router.deadlines import compute_deadlines

PENDING = "pending_extension"


def regulatory_days(case: Case, ctx: Context) -> int:
    """The regulatory limit of this case in calendar days from receipt (15 unless extended)."""
    return int((case.fields or {}).get("regulatory_days", ctx.settings.sla.regulatory_calendar_days))


def extend(session: Session, ctx: Context, case: Case, days: int, reason: str, *, actor: str, now: datetime,
           row: Message | None) -> str:
    """Grant an extension within the staff's limit, or ask the president for a longer one."""
    sla = ctx.settings.sla
    if case.status == CaseStatus.CLOSED:
        raise Refused("案件已办结，不能延期")
    if not reason.strip():
        raise Refused("延期必须写明原因，例如：延期 10天 原因：客户出差")
    total = regulatory_days(case, ctx) + days
    if total > sla.regulatory_approved_days:
        raise Refused(f"延期后监管时限为自受理起 {total} 天，超过最长 {sla.regulatory_approved_days} 天，不能延期")
    if total <= sla.regulatory_extended_days:
        return apply_extension(session, ctx, case, days, reason, actor=actor, decided_by="工会", now=now, row=row)
    if not ctx.directory.presidents():
        raise Refused(f"延期超过 {sla.regulatory_extended_days} 天须经行长批准，但单位名录中没有行长")
    new_regulatory = _regulatory_due(case, ctx, total)
    case.fields = {**case.fields, PENDING: {"days": days, "reason": reason, "by": actor, "at": now.isoformat()}}
    record(session, case, EventKind.EXTENSION_REQUESTED, actor=actor, at=now, message=row,
           detail=f"申请延期 {days} 天（原因：{reason}），监管时限将为自受理起 {total} 天，已报行长审批",
           data={"days": days, "reason": reason, "total_days": total})
    notify.extension_request(session, ctx, case, key=f"{total}-{_count(case)}", now=now, days=days, reason=reason,
                             total_days=total, new_regulatory_at=new_regulatory, requested_by=actor)
    return (f"延期 {days} 天后监管时限为自受理起 {total} 天，超过 {sla.regulatory_extended_days} 天，"
            "已报行长审批，批准后生效")


def approve(session: Session, ctx: Context, case: Case, *, actor: str, approver: str, now: datetime,
            row: Message | None) -> str:
    """A president's 批准 of the pending extension."""
    pending = (case.fields or {}).get(PENDING)
    if not pending:
        raise Refused("本案没有待批准的延期申请")
    record(session, case, EventKind.EXTENSION_APPROVED, actor=actor, at=now, message=row,
           detail=f"{approver}批准延期 {pending['days']} 天（原因：{pending['reason']}）", data=dict(pending))
    return apply_extension(session, ctx, case, int(pending["days"]), pending["reason"], actor=actor,
                           decided_by=approver, now=now, row=row)


def apply_extension(session: Session, ctx: Context, case: Case, days: int, reason: str, *, actor: str,
                    decided_by: str, now: datetime, row: Message | None) -> str:
    total = regulatory_days(case, ctx) + days
    new_due = _moved(case.due_at, days, ctx) if case.due_at is not None else None
    case.regulatory_due_at = _regulatory_due(case, ctx, total)  # computed first: may raise CalendarUnknown
    if new_due is not None:
        case.due_at, case.overdue = new_due, now > new_due
    case.fields = {k: v for k, v in {**case.fields, "regulatory_days": total}.items() if k != PENDING}
    provisional.mark(case, ctx.calendar)
    due, regulatory = deadline_text(case, case.due_at) or "—", deadline_text(case, case.regulatory_due_at)
    record(session, case, EventKind.EXTENDED, actor=actor, at=now, message=row,
           detail=f"延期 {days} 天（原因：{reason}；{decided_by}同意），办理时限延至 {due}，"
                  f"监管时限延至 {regulatory}（自受理起 {total} 天）",
           data={"days": days, "reason": reason, "total_days": total, "decided_by": decided_by,
                 "due_at": case.due_at.isoformat() if case.due_at else None})
    if case.unit and case.status == CaseStatus.ROUTED:
        notify.due_changed(session, ctx, case, key=f"{total}-{_count(case)}", now=now, days=days, reason=reason,
                           decided_by=decided_by, regulatory_days=total)
    return f"已延期 {days} 天：办理时限 {due}，监管时限 {regulatory}（自受理起 {total} 天）"


def _moved(due_at: datetime, days: int, ctx: Context) -> datetime:
    moved = local(due_at) + timedelta(days=days)
    day = ctx.calendar.next_working_day_on_or_after(moved.date())
    return datetime.combine(day, moved.timetz())


def _regulatory_due(case: Case, ctx: Context, total: int) -> datetime:
    extra = total - ctx.settings.sla.regulatory_calendar_days
    return compute_deadlines(case.received_at, ctx.settings.sla, ctx.calendar,
                             extra_regulatory_days=extra).regulatory_due_at


def _count(case: Case) -> int:
    """Tells apart two extensions to the same total (after a reopening, say)."""
    return case.reopen_count
