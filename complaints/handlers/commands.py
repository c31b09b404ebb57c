"""Staff commands by email (转办, 牵头, 协办, 延期, 重大/严重, 满意度, 办结, 重开).

Each command line is checked against the sender's rights, applied as an event, and
answered in the same thread with a confirmation or a clear error.
"""

from __future__ import annotations

from datetime import datetime

from rapidfuzz import process
from sqlmodel import Session

from complaints import notify
from complaints.context import Context
from complaints.store.models import Case, Message
from complaints.workflow import CaseStatus, EventKind, InvalidTransition, record, transition
from ingest.classify import Classified
from parsers.commands import Command, CommandSyntaxError, parse_commands
from parsers.mail import ParsedMessage


class CommandRefused(Exception):
    """A command that cannot be applied; its text goes back to the sender."""


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    case = session.get(Case, found.case_id) if found.case_id else None
    lines: list[tuple[bool, str]] = []
    if case is None:
        lines.append((False, "未找到案件编号：请在主题中保留 [TS-年份-编号]，或回复系统发出的案件邮件。"))
        notify.command_reply(session, ctx, None, msg, lines, now, key=f"cmd-{row.id}")
        return "command without case"
    row.case_id = case.id
    for item in parse_commands(msg.text):
        if isinstance(item, CommandSyntaxError):
            lines.append((False, f"「{item.line}」：{item.message}"))
            continue
        try:
            lines.append((True, apply(session, ctx, case, item, msg.from_address, row, now)))
        except (CommandRefused, InvalidTransition) as exc:
            record(session, case, EventKind.COMMAND_REFUSED, actor=msg.from_address, at=now,
                   detail=f"{item.line}：{exc}", message=row)
            lines.append((False, f"「{item.line}」：{exc}"))
    notify.command_reply(session, ctx, case, msg, lines, now, key=f"cmd-{row.id}")
    return f"{sum(ok for ok, _ in lines)}/{len(lines)} commands applied"


def apply(session: Session, ctx: Context, case: Case, cmd: Command, actor: str, row: Message, now: datetime) -> str:
    handler = _HANDLERS.get(cmd.name)
    if handler is None:
        raise CommandRefused(f"指令 {cmd.name} 尚未支持")
    return handler(session, ctx, case, cmd, actor, row, now)


def _unit_code(ctx: Context, text: str) -> str:
    """A unit code from a code, name or alias; an unknown one is refused with the closest names."""
    text = text.strip()
    unit = ctx.directory.unit_by_code(text)
    if unit is None:
        unit = next((u for u in ctx.directory.unit if text in (u.name, *u.aliases)), None)
    if unit is not None:
        return unit.code
    choices = {u.code: " ".join([u.name, *u.aliases]) for u in ctx.directory.unit}
    close = process.extract(text, choices, limit=3)
    hint = "、".join(f"{ctx.directory.unit_by_code(code).name}({code})" for _, _, code in close)
    raise CommandRefused(f"单位名录中没有「{text}」。最接近的是：{hint}")


def _route(session, ctx, case, cmd, actor, row, now) -> str:
    if not cmd.args:
        raise CommandRefused("转办需要写明单位，例如：转办 三元支行")
    code = _unit_code(ctx, cmd.args[0])
    case.unit = code
    case.co_units = [c for c in case.co_units if c != code]
    transition(session, case, CaseStatus.ROUTED, EventKind.ROUTED, actor=actor, at=now,
               detail=f"工会指令转办至 {code}", message=row, data={"unit": code, "by": "command"})
    notify.routed(session, ctx, case, None, now)
    return f"已转办至 {ctx.directory.unit_by_code(code).name}"


_HANDLERS = {"route": _route}
