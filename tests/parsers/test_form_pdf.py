"""Acceptance forms as PDF: LibreOffice exports with ruled tables, forms drawn without lines."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image

from core.errors import ParseError
from parsers.pdf_form import NoTextLayer, parse_pdf_form
from tests.parsers.conftest import assert_fields
from tests.parsers.corpus import build_corpus, cjk_font

PDF_ITEMS = [i for i in build_corpus() if i.kind == "pdf"]


@pytest.mark.parametrize("item", PDF_ITEMS, ids=lambda i: i.name)
def test_generated_form_reads_as_expected(item):
    found = parse_pdf_form(item.path.read_bytes())
    assert found.source_kind == "pdf"
    assert_fields(item, found)


def test_corpus_has_both_kinds_of_pdf():
    layouts = {i.layout for i in PDF_ITEMS}
    assert cjk_font() is not None, "install fonts-wqy-zenhei for the drawn PDFs"
    assert {"drawn_columns", "drawn_colon_pairs", "drawn_label_above"} <= layouts
    assert shutil.which("soffice"), "install LibreOffice for the exported PDFs"
    assert {"two_column", "merged", "label_above", "paragraphs"} <= layouts


def _image_only_pdf() -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (600, 800), 255).save(buffer, format="PDF", resolution=72)
    return buffer.getvalue()


def test_pdf_without_text_needs_ocr():
    with pytest.raises(NoTextLayer) as raised:
        parse_pdf_form(_image_only_pdf())
    assert isinstance(raised.value, ParseError)
    assert "OCR" in raised.value.reason


def test_wrapped_values_in_a_narrow_cell_are_joined():
    item = next(i for i in PDF_ITEMS if i.layout == "four_column")
    found = parse_pdf_form(item.path.read_bytes())
    assert found.get("customer_email") == item.expected["customer_email"]
    assert found.get("acceptance_number") == item.expected["acceptance_number"]


@pytest.mark.parametrize(("data", "words"), [
    (b"GIF89a", "not a PDF"),
    (b"%PDF-1.4\n1 0 obj << >> endobj\n", "truncated"),
    (b"%PDF-1.4\ngarbage garbage\n%%EOF\n", "damaged PDF"),
])
def test_unreadable_pdf_is_a_parse_error(data, words):
    with pytest.raises(ParseError) as raised:
        parse_pdf_form(data)
    assert words in raised.value.reason
