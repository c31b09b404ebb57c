"""A text part that holds HTML source is read as the page a mail client shows (issue 12, blind
round three): work-order systems fill text/plain with their HTML, or label a whole mail so."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from parsers.body_form import parse_body_form
from parsers.html_text import is_html_source
from parsers.mail import parse_message

EML = Path(__file__).parent / "eml"


def test_an_alternative_whose_plain_part_is_the_source_reads_the_html_part():
    parsed = parse_message((EML / "workorder_plain_is_html_source.eml").read_bytes())
    assert "<" not in parsed.text and parsed.text.startswith("客户投诉工单\n工单编号: GD20261203-0342\n")
    assert parsed.html is not None and "<style>" in parsed.html, "the part sent as HTML is the one read"
    form = parse_body_form(parsed.text)
    assert form is not None and (form.get("customer_name"), form.get("phone"), form.get("unit")) == (
        "范秋月", "13859064417", "三元支行")


def test_a_single_part_labelled_plain_that_is_an_html_fragment():
    parsed = parse_message((EML / "ebank_html_labelled_plain.eml").read_bytes())
    assert "<" not in parsed.text and "&nbsp;" not in parsed.text
    form = parse_body_form(parsed.text)
    assert form is not None and form.as_dict() == {
        "acceptance_number": "WY-2026-1203-00911", "customer_name": "邵明辉", "phone": "15905983310",
        "unit": "梅列支行", "content": "客户反映梅列支行ATM取款未吐钞但已扣账，\n已过三个工作日仍未退回。",
        "request": "尽快退回被扣款项。"}


def test_a_plain_letter_stays_plain_beside_a_real_html_part():
    message = EmailMessage()
    message.set_content("尊敬的领导：\n我在<三元支行>办理业务时，柜员态度很差。\n王芳")
    message.add_alternative("<p>尊敬的领导：</p><p>我在三元支行办理业务时，柜员态度很差。</p>", subtype="html")
    assert parse_message(message.as_bytes()).text == "尊敬的领导：\n我在<三元支行>办理业务时，柜员态度很差。\n王芳"


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body>x</body></html>",
    "\ufeff\r\n  <HTML><BODY><P>客户投诉</P></BODY></HTML>",
    "<table><tr><td>客户姓名</td><td>张三</td></tr></table>",
    "<div>客户投诉工单</div>",
    "<!-- generated --><p>x</p>",
    "工单如下：\n<table><tr><td>客户姓名</td><td>张三</td></tr><tr><td>投诉内容</td><td>排队太久</td></tr></table>",
])
def test_markup_is_html_source(text):
    assert is_html_source(text)


@pytest.mark.parametrize("text", [
    "尊敬的领导：我是王芳，在三元支行办理业务时受到冷遇。",
    "<张三> 反映柜员态度差",
    "<a@b.example> wrote:\n> 客户投诉",
    "我收到的短信写着<b>，不知道是什么意思。\n王芳\n2026年12月1日",
    "",
])
def test_a_letter_is_no_html_source(text):
    assert not is_html_source(text)


def test_a_system_notice_under_a_multiline_field_is_no_part_of_it():
    body = ("投诉人: 蔡淑英\n涉及网点: 城关分理处\n诉求: 要求说明原因\n问题描述:\n"
            "客户预约取现后仍被告知现金不足。\n本邮件由系统自动发送，请勿直接回复。")
    form = parse_body_form(body)
    assert form is not None and form.get("content") == "客户预约取现后仍被告知现金不足。"
