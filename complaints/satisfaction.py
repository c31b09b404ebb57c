"""The customer's verdict on an answered case: 满意/基本满意 closes it, 不满意 reopens it one level up.

The verdict comes from union staff (`满意度 …` after calling the customer) or from the
customer's own reply to the survey mail. Runs in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from complaints.closure import close_case
from complaints.context import Context
from complaints.reopening import reopen_case
from complaints.workflow import CaseStatus, EventKind, Refused, record, status_name
from core.satisfaction import SATISFACTION_CHOICES, SATISFACTION_LEVELS
from core.store.models import Case, Message


def record_satisfaction(session: Session, ctx: Context, case: Case, level: str, *, actor: str, via: str,
                        now: datetime, row: Message | None, reason: str = "") -> str:
    """Record the verdict (and the customer's reason) and act on it; returns the confirmation a person reads.

    The reason of a 不满意 is kept on the case and goes to the unit with the reopened case."""
    if level not in SATISFACTION_LEVELS:
        raise Refused(f"满意度只能是：{SATISFACTION_CHOICES}")
    if case.status == CaseStatus.CLOSED:
        raise Refused(f"案件已办结（满意度：{case.satisfaction or '未登记'}）；如需重新办理请用“重开”")
    if case.status != CaseStatus.ANSWERED:
        raise Refused("承办单位尚未反馈处理情况，暂不能登记满意度")
    case.satisfaction = level
    reason = reason.strip()
    record(session, case, EventKind.SATISFACTION, actor=actor, at=now, message=row,
           detail=f"客户满意度：{level}" + (f"，客户意见：{reason}" if reason else "") + f"（{via}）",
           data={"level": level, "via": via, "reason": reason})
    if level == "不满意":
        return reopen_case(session, ctx, case, actor=actor, now=now, row=row, why="客户对处理结果不满意。",
                           why_short="客户不满意",
                           objection=reason, objection_label="客户意见")
    return close_case(session, ctx, case, actor=actor, now=now, row=row)


def late_verdict(session: Session, case: Case, level: str, *, actor: str, via: str, now: datetime,
                 row: Message | None) -> None:
    """A verdict for a case already closed or not yet answered: kept on the trail, nothing changes."""
    record(session, case, EventKind.NOTE, actor=actor, at=now, message=row, data={"level": level, "via": via},
           detail=f"案件状态为“{status_name(case.status)}”时收到满意度：{level}（{via}），未改变案件")
