"""Builders for the third round of blind mail tests (issue 12): what rounds one and two lacked —
multi-page G4 TIFFs as Sharp and Ricoh send them, a zip of several scans from Windows (CP936
member names), a password-protected PDF, attachment names in raw GBK bytes or in RFC 2231
continuations under a Chinese charset, quoted-printable GBK, a delivery-status report as
Postfix writes one, and a reply written by a mail client (Reply-To, In-Reply-To, References).

Written from how those devices and programs write their files and mail, not from the parsers.
"""

from __future__ import annotations

import email
import email.policy
import io
import quopri
import re
import zipfile
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, parseaddr
from urllib.parse import quote_from_bytes

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from core.clock import BRANCH_ZONE
from tests.integration.blind_mail_kit import b64, parsed


# ---- files -----------------------------------------------------------------------------------

def tiff_g4(pages: list[Image.Image], dpi: int = 200) -> bytes:
    """A multi-page TIFF-F as Sharp/Ricoh MFPs send black-and-white scans: 1 bit, CCITT G4."""
    bilevel = [p.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for p in pages]
    out = io.BytesIO()
    bilevel[0].save(out, "TIFF", save_all=True, append_images=bilevel[1:], compression="group4", dpi=(dpi, dpi))
    return out.getvalue()


class _CP936Info(zipfile.ZipInfo):
    """A member whose name is written in CP936 with the UTF-8 flag off (Windows' 压缩文件夹)."""

    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's own name
        return self.filename.encode("cp936"), self.flag_bits & ~0x800


def windows_zip_of(members: list[tuple[str, bytes]]) -> bytes:
    """Several files zipped by Windows' 'Send to → Compressed (zipped) folder'."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = _CP936Info(name, date_time=(2026, 12, 2, 17, 21, 4))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def locked_pdf(lines: list[str], password: str) -> bytes:
    """A PDF a customer's bank app exports with an open password (RC4-128, as reportlab
    writes the standard security handler)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, encrypt=password)
    c.setFont("STSong-Light", 11)
    y = 780
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return out.getvalue()


# ---- MIME parts ------------------------------------------------------------------------------

def raw_gbk_file_part(name: str, ctype: str, data: bytes) -> str:
    """An attachment as old Foxmail / Outlook Express write it: the name's GBK bytes raw in
    name= and filename= (no encoded word). The bytes ride in the str as surrogates; `wire`
    turns the whole mail back into bytes."""
    raw = name.encode("gbk").decode("ascii", "surrogateescape")
    return (f'Content-Type: {ctype};\r\n\tname="{raw}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment;\r\n\tfilename="{raw}"\r\n\r\n{b64(data)}\r\n')


