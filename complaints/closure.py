"""Closing a case: the result goes back to where the complaint came from, then the case is `closed`.

`csc` gets its own acceptance form back with 处理情况 completed (.docx), `online` and
`superior` a reply with the result, each in the thread of the source's own mail. The
other channels started inside the branch; their result stays on the case.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlmodel import Session, select

from complaints import notify
from complaints.cases import approved_customer_text
from complaints.context import Context
from complaints.result_form import ResultValues, completed_form
from complaints.workflow import CaseStatus, EventKind, Refused, record, status_name, transition
from core.channels import EXTERNAL_CHANNELS, FORM_CHANNELS
from core.store.models import Case, Message
from outbox.views import format_date_cn, format_datetime_cn, unit_name
from parsers.documents import document_kind
from parsers.mail import parse_message

NOT_VISITED = "未回访"


def close_case(session: Session, ctx: Context, case: Case, *, actor: str, now: datetime,
               row: Message | None, reason: str = "") -> str:
    """Report the result to the source (when it is outside the branch) and close the case."""
    if case.status not in (CaseStatus.ANSWERED, CaseStatus.ROUTED):
        raise Refused(f"案件当前状态为“{status_name(case.status)}”，不能办结")
    if not case.result_text:
        if not reason:
            raise Refused("承办单位尚未反馈处理情况，不能办结；如确需办结请写明原因，例如：办结 客户已撤诉")
        case.result_text, case.handler = reason, case.handler or actor
        case.answered_at = case.answered_at or now
    reported = _report_to_source(session, ctx, case, now)
    if reported:
        record(session, case, EventKind.RESULT_REPORTED, actor="system", at=now, detail=reported,
               data={"to": case.source_address, "channel": case.channel})
    case.closed_at = now
    approved = approved_customer_text(session, case)
    if notify.closure_notice(session, ctx, case, approved_text=approved, now=now):
        record(session, case, EventKind.RESULT_REPORTED, actor="system", at=now, data={"to": "customer", "stage": "closed"},
               detail="已向客户邮箱发送办结通知（" + ("工会审定的答复" if approved else "中性通知，不含单位内部反馈") + "）")
    if notify.result_to_leaders(session, ctx, case, stage="closed", now=now):
        record(session, case, EventKind.RESULT_REPORTED, actor="system", at=now, detail="办结情况已报告曾获报告的行领导",
               data={"to": "leaders", "stage": "closed"})
    detail = "案件办结" + (f"（{reason}）" if reason else "") + f"，客户满意度：{case.satisfaction or NOT_VISITED}"
    transition(session, case, CaseStatus.CLOSED, EventKind.CLOSED, actor=actor, at=now, detail=detail,
               message=row, data={"satisfaction": case.satisfaction, "reported_to": case.source_address})
    return "案件已办结" + ("，处理结果已反馈来源" if reported else "")


def _report_to_source(session: Session, ctx: Context, case: Case, now: datetime) -> str:
    """Queue the result mail to the source; the event text, or "" when the channel has none."""
    if case.channel not in EXTERNAL_CHANNELS or not case.source_address:
        return ""
    source = _source_message(session, case)
    attachment = None
    if case.channel in FORM_CHANNELS:
        attachment = (f"投诉受理单-{case.acceptance_number or case.id}-处理情况.docx",
                      completed_form(_source_form(source), _values(case, ctx), _case_rows(case, ctx)))
    notify.result_report(session, ctx, case, now=now, original_subject=source.subject if source else None,
                         handled_at_text=_handled_text(case), satisfaction_text=case.satisfaction or NOT_VISITED,
                         attachment=attachment)
    what = "附已填写处理情况的受理单" if attachment else "回复处理结果"
    return f"处理结果已反馈来源 {case.source_address}（{what}）"


def _source_message(session: Session, case: Case) -> Message | None:
    query = select(Message).where(Message.case_id == case.id)
    if case.source_message_id:
        query = query.where(Message.message_id == case.source_message_id)
    return session.exec(query.order_by(Message.id)).first()


def _source_form(source: Message | None) -> bytes | None:
    """The .docx acceptance form the source sent, if it sent one as .docx."""
    if source is None:
        return None
    for att in parse_message(source.raw).attachments:
        if document_kind(att.data, att.filename, att.content_type) == "docx":
            return att.data
    return None


def _values(case: Case, ctx: Context) -> ResultValues:
    unit = unit_name(case.unit, ctx.directory) if case.unit else ""
    return ResultValues(result=case.result_text or "", handling_unit=unit, handler=case.handler or unit,
                        handled_at=_handled_text(case), satisfaction=case.satisfaction or NOT_VISITED)


def _handled_text(case: Case) -> str:
    """The handling date as a form writes it (2026年12月5日), whatever way the unit wrote it."""
    handled = (case.fields or {}).get("handled_at")
    if handled:
        return date_text_cn(str(handled))
    return format_date_cn(case.answered_at) if case.answered_at else ""


_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def date_text_cn(text: str) -> str:
    """`2026-12-05`, `2026/12/5`, `2026.12.05` → `2026年12月5日`; anything else as written."""
    found = _DATE.match(text)
    if not found:
        return text.strip()
    year, month, day = (int(x) for x in found.groups())
    return f"{year}年{month}月{day}日" + text[found.end():].rstrip()


def _case_rows(case: Case, ctx: Context) -> list[tuple[str, str]]:
    """The case facts for a fresh form when the source sent no .docx of its own."""
    return [
        ("受理编号", case.acceptance_number or ""), ("本行编号", case.id),
        ("受理时间", format_datetime_cn(case.received_at)), ("客户姓名", case.customer_name or ""),
        ("联系电话", case.customer_phone or ""), ("被投诉单位", unit_name(case.unit, ctx.directory) if case.unit else ""),
        ("投诉内容", case.content), ("客户诉求", case.request),
    ]
