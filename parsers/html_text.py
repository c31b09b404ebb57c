"""HTML mail bodies to readable plain text, keeping form tables as "label: value" lines.

Acceptance forms often arrive as HTML tables (two or four columns, label and value side by
side); the field extractor reads lines, so each row becomes "label: value". Quoted history
(<blockquote>) is prefixed with "> " as a plain-text client would show it.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

_SKIPPED = {"script", "style", "head", "title", "meta", "link", "noscript", "template", "xml", "o:p"}
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "form", "fieldset", "address", "center", "hr",
    "caption", "body", "html", "main", "nav", "aside", "figure", "figcaption",
}
_SPACES = re.compile(r"[ \t\r\n\f\v\u200b]+")
_INLINE_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLOCK = "\x00"  # a block boundary; runs of them make one line break
_BLOCK_RUN = re.compile("\x00(?:[ \t]*\x00)*")
_BREAK_BEFORE_BLOCK = re.compile("(?<! ) *\n *(?=\x00)")  # tried at a run's start only: linear
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
MAX_LAYOUT_DEPTH = 60  # elements deep; a form's table sits a dozen deep, hostile markup thousands


def html_to_text(html: str) -> str:
    """Readable text of an HTML document: blocks on lines, tables as "label: value" lines."""
    soup = BeautifulSoup(html, "html.parser")
    parts: list[str] = []
    try:
        _render(soup, parts, preformatted=False, depth=0)
    except RecursionError:  # absurdly deep markup: plain strings, one per line, no layout
        return _tidy(_INLINE_SPACES.sub(" ", soup.get_text("\n")))
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    text = _BREAK_BEFORE_BLOCK.sub(_BLOCK, text)
    text = _BLOCK_RUN.sub("\n", text)
    lines = [line.replace("\xa0", " ").strip(" ") for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def _render(node: Tag, parts: list[str], preformatted: bool, depth: int) -> None:
    if depth > MAX_LAYOUT_DEPTH:  # layout this deep is no form: its words, once, without layout
        parts.append(_BLOCK + _INLINE_SPACES.sub(" ", node.get_text("\n")) + _BLOCK)
        return
    for child in node.children:
        if isinstance(child, _NOT_TEXT):
            continue
        if isinstance(child, NavigableString):
            text = str(child)
            parts.append(text if preformatted else _SPACES.sub(" ", text))
            continue
        if isinstance(child, Tag):
            _render_tag(child, parts, preformatted, depth + 1)


def _render_tag(tag: Tag, parts: list[str], preformatted: bool, depth: int) -> None:
    name = (tag.name or "").lower()
    if name in _SKIPPED:
        return
    if name == "br":
        parts.append("\n")
    elif name == "table":
        parts.append(_BLOCK + "\n".join(_table_lines(tag, depth)) + _BLOCK)
    elif name == "blockquote":
        inner = _fragment_text(tag, depth)
        quoted = "\n".join("> " + line if line else ">" for line in inner.split("\n"))
        parts.append(_BLOCK + quoted + _BLOCK)
    elif name == "li":
        parts.append(_BLOCK + "- ")
        _render(tag, parts, preformatted, depth)
    elif name == "pre":
        parts.append(_BLOCK)
        _render(tag, parts, True, depth)
        parts.append(_BLOCK)
    elif name in _BLOCKS or name == "tr":
        parts.append(_BLOCK)
        _render(tag, parts, preformatted, depth)
        parts.append(_BLOCK)
    else:
        _render(tag, parts, preformatted, depth)


def _fragment_text(tag: Tag, depth: int) -> str:
    """Text of one element rendered like a document (used for cells and quotes)."""
    parts: list[str] = []
    _render(tag, parts, False, depth)
    return _tidy("".join(parts))


def _own_rows(table: Tag) -> list[Tag]:
    """The rows whose nearest table is this one, in order: one walk that stops at inner tables
    (asking each row for its table would walk the nesting again for every row)."""
    rows: list[Tag] = []
    stack = [child for child in reversed(list(table.children)) if isinstance(child, Tag)]
    while stack:
        node = stack.pop()
        if node.name == "tr":
            rows.append(node)
        if node.name != "table":
            stack.extend(child for child in reversed(list(node.children)) if isinstance(child, Tag))
    return rows


def _cells(row: Tag, depth: int) -> list[tuple[str, bool]]:
    cells = row.find_all(["td", "th"], recursive=False)
    return [(_fragment_text(cell, depth + 1), cell.name == "th") for cell in cells]


def _table_lines(table: Tag, depth: int) -> list[str]:
    rows = [cells for cells in (_cells(row, depth) for row in _own_rows(table)) if any(t for t, _ in cells)]
    header = _header_row(rows)
    lines: list[str] = []
    for index, cells in enumerate(rows):
        texts = [text for text, _ in cells]
        if header is not None and index == 0:
            continue
        if header is not None and len(texts) == len(header):
            lines.extend(_pair(label, value) for label, value in zip(header, texts) if value)
        else:
            lines.extend(_row_lines(texts))
    return lines


def table_records(html: str) -> list[str]:
    """Each data row of a column-header table as a text of its own ("label: value" lines),
    when the table has two or more: an outlet's visitor register lists one visitor a row
    (序号 | 来访时间 | 客户姓名 | 联系电话 | 反映问题 …). [] for anything else."""
    soup = BeautifulSoup(html, "html.parser")
    for table in soup.find_all("table"):
        rows = [cells for cells in (_cells(row, 0) for row in _own_rows(table)) if any(t for t, _ in cells)]
        header = _header_row(rows)
        if header is None:
            continue
        records = ["\n".join(_pair(label, text) for label, (text, _) in zip(header, cells) if text)
                   for cells in rows[1:] if len(cells) == len(header)]
        if len(records) >= 2:
            return records
    return []


def _header_row(rows: list[list[tuple[str, bool]]]) -> list[str] | None:
    """A first row made of <th> cells over rows of the same width is a column header."""
    if len(rows) < 2 or len(rows[0]) < 2 or not all(is_th for _, is_th in rows[0]):
        return None
    width = len(rows[0])
    if not any(len(cells) == width for cells in rows[1:]):
        return None
    return [text for text, _ in rows[0]]


def _row_lines(texts: list[str]) -> list[str]:
    if len(texts) % 2 and not texts[-1]:
        texts = texts[:-1]
    if len(texts) == 1:
        return [texts[0]]
    lines = [_pair(texts[i], texts[i + 1]) for i in range(0, len(texts) - 1, 2)]
    if len(texts) % 2:
        lines.append(texts[-1])
    return [line for line in lines if line]


def _pair(label: str, value: str) -> str:
    label = _without_trailing_colons(label.replace("\n", " "))
    if not label:
        return value
    if "\n" in value:
        return f"{label}:\n{value}"
    return f"{label}: {value}".rstrip()


_STUB = re.compile(
    r"html|超文本|网页格式|富文本|请使用支持|不支持|无法显示|查看此邮件|浏览器中查看|view\s+(?:this|it)|"
    r"email\s+client|mail\s+client|does\s+not\s+support|cannot\s+display|can't\s+display|web\s+version",
    re.IGNORECASE,
)
_LINK_ONLY = re.compile(r"^(?:\s*(?:https?://\S+|<https?://\S+>|www\.\S+)\s*)+$", re.IGNORECASE)
STUB_MAX_CHARS = 120


def is_placeholder(plain: str, html_text: str) -> bool:
    """Is a multipart/alternative's text/plain only a stand-in for its HTML part?

    Clients and web forms put "请使用支持 HTML 的邮件客户端查看", "This is an HTML message",
    a bare link or nothing at all in the plain part; the complaint is in the HTML."""
    plain = (plain or "").strip()
    if not plain or _LINK_ONLY.match(plain):
        return True
    if len(plain) > STUB_MAX_CHARS or len(html_text.strip()) <= len(plain):
        return False
    return bool(_STUB.search(plain)) or len(html_text.strip()) > 5 * len(plain) + 40


# Elements a mail's markup is made of; `<张三>` or `<a@b.cn>` in a letter is none of them.
_MARKUP = re.compile(
    r"<(?:!doctype\s[^<>]{0,500}>|!--|\?xml\s|/?(?:html|head|body|meta|style|title|div|p|br|hr|span|font|b|i|u|"
    r"strong|em|a|img|table|thead|tbody|tfoot|tr|td|th|caption|ul|ol|li|dl|dt|dd|center|pre|blockquote|h[1-6]|o:p)"
    r"(?:[\s/][^<>]{0,500})?>)",
    re.IGNORECASE,
)
_MARKUP_MIN_TAGS = 5
_MARKUP_MIN_SHARE = 0.2


def is_html_source(text: str) -> bool:
    """Is a text part really HTML, tags written as text? Some work-order systems fill the
    text/plain part (or label a whole single-part mail text/plain) with the HTML source; a
    reader sees a page, not `<td>` cells. It is when it opens with markup (after blanks),
    or when tags make up a fifth of what is not blank: a letter quoting one tag stays a letter."""
    head = text.lstrip("\ufeff \t\r\n\u3000")
    if _MARKUP.match(head):
        return True
    tags = [m.end() - m.start() for m in _MARKUP.finditer(text)]
    if len(tags) < _MARKUP_MIN_TAGS:  # every plain body comes here: no count of its blanks then
        return False
    return sum(tags) >= _MARKUP_MIN_SHARE * len("".join(text.split()))


def _without_trailing_colons(label: str) -> str:
    """The label without the spaces and colons that end it (a loop: `[\\s:：]+$` is quadratic)."""
    end = len(label)
    while end and (label[end - 1].isspace() or label[end - 1] in ":："):
        end -= 1
    return label[:end]
