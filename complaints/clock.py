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


def local(dt: datetime, zone: ZoneInfo = BRANCH_ZONE) -> datetime:
    """The same instant in the branch's zone (naive input is taken as branch time)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=zone)
    return dt.astimezone(zone)
