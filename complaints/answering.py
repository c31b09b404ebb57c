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
from parsers.pii import mask_text

AWAITING_ANSWER = (CaseStatus.ROUTED, CaseStatus.ANSWERED)
SUPPLEMENT_CHARS = 1000


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
    if case.status == CaseStatus.ANSWERED:
        return _supplement(session, ctx, case, answer, sender, row, now, data)
    case.result_text, case.handler, case.answered_at = answer.result, data["handler"], now
    case.overdue = False
    case.fields = {**case.fields, "handled_at": handled_at, "result_source": answer.source}
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


def _supplement(session: Session, ctx: Context, case: Case, answer: Answer, sender: Sender, row: Message | None,
                now: datetime, data: dict) -> str:
    """A further reply from the lead unit after its answer: added to the result (the first answer
    keeps its time — it is what 按时答复 counts) and shown to the office, who calls the customer
    and approves what the customer is told."""
    if answer.result not in (case.result_text or ""):
        case.result_text = "\n".join(p for p in (case.result_text, f"（补充）{answer.result}") if p)
    record(session, case, EventKind.ANSWERED, actor=sender.address, at=now, message=row, data=data,
           detail=f"补充处理情况：{answer.result}")
    notify.office_alert(session, ctx, "承办单位补充了处理情况", [
        f"{sender.name or sender.address}在反馈后补充了处理情况：",
        mask_text(answer.result[:SUPPLEMENT_CHARS]),
        "回访客户、审定客户答复时请一并参考；如需改写给客户的答复，请回复本案邮件“回复客户 文字”。"],
        {"案件编号": case.id, "承办单位": sender.name or sender.address},
        key=f"supplement-{row.id if row is not None else now.isoformat()}", now=now, case_id=case.id)
    return "answer supplemented"
