"""A declared transfer encoding that cannot fit the bytes (blind mail round four): a gateway
labels a plain 8-bit body base64, and the body is read as the text it is."""

from __future__ import annotations

import base64
import quopri

import pytest

from parsers.transfer import encoding_fits

TEXT = "客户反映城关分理处的叫号机只发VIP号，普通客户等了一个半小时。\r\n要求给出答复。\r\n"


@pytest.mark.parametrize("text, codec", [(TEXT, "utf-8"), (TEXT, "gb18030"), ("客戶反映櫃員態度惡劣。", "big5")])
def test_plain_8bit_text_does_not_fit_base64_or_quoted_printable(text, codec):
    raw = text.encode(codec)
    assert not encoding_fits("base64", raw)
    assert not encoding_fits(" Quoted-Printable ", raw)


def test_plain_ascii_prose_does_not_fit_base64():
    assert not encoding_fits("base64", b"Dear branch,\r\nplease call the customer back.\r\n")


def test_real_encodings_fit_even_with_a_relay_footer():
    raw = TEXT.encode()
    assert encoding_fits("base64", base64.encodebytes(raw * 5))
    assert encoding_fits("base64", base64.encodebytes(raw * 5) + b"-- scanned by gateway\r\n")
    assert encoding_fits("quoted-printable", quopri.encodestring(raw))
    assert encoding_fits("quoted-printable", b"plain ascii a=b\r\n")


def test_qp_that_encodes_some_and_leaves_8bit_raw_still_fits():
    assert encoding_fits("quoted-printable", "客户=E5=AE=A2投诉".encode())
    assert encoding_fits("quoted-printable", "很长的一行=\r\n接着写".encode())


@pytest.mark.parametrize("label", [None, "", "8bit", "7bit", "binary", "x-uuencode"])
def test_other_labels_always_fit(label):
    assert encoding_fits(label, TEXT.encode())
