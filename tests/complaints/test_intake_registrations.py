"""A registration typed in a unit's mail: the customer it names, and the time it was taken as the case's received time."""

from __future__ import annotations

from datetime import datetime

import pytest

from complaints.intake import read_complaint
from complaints.opening import received_time
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from parsers.mail import parse_message
from tests.router.directory import branch_directory

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)
UNIT = "sanyuan@branch.example"
REGISTRATION = ("客户上门投诉登记\n受理时间：{taken}\n客户姓名：章玉兰\n联系电话：13850987712\n"
                "投诉事项：客户反映其存折被柜员误挂失，取不出钱，来回跑了两次。\n客户要求：尽快解挂并道歉。\n"
                "接待人：三元支行 大堂经理 何敏")
TELLER = ("工会：\n今天下午有位客户到我们网点当面投诉，情况如下：\n客户周德海，男，六十岁左右，手机 13959871234。\n"
          "他上周五在我行自助银行的ATM取款2000元，机器只吐出1000元，账上却扣了2000元，今天来要求退还差额。\n\n"
          "登记人：吴晓燕（柜员）")


@pytest.fixture(scope="module")
def directory():
    return branch_directory()


def _intake(body: str, directory, channel: str = "walk_in"):
    msg = parse_message(complaint_mail(sender=UNIT, to="complaints@branch.example", subject="客户上门投诉登记",
                                       body=body, date=NOW))
    return read_complaint(msg, channel, directory)


@pytest.mark.parametrize("taken", ["2026年12月1日 16:20", "2026-12-01 16:20", "12月1日16时20分"])
def test_a_registration_counts_from_the_time_it_was_taken(directory, taken):
    intake = _intake(REGISTRATION.format(taken=taken), directory)
    assert intake.customer_name == "章玉兰"
    assert intake.complained_at == datetime(2026, 12, 1, 16, 20, tzinfo=BRANCH_ZONE)
    assert received_time(intake.complained_at, NOW) == (datetime(2026, 12, 1, 16, 20, tzinfo=BRANCH_ZONE), None)


@pytest.mark.parametrize("taken, noted", [("2026年12月9日 9:00", False), ("2026年6月1日 9:00", True)])
def test_a_time_to_come_or_long_past_is_not_taken(directory, taken, noted):
    intake = _intake(REGISTRATION.format(taken=taken), directory)
    at, note = received_time(intake.complained_at, NOW)
    assert at == NOW and (note is not None) == noted


def test_the_customer_is_not_the_teller_who_registered_it(directory):
    intake = _intake(TELLER, directory)
    assert intake.customer_name == "周德海" and intake.customer_phone == "13959871234"


def test_a_customers_own_letter_keeps_its_signature(directory):
    body = "我在三元支行取款被吞卡，柜员态度很差，要求给个说法。\n\n郭美玲\n2026年12月1日"
    assert _intake(body, directory, channel="online").customer_name == "郭美玲"
    assert _intake(body, directory).customer_name is None  # typed by a unit: the lines under it are the clerk's
    assert received_time(_intake(body, directory).complained_at, NOW)[0] == datetime(2026, 12, 1, tzinfo=BRANCH_ZONE)
