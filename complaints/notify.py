"""Who is told what, when a case changes: builds the mails and queues them in the same transaction.

Handlers say what happened (`routed`, `triage`, ...); this module decides the mails that
follow and writes them to the outbox through `outbox.queue.enqueue`, so the mail and the
state change commit together or not at all.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Sequence

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from complaints import answer_cap, cases
from complaints.cases import event_count, thread_ids
from complaints.context import Context
from complaints.originals import original_files
from complaints.reasons import source_requests
from complaints.workflow import CaseStatus, EventKind
from core.channels import EXTERNAL_CHANNELS, Channel
from core.severity import Severity
from core.store.db import session_scope
from core.store.models import Case, OutboundMail
from core.store.state import get_state, set_state
from outbox import copies, customer_mails, followup_mails, mails
from outbox.queue import enqueue
from outbox.sender import deliver_due
from outbox.smtp_connections import open_smtp
from parsers.mail import ParsedMessage
from router.complaint import Complaint
from router.severity import notify_list

log = logging.getLogger(__name__)


def _queue(session: Session, mail: copies.OutgoingMail, now: datetime) -> None:
    enqueue(session, mail, case_id=mail.case_id, now=now)


def routed(session: Session, ctx: Context, case: Case, decision, now: datetime) -> None:
    """The unit gets the 督办 mail and form; leaders hear of major and serious cases.

    The key counts the case's routings (this one included): a re-routing to the same unit
    is a new mail. A case opened in this transaction is answered from the session, with no
    flush and no query; for an older one the queries flush the pending changes first.
    """
    refs = thread_ids(session, case)
    key = f"{case.unit}-{event_count(session, case, EventKind.ROUTED)}"
    _queue(session, mails.routing_notice_mail(case, ctx.directory, ctx.settings, now=now, key=key,
                                              references=refs, originals=original_files(session, case)), now)
    if case.severity in (Severity.MAJOR, Severity.SERIOUS):
        _queue(session, mails.leader_notice_mail(case, ctx.directory, ctx.settings, now=now,
                                                 key=f"{case.severity}-{key}", references=refs,
                                                 recipients=_notify_list(ctx, case, decision)), now)


def _notify_list(ctx: Context, case: Case, decision) -> list:
    """The router's notify list (unit leader, business-line leader, president, 综合管理部); without
    a decision (a staff command) the same list computed for the case as it now stands."""
    if decision is None:
        return level_recipients(ctx, case)
    return [r for r in decision.notify if r.email]


def triage(session: Session, ctx: Context, case: Case, decision, now: datetime) -> None:
    candidates = [(c.code, c.why) for c in decision.candidates]
    explanation = decision.explain(ctx.directory).splitlines()
    _queue(session, mails.triage_request_mail(case, ctx.directory, ctx.settings, now=now, candidates=candidates,
                                              explanation=explanation), now)
    if case.severity in (Severity.MAJOR, Severity.SERIOUS):
        _queue(session, mails.leader_notice_mail(case, ctx.directory, ctx.settings, now=now,
                                                 key=f"{case.severity}-triage",
                                                 recipients=_notify_list(ctx, case, decision)), now)




def is_external_source(ctx: Context, case: Case) -> bool:
    """The case came from a configured source outside the branch — the only sources that are
    written to (acknowledgement, a request for a readable copy of an attachment)."""
    return (case.channel in EXTERNAL_CHANNELS and bool(case.source_address)
            and ctx.settings.sources.channel_of(case.source_address) == case.channel)


def acknowledge(session: Session, ctx: Context, case: Case, now: datetime) -> None:
    """A source outside the branch (the province's service centre, head office, the superior
    bank) hears the case id and time limit. Never the union office itself (a scanned letter)
    nor an outlet that registered the case (walk-in, comment book, media): they are the branch.
    A customer who left an e-mail address is outside the branch too (`_acknowledge_customer`)."""
    _acknowledge_customer(session, ctx, case, now)
    if not (is_external_source(ctx, case) or _registered_for_another_unit(ctx, case)):
        return
    # No cap here: the address is a configured source, and each acknowledgement answers a
    # case of its own — a busy service centre sends dozens of forms a day (answer_cap.py).
    unreadable = source_requests((case.fields or {}).get("unreadable", []))  # asked again, by why they failed
    _queue(session, mails.acknowledgement_mail(case, ctx.directory, ctx.settings, now=now,
                                               unreadable=unreadable), now)


def _registered_for_another_unit(ctx: Context, case: Case) -> bool:
    """A walk-in registered from a configured `[sources] walk_in` address (the union office's
    registration mailbox) and routed to a unit that is not that address: the registrar gets no
    督办 mail, so it hears the case number as the guide promises (使用说明 一.4). A unit that
    registered its own customer has the number in its 督办 mail already."""
    source = (case.source_address or "").lower()
    if case.channel != Channel.WALK_IN or not source or ctx.settings.sources.channel_of(source) != Channel.WALK_IN:
        return False
    if case.status != CaseStatus.ROUTED:
        return False   # triage: the office is told with the case number (`triage`)
    units = [ctx.directory.unit_by_code(code) for code in [case.unit, *(case.co_units or [])] if code]
    return source not in {u.email.lower() for u in units if u is not None}


def _acknowledge_customer(session: Session, ctx: Context, case: Case, now: datetime) -> None:
    """A neutral receipt to the customer's own address: the case number and nothing else (no
    unit, no staff), unless that address is the source already acknowledged or the branch's own."""
    address = case.customer_email
    if not address or address.lower() == (case.source_address or "").lower() or _inside_branch(ctx, address):
        return
    if _capped(session, ctx, address, case.id, now):
        return
    _queue(session, customer_mails.customer_ack_mail(case, ctx.settings, now=now), now)


