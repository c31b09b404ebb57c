"""What each case command does (转办, 牵头, 协办, 延期, 问题等级, 分类, 满意度, 办结, 重开, 批准, 会议, 回复客户, 重发 …).

One function per command, all with the same shape: (session, ctx, case, command, sender,
row, now) → the ✓ text, or `Refused` with the ✗ text. The one command table
(`complaints.staff_commands`) names which function answers which words and who may use
it; reading the mail, checking rights and answering in the thread happen in
`complaints.handlers.commands`.
"""

from __future__ import annotations



from complaints import cases, holiday_arrangements, notify
from complaints.closure import close_case, date_text_cn
from complaints.context import Context
from complaints.digest import labels
from complaints.extensions import approve, extend
from complaints.outbox_admin import resend_failed
from complaints.reopening import reopen_case
from complaints.routing import route_to
from complaints.satisfaction import record_satisfaction
from complaints.workflow import CaseStatus, EventKind, Refused, record, status_name
from core.severity import LEVELS, SEVERITY_NAMES, Severity, severity_name
from core.store.models import Case
from outbox.views import unit_name
from router.unit_names import exact_unit, label, similar_units



def unit_code(ctx: Context, text: str) -> str:
    """A unit code from a code, name or alias; an unknown one is refused with the closest names."""
    text = text.strip()
    found = exact_unit(text, ctx.directory)
    if found is not None:
        return found.unit.code
    close = similar_units(text, ctx.directory)[:3]
    if close:
        raise Refused(f"单位名录中没有「{text}」。最接近的是：{'、'.join(label(m.unit) for m in close)}")
    raise Refused(f"单位名录中没有「{text}」，也没有相近的名称。可用单位：{'、'.join(map(label, ctx.directory.unit))}")


def _open_for_routing(case: Case) -> None:
    if case.status == CaseStatus.CLOSED:
        raise Refused("案件已办结；如需重新办理请先用“重开”")


def route(session, ctx, case, cmd, sender, row, now) -> str:
    _open_for_routing(case)
    code = unit_code(ctx, cmd.args[0])
    if code == case.unit and case.status == CaseStatus.ROUTED:
        raise Refused(f"案件已由{unit_name(code, ctx.directory)}办理")
    return route_to(session, ctx, case, code, case.co_units, sender.address, row, now,
                     f"已转办至{unit_name(code, ctx.directory)}")


def lead(session, ctx, case, cmd, sender, row, now) -> str:
    _open_for_routing(case)
    code = unit_code(ctx, cmd.args[0])
    if code == case.unit:
        raise Refused(f"{unit_name(code, ctx.directory)}已是牵头单位")
    co = [case.unit, *case.co_units] if case.unit else list(case.co_units)
    name = unit_name(code, ctx.directory)
    return route_to(session, ctx, case, code, co, sender.address, row, now, f"改由{name}牵头办理")


def co(session, ctx, case, cmd, sender, row, now) -> str:
    _open_for_routing(case)
    if not case.unit:
        raise Refused("案件还没有牵头单位；请先用“转办 单位”或“牵头 单位”指定")
    codes = [unit_code(ctx, text) for text in cmd.args]
    new = [c for c in dict.fromkeys(codes) if c != case.unit and c not in case.co_units]
    if not new:
        raise Refused("所列单位已是本案的牵头或协办单位")
    case.co_units = [*case.co_units, *new]
    names = "、".join(unit_name(c, ctx.directory) for c in new)
    record(session, case, EventKind.UNITS_CHANGED, actor=sender.address, at=now, message=row,
           detail=f"增加协办单位：{names}", data={"co_units": case.co_units, "added": new})
    notify.co_units_added(session, ctx, case, new, now)
    return f"已增加协办单位{names}，督办邮件已抄送"


def extend_deadline(session, ctx, case, cmd, sender, row, now) -> str:
    return extend(session, ctx, case, int(cmd.args[0]), cmd.reason, actor=sender.address, now=now, row=row)


def change_severity(session, ctx, case, cmd, sender, row, now) -> str:
    level = cmd.args[0]
    if level == case.severity:
        raise Refused(f"案件已是{severity_name(level)}")
    old = case.severity
    case.severity = level
    record(session, case, EventKind.SEVERITY_CHANGED, actor=sender.address, at=now, message=row,
           detail=f"问题等级由{severity_name(old)}改为{severity_name(level)}"
                  + (f"（{cmd.reason}）" if cmd.reason else ""), data={"from": old, "to": level, "reason": cmd.reason})
    if LEVELS.index(level) > (LEVELS.index(old) if old in LEVELS else 0):
        raised = cases.event_count(session, case, EventKind.SEVERITY_CHANGED)
        told = notify.severity_raised(session, ctx, case, now, key=f"{level}-cmd-{raised}", reason=cmd.reason)
        return f"已改为{severity_name(level)}，已报告{told}"
    return f"已改为{severity_name(level)}"


