"""The deadline job: remind units, 督办 the overdue, escalate to the president, watch the regulator's limit.

Due-based and idempotent (see `complaints.jobs`): each pass asks `deadline_rules` what is
due at the clock's now; each step taken is an event whose `data.step` key is the
bookkeeping, so `run-once --at` in a drill does exactly what `serve` would have done.
Each case is handled in its own transaction, its row locked, so two workers never take
the same step twice and one broken case cannot stop the others.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Iterator, Protocol

from sqlmodel import Session, select

from complaints import notify
from complaints.context import Context
from complaints.deadline_rules import CaseClock, Step, due_steps
from core.errors import CalendarUnknown
from complaints.extensions import regulatory_days
from complaints.reopening import supervisors
from complaints.workflow import EventKind, record, status_name
from core.store.db import session_scope
from core.store.models import Case, Event
from outbox.views import format_datetime_cn, unit_name

log = logging.getLogger(__name__)

OPEN = ("routed", "answered", "triage", "reopened", "received")
STEP_KINDS = {"remind": EventKind.REMINDED, "overdue": EventKind.OVERDUE, "escalate": EventKind.ESCALATED,
              "regulatory": EventKind.REGULATORY_OVERDUE, "triage_remind": EventKind.REMINDED,
              "triage_escalate": EventKind.ESCALATED, "call_chase": EventKind.REMINDED,
              "call_escalate": EventKind.ESCALATED}


class CaseDates(Protocol):
    """What the deadline rules read of a case: a `Case`, or a row of just these columns."""
    status: str
    due_at: datetime | None
    regulatory_due_at: datetime | None
    answered_at: datetime | None


class TrailEvent(Protocol):
    """What they read of an event."""
    case_id: str
    kind: str
    at: datetime
    data: dict[str, Any]


TRAIL_KINDS = list(dict.fromkeys([str(k) for k in STEP_KINDS.values()] + [str(EventKind.ROUTED),
                                                                            str(EventKind.TRIAGE)]))


CHUNK = 500  # open cases looked at a time: a pass holds this many, however large the database


def run(ctx: Context, now: datetime) -> str | None:
    """Take every deadline step due at `now`; a short summary for the pass log, or None."""
    ids = list(_due_case_ids(ctx, now))
    taken = []
    for case_id in ids:
        try:
            taken += _take(ctx, case_id, now)
        except Exception:  # noqa: BLE001 - one broken case must not stop the others
            log.exception("deadline steps of %s failed", case_id)
    return ", ".join(taken) or None


def _due_case_ids(ctx: Context, now: datetime) -> Iterator[str]:
    """The open cases with a step due, read CHUNK at a time and only the columns the clock needs.

    Each pass looks at every open case; loading them whole (their sealed text decrypted) and
    their trails at once made every pass — and each fresh process — hold memory in
    proportion to the database (issue 17 soak: 186 → 257 MiB at start over 9,000 cases)."""
    after = ""
    while True:
        with Session(ctx.engine) as session:
            cases = session.exec(select(Case.id, Case.status, Case.due_at, Case.regulatory_due_at, Case.answered_at)
                                 .where(Case.status.in_(OPEN), Case.id > after).order_by(Case.id).limit(CHUNK)).all()
            trail = _trails(session, [c.id for c in cases])
        yield from [c.id for c in cases if _steps(ctx, c, trail.get(c.id, []), now)]
        if len(cases) < CHUNK:
            return
        after = cases[-1].id


def _trails(session: Session, case_ids: list[str]) -> dict[str, list[TrailEvent]]:
    """The events that matter for deadlines (steps taken, routings), per case, in order: only
    the columns read (not the sealed detail text)."""
    out: dict[str, list[TrailEvent]] = {}
    for start in range(0, len(case_ids), CHUNK):
        rows = session.exec(select(Event.case_id, Event.kind, Event.at, Event.data)
                            .where(Event.case_id.in_(case_ids[start:start + CHUNK]), Event.kind.in_(TRAIL_KINDS))
                            .order_by(Event.at, Event.id)).all()
        for e in rows:
            out.setdefault(e.case_id, []).append(e)
    return out


def _steps(ctx: Context, case: CaseDates, events: list[TrailEvent], now: datetime) -> list[Step]:
    done = {e.data.get("step") for e in events if e.kind not in ("routed", "triage")}
    routed = [e.at for e in events if e.kind == "routed"]
    triage = [e.at for e in events if e.kind == "triage"]
    clock = CaseClock(status=case.status, due_at=case.due_at, regulatory_due_at=case.regulatory_due_at,
                      routed_at=routed[-1] if routed else None, triage_at=triage[-1] if triage else None,
                      answered_at=case.answered_at)
    try:
        return due_steps(clock, {d for d in done if d}, now, ctx.settings.sla, ctx.calendar)
    except CalendarUnknown:   # the calendar check tells the office; this case waits for the data
        return []


def _take(ctx: Context, case_id: str, now: datetime) -> list[str]:
    with session_scope(ctx.engine) as session:
        case = session.exec(select(Case).where(Case.id == case_id).with_for_update()).one()
        steps = _steps(ctx, case, _trails(session, [case_id]).get(case_id, []), now)
        for step in steps:
            _STEP[step.kind](session, ctx, case, step, now)
        return [f"{case_id} {s.kind}" for s in steps]


def _remind(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    notify.deadline_notice(session, ctx, case, "remind", key=step.key, now=now,
                           regulatory_days=regulatory_days(case, ctx))
    record(session, case, EventKind.REMINDED, actor="system", at=now, data={"step": step.key},
           detail=f"办理时限提醒已发{unit_name(case.unit, ctx.directory)}（时限 {format_datetime_cn(case.due_at)}）")


def _overdue(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    case.overdue = True
    leaders = "、".join(x.name for x in supervisors(ctx, case, 1)) or "（未配置分管领导）"
    notify.deadline_notice(session, ctx, case, "overdue", key=step.key, now=now, overdue_days=step.overdue_days,
                           regulatory_days=regulatory_days(case, ctx))
    record(session, case, EventKind.OVERDUE, actor="system", at=now, data={"step": step.key},
           detail=f"超过办理时限（{format_datetime_cn(case.due_at)}）未反馈，已向{unit_name(case.unit, ctx.directory)}"
                  f"发督办单，抄送分管领导{leaders}")


def _escalate(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    presidents = "、".join(x.name for x in ctx.directory.presidents()) or "工会（未配置行长）"
    case.fields = {**case.fields, "level": 2}
    notify.deadline_notice(session, ctx, case, "escalate", key=step.key, now=now, overdue_days=step.overdue_days,
                           regulatory_days=regulatory_days(case, ctx))
    record(session, case, EventKind.ESCALATED, actor="system", at=now, data={"step": step.key, "level": 2},
           detail=f"超过办理时限 {step.overdue_days} 个工作日仍未反馈，已报告行长{presidents}")


def _regulatory(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    days = regulatory_days(case, ctx)
    limit = format_datetime_cn(case.regulatory_due_at)
    notify.regulatory_overdue(session, ctx, case, key=step.key, now=now, paragraphs=[
        f"本案监管时限（自受理起 {days} 天，{limit}）已过，案件仍未办结（当前状态：{status_name(case.status)}）。",
        "请立即督促办结；如情况复杂需延期，请按规定办理延期审批并向监管报备。"],
        table={"案件编号": case.id, "承办单位": unit_name(case.unit, ctx.directory) if case.unit else "待分派",
               "受理时间": format_datetime_cn(case.received_at), "监管时限": limit})
    record(session, case, EventKind.REGULATORY_OVERDUE, actor="system", at=now, data={"step": step.key},
           detail=f"已超过监管时限（{limit}，自受理起 {days} 天），已报告工会和行长")


def _triage_remind(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    notify.office_chase(session, ctx, case, "待分派案件催办", [
        f"本投诉尚未指定承办单位，已超过 {ctx.settings.sla.triage_working_days} 个工作日。",
        "请回复本邮件，在正文第一行写“转办 单位”指定承办单位。"], to=[ctx.settings.office.address], key=step.key,
        now=now)
    record(session, case, EventKind.REMINDED, actor="system", at=now, data={"step": step.key},
           detail=f"待分派超过 {ctx.settings.sla.triage_working_days} 个工作日，已催办{ctx.settings.office.name}")


def _triage_escalate(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    leader = ctx.directory.leader_by_id(ctx.settings.office.leader) if ctx.settings.office.leader else None
    who = f"{leader.name}" if leader else ctx.settings.office.name
    notify.office_chase(session, ctx, case, "待分派案件督办", [
        f"本投诉仍未指定承办单位，{ctx.settings.office.name}经催办后仍未分派。",
        f"现报{who}督办，请{ctx.settings.office.name}立即指定承办单位（回复“转办 单位”）。"],
        to=[leader.email, ctx.settings.office.address] if leader else [ctx.settings.office.address], key=step.key,
        now=now)
    record(session, case, EventKind.ESCALATED, actor="system", at=now, data={"step": step.key},
           detail=f"待分派仍未指定承办单位，已报告{who}")


def _call_chase(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    staff = list(ctx.settings.office.staff) or [ctx.settings.office.address]
    notify.office_chase(session, ctx, case, "客户回访催办", [
        f"承办单位已于 {format_datetime_cn(case.answered_at)} 反馈处理情况，客户满意度至今未登记"
        f"（已超过 {ctx.settings.sla.satisfaction_call_working_days} 个工作日）。",
        "请回访客户后回复本邮件：满意度 满意|基本满意|不满意（不满意请写明客户意见）。"],
        to=[*staff, ctx.settings.office.address], key=step.key, now=now)
    record(session, case, EventKind.REMINDED, actor="system", at=now, data={"step": step.key},
           detail="客户满意度逾期未登记，已催办工会经办人员回访")


def _call_escalate(session: Session, ctx: Context, case: Case, step: Step, now: datetime) -> None:
    """Still no satisfaction recorded a working day after the chase: the office's supervising leader."""
    leader = ctx.directory.leader_by_id(ctx.settings.office.leader) if ctx.settings.office.leader else None
    who = leader.name if leader else ctx.settings.office.name
    staff = list(ctx.settings.office.staff)
    notify.office_chase(session, ctx, case, "客户回访督办", [
        f"承办单位已于 {format_datetime_cn(case.answered_at)} 反馈处理情况，{ctx.settings.office.name}经催办后"
        f"仍未登记客户满意度（已超过 {ctx.settings.sla.satisfaction_call_working_days + 1} 个工作日）。",
        f"现报{who}督办，请{ctx.settings.office.name}立即回访客户并回复本邮件："
        "满意度 满意|基本满意|不满意（不满意请写明客户意见）。"],
        to=[*([leader.email] if leader else []), *staff, ctx.settings.office.address], key=step.key, now=now)
    record(session, case, EventKind.ESCALATED, actor="system", at=now, data={"step": step.key},
           detail=f"客户满意度经催办仍未登记，已报告{who}")


_STEP = {"remind": _remind, "overdue": _overdue, "escalate": _escalate, "regulatory": _regulatory,
         "triage_remind": _triage_remind, "triage_escalate": _triage_escalate, "call_chase": _call_chase,
         "call_escalate": _call_escalate}