def _inside_branch(ctx: Context, address: str) -> bool:
    """The office, the service, a unit or a leader: never sent what is meant for a customer."""
    own = {ctx.settings.office.address, ctx.settings.service_address(), *ctx.settings.office.staff}
    return (address.lower() in {a.lower() for a in own} or ctx.directory.unit_by_email(address) is not None
            or ctx.directory.leader_by_email(address) is not None)


def _capped(session: Session, ctx: Context, address: str, case_id: str | None, now: datetime) -> bool:
    """True (and the office told, once a day per address) when `address` has had its answers today."""
    cap = ctx.settings.limits.auto_answers_per_address_per_day
    if not answer_cap.over_cap(session, address, cap, now):
        return False
    log.warning("automatic answer to %s not sent: %d answers in 24 h (cap)", address, cap)
    office_alert(session, ctx, "自动回复次数已达上限，疑似邮件循环", [
        f"过去 24 小时内系统已自动回复 {address} {cap} 次，已达上限（[limits] auto_answers_per_address_per_day），"
        "今天不再自动回复该地址。",
        "这通常是对方的自动回复（休假、已收到等）与本系统互相回复造成的循环。"
        "请联系对方关闭自动回复，或核实该地址；督办、催办等通知不受此限制，照常发送。"],
        {"地址": address, "案件编号": case_id or "-"},
        key=f"cap-{address}-{now:%Y%m%d}", now=now, case_id=case_id)
    return True


def office_alert(session: Session, ctx: Context, title: str, paragraphs: Sequence[str], table: dict,
                 *, key: str, now: datetime, case_id: str | None = None) -> None:
    _queue(session, mails.office_alert_mail(title, paragraphs, list(table.items()), key,
                                            settings=ctx.settings, now=now, case_id=case_id), now)


