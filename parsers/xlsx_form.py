"""Read an acceptance form or a hotline work order sent as an .xlsx spreadsheet.

Systems such as the 12378 hotline export one complaint as a sheet: a header row of labels
with the values in the row below, or label and value side by side in columns, like a form's
table. Each sheet's rows become the same grid of cells the .docx reader builds, so the
labels go through the one label table (`parsers.form_fields`) and the same layout rules
(`parsers.form_layout`). A sheet listing several complaints under one header row is refused:
each complaint needs its own case, and guessing which row is meant would lose the others.
The package is checked by `parsers.safety` before openpyxl (read-only) opens it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from core.errors import HostileInput, ParseError
from parsers.form_fields import FormFields, fields_from_candidates
from parsers.form_layout import Candidate, GridCell, GridRow, is_label_cell, pairs_from_grid
from parsers.safety import DEFAULT_LIMITS, Limits, check_zip_package

MAX_ROWS = 200  # a form or a one-complaint work order fits in far fewer
MAX_COLUMNS = 60
HEADER_LABELS = 3  # a row of at least this many labels and nothing else is a header row
# What openpyxl raises for a package that passed the checks but is no sound workbook
# (SyntaxError: the XML parsers' errors, ElementTree's and lxml's alike).
_DAMAGED = (InvalidFileException, KeyError, ValueError, TypeError, SyntaxError, OSError, EOFError,
            zipfile.BadZipFile)


class SeveralComplaints(ParseError):
    """The sheet lists several complaints under one header row."""


def parse_xlsx_form(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> FormFields:
    """The acceptance-form fields of an .xlsx; raises HostileInput or ParseError."""
    candidates: list[Candidate] = []
    for rows in _sheets(data, limits):
        many = records_under_header(rows)
        if many > 1:
            raise SeveralComplaints(f"the spreadsheet lists {many} complaints (rows) under one header row")
        candidates += pairs_from_grid(rows)
    return fields_from_candidates(candidates, source_kind="xlsx")


def _sheets(data: bytes, limits: Limits) -> list[list[GridRow]]:
    """The visible sheets' rows as grids, after the package has passed the hostile-file checks."""
    try:
        check_zip_package(data, limits).close()
    except HostileInput:
        raise
    except zipfile.BadZipFile as exc:
        raise ParseError(f"not a readable .xlsx (the file is not an Excel package: {exc})") from exc
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _DAMAGED as exc:
        raise ParseError(f"damaged .xlsx, cannot read its content ({exc})") from exc
    try:
        return [grid_rows(sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True))
                for sheet in book.worksheets if sheet.sheet_state == "visible"]
    except _DAMAGED as exc:
        raise ParseError(f"damaged .xlsx, cannot read its content ({exc})") from exc
    finally:
        book.close()


def grid_rows(values: Iterable[Sequence[object]]) -> list[GridRow]:
    """Rows of cell values as grid rows of their non-empty cells, each at its column.

    Blank cells are left out, so a label merged across columns still meets its value."""
    rows = []
    for row in values:
        cells = tuple(GridCell(col=col, text=text) for col, value in enumerate(row)
                      if (text := cell_text(value)))
        if cells:
            rows.append(GridRow(cells=cells))
    return rows


def cell_text(value: object) -> str:
    """A cell's value as the sheet shows it: a whole number without ".0", a date cell as a
    date (and its time when it has one)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def records_under_header(rows: Sequence[GridRow]) -> int:
    """How many records the first header row (labels only, at least HEADER_LABELS) has under it:
    the rows after it with values in more than half of its columns (a footer's 制表人 and
    导出时间 are none), up to the next row holding a label."""
    for r, row in enumerate(rows):
        if len(row.cells) >= HEADER_LABELS and all(is_label_cell(c.text) for c in row.cells):
            columns = {c.col for c in row.cells}
            count = 0
            for below in rows[r + 1:]:
                if any(is_label_cell(c.text) for c in below.cells):
                    break
                count += 2 * sum(c.col in columns for c in below.cells) > len(columns)
            return count
    return 0
