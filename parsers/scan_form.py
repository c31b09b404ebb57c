"""The acceptance form read from a scan: OCR boxes paired label → value by where they sit.

OCR returns boxes in an order that interleaves labels and values, so pairing goes by
geometry alone: a label's value is the text to its right on the same printed row (up to
the next label), or — for a row made only of labels over a row of values — the value box
in the same column on the row below; "label：value" in one box is split. Multi-line cells
(the complaint, the request) gather the lines that continue under their first line until
the next row that holds a label. Confidence is the lowest OCR score among the boxes used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.form_fields import (
    MULTILINE_FIELDS,
    FormFields,
    fields_from_candidates,
    match_label,
    normalize_label,
    pairs_in_line,
    split_label_value,
)
from parsers.ocr import TextBox, group_rows, ocr_document
from parsers.ocr_prose import prose_restored

BELOW_PENALTY = 0.95  # a value found under its label is a little less certain


@dataclass(frozen=True)
class Cell:
    """One OCR box as the form sees it: a label (maybe with its value inline) or plain text."""

    box: TextBox
    label: str | None = None  # the label's own text, when the box starts with one
    inline: str = ""  # value in the same box after the label
    more: tuple[tuple[str, str], ...] = ()  # further "label：value" pairs in the same box

    @property
    def bare_label(self) -> bool:
        return self.label is not None and not self.inline and not self.more

    @property
    def field(self) -> str | None:
        return match_label(self.label) if self.label is not None else None


def parse_scan_form(data: bytes, filename: str, *, time_limit: float = 30.0) -> FormFields:
    """The acceptance form's fields from a scan (image file or image-only PDF)."""
    pages = ocr_document(data, filename, time_limit=time_limit)
    candidates = [c for page in pages for c in form_candidates(page.boxes)]
    return fields_from_candidates(candidates, source_kind="scan")


def classify(box: TextBox) -> Cell:
    """A box as label-with-value, bare label, or text."""
    pairs = pairs_in_line(box.text)
    if pairs and normalize_label(box.text).startswith(normalize_label(pairs[0][0])):
        (label, value), *more = pairs
        return Cell(box=box, label=label, inline=value, more=tuple(more))
    split = split_label_value(box.text)
    if split is not None:
        return Cell(box=box, label=split[0], inline=split[1])
    if match_label(box.text) is not None:
        return Cell(box=box, label=box.text)
    return Cell(box=box)


def _looks_like_value(cell: Cell) -> bool:
    """A short bare label word that forms also use as a value (投诉渠道: 电话)."""
    return cell.bare_label and len(normalize_label(cell.box.text)) <= 2


def _as_text(cell: Cell) -> Cell:
    return Cell(box=cell.box)


def form_candidates(boxes: tuple[TextBox, ...]) -> list[tuple[str, str, float]]:
    """(label, value, confidence) for every label on one page, paired by geometry."""
    rows = [[classify(b) for b in row] for row in group_rows(boxes)]
    found: list[tuple[str, str, float]] = []
    used: set[int] = set()  # id() of boxes already given to a label
    for r, row in enumerate(rows):
        if _header_row(rows, r):
            found += _stacked_values(rows, r, used)
            continue
        row = rows[r] = _resolve_value_words(row)
        for c, cell in enumerate(row):
            if cell.label is None or id(cell.box) in used:
                continue
            found += [(label, repair(match_label(label), value), cell.box.score) for label, value in cell.more]
            parts = [cell] if cell.inline else []
            parts += _right_of(row, c)
            if not parts:
                parts = _below(rows, r, cell, used)
            found += _candidate(rows, r, cell, parts, used)
    return found


def _right_of(row: list[Cell], c: int) -> list[Cell]:
    """The text cells right of a label on its row, up to the next label."""
    out = []
    for cell in row[c + 1:]:
        if cell.label is not None:
            break
        out.append(cell)
    return out


def _resolve_value_words(row: list[Cell]) -> list[Cell]:
    """Turns a value that reads like a label (电话 after 投诉渠道) back into text."""
    out = list(row)
    for c in range(1, len(out)):
        nxt = out[c + 1] if c + 1 < len(out) else None
        own_value = nxt is not None and nxt.label is None
        if out[c - 1].bare_label and _looks_like_value(out[c]) and not own_value:
            out[c] = _as_text(out[c])
    return out


def _header_row(rows: list[list[Cell]], r: int) -> bool:
    """A row of two or more bare labels over a row of values (the stacked layout)."""
    row = rows[r]
    if len(row) < 2 or not all(cell.bare_label for cell in row) or r + 1 >= len(rows):
        return False
    below = rows[r + 1]
    return any(c.label is None for c in below) and \
        all(c.label is None or _looks_like_value(c) for c in below)


