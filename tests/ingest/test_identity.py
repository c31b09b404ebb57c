"""What makes two mails the same mail, read from the header only."""

from ingest.identity import dedup_key, header_block, identify, read_headers


def test_same_message_id_is_the_same_mail_whatever_the_trace_fields():
    a = identify(b"Message-ID: <x@y>\r\nReceived: one\r\n\r\nbody")
    b = identify(b"Received: two\r\n (folded on)\r\nReturn-Path: <a@b>\r\nMessage-ID: <x@y>\r\n\r\nbody")
    assert a.key == b.key and a.key.startswith("mid:<x@y>#") and a.sha256 != b.sha256


def test_a_different_mail_reusing_a_message_id_is_another_mail():
    a = identify(b"Message-ID: <template@x>\r\nSubject: one\r\n\r\nfirst complaint")
    b = identify(b"Message-ID: <template@x>\r\nSubject: two\r\n\r\nanother complaint")
    assert a.key != b.key and a.headers.message_id == b.headers.message_id


def test_without_message_id_the_bytes_decide():
    a = identify(b"Subject: s\r\n\r\nbody")
    assert a.key == dedup_key(None, a.sha256) and a.key.startswith("sha256:")
    assert identify(b"Subject: s\r\n\r\nbody!").key != a.key


def test_header_block_never_copies_the_body():
    body = b"x" * 1_000_000
    assert header_block(b"Subject: s\r\n\r\n" + body) == b"Subject: s"
    assert header_block(b"Subject: s\n\n" + body) == b"Subject: s"


def test_headers_decoded_for_the_listing():
    h = read_headers("From: 张三 <Zhang@Example.com>\r\nSubject: =?utf-8?b?5oqV6K+J?=\r\n\r\n".encode())
    assert h.sender == "zhang@example.com" and h.subject == "投诉" and h.message_id is None


def test_folded_and_raw_utf8_headers():
    raw = ("Message-ID:\r\n <folded@example.com>\r\nFrom: =?utf-8?b?5byg5LiJ?=\r\n <a@B.cn>\r\n"
           "Subject: 嵌套过深\r\nX-Message-ID: <not-this@x>\r\n\r\nMessage-ID: <in-body@x>\r\n").encode()
    h = read_headers(raw)
    assert h.message_id == "<folded@example.com>" and h.sender == "a@b.cn" and h.subject == "嵌套过深"
