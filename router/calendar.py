"""Which days the branch works: Chinese public holidays and 调休 make-up days, config first.

Built on the maintained `chinesecalendar` package. The config's `sla.extra_holidays` and
`sla.extra_workdays` win over the package. A year neither describes is *provisional*: its
statutory holidays are derived from the rules of 《全国年节及纪念日放假办法》
(`router.holidays`) plus weekends, never "weekends only", because a deadline across Spring
Festival must skip it. The 调休 the State Council adds later cannot be derived, so deadlines
that reach a provisional year are marked 暂定 and recomputed once the year becomes known.
Only a year before the rules (`CalendarUnknown`) has no calendar at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar

from core.errors import CalendarUnknown, ConfigError
from router.holidays import FIRST_RULED_YEAR, statutory_days_off

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
    """Working days of the branch, built from the SLA config; a year's official arrangement
    confirmed while the service runs is added with `add_arrangement`."""

    def __init__(self, extra_holidays: Iterable[str | date] = (), extra_workdays: Iterable[str | date] = (), *,
                 provisional: Iterable[int] = ()):
        """`provisional` forces years to be counted on the derived rules alone (what the
        calendar said before their arrangement was known: see `as_provisional`)."""
        self._forced = frozenset(provisional)
        self._holidays = frozenset(d for d in _as_dates(extra_holidays, _HOLIDAYS_KEY) if d.year not in self._forced)
        self._workdays = frozenset(d for d in _as_dates(extra_workdays, _WORKDAYS_KEY) if d.year not in self._forced)
        both = sorted(self._holidays & self._workdays)
        if both:
            raise ConfigError(
                f"keys '{_HOLIDAYS_KEY}' and '{_WORKDAYS_KEY}' both list {both[0].isoformat()}")
        self._covered_years = frozenset(d.year for d in self._holidays)
        self._known_days: dict[date, bool] = {}  # is_working_day's answers, until add_arrangement

    def __repr__(self) -> str:
        return f"WorkingCalendar(extra_holidays={len(self._holidays)}, extra_workdays={len(self._workdays)})"

    def add_arrangement(self, year: int, days_off: Iterable[date], workdays: Iterable[date]) -> bool:
        """Take a year's official arrangement (a confirmed State Council notice) unless the
        config or the package already describe the year; True when the year became known."""
        if self.knows_year(year):
            return False
        self._holidays |= frozenset(d for d in days_off if d.year == year and d not in self._workdays)
        self._workdays |= frozenset(d for d in workdays if d.year == year and d not in self._holidays)
        self._covered_years |= {year}
        self._known_days = {}
        return True

    def as_provisional(self, years: Iterable[int]) -> WorkingCalendar:
        """This calendar as it was while `years` were provisional (their config dates dropped)."""
        return WorkingCalendar(self._holidays, self._workdays, provisional=self._forced | frozenset(years))

    def is_working_day(self, d: date) -> bool:
        """True on a working day; a provisional year counts its derived statutory holidays
        and weekends; CalendarUnknown only for a year before the holiday rules.

        Each day is worked out once (until `add_arrangement` changes the year): the deadline
        walks ask day by day, ~25 days a routed case, and asking the package and the rules
        cost ~170 µs a case."""
        known_days = self._known_days  # an answer worked out while the year changes lands in the old dict
        known = known_days.get(d)
        if known is None:
            known = known_days[d] = self._works_on(d)
        return known

    def _works_on(self, d: date) -> bool:
        if d in self._holidays:
            return False
        if d in self._workdays:
            return True
        if d.year in self._covered_years:
            return d.weekday() < 5
        if self.knows_year(d.year):
            return chinese_calendar.is_workday(d)
        if d.year < FIRST_RULED_YEAR:
            raise CalendarUnknown(
                f"the working-day calendar does not know the year {d.year} "
                f"(chinesecalendar {chinese_calendar.__version__} has no data for it and the holiday "
                f"rules start in {FIRST_RULED_YEAR}): list {d.year}'s public holidays in '{_HOLIDAYS_KEY}' "
                f"and its make-up working days (调休) in '{_WORKDAYS_KEY}' in complaints.toml")
        return d.weekday() < 5 and d not in statutory_days_off(d.year)

    def knows_year(self, year: int) -> bool:
        """Whether the config or the package describes `year` (make-up days alone do not)."""
        if year in self._covered_years:
            return True
        return year not in self._forced and _package_knows(year)

    def is_provisional(self, year: int) -> bool:
        """True for a year counted on the derived statutory holidays (its 调休 unknown)."""
        return year >= FIRST_RULED_YEAR and not self.knows_year(year)

    def provisional_years(self, first: date, last: date) -> tuple[int, ...]:
        """The provisional years from `first`'s year to `last`'s, in order."""
        return tuple(y for y in range(first.year, last.year + 1) if self.is_provisional(y))

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


@lru_cache(maxsize=256)
def _package_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
        return True
    except NotImplementedError:
        return False
