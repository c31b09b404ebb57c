"""What kind of mail is this? Decided once, before any handler reads it.

Order matters and is the policy: our own mail coming back, bounces and auto-replies are
recorded and never answered; a mail about a known case is a reply (or staff commands);
a mail from a configured source is a new complaint; a unit telling of a customer's praise
is that unit's praise; anything else is quarantined for a person. Case lookups are passed
in (`CaseFinder`) so the rules stay pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from core.config import Settings
from core.contracts import ClassificationRule, Named
from core.message_ids import parse_message_id, verify_message_id
from parsers.commands import Command, Grammar, parse_commands
from parsers.documents import is_form_attachment
from parsers.holiday_notice import notice_text, notice_year
from parsers.kinds import Bounce, auto_reply_reason, autoresponder_sender, bounce_info, case_ids_in
from parsers.mail import ParsedMessage
from parsers.office_queries import Query, QueryError, heads_a_text, own_lines, parse_query
from parsers.registrations import is_complaint_record, is_invitation, reports_praise
from parsers.replies import extract_reply


class Kind(StrEnum):
    COMPLAINT = "complaint"
    REPLY = "reply"
    COMMAND = "command"
    QUERY = "query"            # a read-only command (帮助, 在办清单, 查询, 统计) from someone in the directory
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    DELAY_NOTICE = "delay_notice"  # a DSN saying delivery is still being tried: no failure
    LOOP = "loop"
    HOLIDAY_NOTICE = "holiday_notice"
    PRAISE = "praise"          # a unit's mail telling of a customer's praise (锦旗, 表扬信): recorded, never a case
    UNVERIFIED = "unverified"   # about a case, but its From is not proven (complaints.authenticity)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CommandWords:
    """The command words, from the one command table (complaints.staff_commands): lines in a reply, and queries."""

    reply: Grammar
    query: Grammar


class CaseFinder(Protocol):
    def exists(self, case_id: str) -> bool: ...
    def by_thread(self, message_ids: list[str]) -> str | None: ...


@dataclass(frozen=True)
class Classified:
    kind: Kind
    reason: str
    case_id: str | None = None
    channel: str | None = None
    bounce: Bounce | None = None
    unit: str | None = None  # the unit whose own mailbox registered this complaint
    source_unverified: str | None = None   # a new complaint whose sender is not proven: why (来源未验证)


def classify(msg: ParsedMessage, raw: bytes, settings: Settings, cases: CaseFinder, words: CommandWords) -> Classified:
    secret = settings.keyring().every()
    for rule in _RULES:
        found = rule(msg, raw, settings, cases, secret, words)
        if found is not None:
            return found
    return Classified(Kind.UNKNOWN, f"发件人 {msg.from_address or '(无)'} 不是已配置的投诉来源，邮件也不属于任何已有案件")


def _loop(msg, raw, settings, cases, secret, words) -> Classified | None:
    ours = settings.service_address().lower()
    if msg.headers.get("x-loop", "").strip().lower() == ours or msg.from_address == ours:
        return Classified(Kind.LOOP, "本系统发出的邮件被退回收件箱（X-Loop）")
    if msg.message_id and parse_message_id(msg.message_id, secret) is not None:
        return Classified(Kind.LOOP, "Message-ID 是本系统签发的（本系统发出的邮件被转回）")
    return None


def _bounce(msg, raw, settings, cases, secret, words) -> Classified | None:
    info = bounce_info(msg, raw)
    if info is None:
        return None
    if info.delayed:
        return Classified(Kind.DELAY_NOTICE, f"延迟投递通知（仍在重试）：{info.status} {info.diagnostic}".strip(),
                          bounce=info)
    return Classified(Kind.BOUNCE, f"退信：{info.status} {info.diagnostic}".strip(), bounce=info)


def _auto_reply(msg, raw, settings, cases, secret, words) -> Classified | None:
    """Machine answers: RFC 3834 and other headers, subject and body patterns, and known
    auto-responder addresses (noreply@, autoreply@ …) unless the address is a configured source."""
    why = auto_reply_reason(msg)
    if why is None and settings.sources.channel_of(msg.from_address) is None:
        why = autoresponder_sender(msg.from_address)
    return Classified(Kind.AUTO_REPLY, f"自动回复：{why}") if why else None


def _holiday_notice(msg, raw, settings, cases, secret, words) -> Classified | None:
    """The State Council's holiday notice forwarded by the office (never about a case)."""
    office = {s.lower() for s in settings.office.staff} | {settings.office.address.lower()}
    if msg.from_address in office and not _has_commands(msg, words) and notice_year(notice_text(msg)) is not None:
        return Classified(Kind.HOLIDAY_NOTICE, "工会转发的国务院办公厅节假日安排通知")
    return None


