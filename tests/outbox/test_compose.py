from __future__ import annotations

import base64
import io
import random
from datetime import datetime, timezone
from email import message_from_bytes, policy
from email.charset import BASE64, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import parsedate_to_datetime

import pytest

from core.clock import BRANCH_ZONE
from outbox.compose import _subject_line, compose_mail

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
DATE = datetime(2026, 10, 9, 18, 0, tzinfo=BRANCH_ZONE)
SUBJECT = "[TS-2026-000001] 客户投诉督办：三元支行 客户反映排队时间过长，大堂经理态度差，要求道歉并说明原因"


def _compose(**kw) -> bytes:
    args = dict(
        from_address="complaints@branch.example", from_name="分行客户投诉处理",
        to=["sanyuan@branch.example"], cc=["vp1@branch.example", "meilie@branch.example"],
        subject=SUBJECT, text="三元支行：\n请于十月十六日前反馈。\n", html="<p>三元支行：</p><p>请反馈。</p>",
        message_id="<TS-2026-000001.routing.SY.k0123456789abcdef@branch.example>",
        in_reply_to="<form-1@province.example>", references=["<form-1@province.example>"],
        loop_address="complaints@branch.example", date=DATE, case_id="TS-2026-000001",
    )
    args.update(kw)
    return compose_mail(**args)


def _parse(raw: bytes):
    return message_from_bytes(raw, policy=policy.default)


def test_headers_decode_and_loop_guards_are_set():
    msg = _parse(_compose())
    assert msg["Subject"] == SUBJECT
    assert msg["From"].addresses[0].display_name == "分行客户投诉处理"
    assert msg["From"].addresses[0].addr_spec == "complaints@branch.example"
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["vp1@branch.example", "meilie@branch.example"]
    assert msg["Message-ID"] == "<TS-2026-000001.routing.SY.k0123456789abcdef@branch.example>"
    assert msg["In-Reply-To"] == "<form-1@province.example>"
    assert msg["References"] == "<form-1@province.example>"
    assert msg["X-Loop"] == "complaints@branch.example"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Complaints-Case"] == "TS-2026-000001"
    assert parsedate_to_datetime(msg["Date"]) == DATE
    assert msg["Date"].endswith("+0800")


def test_raw_is_7bit_ascii_with_crlf_and_the_tag_readable():
    raw = _compose()
    raw.decode("ascii")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    subject_line = next(ln for ln in raw.split(b"\r\n") if ln.startswith(b"Subject:"))
    assert subject_line.startswith(b"Subject: [TS-2026-000001] =?utf-8?")


def test_text_and_html_are_alternatives_in_utf8():
    msg = _parse(_compose(attachments=()))
    assert msg.get_content_type() == "multipart/alternative"
    plain, html = msg.get_payload()
    assert plain.get_content_type() == "text/plain" and plain.get_content_charset() == "utf-8"
    assert plain.get_content() == "三元支行：\n请于十月十六日前反馈。\n"
    assert html.get_content_type() == "text/html"
    assert "请反馈" in html.get_content()


def test_text_only_mail_is_a_single_part():
    msg = _parse(_compose(html=None))
    assert msg.get_content_type() == "text/plain"
    assert "请于十月十六日前反馈" in msg.get_content()


def test_attachment_keeps_its_chinese_filename_and_bytes():
    data = b"PK\x03\x04" + bytes(range(256)) * 4
    msg = _parse(_compose(attachments=[("督办单-TS-2026-000001.docx", DOCX, data)]))
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.get_body(("plain",)).get_content().startswith("三元支行")
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "督办单-TS-2026-000001.docx"
    assert att.get_content_type() == DOCX
    assert att.get_content() == data
    raw = _compose(attachments=[("督办单-TS-2026-000001.docx", DOCX, data)])
    assert b"filename*=utf-8''%E7%9D%A3%E5%8A%9E%E5%8D%95-TS-2026-000001.docx" in raw
    assert b'name="=?utf-8?b?' in raw  # RFC 2047 name for older clients


