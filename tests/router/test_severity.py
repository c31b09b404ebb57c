"""Severity levels, their reasons, and who is told at once for each level."""

from datetime import timedelta

import pytest

from router.complaint import PriorCase, Signal
from router.severity import notify_list, severity
from tests.router.builders import NOW, a_complaint
from tests.router.directory import branch_directory

DIRECTORY = branch_directory()


def test_an_ordinary_complaint_is_normal_and_tells_nobody():
    level, reasons = severity(a_complaint(urgency="一般"), (), NOW)
    assert (level, reasons) == ("normal", ())
    assert notify_list(level, "SY", None, a_complaint(), DIRECTORY) == ()


def test_media_channel_is_serious():
    level, reasons = severity(a_complaint(channel="media"), (), NOW)
    assert level == "serious" and "媒体" in reasons[0]


def test_signals_raise_to_their_own_level():
    major = Signal(kind="regulator", word="银保监", level="major")
    serious = Signal(kind="media", word="曝光", level="serious")
    assert severity(a_complaint(signals=(major,)), (), NOW).level == "major"
    level, reasons = severity(a_complaint(signals=(major, serious)), (), NOW)
    assert level == "serious" and len(reasons) == 2 and "「曝光」" in reasons[1]


@pytest.mark.parametrize("value", ["紧急", "特急", "加急", "重要", "非常紧急", " 紧 急 "])
def test_urgent_form_is_major_never_serious(value):
    level, reasons = severity(a_complaint(urgency=value), (), NOW)
    assert level == "major" and "紧急程度" in reasons[0]


@pytest.mark.parametrize("value", ["一般", "普通", "不紧急", "", None, "蓝色"])
def test_calm_or_unknown_urgency_raises_nothing(value):
    assert severity(a_complaint(urgency=value), (), NOW).level == "normal"


def _prior(days_ago, phone=None, number=None):
    return PriorCase("TS-2026-000007", NOW - timedelta(days=days_ago), phone, number)


def test_same_phone_within_90_days_is_a_repeat_complaint():
    complaint = a_complaint(customer_phone="+86 138-0000-5678")
    level, reasons = severity(complaint, [_prior(89, phone="13800005678")], NOW)
    assert level == "major"
    assert "TS-2026-000007" in reasons[0] and "联系电话" in reasons[0]
    assert "5678" not in reasons[0]                       # no PII in stored reasons


def test_same_acceptance_number_within_90_days_is_a_repeat_complaint():
    level, reasons = severity(a_complaint(acceptance_number="GD2026-0042"),
                              [_prior(30, number="gd2026-0042")], NOW)
    assert level == "major" and "受理编号" in reasons[0]


def test_a_repeat_after_90_days_does_not_count():
    complaint = a_complaint(customer_phone="13800005678", acceptance_number="GD1")
    assert severity(complaint, [_prior(91, "13800005678", "GD1")], NOW).level == "normal"


def test_a_different_customer_is_no_repeat():
    assert severity(a_complaint(customer_phone="13800005678"), [_prior(5, "13900001111")], NOW).level == "normal"


def test_major_tells_the_unit_leader_and_the_business_line_leader():
    complaint = a_complaint(business="个人金融", business_sub="理财")
    got = notify_list("major", "CG", complaint.business, complaint, DIRECTORY)
    assert [(r.role, r.email) for r in got] == [
        ("unit_leader", "vp2@branch.example"), ("business_leader", "vp1@branch.example")]
    assert "城关分理处" in got[0].reason and "个人金融" in got[1].reason


def test_major_merges_a_leader_who_is_both():
    complaint = a_complaint(business="银行卡", business_sub="信用卡")
    got = notify_list("major", "CARD", complaint.business, complaint, DIRECTORY)
    assert len(got) == 1 and got[0].email == "vp2@branch.example"
    assert "信用卡中心" in got[0].reason and "银行卡" in got[0].reason


def test_serious_adds_every_president():
    got = notify_list("serious", "SY", None, a_complaint(), DIRECTORY)
    assert [(r.role, r.name) for r in got] == [("unit_leader", "张明"), ("president", "王强")]


def test_serious_media_also_tells_the_admin_office():
    complaint = a_complaint(channel="media")
    got = notify_list("serious", "ML", None, complaint, DIRECTORY)
    assert [r.role for r in got] == ["unit_leader", "president", "admin_office"]
    assert got[-1].email == "admin@branch.example" and got[-1].name == "综合管理部"


def test_serious_without_a_unit_still_reaches_the_president():
    got = notify_list("serious", None, None, a_complaint(), DIRECTORY)
    assert [r.role for r in got] == ["president"]
