"""Reopening a case one level up: back to its unit with a new due date, the supervisors in cc.

Level 1 (the first reopening) puts the unit's supervising leader on the case; from the
second reopening on the president supervises too. The regulatory limit keeps counting from
the original receipt: a reopening never restarts the regulator's clock.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from complaints import notify, provisional
from complaints.context import Context
from complaints.workflow import CaseStatus, EventKind, Refused, transition
from core.config import Leader
from core.store.models import Case, Message
from outbox.views import format_datetime_cn, unit_name
from router.deadlines import compute_deadlines

MAX_LEVEL = 2


def supervisors(ctx: Context, case: Case, level: int) -> list[Leader]:
    """Who supervises the case at `level`: the units' leaders, then the presidents too."""
    directory = ctx.directory
    units = [directory.unit_by_code(code) for code in [case.unit, *case.co_units] if code]
    leaders = [directory.leader_by_id(u.leader) for u in units if u is not None]
    people = [x for x in leaders if x is not None] + (directory.presidents() if level >= MAX_LEVEL else [])
    return list({x.id: x for x in people}.values())


def reopen_case(session: Session, ctx: Context, case: Case, *, actor: str, now: datetime, row: Message | None,
                why: str, why_short: str, objection: str = "", objection_label: str = "客户意见") -> str:
    """`reopened` → `routed` to the same unit, one level up, with a fresh due date.

    The result given before and the objection stay on the case (`fields`), so every 督办单
    of the new round shows them."""
    if not case.unit:
        raise Refused("案件没有承办单位，不能重新办理；请先用“转办 单位”指定承办单位")
    previous = case.result_text
    case.reopen_count += 1
    level = min(MAX_LEVEL, case.reopen_count)
    people = supervisors(ctx, case, level)
    said = f"{objection_label}：{objection}" if objection else ""
    transition(session, case, CaseStatus.REOPENED, EventKind.REOPENED, actor=actor, at=now, detail=why + said,
               message=row, data={"level": level, "reopen_count": case.reopen_count, "objection": objection,
                                  "supervisors": [x.email for x in people]})
    case.due_at = compute_deadlines(now, ctx.settings.sla, ctx.calendar).due_at
    provisional.mark(case, ctx.calendar)
    case.result_text, case.answered_at, case.closed_at, case.overdue = None, None, None, False
    case.fields = {**case.fields, "level": level, "previous_result": previous or "", "objection": objection,
                   "objection_label": objection_label}
    name = unit_name(case.unit, ctx.directory)
    due = format_datetime_cn(case.due_at)
    transition(session, case, CaseStatus.ROUTED, EventKind.ROUTED, actor=actor, at=now, message=row,
               detail=f"重新转办至{name}（第 {case.reopen_count} 次），督办：{_names(people)}，办理时限 {due}",
               data={"unit": case.unit, "co_units": case.co_units, "by": "reopen", "level": level})
    notify.reopened(session, ctx, case, now=now, why=why, why_short=why_short, supervisors=people,
                    previous_result=previous, objection=objection)
    return f"案件已退回{name}重新办理，抄送{_names(people)}，新的办理时限 {due}"


def _names(people: list[Leader]) -> str:
    titles = {"vice_president": "副行长", "president": "行长"}
    return "、".join(x.name + titles.get(x.role, "") for x in people) or "工会"
