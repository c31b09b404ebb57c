"""An acceptance form or work order sent as .xlsx: header row over one row, or labels beside values."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
import xlsxwriter
from openpyxl import Workbook

from core.errors import HostileInput, ParseError
from parsers.documents import document_kind, is_form_attachment, parse_form_document
from parsers.safety import Limits
from parsers.xlsx_form import SeveralComplaints, cell_text, parse_xlsx_form

HEADER = ["工单编号", "受理时间", "来电人", "来电号码", "被投诉机构", "投诉内容", "诉求"]
ROW = ["W-03317", dt.datetime(2026, 12, 1, 14, 22), "邓振华", 13799160348, "城关分理处",
       "网点要求先买理财才办提前还款，属于捆绑搭售。", "要求立即办理提前还款。"]


def _book(*rows: list, title: str | None = "12378热线工单", hidden: list | None = None) -> bytes:
    """A work order as a hotline system exports it: a merged title row, then `rows`."""
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    for row in rows:
        sheet.append(row)
    if hidden is not None:
        other = book.create_sheet("旧工单")
        other.append(HEADER)
        other.append(hidden)
        other.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_header_row_over_one_row_is_one_complaint():
    fields = parse_xlsx_form(_book(HEADER, ROW))
    assert fields.as_dict() == {
        "acceptance_number": "W-03317", "accepted_at": "2026-12-01 14:22", "customer_name": "邓振华",
        "phone": "13799160348", "unit": "城关分理处", "content": ROW[5], "request": ROW[6]}
    assert fields.source_kind == "xlsx"


def test_labels_beside_values_as_a_form_table_made_by_xlsxwriter():
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("受理单")
    sheet.merge_range("A1:D1", "客户投诉受理单")
    sheet.write_row("A2", ["受理编号", "SJ-2026-118", "受理日期", "2026年12月3日"])
    sheet.merge_range("A3:B3", "客户姓名")  # a label merged across two columns still meets its value
    sheet.write_row("C3", ["林秀珍", "联系电话"])
    sheet.write("E3", "0598-8231177")
    sheet.write_row("A4", ["被投诉单位", "梅列支行"])
    sheet.write_row("A5", ["投诉内容", "柜员办理挂失时态度恶劣。"])
    book.close()
    fields = parse_form_document(out.getvalue(), "受理单.xlsx")
    assert fields.as_dict() == {
        "acceptance_number": "SJ-2026-118", "accepted_at": "2026年12月3日", "customer_name": "林秀珍",
        "phone": "0598-8231177", "unit": "梅列支行", "content": "柜员办理挂失时态度恶劣。"}


def test_several_rows_under_one_header_are_refused_not_guessed():
    second = ["W-03318", dt.datetime(2026, 12, 1, 15, 5), "王芳", "13905981234", "三元支行", "ATM吞卡。", "退卡。"]
    with pytest.raises(SeveralComplaints) as raised:
        parse_xlsx_form(_book(HEADER, ROW, second))
    assert "lists 2 complaints" in raised.value.reason


def test_a_footer_under_the_row_is_no_second_complaint():
    fields = parse_xlsx_form(_book(HEADER, ROW, [], ["制表人：张敏", None, None, None, None, "导出时间：2026-12-01"]))
    assert fields.get("customer_name") == "邓振华"


def test_a_hidden_sheet_is_not_read():
    hidden = ["OLD-1", dt.datetime(2025, 1, 2, 9, 0), "旧客户", "13000000000", "三元支行", "旧事。", "无。"]
    fields = parse_xlsx_form(_book(HEADER, ROW, hidden=hidden))
    assert fields.get("acceptance_number") == "W-03317"


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), (13799160348, "13799160348"), (13799160348.0, "13799160348"), (3.5, "3.5"),
    (dt.datetime(2026, 12, 1, 14, 22), "2026-12-01 14:22"), (dt.datetime(2026, 12, 1, 14, 22, 5), "2026-12-01 14:22:05"),
    (dt.datetime(2026, 12, 1), "2026-12-01"), (dt.date(2026, 12, 1), "2026-12-01"), ("  城关分理处 ", "城关分理处"),
])
def test_a_cell_reads_as_the_sheet_shows_it(value, text):
    assert cell_text(value) == text


def test_the_bytes_say_xlsx_whatever_the_name():
    data = _book(HEADER, ROW)
    assert document_kind(data, "work_order.bin", "application/octet-stream") == "xlsx"
    assert document_kind(b"", "工单.xlsx") == "xlsx"
    assert is_form_attachment("工单.xlsx") and is_form_attachment(
        "x", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert parse_form_document(data, "work_order.bin").get("unit") == "城关分理处"


def test_a_damaged_xlsx_is_a_parse_error():
    with pytest.raises(ParseError) as raised:
        parse_form_document(b"PK\x03\x04 truncated", "工单.xlsx")
    assert "not a readable .xlsx" in raised.value.reason
    with pytest.raises(ParseError) as raised:
        parse_form_document(_book(HEADER, ROW)[:-200], "工单.xlsx")
    assert not isinstance(raised.value, HostileInput)


def _with_member(name: str, payload: bytes) -> bytes:
    """The work order with one member replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(_book(HEADER, ROW)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            if info.filename != name:
                package.writestr(info, source.read(info))
        package.writestr(name, payload)
    return out.getvalue()


def test_a_sheet_that_is_no_xml_is_a_damaged_file_not_a_crash():
    with pytest.raises(ParseError, match="damaged .xlsx") as raised:
        parse_form_document(_with_member("xl/worksheets/sheet1.xml", b"<not xml"), "工单.xlsx")
    assert not isinstance(raised.value, HostileInput)


def test_a_sheet_declaring_entities_is_hostile():
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>')
    with pytest.raises(HostileInput):
        parse_form_document(_with_member("xl/worksheets/sheet1.xml", laughs), "工单.xlsx")


def test_a_zip_bomb_is_refused_before_openpyxl_inflates_it():
    bomb = _with_member("xl/worksheets/sheet1.xml", b"<" + b" " * (3 * 1024 * 1024))
    with pytest.raises(HostileInput, match="zip bomb"):
        parse_form_document(bomb, "工单.xlsx", limits=Limits(ratio_floor=1024 * 1024, max_ratio=50))