def ask_for_result(session: Session, ctx: Context, case: Case, msg: ParsedMessage, now: datetime,
                   key: str | None = None) -> None:
    """A polite request, in the thread of the unit's mail, for the result it did not give."""
    thread_reply(session, ctx, case.id, msg, "请补充处理情况", [
        "感谢回复。邮件中没有找到处理情况。",
        "请直接回复本邮件，在正文中写明处理情况（核实结果、对客户的答复、整改措施）、处理人和处理日期；"
        "或将督办单的“处理情况反馈”表填写后作为附件回复本邮件。"], now, key=key or f"ask-{msg.message_id}")


def thread_reply(session: Session, ctx: Context, case_id: str | None, msg: ParsedMessage, heading: str,
                 lines: Sequence[str], now: datetime, *, key: str) -> None:
    """A short answer (no command confirmation) in the thread of `msg`, to its sender."""
    if _capped(session, ctx, msg.from_address, case_id, now):
        return
    refs = [r for r in [*msg.references, msg.message_id] if r]
    _queue(session, mails.thread_reply_mail(case_id, msg.from_address, msg.message_id, refs, heading, lines,
                                            settings=ctx.settings, now=now, original_subject=msg.subject,
                                            key=key), now)


def delivery_failed(session: Session, ctx: Context, row: OutboundMail, error: str) -> None:
    """A promised mail cannot be delivered: the office must know (but never about its own alerts)."""
    if row.kind in ("alert", "quarantine") and ctx.settings.office.address in row.recipients:
        log.error("alert to the office itself failed: %s", error)
        return
    office_alert(session, ctx, "邮件无法投递", [
        f"系统发出的邮件「{row.subject}」投递失败：{error}",
        "请核对收件人地址（units.toml）或邮件服务器；修正后回复本邮件写“重发"
        + (f" {row.case_id}" if row.case_id else "") + f"”，或由 IT 人员运行 `complaints outbox retry {row.id}` "
        "重新发送（无需重新转办）。"],
        {"案件编号": row.case_id or "-", "收件人": "、".join(row.recipients), "待发邮件编号": str(row.id)},
        key=f"failed-{row.id}", now=ctx.clock.now(), case_id=row.case_id)


_ALERT_TITLES = {
    "login": "投诉邮箱登录失败，系统无法收取邮件",
    "stall": "投诉邮箱长时间无法收取邮件",
    "database": "投诉系统数据库故障，系统暂停处理邮件",
}


def _service_alert_mail(ctx: Context, kind: str, text: str, now: datetime) -> copies.OutgoingMail:
    return mails.office_alert_mail(_ALERT_TITLES.get(kind, "系统告警"), [
        text, "系统会自动重试；请 IT 人员运行 `complaints doctor` 检查配置、数据库与邮件服务器。"],
        [("时间", now.strftime("%Y-%m-%d %H:%M"))], f"{kind}-{now:%Y%m%d%H}", settings=ctx.settings, now=now)


def direct_alert(ctx: Context, kind: str, text: str) -> None:
    """The same alert sent straight over SMTP, for when the database cannot take the outbox row.

    No receipt, no retry bookkeeping: the caller limits how often (once an hour per kind)."""
    mail = _service_alert_mail(ctx, kind, text, ctx.clock.now())
    smtp = open_smtp(ctx.settings.smtp)
    try:
        smtp.sendmail(ctx.settings.smtp.from_address, [*mail.to, *mail.cc], mail.raw)
    finally:
        smtp.quit()


def service_alert(ctx: Context, kind: str, text: str) -> None:
    """Login failures, stalls and database faults: at most one mail an hour per kind."""
    now = ctx.clock.now()
    last = get_state(ctx.engine, f"alert_{kind}_at")
    if last and now - datetime.fromisoformat(last) < timedelta(hours=1):
        return
    with session_scope(ctx.engine) as session:
        _queue(session, _service_alert_mail(ctx, kind, text, now), now)
        set_state(session, f"alert_{kind}_at", now.isoformat())
    try:
        deliver_due(ctx.engine, ctx.settings.smtp, now, sent_folder=None)
    except SQLAlchemyError:
        # the row went in (a read-only file can still take a WAL write) but the outbox cannot
        # move it: the caller sends the alert straight over SMTP, as when the row cannot go in
        raise
    except Exception:  # noqa: BLE001 - the alert stays queued for the next pass
        log.exception("could not send the %s alert now", kind)


