"""Mail that is recorded and never answered: auto-replies, our own mail, bounces, delay notices.

An auto-reply on a case's thread (a unit's out-of-office) is noted on that case, so the
office sees who is away; it is never answered. A bounce is linked to the outbound mail it
returns (by Message-ID); that mail is marked failed, the case gets an event, and the union
office is told who could not be reached — except when the bounced mail was itself a notice
to the office, which would only bounce again. A delay notice (DSN `Action: delayed`) is no
failure: it is noted on the case and the mail stays sent.
"""

from __future__ import annotations

from sqlmodel import Session, select

from complaints import cases, notify
from complaints.classify import Classified, Kind
from complaints.context import Context
from complaints.workflow import EventKind, record
from core.store.models import Case, Message, OutboundMail
from outbox.states import OutboxState, move
from parsers.kinds import case_ids_in
from parsers.mail import ParsedMessage

_OFFICE_KINDS = ("alert", "quarantine")


def ignore(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    """Auto-replies and loops: kept, recorded on the message (and the case), never answered."""
    case = _case_of(session, msg) if found.kind == Kind.AUTO_REPLY else None
    if case is not None:
        row.case_id = case.id
        record(session, case, EventKind.NOTE, actor=msg.from_address or "?", at=ctx.clock.now(),
               detail=f"收到自动回复（未作答复）：{found.reason}；主题：{msg.subject}", message=row)
    return f"recorded ({found.reason})" + (f" on {case.id}" if case else "")


def _case_of(session: Session, msg: ParsedMessage) -> Case | None:
    for case_id in case_ids_in(msg.subject):
        case = session.get(Case, case_id)
        if case is not None:
            return case
    return cases.by_thread(session, [m for m in [msg.in_reply_to or "", *msg.references] if m])


def delay_notice(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    """A DSN with Action: delayed: the relay is still trying. Noted on the case; the mail stays sent."""
    ids = list(found.bounce.original_message_ids) if found.bounce else []
    out = session.exec(select(OutboundMail).where(OutboundMail.message_id.in_(ids))).first() if ids else None
    if out is None:
        return "delay notice for an unknown mail"
    case = session.get(Case, out.case_id) if out.case_id else None
    if case is not None:
        row.case_id = case.id
        record(session, case, EventKind.NOTE, actor="mailer-daemon", at=ctx.clock.now(), message=row,
               detail=f"邮件「{out.subject}」投递延迟，对方服务器仍在重试（不是退信）：{found.reason}")
    return f"delay notice of outbound {out.id} (not a failure)"


def bounce(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    info = found.bounce
    ids = list(info.original_message_ids) if info else []
    out = session.exec(select(OutboundMail).where(OutboundMail.message_id.in_(ids))).first() if ids else None
    failed_to = "、".join(info.failed_recipients) if info and info.failed_recipients else "(未知)"
    if out is None:
        return "bounce for an unknown mail"
    if out.state != OutboxState.FAILED:  # a second recipient's bounce of the same mail
        move(out, OutboxState.FAILED)
    out.last_error = f"bounced: {found.reason}"
    session.add(out)
    case = session.get(Case, out.case_id) if out.case_id else None
    if case is not None:
        row.case_id = case.id
        record(session, case, EventKind.MAIL_FAILED, actor="mailer-daemon", at=now,
               detail=f"邮件「{out.subject}」无法投递给 {failed_to}：{found.reason}", message=row)
    if out.kind not in _OFFICE_KINDS:
        notify.office_alert(session, ctx, "邮件退信：收件人无法送达", [
            f"系统发出的邮件「{out.subject}」被退回，收件人 {failed_to} 无法送达。",
            "请核对单位名录（units.toml）中的邮箱地址，修正后用指令重新转办。"],
            {"案件编号": out.case_id or "-", "收件人": failed_to, "原因": found.reason},
            key=f"bounce-{out.id}", now=now, case_id=out.case_id)
    return f"bounce of outbound {out.id}"
