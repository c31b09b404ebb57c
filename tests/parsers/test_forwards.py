"""Forwarded complaints read from inside, in the shapes Outlook, Foxmail/QQ, Gmail, Coremail and Notes write."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail
from parsers.forwards import forwarded_original, inline_forward
from parsers.loose_dates import letter_date, parse_loose_date
from parsers.mail import parse_message

COMPLAINT = ("本人于12月1日在梅列支行办理转账，柜员操作失误把钱转错了账户，至今没有追回。"
             "要求梅列支行尽快追回款项并书面道歉。联系电话：13905987766")

OUTLOOK = f"""请处理。

-----Original Message-----
From: 郑丽 <zhengli@customer.example>
Sent: Tuesday, December 1, 2026 4:05 PM
To: 客服中心 <kf@bank.example>
Subject: 投诉梅列支行转错账

{COMPLAINT}
"""

OUTLOOK_CN = f"""转工会处理

________________________________
发件人: 郑丽 <zhengli@customer.example>
发送时间: 2026年12月1日 16:05
收件人: kf@bank.example
主题: 投诉梅列支行转错账

{COMPLAINT}
"""

FOXMAIL = f"""

------------------ 原始邮件 ------------------
发件人: "郑丽"<zhengli@customer.example>;
发送时间: 2026年12月1日(星期二) 下午4:05
收件人: "客服"<kf@bank.example>;
主题: 投诉梅列支行转错账

{COMPLAINT}
"""

GMAIL = f"""---------- Forwarded message ---------
From: 郑丽 <zhengli@customer.example>
Date: Tue, Dec 1, 2026 at 4:05 PM
Subject: 投诉梅列支行转错账
To: <kf@bank.example>


{COMPLAINT}
"""

COREMAIL = f"""转发给分行工会。

----- 原始邮件 -----
发件人："郑丽" <zhengli@customer.example>
发送时间：2026-12-01 16:05:12 (星期二)
收件人：kf@bank.example
主题：投诉梅列支行转错账

{COMPLAINT}
"""

NOTES = f"""----- 转发者 王芳/三明分行/福建/XXBANK 于 2026-12-02 09:10 -----

"郑丽" <zhengli@customer.example>
2026-12-01 16:05

收件人
kf@bank.example
抄送

主题
投诉梅列支行转错账

{COMPLAINT}
"""

QUOTED = """------------------ Original ------------------
From: "郑丽"<zhengli@customer.example>;
Date: Tue, Dec 1, 2026 04:05 PM
Subject: 投诉梅列支行转错账