# --- After routing: the answer, the customer's verdict, the source, deadlines, the comment book.


def answered(session: Session, ctx: Context, case: Case, now: datetime) -> bool:
    """The office is asked to call the customer; a customer with an e-mail address gets a
    neutral survey, and the office a draft of the customer's answer (客户答复拟稿) to approve.

    Returns whether the survey went out.
    """
    session.flush()
    refs = thread_ids(session, case)
    key = f"r{case.reopen_count}-{event_count(session, case, EventKind.ANSWERED)}"
    _queue(session, followup_mails.satisfaction_call_mail(case, ctx.directory, ctx.settings, now=now, key=key,
                                                 references=refs), now)
    if not case.customer_email:
        return False
    _queue(session, followup_mails.satisfaction_survey_mail(case, ctx.settings, now=now, key=key), now)
    _queue(session, customer_mails.customer_draft_mail(case, ctx.directory, ctx.settings, now=now, key=key,
                                                       to=list(ctx.settings.office.staff) or [ctx.settings.office.address],
                                                       references=refs), now)
    return True


def closure_notice(session: Session, ctx: Context, case: Case, *, approved_text: str | None, now: datetime) -> bool:
    """The customer with an e-mail address hears the case is closed: the office's approved text,
    or the neutral closure sentence. Returns whether it went."""
    if not case.customer_email or _inside_branch(ctx, case.customer_email):
        return False
    _queue(session, customer_mails.closure_notice_mail(case, ctx.settings, approved_text=approved_text, now=now,
                                                       key=f"r{case.reopen_count}"), now)
    return True


def draft_text(case: Case) -> str:
    """The text the office's draft offered the customer (what `同意回复` sends): the same neutral
    answer for every case today; the case is passed so a per-case draft changes no caller."""
    return customer_mails.NEUTRAL_ANSWER


def result_report(session: Session, ctx: Context, case: Case, *, now: datetime, original_subject: str | None,
                  handled_at_text: str, satisfaction_text: str, attachment: tuple[str, bytes] | None) -> None:
    """The result to the source, in the thread of the source's own mail: the lead unit's reply is
    the result; the co-units' contributions are shown beside it."""
    session.flush()
    refs = [r for r in [case.source_message_id] if r]
    _queue(session, followup_mails.result_report_mail(case, ctx.directory, ctx.settings, now=now, to=case.source_address,
                                             original_subject=original_subject, handled_at_text=handled_at_text,
                                             satisfaction_text=satisfaction_text, attachment=attachment,
                                             references=refs,
                                             contributions=cases.contribution_lines(session, case)), now)


def deadline_notice(session: Session, ctx: Context, case: Case, stage: str, *, key: str, now: datetime,
                    overdue_days: int = 0, regulatory_days: int = 15) -> None:
    session.flush()
    _queue(session, followup_mails.deadline_notice_mail(
        case, ctx.directory, ctx.settings, now=now, stage=stage, key=key, overdue_days=overdue_days,
        escalate_after=ctx.settings.sla.escalate_after_working_days, regulatory_days=regulatory_days,
        references=thread_ids(session, case)), now)


def extension_request(session: Session, ctx: Context, case: Case, *, key: str, now: datetime, days: int,
                      reason: str, total_days: int, new_regulatory_at: datetime, requested_by: str) -> None:
    session.flush()
    _queue(session, followup_mails.extension_request_mail(
        case, ctx.directory, ctx.settings, now=now, key=key, days=days, reason=reason, total_days=total_days,
        new_regulatory_at=new_regulatory_at, requested_by=requested_by,
        references=thread_ids(session, case)), now)


