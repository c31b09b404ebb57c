"""Report periods in branch time: the ISO week, the month, the quarter and the year (考核 periods).

Every period has the same face — `label` (2026-W49, 2026-11, 2026Q4, 2026), `start`/`end`
(branch midnight, end exclusive), `last_instant`, `shifted(n)`, `with_previous(n)`, a
Chinese `title` and the `noun` the report's sentences use (本周, 本月, 本季度, 本年) — so
the digest's queries, tables and documents take any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Union

from complaints.digest.weeks import BadWeek, IsoWeek
from core.clock import BRANCH_ZONE, local

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
QUARTER_NAMES = ("一", "二", "三", "四")


class BadPeriod(BadWeek):
    """A period was asked for in none of the forms 2026-W49, 2026-11, 2026Q4, 2026."""


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BRANCH_ZONE)


class _CalendarPeriod:
    """What a month, a quarter and a year share: counted from year 0, so `shifted` is arithmetic."""

    def ordinal(self) -> int:
        raise NotImplementedError

    @classmethod
    def of_ordinal(cls, index: int):
        raise NotImplementedError

    @property
    def first_day(self) -> date:
        raise NotImplementedError

    @classmethod
    def last_complete_before(cls, moment: datetime):
        """The newest period that ended at or before `moment`."""
        return cls.containing(moment).shifted(-1)

    @property
    def start(self) -> datetime:
        """The first day's 00:00 in branch time (inclusive)."""
        return _midnight(self.first_day)

    @property
    def end(self) -> datetime:
        """The next period's start (exclusive)."""
        return self.shifted(1).start

    @property
    def last_instant(self) -> datetime:
        return self.end - timedelta(microseconds=1)

    def shifted(self, count: int):
        return self.of_ordinal(self.ordinal() + count)

    def with_previous(self, count: int) -> tuple:
        """The `count` periods before this one and this one, oldest first."""
        return tuple(self.shifted(-n) for n in range(count, -1, -1))

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, order=True)
class Month(_CalendarPeriod):
    year: int
    month: int

    noun = "月"
    kind = "month"

    @classmethod
    def parse(cls, text: str) -> Month:
        m = _MONTH.match(text or "")
        if not m or not 1 <= int(m[2]) <= 12:
            raise BadPeriod(f"month {text!r} is not in the form YYYY-MM (e.g. 2026-11)")
        return cls(int(m[1]), int(m[2]))

    @classmethod
    def containing(cls, moment: datetime) -> Month:
        day = local(moment).date()
        return cls(day.year, day.month)

    def ordinal(self) -> int:
        return self.year * 12 + self.month - 1

    @classmethod
    def of_ordinal(cls, index: int) -> Month:
        return cls(index // 12, index % 12 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月"


@dataclass(frozen=True, order=True)
class Quarter(_CalendarPeriod):
    year: int
    quarter: int

    noun = "季度"
    kind = "quarter"

    @classmethod
    def parse(cls, text: str) -> Quarter:
        m = _QUARTER.match(text or "")
        if not m:
            raise BadPeriod(f"quarter {text!r} is not in the form YYYYQn (e.g. 2026Q4)")
        return cls(int(m[1]), int(m[2]))

    @classmethod
    def containing(cls, moment: datetime) -> Quarter:
        day = local(moment).date()
        return cls(day.year, (day.month - 1) // 3 + 1)

    def ordinal(self) -> int:
        return self.year * 4 + self.quarter - 1

    @classmethod
    def of_ordinal(cls, index: int) -> Quarter:
        return cls(index // 4, index % 4 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.quarter}"

    @property
    def title(self) -> str:
        return f"{self.year}年第{QUARTER_NAMES[self.quarter - 1]}季度"


@dataclass(frozen=True, order=True)
class Year(_CalendarPeriod):
    year: int

    noun = "年"
    kind = "year"

    @classmethod
    def parse(cls, text: str) -> Year:
        m = _YEAR.match(text or "")
        if not m:
            raise BadPeriod(f"year {text!r} is not in the form YYYY (e.g. 2026)")
        return cls(int(m[1]))

    @classmethod
    def containing(cls, moment: datetime) -> Year:
        return cls(local(moment).year)

    def ordinal(self) -> int:
        return self.year

    @classmethod
    def of_ordinal(cls, index: int) -> Year:
        return cls(index)

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def label(self) -> str:
        return str(self.year)

    @property
    def title(self) -> str:
        return f"{self.year}年"


Period = Union[IsoWeek, Month, Quarter, Year]
KINDS: dict[str, type] = {"week": IsoWeek, "month": Month, "quarter": Quarter, "year": Year}


def parse_period(text: str) -> Period:
    """`2026-W49`, `2026-11`, `2026Q4` or `2026`, whichever form `text` is in; BadPeriod otherwise."""
    for kind in (IsoWeek, Month, Quarter, Year):
        try:
            return kind.parse(text)
        except BadWeek:
            continue
    raise BadPeriod(f"period {text!r} is none of 2026-W49 (week), 2026-11 (month), 2026Q4 (quarter), 2026 (year)")


def period_title(period: Period) -> str:
    """What a report calls its period: 2026年第49周（11月30日—12月6日）, 2026年11月, 2026年第四季度, 2026年."""
    if isinstance(period, IsoWeek):
        m, s = period.monday, period.sunday
        end = f"{s.month}月{s.day}日" if s.year == m.year else f"{s.year}年{s.month}月{s.day}日"
        return f"{period.year}年第{period.week}周（{m.month}月{m.day}日—{end}）"
    return period.title


def noun(period: Period) -> str:
    """本周 / 本月 / 本季度 / 本年: the word after 本 and before 末."""
    return "周" if isinstance(period, IsoWeek) else period.noun


def span_text(period: Period) -> str:
    """`11-30至12-06` for a week's row in the history table; the title for the longer periods."""
    if isinstance(period, IsoWeek):
        return f"{period.monday:%m-%d}至{period.sunday:%m-%d}"
    return period.title


REPORT_NAMES = {"week": "客户投诉处理周报", "month": "客户投诉处理月度考核报告",
                "quarter": "客户投诉处理季度考核报告", "year": "客户投诉处理年度考核报告"}


def period_kind(period: Period) -> str:
    """week, month, quarter or year."""
    return "week" if isinstance(period, IsoWeek) else period.kind


def report_name(period: Period) -> str:
    """客户投诉处理周报 for a week, 客户投诉处理月度考核报告 for a month, and so on."""
    return REPORT_NAMES[period_kind(period)]
