"""A forwarding clerk's e-mail signature and the bank's disclaimer are no part of a letter
(issue 12, blind round two): taken off the body's end, the customer's own closing kept."""

from __future__ import annotations

import pytest

from parsers.mail_signature import is_system_notice, own_complaint, without_mail_signature, without_system_notices

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


# A new complaint typed on top of a thread of earlier ones (issue 12, blind round four).
EARLIER = ("-----原始邮件-----\n发件人: 省分行消保办 <complaints@province.example>\n发送时间: 2026年11月20日 9:30\n"
           "收件人: complaints@branch.example\n主题: 客户投诉转办（梅列支行）\n\n三明分行：\n"
           "客户反映梅列支行ATM吞卡后三天未退卡。客户钱国庆，电话13905981111。请按时限办理。\n")
QUOTED_EARLIER = ("在 2026/11/20 9:30, 省分行消保办 写道:\n> 三明分行：\n"
                  "> 客户反映梅列支行ATM吞卡后三天未退卡。客户钱国庆，电话13905981111。请按时限办理。\n")
NEW = ("三明分行：\n又有一件：客户林海燕（电话15259803356）反映城关分理处拒绝为其办理零钞兑换，"
       "客户要求城关分理处兑换并道歉。请按时限办理。\n\n省分行消保办 陈志明")


@pytest.mark.parametrize("thread", [EARLIER, QUOTED_EARLIER, EARLIER + "\n" + EARLIER.replace("钱国庆", "孙美玉")],
                         ids=["separator", "quoted", "two"])
def test_a_new_complaint_on_top_of_a_thread_is_its_own_words(thread):
    assert own_complaint(f"{NEW}\n\n{thread}") == NEW
    assert without_mail_signature(f"{NEW}\n\n{thread}") == NEW


@pytest.mark.parametrize("note", [
    "请处理。", "转发", "见下",
    "该客户情绪激动，已多次来电投诉，请三元支行配合梅列支行处理。",  # a remark on the complaint below
    "该客户又来电投诉，电话13905981111，请尽快处理。",  # its phone is the quoted complaint's
    "该客户情绪激动，已多次来电投诉，请尽快处理。\n\n陈志明\n福建省分行 消费者权益保护部\n电话：0591-87091234",
])
def test_a_note_on_the_complaint_below_is_no_complaint_of_its_own(note):
    assert own_complaint(f"{note}\n\n{EARLIER}") is None
    assert "钱国庆" in without_mail_signature(f"{note}\n\n{EARLIER}")


def test_a_mail_with_nothing_quoted_has_no_thread_to_drop():
    assert own_complaint(NEW) is None and own_complaint(f"{LETTER}\n发自我的iPhone") is None