def due_changed(session: Session, ctx: Context, case: Case, *, key: str, now: datetime, days: int, reason: str,
                decided_by: str, regulatory_days: int) -> None:
    session.flush()
    _queue(session, followup_mails.due_changed_mail(
        case, ctx.directory, ctx.settings, now=now, key=key, days=days, reason=reason, decided_by=decided_by,
        regulatory_days=regulatory_days, references=thread_ids(session, case)), now)


def due_recomputed(session: Session, ctx: Context, case: Case, *, key: str, now: datetime, years: Sequence[int],
                   previous_due_text: str) -> None:
    """The unit's one notice that its 暂定 due date moved when the year's arrangement became known."""
    session.flush()
    _queue(session, followup_mails.due_recomputed_mail(case, ctx.directory, ctx.settings, now=now, key=key, years=years,
                                              previous_due_text=previous_due_text,
                                              references=thread_ids(session, case)), now)


def reopened(session: Session, ctx: Context, case: Case, *, now: datetime, why: str, why_short: str,
             supervisors, previous_result: str | None, objection: str) -> None:
    session.flush()
    _queue(session, followup_mails.reopen_notice_mail(
        case, ctx.directory, ctx.settings, now=now, key=f"{case.unit}-r{case.reopen_count}", why=why,
        why_short=why_short, supervisors=supervisors, previous_result=previous_result, objection=objection,
        references=thread_ids(session, case)), now)


def severity_raised(session: Session, ctx: Context, case: Case, now: datetime, key: str, reason: str = "") -> str:
    """A command raised the level: exactly the people intake would have told at that level hear
    of it (the unit's and the business line's leaders; the president for 重大问题), with the
    clerk's reason. Returns whom, for the confirmation."""
    session.flush()
    people = level_recipients(ctx, case)
    _queue(session, mails.leader_notice_mail(case, ctx.directory, ctx.settings, now=now, key=key,
                                             recipients=people, reason=reason,
                                             references=thread_ids(session, case)), now)
    return copies.people_text(people, ctx.directory) or ctx.settings.office.name


def level_recipients(ctx: Context, case: Case) -> list:
    """Whom the router tells at once about a case of this level (router.severity.notify_list)."""
    fields = case.fields or {}
    complaint = Complaint(channel=case.channel, text=f"{case.content}\n{case.request}", business=case.category,
                          business_sub=fields.get("business_sub"), source_address=case.source_address)
    return [r for r in notify_list(case.severity, case.unit, case.category, complaint, ctx.directory) if r.email]


def instruction(session: Session, ctx: Context, case: Case, *, leader: str, text: str, now: datetime,
                key: str) -> None:
    """A leader's 批示 goes to the units handling the case, the office in cc (to the office alone
    while no unit has the case)."""
    session.flush()
    units = _units_of(ctx, case)
    closing = ("请按批示要求抓紧办理，办理情况请回复本邮件反馈。" if units else "本案尚未分派承办单位，请按批示要求办理。")
    _queue(session, followup_mails.case_forward_mail(
        case, ctx.directory, ctx.settings, now=now, kind="instruction", key=key, title="领导批示",
        addressee="、".join(u.name for u in units) or ctx.settings.office.name, intro=f"{leader}对本投诉作出批示：",
        quoted=text, closing=[closing], to=[u.email for u in units], cc=[ctx.settings.office.address],
        reveal_contact=bool(units), references=thread_ids(session, case)), now)


def contribution(session: Session, ctx: Context, case: Case, *, unit_name: str, text: str, now: datetime,
                 key: str) -> None:
    """A co-unit's feedback goes to the lead unit, which answers for the case (the office in cc)."""
    session.flush()
    lead = ctx.directory.unit_by_code(case.unit or "")
    _queue(session, followup_mails.case_forward_mail(
        case, ctx.directory, ctx.settings, now=now, kind="contribution", key=key, title="协办单位反馈",
        addressee=lead.name if lead else ctx.settings.office.name, intro=f"协办单位{unit_name}反馈如下：",
        quoted=text, closing=["请牵头单位汇总协办单位意见，统一回复本邮件反馈处理情况。"],
        to=[lead.email] if lead else [], cc=[ctx.settings.office.address], reveal_contact=lead is not None,
        references=thread_ids(session, case)), now)


