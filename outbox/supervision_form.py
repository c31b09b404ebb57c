"""Fill the 《客户投诉处理情况督办单》 (.docx) for one case from templates/supervision_form.docx.

The layout lives in the template (built by templates/build_docx_templates.py); this module
only computes the values and puts each into its `{{name}}` placeholder run. Pure: the case
view, issuer, issue time and leaders in, .docx bytes out.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from outbox.compose import share_prefix
from outbox.views import CaseView, format_date_cn
from templates import TEMPLATE_DIR

TEMPLATE = TEMPLATE_DIR / "supervision_form.docx"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EMPTY = "—"
OPTIONAL = frozenset({"round_title"})    # left out (no dash) on a first 督办单
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")
_FILLED_PART = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_R, _W_T, _W_TAB, _W_BR, _W_CR, _W_RPR = (f"{_W}{t}" for t in ("r", "t", "tab", "br", "cr", "rPr"))
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class TemplateMismatch(ValueError):
    """The .docx template and the values disagree (a placeholder without value or vice versa)."""


def supervision_form_filename(case_id: str) -> str:
    """`督办单-TS-2026-000001.docx`."""
    return f"督办单-{case_id}.docx"


def supervision_form_values(
    view: CaseView, *, issuer: str, issued_at: datetime, cc_leaders: Sequence[str]
) -> dict[str, str]:
    """What each placeholder of the form shows; blanks become a dash, never an empty cell."""
    values = {
        "case_id": view.case_id,
        "case_tag": view.tag,
        "acceptance_number": view.acceptance_number,
        "channel": view.channel_name,
        "received_at": view.received_at_text,
        "customer_name": view.customer_name,
        "customer_phone": view.customer_phone,
        "unit": view.unit_name,
        "severity": view.severity_name,
        "lead_unit": view.unit_name if view.co_unit_names else EMPTY,
        "co_units": view.co_units_text,
        "category": view.category,
        "due_at": view.due_at_text,
        "regulatory_due_at": view.regulatory_due_at_text,
        "cc_leaders": "、".join(cc_leaders),
        "round_title": f"（{view.round_title}）" if view.round_title else "",
        "history": _history(view),
        "content": view.content,
        "request": view.request,
        "issuer": issuer,
        "issued_at": format_date_cn(issued_at),
    }
    return {k: (v if v or k in OPTIONAL else EMPTY) for k, v in values.items()}


def _history(view: CaseView) -> str:
    """The 督办情况 row: 首次督办, or the round with the result the customer objected to and why."""
    if view.round_no == 1:
        return "首次督办"
    lines = [f"{view.round_title}（退回重新办理）"]
    lines.append(f"前次处理情况：{view.previous_result or EMPTY}")
    lines.append(f"{view.objection_label}：{view.objection or EMPTY}")
    return "\n".join(lines)


def supervision_form_docx(
    view: CaseView, *, issuer: str, issued_at: datetime, cc_leaders: Sequence[str]
) -> bytes:
    """The filled 督办单 as .docx bytes."""
    values = supervision_form_values(view, issuer=issuer, issued_at=issued_at, cc_leaders=cc_leaders)
    return fill_docx_template(_template_bytes(), values)


@functools.lru_cache(maxsize=1)
def _template_bytes() -> bytes:
    """The template file, read once per process (one bytes object, so its cache key hashes once)."""
    return TEMPLATE.read_bytes()


def fill_docx_template(template: bytes, values: Mapping[str, str]) -> bytes:
    """Replace every `{{name}}` run of a .docx with its value (newlines become line breaks).

    Every placeholder must have a value and every value a placeholder, so a template and
    its code cannot drift apart silently. Only the parts holding placeholders (the body,
    headers, footers) are rewritten, from their XML cut once at the placeholder runs; the
    rest of the package (styles alone are ~800 KB of XML) is copied as stored.
    """
    base = _split_template(template)
    used: set[str] = set()
    filled = {name: _fill_part(part, values, used) for name, part in base.parts}
    unused = set(values) - used
    if unused:
        raise TemplateMismatch(f"values without a placeholder in the template: {sorted(unused)}")
    out = io.BytesIO()
    out.write(base.entries)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        # The stored entries as an append to the base package would find them (`mode="a"`
        # parsed its central directory anew for every form): the same bytes, written once.
        package.filelist.extend(base.infos)
        package.NameToInfo.update((info.filename, info) for info in base.infos)
        for name, xml in filled.items():
            # Level 1: a third of level 6's time for ~10 % more bytes on this part (~2 KB).
            package.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), xml,
                             compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return out.getvalue()


@dataclass(frozen=True)
class _Base:
    """The template package without its placeholder parts: its entries (local headers and
    compressed data, as stored) and their central directory records, and those parts, cut."""

    entries: bytes
    infos: tuple[zipfile.ZipInfo, ...]
    parts: tuple[tuple[str, "_CutPart"], ...]


@functools.lru_cache(maxsize=8)
def _split_template(template: bytes) -> _Base:
    """The package without its placeholder parts (compressed once), and those parts, cut."""
    parts, out = [], io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as base:
        for item in source.infolist():
            data = source.read(item)
            if _FILLED_PART.match(item.filename) and b"{{" in data:
                parts.append((item.filename, _cut_part(data)))
            else:
                base.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as stored:
        infos = tuple(stored.infolist())
        entries = out.getvalue()[:stored.start_dir]
    share_prefix(entries)  # every form starts with these bytes: their base64 is computed once
    return _Base(entries=entries, infos=infos, parts=tuple(parts))


@dataclass(frozen=True)
class _CutPart:
    """A part's XML as lxml writes it, cut where the content of each placeholder run goes.

    Filling writes each run's content (`_run_content_xml`) between the fixed pieces, so a
    form costs string joins instead of parsing and re-serialising the part (~0.5 ms).
    """

    pieces: tuple[bytes, ...]  # one more than run_texts
    run_texts: tuple[str, ...]  # each placeholder run's text, e.g. "{{case_id}}"
    prefix: str  # the WordprocessingML prefix in this part, "w:" (or "" as default namespace)


_CUT = "@@complaints-placeholder-run@@"


def _cut_part(xml: bytes) -> _CutPart:
    """Parse a template part once: each placeholder run's text, the XML around their contents."""
    root = etree.fromstring(xml, parser=_XML_PARSER)
    run_texts = []
    for run in root.iter(_W_R):
        if any("{{" in (t.text or "") for t in run.iter(_W_T)):
            run_texts.append(_run_text(run))
            _mark_run(run)
    prefix = next((f"{p}:" if p else "" for p, uri in root.nsmap.items() if f"{{{uri}}}" == _W), "w:")
    pieces = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).split(
        f"<{prefix}t>{_CUT}</{prefix}t>".encode())
    if len(pieces) != len(run_texts) + 1:
        raise TemplateMismatch(f"the template's text contains {_CUT!r}")
    return _CutPart(pieces=tuple(pieces), run_texts=tuple(run_texts), prefix=prefix)


