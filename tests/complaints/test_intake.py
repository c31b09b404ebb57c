"""From a parsed mail to a new case's facts: attached form, form in the body, letter, nothing usable."""

from __future__ import annotations

import pytest

from complaints.intake import read_complaint
from complaints.sample_mail import complaint_mail, form_mail
from core.config import Directory
from core.errors import ParseError
from parsers.mail import parse_message
from tests.router.directory import branch_directory

FORM = {"acceptance_number": "CSC-20261126-0002", "customer_name": "黄志强", "phone": "139 0598 1234",
        "unit": "信用卡中心", "category": "信用卡", "urgency": "紧急",
        "content": "客户称信用卡年费未经告知被扣收300元，表示如不处理将向监管部门投诉。", "request": "要求退还年费。"}


@pytest.fixture(scope="module")
def directory() -> Directory:
    return branch_directory()


def test_attached_form(directory):
    msg = parse_message(form_mail(FORM, sender="csc@province.example", to="complaints@branch.example"))
    intake = read_complaint(msg, "csc", directory)
    assert intake.source.startswith("form:") and intake.source.endswith(".docx")
    assert intake.acceptance_number == "CSC-20261126-0002"
    assert intake.customer_name == "黄志强" and intake.customer_phone == "13905981234"
    assert intake.unit_field == "信用卡中心" and intake.urgency == "紧急"
    assert (intake.category, intake.complaint.business_sub) == ("银行卡", "信用卡")
    assert intake.complaint.channel == "csc" and intake.complaint.source_address == "csc@province.example"
    assert any(s.kind == "regulator" for s in intake.complaint.signals)
    assert intake.fields["customer_name"]["label"] == "客户姓名"
    assert intake.originals == (intake.source.removeprefix("form:"),), "the typed form travels with the case"


def test_form_in_the_body(directory):
    body = "受理编号：W-9\n客户姓名：李四\n联系电话：13900001111\n被投诉单位：梅列支行\n投诉内容：取款机吞卡，第二天才退回。"
    msg = parse_message(complaint_mail(sender="service@head-office.example", to="complaints@branch.example",
                                       subject="转来投诉", body=body))
    intake = read_complaint(msg, "online", directory)
    assert intake.source == "form:mail body" and intake.originals == ()
    assert (intake.acceptance_number, intake.unit_field, intake.customer_phone) == ("W-9", "梅列支行", "13900001111")


def test_a_staff_signature_and_disclaimer_under_a_typed_letter_are_not_the_letters(directory):
    """A province clerk pastes the customer's letter above her signature block and the bank's
    notice (issue 12, blind round two): the customer is the letter's, not the clerk."""
    body = ("以下为客户来信原文，请核实处理。\n\n尊敬的领导：\n　　我叫骆春华，2026年11月28日在三元支行被误导购买保险。"
            "我要求三元支行撤销合同。\n　　联系电话：13509581276\n　　　　骆春华\n　　2026年11月30日\n\n"
            "陈志明\n福建省分行 消费者权益保护部\n电话：0591-87091234  手机：13805001234\n\n"
            "本邮件及其附件含有福建省分行的保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请立即通知发件人。")
    msg = parse_message(complaint_mail(sender="complaints@province.example", to="complaints@branch.example",
                                       subject="客户来信转办", body=body))
    intake = read_complaint(msg, "superior", directory)
    assert (intake.customer_name, intake.customer_phone) == ("骆春华", "13509581276")
    assert "保密信息" not in intake.content and "陈志明" not in intake.content


def test_letter_in_the_body(directory):
    body = ("尊敬的领导：我是梅列区居民王秀英，联系电话13959876543。11月20日我在梅列支行办理业务时，"
            "工作人员在未说明风险的情况下向我推荐购买理财产品，现产品亏损。请求贵行调查此事并给予合理赔偿。")
    msg = parse_message(complaint_mail(sender="scanner@branch.example", to="complaints@branch.example",
                                       subject="客户来信", body=body))
    intake = read_complaint(msg, "letter", directory)
    assert intake.source == "letter:body" and intake.acceptance_number is None
    assert intake.customer_name == "王秀英" and intake.customer_phone == "13959876543"
    assert intake.complaint.unit_mentions == ("ML",)
    assert "赔偿" in intake.request


def test_nothing_usable_is_a_parse_error(directory):
    msg = parse_message(complaint_mail(sender="csc@province.example", to="complaints@branch.example",
                                       subject="空", body=""))
    with pytest.raises(ParseError, match="无法读取投诉内容"):
        read_complaint(msg, "csc", directory)


def test_broken_form_attachment_names_the_file(directory):
    raw = complaint_mail(sender="csc@province.example", to="complaints@branch.example", subject="受理单",
                         body="见附件", attachments=(("受理单.docx", "application/vnd.openxmlformats-officedocument"
                                                      ".wordprocessingml.document", b"PK\x03\x04broken"),))
    with pytest.raises(ParseError, match="受理单.docx"):
        read_complaint(parse_message(raw), "csc", directory)
