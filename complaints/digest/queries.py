"""The digest's SQL: every figure is a COUNT/FILTER/GROUP BY in the database, never a loop over cases.

Each function runs one statement on an open connection and returns plain rows. The only
rows that come back one per case are the lists a person reads (overdue cases, major and
serious cases, the week's case list for the spreadsheet), and those are bounded by the week.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence

from sqlalchemy import and_, case, extract, func, literal_column, or_, select, union_all
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql.elements import ColumnElement

from complaints.comment_book_duty import STATE_PREFIX
from complaints.digest.predicates import (
    EVENT, C, CASE, answered_in, answered_on_time, awaiting_answer_at,
    closed_in, in_week, on_time_base, open_at, overdue_at, received_in, relevant_since, reopen_event_in,
    within_regulatory_limit,
)
from complaints.digest.periods import Period
from complaints.digest.labels import SEVERITY_ORDER
from core.clock import local
from core.satisfaction import SATISFACTION_LEVELS
from core.severity import Severity
from core.store.models import ServiceState

STATE = ServiceState.__table__
DIMENSIONS = ("channel", "category", "cause", "unit", "severity")
MAJOR_SEVERITIES = (Severity.MAJOR, Severity.SERIOUS)
SNIPPET_CHARS = 200
STREAM_ROWS = 5_000


def _count(condition: ColumnElement[bool]):
    return func.count().filter(condition)


def _flag(condition: ColumnElement[bool]):
    return case((condition, 1), else_=0)


def breakdown_counts(conn: Connection, week: Period) -> list[tuple[str, str | None, int, int, int]]:
    """(dimension, key, new, closed, open at week end) for every dimension, in one statement."""
    s, e = week.start, week.end
    cases = (
        select(*(C[d] for d in DIMENSIONS),
               _flag(received_in(s, e)).label("is_new"),
               _flag(closed_in(s, e)).label("is_closed"),
               _flag(open_at(e)).label("is_open"))
        .where(relevant_since(s), or_(received_in(s, e), closed_in(s, e), open_at(e)))
        .cte("week_cases")
    )
    parts = [
        select(literal_column(f"'{d}'").label("dimension"), cases.c[d].label("key"),
               func.sum(cases.c.is_new), func.sum(cases.c.is_closed), func.sum(cases.c.is_open))
        .group_by(cases.c[d])
        for d in DIMENSIONS
    ]
    rows = conn.execute(union_all(*parts)).all()
    return [(d, k, int(n), int(c), int(o)) for d, k, n, c, o in rows]


def weekly_counts(conn: Connection, weeks: Sequence[Period]) -> list[dict[str, int]]:
    """Per week (in the order given): new, closed, on-time base, answered on time, overdue at its end."""
    columns = []
    for i, w in enumerate(weeks):
        s, e = w.start, w.end
        columns += [
            _count(received_in(s, e)).label(f"new_{i}"),
            _count(closed_in(s, e)).label(f"closed_{i}"),
            _count(on_time_base(s, e)).label(f"base_{i}"),
            _count(and_(on_time_base(s, e), answered_on_time())).label(f"on_time_{i}"),
            _count(overdue_at(e)).label(f"overdue_{i}"),
        ]
    first_start, last_end = min(w.start for w in weeks), max(w.end for w in weeks)
    query = select(*columns).select_from(CASE).where(C.received_at < last_end, relevant_since(first_start))
    row = conn.execute(query).mappings().one()
    names = ("new", "closed", "base", "on_time", "overdue")
    return [{n: int(row[f"{n}_{i}"]) for n in names} for i in range(len(weeks))]


def week_totals(conn: Connection, week: Period) -> dict[str, int]:
    """The week's own totals: open and awaiting at its end, closures, regulatory limit, satisfaction."""
    s, e = week.start, week.end
    closed = closed_in(s, e)
    columns = [
        _count(open_at(e)).label("open"),
        _count(awaiting_answer_at(e)).label("awaiting"),
        _count(answered_in(s, e)).label("answered"),
        _count(and_(closed, C.regulatory_due_at.is_not(None))).label("closed_with_limit"),
        _count(and_(closed, within_regulatory_limit())).label("within_limit"),
        _count(and_(closed, or_(C.satisfaction.is_(None), C.satisfaction.not_in(SATISFACTION_LEVELS))))
        .label("unrated"),
    ] + [_count(and_(closed, C.satisfaction == level)).label(f"sat_{i}")
         for i, level in enumerate(SATISFACTION_LEVELS)]
    row = conn.execute(select(*columns).select_from(CASE).where(C.received_at < e, relevant_since(s))).mappings().one()
    reopened = conn.execute(select(func.count()).select_from(EVENT).where(reopen_event_in(s, e))).scalar_one()
    return {**{k: int(v) for k, v in row.items()}, "reopened": int(reopened)}