@pytest.mark.parametrize("size", [0, 1, 56, 57, 58, 114, 1000])
@pytest.mark.parametrize("content_type", [DOCX, "image/png", "text/csv"])
def test_attachment_body_is_base64_in_76_character_lines_of_any_type(size, content_type):
    data = bytes(range(256)) * 4
    data = data[:size]
    raw = _compose(attachments=[("a.bin", content_type, data)])
    [att] = list(_parse(raw).iter_attachments())
    assert att.get_content_type() == content_type and att["Content-Transfer-Encoding"] == "base64"
    assert att.get_payload(decode=True) == data
    body = raw.split(b'filename="a.bin"\r\n\r\n', 1)[1].split(b"\r\n--", 1)[0]
    assert body == base64.encodebytes(data).replace(b"\n", b"\r\n")


def test_inline_images_go_with_the_html_as_related():
    msg = _parse(_compose(attachments=(), html='<img src="cid:chart1">', inline_images=[("chart1", PNG)]))
    assert msg.get_content_type() == "multipart/alternative"
    plain, related = msg.get_payload()
    assert related.get_content_type() == "multipart/related"
    html, image = related.get_payload()
    assert html.get_content_type() == "text/html"
    assert image.get_content_type() == "image/png"
    assert image["Content-ID"] == "<chart1>"
    assert image.get_content() == PNG


def test_a_newline_in_the_subject_cannot_inject_a_header():
    msg = _parse(_compose(subject="[TS-2026-000001] 投诉\r\nBcc: evil@example.com"))
    assert msg["Bcc"] is None
    assert msg["Subject"] == "[TS-2026-000001] 投诉 Bcc: evil@example.com"


def test_ascii_subject_and_no_case_header_when_no_case():
    msg = _parse(_compose(subject="Weekly digest", case_id=None, in_reply_to=None, references=()))
    assert msg["Subject"] == "Weekly digest"
    assert msg["X-Complaints-Case"] is None
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_date_must_be_aware_and_recipients_present():
    with pytest.raises(ValueError):
        _compose(date=datetime(2026, 10, 9, 18, 0))
    with pytest.raises(ValueError):
        _compose(to=[])
    assert _parse(_compose(date=datetime(2026, 10, 9, 10, 0, tzinfo=timezone.utc)))["Date"].endswith("+0000")


def _stdlib_mail(text: str, html: str | None, attachments, images, **kw) -> bytes:
    """The same mail built with the classic email.mime classes and written by the stdlib's
    BytesGenerator (compat32, CRLF): what compose_mail writes directly."""
    plain = MIMEText(text, "plain", "utf-8")
    body = plain
    if html is not None:
        html_part = MIMEText(html, "html", "utf-8")
        if images:
            html_part = MIMEMultipart("related", _subparts=[html_part])
            for cid, data in images:
                image = MIMEImage(data, _subtype="png")
                image.add_header("Content-ID", f"<{cid}>")
                image.add_header("Content-Disposition", "inline")
                html_part.attach(image)
        body = MIMEMultipart("alternative", _subparts=[plain, html_part])
    if attachments:
        body = MIMEMultipart("mixed", _subparts=[body])
        for filename, content_type, data in attachments:
            part = MIMEApplication(data, _subtype=content_type.partition("/")[2])
            part.set_param("name", Header(filename, "utf-8").encode(maxlinelen=998))
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
            body.attach(part)
    own = list(body.items())
    for name, _ in own:
        del body[name]
    subject = Header(header_name="Subject")
    subject.append(SUBJECT.split(" ")[0], "us-ascii")
    subject.append(SUBJECT.split(" ", 1)[1], "utf-8")
    for name, value in [("From", "=?utf-8?b?5YiG6KGM5a6i5oi35oqV6K+J5aSE55CG?= <complaints@branch.example>"),
                        ("To", "sanyuan@branch.example"), ("Cc", "vp1@branch.example, meilie@branch.example"),
                        ("Subject", subject), ("Date", "Fri, 09 Oct 2026 18:00:00 +0800"),
                        ("Message-ID", "<TS-2026-000001.routing.SY.k0123456789abcdef@branch.example>"),
                        ("In-Reply-To", "<form-1@province.example>"), ("References", "<form-1@province.example>"),
                        ("X-Loop", "complaints@branch.example"), ("Auto-Submitted", "auto-generated"),
                        ("X-Auto-Response-Suppress", "All"), ("X-Complaints-Case", "TS-2026-000001"), *own]:
        body[name] = value
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(body)
    return out.getvalue()