> 本人于12月1日在梅列支行办理转账，柜员操作失误把钱转错了账户。
> 要求尽快追回。
"""

ORIGINAL_AT = datetime(2026, 12, 1, 16, 5, tzinfo=BRANCH_ZONE)


@pytest.mark.parametrize("body", [OUTLOOK, OUTLOOK_CN, FOXMAIL, GMAIL, COREMAIL, NOTES],
                         ids=["outlook", "outlook-cn", "foxmail", "gmail", "coremail", "notes"])
def test_inline_forwards_are_read_from_inside(body):
    found = inline_forward(body)
    assert found is not None
    assert found.text == COMPLAINT
    assert found.sender_address == "zhengli@customer.example" and found.sender_name == "郑丽"
    assert found.subject == "投诉梅列支行转错账"
    assert found.date is not None and found.date.replace(second=0) == ORIGINAL_AT


def test_quoted_forward_loses_its_quote_marks():
    found = inline_forward(QUOTED)
    assert found.text.splitlines()[0].startswith("本人于12月1日") and "要求尽快追回" in found.text


def test_an_ordinary_mail_is_no_forward():
    assert inline_forward(COMPLAINT) is None
    msg = parse_message(complaint_mail(sender="a@b.example", to="c@d.example", subject="投诉", body=COMPLAINT))
    assert forwarded_original(msg) is None


def test_a_message_rfc822_attachment_is_read_from_inside():
    original = complaint_mail(sender="郑丽 <zhengli@customer.example>", to="kf@bank.example",
                              subject="投诉梅列支行转错账", body=COMPLAINT, date=ORIGINAL_AT)
    outer = complaint_mail(sender="kf@bank.example", to="complaints@branch.example", subject="转发：投诉",
                           body="请阅处", attachments=(("投诉.eml", "message/rfc822", original),))
    found = forwarded_original(parse_message(outer))
    assert found.kind == "attachment" and found.text == COMPLAINT
    assert found.sender_address == "zhengli@customer.example" and found.date == ORIGINAL_AT
    assert found.note == "请阅处"


def test_a_forward_of_a_forward_is_read_to_the_complaint():
    twice = "请转三元支行\n\n" + OUTLOOK.replace("请处理。", "")
    outer = "FYI\n\n---------- Forwarded message ---------\nFrom: 客服 <kf@bank.example>\n" \
            "Date: Wed, Dec 2, 2026 at 9:00 AM\nSubject: Fw: 投诉\n\n见下\n\n" + OUTLOOK.replace("请处理。", "")
    found = forwarded_original(parse_message(complaint_mail(sender="x@bank.example", to="c@d.example",
                                                            subject="Fwd", body=outer)))
    assert found.text == COMPLAINT and found.sender_address == "zhengli@customer.example"
    assert inline_forward(twice).note == "请转三元支行"


@pytest.mark.parametrize("text, expected", [
    ("Tue, 01 Dec 2026 16:05:00 +0800", ORIGINAL_AT),
    ("2026年12月1日(星期二) 下午4:05", ORIGINAL_AT),
    ("Tuesday, December 1, 2026 4:05 PM", ORIGINAL_AT),
    ("12/01/2026 04:05 PM", ORIGINAL_AT),
    ("2026/12/1 16:05", ORIGINAL_AT),
    ("二〇二六年", None),
    ("", None),
])
def test_loose_dates(text, expected):
    assert parse_loose_date(text) == expected


def test_a_letter_is_dated_by_its_signature_not_by_what_it_tells():
    text = "尊敬的领导：\n2026年10月3日我在三元支行取款被拒。\n希望给个说法。\n此致\n敬礼\n王建国\n２０２６年１１月５日"
    assert letter_date(text) == datetime(2026, 11, 5, tzinfo=BRANCH_ZONE)
    assert letter_date("2026年10月3日我在三元支行取款被拒，柜员态度很差，希望给个说法，我等了很久，真是太不像话了。") is None


def test_a_letter_signed_with_a_date_in_words_gives_that_date():
    """"二〇二六年十一月三日" under the signature is the received date, like "2026年11月3日"."""
    text = "十月二十日上午我陪母亲去明溪县支行取养老金，柜员当众吼她。\n请给我母亲道歉。\n女儿 邱晓梅\n二〇二六年十一月三日"
    assert letter_date(text) == datetime(2026, 11, 3, tzinfo=BRANCH_ZONE)
    assert letter_date("请处理。\n王明\n二〇二六年十二月三十一日") == datetime(2026, 12, 31, tzinfo=BRANCH_ZONE)
    assert letter_date("我十一月三日去了网点，等了很久没人理我，真是太不像话了，请给个说法。") is None


def test_a_forward_sent_as_a_reply_quotes_the_original_with_angle_brackets():
    """Thunderbird's "在 … 写道:" over "> " lines (issue 12, blind round two)."""
    text = ("请城关分理处核实处理。\n\n在 2026/12/1 20:33, 罗美琴 写道:\n> 你好，\n"
            "> 我是城关分理处的客户罗美琴，电话13705982291。\n> 希望城关分理处调取监控。\n>\n")
    found = inline_forward(text)
    assert found.text == "你好，\n我是城关分理处的客户罗美琴，电话13705982291。\n希望城关分理处调取监控。"
    assert (found.note, found.sender_name, found.date.strftime("%Y-%m-%d %H:%M")) == \
        ("请城关分理处核实处理。", "罗美琴", "2026-12-01 20:33")


def _eml(sender: str, when: str, text: str, attached: str = "") -> str:
    head = f"From: {sender}\r\nSubject: x\r\nDate: {when}\r\nMIME-Version: 1.0\r\n"
    if not attached:
        return head + f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    return head + ('Content-Type: multipart/mixed; boundary="%s"\r\n\r\n--%s\r\n'
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n--%s\r\nContent-Type: message/rfc822\r\n\r\n"
                   "%s\r\n--%s--\r\n") % (len(text), len(text), text, len(text), attached, len(text))


def test_a_forward_of_an_attached_forward_is_read_down_to_the_customers_mail():
    customer = _eml("fangzhigang@sina.com", "Sun, 29 Nov 2026 21:05:00 +0800",
                    "你们城关分理处的柜员未经我同意就把我的身份证复印了三份，要求销毁复印件。方志刚 13799812265")
    middle = _eml("service@head-office.example", "Mon, 30 Nov 2026 09:12:00 +0800", "转省分行处理。", customer)
    outer = _eml("complaints@province.example", "Thu, 03 Dec 2026 10:00:00 +0800", "转你行处理。", middle)
    found = forwarded_original(parse_message(outer.encode()))
    assert (found.sender_address, found.note) == ("fangzhigang@sina.com", "转你行处理。")
    assert found.text.startswith("你们城关分理处") and found.date.day == 29


def test_a_new_complaint_typed_above_quoted_earlier_mail_is_no_forward():
    """The quoted thread under a complaint of its own is history (issue 12, blind round four);
    a forwarding note over the same thread still reads the mail from inside."""
    new = "又有一件：客户林海燕（电话15259803356）反映城关分理处拒绝办理零钞兑换，要求道歉。请按时限办理。"
    raw = complaint_mail(sender="complaints@province.example", to="complaints@branch.example",
                         subject="回复：11月份客户投诉转办", body=OUTLOOK.replace("请处理。", new))
    assert forwarded_original(parse_message(raw)) is None
    forward = complaint_mail(sender="complaints@province.example", to="complaints@branch.example",
                             subject="转发", body=OUTLOOK)
    assert forwarded_original(parse_message(forward)).text == COMPLAINT
