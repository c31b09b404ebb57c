"""The provisional-calendar jobs: the office told once per year, open cases recomputed once known.

The office hears once per year which years are provisional (`announce`, 45 days ahead of the
first receipt whose limits reach one). When a year becomes known — a newer chinesecalendar,
`[sla] extra_holidays/extra_workdays`, or a State Council notice the office confirmed —
`recompute` moves each open case's 暂定 due date to the same working-day position on the
official calendar (so a 延期 or reopening carried by the old date is kept), recomputes the
regulatory limit from receipt, tells the unit in one short mail if the due date moved, and
drops the year from the case's mark, so no case is recomputed twice for one year.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy.engine import Row
from sqlmodel import Session, select

from complaints import notify
from complaints.context import Context
from complaints.deadline_rules import remind_at
from complaints.extensions import regulatory_days
from complaints.provisional import mark, marked_years
from complaints.workflow import CaseStatus, EventKind, record
from core.clock import local
from core.store.db import session_scope
from core.store.models import Case
from core.store.state import get_state, set_state
from outbox.views import PROVISIONAL_MARK, format_datetime_cn, unit_name
from router.calendar import WorkingCalendar
from router.deadlines import compute_deadlines, provisional_years_ahead, translate_due

log = logging.getLogger(__name__)

OPEN = ("routed", "answered", "triage", "reopened", "received")
LOOKAHEAD_DAYS = 45        # the office hears of a provisional year this long before receipts reach it
ANNOUNCED = "provisional_years_announced"
# per calendar (one per process): its provisional years when this process last looked at every open case
_scanned: weakref.WeakKeyDictionary[WorkingCalendar, str] = weakref.WeakKeyDictionary()
CHUNK = 500                               # open cases looked at a time
SCAN_YEARS = 6                            # years ahead a case's deadlines can reach (60-day 延期, reopenings)


def announce(ctx: Context, now: datetime) -> str | None:
    """Tell the office, once per year, that receipts will soon get deadlines in a provisional year."""
    years = provisional_years_ahead(local(now).date(), LOOKAHEAD_DAYS, ctx.settings.sla, ctx.calendar)
    told = {int(y) for y in (get_state(ctx.engine, ANNOUNCED) or "").split(",") if y}
    new = [y for y in years if y not in told]
    if not new:
        return None
    text = "、".join(f"{y} 年" for y in new)
    with session_scope(ctx.engine) as session:
        notify.office_alert(session, ctx, f"{text}的节假日安排尚未公布：相关办理时限为暂定", [
            f"国务院办公厅尚未公布（或系统尚未获知）{text}的节假日安排。系统已按《全国年节及纪念日放假办法》"
            "推算法定节假日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）并跳过周末计算办理时限；"
            "调休上班日和连休无法推算，涉及这些年份的办理时限在案件、督办邮件和督办单上标注“（暂定）”。",
            "放假安排公布后，请将国务院办公厅的通知全文转发至本系统邮箱，并按系统回复核对后确认；也可由 IT 人员在 complaints.toml 的 [sla] 中填写 extra_holidays / extra_workdays，或升级 chinesecalendar 软件包。"
            "届时系统自动重新计算未办结案件的暂定时限，时限有变动的承办单位会收到一封简短通知。",
            "本提醒每个年份只发一次。"],
            {"暂定年份": text}, key=f"provisional-{'-'.join(map(str, new))}", now=now)
        set_state(session, ANNOUNCED, ",".join(map(str, sorted(told | set(new)))))
    return f"provisional year(s) {', '.join(map(str, new))} announced"


def recompute(ctx: Context, now: datetime) -> str | None:
    """Recompute every open case whose provisional years are now known, each in its own transaction.

    Cases are looked at only when the calendar's provisional years changed since the last
    complete look by this process (`_scanned`): a case it marked since was marked on the calendar as it
    is now. Kept per process, not in the database: another worker that marked a case before it
    learned a confirmed arrangement looks again once it has learned it."""
    today = local(now).date()
    signature = ",".join(str(y) for y in range(today.year - 1, today.year + SCAN_YEARS) if ctx.calendar.is_provisional(y))
    if _scanned.get(ctx.calendar) == signature:
        return None
    ids = list(_marked_case_ids(ctx))
    done, failed = [], False
    for case_id in ids:
        try:
            with session_scope(ctx.engine) as session:
                case = session.exec(select(Case).where(Case.id == case_id).with_for_update()).one()
                if _known_now(case, ctx.calendar):   # another worker may have done it meanwhile
                    done.append(f"{case_id} {_recompute(session, ctx, case, now)}")
        except Exception:  # noqa: BLE001 - one broken case must not stop the others
            failed = True
            log.exception("recomputing the provisional deadlines of %s failed", case_id)
    if not failed:   # a failed case is tried again at the next pass
        _scanned[ctx.calendar] = signature
    return ", ".join(done) or None


def _marked_case_ids(ctx: Context) -> Iterator[str]:
    """The open cases marked with a year now known, read CHUNK at a time and only their id and
    fields: each process looks once at every open case, and loading them whole (their sealed
    text decrypted) made a fresh `serve` start in proportion to the database (issue 17)."""
    after = ""
    while True:
        with Session(ctx.engine) as session:
            rows = session.exec(select(Case.id, Case.fields).where(Case.status.in_(OPEN), Case.id > after)
                                .order_by(Case.id).limit(CHUNK)).all()
        yield from [r.id for r in rows if _known_now(r, ctx.calendar)]
        if len(rows) < CHUNK:
            return
        after = rows[-1].id


def _known_now(case: Case | Row, calendar: WorkingCalendar) -> list[int]:
    return [y for y in marked_years(case) if not calendar.is_provisional(y)]


def _recompute(session: Session, ctx: Context, case: Case, now: datetime) -> str:
    known = _known_now(case, ctx.calendar)
    before = ctx.calendar.as_provisional(known)
    sla = ctx.settings.sla
    old_due, previous = case.due_at, format_datetime_cn(case.due_at)
    if case.due_at is not None:
        case.due_at = translate_due(case.due_at, case.received_at, before, ctx.calendar)
        case.overdue = now > case.due_at
        case.fields = {**case.fields, "remind_at": remind_at(case.due_at, sla, ctx.calendar).isoformat()}
    case.regulatory_due_at = compute_deadlines(
        case.received_at, sla, ctx.calendar,
        extra_regulatory_days=regulatory_days(case, ctx) - sla.regulatory_calendar_days).regulatory_due_at
    mark(case, ctx.calendar)
    years = "、".join(map(str, known))
    moved = old_due is not None and case.due_at != old_due
    due = format_datetime_cn(case.due_at) or "—"
    record(session, case, EventKind.NOTE, actor="system", at=now,
           data={"step": f"calendar-{years}", "previous_due_at": old_due.isoformat() if old_due else None},
           detail=(f"{years}年节假日安排已知，暂定办理时限由 {previous} 调整为 {due}" if moved
                   else f"{years}年节假日安排已知，办理时限 {due} 不变，不再为暂定"))
    if moved and case.unit and case.status == CaseStatus.ROUTED:
        notify.due_recomputed(session, ctx, case, key=f"calendar-{'-'.join(map(str, known))}-{case.reopen_count}",
                              now=now, years=known, previous_due_text=previous + PROVISIONAL_MARK)
        return f"due moved for {unit_name(case.unit, ctx.directory)}"
    return "due confirmed" if not moved else "due moved"
