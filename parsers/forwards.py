"""A complaint forwarded to the service, read from inside: the original's text, sender and date.

Complaints reach the branch forwarded: as a `message/rfc822` attachment, or inline under a
client's separator — Outlook "-----Original Message-----" / "-----原始邮件-----" or a
"________" rule over 发件人:/From: fields, Foxmail/QQ and Coremail "------------------ 原始邮件
------------------" / "----- 原始邮件 -----", 163/126 webmail "-------- 转发邮件信息 --------",
"----- 转发的邮件 -----", Sina/Sohu/Aliyun a long "------" rule over 发件人：/发送时间：/主　题：,
Gmail "---------- Forwarded message ---------", Apple Mail "Begin forwarded message:" /
"开始转发的邮件：", Thunderbird "-------- Forwarded Message --------" / "-------- 转发的消息
--------" (Subject/Date/From/To, the subject first), NetEase Mail Master's "| 发件人 | … |"
rows, Lotus Notes "----- 转发者 … -----" over a memo header (sender and date on lines of
their own, then 收件人 / 抄送 / 主题 labels over their values). The forwarder is the channel
the mail came by; the complaint, its author and its date are the forwarded message's. A
forward of a forward is read down to the first message with words of its own. A mail whose
own words above the separator are a complaint of their own (`own_complaint`) is no forward:
it is that complaint, typed on top of an earlier thread. Pure.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import datetime

from parsers.cover_note import is_cover_note
from parsers.loose_dates import parse_loose_date
from parsers.mail import ParsedMessage
from parsers.mail_signature import own_complaint
# The separators and header fields a reply's history starts with are the same marks a
# forward starts with: one definition, in parsers.replies.
from parsers.replies import (
    _NOTES_FORWARD as NOTES_FORWARD,
    _RULE as RULE,
    _SEPARATOR as SEPARATOR,
    _SIGNATURE as MOBILE_SIGNATURE,
    _header_block_end as header_block_end,
    _is_header_block as is_header_block,
    _wrote_span as wrote_span,
)

MAX_DEPTH = 5
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_FIELD = re.compile(r"^[*]{0,2}([^:：*]{1,12}?)[*]{0,2}\s*[:：]\s*(.*)$")
_DATE_KEYS = {"发送时间", "发送日期", "时间", "日期", "sent", "date"}
_SUBJECT_KEYS = {"主题", "主旨", "subject"}
_FROM_KEYS = {"发件人", "寄件者", "发信人", "from"}
_NOTES_LABELS = {"收件人", "抄送", "密送", "主题", "to", "cc", "bcc", "subject"}
_QUOTE = re.compile(r"^\s*[>＞] ?")
_LABELS = _FROM_KEYS | _DATE_KEYS | _SUBJECT_KEYS | _NOTES_LABELS | {"reply-to", "回复地址", "回复至"}
# "| 发件人 | 黄先生<…> |" (a table row as text) and "主　题：" (a label spaced to line up)
_TABLE_ROW = re.compile(r"^\s*\|([^|]{1,16})\|(.*)$")
_SPACED_LABEL = re.compile(r"^\s*([\u4e00-\u9fff](?:[ \t\u3000\xa0]+[\u4e00-\u9fff]){1,3})\s*([:：].*)$")
_FIELD_LOOKAHEAD = 6  # a From:/发件人: field this close under a Subject:/Date: one makes a header block


@dataclass(frozen=True)
class Forwarded:
    """The message inside a forward, and the forwarder's own note above it."""

    text: str
    note: str = ""
    sender_name: str = ""
    sender_address: str = ""
    date: datetime | None = None
    subject: str = ""
    kind: str = "inline"  # "inline" or "attachment"


def forwarded_original(msg: ParsedMessage) -> Forwarded | None:
    """The forwarded complaint in this mail, if it is a forward; None for an ordinary mail, and
    for a new complaint typed above quoted earlier mail (what is below is history, not it)."""
    found = _attached(msg) or (None if own_complaint(msg.text) else inline_forward(msg.text))
    depth = 0
    while found is not None and depth < MAX_DEPTH:
        deeper = inline_forward(found.text)
        if deeper is None or not is_cover_note(deeper.note):
            break
        found = Forwarded(**{**deeper.__dict__, "note": found.note, "kind": found.kind})
        depth += 1
    return found


def _attached(msg: ParsedMessage) -> Forwarded | None:
    """A message/rfc822 attachment with text in it (the first one); when that message only
    passes on a message attached to it in turn (a note shorter than what it attaches: the
    head office forwarding the customer's mail to the province, which forwards it to us),
    the message it passes on, down to the customer's own."""
    inner = next((f for f in msg.forwarded if f.text.strip()), None)
    if inner is None:
        return None
    for _ in range(MAX_DEPTH):
        deeper = next((f for f in inner.forwarded if f.text.strip()), None)
        if deeper is None or len(deeper.text.strip()) <= len(inner.text.strip()):
            break
        inner = deeper
    return Forwarded(text=inner.text.strip(), note=msg.text.strip(), sender_name=inner.from_name,
                     sender_address=inner.from_address, date=inner.date, subject=inner.subject,
                     kind="attachment")