def reassignment_requested(session: Session, ctx: Context, case: Case, *, unit_name: str, reason: str,
                           cleared: bool, now: datetime, key: str) -> None:
    """A unit says the case is not theirs: the office is asked to route it again, the reason quoted."""
    session.flush()
    codes = "、".join(f"{u.code} {u.name}" for u in ctx.directory.unit)
    closing = (["案件已退回待分派，原承办单位不再承担本案办理时限；在重新分派前，系统将按待分派案件催办。",
                "请回复本邮件，在正文第一行写“转办 单位”重新分派（可用“牵头 单位”“协办 单位”）。",
                f"单位代码：{codes}"] if cleared else
               [f"{unit_name}已不再列为本案协办单位，牵头单位继续办理。如需另行指定协办单位，请回复“协办 单位”。"])
    _queue(session, followup_mails.case_forward_mail(
        case, ctx.directory, ctx.settings, now=now, kind="reassign", key=key, title="申请重新分派",
        addressee=ctx.settings.office.name, intro=f"{unit_name}回复称本投诉不属于该单位办理，申请重新分派。理由如下：",
        quoted=reason, closing=closing, to=[ctx.settings.office.address], references=thread_ids(session, case)), now)


def result_to_leaders(session: Session, ctx: Context, case: Case, *, stage: str, now: datetime) -> bool:
    """The result report promised to the leaders told of the case ("办理结果另行报告"), when it
    is answered and again when it is closed. Returns whether anyone was owed one."""
    session.flush()
    people = cases.leaders_told(session, case, ctx.settings.office.address,
                                {x.email.lower() for x in ctx.directory.leader if x.email})
    if not people:
        return False
    unit = ctx.directory.unit_by_code(case.unit or "")
    helped = [f"协办单位{name}：{text}" for name, text in cases.contribution_lines(session, case)]
    closing = [*helped]
    if stage == "closed":
        closing.append(f"案件已办结，客户满意度：{case.satisfaction or '未回访'}。")
    else:
        closing.append(f"{ctx.settings.office.name}正在回访客户，办结后将再次报告。")
    titles = {"answered": "办理结果报告", "closed": "办结报告"}
    _queue(session, followup_mails.case_forward_mail(
        case, ctx.directory, ctx.settings, now=now, kind="leader_result", key=f"{stage}-r{case.reopen_count}",
        title=titles[stage], addressee=copies.people_text_of(people, ctx.directory),
        intro=f"{unit.name if unit else '承办单位'}反馈的处理情况如下：", quoted=case.result_text, closing=closing,
        to=people, cc=[ctx.settings.office.address], references=thread_ids(session, case)), now)
    return True


def meeting(session: Session, ctx: Context, case: Case, *, held: str, decision: str, now: datetime, key: str) -> str:
    """A meeting's decision goes to the units handling the case (the office in cc); returns who."""
    session.flush()
    units = _units_of(ctx, case)
    _queue(session, followup_mails.case_forward_mail(
        case, ctx.directory, ctx.settings, now=now, kind="meeting", key=key, title="会议研究决定",
        addressee="、".join(u.name for u in units) or ctx.settings.office.name,
        intro=f"{held}会议研究本投诉，决定如下：", quoted=decision,
        closing=["请按会议决定抓紧办理，办理情况请回复本邮件反馈。"], to=[u.email for u in units],
        cc=[ctx.settings.office.address], reveal_contact=bool(units), references=thread_ids(session, case)), now)
    return "、".join(u.name for u in units)


