"""The digest's figures as frozen values: what the mail, the .docx and the .xlsx all render.

Built by `figures.compute_figures`; the definitions of every number are in its docstring.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from complaints.digest.periods import Period


@dataclass(frozen=True)
class Rate:
    """hits out of base; `value` is None when nothing was counted."""

    hits: int
    base: int

    @property
    def value(self) -> float | None:
        return self.hits / self.base if self.base else None


@dataclass(frozen=True)
class WeekHeadline:
    """One period's main figures (the report's period or one before it)."""

    label: str
    span: str
    new: int
    closed: int
    on_time: Rate
    overdue: int


@dataclass(frozen=True)
class BreakdownRow:
    key: str | None
    label: str
    new: int
    closed: int
    open: int


@dataclass(frozen=True)
class Breakdown:
    dimension: str
    title: str
    rows: tuple[BreakdownRow, ...]


@dataclass(frozen=True)
class AnswerTimes:
    answered: int
    median_days: float | None
    p90_days: float | None


@dataclass(frozen=True)
class Satisfaction:
    satisfied: int
    basically_satisfied: int
    dissatisfied: int
    unrated: int = 0


@dataclass(frozen=True)
class OverdueCase:
    case_id: str
    unit: str | None
    unit_name: str
    category: str
    severity_name: str
    status_name: str
    received_at: datetime
    due_at: datetime
    working_days_overdue: int


@dataclass(frozen=True)
class MajorCase:
    case_id: str
    severity: str
    line: str


@dataclass(frozen=True)
class UnitAppraisal:
    unit: str | None
    unit_name: str
    received: int
    on_time: Rate
    overdue: int
    satisfaction: Satisfaction
    reopened: int
    average_days: float | None = None   # days to answer, for cases answered in the period
    p90_days: float | None = None
    by_level: tuple[int, ...] = ()      # received in the period, per labels.SEVERITY_ORDER
    rank: int = 0                       # 1 = best (see tables.definitions); 0 = not ranked


@dataclass(frozen=True)
class CaseLine:
    """One case of the week as the spreadsheet lists it: masked name and phone, no ID or account."""

    case_id: str
    channel_name: str
    unit_name: str
    category: str
    cause: str
    severity_name: str
    status_name: str
    received_at: datetime
    due_at: datetime | None
    answered_at: datetime | None
    closed_at: datetime | None
    satisfaction: str
    overdue_working_days: int | None
    reopened: int
    customer_name: str
    customer_phone: str


@dataclass(frozen=True)
class DigestFigures:
    period: Period
    generated_at: datetime
    history: tuple[WeekHeadline, ...]  # the previous periods and this one, oldest first
    open: int
    awaiting_answer: int
    regulatory: Rate
    answer_times: AnswerTimes
    satisfaction: Satisfaction
    reopened: int
    breakdowns: tuple[Breakdown, ...]
    overdue: tuple[OverdueCase, ...]
    major: tuple[MajorCase, ...]
    units: tuple[UnitAppraisal, ...]
    cases: Sequence[CaseLine]   # a CaseSpool: every case of the period, kept on disk (a year is large)
    praise: int = 0  # customers' praise recorded in the period, comment books and units' mail (not complaints)
    praise_units: tuple[tuple[str, int], ...] = ()  # (unit name, praise) most praised first

    @property
    def headline(self) -> WeekHeadline:
        return self.history[-1]

    def breakdown(self, dimension: str) -> Breakdown:
        return next(b for b in self.breakdowns if b.dimension == dimension)
