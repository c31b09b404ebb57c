"""Build the RFC 5322 bytes of one outgoing mail: Chinese that every client shows, loop-safe headers.

Text and HTML go as multipart/alternative (the HTML with its inline cid images as
multipart/related); attachments make it multipart/mixed. Bodies are UTF-8 in base64,
non-ASCII headers RFC 2047 encoded, attachment names given both as RFC 2231 `filename*`
(the standard) and as an RFC 2047 `name` (what older Notes/Outlook builds read). The
headers that stop auto-replies and mail loops are always set. Pure: values in, bytes out.

Built with the classic `email.mime` classes on purpose: the modern folder mangles long
Content-Type values such as the .docx type with a `name` parameter. Written out by
`_Generator`, the stdlib BytesGenerator with three shortcuts that give the same bytes: a
body is written in one piece instead of line by line, a short printable ASCII header is
written as is instead of through `Header`, and a boundary absent from the text is taken
without compiling a regular expression for it.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import datetime
import re
from email import charset as _charset
from email import generator as _generator
from email import policy
from email.encoders import encode_noop
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO

_POLICY = policy.compat32.clone(linesep="\r\n")
_UTF8 = _charset.Charset("utf-8")
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
    msg = _body(text, html, inline_images)
    if attachments:
        mixed = MIMEMultipart("mixed", policy=_POLICY)
        mixed.attach(msg)
        for filename, content_type, data in attachments:
            mixed.attach(_attachment(filename, content_type, data))
        msg = mixed
    _set_headers(msg, from_address=from_address, from_name=from_name, to=to, cc=cc,
                 subject=subject, message_id=message_id, in_reply_to=in_reply_to,
                 references=references, loop_address=loop_address, date=date, case_id=case_id,
                 reply_to=reply_to)
    out = BytesIO()
    _Generator(out, mangle_from_=False, policy=_POLICY).flatten(msg, unixfrom=False)
    return out.getvalue()


class _Generator(_generator.BytesGenerator):
    """BytesGenerator (compat32, CRLF) with the same output, minus its per-line and per-header costs."""

    def _write_lines(self, lines: str) -> None:
        # The stdlib writes each line and each line ending separately: same bytes, one write.
        # Splitting at every line ending and joining with _NL is these three replacements.
        if lines:
            if "\r" in lines:
                lines = lines.replace("\r\n", "\n").replace("\r", "\n")
            self.write(lines.replace("\n", self._NL) if self._NL != "\n" else lines)

    def _write_headers(self, msg) -> None:
        # compat32 folds a printable ASCII value that fits on its line to the value itself.
        limit = self.policy.max_line_length
        for name, value in msg.raw_items():
            # A Message-ID is one word: never folded (up to RFC 5322's 998), so every reader
            # and every IMAP header search sees it whole, however long its token makes it.
            line_limit = _HARD_LIMIT if name in _UNFOLDED else limit
            if (limit and isinstance(value, str) and value.isascii() and value.isprintable()
                    and len(name) + 2 + len(value) <= line_limit):
                self._fp.write(f"{name}: {value}{self.policy.linesep}".encode("ascii"))
            else:
                self._fp.write(self.policy.fold_binary(name, value))
        self.write(self._NL)

    @classmethod
    def _make_boundary(cls, text=None):
        # The stdlib compiles a fresh regular expression per boundary; a boundary that is
        # not even a substring of the text needs no such check.
        boundary = super()._make_boundary(None)
        if text is None or ("--" + boundary).encode("ascii") not in _as_bytes(text):
            return boundary
        b, counter = boundary, 0
        while cls._compile_re("^--" + re.escape(b) + "(--)?$", re.MULTILINE).search(text):
            b, counter = f"{boundary}.{counter}", counter + 1
        return b


def _as_bytes(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("ascii", "surrogateescape")


def _set_headers(msg: MIMEBase, *, from_address, from_name, to, cc, subject, message_id,
                 in_reply_to, references, loop_address, date, case_id, reply_to) -> None:
    headers = [
        ("From", formataddr((from_name, from_address), charset="utf-8")),
        ("Reply-To", reply_to or ""),
        ("To", ", ".join(to)),
        ("Cc", ", ".join(cc)),
        ("Subject", _encode(" ".join(subject.split()))),  # one line: no header injection
        ("Date", format_datetime(date)),
        ("Message-ID", message_id),
        ("In-Reply-To", in_reply_to or ""),
        ("References", " ".join(r for r in references if r)),
        ("X-Loop", loop_address),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Complaints-Case", case_id or ""),
    ]
    # MIME-Version and Content-Type were set by the part; the envelope headers go first.
    body_headers = list(msg.items())
    for name in {n for n, _ in body_headers}:
        del msg[name]
    for name, value in headers:
        if value:
            msg[name] = value if isinstance(value, Header) else " ".join(value.split())
    for name, value in body_headers:
        msg[name] = value


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


def _body(text: str, html: str | None, inline_images: Sequence[InlineImage]) -> MIMEBase:
    plain = _text_part(text, "plain")
    if html is None:
        return plain
    html_part: MIMEBase = _text_part(html, "html")
    if inline_images:
        related = MIMEMultipart("related", policy=_POLICY)
        related.attach(html_part)
        for cid, data in inline_images:
            image = MIMEImage(data, _subtype=_image_subtype(data), policy=_POLICY)
            image.add_header("Content-ID", f"<{cid.strip('<>')}>")
            image.add_header("Content-Disposition", "inline")
            related.attach(image)
        html_part = related
    alternative = MIMEMultipart("alternative", policy=_POLICY)
    alternative.attach(plain)
    alternative.attach(html_part)
    return alternative


def _text_part(text: str, subtype: str) -> MIMENonMultipart:
    """What `MIMEText` with a UTF-8 charset encoding bodies in base64 makes (same headers, same
    lines), without its per-line encoding loop."""
    part = MIMENonMultipart("text", subtype, policy=_POLICY, charset="utf-8")
    part.set_payload(_base64_lines(text.encode("utf-8")))
    part["Content-Transfer-Encoding"] = "base64"
    return part


def _attachment(filename: str, content_type: str, data: bytes) -> MIMENonMultipart:
    maintype, _, subtype = content_type.partition("/")
    application_subtype = (subtype or "octet-stream") if maintype == "application" else "octet-stream"
    part = MIMEApplication(b"", _subtype=application_subtype, _encoder=encode_noop, policy=_POLICY)
    part.set_payload(_base64_lines(data))
    part["Content-Transfer-Encoding"] = "base64"
    if maintype != "application":
        part.set_type(f"{maintype}/{subtype or 'octet-stream'}")
    legacy_name = filename if filename.isascii() else Header(filename, _UTF8).encode(maxlinelen=998)
    part.set_param("name", legacy_name)
    if filename.isascii():
        part.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return part


def _base64_lines(data: bytes) -> str:
    """What the stdlib's `encode_base64` writes: 76-character lines, each ending in a newline.

    Given straight to the part: `encode_base64` would first turn the bytes into a
    surrogate-escaped str and back (three copies of an attachment), `MIMEText` would encode
    line by line in Python."""
    return base64.encodebytes(data).decode("ascii")


def _image_subtype(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    raise ValueError("inline images must be PNG, JPEG or GIF")
