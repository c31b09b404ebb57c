"""Read an acceptance form sent as .docx, whatever table layout the sender's template uses.

The package is checked by `parsers.safety` first, then loaded with python-docx; the body
is walked in document order so tables (nested ones too), paragraphs, content controls and
page headers all contribute. Merged cells are read once: a horizontal span is one cell
covering several grid columns, a vertical continuation is left out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from complaints.errors import HostileInput, ParseError
from parsers.form_fields import FormFields, fields_from_candidates
from parsers.form_layout import Candidate, GridCell, GridRow, pairs_from_grid, pairs_from_lines
from parsers.safety import DEFAULT_LIMITS, Limits, check_zip_package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _SDT = (f"{{{W}}}{t}" for t in ("p", "tbl", "tr", "tc", "sdt"))
HEADER_WEIGHT = 0.7  # a number in the page header is weaker evidence than the body


def parse_docx_form(data: bytes, *, source_kind: str = "docx",
                    limits: Limits = DEFAULT_LIMITS) -> FormFields:
    """The acceptance-form fields of a .docx; raises HostileInput or ParseError."""
    body, headers = _load(data, limits)
    candidates = list(_candidates(body))
    for header in headers:
        candidates += [(lb, v, c * HEADER_WEIGHT) for lb, v, c in _candidates(header)]
    return fields_from_candidates(candidates, source_kind=source_kind)


def _load(data: bytes, limits: Limits) -> tuple[etree._Element, list[etree._Element]]:
    """Body and header elements of a checked package; a broken one is a ParseError."""
    import docx  # python-docx; imported here so importing this module stays cheap
    from docx.opc.exceptions import PackageNotFoundError

    try:
        check_zip_package(data, limits).close()
        document = docx.Document(io.BytesIO(data))
    except HostileInput:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise ParseError(f"not a readable .docx (the file is not a Word package: {exc})") from exc
    except (KeyError, ValueError, etree.XMLSyntaxError, EOFError) as exc:
        raise ParseError(f"damaged .docx, cannot read its content ({exc})") from exc
    headers = []
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header):
            element = part._element  # the w:hdr element; python-docx has no public name
            if not part.is_linked_to_previous and id(element) not in seen:
                seen.add(id(element))
                headers.append(element)
    return document.element.body, headers


def _candidates(container: etree._Element) -> Iterator[Candidate]:
    """Pairs from a body/header/cell in document order: paragraph runs, then each table."""
    lines: list[str] = []
    for child in _block_children(container):
        if child.tag == _P:
            lines.extend(paragraph_text(child).split("\n"))
        elif child.tag == _TBL:
            yield from pairs_from_lines(lines)
            lines = []
            yield from _table_candidates(child)
    yield from pairs_from_lines(lines)


def _block_children(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a container, looking through content controls (w:sdt)."""
    for child in container:
        if child.tag == _SDT:
            content = child.find(f"{{{W}}}sdtContent")
            if content is not None:
                yield from _block_children(content)
        elif child.tag in (_P, _TBL):
            yield child


def _table_candidates(table: etree._Element) -> Iterator[Candidate]:
    """Pairs from one table, then from the tables nested in its cells."""
    rows: list[GridRow] = []
    nested: list[etree._Element] = []
    for tr in table.iterchildren(_TR):
        cells = []
        col = _grid_before(tr)
        for tc in _row_cells(tr):
            span = _int_prop(tc, "gridSpan", 1)
            if not _is_vmerge_continuation(tc):
                paragraphs = [c for c in _block_children(tc) if c.tag == _P]
                text = "\n".join(paragraph_text(p) for p in paragraphs).strip()
                cells.append(GridCell(col=col, text=text))
                nested += [c for c in _block_children(tc) if c.tag == _TBL]
            col += span
        rows.append(GridRow(cells=tuple(cells)))
    yield from pairs_from_grid(rows)
    for inner in nested:
        yield from _table_candidates(inner)


def _row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT:
            content = child.find(f"{{{W}}}sdtContent")
            if content is not None:
                yield from content.iterchildren(_TC)


def _grid_before(tr: etree._Element) -> int:
    node = tr.find(f"{{{W}}}trPr/{{{W}}}gridBefore")
    return _to_int(node.get(f"{{{W}}}val") if node is not None else None, 0)


def _int_prop(tc: etree._Element, name: str, default: int) -> int:
    node = tc.find(f"{{{W}}}tcPr/{{{W}}}{name}")
    return _to_int(node.get(f"{{{W}}}val") if node is not None else None, default)


def _to_int(value: str | None, default: int) -> int:
    try:
        return max(int(value), 0) if value is not None else default
    except ValueError:
        return default


def _is_vmerge_continuation(tc: etree._Element) -> bool:
    node = tc.find(f"{{{W}}}tcPr/{{{W}}}vMerge")
    return node is not None and node.get(f"{{{W}}}val", "continue") == "continue"


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's visible text: runs, tabs and line breaks; deleted text left out."""
    parts = []
    for node in p.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr",
                       f"{{{W}}}sym", f"{{{W}}}noBreakHyphen"):
        tag = etree.QName(node).localname
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t" if node.getparent().tag != f"{{{W}}}tabs" else "")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(_symbol(node))
    return "".join(parts)


def _symbol(node: etree._Element) -> str:
    """Wingdings tick boxes (w:sym) as the characters a reader sees."""
    char = (node.get(f"{{{W}}}char") or "").upper()
    return {"F0FE": "☑", "F078": "☒", "F0A8": "□", "F06F": "□", "F0FC": "√"}.get(char, "")
