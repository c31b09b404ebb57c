"""Scanned pages as pixels: decode JPEG/PNG/TIFF or render image-only PDF, within limits.

A scan arrives as an email attachment from anyone, so sizes are checked from the file's
header before a single pixel is decoded: an absurd page (a decompression bomb) is
`HostileInput`, a damaged or truncated file is `ParseError`. Pages come out as 8-bit grey
numpy arrays, upright as far as the file says (EXIF orientation, PDF /Rotate).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageOps

from core.errors import HostileInput, ParseError

MAX_PAGE_PIXELS = 50_000_000  # an A4 page at 600 dpi is 35 MP
MAX_SIDE = 20_000
MAX_PAGES = 30
MAX_TOTAL_PIXELS = 200_000_000
PDF_DPI = 200
# Only raster formats: Pillow's EPS/PS plugins would run Ghostscript on untrusted input.
RASTER_FORMATS = ("PNG", "JPEG", "TIFF", "BMP", "GIF", "WEBP")
_DAMAGE = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError)


@dataclass(frozen=True)
class ImageInfo:
    """What a file's header says: its kind, page count and each page's size in pixels."""

    kind: str  # "pdf" or a Pillow format name
    page_sizes: tuple[tuple[int, int], ...]  # (width, height) per page


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def probe(data: bytes, filename: str) -> ImageInfo:
    """The header's page sizes, checked against the limits; no pixel is decoded.

    Raises HostileInput for absurd sizes or page counts, ParseError when the file is no
    image this reader knows or its header is damaged.
    """
    info = _probe_pdf(data, filename) if is_pdf(data) else _probe_raster(data, filename)
    check_limits(info, filename)
    return info


def check_limits(info: ImageInfo, filename: str) -> None:
    """Raises HostileInput when a page or the whole file is larger than a scan can be."""
    if len(info.page_sizes) > MAX_PAGES:
        raise HostileInput(f"{filename}: {len(info.page_sizes)} pages, more than the "
                           f"{MAX_PAGES} a scanned document may have")
    total = 0
    for n, (width, height) in enumerate(info.page_sizes, start=1):
        if width <= 0 or height <= 0:
            raise ParseError(f"{filename}: page {n} has no pixels ({width}×{height})")
        if max(width, height) > MAX_SIDE or width * height > MAX_PAGE_PIXELS:
            raise HostileInput(
                f"{filename}: page {n} declares {width}×{height} pixels, more than a "
                f"scanned page can have (limit {MAX_PAGE_PIXELS // 1_000_000} MP, "
                f"{MAX_SIDE} px a side); refusing to decode it")
        total += width * height
    if total > MAX_TOTAL_PIXELS:
        raise HostileInput(f"{filename}: {total // 1_000_000} MP in all, more than the "
                           f"{MAX_TOTAL_PIXELS // 1_000_000} MP limit")


def load_pages(data: bytes, filename: str) -> tuple[np.ndarray, ...]:
    """Every page of a scan as an 8-bit grey array (height × width), limits checked first."""
    info = probe(data, filename)
    if info.kind == "pdf":
        return _render_pdf(data, filename)
    return _decode_raster(data, filename, len(info.page_sizes))


def _open(data: bytes, filename: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=RASTER_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise HostileInput(f"{filename}: decompression bomb ({exc})") from exc
    except Image.UnidentifiedImageError as exc:
        raise ParseError(f"{filename}: not an image this reader knows "
                         f"(PNG, JPEG, TIFF, PDF)") from exc
    except _DAMAGE as exc:
        raise ParseError(f"{filename}: damaged image header ({exc})") from exc


def _probe_raster(data: bytes, filename: str) -> ImageInfo:
    image = _open(data, filename)
    sizes = []
    try:
        for index in range(getattr(image, "n_frames", 1)):
            if index >= MAX_PAGES:
                sizes.append((1, 1))  # enough to trip the page limit
                break
            image.seek(index)
            sizes.append(image.size)
    except _DAMAGE as exc:
        raise ParseError(f"{filename}: damaged image header ({exc})") from exc
    return ImageInfo(kind=image.format or "", page_sizes=tuple(sizes))


def _decode_raster(data: bytes, filename: str, pages: int) -> tuple[np.ndarray, ...]:
    image = _open(data, filename)
    out = []
    try:
        for index in range(pages):
            image.seek(index)
            image.load()
            out.append(to_grey(ImageOps.exif_transpose(image) if index == 0 else image))
    except _DAMAGE as exc:
        raise ParseError(f"{filename}: truncated or damaged image, page {len(out) + 1} "
                         f"cannot be decoded ({exc})") from exc
    return tuple(out)


def to_grey(image: Image.Image) -> np.ndarray:
    """An 8-bit grey array of any Pillow image; transparency is laid on white paper."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and
                                              "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    if image.mode.startswith("I"):
        wide = np.asarray(image, dtype=np.float64)
        top = max(float(wide.max()), 1.0)
        return np.ascontiguousarray((wide * (255.0 / top)).clip(0, 255).astype(np.uint8))
    return np.ascontiguousarray(np.asarray(image.convert("L"), dtype=np.uint8))


def _pdf_document(data: bytes, filename: str):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ParseError(f"{filename}: damaged or encrypted PDF ({exc})") from exc


def _probe_pdf(data: bytes, filename: str) -> ImageInfo:
    pdf = _pdf_document(data, filename)
    try:
        count = len(pdf)
        sizes = []
        for index in range(min(count, MAX_PAGES + 1)):
            width, height = pdf[index].get_size()  # points, after /Rotate
            sizes.append((round(width / 72 * PDF_DPI), round(height / 72 * PDF_DPI)))
        return ImageInfo(kind="pdf", page_sizes=tuple(sizes))
    finally:
        pdf.close()


def _render_pdf(data: bytes, filename: str) -> tuple[np.ndarray, ...]:
    pdf = _pdf_document(data, filename)
    try:
        pages = []
        for index in range(len(pdf)):
            bitmap = pdf[index].render(scale=PDF_DPI / 72, grayscale=True)
            pages.append(to_grey(bitmap.to_pil()))
        return tuple(pages)
    finally:
        pdf.close()
