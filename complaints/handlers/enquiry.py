"""A read-only command by mail (classified `query`): answer it, to the directory's address only.

The reply goes to the address the directory or config lists for the sender — never to a
Reply-To, and to nobody when the sender is not in the directory (then the mail is
quarantined like any unknown mail). A forged From: thus sends the answer to the real
person, who can see someone asked. Nothing about the case changes, so no event is written.
"""

from __future__ import annotations

from sqlmodel import Session

from complaints.context import Context
from complaints.enquiries.answers import GUIDE_LINE, answer
from complaints.enquiries.readers import reader_for
from core.errors import ComplaintsError
from core.store.models import Message
from ingest.classify import Classified
from outbox.mails import query_reply_mail
from outbox.queue import enqueue
from parsers.mail import ParsedMessage
from parsers.office_queries import parse_query


class NotInDirectory(ComplaintsError):
    """A query from an address the directory does not list (the classifier should not let one through)."""


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    reader = reader_for(msg.from_address, ctx.settings)
    query = parse_query(msg.text, msg.subject)
    if reader is None or query is None:
        raise NotInDirectory(f"查询类指令的发件人 {msg.from_address} 不在通讯录中，或邮件中没有指令")
    now = ctx.clock.now()
    reply = answer(session, ctx, query, reader, now)
    refs = [r for r in [*msg.references, msg.message_id] if r]
    mail = query_reply_mail(
        to=reader.address, reader_name=reader.name, title=reply.title, lines=reply.lines, fields=reply.fields,
        tables=reply.tables, timeline=reply.timeline, attachments=reply.attachments, guide_line=GUIDE_LINE,
        in_reply_to=msg.message_id, references=refs, original_subject=msg.subject, key=f"query-{row.id}",
        settings=ctx.settings, now=now)
    enqueue(session, mail, case_id=None, now=now)
    return f"query {getattr(query, 'name', 'error')} answered to {reader.address}: {'ok' if reply.ok else 'refused'}"
