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
from datetime import datetime, timezone
from functools import lru_cache

from core.clock import BRANCH_ZONE

ROWS_PER_WRITE = 2_000
FAST_DEFLATE = 1
FIRST_DATA_ROW = 3
FORMULA_STARTS = ("=", "+", "-", "@")
FORMULA_FIRST = "".join(FORMULA_STARTS)
UNIX_EPOCH_SERIAL = 25569.0   # 1970-01-01 as an Excel serial day
_CONTROL = str.maketrans({chr(c): None for c in range(32) if chr(c) not in "\t\n\r"})
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')


@lru_cache(maxsize=4096)
def _offset_days(quarter_hour: int) -> float:
    """The branch zone's UTC offset in days at a UTC instant (looked up by quarter hour: offsets
    change on quarter hours at the finest), plus the Unix epoch's Excel serial."""
    moment = datetime.fromtimestamp(quarter_hour * 900, tz=timezone.utc).astimezone(BRANCH_ZONE)
    return moment.utcoffset().total_seconds() / 86400 + UNIX_EPOCH_SERIAL


def _escaped(text: str) -> str:
    if not text.isprintable():
        text = text.translate(_CONTROL)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class CellWriter:
    """Cells without their address (a cell's `r` is optional: it follows the one before), so a
    text cell's XML depends on its value alone and the few values of a column (channel, unit,
    status …) are formatted once."""

    def __init__(self, text: int, formula_text: int, date: int) -> None:
        self.text_style, self.formula_style = text, formula_text
        self.blank = f'<c s="{text}"/>'
        self.blank_date = f'<c s="{date}"/>'
        self.date_open = f'<c s="{date}"><v>'
        self.number_open = f'<c s="{text}"><v>'
        self.known: dict[str, str] = {}

    def text(self, value: str | None) -> str:
        if not value:
            return self.blank
        style = self.formula_style if value[0] in FORMULA_FIRST else self.text_style
        return f'<c s="{style}" t="inlineStr"><is><t xml:space="preserve">{_escaped(value)}</t></is></c>'

    def label(self, value: str | None) -> str:
        """A value from a small set (a channel, a unit, a level …): formatted once."""
        found = self.known.get(value or "")
        if found is None:
            found = self.known[value or ""] = self.text(value)
        return found

    def date(self, value: datetime | None) -> str:
        if value is None:
            return self.blank_date
        stamp = value.timestamp()
        return f"{self.date_open}{stamp / 86400 + _offset_days(int(stamp // 900))!r}</v></c>"

    def row(self, n: int, line: tuple) -> str:
        """One case's row from a spool row (CaseLine's field order): 16 cells; 满意度 blank when
        none, 超时未答复 the working days overdue or 否, 重开 a number."""
        (case_id, channel, unit, category, cause, severity, status, received, due, answered, closed,
         satisfaction, overdue, reopened, name, phone) = line
        label, date = self.label, self.date
        overdue_cell = label("否") if overdue is None else f"{self.number_open}{overdue}</v></c>"
        return (f'<row r="{n}">{self.text(case_id)}{label(channel)}{label(unit)}{label(category)}{label(cause)}'
                f'{label(severity)}{label(status)}{date(received)}{date(due)}{date(answered)}{date(closed)}'
                f'{label(satisfaction)}{overdue_cell}{self.number_open}{reopened}</v></c>{label(name)}'
                f'{self.text(phone)}</row>')


def stream_rows(frame: bytes, archive: zipfile.ZipFile, part: str, cases, *, text: int, formula_text: int,
                date: int) -> None:
    """Write `part` into `archive`: xlsxwriter's sheet `frame` with every case's row added; the
    numbers are the workbook's style indices for bordered text, quote-prefixed text and dates."""
    head, tail = frame.split(b"</sheetData>", 1)
    last = FIRST_DATA_ROW - 1 + len(cases)
    head = _DIMENSION.sub(f'<dimension ref="A1:P{max(last, 2)}"/>'.encode("ascii"), head, count=1)
    rows = cases.rows() if hasattr(cases, "rows") else (_fields(c) for c in cases)
    archive.compresslevel = FAST_DEFLATE   # the sheet is most of the file: speed over the last few per cent
    with archive.open(part, "w", force_zip64=True) as out:
        out.write(head)
        batch: list[str] = []
        row = CellWriter(text, formula_text, date).row
        for number, line in enumerate(rows, start=FIRST_DATA_ROW):
            batch.append(row(number, line))
            if len(batch) == ROWS_PER_WRITE:
                out.write("".join(batch).encode("utf-8"))
                batch = []
        out.write("".join(batch).encode("utf-8"))
        out.write(b"</sheetData>" + tail)


def _fields(line) -> tuple:
    return tuple(vars(line).values()) if hasattr(line, "__dict__") else tuple(
        getattr(line, name) for name in line.__dataclass_fields__)
