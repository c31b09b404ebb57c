"""Many alike body paragraphs of the .docx (a year's 较大问题 lines) written as XML text when the
document is saved, not built as python-docx objects.

A year of a large branch has thousands of such lines. As lxml elements they took about 4 KB
each (50 MB for 12,500 lines, most of the report's peak memory above the imports) and a
python-docx call chain each. Instead the report holds one paragraph made the usual way with a
mark for its text; `splice` finds that paragraph in the saved document.xml and writes it once
per line with the line's text, as python-docx would have written it: text in <w:t> (spaces
kept when it starts or ends with one), a tab as <w:tab/>, a line break as <w:br/>, nothing for
an empty line. Control characters, which XML cannot hold, are left out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

MARK = "\ue000\ue001\ue000"   # private-use characters: no report text holds them
DOCUMENT_PART = "word/document.xml"
LINES_PER_WRITE = 500
_TEXT_OPEN = "<w:t>"
_CONTROL = str.maketrans({chr(c): None for c in range(32) if chr(c) not in "\t\n\r"})


def _text_element(text: str) -> str:
    text = text.translate(_CONTROL).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if not text:
        return ""
    if len(text.strip()) < len(text):
        return f'<w:t xml:space="preserve">{text}</w:t>'
    return f"<w:t>{text}</w:t>"


def run_content(text: str) -> str:
    """The elements python-docx puts in a run for `text` (see its _RunContentAppender)."""
    if "\t" not in text and "\r" not in text and "\n" not in text:
        return _text_element(text)
    parts, pending = [], []
    for char in text:
        if char in "\t\r\n":
            parts.append(_text_element("".join(pending)))
            parts.append("<w:tab/>" if char == "\t" else "<w:br/>")
            pending = []
        else:
            pending.append(char)
    parts.append(_text_element("".join(pending)))
    return "".join(parts)


def _split_paragraph(xml: str) -> tuple[str, str, str, str]:
    """document.xml around the marked paragraph: what comes before it, its XML before and after
    the mark's <w:t>, and what comes after it."""
    mark = xml.index(_TEXT_OPEN + MARK + "</w:t>")
    start = xml.rindex("<w:p>", 0, mark)
    end = xml.index("</w:p>", mark) + len("</w:p>")
    before_text = xml[start:mark]
    after_text = xml[mark + len(_TEXT_OPEN + MARK + "</w:t>"):end]
    return xml[:start], before_text, after_text, xml[end:]


def splice(docx: bytes, lines: Sequence[str]) -> bytes:
    """The saved .docx with its marked paragraph replaced by one such paragraph per line (written
    into the archive a batch of lines at a time, never as one string)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as saved, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as final:
        for item in saved.infolist():
            if item.filename != DOCUMENT_PART:
                final.writestr(item, saved.read(item))
                continue
            head, before_text, after_text, tail = _split_paragraph(saved.read(item).decode("utf-8"))
            with final.open(item, "w") as part:
                part.write(head.encode("utf-8"))
                for first in range(0, len(lines), LINES_PER_WRITE):
                    part.write("".join(f"{before_text}{run_content(line)}{after_text}"
                                       for line in lines[first:first + LINES_PER_WRITE]).encode("utf-8"))
                part.write(tail.encode("utf-8"))
    return out.getvalue()