def _from_directory(address: str | None, settings: Settings) -> bool:
    """Union staff, the office, a unit or a leader: the people read-only commands answer."""
    address = (address or "").strip().lower()
    directory = settings.units
    return bool(address) and (
        address in {s.lower() for s in settings.office.staff} or address == settings.office.address.lower()
        or directory.unit_by_email(address) is not None or directory.leader_by_email(address) is not None)


def _query(msg, raw, settings, cases, secret, words) -> Classified | None:
    """帮助 / 在办清单 / 查询 TS-… / 统计 2026-11 (the whole first line) from the directory.

    Before the case rules: "查询 TS-2026-000123" names a case in its subject or body but is a
    question about it, not an answer to it.
    """
    if msg.attachments or not _from_directory(msg.from_address, settings):
        return None  # a mail with a file is an answer (a returned 督办单), never a question
    found = parse_query(msg.text, msg.subject, words.query)
    if isinstance(found, Query) and not heads_a_text(found, msg.text):
        return Classified(Kind.QUERY, "查询类指令")
    return None


MAX_NEAR_MISS_LINES = 3


def _query_near_miss(msg, raw, settings, cases, secret, words) -> Classified | None:
    """A short mail from the directory whose first line looks like a command but is not one
    (在办请单, 统计 十一月): answered with the closest command instead of quarantined. A
    longer mail stays for a person."""
    if msg.attachments or not _from_directory(msg.from_address, settings) \
            or len(own_lines(msg.text)) > MAX_NEAR_MISS_LINES:
        return None
    if isinstance(parse_query(msg.text, msg.subject, words.query), QueryError):
        return Classified(Kind.QUERY, "疑似查询类指令（写法有误）")
    return None


def _known_case(msg, raw, settings, cases, secret, words) -> Classified | None:
    case_id = next((c for c in case_ids_in(msg.subject) if cases.exists(c)), None)
    thread = [msg.in_reply_to or "", *msg.references]
    if case_id is None:
        signed = (verify_message_id(m, secret) for m in thread if m)
        case_id = next((c for c in signed if c and cases.exists(c)), None)
    if case_id is None:
        case_id = cases.by_thread([m for m in thread if m])
    if case_id is None:
        return None
    return _about_case(msg, settings, case_id, "对已有案件的回复", words)


def _about_case(msg: ParsedMessage, settings: Settings, case_id: str, why: str, words: CommandWords) -> Classified:
    if msg.from_address in {s.lower() for s in settings.office.staff} and _has_commands(msg, words):
        return Classified(Kind.COMMAND, "工会经办人员的指令", case_id=case_id)
    return Classified(Kind.REPLY, why, case_id=case_id)


