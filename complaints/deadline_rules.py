"""Which deadline steps a case is due for at `now`: reminder, overdue 督办, escalation, regulatory alarm.

Pure: the case's dates, the steps already taken (their keys, kept in events) and the
clock in; the steps to take now out. Every step's key names the due date it is about,
so a moved due date (延期, reopening) starts its own reminder and overdue steps, and a
step already taken is never taken twice. A step missed while the service was down is
taken when it comes back (a reminder only while the due date is still ahead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from core.clock import BRANCH_ZONE, local
from core.config import SlaConfig
from router.calendar import WorkingCalendar
from router.deadlines import DUE_TIME, REMIND_TIME, overdue_working_days

WORKDAY_START = time(9, 0)


@dataclass(frozen=True)
class CaseClock:
    """The dates of one case that drive its deadline steps."""

    status: str
    due_at: datetime | None
    regulatory_due_at: datetime | None
    routed_at: datetime | None     # when the unit got the case (the last routing)
    triage_at: datetime | None = None    # when the case last went to the office to be assigned
    answered_at: datetime | None = None  # when the result came in (the satisfaction call is due)


@dataclass(frozen=True)
class Step:
    kind: str            # remind | overdue | escalate | regulatory | triage_remind | triage_escalate | call_chase
    #                      | call_escalate
    key: str             # e.g. "overdue-202610121800": the due date it is about
    overdue_days: int = 0


def remind_at(due_at: datetime, sla: SlaConfig, calendar: WorkingCalendar) -> datetime:
    """Start of business `remind_before_working_days` working days before the due day."""
    due_day = local(due_at).date()
    day = calendar.add_working_days(due_day, -sla.remind_before_working_days)
    return datetime.combine(day, REMIND_TIME, tzinfo=BRANCH_ZONE)


def due_steps(case: CaseClock, done: set[str], now: datetime, sla: SlaConfig,
              calendar: WorkingCalendar) -> list[Step]:
    """The steps due now and not yet taken, in the order they must be taken."""
    steps: list[Step] = []
    if case.status == "routed" and case.due_at is not None:
        steps += _unit_steps(case, now, sla, calendar)
    if case.status == "triage" and case.triage_at is not None:
        steps += _office_steps(case.triage_at, now, sla.triage_working_days, calendar)
    if case.status == "answered" and case.answered_at is not None:
        steps += _call_steps(case.answered_at, now, sla.satisfaction_call_working_days, calendar)
    if case.status != "closed" and case.regulatory_due_at is not None and now > case.regulatory_due_at:
        steps.append(Step("regulatory", f"regulatory-{_stamp(case.regulatory_due_at)}"))
    return [s for s in steps if s.key not in done]


def _unit_steps(case: CaseClock, now: datetime, sla: SlaConfig, calendar: WorkingCalendar) -> list[Step]:
    stamp = _stamp(case.due_at)
    reminder = remind_at(case.due_at, sla, calendar)
    if now <= case.due_at:
        routed_before = case.routed_at is None or case.routed_at < reminder
        if sla.remind_before_working_days > 0 and reminder <= now and routed_before:
            return [Step("remind", f"remind-{stamp}")]
        return []
    late = overdue_working_days(case.due_at, now, calendar)
    steps = [Step("overdue", f"overdue-{stamp}", late)]
    limit = sla.escalate_after_working_days
    if late > limit or (late == limit and local(now).time() >= WORKDAY_START):
        steps.append(Step("escalate", f"escalate-{stamp}", late))
    return steps


def office_deadline(since: datetime, working_days: int, calendar: WorkingCalendar) -> datetime:
    """Close of business `working_days` working days after `since` (a rest day counts from the next)."""
    start = calendar.next_working_day_on_or_after(local(since).date())
    return datetime.combine(calendar.add_working_days(start, working_days), DUE_TIME, tzinfo=BRANCH_ZONE)


def _office_steps(triage_at: datetime, now: datetime, days: int, calendar: WorkingCalendar) -> list[Step]:
    """An unassigned case: the office is reminded after `days` working days, its leader a day later."""
    stamp = _stamp(triage_at)
    return _chase_then_escalate(triage_at, now, days, calendar, Step("triage_remind", f"triage-remind-{stamp}"),
                                Step("triage_escalate", f"triage-escalate-{stamp}"))


def _call_steps(answered_at: datetime, now: datetime, days: int, calendar: WorkingCalendar) -> list[Step]:
    """An unrecorded satisfaction call, chased like a unit's deadline: the staff after `days`
    working days, the office's supervising leader a working day later."""
    stamp = _stamp(answered_at)
    return _chase_then_escalate(answered_at, now, days, calendar, Step("call_chase", f"call-{stamp}"),
                                Step("call_escalate", f"call-escalate-{stamp}"))


def _chase_then_escalate(since: datetime, now: datetime, days: int, calendar: WorkingCalendar,
                         chase: Step, escalate: Step) -> list[Step]:
    """The office's two-step chase: `chase` once `days` working days have passed since
    `since`, `escalate` once one more working day has."""
    due = [(chase, days), (escalate, days + 1)]
    return [step for step, after in due if now > office_deadline(since, after, calendar)]


def _stamp(value: datetime) -> str:
    return local(value).strftime("%Y%m%d%H%M")
