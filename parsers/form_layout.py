"""Where a form's values sit relative to its labels: beside, below, or after a colon.

The docx and PDF readers reduce a page to text lines and grids of cells; this module pairs
labels with values in them the way a clerk's eye does, and grades each pair by how strong
the evidence is (a label cell beside a value cell beats a label-like word in a sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parsers.form_fields import (
    MULTILINE_FIELDS,
    label_prefix,
    is_label,
    labelled_spans,
    match_label,
)

Candidate = tuple[str, str, float]  # (label, value, confidence)

BESIDE = 1.0  # label cell, value cell to its right
INLINE = 0.95  # "label：value" in one cell or line
BELOW = 0.85  # label cell, value cell under it
LABEL_LINE = 0.8  # a line holding only a label, value on the next lines
NO_COLON = 0.6  # "label value" with nothing but a space between


@dataclass(frozen=True)
class GridCell:
    """One cell of a table row, or one text segment of a line (then with its geometry)."""

    col: int
    text: str
    x0: float | None = None
    x1: float | None = None


@dataclass(frozen=True)
class GridRow:
    """A table row, or a line of positioned text split at wide gaps."""

    cells: tuple[GridCell, ...]
    top: float | None = None
    bottom: float | None = None


def _colon_pair_at_start(line: str) -> bool:
    spans = labelled_spans(line)
    return bool(spans) and spans[0][0] == 0


def _titled_pairs(line: str) -> bool:
    """`客户投诉受理单    编号：X` — a title, a wide gap, then labelled values."""
    spans = labelled_spans(line)
    return bool(spans) and line[spans[0][0] - 2:spans[0][0]].isspace()


def is_label_cell(text: str) -> bool:
    """A cell holding only a label (with or without a colon)."""
    return is_label(text.strip())


def pairs_from_lines(lines: Sequence[str], *, weight: float = 1.0) -> list[Candidate]:
    """Pairs from lines of text: `label：value`, a label line with the value below it, and
    prose continuing a multi-line field (投诉内容) until the next label."""
    out: list[Candidate] = []
    open_label: str | None = None
    open_lines: list[str] = []
    open_conf = 0.0

    def flush() -> None:
        if open_label is not None and match_label(open_label) is not None:
            out.append((open_label, "\n".join(open_lines), open_conf * weight))

    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _colon_pair_at_start(line) or (not _multiline(open_label) and _titled_pairs(line)):
            flush()
            spans = labelled_spans(line)
            out.extend((label, value, INLINE * weight) for _, label, value in spans[:-1])
            _, open_label, last = spans[-1]
            open_lines, open_conf = ([last] if last else []), INLINE
        elif is_label(line):
            flush()
            open_label, open_lines, open_conf = line, [], LABEL_LINE
        elif _no_colon_label(line, open_label):
            flush()
            open_label = label_prefix(line)
            open_lines, open_conf = [line[len(open_label):].strip()], NO_COLON
        elif open_label is not None and (_multiline(open_label) or not open_lines):
            open_lines.append(line)
    flush()
    return out


def _multiline(label: str | None) -> bool:
    return label is not None and match_label(label) in MULTILINE_FIELDS


def _no_colon_label(line: str, open_label: str | None) -> bool:
    """`客户姓名 张三`: believed only where prose of a multi-line field is not running."""
    return not _multiline(open_label) and label_prefix(line) is not None


def pairs_from_grid(rows: Sequence[GridRow], *, continuation: bool = False) -> list[Candidate]:
    """Pairs from a table (or from lines split into segments at wide gaps).

    A label cell takes the value cell to its right; when its right neighbour is another
    label (or there is none) it takes the cell under it. Cells holding `label：value` are
    read as lines. With `continuation`, rows without labels that follow a multi-line
    field's row (wrapped prose in a PDF) are appended to that field.
    """
    out: list[Candidate] = []
    consumed: set[tuple[int, int]] = set()
    pending: list[tuple[int, int]] = []
    last_multiline: int | None = None  # index in `out` of a multi-line pair still open
    usual_gap = _usual_gap(rows) if continuation else 0.0
    for r, row in enumerate(rows):
        if (continuation and last_multiline is not None
                and _is_prose_row(row, rows[r - 1], usual_gap)):
            label, value, conf = out[last_multiline]
            extra = "\n".join(c.text for c in row.cells)
            out[last_multiline] = (label, f"{value}\n{extra}".strip(), conf)
            continue
        last_multiline = None
        for i, cell in enumerate(row.cells):
            if (r, i) in consumed or not cell.text.strip():
                continue
            if is_label_cell(cell.text):
                nxt = row.cells[i + 1] if i + 1 < len(row.cells) else None
                if nxt is not None and _is_value_cell(nxt.text):
                    out.append((cell.text.strip(), nxt.text, BESIDE))
                    consumed.add((r, i + 1))
                    if _multiline(cell.text):
                        last_multiline = len(out) - 1
                elif continuation and nxt is None and i == 0 and _multiline(cell.text):
                    out.append((cell.text.strip(), "", BELOW))  # prose follows, line by line
                    last_multiline = len(out) - 1
                else:
                    pending.append((r, i))
            else:
                found = pairs_from_lines(cell.text.split("\n"))
                out.extend(found)
                if found and _multiline(found[-1][0]):
                    last_multiline = len(out) - 1
    out.extend(_values_below(rows, pending, consumed))
    return out


def _is_value_cell(text: str) -> bool:
    return not is_label_cell(text) and not _colon_pair_at_start(text.strip())


def _is_prose_row(row: GridRow, previous: GridRow, usual_gap: float) -> bool:
    """A row of wrapped prose: no labels in it, and no farther under the previous line than
    lines usually are on this page."""
    if any(is_label_cell(c.text) or _colon_pair_at_start(c.text.strip()) for c in row.cells):
        return False
    if row.top is None or previous.bottom is None or previous.top is None:
        return True
    height = max(previous.bottom - previous.top, 1.0)
    return row.top - previous.bottom <= max(1.2 * height, 1.1 * usual_gap)


def _usual_gap(rows: Sequence[GridRow]) -> float:
    """The median vertical gap between consecutive positioned rows (0 without geometry)."""
    gaps = sorted(b.top - a.bottom for a, b in zip(rows, rows[1:])
                  if a.bottom is not None and b.top is not None and b.top >= a.bottom)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _values_below(
    rows: Sequence[GridRow], pending: list[tuple[int, int]], consumed: set[tuple[int, int]]
) -> list[Candidate]:
    """Labels without a value beside them take the free value cell right under them."""
    out: list[Candidate] = []
    for r, i in pending:
        if r + 1 >= len(rows):
            continue
        label_cell = rows[r].cells[i]
        below = rows[r + 1].cells
        j = _cell_under(label_cell, below)
        if j is None or (r + 1, j) in consumed or not _is_value_cell(below[j].text):
            continue
        if j > 0 and is_label_cell(below[j - 1].text):
            continue  # it is the value of the label beside it
        if not below[j].text.strip():
            continue
        out.append((label_cell.text.strip(), below[j].text, BELOW))
        consumed.add((r + 1, j))
    return out


def _cell_under(cell: GridCell, below: Sequence[GridCell]) -> int | None:
    """Index of the cell under `cell`: same grid column, or the widest x overlap."""
    if cell.x0 is None or cell.x1 is None:
        return next((j for j, c in enumerate(below) if c.col == cell.col), None)
    best, best_overlap = None, 0.0
    for j, c in enumerate(below):
        if c.x0 is None or c.x1 is None:
            continue
        overlap = min(cell.x1, c.x1) - max(cell.x0, c.x0)
        if overlap > best_overlap:
            best, best_overlap = j, overlap
    return best
