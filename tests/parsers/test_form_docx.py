"""Acceptance forms as .docx: every generated layout, and the Word features forms use."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from core.errors import ParseError
from parsers.docx_form import parse_docx_form
from parsers.form_layout import BELOW, BESIDE, INLINE
from tests.parsers.conftest import assert_fields
from tests.parsers.corpus import build_corpus

DOCX_ITEMS = [i for i in build_corpus() if i.kind == "docx"]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize("item", DOCX_ITEMS, ids=lambda i: i.name)
def test_generated_form_reads_as_expected(item):
    found = parse_docx_form(item.path.read_bytes())
    assert found.source_kind == "docx"
    assert_fields(item, found)


def test_corpus_covers_every_docx_layout():
    assert {i.layout for i in DOCX_ITEMS} >= {
        "two_column", "four_column", "one_cell", "spaced", "synonyms", "merged", "nested",
        "paragraphs", "label_above", "header_number", "returned", "messy"}


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_confidence_follows_the_evidence():
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "客户姓名", "张伟"
    table.cell(1, 0).text, table.cell(1, 1).text = "联系电话：13805912345", ""
    table.cell(2, 0).text = "受理人"
    below = document.add_table(rows=2, cols=2)
    below.cell(0, 0).text, below.cell(0, 1).text = "被投诉单位", "业务类别"
    below.cell(1, 0).text, below.cell(1, 1).text = "三元支行", "信用卡"
    found = parse_docx_form(_save(document))
    assert found.as_dict() == {"customer_name": "张伟", "phone": "13805912345",
                               "unit": "三元支行", "category": "信用卡"}
    assert found.fields["customer_name"].confidence == BESIDE
    assert found.fields["phone"].confidence == INLINE
    assert found.fields["unit"].confidence == BELOW


def test_vertically_merged_label_and_value_are_read_once():
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "投诉内容"
    merged = table.cell(0, 1).merge(table.cell(1, 1))
    merged.text = "排队两小时"
    merged.add_paragraph("无人引导")
    table.cell(2, 0).text, table.cell(2, 1).text = "客户诉求", "道歉"
    found = parse_docx_form(_save(document))
    assert found.as_dict() == {"content": "排队两小时\n无人引导", "request": "道歉"}


def test_content_controls_tracked_deletions_and_wingdings_ticks():
    document = docx.Document()
    body = document.element.body
    body.insert(0, parse_xml(
        f'<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>客户姓名：陈静</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    body.insert(1, parse_xml(
        f'<w:p {W}><w:r><w:t>联系电话：</w:t></w:r><w:del w:id="1" w:author="a" '
        'w:date="2024-01-01T00:00:00Z"><w:r><w:delText>13900000000</w:delText></w:r>'
        '</w:del><w:r><w:t>15859801234</w:t></w:r></w:p>'))
    body.insert(2, parse_xml(
        f'<w:p {W}><w:r><w:t>客户满意度：</w:t></w:r><w:r><w:sym w:font="Wingdings" '
        'w:char="F0A8"/><w:t>满意</w:t><w:sym w:font="Wingdings" w:char="F0FE"/>'
        '<w:t>基本满意</w:t><w:sym w:font="Wingdings" w:char="F0A8"/><w:t>不满意</w:t>'
        '</w:r></w:p>'))
    found = parse_docx_form(_save(document))
    assert found.as_dict() == {"customer_name": "陈静", "phone": "15859801234",
                               "satisfaction": "基本满意"}


def test_header_number_is_weaker_than_the_body():
    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "编号：HDR-1"
    document.add_paragraph("受理编号：CSC202403150001")
    found = parse_docx_form(_save(document))
    assert found.get("acceptance_number") == "CSC202403150001"


def test_prose_after_its_label_runs_to_the_next_label():
    document = docx.Document()
    for line in ["投诉内容：", "客户反映柜员态度差，", "拒绝办理挂失。", "备注：无",
                 "这一行不属于任何栏目"]:
        document.add_paragraph(line)
    found = parse_docx_form(_save(document))
    assert found.as_dict() == {"content": "客户反映柜员态度差，\n拒绝办理挂失。"}


def _with_member(package: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, change(data) if info.filename == name else data)
    return out.getvalue()


def test_what_a_form_package_said_before_does_not_stand_for_a_changed_one():
    document = docx.Document()
    document.add_paragraph("受理编号：CSC202403150001")
    form = _save(document)
    assert parse_docx_form(form).get("acceptance_number") == "CSC202403150001"
    assert parse_docx_form(form).get("acceptance_number") == "CSC202403150001"  # remembered parts
    sheet = _with_member(form, "[Content_Types].xml", lambda xml: xml.replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml"))
    with pytest.raises(ParseError) as raised:
        parse_docx_form(sheet)
    assert "not a Word document" in raised.value.reason
    moved = _with_member(form, "_rels/.rels", lambda xml: xml.replace(b"word/document.xml", b"word/other.xml"))
    with pytest.raises(ParseError):
        parse_docx_form(moved)


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04broken", b"%PDF-1.4 not a docx"])
def test_unreadable_docx_is_a_parse_error(data):
    with pytest.raises(ParseError) as raised:
        parse_docx_form(data)
    assert ".docx" in raised.value.reason
