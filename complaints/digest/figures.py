"""The weekly digest's figures, computed once by SQL aggregation; mail, .docx and .xlsx all render these.

Definitions (every instant is compared in UTC; week bounds are branch time, see weeks.py):

- new: received in the week.  closed: `closed_at` in the week.
- open: open at the week's end (received before it, not closed — or reopened since).
- on-time rate: among the cases *due* in the week (`due_at` in it) or *answered* in the week
  (`answered_at` in it), the share answered by their due date (`answered_at <= due_at`).
  A case due in the week and still unanswered counts as not on time; a case due and
  answered in the same week counts once; a case answered early in an earlier week but due
  in this one counts in both weeks (each week asks "how did this week's deadlines and this
  week's answers go?"). No such case → no rate ("—").
- within the regulatory limit: among cases closed in the week, `closed_at <= regulatory_due_at`.
- days to answer: `answered_at - received_at` in calendar days, for cases answered in the
  week; median and 90th percentile are continuous (interpolated, as percentile_cont).
- satisfaction: `satisfaction` of the cases closed in the week (满意/基本满意/不满意; anything
  else or none is "unrated").  reopened: `reopened` events dated in the week.
- overdue: awaiting an answer at the week's end with `due_at` before it (see predicates.py:
  a reopen cancels an earlier answer); working days overdue are counted to the week's end
  (`router.deadlines.overdue_working_days`). The status lists and this count are the same
  set, so the digest reads the same whenever it is generated.
- major and serious cases: received in the week or still open at its end.
- the week's cases (the spreadsheet): received, due, answered or closed in the week,
  overdue at its end, or reopened in it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from typing import Iterator

from sqlalchemy.engine import Connection, Engine

from complaints.digest import assemble, queries
from complaints.digest.periods import Period, span_text
from complaints.digest.spool import CaseSpool
from complaints.digest.values import (  # noqa: F401  (re-exported: the digest's value types)
    AnswerTimes, Breakdown, BreakdownRow, CaseLine, DigestFigures, MajorCase, OverdueCase, Rate,
    Satisfaction, UnitAppraisal, WeekHeadline,
)
from complaints.digest.workdays import OverdueDays
from core.config import Directory
from router.calendar import WorkingCalendar

HISTORY_WEEKS = 4


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One read transaction, REPEATABLE READ on PostgreSQL, so every figure sees the same data.

    PostgreSQL's JIT is switched off for it: the reopen look-ups make the planner's cost
    estimates large enough to trigger JIT compilation, which took longer (0.5-2.5 s per
    statement) than running the statements themselves.
    """
    postgres = engine.dialect.name == "postgresql"
    options = {"isolation_level": "REPEATABLE READ"} if postgres else {}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        if postgres:
            conn.exec_driver_sql("SET LOCAL jit = off")
        yield conn


@contextmanager
def _same_snapshot(engine: Engine, snapshot: str) -> Iterator[Connection]:
    """A second PostgreSQL read transaction on the snapshot another one exported: both see the
    same data, so the case list can stream on one while the other computes the figures."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
        conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        conn.exec_driver_sql("SET LOCAL jit = off")
        yield conn


def _case_spool(conn: Connection, week: Period, directory: Directory, calendar: WorkingCalendar) -> CaseSpool:
    """The period's case lines, spooled (its own OverdueDays: the counter's cache is not shared
    across threads)."""
    lines = assemble.CaseLines(directory, OverdueDays(calendar, week.last_instant))
    return CaseSpool.of_rows(map(lines, queries.case_rows(conn, week)))


def _spool_in_snapshot(engine: Engine, snapshot: str, week: Period, directory: Directory,
                       calendar: WorkingCalendar) -> CaseSpool:
    with _same_snapshot(engine, snapshot) as conn:
        return _case_spool(conn, week, directory, calendar)


def _history_in_snapshot(engine: Engine, snapshot: str, weeks) -> list[dict[str, int]]:
    with _same_snapshot(engine, snapshot) as conn:
        return queries.weekly_counts(conn, weeks)


def _praise_units(counts: dict[str, int], directory: Directory) -> tuple[tuple[str, int], ...]:
    """(unit name, praise) most praised first; a code no longer in the directory shows as itself."""
    named = [((directory.unit_by_code(code).name if directory.unit_by_code(code) else code), n)
             for code, n in counts.items()]
    return tuple(sorted(named, key=lambda un: (-un[1], un[0])))


def compute_figures(engine: Engine, week: Period, *, directory: Directory, calendar: WorkingCalendar,
                    now: datetime) -> DigestFigures:
    """Every figure of the digest of `week`, by aggregate queries in one snapshot."""
    weeks = week.with_previous(HISTORY_WEEKS)
    with _snapshot(engine) as conn, ThreadPoolExecutor(max_workers=2) as beside:
        # On PostgreSQL the case list (a year: 250,000 rows to open, mask and spool in Python)
        # streams on a second connection in the same snapshot, and the history (a year report's
        # five years: a scan of every case) is counted on a third, while this one computes the
        # other figures: the database's work and Python's overlap instead of adding up.
        if engine.dialect.name == "postgresql":
            snapshot = queries.export_snapshot(conn)
            spooled = beside.submit(_spool_in_snapshot, engine, snapshot, week, directory, calendar)
            counted = beside.submit(_history_in_snapshot, engine, snapshot, weeks)
        else:
            spooled = counted = None
        totals = queries.week_totals(conn, week)
        breakdown = queries.breakdown_counts(conn, week)
        answered, (median, p90) = queries.answer_days(conn, week)
        units = queries.unit_counts(conn, week)
        unit_p90 = queries.unit_answer_percentile(conn, week)
        overdue = queries.overdue_rows(conn, week)
        major = queries.major_rows(conn, week)
        overdue_days = OverdueDays(calendar, week.last_instant)  # counted to the period's last day
        praise = queries.praise_by_unit(conn, week)
        cases = spooled.result() if spooled else _case_spool(conn, week, directory, calendar)
        history = counted.result() if counted else queries.weekly_counts(conn, weeks)
    return DigestFigures(
        period=week,
        generated_at=now,
        history=tuple(assemble.headline(w.label, span_text(w), row) for w, row in zip(weeks, history)),
        open=totals["open"],
        awaiting_answer=totals["awaiting"],
        regulatory=Rate(totals["within_limit"], totals["closed_with_limit"]),
        answer_times=AnswerTimes(answered, assemble.rounded(median), assemble.rounded(p90)),
        satisfaction=Satisfaction(totals["sat_0"], totals["sat_1"], totals["sat_2"], totals["unrated"]),
        reopened=totals["reopened"],
        breakdowns=assemble.breakdowns(breakdown, directory),
        overdue=tuple(assemble.overdue_case(r, directory, overdue_days) for r in overdue),
        major=tuple(assemble.major_case(r, directory) for r in major),
        units=assemble.units(units, directory, unit_p90),
        cases=cases,
        praise=sum(praise.values()),
        praise_units=_praise_units(praise, directory),
    )
