"""The one entry point for forms: the bytes choose the reader, names only break ties."""

from __future__ import annotations

import io
import zipfile

import pytest

from core.errors import ParseError
from parsers.documents import document_kind, is_form_attachment, parse_form_document
from tests.parsers.corpus import build_corpus

ITEMS = build_corpus()


def _first(kind: str):
    return next(i for i in ITEMS if i.kind == kind)


@pytest.mark.parametrize("kind", ["docx", "pdf"])  # doc: see test_form_doc
def test_each_kind_is_dispatched_to_its_reader(kind):
    item = _first(kind)
    found = parse_form_document(item.path.read_bytes(), item.name)
    assert found.source_kind == kind
    assert found.get("customer_name") == item.expected["customer_name"]


def test_the_bytes_win_over_a_wrong_name_and_type():
    item = _first("docx")
    found = parse_form_document(item.path.read_bytes(), "受理单.pdf", "application/pdf")
    assert found.source_kind == "docx"
    assert found.get("phone") == item.expected["phone"]


@pytest.mark.parametrize(("data", "name", "kind"), [
    (b"\xff\xd8\xff\xe0JFIF", "scan.bin", "image"),
    (b"\x89PNG\r\n\x1a\n", "x", "image"),
    (b"II*\x00", "x", "image"),
    (b"MM\x00*", "x", "image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "x", "doc"),
    (b"junk\n%PDF-1.7", "x", "pdf"),
    (b"", "form.docx", "docx"),
    (b"hello", "form.txt", None),
])
def test_document_kind(data, name, kind):
    assert document_kind(data, name) == kind


def test_a_zip_that_is_no_word_document_is_unsupported():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(ParseError) as raised:
        parse_form_document(buffer.getvalue(), "forms.zip", "application/zip")
    assert "unsupported file type" in raised.value.reason


def test_plain_text_is_unsupported():
    with pytest.raises(ParseError) as raised:
        parse_form_document("客户姓名：张伟".encode(), "form.txt", "text/plain")
    assert raised.value.reason.startswith("form.txt: unsupported file type")


@pytest.mark.parametrize(("name", "ctype", "is_form"), [
    ("受理单.docx", "", True), ("受理单.DOC", "", True), ("scan.PDF", "", True),
    ("IMG_0001.jpeg", "", True), ("page.tif", "", True), ("a.png", "", True),
    ("noname", "application/pdf", True),
    ("noname", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
    ("image001.gif", "image/gif", False), ("smime.p7s", "application/pkcs7-signature", False),
    ("工单.xlsx", "", True), ("data.csv", "", False), ("slides.pptx", "", False), ("", "", False),
])
def test_is_form_attachment(name, ctype, is_form):
    assert is_form_attachment(name, ctype) is is_form
