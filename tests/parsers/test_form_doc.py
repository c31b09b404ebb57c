"""Legacy .doc forms: converted by LibreOffice when it is installed, refused clearly if not."""

from __future__ import annotations

import shutil

import pytest

from core.errors import ParseError
from parsers.doc_legacy import NO_LIBREOFFICE, parse_doc_form
from parsers.documents import parse_form_document
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
        parse_doc_form(b"{\\rtf1 not a Word 97 file}")
    assert "OLE2" in raised.value.reason
