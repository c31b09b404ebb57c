"""Build the RFC 5322 bytes of one outgoing mail: Chinese that every client shows, loop-safe headers.

Text and HTML go as multipart/alternative (the HTML with its inline cid images as
multipart/related); attachments make it multipart/mixed. Bodies are UTF-8 in base64,
non-ASCII headers RFC 2047 encoded, attachment names given both as RFC 2231 `filename*`
(the standard) and as an RFC 2047 `name` (what older Notes/Outlook builds read). The
headers that stop auto-replies and mail loops are always set. Pure: values in, bytes out.

The bytes are those the classic `email.mime` classes and the stdlib BytesGenerator (compat32,
CRLF) write — chosen because the modern folder mangles long Content-Type values such as the
.docx type with a `name` parameter — written here directly: each part's headers are the ones
those classes give it (an attachment's or image's taken from the class itself, once per name
and type), its body base64 with CRLF line ends in one piece, a multipart's boundary drawn as
the generator draws it (after its parts, so the random draws come in the same order), a short
printable ASCII header as is and any other folded by compat32. Building and flattening the
message objects cost ~1 ms a routed case (issue 19); the text of a mail is unchanged.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import base64mime
from email import charset as _charset
from email import generator as _generator
from email import policy
from email.encoders import encode_noop
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.utils import encode_rfc2231, format_datetime, formataddr
from functools import lru_cache

_POLICY = policy.compat32.clone(linesep="\r\n")


class _Utf8Base64(_charset.Charset):
    """UTF-8 in RFC 2047 base64 words (the one instance below), cut into lines as the stdlib
    cuts them, in linear time.

    The stdlib's `header_encode_lines` encodes the line so far again after every character
    to learn its length (quadratic: ~150 µs for a 督办 mail's subject, two a routed case). A
    base64 word's length follows from its UTF-8 byte count, so counting the bytes gives the
    same cuts and the same words (tests/outbox/test_compose.py compares them)."""

    def header_encode_lines(self, string, maxlengths):
        string.encode("utf-8")  # a string the stdlib cannot encode fails here alike
        extra = len("utf-8") + _charset.RFC2047_CHROME_LEN
        lines: list[str | None] = []
        start, size, maxlen = 0, 0, next(maxlengths) - extra
        for i, character in enumerate(string):
            width = len(character.encode("utf-8"))
            if _base64_length(size + width) > maxlen:
                # a first line with no room for even one character stays empty (None), as in the stdlib
                lines.append(_word(string[start:i]) if lines or i > start else None)
                start, size, maxlen = i, 0, next(maxlengths) - extra
            size += width
        lines.append(_word(string[start:]))
        return lines


def _base64_length(size: int) -> int:
    """Characters of base64 for `size` bytes (`email.base64mime.header_length`)."""
    return (size + 2) // 3 * 4


def _word(text: str) -> str:
    return base64mime.header_encode(text.encode("utf-8"), charset="utf-8")


_UTF8 = _Utf8Base64("utf-8")
_UTF8.header_encoding = _charset.BASE64

_UNFOLDED = frozenset({"Message-ID", "In-Reply-To"})
_HARD_LIMIT = 998
Attachment = tuple[str, str, bytes]  # (filename, content type, bytes)
InlineImage = tuple[str, bytes]  # (content id without <>, bytes)


def compose_mail(
    *,
    from_address: str,
    from_name: str,
    to: Sequence[str],
    cc: Sequence[str] = (),
    subject: str,
    text: str,
    html: str | None,
    attachments: Sequence[Attachment] = (),
    inline_images: Sequence[InlineImage] = (),
    message_id: str,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    loop_address: str,
    date: datetime,
    case_id: str | None = None,
    reply_to: str | None = None,
) -> bytes:
    """The complete message as CRLF bytes, ready for SMTP and for the Sent folder."""
    if not to:
        raise ValueError("a mail needs at least one recipient")
    if date.tzinfo is None:
        raise ValueError("the Date of a mail must be timezone-aware")
    if inline_images and html is None:
        raise ValueError("inline images need an HTML body")
    part = _body(text, html, inline_images)
    if attachments:
        part = _Multipart("mixed", (part, *(_attachment(*a) for a in attachments)))
    envelope = _envelope_headers(from_address=from_address, from_name=from_name, to=to, cc=cc,
                                 subject=subject, message_id=message_id, in_reply_to=in_reply_to,
                                 references=references, loop_address=loop_address, date=date,
                                 case_id=case_id, reply_to=reply_to)
    return _flatten(part, envelope)


@dataclass(frozen=True)
class _Leaf:
    headers: bytes  # written, without the blank line that ends them
    body: bytes     # base64 lines, each ending in CRLF


@dataclass(frozen=True)
class _Multipart:
    subtype: str
    parts: tuple


def _flatten(part: _Leaf | _Multipart, envelope: bytes = b"") -> bytes:
    """The part as BytesGenerator writes it, after `envelope` (the top level's own headers)."""
    if isinstance(part, _Leaf):
        return envelope + part.headers + b"\r\n" + part.body
    texts = [_flatten(p) for p in part.parts]
    boundary = _boundary(b"\r\n".join(texts))
    dash = f"--{boundary}".encode("ascii")
    headers = _multipart_headers(part.subtype, len(boundary)).replace(_STAND_IN, boundary.encode("ascii"))
    return b"".join([envelope, headers, b"\r\n", dash, b"\r\n", (b"\r\n" + dash + b"\r\n").join(texts),
                     b"\r\n", dash, b"--\r\n"])


_STAND_IN = b"\x00"  # where a multipart's boundary goes in its headers' shape (no header holds a NUL)


@lru_cache(maxsize=16)
def _multipart_headers(subtype: str, boundary_length: int) -> bytes:
    """A multipart's headers, folded, with the boundary (one word: no header folds inside it)
    as a stand-in of its length: folding them for each part of each copy was ~10 µs each."""
    stand_in = "B" * boundary_length
    headers = (_header_line("Content-Type", f'multipart/{subtype}; boundary="{stand_in}"')
               + _header_line("MIME-Version", "1.0"))
    return headers.replace(stand_in.encode("ascii"), _STAND_IN)


def _boundary(text: bytes) -> str:
    """The generator's boundary for a multipart whose parts are `text`: its random draw, and
    the rare draw found in the text made unique as the generator does (a boundary that is not
    even a substring of the text needs no regular expression)."""
    boundary = _generator.Generator._make_boundary(None)
    if f"--{boundary}".encode("ascii") not in text:
        return boundary
    b, counter = boundary, 0
    while re.compile(f"^--{re.escape(b)}(--)?$".encode("ascii"), re.MULTILINE).search(text):
        b, counter = f"{boundary}.{counter}", counter + 1
    return b


def _header_line(name: str, value: str | Header) -> bytes:
    """One header as written: compat32 folds a printable ASCII value that fits on its line to
    the value itself, so such a value is written as is; any other is folded by compat32.
    A Message-ID is one word: never folded (up to RFC 5322's 998), so every reader and every
    IMAP header search sees it whole, however long its token makes it."""
    line_limit = _HARD_LIMIT if name in _UNFOLDED else _POLICY.max_line_length
    if isinstance(value, str) and value.isascii() and value.isprintable() and len(name) + 2 + len(value) <= line_limit:
        return f"{name}: {value}\r\n".encode("ascii")
    return _POLICY.fold_binary(name, value)


def _envelope_headers(*, from_address, from_name, to, cc, subject, message_id, in_reply_to, references,
                      loop_address, date, case_id, reply_to) -> bytes:
    """The top level's own headers, written; the part's (Content-Type, MIME-Version…) follow."""
    headers = [
        ("From", _from(from_name, from_address)),
        ("Reply-To", reply_to or ""),
        ("To", ", ".join(to)),
        ("Cc", ", ".join(cc)),
        ("Subject", " ".join(subject.split())),  # one line: no header injection
        ("Date", format_datetime(date)),
        ("Message-ID", message_id),
        ("In-Reply-To", in_reply_to or ""),
        ("References", " ".join(r for r in references if r)),
        ("X-Loop", loop_address),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Complaints-Case", case_id or ""),
    ]
    return b"".join(_subject_line(value) if name == "Subject" else _header_line(name, " ".join(value.split()))
                    for name, value in headers if value)


@lru_cache(maxsize=8)
def _from(name: str, address: str) -> str:
    return formataddr((name, address), charset="utf-8")


@lru_cache(maxsize=64)
def _subject_line(subject: str) -> bytes:
    """The Subject header, written (a mail's copies share it)."""
    value = _encode(subject)
    return _header_line("Subject", value if isinstance(value, Header) else " ".join(value.split()))


def _encode(value: str) -> str | Header:
    """RFC 2047 for non-ASCII; a leading ASCII run (the `[TS-…]` tag) stays readable as is."""
    if value.isascii():
        return value
    words = value.split(" ")
    n = next(i for i, w in enumerate(words) if not w.isascii())
    header = Header(header_name="Subject")
    if n:
        header.append(" ".join(words[:n]), "us-ascii")
    header.append(" ".join(words[n:]), _UTF8)
    return header


def _body(text: str, html: str | None, inline_images: Sequence[InlineImage]) -> _Leaf | _Multipart:
    plain = _text_part(text, "plain")
    if html is None:
        return plain
    html_part: _Leaf | _Multipart = _text_part(html, "html")
    if inline_images:
        html_part = _Multipart("related", (html_part, *(_image(cid, data) for cid, data in inline_images)))
    return _Multipart("alternative", (plain, html_part))


def _text_part(text: str, subtype: str) -> _Leaf:
    """What `MIMEText` with a UTF-8 charset encoding bodies in base64 makes (same headers, same lines)."""
    return _Leaf(_TEXT_HEADERS[subtype], _base64_lines(text.encode("utf-8")))


_TEXT_HEADERS = {subtype: b"".join(_header_line(n, v) for n, v in (
    ("Content-Type", f'text/{subtype}; charset="utf-8"'), ("MIME-Version", "1.0"), ("Content-Transfer-Encoding", "base64")))
    for subtype in ("plain", "html")}


def _attachment(filename: str, content_type: str, data: bytes) -> _Leaf:
    return _Leaf(_attachment_headers(filename, content_type), _base64_lines(data))


def _attachment_headers(filename: str, content_type: str) -> bytes:
    """The part's headers as the classes write them (they do not depend on the bytes).

    A name outside ASCII appears in them only as two words no header folds inside — its
    RFC 2047 word (`name`) and its RFC 2231 value (`filename*`) — so the folded headers
    depend on the type and those words' lengths alone: written once per (type, lengths)
    with stand-in words, the name's own words put in their place. Every 督办单's name holds
    its case id, so a cache by name never served a second case (~90 µs a miss)."""
    if filename.isascii():
        return _class_headers(content_type, filename, filename)
    word = f"=?utf-8?b?{base64.b64encode(filename.encode('utf-8')).decode('ascii')}?="
    if len(word) > _ONE_WORD:
        return _class_headers(content_type, Header(filename, _UTF8).encode(maxlinelen=998), ("utf-8", "", filename))
    value = encode_rfc2231(filename, "utf-8")
    shaped, stand_in_word, stand_in_value = _shaped_headers(content_type, len(word), len(value))
    return shaped.replace(stand_in_word, word.encode("ascii")).replace(stand_in_value, value.encode("ascii"))


_ONE_WORD = 900  # up to here Header.encode(maxlinelen=998) writes the name as one encoded word


@lru_cache(maxsize=64)
def _shaped_headers(content_type: str, word_length: int, value_length: int) -> tuple[bytes, bytes, bytes]:
    """The headers of a name whose RFC 2047 word and RFC 2231 value have these lengths, with
    stand-ins of those lengths (and their bytes, to replace): only letters and the words' frame."""
    word = "=?utf-8?b?" + "Q" * (word_length - len("=?utf-8?b??=")) + "?="
    stand_in = "é" + "x" * (value_length - len("utf-8''%C3%A9"))  # é is %C3%A9 in the RFC 2231 value
    headers = _class_headers(content_type, word, ("utf-8", "", stand_in))
    return headers, word.encode("ascii"), encode_rfc2231(stand_in, "utf-8").encode("ascii")


@lru_cache(maxsize=64)
def _class_headers(content_type: str, legacy_name: str, disposition_name: str | tuple[str, str, str]) -> bytes:
    """The headers as the classes write them, given the `name` and `filename` parameters: a
    type outside application/ is set over application/octet-stream, which moves MIME-Version."""
    maintype, _, subtype = content_type.partition("/")
    application_subtype = (subtype or "octet-stream") if maintype == "application" else "octet-stream"
    part = MIMEApplication(b"", _subtype=application_subtype, _encoder=encode_noop, policy=_POLICY)
    part["Content-Transfer-Encoding"] = "base64"
    if maintype != "application":
        part.set_type(f"{maintype}/{subtype or 'octet-stream'}")
    part.set_param("name", legacy_name)
    part.add_header("Content-Disposition", "attachment", filename=disposition_name)
    return b"".join(_header_line(name, value) for name, value in part.raw_items())


def _image(cid: str, data: bytes) -> _Leaf:
    headers = _image_headers(_image_subtype(data)) + _header_line("Content-ID", f"<{cid.strip('<>')}>")
    return _Leaf(headers + _header_line("Content-Disposition", "inline"), _base64_lines(data))


@lru_cache(maxsize=4)
def _image_headers(subtype: str) -> bytes:
    return b"".join(_header_line(n, v) for n, v in MIMEImage(b"", _subtype=subtype, policy=_POLICY).raw_items())


def _base64_lines(data: bytes) -> bytes:
    """What the stdlib's `encode_base64` writes, as the generator writes it: 76-character
    lines, each ending in CRLF. A shared prefix's lines are taken as computed once."""
    for prefix, lines in _SHARED:
        if data.startswith(prefix):
            return lines + _base64_crlf(data[len(prefix):])
    return _base64_crlf(data)


def _base64_crlf(data: bytes) -> bytes:
    """`encodebytes` with CRLF line ends, its 76-character lines cut from one encoding (it
    encodes 57 bytes a call: half the time of a 督办 mail's bodies)."""
    if not data:
        return b""
    encoded = binascii.b2a_base64(data, newline=False)
    return b"\r\n".join([encoded[i:i + 76] for i in range(0, len(encoded), 76)]) + b"\r\n"


_CHUNK = 57  # bytes a base64 line of 76 characters holds: a line never spans two chunks
_SHARED: tuple[tuple[bytes, bytes], ...] = ()


def share_prefix(data: bytes) -> None:
    """Many attachments will start with `data` (every 督办单 starts with the template's stored
    entries, ~36 KB): its base64 lines are computed once here, not for each mail."""
    global _SHARED
    prefix = data[:len(data) - len(data) % _CHUNK]
    if prefix and all(prefix != known for known, _ in _SHARED):
        _SHARED = (*_SHARED, (prefix, _base64_crlf(prefix)))  # a new tuple: readers see one or the other


def _image_subtype(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    raise ValueError("inline images must be PNG, JPEG or GIF")