@pytest.mark.parametrize("html, attachments, images", [
    (None, (), ()),
    ("<p>三元支行：</p>\n" * 40, (), ()),
    ("<p>请反馈。</p>", (("督办单-TS-2026-000001.docx", DOCX, bytes(range(256)) * 40),
                       ("投诉受理单.pdf", "application/pdf", b"%PDF-1.4\n" * 9)), ()),
    ("<p><img src='cid:logo'></p>", (("督办单.docx", DOCX, b"PK" * 99),), (("logo", PNG),)),
])
def test_the_bytes_are_those_the_stdlib_mime_classes_and_generator_write(html, attachments, images):
    text = "三元支行：\n请于十月十六日前反馈。\n" * 30
    random.seed(19)
    ours = _compose(text=text, html=html, attachments=attachments, inline_images=images)
    random.seed(19)  # the boundaries: the same random draws, in the same order
    assert ours == _stdlib_mail(text, html, attachments, images)


@pytest.mark.parametrize("filename", [
    "督办单-TS-2026-000001.docx", "督办单-TS-2026-123456.docx", "投诉受理单CSC-20261126-0001.docx", "单.pdf",
    "客户投诉受理单" * 12 + ".docx", "长" * 300 + ".pdf",  # words up to 78 on a line, past it, and past one word
    "投诉 受理单 (1).pdf", "意见;反馈,附件\"二\".pdf", "扫描件😀.pdf", "é.pdf",
])  # an ASCII name is written by the classes as before: the helper below would encode it
@pytest.mark.parametrize("content_type", [DOCX, "application/pdf", "application/octet-stream"])
def test_an_attachments_headers_are_the_classes_for_any_name(filename, content_type):
    """The headers written from a cached shape with the name's own words put in are the ones
    the classes write for that name (a name outside ASCII)."""
    attachments = ((filename, content_type, b"%PDF-1.4\n" * 9),)
    random.seed(19)
    ours = _compose(text="三元支行：\n", html=None, attachments=attachments)
    random.seed(19)
    assert ours == _stdlib_mail("三元支行：\n", None, attachments, ())


def _stdlib_subject(subject: str) -> bytes:
    """The Subject header as the stdlib folds it: the leading ASCII words as they are, the rest
    in UTF-8 base64 words (what `compose_mail` writes, built with the stdlib's own charset)."""
    words = subject.split(" ")
    n = next((i for i, w in enumerate(words) if not w.isascii()), len(words))
    header = Header(header_name="Subject")
    if n:
        header.append(" ".join(words[:n]), "us-ascii")
    if n < len(words):
        utf8 = Charset("utf-8")
        utf8.header_encoding = BASE64
        header.append(" ".join(words[n:]), utf8)
    return policy.compat32.clone(linesep="\r\n").fold_binary("Subject", header)


@pytest.mark.parametrize("subject", [
    SUBJECT, "督办", "[TS-2026-000001] 督", "[TS-2026-000001] " + "长" * 200, "[TS-2026-000001] " + "ab长" * 70,
    "[TS-2026-000001] 回复：Re: 客户😀来信 (2/3) é", "[TS-2026-000001] [TS-2026-000002] 满意度回访" + "x" * 60 + "长",
    "a" * 70 + " 长长长", "x" * 90 + " 长", "客户投诉督办 三元支行 " * 6, "é" * 41, "😀" * 30,
])
def test_the_subject_is_folded_into_the_stdlib_words_and_lines(subject):
    """The linear cutting of the subject into base64 words gives the stdlib's words and lines."""
    subject = " ".join(subject.split())  # as `compose_mail` hands it on
    assert _subject_line(subject) == _stdlib_subject(subject)
