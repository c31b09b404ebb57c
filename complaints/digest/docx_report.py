"""The report as a Word document (.docx) in 公文 style, for filing and printing.

Layout after GB/T 9704 as far as the machine allows: A4, 标题 centred in the 小标宋
stand-in, a 文号 line, 正文 at 16 pt in the 仿宋 stand-in with 一、 headings in the 黑体
stand-in, page numbers `— 1 —` at the foot; the wide tables follow in a landscape
section (附表) with borders on every cell. Which fonts stand in is `fonts.gongwen_fonts()`
(the machine has no 方正小标宋/仿宋; the families are written into the file, so a PC
with other fonts substitutes its own). Pure: figures and chart PNGs in, .docx bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from complaints.digest import tables
from complaints.digest.chart_process import Chart
from complaints.digest.docx_lines import MARK, splice
from complaints.digest.fonts import gongwen_fonts
from complaints.digest.periods import noun, report_name
from complaints.digest.tables import Table
from complaints.digest.values import DigestFigures
from complaints.digest.xlsx_report import display_width
from outbox.views import format_date_cn

BODY_PT, TABLE_PT, TITLE_PT = 16, 9, 22
MIN_TABLE_PT = 6.5
PORTRAIT = (Cm(21.0), Cm(29.7))
MARGINS_CM = {"top_margin": 3.7, "bottom_margin": 3.5, "left_margin": 2.8, "right_margin": 2.6}
LANDSCAPE_TEXT_CM = 29.7 - 2 * 2.0
CM_PER_WIDTH = 0.17  # half a CJK character at 9 pt (0.32 cm), with room to spare
CELL_PADDING = 3    # columns of the cell's own margins
BREAKS = frozenset("\t\r\n")  # python-docx writes these as <w:tab/> and <w:br/>, not as text
SECTION_PROPERTIES = qn("w:sectPr")
RUN, TEXT, CELL, SPACE = qn("w:r"), qn("w:t"), qn("w:tc"), qn("xml:space")


def _run(paragraph, text: str, *, family: str, size: float, bold: bool = False):
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.name = Pt(size), bold, family
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), family)
    return run


def _new_paragraph(document) -> Paragraph:
    """An empty paragraph at the end of the body, as `document.add_paragraph()` makes it, but
    without its search for the section properties: python-docx looks for them from the body's
    first child on, for every paragraph, which made a year report's 12,000 lines quadratic
    (most of its .docx time). They are the body's last child, where lxml finds them at once."""
    p = OxmlElement("w:p")
    _append(document, p)
    return Paragraph(p, document._body)


def _append(document, element) -> None:
    """`element` last in the body, before the section properties if they end it."""
    body = document.element.body
    last = body[-1]  # from the end (len(body) and find() walk every child)
    if last.tag == SECTION_PROPERTIES:
        last.addprevious(element)
    else:
        body.append(element)


def _set_text(element, text: str) -> None:
    """The text of the one run in a copied paragraph or table cell, as python-docx's `add_run(text)`
    writes it (no <w:t> when empty; spaces kept when the text starts or ends with one)."""
    run = element.find(f".//{RUN}")
    t = run.find(TEXT)
    if not text:
        if t is not None:
            run.remove(t)
        return
    if t is None:
        t = OxmlElement("w:t")
        run.append(t)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(SPACE, "preserve")
    else:
        t.attrib.pop(SPACE, None)


def _paragraph(document, text: str, *, family: str, size: float = BODY_PT, bold: bool = False,
               centre: bool = False, indent: bool = True):
    p = _new_paragraph(document)
    p.paragraph_format.line_spacing = Pt(28) if size >= BODY_PT else None
    p.paragraph_format.space_after = Pt(0)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _run(p, text, family=family, size=size, bold=bold)
    return p


def _page_number_footer(section, family: str) -> None:
    """`— PAGE —` centred in the footer (a field, so every page shows its own number)."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "— ", family=family, size=14)
    run = _run(p, "", family=family, size=14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)
    _run(p, " —", family=family, size=14)


def _borders(table) -> None:
    """Single lines round every cell, whatever the template's table styles are."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
    properties.append(borders)


def _column_widths(table: Table) -> tuple[list[Cm], float]:
    """Widths proportional to each column's longest text, and the font size that lets the longest
    text fit unwrapped: as wide as needed at TABLE_PT, or the page width at a smaller size."""
    longest = [max(display_width(row[i]) for row in (table.header, *table.rows)) + CELL_PADDING
               for i in range(len(table.header))]
    total = sum(longest)
    needed = total * CM_PER_WIDTH
    page = min(LANDSCAPE_TEXT_CM, needed)
    size = TABLE_PT if needed <= LANDSCAPE_TEXT_CM else max(MIN_TABLE_PT, TABLE_PT * LANDSCAPE_TEXT_CM / needed)
    return [Cm(page * n / total) for n in longest], round(size * 2) / 2


