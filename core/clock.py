"""The clock is passed in, never read deep in the code: `run-once --at` and tests set the time.

Every datetime in the system is timezone-aware; the branch's zone decides what "today",
"a working day" and "this week" mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

BRANCH_ZONE = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class SystemClock:
    zone: ZoneInfo = BRANCH_ZONE

    def now(self) -> datetime:
        return datetime.now(self.zone)


@dataclass
class FixedClock:
    """A clock that stands still (drills, tests) and can be moved on by hand."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            self.at = self.at.replace(tzinfo=BRANCH_ZONE)

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at = self.at + timedelta(**delta)


@dataclass(frozen=True)
class ShiftedClock:
    """Real time moved so that it started at `start` (a drill of `serve` on another day).

    Unlike FixedClock it runs on: a service under `--at` still sees minutes pass, so its
    timetable, leases and retries behave as on the real clock.
    """

    start: datetime
    zone: ZoneInfo = BRANCH_ZONE

    def __post_init__(self) -> None:
        start = self.start if self.start.tzinfo else self.start.replace(tzinfo=self.zone)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "_offset", start - datetime.now(self.zone))

    def now(self) -> datetime:
        return (datetime.now(self.zone) + self._offset).astimezone(self.zone)


def parse_instant(text: str) -> datetime:
    """An ISO time from `--at` / COMPLAINTS_NOW; a date alone means 09:00 branch time."""
    value = datetime.fromisoformat(text.strip())
    if len(text.strip()) == 10:
        value = value.replace(hour=9)
    return value if value.tzinfo else value.replace(tzinfo=BRANCH_ZONE)


def local(dt: datetime, zone: ZoneInfo = BRANCH_ZONE) -> datetime:
    """The same instant in the branch's zone (naive input is taken as branch time)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=zone)
    return dt.astimezone(zone)
