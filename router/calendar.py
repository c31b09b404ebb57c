"""Which days the branch works: Chinese public holidays and 调休 make-up days, config first.

Built on the maintained `chinesecalendar` package. The config's `sla.extra_holidays` and
`sla.extra_workdays` win over the package; for a year the package does not know, the
config must list that year's holidays, or `CalendarUnknown` is raised — the calendar never
falls back to "weekends only", because a guessed deadline over Spring Festival is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import chinese_calendar

from complaints.errors import CalendarUnknown, ConfigError

_HOLIDAYS_KEY = "sla.extra_holidays"
_WORKDAYS_KEY = "sla.extra_workdays"


def _as_dates(values: Iterable[str | date], key: str) -> frozenset[date]:
    """Config values ("YYYY-MM-DD" or dates) as dates; a bad one names its key."""
    out: set[date] = set()
    for value in values:
        if isinstance(value, date):
            out.add(value)
            continue
        try:
            out.add(date.fromisoformat(str(value).strip()))
        except ValueError:
            raise ConfigError(f"key '{key}': {value!r} is not a date (expected \"YYYY-MM-DD\")") from None
    return frozenset(out)


class WorkingCalendar:
    """Working days of the branch; immutable once built from the SLA config."""

    def __init__(self, extra_holidays: Iterable[str | date] = (), extra_workdays: Iterable[str | date] = ()):
        self._holidays = _as_dates(extra_holidays, _HOLIDAYS_KEY)
        self._workdays = _as_dates(extra_workdays, _WORKDAYS_KEY)
        both = sorted(self._holidays & self._workdays)
        if both:
            raise ConfigError(
                f"keys '{_HOLIDAYS_KEY}' and '{_WORKDAYS_KEY}' both list {both[0].isoformat()}")
        self._covered_years = frozenset(d.year for d in self._holidays)

    def __repr__(self) -> str:
        return f"WorkingCalendar(extra_holidays={len(self._holidays)}, extra_workdays={len(self._workdays)})"

    def is_working_day(self, d: date) -> bool:
        """True on a working day; raises CalendarUnknown for a year nobody has described."""
        if d in self._holidays:
            return False
        if d in self._workdays:
            return True
        if d.year in self._covered_years:
            return d.weekday() < 5
        try:
            return chinese_calendar.is_workday(d)
        except NotImplementedError:
            raise CalendarUnknown(
                f"the working-day calendar does not know the year {d.year} "
                f"(chinesecalendar {chinese_calendar.__version__} has no data for it): "
                f"list {d.year}'s public holidays in '{_HOLIDAYS_KEY}' and its make-up "
                f"working days (调休) in '{_WORKDAYS_KEY}' in complaints.toml, "
                f"or upgrade the chinesecalendar package") from None

    def knows_year(self, year: int) -> bool:
        """Whether the config or the package describes `year` (make-up days alone do not)."""
        if year in self._covered_years:
            return True
        try:
            chinese_calendar.is_workday(date(year, 1, 1))
            return True
        except NotImplementedError:
            return False

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after d (d itself not counted); n < 0 counts back, n == 0 is d."""
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        day = d
        while remaining:
            day += timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def next_working_day_on_or_after(self, d: date) -> date:
        """d when it is a working day, else the first working day after it."""
        day = d
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]: after a, up to and including b; negative when b < a."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a
        while day < b:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count
