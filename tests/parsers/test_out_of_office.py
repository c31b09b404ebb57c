"""An auto-responder's text known by its words, and a unit's answer that mentions a leave kept as an answer."""

from __future__ import annotations

import pytest

from parsers.kinds import auto_reply_reason
from parsers.mail import parse_message
from parsers.out_of_office import AUTO_TEXT_MAX, auto_answer_phrase
from tests.parsers.test_linear_time import TEXT_SHAPES, assert_linear


@pytest.mark.parametrize("text", [
    # Coremail's rule while the manager is away (blind mail3): no header, no auto-reply subject
    "您好！我于12月3日至12月9日休年假，期间不能及时处理邮件。如有急事请联系营业室主任 林晓，电话 0598-8221234。谢谢！",
    "这是一封自动回复邮件。您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。",
    "您好，本人12月1日至5日在省行参加培训，暂时无法回复您的邮件，紧急事务请致电 13805981234。",
    "我出差中，邮件回来后处理。\n林芳\n梅列支行 营业室\n联系电话：0598-8221234",  # a signature's 联系电话 is no form
    "您好！我已休年假，12月10日上班。",
    "收到您的邮件，我目前外出学习，回来后第一时间回复。",
    "您的邮件已收到，我会在12月10日后尽快回复。",
    "出差期间邮件无法及时查看，见谅。",
    "如有急事，请直接联系营业室 0598-8221234。",
    "I'm currently away and will return on 8 December. For urgent matters please contact Lin Xiao.",
    "I am on annual leave until Monday with limited access to email.",
    "I will be out of the office from 3 to 9 December.",
    "I am travelling on business and will reply upon my return.",
    "I’m currently out of the office.",
])
def test_an_away_or_received_text_is_an_auto_answer(text):
    assert auto_answer_phrase(text) is not None


@pytest.mark.parametrize("text", [
    # an answer that mentions someone's leave is an answer: what was done decides
    "经核实，该柜员李娜12月3日至12月9日休年假，期间由王芳顶岗，已联系客户致歉，客户表示理解。",
    "客户反映的柜员当日休假，我行已安排营业室主任当面向客户解释，客户已撤回投诉。",
    "该柜员休年假期间的业务已由林晓接手办理并向客户说明，客户满意。",
    "我向客户了解到其本周出差，已约定下周来网点补办。",
    "处理情况：已联系客户致歉，客户表示理解。处理人：林芳。",
    # the unit (我行), not the writer, and no mail unread: a poor answer, still no auto-responder's
    "我行柜员李娜12月3日至9日休年假，业务由其他柜员代办。",
    "柜员休假期间业务由其他柜员办理。",
    # a bare acknowledgement is no auto-responder's either (the unit is asked for its result)
    "收到，谢谢。",
    "我们会尽快处理。",
])
def test_a_units_answer_that_mentions_a_leave_is_no_auto_answer(text):
    assert auto_answer_phrase(text) is None


def test_a_long_text_is_a_persons_whatever_it_says():
    text = "我于12月3日至12月9日休年假。" + "客户来网点时柜员不在，大堂经理也没有接待，" * 20
    assert len(text) > AUTO_TEXT_MAX and auto_answer_phrase(text) is None


def test_the_holiday_answer_in_a_cases_thread_is_an_auto_reply_by_its_body():
    """回复： subject, In-Reply-To, no RFC 3834 header: the body alone says it (blind mail3)."""
    raw = ("From: meilie@branch.example\r\nSubject: =?utf-8?b?5Zue5aSN77ya?= [TS-2026-000001] 客户投诉督办\r\n"
           "In-Reply-To: <ts-2026-000001.route.1@complaints.branch.example>\r\nX-Mailer: Coremail Webmail Server\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "您好！我于12月3日至12月9日休年假，期间不能及时处理邮件。如有急事请联系营业室主任 林晓，电话 0598-8221234。谢谢！\r\n")
    reason = auto_reply_reason(parse_message(raw.encode("utf-8")))
    assert reason == "正文：“我于12月3日至12月9日休年假”"


@pytest.mark.parametrize("shape", TEXT_SHAPES, ids=str)
def test_reading_an_auto_answer_is_linear(shape):
    assert_linear(auto_answer_phrase, TEXT_SHAPES[shape])
