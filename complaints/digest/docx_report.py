"""The digest as a Word document (.docx): the same tables and charts as the mail, for filing and printing.

Built with python-docx on its default template, A4 landscape so the unit table fits.
Pure: figures and chart PNGs in, .docx bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from complaints.digest import tables
from complaints.digest.charts import Chart
from complaints.digest.tables import Table
from complaints.digest.values import DigestFigures

BODY_FONT = "宋体"
LATIN_FONT = "Arial"
PAGE_TEXT_CM = 29.7 - 2 * 1.8
CM_PER_CHAR = 0.24  # a Latin character at 10.5 pt, with room to spare



def _set_fonts(document) -> None:
    style = document.styles["Normal"]
    style.font.name = LATIN_FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    for name in ("Title", "Heading 1", "Heading 2"):
        s = document.styles[name]
        s.font.name = LATIN_FONT
        s.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
        s.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)


def _landscape(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))


def _text_width(text: str) -> int:
    """Display width: a CJK character is about two Latin ones."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _column_widths(table: Table) -> list[Cm]:
    """Widths proportional to each column's longest text; as wide as needed, at most the page."""
    longest = [max(_text_width(row[i]) for row in (table.header, *table.rows)) + 2
               for i in range(len(table.header))]
    total = sum(longest)
    page = min(PAGE_TEXT_CM, total * CM_PER_CHAR)
    return [Cm(page * n / total) for n in longest]


def _table(document, table: Table) -> None:
    document.add_paragraph(table.title, style="Heading 2")
    if not table.rows:
        document.add_paragraph("无。")
        return
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    grid.autofit = False
    widths = _column_widths(table)
    for column, width in zip(grid.columns, widths):
        column.width = width  # before the rows: each new row's cells take the column's width
    for cell, text, width in zip(grid.rows[0].cells, table.header, widths):
        cell.width = width
        cell.paragraphs[0].add_run(text).bold = True
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row):
            cell.text = text


def _chart(document, chart: Chart | None) -> None:
    if chart is not None:
        document.add_picture(io.BytesIO(chart.png), width=Cm(17))


def digest_docx(fig: DigestFigures, charts: Sequence[Chart], *, office_name: str) -> bytes:
    """The report: summary, five-week table, breakdowns, times and satisfaction, overdue, major cases, units."""
    by_name = {c.name: c for c in charts}
    document = Document()
    _set_fonts(document)
    _landscape(document)
    document.core_properties.title = f"客户投诉处理周报 {fig.week.label}"
    document.core_properties.author = office_name
    document.add_paragraph(f"客户投诉处理周报 {fig.week.label}", style="Title")
    document.add_paragraph(f"统计期间：{tables.period_text(fig.week)}　编制：{office_name}"
                           f"　生成时间：{tables.moment_text(fig.generated_at)}")
    document.add_paragraph("一、总体情况", style="Heading 1")
    for line in tables.summary_lines(fig):
        document.add_paragraph(line)
    document.add_paragraph("二、近五周趋势", style="Heading 1")
    _table(document, tables.headline_table(fig))
    _chart(document, by_name.get("trend"))
    document.add_paragraph("三、分类统计", style="Heading 1")
    for t in tables.breakdown_tables(fig):
        _table(document, t)
    _chart(document, by_name.get("categories"))
    document.add_paragraph("四、时效与满意度", style="Heading 1")
    _table(document, tables.answer_table(fig))
    document.add_paragraph("五、超时未答复案件", style="Heading 1")
    _table(document, tables.overdue_table(fig))
    document.add_paragraph("六、重大、严重投诉", style="Heading 1")
    for line in [m.line for m in fig.major] or ["无。"]:
        document.add_paragraph(line)
    document.add_paragraph("七、各单位考核情况", style="Heading 1")
    _table(document, tables.unit_table(fig))
    _chart(document, by_name.get("units"))
    document.add_paragraph(tables.DEFINITIONS)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
