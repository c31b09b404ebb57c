"""A read-only command by mail (classified `query`): answer it, to the directory's address only.

The reply goes to the address the directory or config lists for the sender — never to a
Reply-To, and to nobody when the sender is not in the directory (then the mail is
quarantined like any unknown mail). A read-only command must prove its sender like a
state-changing one (`complaints.authenticity`: a reply token, or the receiving server's
verdict): an unproven mail gets only a ✗ at the directory's address, with no case data, so
a forged From learns nothing and the real person sees someone asked in their name — once
per `[limits] forged_notice_minutes` (`complaints.answer_cap`), so forging cannot flood them. Which
words are which command and who may use it comes from the one table
(`complaints.staff_commands`). Nothing about a case changes, so no event is written.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from complaints import answer_cap
from complaints.classify import Classified
from complaints.context import Context
from complaints.enquiries.answers import GUIDE_LINE, Answer
from complaints.enquiries.readers import Reader, reader_for
from complaints.staff_commands import COMMANDS, QUERY_GRAMMAR
from core.errors import ComplaintsError
from core.store.models import Message
from outbox.mails import query_reply_mail
from outbox.queue import enqueue
from parsers.mail import ParsedMessage
from parsers.office_queries import Query, QueryError, parse_query


class NotInDirectory(ComplaintsError):
    """A query from an address the directory does not list (the classifier should not let one through)."""


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    reader = reader_for(msg.from_address, ctx.settings)
    query = parse_query(msg.text, msg.subject, QUERY_GRAMMAR)
    if reader is None or query is None:
        raise NotInDirectory(f"查询类指令的发件人 {msg.from_address} 不在通讯录中，或邮件中没有指令")
    now = ctx.clock.now()
    kind = "query"
    if found.source_unverified:
        every = timedelta(minutes=ctx.settings.limits.forged_notice_minutes)
        held = answer_cap.forgery_notice_due(session, reader.address, every, now)
        if held is None:
            return f"query {getattr(query, 'name', 'error')} not answered: unverified (notice held back)"
        reply, kind = unproven(found.source_unverified, held, every), answer_cap.FORGERY_NOTICE
    else:
        reply = answer(session, ctx, query, reader, now)
    refs = [r for r in [*msg.references, msg.message_id] if r]
    mail = query_reply_mail(
        to=reader.address, reader_name=reader.name, title=reply.title, lines=reply.lines, fields=reply.fields,
        tables=reply.tables, timeline=reply.timeline, attachments=reply.attachments, guide_line=GUIDE_LINE,
        in_reply_to=msg.message_id, references=refs, original_subject=msg.subject, key=f"query-{row.id}",
        settings=ctx.settings, now=now, kind=kind)
    enqueue(session, mail, case_id=None, now=now)
    outcome = "unverified" if found.source_unverified else "ok" if reply.ok else "refused"
    return f"query {getattr(query, 'name', 'error')} answered to {reader.address}: {outcome}"


def answer(session: Session, ctx: Context, query: Query | QueryError, reader: Reader, now: datetime) -> Answer:
    """The table's handler for the query, if the reader's role may use it; else a ✗."""
    if isinstance(query, QueryError):
        return Answer(False, "指令未能识别", (f"✗ {query.message}", "发送“帮助”可查看全部指令。"))
    refused = COMMANDS.refusal(query.name, reader.audience, reader.address)
    if refused:
        return Answer(False, "无权使用该指令", (f"✗ “{query.line}”：{refused}",))
    return COMMANDS.entry(query.name).handle(session, ctx, query, reader, now)


def unproven(why: str, held: int, every: timedelta) -> Answer:
    """The only answer to a mail whose sender is not proven: that it was not answered, and why
    (at most one per person per `every`; `held` such mails since the last were not answered either)."""
    return Answer(False, "未予答复：未能验证发件人", (
        f"✗ 以您的地址发出的一封查询邮件未能验证确为您本人所发，系统未予答复：{why}。",
        "如确为您本人所发，请从本人邮箱直接发送（经本行邮件服务器验证），或回复系统发给您的邮件；"
        "如不是您本人所发，说明有人冒用您的地址，请告知工会办公室。", *answer_cap.forgery_notice_lines(held, every)))
