"""An outlet's answer to its comment-book reminder: 无, or entries that each become a case.

Praise (表扬, 感谢) is recorded on the unit's day as praise, never opened as a complaint.
A report that only points at a photo of the book's page is read from the photo (OCR).

The outlet and the day come from the reminder the mail replies to (its signed Message-ID),
else from the sender's address (today). Only the outlet itself, its supervising leader
or union staff may report for it. Each entry (numbered 1. 2. … or the whole text) opens a
case in the `comment_book` channel routed to that outlet; the answer confirms in the thread.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime

from sqlmodel import Session

from complaints import cases, notify
from complaints.classify import Classified
from complaints.comment_book_duty import load_day, parse_duty_key, save_day
from complaints.context import Context
from complaints.handlers.new_case import mark_source_unverified
from complaints.intake import read_complaint
from complaints.opening import open_case
from complaints.routing import route_to_outlet
from complaints.senders import Role, identify
from core.clock import local
from core.errors import ParseError
from core.message_ids import parse_message_id
from core.store.models import Case, Message
from outbox.reply_tokens import key_without_token
from outbox.views import format_datetime_cn
from parsers.attached_scans import is_scan, letter_text, read_scans
from parsers.cover_note import is_cover_note
from parsers.mail import ParsedMessage
from parsers.registrations import is_praise
from parsers.replies import extract_reply
from router.decide import route

_NOTHING = re.compile(r"^(?:今日|今天|本日)?(?:意见簿|意见箱|意见簿箱)?(?:检查)?(?:无|没有|暂无)(?:新增|新的|新)?"
                      r"(?:客户)?(?:意见|留言|记录|登记|内容)?[。.!！,，\s]*$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）]\s*")


def is_nothing(text: str) -> bool:
    """"无", "今日无意见", "没有新意见": the book had no new entry."""
    return bool(_NOTHING.match(unicodedata.normalize("NFKC", text.strip())))


def split_entries(text: str) -> list[str]:
    """The entries of a report: numbered items each on their own, else the whole text as one."""
    lines = [ln.rstrip() for ln in text.strip().split("\n")]
    if not any(_NUMBERED.match(ln) for ln in lines):
        return [text.strip()] if text.strip() else []
    entries: list[list[str]] = []
    for line in lines:
        if _NUMBERED.match(line):
            entries.append([_NUMBERED.sub("", line, count=1)])
        elif entries and line.strip():
            entries[-1].append(line.strip())
    return ["\n".join(e).strip() for e in entries if "".join(e).strip()]


def report_text(msg: ParsedMessage) -> str:
    """The report's words: the mail's own, or — when they only point at a photo of the page
    ("今日意见簿新增留言一条，照片见附件") — what the photographed page says."""
    text = extract_reply(msg.text).strip()
    photos = [att for att in msg.attachments if is_scan(att)]
    if photos and (not text or is_cover_note(text)):
        return letter_text(read_scans(photos)).strip() or text
    return text


def duty_of(msg: ParsedMessage, ctx: Context) -> tuple[str, date] | None:
    """(outlet code, duty day) from the reminder this mail answers, else from the sender."""
    for mid in [msg.in_reply_to or "", *reversed(msg.references)]:
        parts = parse_message_id(mid, ctx.settings.keyring().every()) if mid else None
        if parts is not None and parts.kind == "cbook":
            found = parse_duty_key(key_without_token(parts.key))
            if found is not None:
                return found
    unit = ctx.directory.unit_by_email(msg.from_address or "")
    if unit is not None:
        return unit.code, local(ctx.clock.now()).date()
    return None


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    duty = duty_of(msg, ctx)
    if duty is None:
        raise ParseError("意见簿回复无法确定是哪个网点：请网点直接回复系统发出的意见簿检查提醒邮件")
    code, day = duty
    unit = ctx.directory.unit_by_code(code)
    if unit is None:
        raise ParseError(f"意见簿回复所属网点 {code} 已不在单位名录中")
    if not _may_report(ctx, msg.from_address, unit):
        return _unverified(session, ctx, row, msg, unit.name, now)
    text = report_text(msg)
    if is_nothing(text):
        _mark(session, day, code, now, [])
        notify.thread_reply(session, ctx, None, msg, "意见簿检查已登记",
                            [f"已记录：{unit.name} {day.isoformat()} 意见簿无新意见。谢谢！"], now, key=f"cbook-{row.id}")
        return f"comment book {code} {day}: nothing"
    entries = split_entries(text)
    if not entries:
        notify.thread_reply(session, ctx, None, msg, "意见簿检查未登记",
                            ["回复中没有内容：请回复“无”，或逐条写明意见簿中的客户意见。"], now, key=f"cbook-{row.id}")
        return f"comment book {code} {day}: empty reply"
    praise = [entry for entry in entries if is_praise(entry)]
    opened = [open_entry(session, ctx, row, msg, entry, unit.code, day, now, found.source_unverified)
              for entry in entries if not is_praise(entry)]
    row.case_id = opened[0].id if opened else None
    _mark(session, day, code, now, [c.id for c in opened], praise)
    lines = [f"{n}. 已登记为案件 {c.id}：{c.content[:30]}" + (f"；办理时限 {format_datetime_cn(c.due_at)}" if c.due_at else "")
             for n, c in enumerate(opened, 1)]
    if opened:
        lines.append(f"以上意见已转{unit.name}办理，督办邮件另发；请联系客户处理后回复督办邮件反馈处理情况。")
    if praise:
        lines.append(f"另有客户表扬 {len(praise)} 条，已记入{unit.name}的表扬记录（不作为投诉办理），谢谢！")
    notify.thread_reply(session, ctx, opened[0].id if len(opened) == 1 else None, msg, "意见簿意见已登记", lines, now,
                        key=f"cbook-{row.id}")
    return f"comment book {code} {day}: {len(opened)} case(s), {len(praise)} praise"


def open_entry(session: Session, ctx: Context, row: Message, msg: ParsedMessage, entry: str, code: str, day: date,
               now: datetime, source_unverified: str | None = None) -> Case:
    """One comment-book entry as a case in the `comment_book` channel, routed to its outlet;
    marked 来源未验证 when the report neither answered the outlet's own reminder (its token)
    nor was vouched for by the receiving server — recorded all the same."""
    entry_msg = replace(msg, text=entry, html=None, attachments=(), forwarded=())
    intake = read_complaint(entry_msg, "comment_book", ctx.directory)
    prior = cases.prior_cases(session, intake.customer_phone, intake.acceptance_number, now)
    case = open_case(session, ctx, row, entry_msg, intake, now)
    if source_unverified:
        mark_source_unverified(case, source_unverified)
    route_to_outlet(session, ctx, case, route(intake.complaint, ctx.directory, prior, now), code, day, row, now)
    return case


def _may_report(ctx: Context, address: str, unit) -> bool:
    sender = identify(address, None, ctx.settings)
    leader = ctx.directory.leader_by_id(unit.leader)
    return (sender.role == Role.STAFF or address.lower() == unit.email.lower()
            or (leader is not None and address.lower() == leader.email.lower()))


def _mark(session: Session, day: date, code: str, now: datetime, case_ids: list[str],
          praise: list[str] | None = None) -> None:
    """The unit answered for the day: the cases its entries opened and the praise it recorded."""
    state = load_day(session, day)
    earlier = state["replies"].get(code) or {}
    state["replies"][code] = {"at": now.isoformat(), "cases": [*earlier.get("cases", []), *case_ids],
                              "praise": [*earlier.get("praise", []), *(praise or [])]}
    save_day(session, day, state)


def _unverified(session: Session, ctx: Context, row: Message, msg: ParsedMessage, unit_name: str,
                now: datetime) -> str:
    sender = identify(msg.from_address, None, ctx.settings)
    paragraphs = [f"{msg.from_address} 回复了{unit_name}的意见簿检查提醒，但不是该网点、其分管领导或工会经办人员的地址，"
                  "回复未登记。", extract_reply(msg.text)[:500] or "(空)"]
    if sender.look_alike_of:
        paragraphs.append(f"注意：该地址与本行地址 {sender.look_alike_of} 相似，可能是仿冒。")
    notify.office_alert(session, ctx, "意见簿回复来自非授权地址", paragraphs,
                        {"发件人": msg.from_address, "主题": msg.subject}, key=f"cbook-unverified-{row.id}", now=now)
    return "comment book reply from an unverified sender"