def _days_to_answer(conn: Connection):
    if conn.dialect.name == "postgresql":
        return extract("epoch", C.answered_at - C.received_at) / 86400.0
    return func.julianday(C.answered_at) - func.julianday(C.received_at)


def answer_days(conn: Connection, week: Period, fractions: Sequence[float] = (0.5, 0.9)) -> tuple[int, list[float | None]]:
    """How many cases were answered in the week, and the given percentiles of their days to answer.

    Percentiles are continuous (linear interpolation between the two nearest ranks, as
    PostgreSQL's percentile_cont): percentile_cont on PostgreSQL, ORDER BY + OFFSET elsewhere.
    """
    where = answered_in(week.start, week.end)
    days = _days_to_answer(conn)
    if conn.dialect.name == "postgresql":
        columns = [func.count()] + [func.percentile_cont(f).within_group(days) for f in fractions]
        n, *values = conn.execute(select(*columns).select_from(CASE).where(where)).one()
        return int(n), [float(v) if v is not None else None for v in values]
    n = conn.execute(select(func.count()).select_from(CASE).where(where)).scalar_one()
    return int(n), [_ranked_percentile(conn, days, where, int(n), f) for f in fractions]


def _ranked_percentile(conn: Connection, days, where, n: int, fraction: float) -> float | None:
    """percentile_cont by hand: the two values around rank fraction*(n-1), interpolated."""
    if n == 0:
        return None
    position = fraction * (n - 1)
    low = math.floor(position)
    values = conn.execute(select(days.label("d")).select_from(CASE).where(where)
                          .order_by(days).limit(2).offset(low)).scalars().all()
    if len(values) == 1 or position == low:
        return float(values[0])
    return float(values[0] + (position - low) * (values[1] - values[0]))


def _reopens_in(week: Period):
    return (select(EVENT.c.case_id, func.count().label("n"))
            .where(reopen_event_in(week.start, week.end))
            .group_by(EVENT.c.case_id).subquery("reopens"))


def unit_counts(conn: Connection, week: Period) -> list[dict]:
    """Per unit: received (and by level), on-time base, answered on time, overdue at the period's
    end, satisfaction, reopened, average days to answer."""
    s, e = week.start, week.end
    reopens = _reopens_in(week)
    base = on_time_base(s, e)
    closed = closed_in(s, e)
    received = received_in(s, e)
    columns = [
        func.avg(case((answered_in(s, e), _days_to_answer(conn)), else_=None)).label("avg_days"),
        *(_count(and_(received, C.severity == level)).label(f"level_{i}") for i, level in enumerate(SEVERITY_ORDER)),
        C.unit.label("unit"),
        _count(received_in(s, e)).label("received"),
        _count(base).label("base"),
        _count(and_(base, answered_on_time())).label("on_time"),
        _count(overdue_at(e)).label("overdue"),
        *(_count(and_(closed, C.satisfaction == level)).label(f"sat_{i}")
          for i, level in enumerate(SATISFACTION_LEVELS)),
        _count(and_(closed, or_(C.satisfaction.is_(None), C.satisfaction.not_in(SATISFACTION_LEVELS))))
        .label("unrated"),
        func.coalesce(func.sum(reopens.c.n), 0).label("reopened"),
    ]
    query = (select(*columns).select_from(CASE.outerjoin(reopens, reopens.c.case_id == C.id))
             .where(relevant_since(s), or_(received_in(s, e), base, closed, overdue_at(e), reopens.c.n.is_not(None)))
             .group_by(C.unit))
    return [dict(r) for r in conn.execute(query).mappings()]