def rfc2231_gb18030_file_part(name: str, ctype: str, data: bytes, chunk: int = 18) -> str:
    """An attachment whose name is an RFC 2231 continuation in GB18030 with a language tag
    (filename*0*=gb18030'zh-cn'%..; filename*1*=%..), and name= as a GB2312 encoded word."""
    tokens = re.findall(r"%[0-9A-F]{2}|.", quote_from_bytes(name.encode("gb18030"), safe=""))
    pieces = ["".join(tokens[i:i + chunk // 3]) for i in range(0, len(tokens), chunk // 3)]  # never inside one %XX
    params = ";\r\n".join(f"\tfilename*{k}*={'gb18030' + chr(39) + 'zh-cn' + chr(39) if k == 0 else ''}{p}"
                          for k, p in enumerate(pieces))
    word = Header(name, "gb18030").encode(linesep="\r\n")
    return (f'Content-Type: {ctype};\r\n\tname="{word}"\r\nContent-Transfer-Encoding: base64\r\n'
            f"Content-Disposition: attachment;\r\n{params}\r\n\r\n{b64(data)}\r\n")


def qp_part(text: str, charset: str = "gbk", subtype: str = "plain") -> str:
    """A text part in a Chinese charset, quoted-printable, as Coremail, Outlook Express and
    Outlook's HTML write it."""
    body = quopri.encodestring(text.replace("\r\n", "\n").encode(charset)).decode("ascii").replace("\n", "\r\n")
    return (f'Content-Type: text/{subtype};\r\n\tcharset="{charset}"\r\nContent-Transfer-Encoding: quoted-printable'
            f"\r\n\r\n{body}\r\n")


def qp_gbk_text_part(text: str) -> str:
    return qp_part(text, "gbk", "plain")


def gbk_q_subject(subject: str) -> str:
    """A subject as RFC 2047 Q encoded words in GBK, folded at 75 characters the way Outlook
    Express folds them (each word whole)."""
    data = subject.encode("gbk")
    words, i = [], 0
    while i < len(data):
        step = 2 if data[i] >= 0x80 else 1
        piece = bytearray()
        while i < len(data) and len(piece) * 3 < 45:
            step = 2 if data[i] >= 0x80 else 1
            piece += data[i:i + step]
            i += step
        words.append("=?gbk?Q?" + "".join(
            chr(b) if (0x30 <= b <= 0x39 or 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A) else
            "_" if b == 0x20 else f"={b:02X}" for b in piece) + "?=")
    return "\r\n ".join(words)


def wire(text: str) -> bytes:
    """A mail held as str (raw 8-bit bytes as surrogates) back to its bytes."""
    return text.encode("ascii", "surrogateescape")


# ---- what people received --------------------------------------------------------------------

def attachments(msg: email.message.EmailMessage) -> dict[str, bytes]:
    return {p.get_filename(): p.get_payload(decode=True) for p in msg.walk()
            if p.get_filename() and not p.is_multipart()}


def text_of(msg: email.message.EmailMessage) -> str:
    """Every text part of a mail, decoded, as the reader sees it (subject on top)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            try:
                out.append(part.get_content())
            except (LookupError, UnicodeDecodeError):
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(out)


def inbox(mail, user: str) -> list[email.message.EmailMessage]:
    mail.delivered()
    return [parsed(m) for m in mail.messages(user)]


def local(moment: datetime | None) -> datetime | None:
    """A stored time in the branch's zone (a naive value is UTC, as the store keeps it)."""
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(BRANCH_ZONE)


def reply_by_client(original: email.message.EmailMessage, sender: str, body: str, *, date: datetime,
                    msgid: str, subject_prefix: str = "回复：", quote: bool = True,
                    extra: tuple[tuple[str, str], ...] = ()) -> bytes:
    """A reply as Outlook/Foxmail write one: to the Reply-To, In-Reply-To and References, the
    subject prefixed, the original quoted under a header block (unless `quote` is off, as an
    auto-responder writes it)."""
    to = parseaddr(str(original["Reply-To"] or original["From"]))[1]
    subject = subject_prefix + str(original["Subject"])
    refs = " ".join(x for x in (str(original["References"] or ""), str(original["Message-ID"])) if x)
    text = body
    if quote:
        quoted = "\r\n".join("> " + line for line in text_of_body(original).splitlines())
        text += (f"\r\n\r\n-----原始邮件-----\r\n发件人: {original['From']}\r\n"
                 f"发送时间: {original['Date']}\r\n主题: {original['Subject']}\r\n\r\n{quoted}\r\n")
    head = "\r\n".join([f"From: {sender}", f"To: {to}", f"Subject: {Header(subject, 'utf-8').encode(linesep=chr(13) + chr(10))}",
                        f"Date: {format_datetime(date)}", f"Message-ID: <{msgid}>",
                        f"In-Reply-To: {original['Message-ID']}", f"References: {refs}", "MIME-Version: 1.0",
                        *[f"{k}: {v}" for k, v in extra],
                        'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"])
    return (head + "\r\n\r\n" + b64(text.encode("utf-8")) + "\r\n").encode("ascii")


def text_of_body(msg: email.message.EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part is not None else ""


def postfix_dsn(*, original: email.message.EmailMessage, recipient: str, to: str, action: str, status: str,
                diagnostic: str, date: datetime, queue_id: str) -> bytes:
    """A delivery-status notification as a relay's Postfix writes it (RFC 3464): the human
    text, the message/delivery-status fields and the original's headers (text/rfc822-headers)."""
    boundary = f"{queue_id}.1764727200/mx2.branch.example"
    if action == "delayed":
        subject = "Delayed Mail (still being retried)"
        human = ("This is the mail system at host mx2.branch.example.\r\n\r\n"
                 "####################################################################\r\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n"
                 "####################################################################\r\n\r\n"
                 "Your message could not be delivered for 4.0 hours.\r\n"
                 "It will be retried until it is 5.0 days old.\r\n\r\n"
                 "For further assistance, please send mail to postmaster.\r\n\r\n"
                 "                   The mail system\r\n\r\n"
                 f"<{recipient}>: {diagnostic}\r\n")
        extra = f"Will-Retry-Until: {format_datetime(date.replace(day=date.day + 4))}\r\n"
    else:
        subject = "Undelivered Mail Returned to Sender"
        human = ("This is the mail system at host mx2.branch.example.\r\n\r\n"
                 "I'm sorry to have to inform you that your message could not\r\n"
                 "be delivered to one or more recipients. It's attached below.\r\n\r\n"
                 "For further assistance, please send mail to postmaster.\r\n\r\n"
                 "If you do so, please include this problem report. You can\r\n"
                 "delete your own text from the attached returned message.\r\n\r\n"
                 "                   The mail system\r\n\r\n"
                 f"<{recipient}>: {diagnostic}\r\n")
        extra = ""
    headers = "".join(f"{k}: {original[k]}\r\n" for k in ("Return-Path", "From", "To", "Subject", "Date", "Message-ID")
                      if original[k] is not None)
    headers = headers.encode("ascii", "replace").decode("ascii")
    status_part = (f"Reporting-MTA: dns; mx2.branch.example\r\nX-Postfix-Queue-ID: {queue_id}\r\n"
                   f"X-Postfix-Sender: rfc822; {to}\r\nArrival-Date: {format_datetime(date)}\r\n\r\n"
                   f"Final-Recipient: rfc822; {recipient}\r\nOriginal-Recipient: rfc822;{recipient}\r\n"
                   f"Action: {action}\r\nStatus: {status}\r\nDiagnostic-Code: X-Postfix; {diagnostic}\r\n{extra}")
    return (f"Return-Path: <>\r\nFrom: MAILER-DAEMON@mx2.branch.example (Mail Delivery System)\r\n"
            f"Subject: {subject}\r\nTo: {to}\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{boundary}\"\r\n"
            f"Content-Transfer-Encoding: 8bit\r\nMessage-Id: <20261203{queue_id}@mx2.branch.example>\r\n"
            f"Date: {format_datetime(date)}\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"
            f"--{boundary}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            f"{human}\r\n--{boundary}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"{status_part}\r\n--{boundary}\r\nContent-Description: Undelivered Message Headers\r\n"
            f"Content-Type: text/rfc822-headers\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{headers}\r\n"
            f"--{boundary}--\r\n").encode("ascii")
