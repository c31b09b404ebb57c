"""A case is opened: the intake's fields become a `received` case with its first event.

Shared by the new-complaint handler and the comment book (one case per entry); routing
the new case is `complaints.routing`'s job.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from complaints import cases
from complaints.context import Context
from complaints.intake import Intake
from complaints.letter_join import JoinedLetter
from complaints.notify import is_external_source
from complaints.originals import record_originals
from complaints.workflow import CaseStatus, EventKind, record
from core.clock import local
from core.store.models import Case, Message
from parsers.cover_note import is_cover_note
from parsers.mail import ParsedMessage


FORWARD_NOTE_CHARS = 500
MAX_BACKDATE = timedelta(days=60)
"""A complaint dated further back than this is taken for a mistyped date: the arrival counts."""


def received_time(complained_at: datetime | None, now: datetime) -> tuple[datetime, str | None]:
    """When the complaint was received, for its time limits: its own date (a form's 受理时间,
    the forwarded mail's date, the letter's date), so a form that reaches us late gains no
    days; the arrival when it has none, or one that cannot be right (a date long past is
    noted, as it may be a mistyped year)."""
    if complained_at is None:
        return now, None
    at = complained_at.astimezone(now.tzinfo)
    if at > now:  # a sender's clock or a typing slip: the arrival is the earliest true date
        return now, None
    if now - at > MAX_BACKDATE:
        return now, f"投诉所载日期 {local(at):%Y-%m-%d %H:%M} 早于收到时间 60 天以上，疑为笔误，按收到时间计算时限"
    return at, None


def _parts_text(joined: JoinedLetter) -> str:
    return f"；来信分 {len(joined.numbers)} 封收到（第{'、'.join(map(str, joined.numbers))}封），已按顺序合并为一件"


def open_case(session: Session, ctx: Context, row: Message, msg: ParsedMessage, intake: Intake, now: datetime,
              joined: JoinedLetter | None = None) -> Case:
    """A `received` case; `joined` when the mail is a letter's parts read as one (`msg` then
    is the joined mail and `row` the stored mail of its first part)."""
    arrived = joined.arrived_at if joined and joined.arrived_at else now  # a held letter came before it opened
    received_at, date_note = received_time(intake.complained_at or arrived, now)
    case = Case(
        id=cases.next_case_id(session, local(now).year),
        status=str(CaseStatus.RECEIVED),
        channel=intake.channel,
        category=intake.category,
        cause=intake.cause,
        received_at=received_at,
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
                "business_sub": intake.complaint.business_sub if intake.complaint else None,
                **({"unreadable": [{"file": name, "reason": why} for name, why in intake.unreadable]}
                   if intake.unreadable else {}),
                **({"original": intake.original} if intake.original else {}),
                "arrived_at": arrived.isoformat(),
                **({"complained_at": intake.complained_at.isoformat()} if intake.complained_at else {}),
                **({"letter_parts": joined.fields()} if joined else {})},
        updated_at=now,
    )
    record_originals(case, row, intake.originals, joined.sources if joined else None)
    session.add(case)  # written with its events and mails when the mail's savepoint ends
    row.case_id = case.id
    record(session, case, EventKind.RECEIVED, actor=msg.from_address or "?", at=now,
           detail=f"收到投诉（{intake.source}），主题：{msg.subject}" + (_parts_text(joined) if joined else ""),
           message=row)
    if joined and joined.missing:
        record(session, case, EventKind.NOTE, actor="system", at=now, message=row,
               detail=f"客户来信分多封发来，{joined.missing_text()}未收到，已按收到的部分立案；"
                      "缺少的部分如再收到，将补充到本案并转送承办单位，不另立案")
    if date_note:
        record(session, case, EventKind.NOTE, actor="system", at=now, message=row, detail=date_note)
    note = intake.texts.get("forward_note", "")
    if note and not is_cover_note(note):
        record(session, case, EventKind.NOTE, actor=msg.from_address or "?", at=now, message=row,
               detail=f"转发人附言：{note[:FORWARD_NOTE_CHARS]}")
    if intake.unreadable:
        record(session, case, EventKind.NOTE, actor="system", at=now, message=row,
               detail="部分附件无法读取，已按可读内容立案，"
               + ("已请来件方重发可读文件：" if is_external_source(ctx, case)
                  else "来件人是本行网点或员工，系统未去信索取，请直接向来件人要可读文件：")
               + "；".join(f"「{name}」{why}" for name, why in intake.unreadable))
    return case
