"""The report as a spreadsheet (.xlsx): one sheet per table, and 案件明细, one row per case.

Every sheet has a title row, a bold bordered header frozen under it, column widths fitted
to the Chinese text (a CJK character is two columns wide), borders round the table's
cells, counts and days as numbers, rates as percentages, times as Excel date-times
(branch-local: Excel has no time zones). Text a person wrote (a category, a cause, a
unit's name) that starts with = + - @ is stored as text with a quote prefix, never as a
formula. Names and phones are masked (张*, 138****5678); ID and account numbers are not
columns at all. Pure: figures in, bytes out.

Written with xlsxwriter in constant-memory mode (each row goes to disk as it is written).
案件明细 is a year of a large branch — hundreds of thousands of rows — and a library call per
cell costs more than the whole report may take, so xlsxwriter lays that sheet out (title,
header, widths, frozen panes, print setup, and the cell styles) and its data rows are then
streamed into the sheet's XML in `case_sheet_xml`, each cell naming one of xlsxwriter's styles.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime

from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from complaints.digest import tables
from complaints.digest.case_sheet_xml import FORMULA_STARTS, stream_rows
from complaints.digest.periods import noun, report_name
from complaints.digest.tables import Table
from complaints.digest.values import DigestFigures

CASE_SHEET = "案件明细"
TIME_COLUMNS = range(7, 11)  # 受理时间 .. 办结时间 (0-based)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
DAYS_FORMAT = "0.0"
MIN_WIDTH, MAX_WIDTH = 6, 60
WIDTH_SAMPLE_ROWS = 500
BORDER_COLOUR = "#999999"
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


class Styles:
    """The workbook's cell styles, made once (xlsxwriter shares one style among all its cells)."""

    def __init__(self, book: Workbook) -> None:
        border = {"border": 1, "border_color": BORDER_COLOUR}
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.header = book.add_format({"bold": True, "bg_color": "#EDEDED", **border})
        self.plain = book.add_format()
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.cell = book.add_format(border)
        self.text = book.add_format({**border, "quote_prefix": True})   # user text that reads like a formula
        self.by_format = {fmt: book.add_format({**border, "num_format": fmt})
                          for fmt in (DATE_FORMAT, PERCENT_FORMAT, DAYS_FORMAT)}


def write_cell(sheet: Worksheet, row: int, col: int, value: object, styles: Styles,
               number_format: str | None = None) -> None:
    """One bordered cell that can never be a formula: text is always written as text (quote-prefixed
    when it starts with = + - @), numbers as numbers, times as dates."""
    if value is None:
        sheet.write_blank(row, col, None, styles.cell)
    elif isinstance(value, str):
        sheet.write_string(row, col, value, styles.text if value.startswith(FORMULA_STARTS) else styles.cell)
    elif isinstance(value, datetime):
        sheet.write_datetime(row, col, value, styles.by_format[DATE_FORMAT])
    else:
        sheet.write_number(row, col, value, styles.by_format[number_format] if number_format else styles.cell)


def fit_widths(sheet: Worksheet, rows: Iterable[Sequence[object]], columns: int) -> None:
    widest = [MIN_WIDTH] * columns
    for row in rows:
        for i, value in enumerate(row[:columns]):
            widest[i] = max(widest[i], display_width(value) + 2)
    for i, width in enumerate(widest):
        sheet.set_column(i, i, min(width, MAX_WIDTH))


def _printable(sheet: Worksheet, title_rows: bool = True) -> None:
    """Printed landscape on A4, as wide as the page, as many pages down as needed."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    if title_rows:
        sheet.repeat_rows(0, 1)


def start_sheet(sheet: Worksheet, title: str, header: Sequence[str], styles: Styles) -> None:
    """The title row, then the header (bold, shaded, bordered); the panes freeze under it."""
    _printable(sheet)
    sheet.freeze_panes(2, 0)
    sheet.write_string(0, 0, title, styles.title)
    for col, text in enumerate(header):
        sheet.write_string(1, col, text, styles.header)


def _table_sheet(book: Workbook, styles: Styles, table: Table, title: str) -> None:
    sheet = book.add_worksheet(_sheet_name(table.title))
    fit_widths(sheet, (table.header, *table.rows), len(table.header))
    start_sheet(sheet, title, table.header, styles)
    for r, row in enumerate(table.rows, start=2):
        for c, (value, fmt) in enumerate(map(typed, row)):
            write_cell(sheet, r, c, value, styles, fmt)
    if not table.rows:
        sheet.write_string(2, 0, "无。", styles.plain)


def _sheet_name(title: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    return re.sub(r"[\[\]:*?/\\]", "", title)[:31]


def _summary_sheet(book: Workbook, styles: Styles, fig: DigestFigures, title: str) -> None:
    sheet = book.add_worksheet("汇总")
    _printable(sheet, title_rows=False)
    sheet.set_column(0, 0, 90)
    sheet.write_string(0, 0, title, styles.title)
    for r, line in enumerate((*tables.summary_lines(fig), "", tables.definitions(fig.period)), start=1):
        sheet.write_string(r, 0, line, styles.wrap)


def _case_sheet(book: Workbook, styles: Styles, fig: DigestFigures, title: str) -> Worksheet:
    """案件明细's frame: the data rows are streamed into its XML after the workbook is written."""
    sheet = book.add_worksheet(CASE_SHEET)
    header = case_header(fig)
    sample = [_sample_row(line) for line in fig.cases[:WIDTH_SAMPLE_ROWS]]
    fit_widths(sheet, (header, *sample), len(header))  # the first rows show the widths well enough
    start_sheet(sheet, title, header, styles)
    return sheet


def _sample_row(line) -> tuple:
    return (line.case_id, line.channel_name, line.unit_name, line.category, line.cause, line.severity_name,
            line.status_name, line.received_at, line.due_at, line.answered_at, line.closed_at,
            line.satisfaction, "否" if line.overdue_working_days is None else line.overdue_working_days,
            line.reopened, line.customer_name, line.customer_phone)


def digest_xlsx(fig: DigestFigures) -> bytes:
    """汇总, one sheet per table (单位考核 first), then 案件明细."""
    frame = io.BytesIO()
    book = Workbook(frame, {"constant_memory": True})
    styles = Styles(book)
    title = f"{report_name(fig.period)}（{tables.period_text(fig.period)}）"
    _summary_sheet(book, styles, fig, title)
    for table in (tables.unit_table(fig), tables.headline_table(fig), tables.answer_table(fig),
                  *tables.breakdown_tables(fig), tables.overdue_table(fig)):
        _table_sheet(book, styles, table, f"{title} {table.title}")
    sheet = _case_sheet(book, styles, fig, f"{title} {CASE_SHEET}")
    part = f"xl/worksheets/sheet{book.worksheets().index(sheet) + 1}.xml"
    # xlsxwriter numbers a style when a cell first uses it; the streamed rows use these three
    # whether or not the frame did, so they are numbered here (before the styles are written)
    text, formula_text, date = (f._get_xf_index() for f in (styles.cell, styles.text, styles.by_format[DATE_FORMAT]))
    book.close()
    out = io.BytesIO()
    with zipfile.ZipFile(frame) as written, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as final:
        for item in written.infolist():
            if item.filename == part:
                stream_rows(written.read(part), final, part, fig.cases, text=text, formula_text=formula_text,
                            date=date)
            else:
                final.writestr(item, written.read(item))
    return out.getvalue()
