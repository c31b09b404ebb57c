"""Legacy .doc forms: converted by LibreOffice when it is installed, refused clearly if not."""

from __future__ import annotations

import shutil

import pytest

from core.errors import ParseError
from parsers.doc_legacy import NO_LIBREOFFICE, parse_doc_form
from parsers.documents import is_form_attachment, parse_form_document
from tests.integration.blind_mail2_kit import Form, converted, form_docx
from tests.parsers.conftest import assert_fields
from tests.parsers.corpus import build_corpus

DOC_ITEMS = [i for i in build_corpus() if i.kind == "doc"]


def test_generated_doc_forms_read_as_expected():
    assert shutil.which("soffice"), "CI installs LibreOffice; the .doc corpus needs it"
    assert {i.layout for i in DOC_ITEMS} >= {"two_column", "merged", "paragraphs", "returned"}
    for n, item in enumerate(DOC_ITEMS):
        data = item.path.read_bytes()
        found = parse_form_document(data, item.name) if n == 0 else parse_doc_form(data)
        assert found.source_kind == "doc"
        assert_fields(item, found)


def test_without_libreoffice_the_sender_is_told_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH on which there is no soffice
    data = DOC_ITEMS[0].path.read_bytes() if DOC_ITEMS else b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    with pytest.raises(ParseError) as raised:
        parse_doc_form(data)
    assert raised.value.reason == NO_LIBREOFFICE


def test_a_file_that_is_no_doc_is_refused_before_conversion():
    with pytest.raises(ParseError) as raised:
        parse_doc_form(b"%!PS-Adobe-3.0 not a word processor's file")
    assert "not a Word 97-2003, RTF or OpenDocument" in raised.value.reason


@pytest.mark.parametrize("target", ["doc", "rtf", "odt"])
def test_a_form_saved_as_word_97_wps_rtf_or_odt_is_read(target):
    """What older Word, WPS Writer (.wps is Word 97's OLE2 container) and LibreOffice save
    (issue 12, blind round two): read like the .docx it was made from."""
    form = Form("KF20261201-0102", "2026年12月1日 17:02", "聂文涛", "13960516688", "信用卡中心",
                "客户反映信用卡中心未经本人同意将其信用卡额度从五万元降至五千元。", "要求恢复原额度。", business="信用卡")
    data = converted(form_docx(form), target)
    name = {"doc": "受理单.wps", "rtf": "受理单.rtf", "odt": "受理单.odt"}[target]
    assert is_form_attachment(name, "application/octet-stream")
    fields = parse_form_document(data, name, "application/octet-stream")
    assert {k: fields.get(k) for k in ("customer_name", "phone", "unit", "accepted_at", "category")} == {
        "customer_name": "聂文涛", "phone": "13960516688", "unit": "信用卡中心", "accepted_at": "2026年12月1日 17:02",
        "category": "信用卡"}
