"""Charsets and broken header blocks as real mail brings them: decoded as a mail client shows them."""

from __future__ import annotations

import base64

import pytest

from parsers.charsets import decode_bytes
from parsers.mail import parse_message

SAMPLES = [
    ("iso-2022-jp labelled", "お問い合わせの件、口座の手数料について".encode("iso2022_jp"), "iso-2022-jp",
     "お問い合わせの件、口座の手数料について"),
    ("iso-2022-jp unlabelled", "お問い合わせありがとうございます".encode("iso2022_jp"), None, "お問い合わせありがとうございます"),
    ("hz-gb-2312", "客户投诉：柜员态度恶劣".encode("hz"), "hz-gb-2312", "客户投诉：柜员态度恶劣"),
    ("hz under us-ascii", "客户投诉：柜员态度恶劣".encode("hz"), "us-ascii", "客户投诉：柜员态度恶劣"),
    ("shift_jis labelled gb2312", "お客様からの苦情です。窓口の対応が悪い。".encode("cp932"), "gb2312",
     "お客様からの苦情です。窓口の対応が悪い。"),
    ("big5-hkscs labelled big5", "香港客戶投訴：櫃員態度惡劣，要求道歉。𨋢".encode("big5hkscs"), "big5",
     "香港客戶投訴：櫃員態度惡劣，要求道歉。𨋢"),
    ("unlabelled latin-1", "Gebühr für Überweisung, café crème".encode("latin-1"), None, "Gebühr für Überweisung, café crème"),
    ("unlabelled cp1252", "die Gebühr – € 5".encode("cp1252"), None, "die Gebühr – € 5"),
    ("unlabelled gbk", "客户投诉：柜员态度恶劣，要求道歉。".encode("gbk"), None, "客户投诉：柜员态度恶劣，要求道歉。"),
    ("unlabelled short gbk", "ATM机吞卡".encode("gbk"), None, "ATM机吞卡"),
]


@pytest.mark.parametrize("name, data, label, shown", SAMPLES, ids=[s[0] for s in SAMPLES])
def test_decoded_as_a_mail_client_shows_it(name, data, label, shown):
    assert decode_bytes(data, label) == shown


def test_an_iso_2022_jp_mail_subject_and_body():
    raw = (b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>\r\nSubject: =?ISO-2022-JP?B?"
           + base64.b64encode("口座の件".encode("iso2022_jp")) + b"?=\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
           + "手数料が二重に引き落とされました。".encode("iso2022_jp") + b"\r\n")
    msg = parse_message(raw)
    assert msg.subject == "口座の件" and msg.text == "手数料が二重に引き落とされました。" and msg.from_name == "山田"


BROKEN = {
    "mbox From line": b"From sender@x.example Tue Dec  1 10:00:00 2026\r\n",
    "junk first line": b"garbage line from a gateway\r\n",
}


@pytest.mark.parametrize("first", BROKEN.values(), ids=list(BROKEN))
def test_a_junk_first_line_still_yields_the_headers(first):
    raw = first + ("From: 张三 <zhangsan@example.cn>\r\nSubject: 投诉\r\nDate: Tue, 01 Dec 2026 10:00:00 +0800\r\n"
                   "\r\n正文\r\n").encode()
    msg = parse_message(raw)
    assert (msg.from_address, msg.subject, msg.text) == ("zhangsan@example.cn", "投诉", "正文")
    assert msg.date is not None


def test_unindented_continuation_lines_are_folded_back():
    raw = ("From: a@b.example\r\nSubject: 关于三元支行柜员服务态度的投诉\r\n及处理要求\r\n"
           "Date: Tue, 01 Dec 2026 10:00:00 +0800\r\n\r\n正文\r\n").encode("gbk")
    msg = parse_message(raw)
    assert msg.subject == "关于三元支行柜员服务态度的投诉 及处理要求" and msg.date is not None and msg.text == "正文"


def test_control_characters_are_stripped_from_header_values():
    msg = parse_message(b"From: a\x00b <a@b.example>\r\nSubject: he\x00llo\x07 there\r\n\r\nbody\r\n")
    assert (msg.from_name, msg.subject) == ("ab", "hello there")


def test_control_characters_inside_and_between_encoded_words_are_stripped():
    """A gateway's NUL and ESC inside a base64 word and a BEL after it: the subject reads as typed."""
    subject = "=?UTF-8?B?" + base64.b64encode("投诉梅列支行\x00取款机吞卡\x1b".encode()).decode() + "?=\x07"
    msg = parse_message(f"From: csc@province.example\r\nSubject: {subject}\r\n =?utf-8?b?5bey5Lik5aSp?=\r\n\r\nx\r\n".encode())
    assert msg.subject == "投诉梅列支行取款机吞卡已两天"
