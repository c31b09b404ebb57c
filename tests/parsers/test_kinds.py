"""Auto-replies, bounces and case ids, read from real message bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.kinds import Bounce, auto_reply_reason, bounce_info, case_ids_in
from parsers.mail import parse_message

EML = Path(__file__).parent / "eml"


def raw_message(headers: list[str], body: str = "hello\r\n") -> bytes:
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode("utf-8")


def reply(*headers: str, subject: str = "Re: [TS-2024-000012] 督办单") -> bytes:
    return raw_message(["From: lina@branch.example", f"Subject: {subject}", *headers])


@pytest.mark.parametrize("header, reason", [
    ("Auto-Submitted: auto-replied", "Auto-Submitted: auto-replied"),
    ("Auto-Submitted: auto-generated; owner-email=x@y", "Auto-Submitted: auto-generated; owner-email=x@y"),
    ("Precedence: bulk", "Precedence: bulk"),
    ("Precedence: junk", "Precedence: junk"),
    ("Precedence: list", "Precedence: list"),
    ("Precedence: auto_reply", "Precedence: auto_reply"),
    ("X-Autoreply: yes", "X-Autoreply: yes"),
    ("X-Auto-Response-Suppress: All", "X-Auto-Response-Suppress: All"),
    ("X-Auto-Response-Suppress: DR, OOF, AutoReply", "X-Auto-Response-Suppress: DR, OOF, AutoReply"),
])
def test_auto_reply_headers(header, reason):
    assert auto_reply_reason(parse_message(reply(header))) == reason


@pytest.mark.parametrize("subject", [
    "自动回复: [TS-2024-000012] 督办单",
    "=?gb2312?B?19S2r7vYuLQ6IFtUUy0yMDI0LTAwMDAxMl0=?=",  # 自动回复: [TS-2024-000012]
    "【自动回复】您好",
    "自動回覆：督办单",
    "Automatic reply: [TS-2024-000012] supervision form",
    "Auto Reply: your message",
    "Out of Office: Li Na",
    "Re: Out of the office until Monday",
    "休假中，1月15日返回",
    "Li Na is out of the office.",
])
def test_auto_reply_subjects(subject):
    reason = auto_reply_reason(parse_message(reply(subject=subject)))
    assert reason is not None and reason.startswith("subject: ")


@pytest.mark.parametrize("headers, subject", [
    ((), "Re: [TS-2024-000012] 督办单"),
    (("Auto-Submitted: no",), "Re: [TS-2024-000012] 督办单"),
    (("Precedence: normal", "X-Auto-Response-Suppress: "), "关于员工休假期间服务态度的投诉"),
    (("X-Autoreply: no",), "客户来信：为何自动回复电话打不通"),
])
def test_ordinary_mail_is_not_an_auto_reply(headers, subject):
    assert auto_reply_reason(parse_message(reply(*headers, subject=subject))) is None


def test_postfix_dsn():
    raw = (EML / "postfix_dsn.eml").read_bytes()
    bounce = bounce_info(parse_message(raw), raw)
    assert bounce == Bounce(
        original_message_ids=("<ts-2024-000012.supervision.1@complaints.branch.example>",),
        failed_recipients=("meilie@branch.example",),
        status="5.1.1",
        diagnostic="550 5.1.1 <meilie@branch.example>: Recipient address rejected: "
                   "User unknown in local recipient table",
    )


EXCHANGE_NDR = """From: postmaster@exchange.example
To: complaints@branch.example
Subject: Undeliverable: [TS-2024-000031] supervision form
Message-ID: <ndr.1@exchange.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_ndr_"

--_ndr_
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:
old.unit@exchange.example

--_ndr_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.exchange.example

Final-recipient: RFC822; Old.Unit@exchange.example
Action: failed
Status: 5.1.10
Diagnostic-code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

Final-recipient: RFC822; slow@exchange.example
Action: delayed
Status: 4.4.7

--_ndr_
Content-Type: message/rfc822

