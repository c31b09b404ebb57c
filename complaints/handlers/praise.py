"""A unit's mail telling of a customer's praise (锦旗, 表扬信, 感谢信): that unit's praise, never a case.

Recorded as the comment book's praise is (`complaints.comment_book_duty`, the day's record),
so the digest counts it per unit beside the comment books'; it is not the day's comment-book
answer. The unit hears in its thread that the praise was recorded and was not opened as a
complaint. A sender whose From is not proven still has its praise recorded, marked 来源未验证
(the unit's own mailbox gets the confirmation, so a forgery does not go unseen).
"""

from __future__ import annotations

from sqlmodel import Session

from complaints import notify
from complaints.authenticity import UNVERIFIED_SOURCE_LABEL
from complaints.classify import Classified
from complaints.comment_book_duty import record_praise
from complaints.context import Context
from core.clock import local
from core.errors import ParseError
from core.store.models import Message
from parsers.mail import ParsedMessage
from parsers.replies import extract_reply

PRAISE_CHARS = 500  # of the mail's own words kept on the record


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    unit = ctx.directory.unit_by_code(found.unit or "")
    if unit is None:
        raise ParseError(f"报送客户表扬的单位 {found.unit} 已不在单位名录中")
    words = extract_reply(msg.text).strip() or msg.subject
    mark = f"（{UNVERIFIED_SOURCE_LABEL}）" if found.source_unverified else ""
    record_praise(session, local(now).date(), unit.code, mark + words[:PRAISE_CHARS])
    notify.thread_reply(session, ctx, None, msg, "客户表扬已登记",
                        [f"已记入{unit.name}的客户表扬记录（不作为投诉办理），计入周报。谢谢！"],
                        now, key=f"praise-{row.id}")
    return f"praise recorded for {unit.code}"
