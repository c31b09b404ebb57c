"""The acceptance form sent back to its source with its 处理情况 part completed (.docx).

Pure: the source's own form (.docx bytes, when it sent one) and the result values in,
.docx bytes out. The source's layout is kept: each 处理情况/处理人/处理日期/客户满意度
label found in its tables gets its value in the neighbouring cell (or after the colon in
its own cell); labels the form lacks are added as rows of a 处理情况反馈 table at the end.
A source that sent a PDF or a scan gets a plain form built from the case.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from docx import Document
from docx.oxml.ns import qn

from parsers.form_fields import RESULT_LABELS, match_label

RESULT_FIELDS = tuple(RESULT_LABELS)
LABEL_OF = {name: labels[0] for name, labels in RESULT_LABELS.items()}  # what the returned form prints


@dataclass(frozen=True)
class ResultValues:
    """What the source learns: the result, who handled it, when, and the customer's verdict."""

    result: str
    handling_unit: str   # the unit that answered (the lead unit); not "unit", the form's 被投诉单位
    handler: str         # 处理人, as the unit named them
    handled_at: str      # 2026年12月5日
    satisfaction: str

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in RESULT_FIELDS}


def completed_form(original: bytes | None, values: ResultValues, case_rows: list[tuple[str, str]]) -> bytes:
    """The source's own .docx with the result filled in, or a new form of `case_rows` plus the result."""
    if original is not None:
        try:
            return _fill(Document(io.BytesIO(original)), values)
        except Exception:  # noqa: BLE001 - a form python-docx cannot edit: send a fresh one instead
            pass
    return _fresh(values, case_rows)


def _fill(doc, values: ResultValues) -> bytes:
    wanted = values.as_dict()
    done: set[str] = set()
    for table in doc.tables:
        for row in table.rows:
            cells = _unique_cells(row)
            for i, cell in enumerate(cells):
                field = match_label(cell.text.strip())
                if field not in wanted or field in done:
                    continue
                if i + 1 < len(cells) and match_label(cells[i + 1].text.strip()) is None:
                    _write(cells[i + 1], wanted[field])
                else:
                    _append(cell, wanted[field])
                done.add(field)
    missing = [name for name in RESULT_FIELDS if name not in done]
    if missing:
        _feedback_table(doc, [(LABEL_OF[name], wanted[name]) for name in missing])
    return _save(doc)


def _unique_cells(row) -> list:
    seen, out = set(), []
    for cell in row.cells:
        if cell._tc not in seen:
            seen.add(cell._tc)
            out.append(cell)
    return out


def _write(cell, value: str) -> None:
    lines = value.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _append(cell, value: str) -> None:
    """A label with its blank in one cell ("处理情况：") gets the value after the colon."""
    text = cell.text.rstrip()
    _write(cell, f"{text}{'' if text.endswith(('：', ':')) else '：'}{value}")


def _feedback_table(doc, rows: list[tuple[str, str]]) -> None:
    heading = doc.add_paragraph()
    heading.add_run("处理情况反馈").bold = True
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        _write(cells[1], value)


def _fresh(values: ResultValues, case_rows: list[tuple[str, str]]) -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.add_heading("客户投诉受理单（处理结果反馈）", level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [*case_rows, *((LABEL_OF[n], values.as_dict()[n]) for n in RESULT_FIELDS)]:
        cells = table.add_row().cells
        cells[0].text = label
        _write(cells[1], value or "—")
    return _save(doc)


def _save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
