"""The report as a spreadsheet (.xlsx): one sheet per table, and 案件明细, one row per case.

Every sheet has a title row, a bold bordered header frozen under it, column widths fitted
to the Chinese text (a CJK character is two columns wide), borders round the table's
cells, counts and days as numbers, rates as percentages, times as Excel date-times
(branch-local: Excel has no time zones). Text a person wrote (a category, a cause, a
unit's name) that starts with = + - @ is stored as text with a quote prefix, never as a
formula. Names and phones are masked (张*, 138****5678); ID and account numbers are not
columns at all. Written in openpyxl's write-only mode, which streams rows: a year of a
large branch is hundreds of thousands of rows. Pure: figures in, bytes out.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from complaints.digest import tables
from complaints.digest.periods import noun, report_name
from complaints.digest.tables import Table
from complaints.digest.values import CaseLine, DigestFigures
from core.clock import local

CASE_SHEET = "案件明细"
TIME_COLUMNS = range(7, 11)  # 受理时间 .. 办结时间 (0-based)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
DAYS_FORMAT = "0.0"
FORMULA_STARTS = ("=", "+", "-", "@")
MIN_WIDTH, MAX_WIDTH = 6, 60
BORDERED_ROWS = 20_000      # a busy month; a longer 案件明细 is written plain (see _case_sheet)
WIDTH_SAMPLE_ROWS = 2_000
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="top")
_RATE = re.compile(r"^(\d+(?:\.\d+)?)%（\d+/\d+）$")
_DECIMAL = re.compile(r"^\d+\.\d+$")


def case_header(fig: DigestFigures) -> tuple[str, ...]:
    return ("案件编号", "投诉渠道", "被投诉单位", "业务类别", "投诉原因", "问题等级", "状态",
            "受理时间", "办理时限", "答复时间", "办结时间", "客户满意度", "超时未答复（工作日）",
            f"本{noun(fig.period)}重开", "客户姓名", "联系电话")


def display_width(value: object) -> int:
    """Columns the value takes on screen: wide (CJK) characters count two."""
    text = value if isinstance(value, str) else (f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime)
                                                 else str(value if value is not None else ""))
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_time(value: datetime | None) -> datetime | None:
    return local(value).replace(tzinfo=None) if value else None


def case_row(c: CaseLine) -> tuple:
    """One spreadsheet row; `超时未答复` is the working days overdue, or 否."""
    overdue = c.overdue_working_days if c.overdue_working_days is not None else "否"
    return (c.case_id, c.channel_name, c.unit_name, c.category, c.cause, c.severity_name, c.status_name,
            _cell_time(c.received_at), _cell_time(c.due_at), _cell_time(c.answered_at),
            _cell_time(c.closed_at), c.satisfaction or None, overdue, c.reopened, c.customer_name,
            c.customer_phone)


def typed(text: str) -> tuple[object, str | None]:
    """A table's display string as the value a spreadsheet should hold, and its number format:
    `12` → 12, `3.5` → 3.5 (days), `77.8%（7/9）` → 0.778 as a percentage; anything else stays text."""
    if text.isdigit():
        return int(text), None
    if _DECIMAL.match(text):
        return float(text), DAYS_FORMAT
    rate = _RATE.match(text)
    if rate:
        return float(rate[1]) / 100, PERCENT_FORMAT
    return text, None


def cell(sheet: WriteOnlyWorksheet, value: object, *, number_format: str | None = None, font: Font | None = None,
         border: bool = True, fill: PatternFill | None = None) -> WriteOnlyCell:
    """A cell that can never be a formula: text starting with = + - @ is stored as text, quote-prefixed."""
    out = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        out.data_type = "s"
        out.quotePrefix = True
    if number_format:
        out.number_format = number_format
    if font is not None:
        out.font = font
    if fill is not None:
        out.fill = fill
    if border:
        out.border = BORDER
    return out


def fit_widths(sheet: WriteOnlyWorksheet, rows: Iterable[Sequence[object]], columns: int) -> None:
    widest = [MIN_WIDTH] * columns
    for row in rows:
        for i, value in enumerate(row[:columns]):
            widest[i] = max(widest[i], display_width(value) + 2)
    for i, width in enumerate(widest):
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(width, MAX_WIDTH)


def _printable(sheet: WriteOnlyWorksheet) -> None:
    """Printed landscape on A4, as wide as the page, as many pages down as needed."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:2"


