"""Fill the 《客户投诉处理情况督办单》 (.docx) for one case from templates/supervision_form.docx.

The layout lives in the template (built by templates/build_docx_templates.py); this module
only computes the values and puts each into its `{{name}}` placeholder run. Pure: the case
view, issuer, issue time and leaders in, .docx bytes out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from outbox.views import CaseView, format_date_cn
from templates import TEMPLATE_DIR

TEMPLATE = TEMPLATE_DIR / "supervision_form.docx"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EMPTY = "—"
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


class TemplateMismatch(ValueError):
    """The .docx template and the values disagree (a placeholder without value or vice versa)."""


def supervision_form_filename(case_id: str) -> str:
    """`督办单-TS-2026-000001.docx`."""
    return f"督办单-{case_id}.docx"


def supervision_form_values(
    view: CaseView, *, issuer: str, issued_at: datetime, cc_leaders: Sequence[str]
) -> dict[str, str]:
    """What each placeholder of the form shows; blanks become a dash, never an empty cell."""
    values = {
        "case_id": view.case_id,
        "case_tag": view.tag,
        "acceptance_number": view.acceptance_number,
        "channel": view.channel_name,
        "received_at": view.received_at_text,
        "customer_name": view.customer_name,
        "customer_phone": view.customer_phone,
        "unit": view.unit_name,
        "severity": view.severity_name,
        "lead_unit": view.unit_name if view.co_unit_names else EMPTY,
        "co_units": view.co_units_text or "无",
        "category": view.category,
        "due_at": view.due_at_text,
        "regulatory_due_at": view.regulatory_due_at_text,
        "cc_leaders": "、".join(cc_leaders) or "无",
        "content": view.content,
        "request": view.request,
        "issuer": issuer,
        "issued_at": format_date_cn(issued_at),
    }
    return {k: (v if v else EMPTY) for k, v in values.items()}


def supervision_form_docx(
    view: CaseView, *, issuer: str, issued_at: datetime, cc_leaders: Sequence[str]
) -> bytes:
    """The filled 督办单 as .docx bytes."""
    values = supervision_form_values(view, issuer=issuer, issued_at=issued_at, cc_leaders=cc_leaders)
    return fill_docx_template(TEMPLATE.read_bytes(), values)


def fill_docx_template(template: bytes, values: Mapping[str, str]) -> bytes:
    """Replace every `{{name}}` run of a .docx with its value (newlines become line breaks).

    Every placeholder must have a value and every value a placeholder, so a template and
    its code cannot drift apart silently.
    """
    doc = Document(io.BytesIO(template))
    used: set[str] = set()
    for paragraph in _paragraphs(doc):
        for run in paragraph.runs:
            if "{{" not in run.text:
                continue
            run.text = _PLACEHOLDER.sub(lambda m: _value(m.group(1), values, used), run.text)
    unused = set(values) - used
    if unused:
        raise TemplateMismatch(f"values without a placeholder in the template: {sorted(unused)}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _value(name: str, values: Mapping[str, str], used: set[str]) -> str:
    if name not in values:
        raise TemplateMismatch(f"placeholder {{{{{name}}}}} has no value")
    used.add(name)
    return _xml_safe(values[name])


def _xml_safe(text: str) -> str:
    """Drop the control characters XML cannot hold (a pasted form may carry them)."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text.replace("\r\n", "\n"))


def _paragraphs(doc) -> Iterator[Paragraph]:
    yield from doc.paragraphs
    for table in doc.tables:
        yield from _table_paragraphs(table)
    for section in doc.sections:
        for part in (section.header, section.footer):
            yield from part.paragraphs


def _table_paragraphs(table: Table) -> Iterator[Paragraph]:
    seen: set = set()  # the cells' XML elements: a merged cell appears once per grid column
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from cell.paragraphs
            for inner in cell.tables:
                yield from _table_paragraphs(inner)
