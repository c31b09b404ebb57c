"""A part of a letter that comes once its case is open: 补充 on that case, never a second case.

The part's text (its scans read as a new letter's are) is added to the case's content under
a heading, its files join the case's originals, the timeline records it (`supplemented`),
the units handling the case get it with its files (the office, while no unit has the case:
the 督办 mail sent when it is routed carries the whole letter), and an outside source hears
that the part was added to the case.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from complaints import notify
from complaints.cases import thread_ids
from complaints.context import Context
from complaints.intake import read_complaint
from complaints.letter_join import Part, part_text
from complaints.originals import add_originals
from complaints.workflow import EventKind, record
from core.errors import ParseError
from core.store.models import Case, Message
from outbox import followup_mails
from outbox.queue import enqueue


def supplement(session: Session, ctx: Context, case: Case, row: Message, part: Part, now: datetime) -> str:
    """Add the late part to `case` and pass it on; returns the pipeline's outcome."""
    number = part_number(case, part)
    text = _text(ctx, case, part)
    if text:
        case.content = f"{case.content}\n\n【补充：来信第{number}封】\n{text}"
    names = tuple(att.filename for att in part.msg.attachments)
    add_originals(case, row, names)
    case.fields = {**case.fields, "letter_parts": _with_part(case, row, part, number)}
    case.updated_at = now
    session.add(case)
    row.case_id = case.id
    record(session, case, EventKind.SUPPLEMENTED, actor=part.msg.from_address or "?", at=now, message=row,
           detail=f"收到客户来信第{number}封（主题：{part.msg.subject}），已补充到本案"
                  + (f"，附件：{'、'.join(names)}" if names else "") + "；未另立案")
    _forward(session, ctx, case, row, part, number, text, now)
    if notify.is_external_source(ctx, case):
        notify.thread_reply(session, ctx, case.id, part.msg, "补充来信已收到", [
            f"贵方补发的客户来信第{number}封已收到，已补充到本行案件 {case.id}，并转送承办单位一并办理，不另立案。"],
            now, key=f"part-{row.id}")
    return f"{case.id} supplemented with part {number}"


def part_number(case: Case, part: Part) -> int:
    """The part's own number, or the one after the case's last part for a 续."""
    if part.marker.number is not None:
        return part.marker.number
    received = ((case.fields or {}).get("letter_parts") or {}).get("received") or [1]
    return max(received) + 1


def _text(ctx: Context, case: Case, part: Part) -> str:
    """The part read as a letter (body and scans); only the body when nothing could be read."""
    try:
        return read_complaint(part.msg, case.channel, ctx.directory).content
    except ParseError:
        return part_text(part.msg)


def _with_part(case: Case, row: Message, part: Part, number: int) -> dict:
    parts = dict((case.fields or {}).get("letter_parts") or
                 {"base_subject": part.marker.base, "family": "continuation", "total": None, "received": [1],
                  "missing": [], "messages": []})
    parts["received"] = sorted({*parts.get("received", []), number})
    parts["missing"] = [n for n in parts.get("missing", []) if n != number]
    parts["messages"] = [*parts.get("messages", []), row.id]
    return parts


def _forward(session: Session, ctx: Context, case: Case, row: Message, part: Part, number: int, text: str,
             now: datetime) -> None:
    units = [u for u in map(ctx.directory.unit_by_code, [case.unit or "", *case.co_units]) if u is not None]
    files = [(att.filename, att.content_type, att.data) for att in part.msg.attachments]
    closing = (["本补充属于同一投诉，不另立案，办理时限不变。请与原督办内容一并核实处理，办理情况请回复本邮件反馈。"] if units else
               ["本案尚待分派承办单位；分派时督办邮件将包含全部来信内容和附件。"])
    mail = followup_mails.case_forward_mail(
        case, ctx.directory, ctx.settings, now=now, kind="supplement", key=f"part-{row.id}",
        title=f"客户来信补充（第{number}封）", addressee="、".join(u.name for u in units) or ctx.settings.office.name,
        intro=f"来件方补发了客户来信的第{number}封（主题：{part.msg.subject}），内容如下：",
        quoted=text or "（本封只有附件，见附件）", closing=closing, to=[u.email for u in units],
        cc=[ctx.settings.office.address] if units else [], reveal_contact=bool(units),
        references=thread_ids(session, case), attachments=files)
    enqueue(session, mail, case_id=case.id, now=now)
