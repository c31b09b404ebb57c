"""extract_reply and strip_forward_header on replies as real mail clients write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.html_text import html_to_text
from parsers.mail import parse_message
from parsers.replies import extract_reply, split_history, strip_forward_header

EML = Path(__file__).parent / "eml"


def body_of(name: str) -> str:
    return parse_message((EML / name).read_bytes()).text


@pytest.mark.parametrize("name, expected", [
    ("outlook_reply_cn.eml", "同意，请三元支行继续跟进。\n转办 三元支行"),
    ("foxmail_reply.eml", "办结\n客户已表示满意。\n\nzhaoliu@meilie.branch.example"),
    ("qq_reply.eml", "延期 10天 原因：客户出差，月底回来"),
    ("gmail_reply.eml", "Hi,\n\n/extend 5 waiting for the customer's bank statement"),
    ("iphone_reply.eml", "满意度 基本满意"),
    ("notes_related.eml", "已联系客户，情况如下：\n处理情况: 已向客户道歉并退还手续费\n经办人: 王五"),
])
def test_reply_samples(name, expected):
    assert extract_reply(body_of(name)) == expected


def test_outlook_html_alternative_gives_the_same_reply():
    parsed = parse_message((EML / "outlook_reply_cn.eml").read_bytes())
    assert extract_reply(html_to_text(parsed.html or "")) == "同意，请三元支行继续跟进。\n转办 三元支行"


def test_gmail_html_alternative_gives_the_same_reply():
    parsed = parse_message((EML / "gmail_reply.eml").read_bytes())
    assert extract_reply(html_to_text(parsed.html or "")) == (
        "Hi,\n/extend 5 waiting for the customer's bank statement")


def test_outlook_english_original_message():
    text = (
        "Approved.\r\n\r\n"
        "-----Original Message-----\r\n"
        "From: Branch Complaints [mailto:complaints@branch.example]\r\n"
        "Sent: Tuesday, January 9, 2024 10:15 AM\r\n"
        "To: President <president@branch.example>\r\n"
        "Subject: [TS-2024-000020] Extension request\r\n\r\n"
        "Please approve.\r\n"
    )
    assert extract_reply(text) == "Approved."


def test_outlook_english_from_block_without_separator():
    text = (
        "/close\n\n"
        "From: Branch Complaints <complaints@branch.example>\n"
        "Sent: Tuesday, January 9, 2024 10:15 AM\n"
        "To: Li Na <lina@branch.example>\n"
        "Subject: [TS-2024-000020] Complaint supervision form\n\n"
        "/reopen\n"
    )
    assert extract_reply(text) == "/close"


def test_outlook_chinese_original_mail_separator():
    text = "同意延期。\n\n-----原始邮件-----\n发件人: 工会\n发送时间: 2024年1月9日 10:15\n主题: 延期申请\n\n批准"
    assert extract_reply(text) == "同意延期。"


def test_one_line_header_from_a_flattened_html_reply():
    text = "收到\nFrom: Union <u@branch.example> Sent: Tuesday, January 9, 2024 To: me Subject: x\nold text"
    assert extract_reply(text) == "收到"


def test_netease_attribution_without_quote_marks():
    text = "已处理。\n\n在 2024-01-09 10:15:00，\"分行客户投诉处理\" <complaints@branch.example> 写道：\n请处理投诉。\n"
    assert extract_reply(text) == "已处理。"


def test_gmail_chinese_attribution():
    text = "已阅\n\n分行客户投诉处理 <complaints@branch.example> 于2024年1月9日周二 10:15写道：\n\n> 请处理。\n"
    assert extract_reply(text) == "已阅"


def test_notes_reply_attribution_and_forward_blocks():
    assert extract_reply("已办结\n\n王五/三元支行/分行 写于 2024-01-10 16:20:05:\n\n请处理") == "已办结"
    notes_en = "FYI\n\n----- Forwarded by Wang Wu/Sanyuan/Branch on 2024-01-10 08:30 AM -----\n\nold"
    assert extract_reply(notes_en) == "FYI"
    assert extract_reply("请工会处理。\n----- 转发者 王五/三元支行/分行 于 2024-01-10 08:30 -----\n原文") == "请工会处理。"
    assert extract_reply(body_of("notes_forward_inline.eml")) == "请工会处理。"


def test_inline_answers_between_quotes_are_kept():
    text = (
        "On Tue, Jan 9, 2024 at 10:15 AM Union <union@branch.example> wrote:\n"
        "> 1. 客户是否已联系？\n"
        "已联系，客户接受道歉。\n"
        ">\n"
        "> 2. 是否需要延期？\n"
        "延期 3天 原因：等待监控录像\n"
        "> 谢谢\n"
    )
    assert extract_reply(text) == "已联系，客户接受道歉。\n延期 3天 原因：等待监控录像"


def test_signatures():
    assert extract_reply("办结\n-- \n王五\n三元支行 客户经理\n电话 0598-1234567") == "办结"
    assert extract_reply("重开\nSent from my iPad\n\nOn Jan 9 wrote:\n> x") == "重开"
    assert extract_reply("满意度 满意\n\n发自我的华为手机") == "满意度 满意"


def test_full_width_quote_marks_and_plain_text_are_untouched():
    assert extract_reply("＞ 引用\n回复内容") == "回复内容"
    letter = "尊敬的行长：\n\n我于1月5日到三元支行办理业务……\n\n此致\n敬礼"
    assert extract_reply(letter) == letter


def test_reply_that_is_only_history_is_empty():
    assert extract_reply("-----Original Message-----\nFrom: x\nTo: y\n\nold") == ""


def test_strip_forward_header_from_notes_inline_forward():
    assert strip_forward_header(body_of("notes_forward_inline.eml")) == (
        "请工会处理。\n\n我在贵行三元支行办理业务时，柜员态度很差，要求给个说法。\n联系电话 13900001111")


def test_strip_forward_header_outlook_and_gmail():
    outlook = (
        "请处理\n\n________________________________\n"
        "发件人: 省行客服中心 <csc@province.example>\n发送时间: 2024年1月9日 9:05\n"
        "收件人: union@branch.example\n主题: 投诉受理单\n\n客户张三投诉三元支行。\n"
    )
    assert strip_forward_header(outlook) == "请处理\n\n客户张三投诉三元支行。"
    gmail = (
        "---------- Forwarded message ---------\nFrom: Customer <c@example.com>\n"
        "Date: Tue, Jan 9, 2024 at 8:00 AM\nSubject: complaint\nTo: <service@head-office.example>\n\n"
        "The ATM ate my card.\n"
    )
    assert strip_forward_header(gmail) == "The ATM ate my card."


def test_strip_forward_header_notes_memo_layout():
    text = (
        "----- Forwarded by Wang Wu/Sanyuan/Branch on 2024-01-10 08:30 AM -----\n\n"
        "\"CSC\" <csc@province.example>\n2024-01-09 09:00\n\nTo\nunion@branch.example\ncc\n\n"
        "Subject\n投诉受理单\n\n客户反映ATM吞卡。\n"
    )
    assert strip_forward_header(text) == "客户反映ATM吞卡。"


@pytest.mark.parametrize("text, own", [
    ("客户投诉。\n\n-----原始邮件-----\n发件人: a@b.example\n主题: x\n\n早先的邮件", "客户投诉。"),
    ("客户投诉。\n在 2026/11/20 9:30, 张三 写道:\n> 早先的邮件", "客户投诉。"),
    ("客户投诉。\n> 早先的邮件", "客户投诉。"),
    ("客户投诉。\n--\n张三\n发自我的iPhone", "客户投诉。\n--\n张三\n发自我的iPhone"),  # a signature is no history
    ("他在留言簿上写道：\n服务太差。", "他在留言簿上写道：\n服务太差。"),  # an attribution quotes nothing here
])
def test_split_history_puts_the_quoted_mail_apart(text, own):
    found, history = split_history(text)
    assert found == own and (history == "") == (own == text)
