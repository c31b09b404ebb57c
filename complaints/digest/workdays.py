"""Working days overdue for many cases at one instant, counting each calendar day once.

Same answer as `router.deadlines.overdue_working_days(due_at, at, calendar)` (working days
after the due date up to the day of `at`; 0 when not late), but the count of working days
from each date up to `at` is built once, backwards, and shared: the digest asks it for every
overdue case, and asking the calendar day by day for each case took seconds.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from core.clock import local
from router.calendar import WorkingCalendar


class OverdueDays:
    def __init__(self, calendar: WorkingCalendar, at: datetime):
        self.calendar = calendar
        self.at = local(at)
        self._after: dict[date, int] = {self.at.date(): 0}  # working days in (d, at.date()]
        self._earliest = self.at.date()

    def __call__(self, due_at: datetime) -> int:
        due = local(due_at)
        if self.at <= due:
            return 0
        return self._working_days_after(due.date())

    def _working_days_after(self, day: date) -> int:
        while self._earliest > day:
            before = self._earliest - timedelta(days=1)
            self._after[before] = self._after[self._earliest] + self.calendar.is_working_day(self._earliest)
            self._earliest = before
        return self._after[day]
