"""Forwarded and HTML-only complaints read from inside; the complaint's own date kept for its time limits."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
import email.policy

import pytest

from core.clock import BRANCH_ZONE
from complaints.opening import received_time
from complaints.intake import read_complaint
from complaints.sample_mail import complaint_mail, form_mail
from parsers.mail import parse_message
from tests.parsers.test_forwards import COMPLAINT, FOXMAIL, NOTES, ORIGINAL_AT, OUTLOOK
from tests.router.directory import branch_directory

FORWARDER = "service@head-office.example"
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)


@pytest.fixture(scope="module")
def directory():
    return branch_directory()


@pytest.mark.parametrize("body", [OUTLOOK, FOXMAIL, NOTES], ids=["outlook", "foxmail", "notes"])
def test_an_inline_forward_is_the_original_complaint(directory, body):
    msg = parse_message(complaint_mail(sender=FORWARDER, to="complaints@branch.example", subject="转发：投诉",
                                       body=body))
    intake = read_complaint(msg, "online", directory)
    assert intake.content == COMPLAINT
    assert intake.customer_phone == "13905987766" and intake.complaint.unit_mentions == ("ML",)
    assert intake.original["sender"] == "zhengli@customer.example" and intake.original["sender_name"] == "郑丽"
    assert intake.complained_at.replace(second=0) == ORIGINAL_AT
    assert intake.complaint.source_address == FORWARDER  # the forwarder is the channel's source


def test_a_forwarded_form_keeps_its_fields_and_its_acceptance_time(directory):
    form = {"acceptance_number": "CSC-20261130-0009", "accepted_at": "2026-11-30 15:20", "customer_name": "郑丽",
            "phone": "13905987766", "unit": "梅列支行", "content": "客户反映转账被柜员转错账户，至今未追回。",
            "request": "要求追回款项。"}
    original = form_mail(form, sender="csc@province.example", to="kf@bank.example", date=ORIGINAL_AT)
    outer = complaint_mail(sender=FORWARDER, to="complaints@branch.example", subject="FW: 客户投诉受理单",
                           body="", attachments=(("受理单.eml", "message/rfc822", original),))
    intake = read_complaint(parse_message(outer), "online", directory)
    assert intake.acceptance_number == "CSC-20261130-0009" and intake.unit_field == "梅列支行"
    assert intake.complained_at == datetime(2026, 11, 30, 15, 20, tzinfo=BRANCH_ZONE)  # 受理时间 wins
    assert intake.original["sender"] == "csc@province.example" and intake.original["kind"] == "attachment"


NOTE = "该客户情绪激动，已多次来电投诉，请三元支行配合梅列支行处理。"


def _attached_forward(note: str, complaint: str = COMPLAINT) -> bytes:
    original = complaint_mail(sender="郑丽 <zhengli@customer.example>", to="kf@bank.example", subject="投诉",
                              body=complaint, date=ORIGINAL_AT)
    return complaint_mail(sender=FORWARDER, to="complaints@branch.example", subject="转发", body=note,
                          attachments=(("投诉.eml", "message/rfc822", original),))


@pytest.mark.parametrize("raw", [
    complaint_mail(sender=FORWARDER, to="complaints@branch.example", subject="转发", body=OUTLOOK.replace("请处理。", NOTE)),
    _attached_forward(NOTE),
], ids=["inline", "attached"])
def test_a_forwarders_note_is_context_kept_beside_the_complaint_inline_or_attached(directory, raw):
    intake = read_complaint(parse_message(raw), "online", directory)
    assert intake.content == COMPLAINT  # the customer's words only
    assert intake.texts["forward_note"] == NOTE
    assert intake.complaint.unit_mentions == ("ML",)  # the complaint's own unit, not the note's 三元支行


def test_a_forwarders_note_routes_a_complaint_that_names_no_unit(directory):
    complaint = "我在你们网点办理转账，柜员把钱转错了账户，至今没有追回。要求尽快追回。郑丽 13905987766"
    intake = read_complaint(parse_message(_attached_forward("请梅列支行核实处理。", complaint)), "online", directory)
    assert intake.content == complaint and intake.complaint.unit_mentions == ("ML",)


def _alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = FORWARDER, "complaints@branch.example", "网上投诉"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes(policy=email.policy.SMTP)


HTML_FORM = """<html><body><p>网上银行投诉工单</p>
<table border=1><tr><td>工单编号</td><td>WY-20261202-0031</td></tr>
<tr><td>客户姓名</td><td>苏明</td><td>联系电话</td><td>138 0598 7788</td></tr>
<tr><td>被投诉单位</td><td>三元支行</td></tr>
<tr><td>投诉内容</td><td>客户在三元支行开通网银时被要求购买保险，不买不给开通。</td></tr>
<tr><td>客户诉求</td><td>要求取消保险并退款。</td></tr></table></body></html>"""


@pytest.mark.parametrize("stub", ["请使用支持 HTML 的邮件客户端查看本邮件。", "", "https://ts.head-office.example/view?id=31",
                                  "This is an HTML message. Please use an HTML capable mail program to read it."])
def test_a_stub_plain_part_gives_way_to_the_html_table(directory, stub):
    intake = read_complaint(parse_message(_alternative(stub, HTML_FORM)), "online", directory)
    assert intake.customer_name == "苏明" and intake.customer_phone == "13805987788"
    assert intake.unit_field == "三元支行" and "购买保险" in intake.content and intake.request == "要求取消保险并退款。"


def test_a_real_plain_part_is_still_read():
    plain = "我在三元支行开通网银时被要求购买保险，不买不给开通，要求取消保险并退款。苏明 13805987788"
    msg = parse_message(_alternative(plain, f"<p>{plain}</p><p>发自网页表单</p>"))
    assert msg.text == plain


@pytest.mark.parametrize("complained, expected, noted", [
    (None, NOW, False),
    (NOW - timedelta(days=3), NOW - timedelta(days=3), False),  # a form received late gains no days
    (NOW + timedelta(hours=5), NOW, False),                     # a sender's clock ahead: the arrival
    (NOW - timedelta(days=400), NOW, True),                     # a mistyped year: the arrival, and a note
])
def test_received_time(complained, expected, noted):
    at, note = received_time(complained, NOW)
    assert at == expected and (note is not None) == noted


@pytest.mark.parametrize("body, mentions", [
    # the card's own outlet is named first; the outlet complained about leads, alone
    ("我的卡是在三元支行开的，上个月在梅列支行取款时被吞卡，柜员态度很差。请尽快处理。\n王建国 13905981234", ("ML",)),
    # a thanked outlet is named first; the one the letter complains about is the one to answer
    ("先感谢城关分理处的小林。再说梅列支行，窗口只开一个，柜员一直看手机，我等了一个小时。\n李梅 13905984321", ("ML",)),
    # no unit singled out: every named unit, in order, as before
    ("我在三元支行和梅列支行都办过业务，想问一下转账限额怎么调整。\n陈军 13905985678", ("SY", "ML")),
])
def test_the_units_a_letter_complains_about_are_the_ones_routed(directory, body, mentions):
    msg = parse_message(complaint_mail(sender="customer@mail.example", to="complaints@branch.example",
                                       subject="投诉", body=body))
    intake = read_complaint(msg, "online", directory)
    assert intake.complaint.unit_mentions == mentions


def test_a_letter_signed_without_a_year_dates_from_the_year_it_arrived(directory):
    body = "我12月1日在梅列支行取款时被吞卡，柜员态度很差。请尽快处理。\n王建国 13905981234\n12月2日"
    msg = parse_message(complaint_mail(sender="customer@mail.example", to="complaints@branch.example",
                                       subject="投诉", body=body, date=NOW))
    intake = read_complaint(msg, "online", directory)
    assert intake.complained_at == datetime(2026, 12, 2, tzinfo=BRANCH_ZONE)
    assert received_time(intake.complained_at, NOW) == (datetime(2026, 12, 2, tzinfo=BRANCH_ZONE), None)
