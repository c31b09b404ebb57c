"""A new complaint: read it, open the case, route it, and queue every mail it promises."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from sqlmodel import Session, func, select

from complaints import cases
from complaints.authenticity import UNVERIFIED_SOURCE
from complaints.classify import Classified
from complaints.context import Context
from complaints.intake import Intake, read_complaint
from complaints.letter_join import JoinedLetter
from complaints.opening import open_case
from complaints.routing import apply_decision
from complaints.workflow import EventKind, record
from core.channels import Channel
from core.store.models import Case, Message
from parsers.html_text import table_records
from parsers.mail import ParsedMessage
from router.decide import route

log = logging.getLogger(__name__)


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    """One case, or one a visitor when a unit registers several in one table (a row each)."""
    records = table_records(msg.html) if found.channel == Channel.WALK_IN and msg.html else []
    if len(records) < 2:
        return open_one(session, ctx, row, msg, found)
    return "; ".join(open_one(session, ctx, row, replace(msg, text=record, html=None), found) for record in records)


def open_one(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified,
             joined: JoinedLetter | None = None) -> str:
    """One case from `msg` (a letter's parts joined into one: `joined`), routed, its mails queued."""
    now = ctx.clock.now()
    intake = registered_by(read_complaint(msg, found.channel or "online", ctx.directory), found.unit, ctx)
    earlier = cases.earlier_cases(session, intake.customer_phone, intake.acceptance_number,
                                  msg.from_address or None, now)
    if earlier.opened is not None:
        existing = earlier.opened
        row.case_id = existing.id
        record(session, existing, EventKind.DUPLICATE_RECEIVED, actor=msg.from_address or "?", at=now,
               detail=f"同一受理单（编号 {intake.acceptance_number}）再次收到，未重复分派", message=row)
        return f"duplicate of {existing.id}"
    case = open_case(session, ctx, row, msg, intake, now, joined)
    if found.source_unverified:
        mark_source_unverified(case, found.source_unverified)
    note_reused_message_id(session, row, case, now)
    decision = route(intake.complaint, ctx.directory, earlier.prior, now)
    apply_decision(session, ctx, case, decision, row, now)
    return f"{case.id} {case.status} {case.unit or ''}".strip()


def mark_source_unverified(case: Case, why: str) -> None:
    """来源未验证: the case is opened all the same (a complaint is never refused for lack of
    proof); the mark, with why, is on the case for the office's lists (`complaints cases`)."""
    case.fields = {**case.fields, UNVERIFIED_SOURCE: why}


def registered_by(intake: Intake, unit_code: str | None, ctx: Context) -> Intake:
    """A complaint a unit registered from its own mailbox is that unit's, unless its text
    names the unit complained about (a form's 被投诉单位, a unit the letter complains of)."""
    unit = ctx.directory.unit_by_code(unit_code) if unit_code else None
    if unit is None or intake.unit_field or intake.complaint.unit_mentions:
        return intake
    return replace(intake, unit_field=unit.name, complaint=replace(intake.complaint, unit_field=unit.name))


REUSED = "complaints.reused_message_ids"
"""`Session.info` key: the Message-IDs a batch's mails share with another stored mail."""


def remember_reused_message_ids(session: Session, message_pks: list[int]) -> None:
    """Which Message-IDs of these mails another stored mail has too, asked once for a batch,
    so `note_reused_message_id` asks again only for those (a reuse is rare, and the question
    asked for every mail was a fifth of its statements). Only ingest stores mail, and on
    SQLite the batch's write lock keeps it out; on PostgreSQL a copy stored meanwhile finds
    this mail when its own turn comes, and notes the reuse on both cases."""
    mine = select(Message.message_id).where(Message.id.in_(message_pks), Message.message_id.is_not(None))
    shared = (select(Message.message_id).where(Message.message_id.in_(mine))
              .group_by(Message.message_id).having(func.count() > 1))
    session.info[REUSED] = set(session.exec(shared).all()) if message_pks else set()


def note_reused_message_id(session: Session, row: Message, case: Case, now: datetime) -> None:
    """A different mail with a Message-ID already seen is handled as new; the reuse is noted on
    this case and on the case of each earlier mail, so nobody takes one for the other."""
    if not row.message_id:
        return
    known = session.info.get(REUSED)
    if known is not None and row.message_id not in known:
        return  # the batch asked already: no other mail has this Message-ID
    # Without autoflush: nothing pending changes a Message-ID, and a flush here would write
    # the case just opened, after which every later question about it (its thread, its
    # routings, whether its mails are queued) becomes a query instead of a look at the session.
    with session.no_autoflush:
        earlier = session.exec(select(Message).where(Message.message_id == row.message_id,
                                                     Message.id != row.id)).all()
    for other in earlier:
        record(session, case, EventKind.NOTE, actor="system", at=now, message=row,
               detail=f"本邮件的 Message-ID 与此前第 {other.id} 号邮件（主题：{other.subject or '无'}）相同，"
                      "但内容不同，已作为新邮件处理")
        other_case = session.get(Case, other.case_id) if other.case_id else None
        if other_case is not None and other_case.id != case.id:
            record(session, other_case, EventKind.NOTE, actor="system", at=now,
                   detail=f"后来收到的第 {row.id} 号邮件（案件 {case.id}）使用了与本案来件相同的 Message-ID，"
                          "但内容不同，已另行立案")
        elif other.state == "quarantined":  # no case to carry the note: the quarantine listing does
            other.quarantine_reason = (f"{other.quarantine_reason or ''}（另：后来收到的第 {row.id} 号邮件使用了相同的 "
                                       f"Message-ID，内容不同，已立为案件 {case.id}）")
            session.add(other)


def note_reuse_on_quarantine(session: Session, row: Message, now: datetime) -> None:
    """A quarantined mail whose Message-ID an earlier, different mail already used: the
    quarantine listing says so, and so does the earlier mail's case (or its own quarantine entry)."""
    if not row.message_id:
        return
    earlier = session.exec(select(Message).where(Message.message_id == row.message_id, Message.id != row.id)).all()
    if not earlier:
        return
    row.quarantine_reason = (f"{row.quarantine_reason}（另：本邮件的 Message-ID 与第 "
                             f"{'、'.join(str(o.id) for o in earlier)} 号邮件相同，但内容不同，已分别处理）")
    for other in earlier:
        other_case = session.get(Case, other.case_id) if other.case_id else None
        if other_case is not None:
            record(session, other_case, EventKind.NOTE, actor="system", at=now,
                   detail=f"后来收到的第 {row.id} 号邮件使用了与本案来件相同的 Message-ID，但内容不同，"
                          "该邮件已隔离（见隔离列表）")
        elif other.state == "quarantined":
            other.quarantine_reason = (f"{other.quarantine_reason or ''}（另：后来收到的第 {row.id} 号邮件"
                                       "使用了相同的 Message-ID，内容不同，也已隔离）")
            session.add(other)
