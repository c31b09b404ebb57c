"""A unit's mail telling of a customer's praise (锦旗, 表扬信, a customer's thanks) — and the mail that only says 谢谢."""

from __future__ import annotations

import pytest

from parsers.registrations import is_praise, reports_praise
from tests.parsers.test_linear_time import TEXT_SHAPES, assert_linear

BANNER = ("客户赠送锦旗及表扬信\n工会：\n    12月2日上午，客户张桂英阿姨专程来到我行，赠送一面写有“服务热情周到 真情温暖人心”的锦旗，"
          "并递交表扬信一封，感谢我行柜员李娜上月及时识破电信诈骗、帮她保住了六万元养老钱。\n    特此报告，表扬信扫描件后补。\n"
          "梅列支行 办公室\n2026年12月3日")


@pytest.mark.parametrize("text", [
    BANNER,
    "收到客户感谢信\n客户王先生来信感谢我行大堂经理帮助其避免了5万元损失。",
    "客户表扬柜员及时止付，帮她挽回了六万元损失，送来锦旗。",
    "客户专程来网点表示感谢。",
    "客户表扬\n今天有位老人家给柜员小王送来感谢信。",
    "关于客户致谢的报告\n储户陈先生在营业厅当众称赞我行理财经理服务周到、解释耐心。请查收，谢谢！",
])
def test_a_customers_praise_told_by_a_unit(text):
    assert reports_praise(text)


@pytest.mark.parametrize("text", [
    "请示\n收到，谢谢。",                                  # the writer's own thanks, no customer's
    "附件为客户满意度调查表，请查收，谢谢",                  # a 满意度 form's name is no praise
    "附件为客户意见汇总，请查收，感谢！",
    "工会：附件为本月培训材料，请查收，谢谢！",
    "客户来电表扬柜员，但是排队太久，要求增加窗口。",          # thanks going on to a grievance
    "客户感谢柜员，但称自己损失了利息。",
])
def test_no_praise_report(text):
    assert not reports_praise(text)


def test_a_loss_averted_is_no_grievance_but_a_loss_suffered_is():
    assert is_praise("客户感谢柜员帮其避免了5万元损失。")
    assert not is_praise("客户感谢柜员，但自己损失了利息。")
    assert not is_praise("谢谢你们，害我损失了一天工资。")


@pytest.mark.parametrize("shape", TEXT_SHAPES, ids=str)
def test_telling_a_praise_report_is_linear(shape):
    """Anyone can write a unit's address in a From: hostile text takes linear time
    (tests/parsers/test_linear_time.py)."""
    assert_linear(reports_praise, TEXT_SHAPES[shape])
