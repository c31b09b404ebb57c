"""Read an acceptance form sent as .docx, whatever table layout the sender's template uses.

The package is checked by `parsers.safety` first, then loaded with python-docx; the body
is walked in document order so tables (nested ones too), paragraphs, content controls and
page headers all contribute. Merged cells are read once: a horizontal span is one cell
covering several grid columns, a vertical continuation is left out.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from lxml import etree

from core.errors import HostileInput, ParseError
from parsers.form_fields import FormFields, fields_from_candidates
from parsers.form_layout import Candidate, GridCell, GridRow, pairs_from_grid, pairs_from_lines
from parsers.safety import DEFAULT_LIMITS, DigestMemo, Limits, check_zip_package, stored_member_digest

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
    """Body and header elements of a checked package; a broken one is a ParseError.

    Read straight from the zip with lxml: only the main part and its headers are parsed
    (python-docx would parse every part — styles alone are ~800 KB — about 8 ms a form).
    """
    try:
        package = check_zip_package(data, limits)
    except HostileInput:
        raise
    except zipfile.BadZipFile as exc:
        raise ParseError(f"not a readable .docx (the file is not a Word package: {exc})") from exc
    try:
        with package:
            main = _remembered(package, data, ("_rels/.rels", "[Content_Types].xml"), _main_part)
            document = _xml(package, main)
            body = document.find(f"{{{W}}}body")
            if body is None:
                raise ParseError("damaged .docx, its main part has no body")
            return body, _headers(package, data, main, body)
    except (KeyError, ValueError, etree.XMLSyntaxError, EOFError, zipfile.BadZipFile) as exc:
        raise ParseError(f"damaged .docx, cannot read its content ({exc})") from exc


_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _xml(package: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(package.read(name), parser=_XML_PARSER)


_PACKAGE_FACTS = DigestMemo(256)


def _remembered(package: zipfile.ZipFile, data: bytes, names: tuple[str, ...], read):
    """`read(package, *names)`, remembered for members stored byte for byte as before: forms
    from one template share their package parts, and each read costs a member's inflating
    and parsing (~0.1 ms in the pipeline)."""
    digests = []
    for name in names:
        try:
            digest = stored_member_digest(data, package.getinfo(name), read.__name__)
        except KeyError:
            digest = None
        if digest is None:
            return read(package, *names)  # says what is missing
        digests.append(digest)
    key = b"".join(digests)
    found = _PACKAGE_FACTS.get(key)
    if found is None:
        found = read(package, *names)
        _PACKAGE_FACTS.put(key, found)
    return found


def _main_part(package: zipfile.ZipFile, rels_name: str, types_name: str) -> str:
    """The officeDocument part named by the package relationships, if it is a Word document."""
    rels = _xml(package, rels_name)
    target = next((r.get("Target") for r in rels.iterchildren(f"{{{_REL}}}Relationship")
                   if (r.get("Type") or "").endswith("/officeDocument")), None)
    if not target:
        raise ParseError("not a readable .docx (the file is not a Word package: no main document part)")
    name = target.lstrip("/")
    types = _xml(package, types_name)
    declared = next((o.get("ContentType") for o in types.iterchildren(f"{{{_CT}}}Override")
                     if (o.get("PartName") or "").lstrip("/") == name), None)
    if declared != _WORD_MAIN:
        raise ParseError(f"not a Word document (its main part is {declared or 'undeclared'})")
    return name


def _headers(package: zipfile.ZipFile, data: bytes, main: str, body: etree._Element) -> list[etree._Element]:
    """Each section's own default and first-page headers (a linked one is its predecessor's)."""
    folder, _, base = main.rpartition("/")
    rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    targets: Mapping[str, str] = {}
    if rels_name in package.namelist():
        targets = _remembered(package, data, (rels_name,), _internal_targets)
    headers, seen = [], set()
    for sect in body.iter(f"{{{W}}}sectPr"):
        for ref in sect.iterchildren(f"{{{W}}}headerReference"):
            target = targets.get(ref.get(f"{{{_R}}}id"))
            if ref.get(f"{{{W}}}type") not in ("default", "first") or not target:
                continue
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
            if name not in seen:
                seen.add(name)
                headers.append(_xml(package, name))
    return headers


def _internal_targets(package: zipfile.ZipFile, rels_name: str) -> Mapping[str, str]:
    """Relationship id → target of a part's relationships inside the package (read-only: shared)."""
    return MappingProxyType({r.get("Id"): r.get("Target")
                             for r in _xml(package, rels_name).iterchildren(f"{{{_REL}}}Relationship")
                             if r.get("TargetMode") != "External"})


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
    for node in p.iter(_T, _TAB, _BR, _CR, _SYM, _NO_BREAK_HYPHEN):
        tag = node.tag
        if tag == _T:
            parts.append(node.text or "")
        elif tag == _TAB:
            parts.append("\t" if node.getparent().tag != _TABS else "")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        else:
            parts.append(_symbol(node))
    return "".join(parts)


_T, _TAB, _TABS, _BR, _CR, _SYM, _NO_BREAK_HYPHEN = (
    f"{{{W}}}{t}" for t in ("t", "tab", "tabs", "br", "cr", "sym", "noBreakHyphen"))


def _symbol(node: etree._Element) -> str:
    """Wingdings tick boxes (w:sym) as the characters a reader sees."""
    char = (node.get(f"{{{W}}}char") or "").upper()
    return {"F0FE": "☑", "F078": "☒", "F0A8": "□", "F06F": "□", "F0FC": "√"}.get(char, "")
