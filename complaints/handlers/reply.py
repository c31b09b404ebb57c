"""A reply on a case: who wrote it decides what it is.

- the lead unit: the case's result — unless it says the case is not theirs (不属于我处,
  请重新分派 …), which is a request to reassign (`complaints.reassignment`);
- a co-unit (协办): its contribution, kept and passed to the lead unit, never the result;
- a leader (the unit's supervising leader, a president, any leader): a 批示, recorded and
  passed in the thread to the units, never the result; the deadline chase goes on;
  a president may also approve an extension (批准);
- union staff or the office: commands, and any other text a note on the case, sent nowhere;
- the customer's own address: the verdict on the survey.
Anything else is kept as an unverified note that changes nothing, and the office is told
(look-alike addresses named as such). Command lines from anyone but staff are refused in
the thread and reported to the office.
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from complaints import notify
from complaints.answering import AWAITING_ANSWER, accept_answer
from complaints.answers import read_answer, satisfaction_in
from complaints.classify import Classified
from complaints.context import Context
from complaints.extensions import PENDING
from complaints.handlers.commands import run_commands
from complaints.reassignment import request_reassignment
from complaints.satisfaction import late_verdict, record_satisfaction
from complaints.senders import LEADER_ROLES, Role, Sender, identify
from complaints.staff_commands import REPLY_GRAMMAR
from complaints.workflow import CaseStatus, EventKind, record, status_name
from core.store.models import Case, Message
from outbox.copies import ROLE_TITLES
from parsers.commands import Command, parse_commands
from parsers.declines import decline_phrase
from parsers.mail import ParsedMessage
from parsers.replies import extract_reply

NOTE_CHARS = 500
APPROVE = "approve"          # the 批准 row of complaints.staff_commands
AGREED = "同意"               # what most leaders write under a request they approve


def _implied_approval(msg: ParsedMessage, case: Case) -> tuple[Command, ...]:
    """A leader's bare 同意 while an extension waits for the president: meant as 批准 (so that it is
    carried out, or refused, instead of reaching the unit as a 批示 that reads like an approval)."""
    if not (case.fields or {}).get(PENDING):
        return ()
    lines = [line.strip() for line in extract_reply(msg.text).split("\n") if line.strip()]
    if lines and lines[0].rstrip("。.！!，, ") == AGREED:
        return (Command(APPROVE, (), "", lines[0]),)
    return ()


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    case = session.get(Case, found.case_id)
    row.case_id = case.id
    sender = identify(msg.from_address, case, ctx.settings)
    commands = tuple(c for c in parse_commands(msg.text, REPLY_GRAMMAR) if isinstance(c, Command))
    if sender.role == Role.CUSTOMER:
        return _customer(session, ctx, case, sender, row, msg)
    if sender.role in LEADER_ROLES:
        commands = commands or _implied_approval(msg, case)
    if sender.role == Role.PRESIDENT and commands:
        return _commands(session, ctx, case, sender, row, msg, commands, refused=False)
    if sender.role in LEADER_ROLES:
        approvals = tuple(c for c in commands if c.name == APPROVE)
        if approvals:  # not the president's: answered ✗, never passed to the unit as a 批示 "批准"
            return _commands(session, ctx, case, sender, row, msg, approvals, refused=True)
        return _instruction(session, ctx, case, sender, row, msg)
    if not sender.may_answer:
        return _unverified(session, ctx, case, sender, row, msg, commands)
    if sender.role in (Role.STAFF, Role.OFFICE):
        return _office_note(session, ctx, case, sender, row, msg, commands)
    outcome = _commands(session, ctx, case, sender, row, msg, commands, refused=True) if commands else ""
    return "; ".join(x for x in (outcome, _unit_reply(session, ctx, case, sender, row, msg, commands)) if x)


def _unit_reply(session: Session, ctx: Context, case: Case, sender: Sender, row: Message, msg: ParsedMessage,
                commands: tuple[Command, ...]) -> str:
    """The lead unit's result or a co-unit's contribution — or, from either, a "not ours"."""
    own = _without_command_lines(msg, commands)
    if decline_phrase(own.text) and case.status == CaseStatus.ROUTED and not _returned_form(own):
        return request_reassignment(session, ctx, case, sender, row, msg, extract_reply(own.text), ctx.clock.now())
    return _answer(session, ctx, case, sender, row, own, commands)


def _returned_form(msg: ParsedMessage) -> bool:
    """A filled 督办单 or acceptance form came back: that is a result whatever the body says."""
    return read_answer(replace(msg, text="")).source.startswith("form:")


def _office_note(session: Session, ctx: Context, case: Case, sender: Sender, row: Message, msg: ParsedMessage,
                 commands: tuple[Command, ...]) -> str:
    """Staff commands are run; the rest of a staff mail is a note on the case, sent nowhere."""
    refused = sender.role != Role.STAFF
    outcome = _commands(session, ctx, case, sender, row, msg, commands, refused=refused) if commands else ""
    words = extract_reply(_without_command_lines(msg, commands).text).strip()
    if words:
        record(session, case, EventKind.NOTE, actor=sender.address, at=ctx.clock.now(), message=row,
               detail=f"工会备注：{words[:NOTE_CHARS]}")
    return "; ".join(x for x in (outcome, "office note" if words else "") if x) or "office mail without text"


def _answer(session: Session, ctx: Context, case: Case, sender: Sender, row: Message, msg: ParsedMessage,
            commands: tuple[Command, ...]) -> str:
    now = ctx.clock.now()
    answer = read_answer(msg)
    if case.status not in AWAITING_ANSWER:
        if answer.result:
            record(session, case, EventKind.NOTE, actor=sender.address, at=now, message=row,
                   detail=f"案件状态为“{status_name(case.status)}”时收到回复：{answer.result[:NOTE_CHARS]}")
        return "note (case not awaiting an answer)"
    if not answer.result:
        if commands:
            return ""
        record(session, case, EventKind.ANSWER_INCOMPLETE, actor=sender.address, at=now, message=row,
               detail="回复中没有处理情况，已请对方补充")
        notify.ask_for_result(session, ctx, case, msg, now, key=f"ask-{row.id}")
        return "answer without result"
    return accept_answer(session, ctx, case, answer, sender, row, now)


def _without_command_lines(msg: ParsedMessage, commands: tuple[Command, ...]) -> ParsedMessage:
    """The mail with its command lines removed: "延期 5天 原因…" is not a result."""
    if not commands:
        return msg
    lines = {c.line.strip() for c in commands}
    own = [line for line in extract_reply(msg.text).split("\n") if line.strip() not in lines]
    return replace(msg, text="\n".join(own))


def _commands(session: Session, ctx: Context, case: Case, sender: Sender, row: Message, msg: ParsedMessage,
              commands: tuple[Command, ...], *, refused: bool) -> str:
    """Commands from a president (批准) or, refused, from a unit or leader; answered in the thread."""
    now = ctx.clock.now()
    lines = run_commands(session, ctx, case, commands, sender=sender, row=row, now=now)
    notify.reply_in_thread(session, ctx, case.id, msg, lines, now, key=f"cmd-{row.id}")
    if any(not ok for ok, _ in lines):
        notify.office_alert(session, ctx, "收到非授权人员的指令", [
            f"{sender.name or ''} {sender.address} 在案件邮件中写了指令，已拒绝执行：",
            *(text for ok, text in lines if not ok),
            "如确需执行（例如承办单位申请延期），请工会经办人员回复本邮件写明指令，例如：延期 10天 原因：客户出差。"],
            {"案件编号": case.id, "发件人": sender.address, "主题": msg.subject},
            key=f"refused-{row.id}", now=now, case_id=case.id)
    done = sum(ok for ok, _ in lines)
    return f"{done}/{len(lines)} commands applied" if not refused else f"{len(lines) - done} command(s) refused"


def _customer(session: Session, ctx: Context, case: Case, sender: Sender, row: Message, msg: ParsedMessage) -> str:
    """The customer answers the survey: 满意/基本满意 closes, 不满意 reopens; anything else is read by a person."""
    now = ctx.clock.now()
    words = extract_reply(msg.text).strip()
    level = satisfaction_in(words)
    via = f"客户邮件回复：{words[:200]}"
    if level is not None and case.status == CaseStatus.ANSWERED:
        record_satisfaction(session, ctx, case, level, actor=sender.address, via="客户邮件回复", now=now, row=row,
                            reason=words[:NOTE_CHARS] if level == "不满意" else "")
        return f"customer satisfaction {level}"
    if level is not None:
        late_verdict(session, case, level, actor=sender.address, via=via, now=now, row=row)
    else:
        record(session, case, EventKind.NOTE, actor=sender.address, at=now, message=row,
               detail=f"客户来信：{words[:NOTE_CHARS]}")
    notify.office_alert(session, ctx, "客户回复了案件邮件", [
        f"客户 {sender.address} 回复：{words[:NOTE_CHARS] or '(空)'}",
        "系统未据此改变案件，请经办人员阅处；如需登记满意度请回复：满意度 满意|基本满意|不满意。"],
        {"案件编号": case.id, "案件状态": status_name(case.status)}, key=f"customer-{row.id}", now=now, case_id=case.id)
    return "customer note"


def _instruction(session: Session, ctx: Context, case: Case, sender: Sender, row: Message,
                 msg: ParsedMessage) -> str:
    """A leader's words on the case are a 批示: recorded, passed to the units (the office in cc).

    Never the result: the case keeps its state and its deadline chase."""
    now = ctx.clock.now()
    words = extract_reply(msg.text).strip()[:NOTE_CHARS]
    if not words:
        return "leader mail without text"
    leader = ctx.directory.leader_by_email(sender.address)
    title = f"{sender.name}{ROLE_TITLES.get(leader.role, '') if leader else ''}"
    record(session, case, EventKind.INSTRUCTION, actor=sender.address, at=now, message=row,
           detail=f"{title}批示：{words}", data={"leader": sender.name, "role": str(sender.role)})
    notify.instruction(session, ctx, case, leader=title, text=words, now=now, key=f"{row.id}")
    return "instruction forwarded"


def _unverified(session: Session, ctx: Context, case: Case, sender: Sender, row: Message, msg: ParsedMessage,
                commands: tuple[Command, ...]) -> str:
    now = ctx.clock.now()
    words = extract_reply(msg.text).strip()
    record(session, case, EventKind.UNVERIFIED_NOTE, actor=sender.address or "?", at=now, message=row,
           detail=f"非授权地址的回复，未改变案件：{words[:NOTE_CHARS]}",
           data={"look_alike_of": sender.look_alike_of, "role": str(sender.role),
                 "commands": [c.line for c in commands]})
    paragraphs = [f"发件人 {sender.address} 不是承办单位、其分管领导或工会经办人员的地址，回复已作为未核实备注存档，案件未改变。"]
    if sender.look_alike_of:
        paragraphs.append(f"注意：该地址与本行地址 {sender.look_alike_of} 相似，可能是仿冒，请勿据此处理。")
    if commands:
        paragraphs.append("邮件中的指令未执行：" + "；".join(c.line for c in commands))
    paragraphs.append("如确属承办单位，请将其地址加入单位名录，或由工会经办人员转发。")
    notify.office_alert(session, ctx, "收到非授权地址的回复", paragraphs,
                        {"案件编号": case.id, "发件人": sender.address, "主题": msg.subject},
                        key=f"unverified-{row.id}", now=now, case_id=case.id)
    return "unverified note"
