"""The unit's result lands on the case: `answered`, with handler, date and text; the office calls the customer.

A co-unit's (协办) result is kept as its contribution and does not answer for the lead unit.
Runs in the caller's transaction; the mails that follow are queued by `notify`.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from complaints import notify
from complaints.answers import Answer
from complaints.context import Context
from complaints.senders import Role, Sender
from complaints.workflow import CaseStatus, EventKind, Refused, record, status_name, transition
from core.clock import local
from core.store.models import Case, Message

AWAITING_ANSWER = (CaseStatus.ROUTED, CaseStatus.ANSWERED)


def accept_answer(session: Session, ctx: Context, case: Case, answer: Answer, sender: Sender,
                  row: Message | None, now: datetime) -> str:
    """Record the result; a first answer moves the case to `answered` and starts the satisfaction call."""
    if case.status not in AWAITING_ANSWER:
        raise Refused(f"案件当前不在等待反馈的状态（{status_name(case.status)}）")
    handled_at = answer.handled_at or local(now).date().isoformat()
    data = {"handler": answer.handler or sender.name or sender.address, "handled_at": handled_at,
            "source": answer.source, "unit_reported_satisfaction": answer.reported_satisfaction}
    if sender.role == Role.CO_UNIT:
        record(session, case, EventKind.CONTRIBUTION, actor=sender.address, at=now, message=row,
               data={**data, "unit_name": sender.name}, detail=f"协办单位{sender.name}反馈：{answer.result}")
        notify.contribution(session, ctx, case, unit_name=sender.name, text=answer.result, now=now,
                            key=str(row.id) if row is not None else now.isoformat())
        return "co-unit contribution forwarded to the lead unit"
    case.result_text, case.handler, case.answered_at = answer.result, data["handler"], now
    case.overdue = False
    case.fields = {**case.fields, "handled_at": handled_at, "result_source": answer.source}
    if case.status == CaseStatus.ANSWERED:
        record(session, case, EventKind.ANSWERED, actor=sender.address, at=now, message=row, data=data,
               detail=f"补充处理情况：{answer.result}")
        return "answer updated"
    transition(session, case, CaseStatus.ANSWERED, EventKind.ANSWERED, actor=sender.address, at=now,
               detail=answer.result, message=row, data=data)
    survey = notify.answered(session, ctx, case, now)
    if notify.result_to_leaders(session, ctx, case, stage="answered", now=now):
        record(session, case, EventKind.RESULT_REPORTED, actor="system", at=now, detail="办理结果已报告曾获报告的行领导",
               data={"to": "leaders", "stage": "answered"})
    record(session, case, EventKind.SATISFACTION_REQUESTED, actor="system", at=now,
           detail="已请工会经办人员回访客户" + ("，并向客户邮箱发送满意度回访邮件" if survey else ""),
           data={"survey": survey})
    return "answered"