def start_sheet(sheet: WriteOnlyWorksheet, title: str, header: Sequence[str]) -> None:
    """The title row, then the header (bold, shaded, bordered); the panes freeze under it."""
    _printable(sheet)
    sheet.freeze_panes = "A3"
    sheet.append([cell(sheet, title, font=TITLE_FONT, border=False)])
    sheet.append([cell(sheet, h, font=BOLD, fill=HEADER_FILL) for h in header])


def _table_sheet(book: Workbook, table: Table, title: str) -> None:
    sheet = book.create_sheet(_sheet_name(table.title))
    fit_widths(sheet, (table.header, *table.rows), len(table.header))
    start_sheet(sheet, title, table.header)
    for row in table.rows:
        sheet.append([cell(sheet, value, number_format=fmt) for value, fmt in map(typed, row)])
    if not table.rows:
        sheet.append([cell(sheet, "无。", border=False)])


def _sheet_name(title: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    return re.sub(r"[\[\]:*?/\\]", "", title)[:31]


def _plain(sheet: WriteOnlyWorksheet, row: tuple) -> list:
    """A case row for a long sheet: plain values (fast), a cell only where one is needed — a date's
    format, or text that could read as a formula."""
    return [cell(sheet, value, number_format=DATE_FORMAT if isinstance(value, datetime) else None, border=False)
            if isinstance(value, datetime) or (isinstance(value, str) and value.startswith(FORMULA_STARTS))
            else value for value in row]


def _case_sheet(book: Workbook, fig: DigestFigures, title: str) -> None:
    """Every case of the period; bordered like the other sheets up to BORDERED_ROWS rows, plain
    beyond (a year of a large branch: styling each of millions of cells would take a minute)."""
    sheet = book.create_sheet(CASE_SHEET)
    header = case_header(fig)
    sample = [case_row(line) for line in fig.cases[:WIDTH_SAMPLE_ROWS]]
    fit_widths(sheet, (header, *sample), len(header))  # the first rows show the widths well enough
    start_sheet(sheet, title, header)
    bordered = len(fig.cases) <= BORDERED_ROWS
    for line in fig.cases:
        row = case_row(line)
        sheet.append([cell(sheet, value, number_format=DATE_FORMAT if i in TIME_COLUMNS else None)
                      for i, value in enumerate(row)] if bordered else _plain(sheet, row))


def _summary_sheet(book: Workbook, fig: DigestFigures, title: str) -> None:
    sheet = book.create_sheet("汇总")
    _printable(sheet)
    sheet.column_dimensions["A"].width = 90
    sheet.append([cell(sheet, title, font=TITLE_FONT, border=False)])
    for line in (*tables.summary_lines(fig), "", tables.definitions(fig.period)):
        text = cell(sheet, line, border=False)
        text.alignment = WRAP
        sheet.append([text])


def digest_xlsx(fig: DigestFigures) -> bytes:
    """汇总, one sheet per table (单位考核 first), then 案件明细."""
    book = Workbook(write_only=True)
    title = f"{report_name(fig.period)}（{tables.period_text(fig.period)}）"
    _summary_sheet(book, fig, title)
    for table in (tables.unit_table(fig), tables.headline_table(fig), tables.answer_table(fig),
                  *tables.breakdown_tables(fig), tables.overdue_table(fig)):
        _table_sheet(book, table, f"{title} {table.title}")
    _case_sheet(book, fig, f"{title} {CASE_SHEET}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