def inline_forward(text: str) -> Forwarded | None:
    """The first inline forward in a body: what is below its separator and header block."""
    lines = [_as_field(line) for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    first = _skip_blank(lines, 0)
    for index, raw in enumerate(lines):
        line = _clean(raw)
        if SEPARATOR.match(line) or NOTES_FORWARD.match(line):
            start = _skip_blank(lines, index + 1)
        elif RULE.match(line) and _header_follows(lines, index + 1):
            start = _skip_blank(lines, index + 1)
        elif index == first and _is_fields(lines, index):
            start = index  # a forward whose client put the header block first, with no separator
        elif span := _quoting(lines, index):
            return _read_quoted(lines, index, span, "\n".join(lines[:index]).strip())
        else:
            continue
        note = "\n".join(lines[:index]).strip()
        return _read_forward(lines, start, note)
    return None


def _quoting(lines: list[str], index: int) -> int:
    """The lines of an "在 2026/12/1 20:33, 罗美琴 写道:" / "On … wrote:" attribution starting
    here when the message it quotes follows as "> " lines (a forward sent as a reply), else 0."""
    span = wrote_span(lines, index)
    after = _skip_blank(lines, index + span) if span else len(lines)
    return span if after < len(lines) and _QUOTE.match(lines[after]) else 0


def _read_quoted(lines: list[str], index: int, span: int, note: str) -> Forwarded:
    """The quoted message, without its "> " marks; its author and date from the attribution."""
    attribution = " ".join(_clean(line) for line in lines[index:index + span])
    inner = re.sub(r"^(?:在|on)\s*|\s*(?:写道|wrote)\s*[:：]?\s*$", "", attribution, flags=re.IGNORECASE)
    when, _, who = inner.rpartition("，") if "，" in inner else inner.rpartition(",")
    name, address = _sender(who.strip())
    body = _unquoted(lines[index + span:])
    return Forwarded(text=body, note=note, sender_name=name, sender_address=address,
                     date=parse_loose_date(when.strip()))


def _as_field(line: str) -> str:
    """A header field written as a table row or with a spaced label, as "label：value"."""
    for pattern in (_TABLE_ROW, _SPACED_LABEL):
        match = pattern.match(line)
        if match:
            label = re.sub(r"[\s\u3000\xa0]+", "", match.group(1))
            if label.lower() in _LABELS:
                value = match.group(2)
                return f"{label}{value}" if pattern is _SPACED_LABEL else f"{label}：{value.strip().rstrip('|').strip()}"
    return line


def _is_fields(lines: list[str], index: int) -> bool:
    """A forward's header block: From:/发件人: first (most clients), or Thunderbird's, which puts
    Subject: and Date: above From:."""
    if index >= len(lines) or is_header_block(lines, index):
        return index < len(lines)
    if not _field_key(lines[index]):
        return False
    for line in lines[index + 1:index + 1 + _FIELD_LOOKAHEAD]:
        key = _field_key(line)
        if key in _FROM_KEYS:
            return True
        if not key:
            return False
    return False


def _field_key(line: str) -> str:
    match = _FIELD.match(_clean(line))
    key = match.group(1).strip().lower() if match else ""
    return key if key in _LABELS else ""


def _read_forward(lines: list[str], start: int, note: str) -> Forwarded:
    if _is_fields(lines, start):
        end = header_block_end(lines, start)
        fields = _fields(lines[start:end])
    else:
        end, fields = _notes_memo(lines, start)
    name, address = _sender(fields.get("from", ""))
    body = _unquoted(lines[end:])
    return Forwarded(text=body, note=note, sender_name=name, sender_address=address,
                     date=parse_loose_date(fields.get("date", "")), subject=fields.get("subject", ""))


def _unquoted(lines: list[str]) -> str:
    """The forwarded text without one level of "> " and without a phone's "发自我的iPhone"
    lines, which the forwarded mail's own sender added under their words."""
    kept = (_QUOTE.sub("", line) for line in lines)
    return "\n".join(line for line in kept if not MOBILE_SIGNATURE.match(_clean(line).lstrip("> ＞"))).strip()


def _fields(block: list[str]) -> dict[str, str]:
    """from / date / subject of a 发件人:/From: header block."""
    found: dict[str, str] = {}
    for raw in block:
        match = _FIELD.match(_clean(raw))
        if not match:
            continue
        key, value = match.group(1).strip().lower(), match.group(2).strip()
        for name, keys in (("from", _FROM_KEYS), ("date", _DATE_KEYS), ("subject", _SUBJECT_KEYS)):
            if key in keys and name not in found:
                found[name] = value
    return found


def _notes_memo(lines: list[str], start: int) -> tuple[int, dict[str, str]]:
    """A Lotus Notes memo header: sender line, date line, then label lines over their values."""
    fields: dict[str, str] = {}
    index = start
    limit = min(len(lines), start + 20)
    while index < limit:
        line = _clean(lines[index])
        low = line.lower()
        if low in ("主题", "subject"):
            value_at = _skip_blank(lines, index + 1)
            fields["subject"] = _clean(lines[value_at]) if value_at < len(lines) else ""
            return value_at + 1, fields
        if low in _NOTES_LABELS or not line:
            pass
        elif "from" not in fields and _ADDRESS.search(line) or "from" not in fields and index == start:
            fields["from"] = line
        elif "date" not in fields and parse_loose_date(line) is not None:
            fields["date"] = line
        index += 1
    return start, {}  # not a memo header after all: the whole rest is the forwarded text


def _sender(value: str) -> tuple[str, str]:
    name, address = email.utils.parseaddr(value.replace("＜", "<").replace("＞", ">"))
    if "@" not in address:
        found = _ADDRESS.search(value)
        address = found.group(0) if found else ""
        name = value.replace(address, "").strip(" <>\"'") if address else value.strip()
    return name.strip().strip('"'), address.lower()


def _header_follows(lines: list[str], index: int) -> bool:
    return _is_fields(lines, _skip_blank(lines, index))


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not _clean(lines[index]):
        index += 1
    return index


def _clean(line: str) -> str:
    return line.replace("\xa0", " ").replace("\u3000", " ").strip()
