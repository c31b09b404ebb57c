"""The .docx's many alike paragraphs (written as XML text when saved) and table rows (copies of the
first with their own text): the XML must be what python-docx writes when each is made through its
API (spaces kept, empty text without <w:t>, escapes, tabs and line breaks as python-docx writes them)."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from lxml import etree

from complaints.digest import docx_report
from complaints.digest.docx_lines import DOCUMENT_PART, MARK, splice
from complaints.digest.fonts import gongwen_fonts
from complaints.digest.tables import Table

TEXTS = ("【较大问题】TS-2025-000001｜三元支行｜客户张*", " 前后有空格 ", "", "a<b & c>d", "行一\n行二", "甲\t乙",
         "最后一行")


def _body_xml(document) -> bytes:
    return etree.tostring(document.element.body)


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_spliced_paragraphs_are_the_paragraphs_python_docx_makes():
    fonts = gongwen_fonts()
    spliced, made = Document(), Document()
    docx_report._paragraph(spliced, "前", family=fonts.body)
    docx_report._paragraph(spliced, MARK, family=fonts.body)
    docx_report._paragraph(spliced, "后", family=fonts.body)
    for text in ("前", *TEXTS, "控制字符", "后"):  # XML cannot hold \x01: it is left out
        docx_report._paragraph(made, text, family=fonts.body)
    data = splice(_saved(spliced), TEXTS + ("控制\x01字符",))
    made_xml = zipfile.ZipFile(io.BytesIO(_saved(made))).read(DOCUMENT_PART)
    assert zipfile.ZipFile(io.BytesIO(data)).read(DOCUMENT_PART) == made_xml
    assert [p.text for p in Document(io.BytesIO(data)).paragraphs] == ["前", *TEXTS, "控制字符", "后"]


def test_copied_table_rows_are_the_rows_python_docx_makes(monkeypatch):
    fonts = gongwen_fonts()
    table = Table("超时未答复案件", ("案件编号", "单位", "说明"),
                  tuple((f"TS-2025-{n:06d}", text, TEXTS[(3 * n + 2) % len(TEXTS)]) for n, text in enumerate(TEXTS * 3)))
    copied = Document()
    docx_report._table(copied, table, fonts)
    made = Document()
    # every character counted as a break: no row is plain, so each is made through python-docx
    monkeypatch.setattr(docx_report, "BREAKS", frozenset("".join(c for row in table.rows for c in row)))
    docx_report._table(made, table, fonts)
    assert _body_xml(copied) == _body_xml(made)
    assert [tuple(c.text for c in r.cells) for r in copied.tables[0].rows] == [table.header, *table.rows]
