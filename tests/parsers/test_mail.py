"""parse_message on real bytes: Chinese headers and filenames, odd bodies, forwards, Notes, limits."""

from __future__ import annotations

import base64
import email
import re
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from core.errors import HostileInput, ParseError, PolicyLimitExceeded
from parsers.mail import MailAttachment, ParsedMessage, parse_message, parsed_already
from parsers.mime_feed import POLICY, message_from_bytes

EML = Path(__file__).parent / "eml"

CHARSETS = [
    ("gb2312", "gb2312", "投诉受理单"),
    ("GBK", "gbk", "陶喆的投诉"),
    ("gb2312", "gbk", "陶喆投诉"),
    ("gb18030", "gb18030", "客户𠮷先生投诉"),
    ("big5", "big5", "張先生投訴"),
    ("utf-8", "utf-8", "客户投诉"),
]


def eml(name: str) -> bytes:
    return (EML / name).read_bytes()


def b_word(label: str, data: bytes) -> str:
    return f"=?{label}?B?{base64.b64encode(data).decode()}?="


def q_word(label: str, data: bytes) -> str:
    text = "".join(chr(b) if chr(b).isalnum() and b < 0x80 else f"={b:02X}" for b in data)
    return f"=?{label}?Q?{text}?="


def raw_message(headers: list[str | bytes], body: bytes = b"hello\r\n") -> bytes:
    lines = [h.encode("utf-8") if isinstance(h, str) else h for h in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def with_attachment(disposition: bytes) -> bytes:
    """A multipart/mixed message whose single attachment has the given disposition header."""
    return raw_message(
        ["From: a@example.com", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b1"'],
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nsee file\r\n"
        b"--b1\r\nContent-Type: application/pdf\r\n" + disposition + b"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n",
    )


# --- headers -------------------------------------------------------------------------------

@pytest.mark.parametrize("label, codec, text", CHARSETS)
@pytest.mark.parametrize("word", [b_word, q_word], ids=["B", "Q"])
def test_subject_and_sender_name(label, codec, text, word):
    raw = raw_message([
        f"From: {word(label, text.encode(codec))} <Sender@Example.COM>",
        f"Subject: Re: {word(label, ('[TS-2024-000001] ' + text).encode(codec))}",
    ])
    parsed = parse_message(raw)
    assert parsed.from_name == text
    assert parsed.from_address == "sender@example.com"
    assert parsed.subject == "Re: [TS-2024-000001] " + text


@pytest.mark.parametrize("label, codec, text", CHARSETS)
@pytest.mark.parametrize("form", ["rfc2231", "rfc2231-continued", "rfc2047-B", "rfc2047-Q"])
def test_attachment_filename(label, codec, text, form):
    data = (text + ".pdf").encode(codec)
    quoted = urllib.parse.quote(data, safe="")
    tokens = re.findall(r"%[0-9A-F]{2}|.", quoted)
    first, second = "".join(tokens[:4]), "".join(tokens[4:])
    dispositions = {
        "rfc2231": f"Content-Disposition: attachment; filename*={label}''{quoted}",
        "rfc2231-continued": (f"Content-Disposition: attachment;\r\n filename*0*={label}''{first};"
                              f"\r\n filename*1*={second}"),
        "rfc2047-B": f'Content-Disposition: attachment; filename="{b_word(label, data)}"',
        "rfc2047-Q": f'Content-Disposition: attachment; filename="{q_word(label, data)}"',
    }
    parsed = parse_message(with_attachment(dispositions[form].encode("ascii")))
    assert [a.filename for a in parsed.attachments] == [text + ".pdf"]
    assert parsed.attachments[0].data.startswith(b"%PDF")


@pytest.mark.parametrize("codec", ["gbk", "utf-8"])
def test_raw_8bit_filename(codec):
    disposition = b'Content-Disposition: attachment; filename="' + "客户投诉受理单.pdf".encode(codec) + b'"'
    parsed = parse_message(with_attachment(disposition))
    assert parsed.attachments[0].filename == "客户投诉受理单.pdf"


def test_filename_without_its_path():
    parsed = parse_message(with_attachment(b'Content-Disposition: attachment; filename="C:\\\\scan\\\\a.pdf"'))
    assert parsed.attachments[0].filename == "a.pdf"


def test_filename_from_content_type_name():
    name = b_word("gbk", "扫描件.jpg".encode("gbk")).encode()
    raw = raw_message(
        ["MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"'],
        b'--b\r\nContent-Type: text/plain\r\n\r\nscan\r\n--b\r\nContent-Type: image/jpeg; name="' + name
        + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b--\r\n',
    )
    assert [(a.filename, a.content_type) for a in parse_message(raw).attachments] == [("扫描件.jpg", "image/jpeg")]


def test_raw_gbk_headers_sample():
    parsed = parse_message(eml("gbk_raw_headers.eml"))
    assert parsed.subject == "投诉受理单 编号2024010900123"
    assert parsed.from_name == "客服中心"
    assert parsed.from_address == "csc@province.example"
    assert parsed.text == "您好：\n附件为客户投诉受理单，请及时处理。\n客户张三反映三元支行柜员服务态度差。"
    assert parsed.attachments == (
        MailAttachment("投诉受理单.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1fake-doc"),)


def test_threading_addresses_and_date():
    raw = raw_message([
        'From: "Zhang, San" <ZS@Example.com>',
        "To: a@example.com, =?utf-8?B?5p2O5Zub?= <LS@Example.com>,",
        "  undisclosed-recipients:;",
        "Cc: c@example.com, A@example.com",
        "Message-ID:  <abc.123@mail.example.com> ",
        "In-Reply-To: <ts-2024-000001.1@complaints.example> (message from Union)",
        "References: <first@x.example>\r\n\t<ts-2024-000001.1@complaints.example>",
        "Date: Tue, 9 Jan 2024 10:15:00 +0800",
        "Return-Path: <zs@example.com>",
        "X-Complaints-Case: TS-2024-000001",
        "X-Mailer: something we do not keep",
    ])
    parsed = parse_message(raw)
    assert parsed.from_name == "Zhang, San"
    assert parsed.from_address == "zs@example.com"
    assert parsed.to == ("a@example.com", "ls@example.com")
    assert parsed.cc == ("c@example.com", "a@example.com")
    assert parsed.message_id == "<abc.123@mail.example.com>"
    assert parsed.in_reply_to == "<ts-2024-000001.1@complaints.example>"
    assert parsed.references == ("<first@x.example>", "<ts-2024-000001.1@complaints.example>")
    assert parsed.date == datetime(2024, 1, 9, 2, 15, tzinfo=timezone.utc)
    assert parsed.date.utcoffset() == timedelta(hours=8)
    assert dict(parsed.headers) == {"return-path": "<zs@example.com>", "x-complaints-case": "TS-2024-000001"}
    assert parsed.size == len(raw)


def test_missing_and_unreadable_headers():
    parsed = parse_message(raw_message(["Date: 2024年1月9日", "Subject:"], b"body"))
    assert parsed.from_address == "" and parsed.from_name == ""
    assert parsed.message_id is None and parsed.in_reply_to is None and parsed.references == ()
    assert parsed.date is None
    assert parsed.subject == ""
    assert parsed.text == "body"


def test_date_without_zone_is_aware():
    parsed = parse_message(raw_message(["Date: Tue, 9 Jan 2024 10:15:00 -0000"]))
    assert parsed.date == datetime(2024, 1, 9, 10, 15, tzinfo=timezone.utc)


def test_kept_headers_are_decoded_and_lower_cased():
    raw = raw_message([
        "Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes",
        "X-Auto-Response-Suppress: All", "X-Loop: complaints@branch.example", "Return-Path: <>",
        "List-Id: =?utf-8?B?5oqV6K+J?= <complaints.list.example>",
        "Content-Type: text/plain;\r\n\tcharset=utf-8",
    ])
    headers = parse_message(raw).headers
    assert headers == {
        "auto-submitted": "auto-replied", "precedence": "bulk", "x-autoreply": "yes",
        "x-auto-response-suppress": "All", "x-loop": "complaints@branch.example", "return-path": "<>",
        "list-id": "投诉 <complaints.list.example>", "content-type": "text/plain; charset=utf-8",
    }


# --- bodies --------------------------------------------------------------------------------

def test_mislabeled_gbk_body():
    assert parse_message(eml("mislabeled_gbk.eml")).text == "意见簿登记：客户李四留言，ATM机吞卡后等待时间过长，希望改进。"


@pytest.mark.parametrize("content_type", [
    b"Content-Type: text/plain", b"Content-Type: text/plain; charset=x-unknown-charset",
    b"Content-Type: text/plain; charset=utf-8", b"Content-Type: text/plain; charset=us-ascii",
])
def test_gbk_body_without_a_usable_charset(content_type):
    body = "客户反映ATM吞卡，要求尽快处理。".encode("gbk")
    raw = raw_message([b"From: a@example.com", b"MIME-Version: 1.0", content_type,
                       b"Content-Transfer-Encoding: 8bit"], body)
    assert parse_message(raw).text == "客户反映ATM吞卡，要求尽快处理。"


def test_base64_gbk_body_labelled_gb2312():
    body = base64.b64encode("陶喆反映柜员服务态度差。".encode("gbk"))
    raw = raw_message(["Content-Type: text/plain; charset=gb2312", "Content-Transfer-Encoding: base64"], body)
    assert parse_message(raw).text == "陶喆反映柜员服务态度差。"


def test_html_only_form_with_table():
    parsed = parse_message(eml("csc_html_form.eml"))
    assert parsed.subject == "投诉受理单2024010900123"
    assert parsed.from_name == "省行客户服务中心"
    assert parsed.html is not None and "<table" in parsed.html
    for line in ("受理编号: 2024010900123", "受理时间: 2024-01-09 09:01", "客户姓名: 张三",
                 "联系电话: 13812345678", "被投诉单位: 三元支行", "客户诉求: 要求道歉"):
        assert line in parsed.text.split("\n")
    assert "投诉内容:\n客户反映在三元支行办理业务时排队两个小时，\n柜员态度冷淡。" in parsed.text
    assert "<" not in parsed.text


def test_plain_alternative_preferred_over_html():
    parsed = parse_message(eml("outlook_reply_cn.eml"))
    assert parsed.text.startswith("同意，请三元支行继续跟进。\n转办 三元支行\n")
    assert parsed.html is not None and "MsoNormal" in parsed.html
    assert parsed.subject == "答复: [TS-2024-000012] 客户投诉处理情况督办单"
    assert parsed.in_reply_to == "<ts-2024-000012.supervision.1@complaints.branch.example>"


def test_empty_plain_alternative_falls_back_to_html():
    message = EmailMessage()
    message["Subject"] = "x"
    message.set_content("   \n")
    message.add_alternative("<p>延期 5天</p><p>原因：客户出差</p>", subtype="html")
    assert parse_message(message.as_bytes()).text == "延期 5天\n原因：客户出差"


def test_inline_forward_is_kept_in_text():
    parsed = parse_message(eml("notes_forward_inline.eml"))
    assert parsed.subject == "转发：投诉"
    assert "----- 由 王五/三元支行/分行 在 2024-01-10 08:30 转发 -----" in parsed.text
    assert "我在贵行三元支行办理业务时，柜员态度很差，要求给个说法。" in parsed.text
    assert parsed.forwarded == ()


def test_forwarded_message_with_attachment():
    inner = EmailMessage()
    inner["From"] = "省行客服中心 <csc@province.example>"
    inner["Subject"] = "投诉受理单2024010900123"
    inner["Message-ID"] = "<csc.123@province.example>"
    inner.set_content("请处理附件中的投诉。", charset="gbk", cte="base64")
    inner.add_attachment("受理单内容".encode("gbk"), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                         filename="投诉受理单.docx")
    outer = EmailMessage()
    outer["From"] = "union@branch.example"
    outer["Subject"] = "Fwd: 投诉受理单2024010900123"
    outer.set_content("转给你们，请处理。")
    outer.add_attachment(inner)
    parsed = parse_message(outer.as_bytes())
    assert parsed.text == "转给你们，请处理。"
    [forwarded] = parsed.forwarded
    assert isinstance(forwarded, ParsedMessage)
    assert forwarded.subject == "投诉受理单2024010900123"
    assert forwarded.from_name == "省行客服中心"
    assert forwarded.message_id == "<csc.123@province.example>"
    assert forwarded.text == "请处理附件中的投诉。"
    assert [a.filename for a in forwarded.attachments] == ["投诉受理单.docx"]
    assert parsed.attachments == forwarded.attachments
    assert parsed.attachments[0].data == "受理单内容".encode("gbk")
    assert forwarded.size > 0


def test_forwarded_message_encoded_in_base64():
    inner = ("From: csc@province.example\r\nSubject: =?utf-8?B?5oqV6K+J?=\r\nMessage-ID: <i.1@province.example>"
             "\r\nContent-Type: text/plain; charset=gbk\r\n\r\n").encode() + "客户投诉".encode("gbk")
    raw = raw_message(
        ["MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"'],
        b"--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: message/rfc822\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(inner) + b"--b--\r\n",
    )
    [forwarded] = parse_message(raw).forwarded
    assert (forwarded.subject, forwarded.message_id, forwarded.text) == ("投诉", "<i.1@province.example>", "客户投诉")


def test_notes_related_html_first():
    parsed = parse_message(eml("notes_related.eml"))
    assert parsed.from_name == "王五"
    assert parsed.text == "已联系客户，情况如下：\n处理情况: 已向客户道歉并退还手续费\n经办人: 王五"
    assert [(a.filename, a.content_type) for a in parsed.attachments] == [("pic03283.gif", "image/gif")]
    assert parsed.attachments[0].data.startswith(b"GIF89a")
    assert parsed.message_id == "<OF7A1B2C3D.4E5F6071-ON48258A9B.00123456-48258A9B.00123457@branch.example>"


def test_notes_unquoted_boundary_with_space():
    html = "<p>已处理完毕</p><table><tr><td>经办人</td><td>王五</td></tr></table>".encode("gb2312")
    raw = raw_message(
        ["From: wangwu@branch.example", "MIME-Version: 1.0",
         "Content-type: multipart/related; boundary==_related 0047A3A548257C8A_="],
        b"--=_related 0047A3A548257C8A_=\r\nContent-type: text/html; charset=GB2312\r\n"
        b"Content-transfer-encoding: base64\r\n\r\n" + base64.b64encode(html) + b"\r\n\r\n"
        b"--=_related 0047A3A548257C8A_=\r\nContent-type: image/jpeg\r\nContent-ID: <_2_0AB1>\r\n"
        b"Content-transfer-encoding: base64\r\n\r\n/9j/4AAQ\r\n"
        b"--=_related 0047A3A548257C8A_=--\r\n",
    )
    parsed = parse_message(raw)
    assert parsed.text == "已处理完毕\n经办人: 王五"
    assert [(a.filename, a.content_type) for a in parsed.attachments] == [("attachment-1.jpg", "image/jpeg")]


def test_absurdly_deep_html_still_gives_its_text():
    html = "<div>" * 5000 + "<p>深层内容</p><p>第二段</p>" + "</div>" * 5000
    raw = raw_message(["Content-Type: text/html; charset=utf-8"], html.encode())
    assert parse_message(raw).text == "深层内容\n第二段"


def test_text_attachment_is_not_body():
    raw = raw_message(
        ["MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"'],
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "正文".encode() + b"\r\n"
        b"--b\r\nContent-Type: text/plain; charset=gbk\r\n"
        b"Content-Disposition: attachment; filename=notes.txt\r\n\r\n"
        + "附件内容".encode("gbk") + b"\r\n--b--\r\n",
    )
    parsed = parse_message(raw)
    assert parsed.text == "正文"
    assert parsed.attachments == (MailAttachment("notes.txt", "text/plain", "附件内容".encode("gbk")),)


# --- limits and malformed input ------------------------------------------------------------

def test_attachment_count_limit():
    message = EmailMessage()
    message.set_content("files")
    for number in range(3):
        message.add_attachment(b"x", maintype="image", subtype="png", filename=f"{number}.png")
    assert len(parse_message(message.as_bytes(), max_attachments=3).attachments) == 3
    with pytest.raises(PolicyLimitExceeded, match="max_attachments=2"):
        parse_message(message.as_bytes(), max_attachments=2)


def test_attachment_size_limit():
    message = EmailMessage()
    message.set_content("files")
    message.add_attachment(b"x" * 2048, maintype="application", subtype="pdf", filename="big.pdf")
    assert parse_message(message.as_bytes(), max_attachment_bytes=2048).attachments[0].filename == "big.pdf"
    with pytest.raises(PolicyLimitExceeded, match=r"'big.pdf' is 2048 bytes.*max_attachment_bytes=1024"):
        parse_message(message.as_bytes(), max_attachment_bytes=1024)


def test_a_mail_parsed_already_is_not_parsed_again_and_its_limits_still_hold():
    message = EmailMessage()
    message.set_content("files")
    for number in range(3):
        message.add_attachment(b"x", maintype="image", subtype="png", filename=f"{number}.png")
    raw, other = message.as_bytes(), eml_bytes_of("另一封")
    parsed = parse_message(raw, max_attachments=3)
    with parsed_already(raw, parsed):
        assert parse_message(raw) is parsed
        assert parse_message(bytes(bytearray(raw))) is parsed  # equal bytes, another object
        assert parse_message(other).text.strip() == "另一封"
        with pytest.raises(PolicyLimitExceeded, match="max_attachments=2"):
            parse_message(raw, max_attachments=2)
    fresh = parse_message(raw)
    assert fresh is not parsed and fresh == parsed


def eml_bytes_of(text: str) -> bytes:
    message = EmailMessage()
    message.set_content(text)
    return message.as_bytes()


def test_limits_count_files_inside_forwarded_messages():
    inner = EmailMessage()
    inner.set_content("inner")
    inner.add_attachment(b"1", maintype="image", subtype="png", filename="a.png")
    outer = EmailMessage()
    outer.set_content("outer")
    outer.add_attachment(b"2", maintype="image", subtype="png", filename="b.png")
    outer.add_attachment(inner)
    with pytest.raises(PolicyLimitExceeded, match="max_attachments=1"):
        parse_message(outer.as_bytes(), max_attachments=1)


def test_empty_input_is_a_parse_error():
    with pytest.raises(ParseError):
        parse_message(b"  \r\n")


def test_deep_nesting_is_hostile():
    depth = 60
    head = b"".join(b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
                    for i in range(depth))
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth + 1)))
    raw = b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + head + b"--b%d\r\n\r\nx" % depth + tail
    with pytest.raises(HostileInput):
        parse_message(raw)


MALFORMED = [
    b"\x00\x01\x02\xff\xfe garbage without headers",
    b"Content-Type: multipart/mixed\r\n\r\nno boundary at all",
    b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nunterminated',
    b"Content-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@",
    b"Content-Type: message/rfc822\r\n\r\nnot: really\r\n\r\n",
    b"Subject: =?gbk?B?\r\nFrom: <<<>>>\r\nTo: ,,,@,\r\nDate: yesterday\r\n\r\n",
    b'Content-Type: multipart/alternative; boundary="a"\r\n\r\n--a--\r\n',
    b"Content-Disposition: attachment; filename*=bogus'zz'%ZZ%\r\nContent-Type: application/x\r\n\r\nzz",
    b":::\r\n: \r\n\tfolded nothing\r\n\r\n",
]


@pytest.mark.parametrize("raw", MALFORMED)
def test_malformed_mime_gives_a_message_or_a_parse_error(raw):
    try:
        parsed = parse_message(raw)
    except ParseError:
        return
    assert isinstance(parsed, ParsedMessage)


@pytest.mark.parametrize("name", sorted(path.name for path in EML.glob("*.eml")))
def test_damaged_samples_give_a_message_or_a_parse_error(name):
    raw = eml(name)
    for cut in range(1, len(raw), max(1, len(raw) // 40)):
        damaged = [raw[:cut], raw[:cut] + b"\xff\xfe" + raw[cut + 2:], raw[cut:]]
        for data in damaged:
            try:
                parse_message(data)
            except ParseError:
                pass


def test_wrong_input_type_is_a_programming_error():
    with pytest.raises(TypeError):
        parse_message("From: a@example.com\r\n\r\nhi")  # type: ignore[arg-type]


@pytest.mark.parametrize("nl", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("ending", ["", "{nl}", "{nl}{nl}", "{nl}epilogue{nl}"])
def test_the_parser_splits_parts_exactly_as_the_standard_library(nl, ending):
    attachment = nl.join(["QUJD" * 19] * 40) + nl
    raw = nl.join([
        "From: a@example.com", "Subject: s", "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=B",
        "", "preamble", "--B", "Content-Type: text/plain", "", "body", "", "--B",
        "Content-Type: application/octet-stream", "Content-Transfer-Encoding: base64", "", attachment,
        "--B--" + ending.format(nl=nl)]).encode()
    _same_as_the_standard_library(raw)


def _same_as_the_standard_library(raw: bytes) -> None:
    ours, stdlib = message_from_bytes(raw), email.message_from_bytes(raw, policy=POLICY)
    assert _parts(ours)[1:] == _parts(stdlib)[1:]
    assert (ours.preamble, ours.epilogue) == (stdlib.preamble, stdlib.epilogue)
    assert ours.as_bytes() == stdlib.as_bytes()


def _parts(message) -> list:
    """Each part's type, text payload (a message/* part's is its parts, compared in the walk) and edges."""
    return [(p.get_content_type(), p.get_payload() if isinstance(p.get_payload(), str) else None,
             p.preamble, p.epilogue) for p in message.walk()]


@pytest.mark.parametrize("boundary", ["=_Part.1+x?(a)*", "a--b", "B--", "[x]|^y$"])
def test_boundaries_with_pattern_characters_split_as_the_standard_library_splits_them(boundary):
    """The private parser matches boundary lines by prefix, not by a pattern compiled per mail:
    characters a pattern would read, a boundary that ends in dashes or holds them, a closing
    line with trailing blanks, a line that only starts like the boundary."""
    raw = "\r\n".join([
        "From: a@example.com", "MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
        f"--{boundary}", "Content-Type: text/plain", "", "one", f"--{boundary}x not a boundary", "",
        f"--{boundary} \t", "Content-Type: text/plain", "", "two", f"--{boundary}-- ", "epilogue"]).encode()
    _same_as_the_standard_library(raw)
    assert len(message_from_bytes(raw).get_payload()) == 2


@pytest.mark.parametrize("name", sorted(path.name for path in EML.glob("*.eml")))
def test_every_sample_is_split_as_the_standard_library_splits_it(name):
    _same_as_the_standard_library(eml(name))


@pytest.mark.parametrize("cte", [b"base64", b"quoted-printable"])
@pytest.mark.parametrize("label, codec", [(b"utf-8", "utf-8"), (b"gb2312", "gb18030"), (b"utf-8", "gb18030")])
def test_a_plain_8bit_body_under_a_transfer_encoding_label_reads_as_sent(cte, label, codec):
    text = "客户反映叫号机只发VIP号，普通客户等了一个半小时。"
    raw = raw_message([b"From: gw@province.example", b"Content-Type: text/plain; charset=" + label,
                       b"Content-Transfer-Encoding: " + cte], text.encode(codec))
    assert parse_message(raw).text == text
