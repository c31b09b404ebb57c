"""Build templates/supervision_form.docx, the layout of the 《客户投诉处理情况督办单》.

Run after changing the layout: `python templates/build_docx_templates.py`, then commit the
script together with the generated .docx. The document holds placeholders such as
`{{case_id}}`, each alone in its own run; `outbox.supervision_form` replaces them and
nothing else, so wording and layout live here, values come from the case.

The feedback table at the end is what the unit fills and sends back: label in the left
cell, value in the right cell, labels spelt exactly as the acceptance-form reader expects
(处理情况, 经办人, 处理日期, 客户满意度), plus 案件编号 so the returned form names its case,
and what a bank form carries: 联系电话 of the 经办人, 承办单位负责人（签字）, and the unit's
盖章 place with its date. The form is marked 内部资料 注意保密; a reopened case's form says
which 督办 it is (第二次督办 …) and shows the result the customer objected to, and why.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

OUTPUT = Path(__file__).with_name("supervision_form.docx")
EAST_ASIA_FONT = "宋体"
EAST_ASIA_ALT_NAME = "SimSun"
LATIN_FONT = "Times New Roman"
TITLE_FONT = "黑体"
TITLE_ALT_NAME = "SimHei"
FEEDBACK_LABELS = ("处理情况", "经办人", "联系电话", "处理日期", "客户满意度", "承办单位负责人（签字）")
CONFIDENTIAL = "内部资料　注意保密"
SEAL_LINE = "承办单位（盖章）"
SEAL_DATE = "年　　月　　日"

# (label, placeholder, label, placeholder) rows of the case table; None merges the row.
CASE_ROWS = (
    ("案件编号", "case_id", "受理编号", "acceptance_number"),
    ("投诉渠道", "channel", "受理时间", "received_at"),
    ("客户姓名", "customer_name", "联系电话", "customer_phone"),
    ("被投诉单位", "unit", "问题等级", "severity"),
    ("牵头单位", "lead_unit", "协办单位", "co_units"),
    ("业务类别", "category", "办理时限", "due_at"),
    ("监管时限", "regulatory_due_at", "抄送领导", "cc_leaders"),
    ("投诉内容", "content", None, None),
    ("客户诉求", "request", None, None),
    ("督办情况", "history", None, None),
)
MERGED_ROW_HEIGHT = {"content": Cm(1.8), "request": Cm(0.9), "history": Cm(0.9)}
FEEDBACK_ROW_HEIGHT = {"处理情况": Cm(3.0)}
REQUIREMENTS = (
    ("1. 请指定专人负责，收到本单后尽快与客户联系，了解诉求，做好解释和安抚工作。",),
    ("2. 请于 ", "{{due_at}}", " 前处理完毕并反馈；监管时限为 ", "{{regulatory_due_at}}", "，不得超期。"),
    ("3. 请在下方“处理情况反馈”表中填写处理情况、经办人、处理日期和客户满意度，由负责人签字并盖章后，"
     "作为附件回复督办邮件（主题中保留 ", "{{case_tag}}", "）；也可直接在回复邮件正文中写明处理结果。",),
    ("4. 如该投诉不属于本单位，请回复督办邮件说明理由，由督办单位重新分派。",),
)


def build(path: Path = OUTPUT) -> Path:
    """Write the supervision form template to `path` and return it."""
    doc = Document()
    _set_page(doc)
    _set_fonts(doc)
    _confidential(doc)
    _title(doc)
    _issuer_line(doc)
    _case_table(doc)
    _feedback_table(doc)
    _fix_properties(doc)
    doc.save(str(path))
    return path


def _set_page(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(1.5)


def _set_fonts(doc) -> None:
    """宋体 (SimSun) for Chinese in every style, declared in the font table with its alt name."""
    for style in doc.styles:
        if style.type in (1, 2, 3):  # paragraph, character and table styles
            _style_font(style, EAST_ASIA_FONT)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.05
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _rfonts(rpr, EAST_ASIA_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")
    _declare_font(doc, EAST_ASIA_FONT, EAST_ASIA_ALT_NAME, "02010600030101010101")
    _declare_font(doc, TITLE_FONT, TITLE_ALT_NAME, "02010609060101010101")


def _style_font(style, east_asia: str) -> None:
    style.font.name = LATIN_FONT
    _rfonts(style.element.get_or_add_rPr(), east_asia)


def _rfonts(rpr, east_asia: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), east_asia)
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme_attr), None)


def _declare_font(doc, name: str, alt_name: str, panose: str) -> None:
    """A font-table entry (charset GB2312, with its Latin alt name) so Word and LibreOffice
    know the font is Chinese and substitute a CJK font where it is not installed."""
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    fonts = etree.fromstring(part.blob)
    for old in fonts.findall(qn("w:font")):
        if old.get(qn("w:name")) == name:
            fonts.remove(old)
    font = etree.SubElement(fonts, qn("w:font"), {qn("w:name"): name})
    for tag, value in (("w:altName", alt_name), ("w:panose1", panose), ("w:charset", "86"),
                       ("w:family", "auto"), ("w:pitch", "variable")):
        etree.SubElement(font, qn(tag), {qn("w:val"): value})
    part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _title(doc) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(6)
    run = p.add_run("客户投诉处理情况督办单")
    run.bold = True
    run.font.size = Pt(20)
    _rfonts(run._r.get_or_add_rPr(), TITLE_FONT)
    mark = p.add_run("{{round_title}}")
    mark.bold = True
    mark.font.size = Pt(14)
    _rfonts(mark._r.get_or_add_rPr(), TITLE_FONT)


def _confidential(doc) -> None:
    p = doc.add_paragraph()
    run = p.add_run(CONFIDENTIAL)
    run.bold = True
    run.font.size = Pt(10.5)
    _rfonts(run._r.get_or_add_rPr(), TITLE_FONT)


def _issuer_line(doc) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(6)
    for text in ("督办单位 ", "{{issuer}}", "    督办日期 ", "{{issued_at}}"):
        p.add_run(text)


def _case_table(doc) -> None:
    table = doc.add_table(rows=0, cols=4)
    _grid(table, (Cm(2.8), Cm(5.5), Cm(2.8), Cm(5.5)))
    for label1, key1, label2, key2 in CASE_ROWS:
        cells = table.add_row().cells
        _label_cell(cells[0], label1)
        if label2 is None:
            merged = cells[1].merge(cells[3])
            _value_cell(merged, [f"{{{{{key1}}}}}"])
            table.rows[-1].height = MERGED_ROW_HEIGHT[key1]
            table.rows[-1].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        else:
            _value_cell(cells[1], [f"{{{{{key1}}}}}"])
            _label_cell(cells[2], label2)
            _value_cell(cells[3], [f"{{{{{key2}}}}}"])
    cells = table.add_row().cells
    _label_cell(cells[0], "办理要求")
    merged = cells[1].merge(cells[3])
    for n, parts in enumerate(REQUIREMENTS):
        _value_cell(merged, list(parts), new_paragraph=n > 0, size=Pt(10))


def _feedback_table(doc) -> None:
    heading = doc.add_paragraph()
    heading.paragraph_format.space_before = Pt(8)
    heading.paragraph_format.space_after = Pt(4)
    heading.paragraph_format.keep_with_next = True
    run = heading.add_run("处理情况反馈表（由承办单位填写后随回复邮件发回）")
    run.bold = True
    run.font.size = Pt(13)
    table = doc.add_table(rows=0, cols=2)
    _grid(table, (Cm(5.2), Cm(11.4)))
    cells = table.add_row().cells
    _label_cell(cells[0], "案件编号")
    _value_cell(cells[1], ["{{case_id}}"])
    for label in FEEDBACK_LABELS:
        row = table.add_row()
        _label_cell(row.cells[0], label)
        row.height = FEEDBACK_ROW_HEIGHT.get(label, Cm(0.8))
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        _keep_row_whole(row)
    _seal_row(table)
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(4)
    note.add_run("注 客户满意度请填写“满意”“基本满意”或“不满意”之一。").font.size = Pt(9)


def _seal_row(table) -> None:
    """The unit's seal and its date, right-aligned in one merged cell below the signatures."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[1])
    row.height = Cm(1.3)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    _keep_row_whole(row)
    merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    for n, text in enumerate((SEAL_LINE, SEAL_DATE)):
        p = merged.paragraphs[0] if n == 0 else merged.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Cm(1.0)
        p.add_run(text)


def _grid(table, widths) -> None:
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, width in zip(table.columns, widths):
        col.width = width


def _label_cell(cell, text: str) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = True
    _shade(cell, "F2F2F2")


def _value_cell(cell, parts: list[str], new_paragraph: bool = False, size=None) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.add_paragraph() if new_paragraph else cell.paragraphs[0]
    for part in parts:
        run = p.add_run(part)
        if size is not None:
            run.font.size = size


def _keep_row_whole(row) -> None:
    """The row may not break across pages (a half-filled 处理情况 cell helps nobody)."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _fix_properties(doc) -> None:
    props = doc.core_properties
    props.title = "客户投诉处理情况督办单"
    props.author = props.last_modified_by = "complaints"
    props.created = props.modified = datetime(2026, 1, 1, tzinfo=timezone.utc)
    props.revision = 1


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
