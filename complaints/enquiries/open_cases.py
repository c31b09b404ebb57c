"""The open-case list (在办清单): every case not closed that the reader may see, overdue first.

Rows are values (times as datetimes, days as ints) so the spreadsheet keeps numbers and
dates; the mail's table is the same rows as display strings. Open cases are a few
hundred at most, so they are read as rows and filtered by the reader's units here (a
case's co-units are a JSON list, which SQLite and PostgreSQL filter differently).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from xlsxwriter import Workbook
from sqlalchemy import func
from sqlmodel import Session, select

from core.clock import local
from core.config import Directory
from complaints.authenticity import UNVERIFIED_SOURCE, UNVERIFIED_SOURCE_LABEL
from complaints.digest import labels
from complaints.digest.tables import Table, moment_text
from complaints.digest.xlsx_report import Styles, fit_widths, start_sheet, write_cell
from complaints.enquiries.readers import Reader
from core.errors import ComplaintsError
from core.store.models import Case, Event
from complaints.timeline import KIND_LABELS
from complaints.workflow import CaseStatus
from router.calendar import WorkingCalendar
from router.deadlines import overdue_working_days

HEADER = ("案件编号", "被投诉单位", "投诉渠道", "严重程度", "受理时间", "办理时限", "剩余/超时", "状态", "最近处理")
XLSX_HEADER = ("案件编号", "被投诉单位", "协办单位", "投诉渠道", "严重程度", "受理时间", "办理时限", "是否超时",
               "剩余工作日（超时为负）", "状态", "最近处理时间", "最近处理", "业务类别", "投诉原因", "分类")
# Who said what a case is about: the classifier reads the words (a suggestion, often wrong on a
# letter), the office's 分类 command is final. The list shows which, so the office can check.
CLASSIFIED_BY = {"office": "工会核定", None: "系统判断"}


@dataclass(frozen=True)
class OpenCase:
    case_id: str
    unit_name: str
    co_unit_names: str
    channel_name: str
    severity_name: str
    received_at: datetime
    due_at: datetime | None
    overdue: bool
    working_days: int | None     # left until the due date; overdue: minus the working days late
    status_name: str
    last_event: str
    last_event_at: datetime | None
    source_unverified: bool = False  # 来源未验证: opened from a mail no token or server vouched for
    category: str = ""
    cause: str = ""
    classified_by: str = CLASSIFIED_BY[None]

    @property
    def case_label(self) -> str:
        return self.case_id + (f"（{UNVERIFIED_SOURCE_LABEL}）" if self.source_unverified else "")

    @property
    def days_text(self) -> str:
        if self.due_at is None or self.working_days is None:
            return "未定时限" if self.due_at is None else ""
        if self.overdue:
            return f"超时 {-self.working_days} 个工作日" if self.working_days else "已超时（当日）"
        return f"剩 {self.working_days} 个工作日" if self.working_days else "今日到期"


def _days(due_at: datetime | None, now: datetime, calendar: WorkingCalendar) -> tuple[bool, int | None]:
    if due_at is None:
        return False, None
    try:
        if now > due_at:
            return True, -overdue_working_days(due_at, now, calendar)
        return False, calendar.working_days_between(local(now).date(), local(due_at).date())
    except ComplaintsError:  # a year the calendar cannot count: say overdue or not, no number
        return now > due_at, None


def _last_events(session: Session, case_ids: Sequence[str]) -> dict[str, Event]:
    if not case_ids:
        return {}
    newest = (select(func.max(Event.id)).where(Event.case_id.in_(case_ids)).group_by(Event.case_id))
    return {e.case_id: e for e in session.exec(select(Event).where(Event.id.in_(newest))).all()}


def open_cases(session: Session, reader: Reader, directory: Directory, calendar: WorkingCalendar,
               now: datetime) -> tuple[OpenCase, ...]:
    """The reader's open cases: overdue first (longest late first), then by due date, undated last."""
    cases = [c for c in session.exec(select(Case).where(Case.status != str(CaseStatus.CLOSED))).all()
             if reader.may_see(c)]
    last = _last_events(session, [c.id for c in cases])
    rows = []
    for c in cases:
        overdue, days = _days(c.due_at, now, calendar)
        event = last.get(c.id)
        rows.append(OpenCase(
            case_id=c.id, unit_name=labels.unit_label(c.unit, directory),
            co_unit_names="、".join(labels.unit_label(code, directory) for code in c.co_units or []),
            channel_name=labels.channel_label(c.channel), severity_name=labels.severity_label(c.severity),
            received_at=c.received_at, due_at=c.due_at, overdue=overdue, working_days=days,
            status_name=labels.status_label(c.status),
            last_event=KIND_LABELS.get(event.kind, event.kind) if event else "",
            last_event_at=event.at if event else None,
            source_unverified=bool((c.fields or {}).get(UNVERIFIED_SOURCE)),
            category=labels.category_label(c.category, (c.fields or {}).get("business_sub")),
            cause=c.cause or labels.NO_CAUSE,
            classified_by=CLASSIFIED_BY.get((c.fields or {}).get("classified_by"), CLASSIFIED_BY[None]),
        ))
    return tuple(sorted(rows, key=_order))


def _order(row: OpenCase) -> tuple:
    if row.overdue:
        return (0, row.working_days or 0, row.due_at, row.case_id)
    if row.due_at is None:
        return (2, 0, row.received_at, row.case_id)
    return (1, 0, row.due_at, row.case_id)


def open_cases_table(rows: Sequence[OpenCase], title: str) -> Table:
    return Table(title, HEADER, tuple(
        (r.case_label, r.unit_name + (f"（协办：{r.co_unit_names}）" if r.co_unit_names else ""), r.channel_name,
         r.severity_name, moment_text(r.received_at), moment_text(r.due_at), r.days_text, r.status_name,
         f"{moment_text(r.last_event_at)} {r.last_event}".strip())
        for r in rows))


def _naive(value: datetime | None) -> datetime | None:
    return local(value).replace(tzinfo=None) if value else None


def open_cases_xlsx(rows: Sequence[OpenCase], title: str) -> bytes:
    """One sheet 在办清单: title row, frozen header, dates as dates, days as signed numbers."""
    out = io.BytesIO()
    book = Workbook(out, {"constant_memory": True})
    styles = Styles(book)
    sheet = book.add_worksheet("在办清单")
    values = [(r.case_id, r.unit_name, r.co_unit_names or None, r.channel_name, r.severity_name,
               _naive(r.received_at), _naive(r.due_at), "是" if r.overdue else "否", r.working_days,
               r.status_name, _naive(r.last_event_at), r.last_event or None, r.category, r.cause, r.classified_by)
              for r in rows]
    fit_widths(sheet, (XLSX_HEADER, *values), len(XLSX_HEADER))
    start_sheet(sheet, title, XLSX_HEADER, styles)
    for r, row in enumerate(values, start=2):
        for c, value in enumerate(row):
            write_cell(sheet, r, c, value, styles)
    book.close()
    return out.getvalue()