def unit_answer_percentile(conn: Connection, period: Period, fraction: float = 0.9) -> dict[str | None, float]:
    """Per unit, the `fraction` percentile (continuous) of days to answer among its cases answered in the period."""
    where = answered_in(period.start, period.end)
    days = _days_to_answer(conn)
    if conn.dialect.name == "postgresql":
        query = (select(C.unit, func.percentile_cont(fraction).within_group(days))
                 .select_from(CASE).where(where).group_by(C.unit))
        return {unit: float(value) for unit, value in conn.execute(query) if value is not None}
    by_unit: dict[str | None, list[float]] = {}
    for unit, value in conn.execute(select(C.unit, days).select_from(CASE).where(where).order_by(C.unit, days)):
        by_unit.setdefault(unit, []).append(float(value))
    return {unit: continuous_percentile(values, fraction) for unit, values in by_unit.items()}


def continuous_percentile(ordered: Sequence[float], fraction: float) -> float:
    """percentile_cont over an ascending, non-empty list: interpolated between the two nearest ranks."""
    position = fraction * (len(ordered) - 1)
    low = math.floor(position)
    if low + 1 >= len(ordered):
        return ordered[low]
    return ordered[low] + (position - low) * (ordered[low + 1] - ordered[low])


def overdue_rows(conn: Connection, week: Period) -> list[dict]:
    """Every case overdue at the week's end, oldest due date first."""
    query = (select(C.id, C.unit, C.channel, C.category, C.severity, C.status, C.received_at, C.due_at)
             .where(relevant_since(week.start), overdue_at(week.end)).order_by(C.due_at, C.id))
    return [dict(r) for r in conn.execute(query).mappings()]


def major_rows(conn: Connection, week: Period) -> list[dict]:
    """Major and serious cases received in the week or still open at its end."""
    s, e = week.start, week.end
    query = (select(C.id, C.severity, C.unit, C.channel, C.category, C.cause, C.status, C.received_at,
                    C.customer_name, C.content)
             .where(relevant_since(s), C.severity.in_(MAJOR_SEVERITIES), or_(received_in(s, e), open_at(e)))
             .order_by(case((C.severity == Severity.SERIOUS, 0), else_=1), C.received_at, C.id))
    # the complaint is sealed (core/store/sealed.py): cut after opening, not in SQL
    return [{**r, "snippet": (r["content"] or "")[:SNIPPET_CHARS]} for r in conn.execute(query).mappings()]


def case_rows(conn: Connection, week: Period) -> Iterator[Row]:
    """One row per case of the period (see predicates.in_week), reopened in it or still open at its end;
    no ID or account columns; plain rows (by position: cheaper than mappings at a year's size). Streamed (a year is hundreds of thousands of rows): consume it while
    the connection is open."""
    s, e = week.start, week.end
    reopens = _reopens_in(week)
    query = (
        select(C.id, C.channel, C.unit, C.category, C.cause, C.severity, C.status, C.received_at,
               C.due_at, C.answered_at, C.closed_at, C.satisfaction, C.customer_name, C.customer_phone,
               _flag(overdue_at(e)).label("overdue"), func.coalesce(reopens.c.n, 0).label("reopened"))
        .select_from(CASE.outerjoin(reopens, reopens.c.case_id == C.id))
        .where(relevant_since(s), or_(in_week(s, e), open_at(e), reopens.c.n.is_not(None)))
        .order_by(C.received_at, C.id)
    )
    return iter(conn.execution_options(yield_per=STREAM_ROWS).execute(query))


def export_snapshot(conn: Connection) -> str:
    """PostgreSQL: the id of this transaction's snapshot, for another transaction to see the same data."""
    return conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()


def praise_by_unit(conn: Connection, period: Period) -> dict[str, int]:
    """Customers' praise (表扬, 感谢) recorded on the period's days — from comment books and from
    units' mail (a 锦旗, a 表扬信) — per unit code: counted apart, never as complaints."""
    first = STATE_PREFIX + local(period.start).date().isoformat()
    last = STATE_PREFIX + local(period.last_instant).date().isoformat()
    values = conn.execute(select(STATE.c.value).where(STATE.c.key.between(first, last))).scalars()
    counts: dict[str, int] = {}
    for value in values:
        day = json.loads(value)
        reported = [(code, reply.get("praise") or []) for code, reply in day.get("replies", {}).items()]
        for code, praise in [*reported, *day.get("praise", {}).items()]:
            if praise:
                counts[code] = counts.get(code, 0) + len(praise)
    return counts