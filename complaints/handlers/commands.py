"""Staff commands by email: read with the one table's words, checked against its roles, run by its handlers.

Each command line is checked against the sender's rights (`complaints.staff_commands`:
union staff give the case commands, only the president 批准), applied as events, and the
mail is answered in its own thread with one ✓/✗ line per command. A mail about no case
runs only the commands that need none (确认放假安排), and only from a proven sender; an
unproven one gets its ✗ as a forgery notice (`notify.forgery_notice`: at most one an hour per person).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlmodel import Session

from complaints import notify
from complaints.classify import Classified
from complaints.context import Context
from complaints.senders import Sender, identify
from complaints.staff_commands import COMMANDS, REPLY_GRAMMAR, SENDER_AUDIENCE, CommandTable, Scope
from complaints.workflow import EventKind, Refused, record
from core.errors import CalendarUnknown
from core.store.models import Case, Message
from parsers.commands import Command, CommandSyntaxError, ParsedCommand, parse_commands
from parsers.mail import ParsedMessage

NO_CASE = "未找到案件编号：请在主题中保留 [TS-年份-编号]，或回复系统发出的案件邮件。"


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    """A staff mail with commands (classified `command`)."""
    now = ctx.clock.now()
    case = session.get(Case, found.case_id) if found.case_id else None
    if case is None:
        sender = identify(msg.from_address, None, ctx.settings)
        lines = without_case(session, ctx, parse_commands(msg.text, REPLY_GRAMMAR), sender=sender, now=now,
                             unproven=found.source_unverified)
        answer = lines or [(False, NO_CASE)]
        if found.source_unverified:  # every line is a ✗; a forger must not flood the person named
            told = notify.forgery_notice(session, ctx, None, msg, [text for _, text in answer], now, key=f"cmd-{row.id}")
            return "unproven command without case: nothing done" + ("" if told else " (notice held back)")
        notify.reply_in_thread(session, ctx, None, msg, answer, now, key=f"cmd-{row.id}")
        return f"{sum(ok for ok, _ in lines)}/{len(lines)} office commands applied" if lines else "command without case"
    row.case_id = case.id
    sender = identify(msg.from_address, case, ctx.settings)
    lines = run_commands(session, ctx, case, parse_commands(msg.text, REPLY_GRAMMAR), sender=sender, row=row, now=now)
    notify.reply_in_thread(session, ctx, case.id, msg, lines or [(False, "邮件中没有可识别的指令。")], now,
                           key=f"cmd-{row.id}")
    return f"{sum(ok for ok, _ in lines)}/{len(lines)} commands applied"


def run_commands(session: Session, ctx: Context, case: Case, parsed: tuple[ParsedCommand, ...], *,
                 sender: Sender, row: Message | None, now: datetime,
                 table: CommandTable = COMMANDS) -> list[tuple[bool, str]]:
    """Apply each command in order; one (ok, text) line per command for the answer."""
    lines: list[tuple[bool, str]] = []
    for item in parsed:
        if isinstance(item, CommandSyntaxError):
            lines.append((False, f"「{item.line}」：{item.message}"))
            continue
        try:
            authorise(table, item, sender)
            record(session, case, EventKind.COMMAND, actor=sender.address, at=now, detail=item.line, message=row,
                   data={"name": item.name, "args": list(item.args), "reason": item.reason})
            done = table.entry(item.name).handle(session, ctx, case, item, sender, row, now)
            lines.append((True, f"「{item.line}」：{done}"))
        except (Refused, CalendarUnknown) as exc:
            why = _calendar_gap(exc) if isinstance(exc, CalendarUnknown) else str(exc)
            record(session, case, EventKind.COMMAND_REFUSED, actor=sender.address, at=now,
                   detail=f"{item.line}：{why}", message=row, data={"name": item.name})
            lines.append((False, f"「{item.line}」：{why}"))
    return lines


def without_case(session: Session, ctx: Context, parsed: tuple[ParsedCommand, ...], *, sender: Sender,
                 now: datetime, unproven: str | None, table: CommandTable = COMMANDS) -> list[tuple[bool, str]]:
    """The commands that need no case (确认放假安排), one (ok, text) line each; others are skipped."""
    lines = []
    for item in parsed:
        if isinstance(item, CommandSyntaxError) or table.entry(item.name).scope != Scope.ANY:
            continue
        try:
            if unproven:
                raise Refused(f"未能验证这封邮件确为 {sender.address} 本人所发，系统未执行：{unproven}")
            authorise(table, item, sender)
            lines.append((True, f"「{item.line}」：{table.entry(item.name).handle(session, ctx, None, item, sender, None, now)}"))
        except Refused as exc:
            lines.append((False, f"「{item.line}」：{exc}"))
    return lines


def authorise(table: CommandTable, cmd: Command, sender: Sender) -> None:
    refused = table.refusal(cmd.name, SENDER_AUDIENCE.get(sender.role), sender.address)
    if refused:
        raise Refused(refused)


def _calendar_gap(exc: CalendarUnknown) -> str:
    year = re.search(r"year (\d{4})", str(exc))
    which = f"{year[1]} 年" if year else "该年份"
    return (f"工作日历缺少{which}的节假日数据，无法计算新的时限；请 IT 人员在 complaints.toml 的 "
            f"sla.extra_holidays 和 sla.extra_workdays 中列出{which}的节假日和调休工作日后重试")
