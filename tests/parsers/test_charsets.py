"""Body and header decoding: labels, wrong labels, no labels, RFC 2047 in Chinese charsets."""

from __future__ import annotations

import base64

import pytest

from parsers.charsets import codec_for, decode_bytes, decode_header_value

COMPLAINT = "您好，我要投诉三元支行的柜员态度很差，排队两个小时没人管。"

# (MIME label, Python codec used to write the bytes, text only that charset can carry)
CHARSETS = [
    ("gb2312", "gb2312", "投诉受理单"),
    ("GBK", "gbk", "陶喆的投诉"),
    ("gb2312", "gbk", "陶喆投诉"),  # labelled gb2312, written as GBK: what many clients send
    ("gb18030", "gb18030", "客户𠮷先生投诉"),
    ("big5", "big5", "張先生投訴"),
    ("utf-8", "utf-8", "客户投诉😀"),
]


def b_word(label: str, data: bytes) -> str:
    return f"=?{label}?B?{base64.b64encode(data).decode()}?="


def q_word(label: str, data: bytes) -> str:
    text = "".join(chr(b) if chr(b).isalnum() and b < 0x80 else f"={b:02X}" for b in data)
    return f"=?{label}?Q?{text}?="


def test_chinese_labels_map_to_supersets():
    assert codec_for("gb2312") == "gb18030"
    assert codec_for('"GBK"') == "gb18030"
    assert codec_for("x-gbk") == "gb18030"
    assert codec_for("big5") == "big5hkscs"
    assert codec_for("x-unknown") is None
    assert codec_for("no-such-charset") is None
    assert codec_for(None) is None


@pytest.mark.parametrize("label, codec, text", CHARSETS)
def test_body_with_its_label(label, codec, text):
    assert decode_bytes(text.encode(codec), label) == text


@pytest.mark.parametrize("label", [None, "utf-8", "iso-8859-1", "us-ascii", "windows-1252", "x-unknown"])
def test_gbk_body_with_wrong_or_missing_label(label):
    assert decode_bytes(COMPLAINT.encode("gbk"), label) == COMPLAINT


@pytest.mark.parametrize("label", [None, "iso-8859-1", "gb2312", "x-unknown"])
def test_utf8_body_with_wrong_or_missing_label(label):
    assert decode_bytes(COMPLAINT.encode("utf-8"), label) == COMPLAINT


def test_short_gbk_without_label_is_not_mojibake():
    assert decode_bytes("投诉".encode("gbk"), None) == "投诉"
    assert decode_bytes("投诉".encode("gbk"), "iso-8859-1") == "投诉"


def test_long_big5_without_label():
    text = "張先生您好，關於您反映的問題，我們已經處理，請您放心。"
    assert decode_bytes(text.encode("big5"), None) == text


def test_real_latin1_with_its_label_stays_latin1():
    assert decode_bytes("Crème brûlée à la carte".encode("latin-1"), "iso-8859-1") == "Crème brûlée à la carte"


def test_utf8_bom_wins_over_label():
    assert decode_bytes(b"\xef\xbb\xbf" + "投诉".encode(), "gbk") == "投诉"


def test_ascii_and_empty():
    assert decode_bytes(b"", "gbk") == ""
    assert decode_bytes(b"plain text", None) == "plain text"


@pytest.mark.parametrize("label, codec, text", CHARSETS)
@pytest.mark.parametrize("word", [b_word, q_word], ids=["B", "Q"])
def test_encoded_word(label, codec, text, word):
    assert decode_header_value("Re: " + word(label, text.encode(codec))) == "Re: " + text


def test_adjacent_words_join_and_lose_the_space_between():
    first, second = "客户".encode("gbk"), "投诉".encode("gbk")
    assert decode_header_value(f"{b_word('gbk', first)}\r\n {b_word('gbk', second)}") == "客户投诉"


def test_character_split_across_two_words():
    data = "客户投诉".encode("gbk")
    assert decode_header_value(f"{b_word('GBK', data[:3])} {b_word('GBK', data[3:])}") == "客户投诉"


def test_words_in_different_charsets():
    value = f"{b_word('gb2312', '回复'.encode('gb2312'))} {q_word('utf-8', '投诉'.encode())} tail"
    assert decode_header_value(value) == "回复投诉 tail"


def test_raw_gbk_header_bytes():
    assert decode_header_value("投诉受理单".encode("gbk")) == "投诉受理单"
    escaped = "投诉受理单".encode("gbk").decode("ascii", "surrogateescape")  # as the parser hands it
    assert decode_header_value(escaped) == "投诉受理单"


def test_raw_utf8_header_bytes_with_an_encoded_word():
    escaped = "客户".encode().decode("ascii", "surrogateescape")
    assert decode_header_value(f"{escaped} {b_word('gbk', '投诉'.encode('gbk'))}") == "客户 投诉"


def test_broken_encoded_word_is_kept_not_raised():
    assert decode_header_value("=?gbk?B?****?= ok") == "=?gbk?B?****?= ok"
    assert decode_header_value("=?no-such?B?5oqV6K+J?=") == "投诉"
    assert decode_header_value(None) == ""