From: complaints@branch.example
To: old.unit@exchange.example
Subject: [TS-2024-000031] supervision form
Message-ID: <ts-2024-000031.supervision.1@complaints.branch.example>

body
--_ndr_--
"""


def test_dsn_with_the_whole_message_returned():
    raw = EXCHANGE_NDR.replace("\n", "\r\n").encode()
    parsed = parse_message(raw)
    assert parsed.forwarded[0].message_id == "<ts-2024-000031.supervision.1@complaints.branch.example>"
    bounce = bounce_info(parsed, raw)
    assert bounce is not None
    assert bounce.original_message_ids == ("<ts-2024-000031.supervision.1@complaints.branch.example>",)
    assert bounce.failed_recipients == ("old.unit@exchange.example",)
    assert bounce.status == "5.1.10"
    assert bounce.diagnostic.startswith("550 5.1.10 RESOLVER.ADR.RecipientNotFound")


def test_delay_notice_has_no_failed_recipient():
    raw = raw_message(
        ["From: MAILER-DAEMON@mail.branch.example (Mail Delivery System)",
         "Subject: Delayed Mail (still being retried)", "MIME-Version: 1.0",
         'Content-Type: multipart/report; report-type=delivery-status; boundary="d"'],
        "--d\r\nContent-Type: text/plain\r\n\r\nstill trying\r\n"
        "--d\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.branch.example\r\n\r\n"
        "Final-Recipient: rfc822; slow@remote.example\r\nAction: delayed\r\nStatus: 4.4.1\r\n"
        "Diagnostic-Code: X-Postfix; connect to mx.remote.example: Connection timed out\r\n"
        "--d\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "Message-ID: <ts-2024-000040.1@complaints.branch.example>\r\n"
        "--d--\r\n",
    )
    bounce = bounce_info(parse_message(raw), raw)
    assert bounce == Bounce(("<ts-2024-000040.1@complaints.branch.example>",), (), "4.4.1",
                            "connect to mx.remote.example: Connection timed out")


def test_unstructured_bounce_from_mailer_daemon():
    raw = raw_message(
        ["Return-Path: <>", "From: MAILER-DAEMON@mx.old-system.example", "To: complaints@branch.example",
         "Subject: failure notice", "Message-ID: <bounce.77@mx.old-system.example>"],
        "Hi. This is the qmail-send program at mx.old-system.example.\r\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n"
        "<gone@old-system.example>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
        "--- Below this line is a copy of the message.\r\n\r\n"
        "Message-ID: <ts-2024-000050.supervision.1@complaints.branch.example>\r\nSubject: x\r\n\r\nbody\r\n",
    )
    bounce = bounce_info(parse_message(raw), raw)
    assert bounce is not None
    assert bounce.original_message_ids == ("<ts-2024-000050.supervision.1@complaints.branch.example>",)
    assert bounce.failed_recipients == ("gone@old-system.example",)


def test_null_return_path_needs_a_bounce_subject():
    bounce_raw = raw_message(["Return-Path: <>", "From: system@mail.example", "Subject: 系统退信"], "投递失败")
    assert bounce_info(parse_message(bounce_raw), bounce_raw) is not None
    auto_raw = raw_message(["Return-Path: <>", "From: lina@branch.example", "Auto-Submitted: auto-replied",
                            "Subject: 自动回复: 督办单"], "我休假了")
    assert bounce_info(parse_message(auto_raw), auto_raw) is None


def test_ordinary_reply_is_not_a_bounce():
    raw = (EML / "outlook_reply_cn.eml").read_bytes()
    assert bounce_info(parse_message(raw), raw) is None


def test_case_ids():
    text = "回复：[TS-2024-000012] 督办单；另见 ts-2023-000999、TS-2024-000012 和 ＴＳ－２０２４－０００１００"
    assert case_ids_in(text) == ("TS-2024-000012", "TS-2023-000999", "TS-2024-000100")
    assert case_ids_in("XTS-2024-000012 TS-2024-0000123 TS-24-000012 TS-2024-00012") == ()
    assert case_ids_in("") == ()
