"""A new complaint: read it, open the case, route it, and queue every mail it promises."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session

from complaints import cases, notify, provisional
from complaints.context import Context
from complaints.intake import Intake, read_complaint
from complaints.originals import record_originals
from complaints.workflow import CaseStatus, EventKind, record, transition
from core.clock import local
from core.errors import CalendarUnknown
from core.store.models import Case, Message
from ingest.classify import Classified
from parsers.mail import ParsedMessage
from router.deadlines import compute_deadlines
from router.decide import Decision, route

log = logging.getLogger(__name__)


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    if found.channel == "comment_book":
        from complaints.comment_book import handle_report  # an outlet's daily comment-book report

        return handle_report(session, ctx, row, msg, found)
    now = ctx.clock.now()
    intake = read_complaint(msg, found.channel or "online", ctx.directory)
    earlier = cases.earlier_cases(session, intake.customer_phone, intake.acceptance_number,
                                  msg.from_address or None, now)
    if earlier.opened is not None:
        existing = earlier.opened
        row.case_id = existing.id
        record(session, existing, EventKind.DUPLICATE_RECEIVED, actor=msg.from_address or "?", at=now,
               detail=f"同一受理单（编号 {intake.acceptance_number}）再次收到，未重复分派", message=row)
        return f"duplicate of {existing.id}"
    case = open_case(session, ctx, row, msg, intake, now)
    decision = route(intake.complaint, ctx.directory, earlier.prior, now)
    _apply_decision(session, ctx, case, decision, row, now)
    return f"{case.id} {case.status} {case.unit or ''}".strip()


def open_case(session: Session, ctx: Context, row: Message, msg: ParsedMessage, intake: Intake, now: datetime) -> Case:
    case = Case(
        id=cases.next_case_id(session, local(now).year),
        status=str(CaseStatus.RECEIVED),
        channel=intake.channel,
        category=intake.category,
        cause=intake.cause,
        received_at=now,
        acceptance_number=intake.acceptance_number,
        customer_name=intake.customer_name,
        customer_phone=intake.customer_phone,
        customer_id_number=intake.customer_id_number,
        customer_account=intake.customer_account,
        customer_email=intake.customer_email,
        content=intake.content,
        request=intake.request,
        source_address=msg.from_address or None,
        source_message_id=msg.message_id,
        fields={"source": intake.source, "urgency": intake.urgency, "unit_field": intake.unit_field,
                "form": intake.fields, **({"texts": intake.texts} if intake.texts else {}),
                **({"unreadable": [{"file": name, "reason": why} for name, why in intake.unreadable]}
                   if intake.unreadable else {})},
        updated_at=now,
    )
    record_originals(case, row, intake.originals)
    session.add(case)  # written with its events and mails when the mail's savepoint ends
    row.case_id = case.id
    record(session, case, EventKind.RECEIVED, actor=msg.from_address or "?", at=now,
           detail=f"收到投诉（{intake.source}），主题：{msg.subject}", message=row)
    if intake.unreadable:
        record(session, case, EventKind.NOTE, actor="system", at=now, message=row,
               detail="部分附件无法读取，已按可读内容立案，已请来件方重发可读文件："
               + "；".join(f"「{name}」{why}" for name, why in intake.unreadable))
    return case


def _apply_decision(session: Session, ctx: Context, case: Case, decision: Decision, row: Message, now: datetime) -> None:
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
        deadlines = compute_deadlines(now, ctx.settings.sla, ctx.calendar)
    except CalendarUnknown as exc:
        record(session, case, EventKind.NOTE, actor="system", at=now, detail=f"无法计算办理时限：{exc}")
        notify.office_alert(session, ctx, "工作日历缺少年份，无法计算办理时限", [str(exc)],
                            {"案件编号": case.id}, key=f"calendar-{case.id}", now=now)
        return
    case.due_at = deadlines.due_at
    case.regulatory_due_at = deadlines.regulatory_due_at
    case.fields = {**case.fields, "remind_at": deadlines.remind_at.isoformat()}
    provisional.mark(case, ctx.calendar)
