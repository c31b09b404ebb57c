"""案件明细's data rows written straight into the sheet's XML, one string per row.

xlsxwriter has laid the sheet out (title, header, widths, frozen panes, print setup) and made
the styles; this module inserts the case rows before `</sheetData>` while the final .xlsx is
being zipped, so a year of cases never sits in memory and costs one string format per row
rather than a library call per cell. Each cell names one of the workbook's styles: bordered
text (quote-prefixed when it starts like a formula: text cells are inline strings, never
formulas), bordered numbers, and date-times as Excel serial days in the date style.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime

from core.clock import BRANCH_ZONE

ROWS_PER_WRITE = 2_000
FIRST_DATA_ROW = 3
COLUMNS = tuple(chr(ord("A") + i) for i in range(16))
TIME_COLUMNS = frozenset(range(7, 11))
FORMULA_STARTS = ("=", "+", "-", "@")
EXCEL_EPOCH = datetime(1899, 12, 30)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                          **{chr(c): None for c in range(32) if chr(c) not in "\t\n\r"}})
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')


def excel_serial(moment: datetime) -> float:
    """Branch-local wall time as Excel's serial day number (Excel has no time zones)."""
    local = moment.astimezone(BRANCH_ZONE).replace(tzinfo=None)
    return (local - EXCEL_EPOCH).total_seconds() / 86400


def _cell_values(line: tuple) -> tuple:
    """A spool row (CaseLine's field order) as the sheet's 16 values: 满意度 blank when none,
    超时未答复 the working days overdue or 否."""
    *head, satisfaction, overdue, reopened, name, phone = line
    return (*head, satisfaction or None, "否" if overdue is None else overdue, reopened, name, phone)


def row_xml(number: int, values: tuple, text: int, formula_text: int, date: int) -> str:
    cells = []
    for col, value in zip(COLUMNS, values):
        ref = f"{col}{number}"
        if value is None:
            cells.append(f'<c r="{ref}" s="{text}"/>')
        elif isinstance(value, str):
            style = formula_text if value.startswith(FORMULA_STARTS) else text
            cells.append(f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
                         f'{value.translate(_ESCAPES)}</t></is></c>')
        elif isinstance(value, datetime):
            cells.append(f'<c r="{ref}" s="{date}"><v>{excel_serial(value)!r}</v></c>')
        else:
            cells.append(f'<c r="{ref}" s="{text}"><v>{value!r}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def stream_rows(frame: bytes, archive: zipfile.ZipFile, part: str, cases, *, text: int, formula_text: int,
                date: int) -> None:
    """Write `part` into `archive`: xlsxwriter's sheet `frame` with every case's row added; the
    numbers are the workbook's style indices for bordered text, quote-prefixed text and dates."""
    head, tail = frame.split(b"</sheetData>", 1)
    last = FIRST_DATA_ROW - 1 + len(cases)
    head = _DIMENSION.sub(f'<dimension ref="A1:P{max(last, 2)}"/>'.encode("ascii"), head, count=1)
    rows = cases.rows() if hasattr(cases, "rows") else (_fields(c) for c in cases)
    with archive.open(part, "w", force_zip64=True) as out:
        out.write(head)
        batch: list[str] = []
        for number, line in enumerate(rows, start=FIRST_DATA_ROW):
            batch.append(row_xml(number, _cell_values(line), text, formula_text, date))
            if len(batch) == ROWS_PER_WRITE:
                out.write("".join(batch).encode("utf-8"))
                batch = []
        out.write("".join(batch).encode("utf-8"))
        out.write(b"</sheetData>" + tail)


def _fields(line) -> tuple:
    return tuple(vars(line).values()) if hasattr(line, "__dict__") else tuple(
        getattr(line, name) for name in line.__dataclass_fields__)
