"""A case's clock: when the unit must answer, when to remind it, when the regulator's limit ends.

Pure arithmetic on aware datetimes in the branch's zone: the receipt time, the SLA config
and a `WorkingCalendar` in; values out. Naive inputs are taken as branch time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from core.clock import BRANCH_ZONE, local
from core.config import SlaConfig
from core.errors import CalendarUnknown
from router.calendar import WorkingCalendar

PROVISIONAL_YEARS = "provisional_years"  # the case field: years its deadlines were counted provisionally
DUE_TIME = time(18, 0)      # close of business on the due day
REMIND_TIME = time(9, 0)    # start of business on the reminder day


@dataclass(frozen=True)
class Deadlines:
    due_at: datetime             # the unit's answer is due (working days, 18:00)
    remind_at: datetime          # remind the unit (working day before due, 09:00)
    regulatory_due_at: datetime  # the regulator's limit (calendar days, 18:00, next working day)
    provisional_years: tuple[int, ...] = ()  # years counted on derived holidays: the dates are 暂定


def _at(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=BRANCH_ZONE)


def compute_deadlines(received_at: datetime, sla: SlaConfig, calendar: WorkingCalendar, *,
                      extra_regulatory_days: int = 0) -> Deadlines:
    """Deadlines for a case received at `received_at`.

    A receipt on a rest day counts from the next working day. The reminder is never set
    earlier than the receipt itself (a one-day SLA received in the afternoon is reminded
    at once).
    """
    received = local(received_at)
    start = calendar.next_working_day_on_or_after(received.date())
    due_day = calendar.add_working_days(start, sla.handle_working_days)
    remind_day = calendar.add_working_days(due_day, -sla.remind_before_working_days)
    remind_at = max(_at(remind_day, REMIND_TIME), received)
    regulatory_days = sla.regulatory_calendar_days + extra_regulatory_days
    regulatory_day = received.date() + timedelta(days=regulatory_days)
    regulatory_day = calendar.next_working_day_on_or_after(regulatory_day)
    return Deadlines(
        due_at=_at(due_day, DUE_TIME),
        remind_at=remind_at,
        regulatory_due_at=_at(regulatory_day, DUE_TIME),
        provisional_years=calendar.provisional_years(received.date(), max(due_day, regulatory_day)),
    )


def extend_due(due_at: datetime, days: int, calendar: WorkingCalendar) -> datetime:
    """延期: the due time moved `days` working days later, same time of day."""
    if days < 0:
        raise ValueError(f"an extension cannot be negative (got {days})")
    due = local(due_at)
    return datetime.combine(calendar.add_working_days(due.date(), days), due.timetz())


def overdue_working_days(due_at: datetime, now: datetime, calendar: WorkingCalendar) -> int:
    """How many working days late: working days after the due date up to today, 0 if not late.

    Late on the due day itself (after 18:00) still counts 0 working days; whether a case
    is overdue at all is `now > due_at`.
    """
    due, current = local(due_at), local(now)
    if current <= due:
        return 0
    return calendar.working_days_between(due.date(), current.date())


def is_provisional(at: datetime | None, provisional_years: Iterable[int]) -> bool:
    """Whether a deadline at `at` was counted across a provisional year (so is 暂定)."""
    years = list(provisional_years)
    return at is not None and bool(years) and min(years) <= local(at).year


def translate_due(due_at: datetime, since: datetime, before: WorkingCalendar, after: WorkingCalendar) -> datetime:
    """A due date counted on `before` moved to the same working-day position on `after`.

    Both count from the first working day on or after `since` (the receipt), so a new case
    lands where `compute_deadlines` on `after` would put it, and an extension or reopening
    carried by the old date keeps its working days. Same time of day."""
    due, start = local(due_at), local(since).date()
    old_start, new_start = before.next_working_day_on_or_after(start), after.next_working_day_on_or_after(start)
    if due.date() <= old_start:
        return due_at
    n = before.working_days_between(old_start, due.date())
    return datetime.combine(after.add_working_days(new_start, n), due.timetz())


def provisional_years_ahead(today: date, horizon_days: int, sla: SlaConfig,
                            calendar: WorkingCalendar) -> tuple[int, ...]:
    """The provisional years that deadlines of receipts up to `horizon_days` from `today` reach."""
    last = compute_deadlines(_at(today + timedelta(days=horizon_days), time(12, 0)), sla, calendar)
    return calendar.provisional_years(today, max(last.due_at, last.regulatory_due_at).date())


@dataclass(frozen=True)
class CalendarGap:
    first_receipt: date  # receipts from this day on would get no deadlines
    year: int            # the year the calendar does not know


def first_receipt_without_deadlines(today: date, horizon_days: int, sla: SlaConfig,
                                    calendar: WorkingCalendar) -> CalendarGap | None:
    """The first day within `horizon_days` from `today` whose receipts would get no deadlines
    (their limits reach a year the calendar does not know), or None: lets the operator add
    next year's holidays before cases go without a due date, rather than on the day they do."""
    for offset in range(horizon_days + 1):
        day = today + timedelta(days=offset)
        try:
            compute_deadlines(_at(day, time(12, 0)), sla, calendar)
        except CalendarUnknown:
            return CalendarGap(day, day.year if not calendar.knows_year(day.year) else day.year + 1)
    return None
