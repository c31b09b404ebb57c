"""The office's scheduled mail besides the weekly digest: the daily 在办清单, each unit's weekly
在办清单, and the month-, quarter- and year-end 考核 reports.

Due-based and once per period, like the digest job: each pass asks what is due by now and
compares it with a `service_state` row written in the transaction that queues the mail
(`open_list_last_day`, `unit_lists_last_week`, `report_last_month|quarter|year`). A service
that was down sends what is due when it is back — the newest only, as the digest does.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session

from core.clock import BRANCH_ZONE, local
from complaints.context import Context
from complaints.digest.figures import compute_figures
from complaints.digest.job import any_case_before
from complaints.digest.mail import digest_mail
from complaints.digest.periods import KINDS, Period, period_title
from complaints.digest.sending import queue_digest
from complaints.digest.weeks import IsoWeek
from complaints.enquiries.answers import GUIDE_LINE
from complaints.enquiries.open_cases import open_cases, open_cases_table, open_cases_xlsx
from complaints.enquiries.readers import Reader, reader_for
from complaints.digest.render import XLSX_TYPE
from complaints.digest.tables import moment_text
from core.errors import ComplaintsError
from core.store.db import session_scope
from core.store.state import get_state, set_state
from outbox.mails import query_reply_mail
from outbox.queue import enqueue
from parsers.office_queries import Audience

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
OPEN_LIST_KEY = "open_list_last_day"
UNIT_LISTS_KEY = "unit_lists_last_week"
REPORT_KEY = "report_last_{kind}"
REPORT_KINDS = ("month", "quarter", "year")


def _working(ctx: Context, day: date) -> bool:
    try:
        return ctx.calendar.is_working_day(day)
    except ComplaintsError:
        return day.weekday() < 5


def _first_working_day_from(ctx: Context, day: date) -> date:
    while not _working(ctx, day):
        day += timedelta(days=1)
    return day


def _list_mail(ctx: Context, session: Session, reader: Reader, now: datetime, *, key: str):
    rows = open_cases(session, reader, ctx.directory, ctx.calendar, now)
    scope = "全部单位" if reader.sees_all else reader.name
    title = f"在办清单（{scope}，截至{moment_text(now)}）"
    overdue = sum(r.overdue for r in rows)
    lines = (f"在办案件 {len(rows)} 件，其中超时 {overdue} 件。" if rows else "目前没有在办案件。",
             "可随时发送“在办清单”获取最新清单。")
    attachment = (f"在办清单-{local(now):%Y%m%d}.xlsx", XLSX_TYPE, open_cases_xlsx(rows, title))
    return len(rows), query_reply_mail(
        to=reader.address, reader_name=reader.name, title=title, lines=lines, fields=(),
        tables=(open_cases_table(rows, "在办案件"),), timeline=(), attachments=(attachment,), guide_line=GUIDE_LINE,
        in_reply_to=None, references=(), original_subject=None, key=key, settings=ctx.settings, now=now,
        kind="openlist")


def daily_open_list(ctx: Context, now: datetime) -> str | None:
    """The office's 在办清单 on each working day from `open_list_time`, once a day."""
    cfg = ctx.settings.digest
    today = local(now).date()
    if not cfg.open_list or not _working(ctx, today) or local(now).time() < cfg.open_list_time:
        return None
    if (get_state(ctx.engine, OPEN_LIST_KEY) or "") >= today.isoformat():
        return None
    office = reader_for(ctx.settings.office.address, ctx.settings)
    with session_scope(ctx.engine) as session:
        count, mail = _list_mail(ctx, session, office, now, key=f"office-{today:%Y%m%d}")
        enqueue(session, mail, case_id=None, now=now)
        set_state(session, OPEN_LIST_KEY, today.isoformat())
    return f"open-case list of {today} to the office ({count} cases)"


def weekly_unit_lists(ctx: Context, now: datetime) -> str | None:
    """Each unit with open cases gets its own list once a week, on the first working day from
    `unit_list_weekday`, from `open_list_time`."""
    cfg = ctx.settings.digest
    week = IsoWeek.containing(now)
    day = _first_working_day_from(ctx, week.monday + timedelta(days=WEEKDAYS.index(cfg.unit_list_weekday)))
    if not cfg.unit_lists or local(now) < datetime.combine(day, cfg.open_list_time, tzinfo=BRANCH_ZONE):
        return None
    if not _working(ctx, local(now).date()):
        return None  # a list missed on its day goes out on the next working day of the week, not at the weekend
    if (get_state(ctx.engine, UNIT_LISTS_KEY) or "") >= week.label:
        return None
    sent = 0
    with session_scope(ctx.engine) as session:
        for unit in ctx.directory.unit:
            reader = Reader(Audience.UNIT, unit.email, unit.name, frozenset({unit.code}), True)
            count, mail = _list_mail(ctx, session, reader, now, key=f"{unit.code}-{week.label}")
            if count:
                enqueue(session, mail, case_id=None, now=now)
                sent += 1
        set_state(session, UNIT_LISTS_KEY, week.label)
    return f"weekly open-case lists {week.label}: {sent} unit(s)"


def report_due(kind: str, now: datetime, ctx: Context) -> Period:
    """The newest period of `kind` whose report is due at `now`: due from `time` on the first
    working day after it ends (1 October is a holiday; the quarter's report waits for it)."""
    period = KINDS[kind].last_complete_before(now)
    send = datetime.combine(_first_working_day_from(ctx, local(period.end).date()), ctx.settings.digest.time,
                            tzinfo=BRANCH_ZONE)
    return period if local(now) >= send else period.shifted(-1)


def period_reports(ctx: Context, now: datetime) -> str | None:
    """The month's, quarter's and year's 考核 reports to the office, each once."""
    if not ctx.settings.digest.period_reports:
        return None
    done = []
    for kind in REPORT_KINDS:
        period = report_due(kind, now, ctx)
        key = REPORT_KEY.format(kind=kind)
        last = get_state(ctx.engine, key)
        if last is not None and KINDS[kind].parse(last) >= period:
            continue
        if not any_case_before(ctx, period.end):
            with session_scope(ctx.engine) as session:  # a period before the first case: nothing to report
                set_state(session, key, period.label)
            continue
        figures = compute_figures(ctx.engine, period, directory=ctx.directory, calendar=ctx.calendar, now=now)
        queued = queue_digest(ctx, digest_mail(figures, ctx.settings, now), now, remember_week=period.label,
                              state_key=key)
        done.append(f"{period_title(period)}{'' if queued else '（已在队列）'}")
    return ("考核 reports: " + "、".join(done)) if done else None

