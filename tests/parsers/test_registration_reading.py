"""A registration the branch's own people type: who the customer is (never the clerk) and when it was taken."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.clock import BRANCH_ZONE
from parsers.letter_names import best_name
from parsers.registrations import registered_time

ARRIVED = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)
TELLER = ("工会：\n今天下午有位客户到我们网点当面投诉，情况如下：\n客户周德海，男，六十岁左右，手机 13959871234。\n"
          "他上周五在我行ATM取款2000元，机器只吐出1000元，账上却扣了2000元，今天来要求退还差额。\n\n登记人：吴晓燕（柜员）")


def _name(text: str, registered: bool = True) -> str | None:
    found = best_name(text, registered=registered)
    return found[2] if found else None


@pytest.mark.parametrize("text, customer", [
    (TELLER, "周德海"),
    (TELLER.replace("登记人：吴晓燕（柜员）", "吴晓燕（柜员）"), "周德海"),
    (TELLER.replace("登记人：吴晓燕（柜员）", "经办人：梅列支行 柜员 吴晓燕 0598-8231234"), "周德海"),
    ("来访人：郑秀英，反映存折被误挂失。\n接待人：三元支行 大堂经理 何敏", "郑秀英"),
    ("致电人：林国栋 13905981111，称信用卡被重复扣年费，要求退还。\n记录人：城关分理处 林芳芳", "林国栋"),
    ("投诉人王秀兰来网点反映排队两小时无人理会。\n受理人：陈静", "王秀兰"),
    ("客户来电反映手续费多收，未留姓名。\n\n城关分理处 林芳芳\n0598-8876543", None),  # the signature is the clerk's
    ("柜员王芳态度很差，不给我办理挂失。我叫李明，电话13905982222。", "李明"),
])
def test_the_customer_is_the_one_called_so_never_the_clerk(text, customer):
    assert _name(text) == customer


def test_a_customers_own_letter_is_still_signed_by_the_customer():
    letter = "我在三元支行取款被吞卡，柜员态度很差，要求给个说法。\n\n郭美玲\n2026年12月1日"
    assert _name(letter, registered=False) == "郭美玲"
    assert _name(letter, registered=True) is None  # typed by a clerk, the same lines are the clerk's


def test_a_clerk_named_in_the_text_is_no_customer_even_in_a_letter():
    assert _name("经办人：张伟。我是来投诉的，本人叫刘洋，柜员张伟一直推诿。", registered=False) == "刘洋"


@pytest.mark.parametrize("line, expected", [
    ("受理时间：2026年12月1日 16:20", datetime(2026, 12, 1, 16, 20)),
    ("登记时间：2026-12-01 16:20", datetime(2026, 12, 1, 16, 20)),
    ("来访时间：12月1日16时20分", datetime(2026, 12, 1, 16, 20)),
    ("来电时间: 12月1日 下午4:20", datetime(2026, 12, 1, 16, 20)),
    ("受理日期：2026/12/1", datetime(2026, 12, 1)),
    ("受理时间：12月30日 9:00", datetime(2025, 12, 30, 9, 0)),  # no year, a day still to come: last year's
    ("受理时间：待补", None),
    ("客户说12月1日16:20来过", None),  # a time the text tells of, with no label, is no acceptance time
])
def test_the_time_a_registration_was_taken(line, expected):
    text = f"客户上门投诉登记\n{line}\n客户姓名：章玉兰\n投诉事项：存折被误挂失。"
    taken = registered_time(text, ARRIVED)
    assert taken == (expected.replace(tzinfo=BRANCH_ZONE) if expected else None)
