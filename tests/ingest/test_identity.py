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


def test_stored_headers_are_read_as_their_sender_wrote_them():
    """What the listing stores: a junk first line skipped, an unindented continuation of the
    Subject kept (an IMAP append, no relay to split it), control characters gone."""
    raw = ("+OK 1822 octets\r\nFrom: csc@province.example\r\nSubject: =?UTF-8?B?5oqV6K+J5qKF5YiX5pSv6KGMAOWPluasvuacuuWQnuWNoRs=?="
           "\x07\r\n=?utf-8?b?5p+c5ZGY5pyN5Yqh5oCB5bqm5beu?=\r\nMessage-ID: <pop.1822@province.example>\r\n\r\nbody\r\n"
           ).encode()
    h = read_headers(raw)
    assert h.subject == "投诉梅列支行取款机吞卡柜员服务态度差" and h.sender == "csc@province.example"
    assert h.message_id == "<pop.1822@province.example>"


def test_a_block_a_relay_split_gives_the_senders_headers():
    raw = (b"Received: from x by mail.branch.example (Postfix)\r\nFrom: csc@province.example\r\n"
           b"Subject: =?utf-8?b?5a6i5oi35oqV6K+J77ya5LiJ5YWD5pSv6KGM?=\r\n"
           b"Message-Id: <20261203020000.AB12@mail.branch.example>\r\nDate: Thu,  3 Dec 2026 02:00:00 +0000 (UTC)\r\n\r\n"
           b"=?utf-8?b?5p+c5ZGY5pyN5Yqh5oCB5bqm5beu?=\r\nMessage-ID: <fold.0912@province.example>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + b"x" * 100_000)
    h = read_headers(raw)
    assert h.subject == "客户投诉：三元支行柜员服务态度差" and h.message_id == "<fold.0912@province.example>"