def reclassify(session, ctx, case, cmd, sender, row, now) -> str:
    """`分类 …`: the office's word on the business and cause the statistics count the case under.

    Intake classifies a letter by its words (a suggestion: right on 70–93 % of letter sets the
    classifier was never trained on, docs/DESIGN.md); the office's correction is final. Only
    what the command names changes; routing is untouched (that is 转办's). Writing what the case
    already is confirms it: the open-case list then shows it 工会核定, not 系统判断."""
    business, sub, cause = cmd.args
    before = _class_text(case.category, case.fields.get("business_sub"), case.cause)
    if business:
        case.category = business
        case.fields = {**case.fields, "business_sub": sub or None}
    if cause:
        case.cause = cause
    after = _class_text(case.category, case.fields.get("business_sub"), case.cause)
    confirmed = case.fields.get("classified_by") == "office"
    if after == before and confirmed:
        raise Refused(f"案件已是{after}")
    case.fields = {**case.fields, "classified_by": "office"}
    detail = f"确认分类：{after}" if after == before else f"分类由{before}改为{after}"
    record(session, case, EventKind.RECLASSIFIED, actor=sender.address, at=now, message=row, detail=detail,
           data={"from": before, "to": after, "category": case.category, "cause": case.cause})
    return (f"已确认{after}" if after == before else f"已改为{after}") + "，统计按此计"


def _class_text(business: str | None, sub: str | None, cause: str | None) -> str:
    return f"业务类别“{labels.category_label(business, sub)}”、投诉原因“{cause or labels.NO_CAUSE}”"


def register_satisfaction(session, ctx, case, cmd, sender, row, now) -> str:
    return record_satisfaction(session, ctx, case, cmd.args[0], actor=sender.address, now=now, row=row,
                               via=f"工会回访，{sender.address} 登记", reason=cmd.reason)


def close(session, ctx, case, cmd, sender, row, now) -> str:
    return close_case(session, ctx, case, actor=sender.address, now=now, row=row, reason=cmd.reason)


def reopen(session, ctx, case, cmd, sender, row, now) -> str:
    if case.status not in (CaseStatus.ANSWERED, CaseStatus.CLOSED):
        raise Refused(f"只有已反馈或已办结的案件可以重开（当前：{status_name(case.status)}）")
    why = f"工会决定重新办理{('：' + cmd.reason) if cmd.reason else ''}。"
    return reopen_case(session, ctx, case, actor=sender.address, now=now, row=row, why=why, why_short="工会重开",
                       objection=cmd.reason, objection_label="工会意见")


def meeting(session, ctx, case, cmd, sender, row, now) -> str:
    """A meeting's decision on a 重大问题 case (必要时会议研究): on the case and to its units."""
    if case.severity != Severity.SERIOUS:
        raise Refused(f"会议研究仅用于{SEVERITY_NAMES[Severity.SERIOUS]}案件；如需升级请先写“重大”")
    held = date_text_cn(cmd.args[0])
    record(session, case, EventKind.MEETING, actor=sender.address, at=now, message=row,
           detail=f"{held}会议研究决定：{cmd.reason}", data={"held": cmd.args[0], "decision": cmd.reason})
    count = cases.event_count(session, case, EventKind.MEETING)
    told = notify.meeting(session, ctx, case, held=held, decision=cmd.reason, now=now, key=str(count))
    return f"已记录{held}会议研究决定" + (f"，并通知{told}" if told else "")


def reply_customer(session, ctx, case, cmd, sender, row, now) -> str:
    """The office's own text to the customer: the only way words reach the customer besides the survey."""
    return _to_customer(session, ctx, case, cmd.reason, sender, row, now, approved="工会审定的答复")


def approve_reply(session, ctx, case, cmd, sender, row, now) -> str:
    """`同意回复`: the office approves the draft it was sent (客户答复拟稿) — a neutral text, never the
    unit's internal reply, which names staff and measures."""
    if not case.result_text:
        raise Refused("承办单位尚未反馈处理情况，尚无答复拟稿；可用“回复客户 文字”直接答复")
    return _to_customer(session, ctx, case, notify.draft_text(case), sender, row, now, approved="工会同意的答复拟稿")


def _to_customer(session, ctx, case, text: str, sender, row, now, *, approved: str) -> str:
    if not case.customer_email:
        raise Refused("客户没有留下电子邮箱，请电话答复客户")
    record(session, case, EventKind.CUSTOMER_REPLIED, actor=sender.address, at=now, message=row,
           detail=f"{approved}已发送客户：{text}", data={"text": text})
    count = cases.event_count(session, case, EventKind.CUSTOMER_REPLIED)
    notify.customer_reply(session, ctx, case, text=text, now=now, key=str(count))
    return "答复已发送客户邮箱"


def approve_extension(session, ctx, case, cmd, sender, row, now) -> str:
    return approve(session, ctx, case, actor=sender.address, approver=f"{sender.name}行长", now=now, row=row)


def resend(session, ctx, case, cmd, sender, row, now) -> str:
    """`重发 TS-…`: the case's failed mail (a 5xx, or given up) queued again with its own Message-ID."""
    if cmd.args and cmd.args[0] != case.id:
        raise Refused(f"本邮件属于案件 {case.id}，与指令中的 {cmd.args[0]} 不符；请在该案件的邮件中回复“重发”")
    ids = resend_failed(session, now, case_id=case.id)
    if not ids:
        raise Refused(f"案件 {case.id} 没有发送失败的邮件（待发的邮件系统会自动重试）")
    return f"已重新发送案件 {case.id} 的 {len(ids)} 封未能发出的邮件"


def holidays(session, ctx, case, cmd, sender, row, now) -> str:
    """确认放假安排 YYYY: about no case (`case` may be None), understood in a case's thread too."""
    ok, text = holiday_arrangements.confirm(session, cmd, sender.address, now)
    if not ok:
        raise Refused(text)
    return text
