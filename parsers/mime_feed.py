"""The feed parser `parsers.mail` reads raw mail with: the stdlib's, made faster for large parts.

A private copy of `email.feedparser` (the stdlib module is untouched) with three changes that
keep every result the same: the end of a part is found from its last characters, a part's
body lines are taken by a generator, and a multipart's boundary line is matched without
compiling a pattern for its boundary. The policy parses each header value once.
"""

from __future__ import annotations

import email.feedparser
import email.message
import email.policy
import importlib.util
import re
from functools import lru_cache


class _Policy(email.policy.EmailPolicy):
    """email.policy.default, but a header value is parsed once, not at every `get`.

    The walk asks each part for its Content-Type several times, and the default policy
    builds a new header object through the full header parser each time.
    """

    def header_fetch_parse(self, name, value):
        if isinstance(value, str):
            return _fetched_header(self, name, value)
        return super().header_fetch_parse(name, value)


@lru_cache(maxsize=512)
def _fetched_header(policy: email.policy.EmailPolicy, name: str, value: str):
    return email.policy.EmailPolicy.header_fetch_parse(policy, name, value)


POLICY = _Policy()


class _EndOfLine:
    """The feed parser's `NLCRE_eol` (a line ending at the very end), searched from the last
    two characters: the same matches, without scanning a whole part (~0.35 ms for a 50 KB
    attachment, 70 ms for 10 MB) to find the newline before each boundary."""

    _PATTERN = getattr(email.feedparser, "NLCRE_eol", None)

    def search(self, text: str) -> re.Match | None:
        return self._PATTERN.search(text, max(len(text) - 2, 0))


_SEPARATOR_OPEN = "(?P<sep>"
_SEPARATOR_TAIL = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


class _BoundaryLine:
    r"""The feed parser's boundary pattern for one separator (`--` and the boundary): the same
    matches as `(?P<sep>SEPARATOR)(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$`, as
    a prefix test and one pattern compiled once. The parser compiled that pattern anew for
    every multipart — each mail's boundary is new, so re's cache never held it (~0.2 ms a mail,
    issue 19). Its match has the groups the parser reads (`end`, `linesep`)."""

    _TAIL = re.compile(_SEPARATOR_TAIL[1:])

    def __init__(self, separator: str):
        self.separator = separator

    def match(self, line: str) -> re.Match | None:
        if not line.startswith(self.separator):
            return None
        return self._TAIL.match(line, len(self.separator))


class _Patterns:
    """`re` as the private feed parser sees it: the boundary pattern is a `_BoundaryLine`,
    anything else is `re`'s own."""

    def __getattr__(self, name: str):
        return getattr(re, name)

    @staticmethod
    def compile(pattern, flags=0):
        if (flags == 0 and isinstance(pattern, str) and pattern.startswith(_SEPARATOR_OPEN)
                and pattern.endswith(_SEPARATOR_TAIL)):
            escaped = pattern[len(_SEPARATOR_OPEN):-len(_SEPARATOR_TAIL)]
            separator = _ESCAPED.sub(r"\1", escaped)
            if re.escape(separator) == escaped:
                return _BoundaryLine(separator)
        return re.compile(pattern, flags)


def _private_feedparser():
    """A private copy of `email.feedparser` using `_EndOfLine`, `_lines_by_generator` and
    `_Patterns`; the stdlib module is untouched. A Python whose feed parser no longer has
    `NLCRE_eol` gets the stdlib parser (slower, same result)."""
    if not isinstance(getattr(email.feedparser, "NLCRE_eol", None), re.Pattern):
        return email.feedparser
    spec = importlib.util.find_spec("email.feedparser")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.NLCRE_eol = _EndOfLine()
    module.re = _Patterns()
    module.BufferedSubFile = _lines_by_generator(module.BufferedSubFile, module.NeedMoreData)
    return module


def _lines_by_generator(base: type, need_more_data: object) -> type:
    """The feed parser's line buffer, iterated by a generator instead of `__next__` and
    `readline` (two Python calls for each of a 50 KB attachment's ~700 base64 lines). Same
    lines, same stops: a line an end-of-part matcher takes (left unread), the data's end."""

    class LineBuffer(base):
        def __iter__(self):
            lines, matchers = self._lines, self._eofstack
            while lines or not self._closed:
                if not lines:
                    yield need_more_data
                    continue
                line = lines.popleft()
                for at_end in reversed(matchers):
                    if at_end(line):
                        lines.appendleft(line)
                        return
                yield line

    return LineBuffer


_FEEDPARSER = _private_feedparser()


def message_from_bytes(raw: bytes) -> email.message.Message:
    """`email.message_from_bytes(raw, policy=POLICY)`, fed the same way, by the private copy."""
    parser = _FEEDPARSER.FeedParser(policy=POLICY)
    text = raw.decode("ascii", "surrogateescape")
    for start in range(0, len(text), 8192):
        parser.feed(text[start:start + 8192])
    return parser.close()


def raw_payload(part: email.message.Message) -> bytes:
    """A leaf part's body bytes as they were sent, before any transfer decoding.

    The parser keeps them as text with 8-bit bytes as surrogate escapes (see above); the
    public `get_payload()` decodes those by the labelled charset with replacement characters,
    which loses a GBK body labelled utf-8, so the stored payload is read directly."""
    payload = part._payload  # noqa: SLF001 — the only undecoded copy the email package keeps
    return payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else b""