def customer_reply(session: Session, ctx: Context, case: Case, *, text: str, now: datetime, key: str) -> None:
    """A text the office approved goes to the customer's own address (nothing else ever does)."""
    _queue(session, followup_mails.customer_reply_mail(case, ctx.settings, text=text, now=now, key=key), now)


def _units_of(ctx: Context, case: Case) -> list:
    """The lead unit and the co-units, as directory entries."""
    return [u for u in map(ctx.directory.unit_by_code, [case.unit or "", *case.co_units]) if u is not None]


def reply_in_thread(session: Session, ctx: Context, case_id: str | None, msg: ParsedMessage,
                    lines: list[tuple[bool, str]], now: datetime, *, key: str, kind: str = "reply") -> None:
    """A short answer to the mail `msg` in its own thread (✓ done / ✗ refused, one line each)."""
    if _capped(session, ctx, msg.from_address, case_id, now):
        return
    ok = bool(lines) and all(good for good, _ in lines)
    text = [("✓ " if good else "✗ ") + line for good, line in lines]
    refs = [r for r in [*msg.references, msg.message_id] if r]
    _queue(session, mails.command_reply_mail(case_id, msg.from_address, msg.message_id, refs, ok, text,
                                             settings=ctx.settings, now=now, original_subject=msg.subject,
                                             key=key, kind=kind), now)


def forgery_notice(session: Session, ctx: Context, case_id: str | None, msg: ParsedMessage,
                   lines: list[str], now: datetime, *, key: str) -> bool:
    """The ✗ to the person an unproven mail names, at its From (their own address): at most one
    per `[limits] forged_notice_minutes`, the mails between counted into the next (answer_cap).
    False when this one is held back."""
    every = timedelta(minutes=ctx.settings.limits.forged_notice_minutes)
    held = answer_cap.forgery_notice_due(session, msg.from_address, every, now)
    if held is None:
        return False
    text = [*lines, *answer_cap.forgery_notice_lines(held, every)]
    reply_in_thread(session, ctx, case_id, msg, [(False, line) for line in text], now, key=key,
                    kind=answer_cap.FORGERY_NOTICE)
    return True


def comment_book_reminder(session: Session, ctx: Context, unit_code: str, *, day_text: str, key: str,
                          report_by_text: str, now: datetime) -> None:
    _queue(session, followup_mails.comment_book_reminder_mail(unit_code, ctx.directory, ctx.settings, now=now,
                                                     day_text=day_text, key=key,
                                                     report_by_text=report_by_text), now)


def co_units_added(session: Session, ctx: Context, case: Case, codes: Sequence[str], now: datetime) -> None:
    """The 督办 mail again, now with the new co-units in cc."""
    session.flush()
    _queue(session, mails.routing_notice_mail(case, ctx.directory, ctx.settings, now=now,
                                              key=f"{case.unit}-co-{'-'.join(codes)}-r{case.reopen_count}",
                                              references=thread_ids(session, case),
                                              originals=original_files(session, case)), now)


def office_chase(session: Session, ctx: Context, case: Case, title: str, paragraphs: Sequence[str], *,
                 to: Sequence[str], key: str, now: datetime) -> None:
    """A chase of the office's own step (assign a triage case, record a satisfaction call), in the case's thread."""
    session.flush()
    _queue(session, mails.office_alert_mail(title, paragraphs, [("案件编号", case.id)], f"{case.id}-{key}",
                                            settings=ctx.settings, now=now, to=to, case_id=case.id), now)


def regulatory_overdue(session: Session, ctx: Context, case: Case, *, key: str, now: datetime,
                       paragraphs: Sequence[str], table: dict) -> None:
    """The regulator's limit passed with the case still open: the office and the presidents."""
    to = [ctx.settings.office.address, *(x.email for x in ctx.directory.presidents())]
    _queue(session, mails.office_alert_mail("已超过监管时限", paragraphs, list(table.items()), key,
                                            settings=ctx.settings, now=now, to=to, case_id=case.id), now)
