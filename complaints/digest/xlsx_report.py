"""The digest as a spreadsheet (.xlsx): the summary tables, and one row per case of the week.

Names and phones are masked (张*, 138****5678); ID and account numbers are not columns at
all. Times are branch-local date-times (Excel has no time zones). Written in openpyxl's
write-only mode, which streams rows: a week of a large branch is thousands of rows.
Pure: figures in, bytes out.
"""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from complaints.clock import local
from complaints.digest import tables
from complaints.digest.tables import Table
from complaints.digest.values import CaseLine, DigestFigures

CASE_HEADER = ("案件编号", "投诉渠道", "被投诉单位", "业务类别", "投诉原因", "严重程度", "状态",
               "受理时间", "办理时限", "答复时间", "办结时间", "客户满意度", "超时未答复（工作日）",
               "本周重开", "客户姓名", "联系电话")
TIME_COLUMNS = range(7, 11)  # 受理时间 .. 办结时间 (0-based)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
BOLD = Font(bold=True)


def _cell_time(value: datetime | None) -> datetime | None:
    return local(value).replace(tzinfo=None) if value else None


def case_row(c: CaseLine) -> tuple:
    """One spreadsheet row; `超时未答复` is the working days overdue, or 否."""
    overdue = c.overdue_working_days if c.overdue_working_days is not None else "否"
    return (c.case_id, c.channel_name, c.unit_name, c.category, c.cause, c.severity_name, c.status_name,
            _cell_time(c.received_at), _cell_time(c.due_at), _cell_time(c.answered_at),
            _cell_time(c.closed_at), c.satisfaction or None, overdue, c.reopened, c.customer_name,
            c.customer_phone)


def _bold_row(sheet: WriteOnlyWorksheet, values) -> list[WriteOnlyCell]:
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = BOLD
        cells.append(cell)
    return cells


def _write_cases(sheet: WriteOnlyWorksheet, fig: DigestFigures) -> None:
    sheet.freeze_panes = "A2"
    for column, width in (("A", 16), ("B", 18), ("C", 12), ("H", 17), ("I", 17), ("J", 17), ("K", 17)):
        sheet.column_dimensions[column].width = width
    sheet.append(_bold_row(sheet, CASE_HEADER))
    for line in fig.cases:
        row = list(case_row(line))
        for i in TIME_COLUMNS:
            if row[i] is not None:
                row[i] = WriteOnlyCell(sheet, value=row[i])
                row[i].number_format = DATE_FORMAT
        sheet.append(row)


def _number(text: str):
    """Counts as numbers (so sums work in Excel); rates and names stay text."""
    return int(text) if text.isdigit() else text


def _write_table(sheet: WriteOnlyWorksheet, table: Table) -> None:
    sheet.append(_bold_row(sheet, (table.title,)))
    sheet.append(_bold_row(sheet, table.header))
    for row in table.rows:
        sheet.append([_number(v) for v in row])
    sheet.append([])


def digest_xlsx(fig: DigestFigures) -> bytes:
    book = Workbook(write_only=True)
    summary = book.create_sheet("汇总")
    summary.column_dimensions["A"].width = 24
    title = WriteOnlyCell(summary, value=f"客户投诉处理周报 {tables.period_text(fig.week)}")
    title.font = Font(bold=True, size=13)
    summary.append([title])
    for line in tables.summary_lines(fig):
        summary.append([line])
    summary.append([])
    for table in (tables.headline_table(fig), tables.answer_table(fig), *tables.breakdown_tables(fig)):
        _write_table(summary, table)
    _write_table(book.create_sheet("单位考核"), tables.unit_table(fig))
    _write_table(book.create_sheet("超时案件"), tables.overdue_table(fig))
    _write_cases(book.create_sheet("案件明细"), fig)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
