"""Read an acceptance form sent as a PDF with a text layer (exported or printed to PDF).

Ruled tables are read as grids; text outside them (or a form drawn without ruling lines)
is rebuilt into lines from positioned words and split into cells at wide gaps, so a value
to the right of its label on the same line is found either way. A PDF without any text
is a scan: `NoTextLayer` tells the dispatcher to send it to OCR.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

import pdfplumber

from core.errors import ParseError
from parsers.form_fields import FormFields, fields_from_candidates
from parsers.form_layout import Candidate, GridCell, GridRow, pairs_from_grid
from parsers.safety import DEFAULT_LIMITS, Limits, check_document_size, check_pdf_streams

MAX_PAGES = 10  # an acceptance form is one or two pages; more is not read
GAP_EM = 1.5  # a horizontal gap wider than this many character heights separates cells
LINE_TOLERANCE = 3.0
MIN_TEXT_CHARS = 20  # fewer is a scanner's stamp on an image, not a form  # points: words whose tops differ less sit on one line


class NoTextLayer(ParseError):
    """The PDF has no text to read (a scan or a picture): it needs OCR."""


def parse_pdf_form(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> FormFields:
    """The acceptance-form fields of a PDF; NoTextLayer for scans, ParseError if unreadable."""
    check_pdf_bytes(data, limits)
    candidates: list[Candidate] = []
    chars = 0
    with _open(data) as pdf:
        for page in _pages(pdf):
            page_candidates, page_chars = _page_candidates(page)
            candidates += page_candidates
            chars += page_chars
    if chars < MIN_TEXT_CHARS:
        raise NoTextLayer(f"PDF has no text layer ({chars} characters; a scanned page): "
                          "it needs OCR")
    return fields_from_candidates(candidates, source_kind="pdf")


def check_pdf_bytes(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse what is not a PDF, or a PDF cut short in transit, before pdfminer sees it."""
    check_document_size(data, limits)
    if b"%PDF-" not in data[:1024]:
        raise ParseError("not a PDF (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise ParseError("PDF is truncated (its end-of-file marker is missing): "
                         "ask the sender to send it again")
    check_pdf_streams(data, limits)


def _open(data: bytes):
    try:
        pdf = pdfplumber.open(io.BytesIO(data), pages=range(1, MAX_PAGES + 1))
        pdf.pages  # noqa: B018 - parses the page tree now, inside this try
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        raise _open_error(exc) from exc
    return pdf


def _open_error(exc: Exception) -> ParseError:
    """A reason for a PDF pdfminer cannot open; pdfplumber wraps the real error."""
    inner: BaseException = exc
    for _ in range(10):
        deeper = inner.__cause__ or inner.__context__ or _wrapped_arg(inner)
        if deeper is None:
            break
        inner = deeper
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name or "password" in str(inner).lower():
        return ParseError("PDF is password-protected (encrypted): ask the sender for an "
                          "unprotected copy")
    return ParseError(f"damaged PDF, cannot read it ({name}: {inner})")


def _wrapped_arg(exc: BaseException) -> BaseException | None:
    args = getattr(exc, "args", ())
    return args[0] if len(args) == 1 and isinstance(args[0], BaseException) else None


def _pages(pdf) -> Iterator:
    try:
        yield from pdf.pages
    except Exception as exc:
        raise _open_error(exc) from exc


def _page_candidates(page) -> tuple[list[Candidate], int]:
    """Pairs from one page (tables first, then lines of words outside them), and its chars."""
    try:
        words = page.extract_words(x_tolerance=1.5, y_tolerance=LINE_TOLERANCE,
                                   keep_blank_chars=False, use_text_flow=False)
        tables = page.find_tables() if words else []
    except Exception as exc:
        raise _open_error(exc) from exc
    out: list[Candidate] = []
    boxes = []
    for table in tables:
        boxes.append(table.bbox)
        out += pairs_from_grid(_table_rows(words, table))
    loose = [w for w in words if not any(_inside(w, box) for box in boxes)]
    out += pairs_from_grid(word_rows(loose), continuation=True)
    return out, sum(len(w["text"].strip()) for w in words)


def _table_rows(words: Sequence[dict], table) -> list[GridRow]:
    """A ruled table as grid rows; cells covered by a merge (None) are left out."""
    rows = []
    for row in table.rows:
        cells = tuple(
            GridCell(col=i, text=cell_text([w for w in words if _inside(w, bbox)], bbox))
            for i, bbox in enumerate(row.cells) if bbox is not None
        )
        rows.append(GridRow(cells=cells))
    return rows


def cell_text(words: Sequence[dict], bbox: tuple[float, float, float, float]) -> str:
    """The text of one cell. A line that runs to the cell's right edge was wrapped by the
    writer, not broken by the sender: it joins the next line (with a space only between
    Latin words); other line ends stay line breaks."""
    text = ""
    lines = [row for row in word_rows(words)]
    for n, line in enumerate(lines):
        line_text = " ".join(c.text for c in line.cells)
        if n:
            text += _wrap_joint(text, line_text) if _wrapped(lines[n - 1], bbox) else "\n"
        text += line_text
    return text.strip()


def _wrapped(line: GridRow, bbox: tuple[float, float, float, float]) -> bool:
    height = max((line.bottom or 0) - (line.top or 0), 1.0)
    right = max((c.x1 or 0) for c in line.cells)
    return bbox[2] - right < 2.0 * height


def _wrap_joint(before: str, after: str) -> str:
    last_line = before.rsplit("\n", 1)[-1]
    latin = before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() \
        and after[:1].isalpha()
    return " " if latin and " " in last_line else ""


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def word_rows(words: Sequence[dict]) -> list[GridRow]:
    """Positioned words (pdfplumber dicts) as lines split into cells at wide gaps."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_line_row(sorted(line, key=lambda w: w["x0"])) for line in lines]


def _line_row(line: list[dict]) -> GridRow:
    """One line of words; words closer than GAP_EM character heights share a cell."""
    groups: list[list[dict]] = [[line[0]]]
    for word in line[1:]:
        prev = groups[-1][-1]
        height = max(prev["bottom"] - prev["top"], 1.0)
        if word["x0"] - prev["x1"] > GAP_EM * height:
            groups.append([word])
        else:
            groups[-1].append(word)
    cells = tuple(
        GridCell(col=i, text=_join_words(g), x0=g[0]["x0"], x1=g[-1]["x1"])
        for i, g in enumerate(groups)
    )
    return GridRow(cells=cells, top=min(w["top"] for w in line),
                   bottom=max(w["bottom"] for w in line))


def _join_words(words: list[dict]) -> str:
    """Words of one cell; a space between them only where the sender typed one."""
    text = words[0]["text"]
    for prev, word in zip(words, words[1:]):
        height = max(prev["bottom"] - prev["top"], 1.0)
        text += (" " if word["x0"] - prev["x1"] > 0.15 * height else "") + word["text"]
    return text