def _fill_part(part: _CutPart, values: Mapping[str, str], used: set[str]) -> bytes:
    out = [part.pieces[0]]
    for text, piece in zip(part.run_texts, part.pieces[1:]):
        filled = _PLACEHOLDER.sub(lambda m: _value(m.group(1), values, used), text)
        out += [_run_content_xml(filled, part.prefix).encode("utf-8"), piece]
    return b"".join(out)


def _run_content_xml(text: str, prefix: str) -> str:
    """A run's new content, like python-docx's `run.text = ...`: text, tabs and line breaks as
    w:t, w:tab and w:br after the run's formatting, written as lxml writes them."""
    out = []
    for piece in _BREAKS.split(text) if ("\t" in text or "\n" in text) else (text,):
        if piece == "\t":
            out.append(f"<{prefix}tab/>")
        elif piece == "\n":
            out.append(f"<{prefix}br/>")
        elif piece:
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            out.append(f"<{prefix}t{space}>{_escape_text(piece)}</{prefix}t>")
    return "".join(out)


def _escape_text(text: str) -> str:
    """Element text escaped the way libxml2 writes it in UTF-8."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _run_text(run) -> str:
    """A run's text as python-docx reads it: tabs and breaks become \\t and \\n."""
    out = []
    for child in run:
        if child.tag == _W_T:
            out.append(child.text or "")
        elif child.tag == _W_TAB:
            out.append("\t")
        elif child.tag in (_W_BR, _W_CR):
            out.append("\n")
    return "".join(out)


def _mark_run(run) -> None:
    """Empty a placeholder run but for its formatting (w:rPr), and put the cut mark in it."""
    for child in [c for c in run if c.tag != _W_RPR]:
        run.remove(child)
    etree.SubElement(run, _W_T).text = _CUT


def _value(name: str, values: Mapping[str, str], used: set[str]) -> str:
    if name not in values:
        raise TemplateMismatch(f"placeholder {{{{{name}}}}} has no value")
    used.add(name)
    return _xml_safe(values[name])


def _xml_safe(text: str) -> str:
    """Drop the control characters XML cannot hold (a pasted form may carry them)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n"))


_BREAKS = re.compile(r"(\t|\n)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
