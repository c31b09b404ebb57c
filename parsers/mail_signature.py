"""The sender's e-mail signature, legal disclaimer and system notice, taken off a body.

A province's staff retype or paste a customer's letter into a mail that ends with their own
signature block (name, department, 电话/手机/地址 lines) and the bank's confidentiality
notice. Neither is the complaint: the signature's name is not the customer's, its phone not
the customer's, and the notice is no part of what the customer said. A customer's own
closing ("骆春华 / 2026年11月30日", "联系电话：…") names no department and stays. A line the
sending system writes under every mail ("本邮件由系统自动发送，请勿直接回复") is no one's words.
Nor is the earlier mail quoted under a new complaint typed on top of a thread (a reply to last
month's 转办 with another customer's complaint in it): that mail is history, not this complaint.
"""

from __future__ import annotations

import re

from parsers.cover_note import is_cover_note
from parsers.pii import scan
from parsers.replies import extract_reply, split_history

_DISCLAIMER = re.compile(r"保密|机密|错收|误收|免责声明|confidential|intended only|privileged|disclaimer",
                         re.IGNORECASE)
_DISCLAIMER_MIN = 40  # characters: a notice is a paragraph, not a word in a line
_ORGANISATION = re.compile(r"分行|支行|总行|分理处|营业部|[^\s]{1,12}部$|[^\s]{1,12}部\s|中心|办公室|公司|银行")
_CONTACT_LABEL = re.compile(r"^\s*(?:电话|手机|座机|地址|邮箱|传真|Tel|Mobile|E-?mail|Fax)\s*[:：]", re.IGNORECASE)
_CUSTOMER = re.compile(r"客户|投诉人|来信人|来访人|来电人")
_BLOCK_LINES = 6
_BLOCK_LINE_MAX = 40
# What a system says of the mail it sends (that a machine sent it, that no one reads answers),
# at the start of its line after at most a prompt word ("温馨提示：", "Note:", "This is an").
_SYSTEM_NOTICE = re.compile(
    r"(?:本|此|该)(?:邮件|信件|消息|信息|通知|工单)[^。！!\n]{0,16}?(?:自动|系统)(?:发送|发出|生成|推送)|"
    r"系统(?:自动)?(?:邮件|通知|消息)|请勿(?:直接)?回复|请不要直接回复|"
    r"(?:do\s+not|don'?t)\s+reply\b|auto(?:matically|mated)?[- ]?(?:generated|sent)\b",
    re.IGNORECASE,
)
_NOTICE_LEAD = re.compile(
    r"[\W_]*(?:(?:温馨|重要)?提示|注意|说明|备注|注|note|please|this\s+(?:is\s+an?|e-?mail|message)(?:\s+(?:is|was))?)?[\W_]*",
    re.IGNORECASE,
)
_NOTICE_LINE_MAX = 80  # characters: a notice is a line of its own


def is_system_notice(line: str) -> bool:
    """A line that only tells how the mail was sent ("此邮件由工单系统自动发送，请勿回复"); a
    customer's sentence that quotes one ("客户称收到短信：本短信由系统自动发送…") is no notice."""
    line = line.strip()
    if not 0 < len(line) <= _NOTICE_LINE_MAX:
        return False
    return _SYSTEM_NOTICE.match(line, _NOTICE_LEAD.match(line).end()) is not None


def without_system_notices(text: str) -> str:
    """`text` without the lines that are a sending system's notice."""
    return "\n".join(line for line in text.split("\n") if not is_system_notice(line))


_CONTACTS = ("id_number", "mobile", "landline")  # what names a customer in a complaint's own words


def own_complaint(text: str) -> str | None:
    """The words typed above quoted earlier mail when they are a complaint of their own, else None.

    Of their own: not a forwarding note ("请处理", "见下"), and naming a customer's phone or ID
    number that the quoted mail does not — a forwarder's remark on the complaint below
    ("该客户情绪激动，请尽快处理") names none, nor do its signature's numbers count."""
    own, history = split_history(text)
    if not history:
        return None
    words = _without_signature(without_system_notices(extract_reply(own)))
    if is_cover_note(words):
        return None
    quoted = {m.value for m in scan(history, _CONTACTS)}
    return own if any(m.value not in quoted for m in scan(words, _CONTACTS)) else None


def without_mail_signature(text: str) -> str:
    """`text` without quoted earlier mail under a complaint of its own, system notices, a
    trailing disclaimer and the staff signature block above it."""
    return _without_signature(without_system_notices(own_complaint(text) or text))


def _without_signature(text: str) -> str:
    """`text` without a trailing disclaimer and the staff signature block above it."""
    paragraphs = re.split(r"(\n[ \t\u3000]*\n)", text.rstrip())
    while len(paragraphs) > 2 and _is_disclaimer(paragraphs[-1]):
        paragraphs = paragraphs[:-2]
    if len(paragraphs) > 2 and _is_signature_block(paragraphs[-1]):
        paragraphs = paragraphs[:-2]
    return "".join(paragraphs)


def _is_disclaimer(paragraph: str) -> bool:
    flat = paragraph.strip()
    return len(flat) >= _DISCLAIMER_MIN and bool(_DISCLAIMER.search(flat))


def _is_signature_block(paragraph: str) -> bool:
    """A few short lines naming a department and a way to reach the sender, and no customer."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    return (0 < len(lines) <= _BLOCK_LINES and all(len(line) <= _BLOCK_LINE_MAX for line in lines)
            and any(_ORGANISATION.search(line) for line in lines)
            and any(_CONTACT_LABEL.search(line) for line in lines)
            and not any(_CUSTOMER.search(line) for line in lines))
