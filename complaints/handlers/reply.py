"""A reply on a case: the unit's result makes the case `answered`; others leave a note.

Only the unit (lead or co-unit address), its supervising leader or union staff may answer
for the unit; anything else is kept on the case as an unverified note and the office is told.
"""

from __future__ import annotations

from sqlmodel import Session

from complaints import notify
from complaints.context import Context
from complaints.store.models import Case, Message
from complaints.workflow import CaseStatus, EventKind, record, transition
from ingest.classify import Classified
from parsers.documents import is_form_attachment, parse_form_document
from complaints.errors import ParseError
from parsers.mail import ParsedMessage
from parsers.replies import extract_reply


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    case = session.get(Case, found.case_id)
    row.case_id = case.id
    sender = msg.from_address
    if not _may_answer(ctx, case, sender):
        record(session, case, EventKind.UNVERIFIED_NOTE, actor=sender or "?", at=now,
               detail=f"非授权地址的回复，未改变案件：{extract_reply(msg.text)[:500]}", message=row)
        notify.office_alert(session, ctx, f"[{case.id}] 收到非授权地址的回复", [
            f"发件人 {sender} 不是承办单位、其分管领导或工会经办人员的地址，回复已作为未核实备注存档，案件未改变。",
            "如确属承办单位，请将其地址加入单位名录，或由工会经办人员转发。"],
            {"案件编号": case.id, "发件人": sender, "主题": msg.subject}, key=f"unverified-{row.id}", now=now)
        return "unverified note"
    result, handler = _result(msg)
    if case.status not in (CaseStatus.ROUTED, CaseStatus.ANSWERED):
        record(session, case, EventKind.NOTE, actor=sender, at=now, detail=f"案件状态为 {case.status} 时收到回复：{result[:500]}",
               message=row)
        return "note (case not awaiting an answer)"
    if not result:
        record(session, case, EventKind.ANSWER_INCOMPLETE, actor=sender, at=now, detail="回复中没有处理情况", message=row)
        notify.ask_for_result(session, ctx, case, msg, now)
        return "answer without result"
    case.result_text, case.handler, case.answered_at = result, handler or sender, now
    if case.status == CaseStatus.ANSWERED:
        record(session, case, EventKind.ANSWERED, actor=sender, at=now, detail=f"补充处理情况：{result}", message=row)
        return "answer updated"
    transition(session, case, CaseStatus.ANSWERED, EventKind.ANSWERED, actor=sender, at=now,
               detail=result, message=row, data={"handler": case.handler})
    return "answered"


def _may_answer(ctx: Context, case: Case, sender: str) -> bool:
    allowed = {s.lower() for s in ctx.settings.office.staff}
    for code in [case.unit, *case.co_units]:
        unit = ctx.directory.unit_by_code(code) if code else None
        if unit is None:
            continue
        allowed.add(unit.email.lower())
        leader = ctx.directory.leader_by_id(unit.leader)
        if leader is not None:
            allowed.add(leader.email.lower())
    return sender.lower() in allowed


def _result(msg: ParsedMessage) -> tuple[str, str | None]:
    """The result from a returned form (督办单 or acceptance form), else the reply body."""
    for att in msg.attachments:
        if not is_form_attachment(att.filename, att.content_type):
            continue
        try:
            form = parse_form_document(att.data, att.filename, att.content_type)
        except ParseError:
            continue
        if form.get("result"):
            return form.get("result"), form.get("handler")
    return extract_reply(msg.text).strip(), None