def _stacked_values(rows: list[list[Cell]], r: int,
                    used: set[int]) -> list[tuple[str, str, float]]:
    """Each header label's value: the cells of the next row in its column."""
    labels, values = rows[r], rows[r + 1]
    edges = [cell.box.x0 for cell in labels[1:]] + [float("inf")]
    found = []
    for n, label in enumerate(labels):
        left = label.box.x0 if n else float("-inf")
        mine = [v for v in values if _overlap(v.box, left, edges[n]) > 0.5 * _width(v.box)]
        for v in mine:
            used.add(id(v.box))
        if mine:
            value = " ".join(v.box.text for v in mine)
            score = min([label.box.score] + [v.box.score for v in mine]) * BELOW_PENALTY
            found.append((label.label or "", repair(label.field, value), score))
    return found


def _width(box: TextBox) -> float:
    return max(box.x1 - box.x0, 1.0)


def _overlap(box: TextBox, left: float, right: float) -> float:
    return max(0.0, min(box.x1, right) - max(box.x0, left))


def _below(rows: list[list[Cell]], r: int, label: Cell, used: set[int]) -> list[Cell]:
    """The text cell just under a label, left-aligned with it or under its middle."""
    if r + 1 >= len(rows):
        return []
    line = label.box.height
    for cell in rows[r + 1]:
        box = cell.box
        if box.y0 - label.box.y1 > 2.5 * line or id(box) in used:
            continue
        centred = abs((box.x0 + box.x1) / 2 - (label.box.x0 + label.box.x1) / 2) < \
            _width(label.box) / 2 + line
        aligned = abs(box.x0 - label.box.x0) < 1.5 * line or centred
        if aligned and (cell.label is None or _looks_like_value(cell)):
            return [_as_text(cell)]
    return []


def _candidate(rows: list[list[Cell]], r: int, label: Cell, parts: list[Cell],
               used: set[int]) -> list[tuple[str, str, float]]:
    """The (label, value, confidence) a label's parts make, with continuation lines."""
    if not parts:
        return [(label.label or "", "", label.box.score)]
    for cell in parts:
        used.add(id(cell.box))
    below = parts[0].box.y0 > label.box.y1
    texts = [label.inline if cell is label else cell.box.text for cell in parts]
    value = " ".join(t for t in texts if t)
    scores = [label.box.score] + [cell.box.score for cell in parts]
    if label.field in MULTILINE_FIELDS:
        lines = _continuation(rows, r, parts[0].box, used, below)
        value = _join_lines([value] + [b.text for b in lines])
        scores += [b.score for b in lines]
    return [(label.label or "", repair(label.field, value),
             min(scores) * (BELOW_PENALTY if below else 1.0))]


def _continuation(rows: list[list[Cell]], r: int, first: TextBox, used: set[int],
                  below: bool) -> list[TextBox]:
    """Lines under a multi-line value's first line, aligned with it, until a label row."""
    start = r + 2 if below else r + 1
    out: list[TextBox] = []
    last = first
    for row in rows[start:]:
        if any(cell.label is not None for cell in row):
            break
        line = [c.box for c in row if abs(c.box.x0 - first.x0) < 1.5 * first.height
                and id(c.box) not in used]
        if not line or line[0].y0 - last.y1 > 1.5 * first.height:
            break
        for box in line:
            used.add(id(box))
        out += line
        last = line[-1]
    return out


_CJK_END = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$")
_CJK_START = re.compile(r"^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _join_lines(lines: list[str]) -> str:
    """Wrapped lines of one cell as one text; no space where Chinese text wrapped."""
    text = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        joiner = "" if not text or _CJK_END.search(text) or _CJK_START.search(line) else " "
        text += joiner + line
    return text


_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1",
                                   "|": "1", "S": "5", "B": "8"})
_DASHES = re.compile(r"(?<=[0-9A-Za-z])[一—－–](?=[0-9A-Za-z])")


def repair(field: str | None, value: str) -> str:
    """Undoes OCR's usual slips: O for 0, l for 1, 一 for a hyphen in number fields; straight
    quotes and a dash for 一 in the prose cells (parsers/ocr_prose.py)."""
    if field in MULTILINE_FIELDS:
        return prose_restored(value)
    if field in ("phone", "id_number", "account"):
        digits = sum(ch.isdigit() for ch in value)
        if digits >= 0.7 * len(value.replace(" ", "")) and digits >= 5:
            value = value.translate(_DIGIT_LOOKALIKES)
    if field in ("phone", "id_number", "account", "acceptance_number"):
        value = _DASHES.sub("-", value)
    return value
