"""Complaints the branch's own people register by mail, and comment-book praise (pure: parsed mail + settings)."""

import pytest

from complaints.classify import Kind
from parsers.registrations import is_complaint_record, is_praise
from tests.complaints.test_classify import kind_of
from tests.ingest.helpers import plain_mail

SANYUAN = "sanyuan@branch.example"
CARD = "card@branch.example"
CLERK = "clerk1@branch.example"

WALK_IN = ("客户上门投诉登记\n登记时间：2026年12月3日 10:20\n客户姓名：陈阿姨  电话 139-0598-1122\n"
           "客户反映上周在本网点办理存单挂失，至今未收到新存单，要求尽快补办。\n登记人：柜员 刘婷")
PHONE = "今天上午接到客户来电，称信用卡被重复扣收年费两次共600元，客户很不满，要求退还。客户电话13805981234。"


@pytest.mark.parametrize("sender, body", [(SANYUAN, WALK_IN), (CARD, PHONE), (CLERK, PHONE)])
def test_a_registered_complaint_opens_a_walk_in_case(sender, body):
    found = kind_of(plain_mail(sender=sender, subject="客户投诉登记", body=body))
    assert (found.kind, found.channel) == (Kind.COMPLAINT, "walk_in"), found
    assert found.unit == {SANYUAN: "SY", CARD: "CARD", CLERK: None}[sender]


@pytest.mark.parametrize("sender, body", [
    (SANYUAN, "请问本月的投诉统计表什么时候报？"),
    (SANYUAN, "收到，谢谢。"),
    (CLERK, "大家好，周五下午开会。"),
    ("stranger@elsewhere.example", PHONE),
])
def test_other_mail_from_them_is_not_a_complaint(sender, body):
    assert kind_of(plain_mail(sender=sender, subject="请示", body=body)).kind == Kind.UNKNOWN


def test_a_comment_book_entry_from_any_unit_is_that_units_even_unreplied():
    found = kind_of(plain_mail(sender=CARD, subject="今日意见簿情况", body="1. 客户表扬大堂经理热情。"))
    assert (found.kind, found.channel, found.unit) == (Kind.COMPLAINT, "comment_book", "CARD")


@pytest.mark.parametrize("text", ["客户表扬柜员小王服务热情耐心，特此感谢！", "感谢三元支行大堂经理帮我找回了存折。",
                                  "顾客留言：服务非常周到，点赞！", "那边的大姐很热心，帮了我很多。"])
def test_praise(text):
    assert is_praise(text) and not is_complaint_record(text)


@pytest.mark.parametrize("text", ["感谢你们的服务，但是排队太久了，希望增加窗口。", "客户对柜员态度很不满意。",
                                  "谢谢，不过ATM吞卡的事还没解决。",
                                  # a question put to the bank (blind FRESH28: the 好评 was demanded)
                                  "同一家银行，为什么到了徐碧就要先给你们装东西、打好评？"])
def test_thanks_with_a_grievance_is_no_praise(text):
    assert not is_praise(text)


BANNER = ("12月2日上午，客户张桂英阿姨专程来到网点，赠送一面锦旗，并递交表扬信一封，感谢柜员李娜及时识破电信诈骗。\n"
          "特此报告，表扬信扫描件后补。\n三元支行 办公室")


def test_a_units_mail_telling_of_a_customers_praise_is_that_units_praise():
    found = kind_of(plain_mail(sender=SANYUAN, subject="客户赠送锦旗及表扬信", body=BANNER))
    assert (found.kind, found.unit, found.channel) == (Kind.PRAISE, "SY", None), found


@pytest.mark.parametrize("sender, subject, body", [
    ("stranger@elsewhere.example", "客户赠送锦旗", BANNER),          # not a unit: kept for a person
    (SANYUAN, "本月培训材料", "工会：附件为本月培训材料，请查收，谢谢！"),  # the writer's own thanks
])
def test_thanks_that_are_no_units_praise_report(sender, subject, body):
    assert kind_of(plain_mail(sender=sender, subject=subject, body=body)).kind == Kind.UNKNOWN


def test_a_registered_complaint_that_thanks_the_office_is_still_a_complaint():
    body = WALK_IN + "\n请工会督办，谢谢！"
    found = kind_of(plain_mail(sender=SANYUAN, subject="客户上门投诉登记", body=body))
    assert (found.kind, found.channel) == (Kind.COMPLAINT, "walk_in")
