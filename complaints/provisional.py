"""暂定 deadlines on the case: which years its current deadlines were counted provisionally.

A deadline that reaches a year whose holiday arrangement is not published yet is counted on
the statutory holidays alone (`router.calendar`); `mark` records those years on the case
(`fields["provisional_years"]`) after every change of its deadlines, and the mails and the
督办单 show the dates it covers with （暂定）. `complaints.provisional_jobs` tells the office
and recomputes the case once a year becomes known.
"""

from __future__ import annotations

from sqlalchemy.engine import Row

from core.clock import local
from core.store.models import Case
from router.calendar import WorkingCalendar
from router.deadlines import PROVISIONAL_YEARS


def mark(case: Case, calendar: WorkingCalendar) -> None:
    """Record on the case which years its current deadlines were counted provisionally."""
    fields = {k: v for k, v in (case.fields or {}).items() if k != PROVISIONAL_YEARS}
    dates = [d for d in (case.due_at, case.regulatory_due_at) if d is not None]
    years = calendar.provisional_years(local(case.received_at).date(), local(max(dates)).date()) if dates else ()
    case.fields = {**fields, PROVISIONAL_YEARS: list(years)} if years else fields


def marked_years(case: Case | Row) -> list[int]:
    """A `Case`, or a row holding its `fields` only."""
    return [int(y) for y in (case.fields or {}).get(PROVISIONAL_YEARS, ())]
