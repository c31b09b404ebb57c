"""A unit's "not ours" reply: the case goes back to the office for 转办, the unit is cleared.

The 督办单 invites exactly this answer, so it is no result and the customer is not called.
The lead unit's request returns the case to `triage` (no unit, no unit deadline: the office
deadline job chases the office instead); a co-unit's request takes it off the co-units.
Either way the office gets the unit's reason quoted and the unit a confirmation in its thread.
Runs in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from complaints import cases, notify
from complaints.context import Context
from complaints.senders import Role, Sender
from complaints.workflow import CaseStatus, EventKind, record, transition
from core.store.models import Case, Message
from parsers.mail import ParsedMessage

REASON_CHARS = 500


def request_reassignment(session: Session, ctx: Context, case: Case, sender: Sender, row: Message,
                         msg: ParsedMessage, reason: str, now: datetime) -> str:
    """Take the unit off the case and ask the office to route it again."""
    reason = reason.strip()[:REASON_CHARS]
    lead = sender.role == Role.LEAD_UNIT
    code = case.unit if lead else next(c for c in case.co_units if _email(ctx, c) == sender.address)
    data = {"unit": code, "reason": reason, "role": str(sender.role)}
    record(session, case, EventKind.REASSIGNMENT_REQUESTED, actor=sender.address, at=now, message=row, data=data,
           detail=f"{sender.name}申请重新分派：{reason}")
    if lead:
        case.unit, case.due_at, case.overdue = None, None, False
        transition(session, case, CaseStatus.TRIAGE, EventKind.TRIAGE, actor=sender.address, at=now, message=row,
                   detail=f"{sender.name}称不属于该单位办理，案件退回{ctx.settings.office.name}重新分派",
                   data={"by": "reassignment", "from_unit": code})
    else:
        case.co_units = [c for c in case.co_units if c != code]
        record(session, case, EventKind.UNITS_CHANGED, actor=sender.address, at=now, message=row,
               detail=f"{sender.name}称不属于该单位办理，不再列为协办单位",
               data={"co_units": case.co_units, "removed": [code]})
    count = cases.event_count(session, case, EventKind.REASSIGNMENT_REQUESTED)
    notify.reassignment_requested(session, ctx, case, unit_name=sender.name, reason=reason, cleared=lead,
                                  now=now, key=f"{code}-{count}")
    notify.thread_reply(session, ctx, case.id, msg, "已申请重新分派", [
        f"已收到你单位关于本投诉不属于你单位办理的说明，已转{ctx.settings.office.name}重新分派。",
        "你单位无需继续办理本案；如工会核实后仍由你单位办理，将另行发送督办单。"], now, key=f"reassign-{row.id}")
    return "reassignment requested" if lead else "co-unit withdrew"


def _email(ctx: Context, code: str) -> str:
    unit = ctx.directory.unit_by_code(code)
    return unit.email.lower() if unit else ""
