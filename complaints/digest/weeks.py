"""ISO weeks in branch time: which instants a digest covers, and which week is the last complete one.

A week `YYYY-Www` runs from Monday 00:00 to the next Monday 00:00 in the branch's zone
(`core.clock.BRANCH_ZONE`), whatever zone the database stores instants in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from core.clock import BRANCH_ZONE, local
from core.errors import ComplaintsError

_WEEK = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


class BadWeek(ComplaintsError):
    """A week was asked for in a form other than YYYY-Www, or the week does not exist."""


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """`2026-W13` (or `2026W13`, `2026-w13`); BadWeek for anything else."""
        m = _WEEK.match(text or "")
        if not m:
            raise BadWeek(f"week {text!r} is not in the form YYYY-Www (e.g. 2026-W13)")
        year, week = int(m.group(1)), int(m.group(2))
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise BadWeek(f"week {text!r} does not exist: {year} has no ISO week {week}") from None
        return cls(year, week)

    @classmethod
    def of_date(cls, day: date) -> IsoWeek:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def containing(cls, moment: datetime) -> IsoWeek:
        """The week that holds this instant in branch time."""
        return cls.of_date(local(moment).date())

    @classmethod
    def last_complete_before(cls, moment: datetime) -> IsoWeek:
        """The newest week that ended at or before `moment`."""
        return cls.containing(moment).shifted(-1)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def start(self) -> datetime:
        """Monday 00:00 in branch time (inclusive)."""
        return datetime.combine(self.monday, time(0), tzinfo=BRANCH_ZONE)

    @property
    def end(self) -> datetime:
        """The next Monday 00:00 in branch time (exclusive)."""
        return datetime.combine(self.monday + timedelta(days=7), time(0), tzinfo=BRANCH_ZONE)

    @property
    def last_instant(self) -> datetime:
        """The last microsecond of the week: 'as at the end of the week' for working-day counts."""
        return self.end - timedelta(microseconds=1)

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.of_date(self.monday + timedelta(weeks=weeks))

    def with_previous(self, count: int) -> tuple[IsoWeek, ...]:
        """The `count` weeks before this one and this one, oldest first."""
        return tuple(self.shifted(-n) for n in range(count, -1, -1))

    def __str__(self) -> str:
        return self.label
