"""Header blocks put right before parsing: a block Postfix split at an unindented line is
joined back, and only such a block (a forward pasted into a body keeps its lines)."""

from __future__ import annotations

from pathlib import Path

from parsers.header_repair import repair_header_block, repaired_header
from parsers.mail import parse_message

EML = Path(__file__).parent / "eml"
# The csc's mail with "Subject: <word>\r\n<word>" (the second encoded word not indented), as
# Postfix 3 delivered it through Dovecot LMTP: the header block ends at that line, Postfix
# added its own Message-Id and Date and a blank line, the sender's Date, Message-ID and MIME
# fields open the body.
SPLIT = (EML / "postfix_split_subject.eml").read_bytes()


def test_a_block_postfix_split_is_joined_back():
    msg = parse_message(SPLIT)
    assert msg.subject == "客户投诉：三元支行柜员服务态度差"
    assert (msg.from_address, msg.message_id) == ("csc@province.example", "<fold.0912@province.example>")
    assert msg.date is not None and msg.date.isoformat() == "2026-12-03T10:00:00+08:00"
    assert msg.text == "客户苏建国反映三元支行柜员办理业务时玩手机，态度差，要求三元支行道歉。电话13950443322。"


def test_the_relays_own_date_and_message_id_give_way_to_the_senders():
    head, body_at = repaired_header(SPLIT)
    assert head is not None and b"@mail.complaints.test>" not in head  # Postfix's Message-Id
    assert head.count(b"Message-I") == 1 and head.count(b"\nDate:") == 1
    assert SPLIT[body_at:].lstrip().startswith(b"5a6i5oi3")  # the base64 body, never copied into head


def test_a_forward_pasted_into_a_plain_body_is_left_alone():
    raw = ("From: a@b.example\r\nSubject: Fwd: 投诉\r\nDate: Tue, 01 Dec 2026 10:00:00 +0800\r\n\r\n"
           "---------- Forwarded message ---------\r\nFrom: 张三 <z@163.com>\r\nDate: Mon, 30 Nov 2026\r\n"
           "Subject: 投诉\r\nTo: <c@province.example>\r\n\r\n柜员态度差。\r\n").encode()
    assert repair_header_block(raw) == raw
    assert parse_message(raw).subject == "Fwd: 投诉"


def test_a_mime_block_whose_body_quotes_mime_lines_is_left_alone():
    raw = (b"From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"note\r\nContent-Type: text/html\r\nMIME-Version: 1.0\r\n\r\nmore\r\n")
    assert repair_header_block(raw) == raw


def test_a_base64_body_of_a_headerless_mail_is_not_taken_for_a_lost_block():
    raw = b"From: a@b.example\r\nSubject: s\r\n\r\n5a6i5oi3\r\n5p+c5ZGY\r\n\r\n"
    assert repair_header_block(raw) == raw
