"""A forwarding clerk's e-mail signature and the bank's disclaimer are no part of a letter
(issue 12, blind round two): taken off the body's end, the customer's own closing kept."""

from __future__ import annotations

import pytest

from parsers.mail_signature import is_system_notice, without_mail_signature, without_system_notices

LETTER = "尊敬的领导：\n　　我叫骆春华。联系电话：13509581276\n　　　　骆春华\n　　2026年11月30日"
SIGNATURE = "陈志明\n福建省分行 消费者权益保护部\n电话：0591-87091234  手机：13805001234\n地址：福州市鼓楼区五四路158号"
NOTICE = ("本邮件及其附件含有福建省分行的保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即通知发件人。\n"
          "This e-mail contains confidential information intended only for the addressee.")


def test_the_signature_block_and_the_notice_go():
    assert without_mail_signature(f"{LETTER}\n\n{SIGNATURE}\n\n{NOTICE}\n") == LETTER
    assert without_mail_signature(f"{LETTER}\n\n{SIGNATURE}") == LETTER


def test_a_customers_own_closing_with_a_phone_stays():
    text = "客户张三投诉三元支行。\n\n张三\n电话：13900000000"
    assert without_mail_signature(text) == text
    assert without_mail_signature(f"{LETTER}\n\n客户 骆春华\n三元支行 老客户\n电话：13509581276") == \
        f"{LETTER}\n\n客户 骆春华\n三元支行 老客户\n电话：13509581276"


def test_a_body_that_is_only_a_signature_is_kept():
    assert without_mail_signature(SIGNATURE) == SIGNATURE


@pytest.mark.parametrize("notice", [
    "本邮件由系统自动发送，请勿直接回复。", "此邮件由工单系统自动发送，请勿回复", "该通知为系统推送，请勿直接回复本邮件",
    "This is an automatically generated e-mail, please do not reply.", "系统邮件，请不要直接回复",
    "温馨提示：本邮件为系统自动发送，请勿回复。如有疑问请联系分行消保办。", "Please do not reply to this e-mail.",
])
def test_a_sending_systems_notice_is_no_ones_words(notice):
    assert is_system_notice(notice)
    assert without_mail_signature(f"{LETTER}\n{notice}") == LETTER
    assert without_system_notices(f"客户反映柜员态度差。\n{notice}\n王芳") == "客户反映柜员态度差。\n王芳"


@pytest.mark.parametrize("line", [
    "银行每月自动发送短信扣费，我从未开通。",
    "我多次发邮件给网点，对方回复说系统自动生成的利息无法更改",
    "客户称收到一条短信：本短信由系统自动发送，请勿回复。客户认为该短信是诈骗，要求网点核实并说明情况，并对其造成的困扰道歉赔偿损失。",
])
def test_a_customer_telling_of_a_machine_is_kept(line):
    assert not is_system_notice(line)
