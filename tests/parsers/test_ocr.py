"""OCR of scans: page images within limits, upright text from turned and tilted pages,
lines rebuilt from boxes, and a time limit that stops a slow page without losing the worker.

OCR costs 1–3 s a page here, so these tests read a few representative scans; the bench
(`python -m bench.bench_ocr`) reads them all.
"""

from __future__ import annotations

import io
import re
import time
import unicodedata

import pytest
from PIL import Image

from core.errors import HostileInput, ParseError
from parsers import ocr
from parsers.images import PDF_DPI, load_pages, probe
from parsers.ocr import (
    OcrTimeout,
    TextBox,
    group_rows,
    ocr_document,
    ocr_text,
    page_text,
    warm_up,
)
from tests.parsers.scans import ScanItem, cached_scans


@pytest.fixture(scope="module")
def scans() -> dict[str, ScanItem]:
    _, items = cached_scans()
    return {item.path.name: item for item in items}


@pytest.fixture(scope="module")
def hostile() -> dict[str, bytes]:
    out_dir, _ = cached_scans()
    return {p.name: p.read_bytes() for p in (out_dir / "hostile").iterdir()}


def squeeze(text: str) -> str:
    """Text compared without spacing or full/half-width differences."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def box(text: str, x0: float, y0: float, x1: float, y1: float) -> TextBox:
    return TextBox(text=text, x0=x0, y0=y0, x1=x1, y1=y1, score=0.99)


# --- geometry, no OCR ---------------------------------------------------------------------


def test_rows_group_by_vertical_overlap_whatever_the_reading_order():
    boxes = [box("张伟", 320, 300, 380, 338), box("客户姓名", 150, 294, 254, 331),
             box("受理编号", 151, 227, 258, 264), box("联系电话", 650, 305, 757, 343),
             box("TS2024", 325, 232, 518, 270)]
    rows = group_rows(boxes)
    assert [[b.text for b in row] for row in rows] == [
        ["受理编号", "TS2024"], ["客户姓名", "张伟", "联系电话"]]


def test_adjacent_lines_of_a_letter_stay_apart():
    lines = [box(f"第{n}行", 100, 200 + 45 * n, 900, 230 + 45 * n) for n in range(5)]
    assert [row[0].text for row in group_rows(list(reversed(lines)))] == \
        [f"第{n}行" for n in range(5)]


# --- page images and their limits ---------------------------------------------------------


def test_multi_page_tiff_gives_every_page(scans):
    pages = load_pages(scans["letter05.tif"].path.read_bytes(), "letter05.tif")
    assert len(pages) == 2
    assert all(p.dtype.name == "uint8" and p.ndim == 2 for p in pages)
    assert pages[0].shape == (1754, 1240)


def test_image_pdf_pages_render_at_200_dpi(scans):
    pages = load_pages(scans["form03_stacked.pdf"].path.read_bytes(), "form03_stacked.pdf")
    assert PDF_DPI == 200
    assert len(pages) == 1 and abs(pages[0].shape[0] - 2339) <= 1 and \
        abs(pages[0].shape[1] - 1654) <= 1


def test_header_sizes_are_read_without_decoding(scans):
    info = probe(scans["form01_grid2.jpg"].path.read_bytes(), "form01_grid2.jpg")
    assert info.kind == "JPEG" and info.page_sizes == ((1654, 2338),)


@pytest.mark.parametrize("name", ["bomb.png", "bomb.jpg", "poster.pdf"])
def test_absurd_dimensions_are_hostile(hostile, name):
    started = time.perf_counter()
    with pytest.raises(HostileInput) as caught:
        load_pages(hostile[name], name)
    assert time.perf_counter() - started < 1.0
    assert name in caught.value.reason
    assert re.search(r"pixels|bomb", caught.value.reason)


def test_truncated_image_is_a_parse_error_not_hostile(hostile):
    with pytest.raises(ParseError) as caught:
        load_pages(hostile["truncated.png"], "truncated.png")
    assert not isinstance(caught.value, HostileInput)
    assert "truncated" in caught.value.reason


@pytest.mark.parametrize("data", [b"", b"hello, not an image", b"%PDF-1.4 broken"])
def test_what_is_no_image_is_a_parse_error(data):
    with pytest.raises(ParseError):
        load_pages(data, "attachment.bin")


# --- OCR in the worker --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["letter02.pdf", "letter04.png", "letter05.tif"])
def test_letter_text_is_read_upright_whatever_way_it_was_scanned(scans, name):
    item = scans[name]
    pages = ocr_document(item.path.read_bytes(), name)
    assert [p.rotation for p in pages] == [item.rotation] * len(pages)
    for page in pages:  # the measured tilt is the one applied (Pillow's sign is the other)
        assert abs(page.skew + item.skew) < 0.6
    text = squeeze("\n".join(page_text(page) for page in pages))
    for sentence in item.sentences:
        assert squeeze(sentence) in text


def test_lines_come_back_in_reading_order(scans):
    item = scans["letter00.png"]
    lines = ocr_text(item.path.read_bytes(), item.path.name).splitlines()
    assert lines[0] == item.sentences[0]  # the salutation, alone on the first line
    joined = squeeze("".join(lines))
    positions = [joined.index(squeeze(s)) for s in item.sentences]
    assert positions == sorted(positions)


def test_time_limit_stops_a_slow_page_and_the_next_scan_still_reads(scans):
    warm_up()
    big = scans["form01_grid2.jpg"].path.read_bytes()  # A4 at 200 dpi
    started = time.perf_counter()
    with pytest.raises(OcrTimeout) as caught:
        ocr_text(big, "big.jpg", time_limit=0.05)
    assert time.perf_counter() - started < 2.0
    assert "big.jpg" in caught.value.reason and isinstance(caught.value, ParseError)
    letter = Image.open(scans["letter00.png"].path)
    small = io.BytesIO()
    letter.crop((0, 0, letter.width, letter.height // 4)).save(small, "PNG")
    assert squeeze(scans["letter00.png"].sentences[0]) in squeeze(
        ocr_text(small.getvalue(), "small.png"))


def test_hostile_files_are_refused_by_the_worker_too(hostile):
    with pytest.raises(HostileInput):
        ocr_text(hostile["bomb.png"], "bomb.png")
    with pytest.raises(ParseError):
        ocr_text(hostile["truncated.png"], "truncated.png")