def _comment_book_reply(msg, raw, settings, cases, secret, words) -> Classified | None:
    """An outlet's answer to its daily comment-book reminder (in its thread, or 意见簿 in the subject)."""
    for mid in [msg.in_reply_to or "", *msg.references]:
        parts = parse_message_id(mid, secret) if mid else None
        if parts is not None and parts.kind == "cbook":
            return Classified(Kind.COMPLAINT, "意见簿检查回复", channel="comment_book")
    unit = settings.units.unit_by_email(msg.from_address or "")
    opening = "\n".join((msg.text or "").strip().splitlines()[:2])
    if unit is not None and ("意见簿" in (msg.subject or "") or "意见簿" in opening):
        return Classified(Kind.COMPLAINT, f"{unit.name}报送意见簿", channel="comment_book", unit=unit.code)
    return None


def _acceptance_number(msg, raw, settings, cases, secret, words) -> Classified | None:
    """A reply that lost its tag and its thread but names the case's acceptance number."""
    finder = getattr(cases, "by_acceptance_number", None)
    case_id = finder(f"{msg.subject}\n{msg.text}") if finder is not None else None
    if case_id is None:
        return None
    return _about_case(msg, settings, case_id, "对已有案件的回复（按受理编号找到）", words)


def _has_commands(msg: ParsedMessage, words: CommandWords) -> bool:
    return any(isinstance(c, Command) or hasattr(c, "message") for c in parse_commands(msg.text, words.reply))


def _source(msg, raw, settings, cases, secret, words) -> Classified | None:
    channel = settings.sources.channel_of(msg.from_address)
    if channel is None:
        return None
    return Classified(Kind.COMPLAINT, f"来自 {channel} 来源地址", channel=channel)


def _staff_command_without_case(msg, raw, settings, cases, secret, words) -> Classified | None:
    if msg.from_address in {s.lower() for s in settings.office.staff} and _has_commands(msg, words):
        return Classified(Kind.COMMAND, "工会经办人员的指令（未找到案件编号）")
    return None


def _registration(msg, raw, settings, cases, secret, words) -> Classified | None:
    """A complaint the branch's own people registered (a walk-in, a phone call): from a unit's
    mailbox (that unit's unless the text names another) or from union staff (routed by content)."""
    unit = settings.units.unit_by_email(msg.from_address or "")
    staff = msg.from_address in {s.lower() for s in settings.office.staff}
    if unit is None and not staff:
        return None
    if is_invitation(msg):
        return Classified(Kind.UNKNOWN, "这是一封会议邀请（日历邀请），不是客户投诉登记，未建案；如确有投诉，请按登记格式另发邮件")
    has_form = any(is_form_attachment(a.filename, a.content_type) for a in msg.attachments)
    if not (has_form or is_complaint_record(f"{msg.subject}\n{msg.text}")):
        return None
    who = unit.name if unit is not None else "工会经办人员"
    return Classified(Kind.COMPLAINT, f"{who}登记的客户投诉", channel="walk_in",
                      unit=unit.code if unit is not None else None)


def _praise_report(msg, raw, settings, cases, secret, words) -> Classified | None:
    """A unit's own mailbox telling of a customer's praise (锦旗, 表扬信, 感谢信): that unit's praise,
    as the comment book's is — never a case, and not a stranger's mail to keep aside. After
    `_registration`: a mail that also records a complaint (or carries a form) is a complaint."""
    unit = settings.units.unit_by_email(msg.from_address or "")
    if unit is None or not reports_praise(f"{msg.subject}\n{extract_reply(msg.text)}"):
        return None
    return Classified(Kind.PRAISE, f"{unit.name}报送客户表扬", unit=unit.code)


_RULES: tuple[ClassificationRule, ...] = tuple(Named(fn.__name__.lstrip("_"), fn) for fn in (
    _loop,
    _bounce,
    _auto_reply,
    _holiday_notice,
    _query,
    _known_case,
    _comment_book_reply,
    _source,
    _acceptance_number,
    _staff_command_without_case,
    _query_near_miss,
    _registration,
    _praise_report,
))
"""The policy, in order: the first rule with an answer decides (`core.contracts.ClassificationRule`)."""
