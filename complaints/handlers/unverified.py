"""A mail acting on an existing case that does not prove its From: kept, changes nothing.

`complaints.authenticity` found no proof (no reply token of the sender's, no server
verdict). The mail is recorded on the case as an unverified note; the person it claims to
come from — at the address the directory holds for them, never a stranger's address — is
told that nothing was done, so a forgery in their name does not go unseen (at most once an
hour per person: `notify.forgery_notice`, so forging cannot flood their mailbox); the union office
hears of every such mail in one batched alert an hour (`unverified_summary`), not one per mail.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from complaints import notify
from complaints.classify import Classified, Kind
from complaints.context import Context
from complaints.senders import Role, identify, known_addresses, look_alike
from complaints.staff_commands import REPLY_GRAMMAR
from complaints.workflow import EventKind, record
from core.clock import local
from core.store.db import session_scope
from core.store.models import Case, Message
from core.store.state import get_state, set_state
from outbox import mails
from outbox.queue import enqueue
from parsers.commands import Command, parse_commands
from parsers.mail import ParsedMessage

SUMMARY_EVERY = timedelta(hours=1)
_STATE_KEY = "unverified_summary_through"
_KNOWN = frozenset(Role) - {Role.UNKNOWN}


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    case = session.get(Case, found.case_id)
    row.case_id = case.id
    claimed = identify(msg.from_address, case, ctx.settings)
    commands = [c.line for c in parse_commands(msg.text, REPLY_GRAMMAR) if isinstance(c, Command)]
    record(session, case, EventKind.UNVERIFIED_NOTE, actor=claimed.address or "?", at=now, message=row,
           detail=f"未经验证的邮件，未改变案件：{found.reason}",
           data={"role": str(claimed.role), "look_alike_of": claimed.look_alike_of, "commands": commands})
    told = ""
    if claimed.role in _KNOWN and claimed.address:
        told = "" if notify.forgery_notice(session, ctx, case.id, msg, _refusal(found.reason), now,
                                           key=f"unverified-{row.id}") else " (notice held back)"
    return f"unverified ({claimed.role}): nothing changed{told}"


def _refusal(reason: str) -> list[str]:
    return [f"以您的地址发出的这封邮件未能验证确为您本人所发，系统未据此改变案件：{reason}。",
            "如确为您本人所发，请直接回复系统发给您的案件邮件（邮件程序会回复到其中的专用回复地址）；"
            "如不是您本人所发，说明有人冒用您的地址，工会办公室已收到提醒。"]


def _summary_line(m: Message, known: list[str]) -> str:
    imitated = look_alike(m.sender or "", known)
    warning = f"（与本行地址 {imitated} 相似，可能是仿冒）" if imitated else ""
    return f"{local(m.stored_at):%m-%d %H:%M} 案件 {m.case_id or '-'}：发件人 {m.sender or '(无)'}{warning}，主题「{m.subject or ''}」"


def unverified_summary(ctx: Context, now: datetime) -> str | None:
    """At most once an hour: one alert to the office listing every unverified mail since the last."""
    last = get_state(ctx.engine, "unverified_summary_at")
    if last and now - datetime.fromisoformat(last) < SUMMARY_EVERY:
        return None
    through = int(get_state(ctx.engine, _STATE_KEY) or 0)
    with session_scope(ctx.engine) as session:
        rows = session.exec(select(Message).where(Message.kind == str(Kind.UNVERIFIED), Message.id > through)
                            .order_by(Message.id)).all()
        if not rows:
            return None
        known = known_addresses(ctx.settings)
        lines = [_summary_line(m, known) for m in rows[:200]]
        if len(rows) > 200:
            lines.append(f"……另有 {len(rows) - 200} 封，见 complaints case 案件编号")
        mail = mails.office_alert_mail(
            f"{len(rows)} 封未经验证的案件邮件未被执行",
            ["以下邮件声称来自本行人员或案件相关方，但无法验证（不是对系统发给本人邮件的回复，也没有收信服务器的验证结果）。"
             "系统未据此改变任何案件，并已告知被冒用地址的本人。如频繁出现，请 IT 人员检查邮件服务器的发件人验证。",
             *lines], [("邮件数", str(len(rows)))], key=f"unverified-{rows[-1].id}", settings=ctx.settings, now=now)
        enqueue(session, mail, case_id=None, now=now)
        set_state(session, _STATE_KEY, str(rows[-1].id))
        set_state(session, "unverified_summary_at", now.isoformat())
    return f"{len(rows)} unverified mail(s) reported"