def _table(document, table: Table, fonts) -> None:
    _paragraph(document, table.title, family=fonts.heading, size=12, indent=False).paragraph_format.space_before = Pt(8)
    if not table.rows:
        _paragraph(document, "无。", family=fonts.body, size=TABLE_PT + 1, indent=False)
        return
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _borders(grid)
    widths, size = _column_widths(table)
    for column, width in zip(grid.columns, widths):
        column.width = width  # before the rows: each new row's cells take the column's width
    template = None  # the first data row: the others are copies of it with their own text
    for index, row_values in enumerate((table.header, *table.rows)):
        plain = not any(BREAKS.intersection(text) for text in row_values)
        if template is not None and plain:
            copy = deepcopy(template)
            for tc, text in zip(copy.iterchildren(CELL), row_values):
                _set_text(tc, text)
            grid._tbl.append(copy)
            continue
        row = grid.rows[0] if index == 0 else grid.add_row()
        for cell, text, width in zip(row.cells, row_values, widths):
            cell.width = width
            cell.paragraphs[0].paragraph_format.space_after = Pt(0)
            _run(cell.paragraphs[0], text, family=fonts.heading if index == 0 else fonts.body, size=size)
        if index > 0 and plain:
            template = row._tr


def _landscape_section(document):
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PORTRAIT[1], PORTRAIT[0]
    for side in MARGINS_CM:
        setattr(section, side, Cm(2.0))
    return section


def document_number(fig: DigestFigures, prefix: str) -> str:
    """文号: `工会投诉月报〔2026〕11号` — the period's kind, its year and its number in that year."""
    period = fig.period
    kind = {"周": "周报", "月": "月报", "季度": "季报", "年": "年报"}[noun(period)]
    number = getattr(period, "week", None) or getattr(period, "month", None) or getattr(period, "quarter", None) or 1
    return f"{prefix}{kind}〔{period.year}〕{number}号"


def digest_docx(fig: DigestFigures, charts: Sequence[Chart], *, office_name: str,
                number_prefix: str = "工会投诉") -> bytes:
    """The report: title, 文号, summary and definitions in 公文 style; the tables and charts as 附表."""
    fonts = gongwen_fonts()
    by_name = {c.name: c for c in charts}
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = PORTRAIT
    for side, cm in MARGINS_CM.items():
        setattr(section, side, Cm(cm))
    _page_number_footer(section, fonts.body)
    name = report_name(fig.period)
    document.core_properties.title = f"{name} {fig.period.label}"
    document.core_properties.author = office_name
    _paragraph(document, document_number(fig, number_prefix), family=fonts.body, centre=True)
    _paragraph(document, "", family=fonts.body)
    _paragraph(document, name, family=fonts.title, size=TITLE_PT, bold=True, centre=True)
    _paragraph(document, f"（{tables.period_text(fig.period)}）", family=fonts.body, centre=True)
    _paragraph(document, "", family=fonts.body)
    _paragraph(document, "一、总体情况", family=fonts.heading)
    for line in tables.summary_lines(fig):
        _paragraph(document, line, family=fonts.body)
    _paragraph(document, "二、较大问题、重大问题投诉", family=fonts.heading)
    _paragraph(document, MARK, family=fonts.body)  # one per line when saved (docx_lines)
    _paragraph(document, "三、统计口径", family=fonts.heading)
    _paragraph(document, tables.definitions(fig.period), family=fonts.body)
    _paragraph(document, "", family=fonts.body)
    _paragraph(document, office_name, family=fonts.body, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _paragraph(document, format_date_cn(fig.generated_at), family=fonts.body,
               indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _landscape_section(document)
    _paragraph(document, "附表", family=fonts.heading, indent=False)
    for table in (tables.unit_table(fig), tables.headline_table(fig), tables.answer_table(fig),
                  *tables.breakdown_tables(fig), tables.overdue_table(fig)):
        _table(document, table, fonts)
    for chart in (by_name.get("trend"), by_name.get("units"), by_name.get("categories")):
        if chart is not None:
            document.add_picture(io.BytesIO(chart.png), width=Cm(17))
    out = io.BytesIO()
    document.save(out)
    return splice(out.getvalue(), [m.line for m in fig.major] or ["无。"])
