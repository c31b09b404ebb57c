"""The business line of a complaint whose business came from its cause (债务催收, 个人金融信息):
the unit whose line is that business itself, else the product the complaint names — never a line
that is only a part of the business's name ("个人金融" in "个人金融信息")."""

from pathlib import Path

from core.config import Directory, load_directory
from router.business_lines import match_business_lines, products_named
from router.rules import business_line
from tests.router.builders import a_complaint
from tests.router.directory import LEADERS, UNITS, branch_directory

SAMPLE = load_directory(Path(__file__).resolve().parents[2] / "complaints" / "samples" / "units.toml")

COLLECTOR = "我的信用卡欠款逾期了两个月，催收的人半夜打电话骚扰我父母，还威胁要上门。"
BALANCE = "推销理财的人张口就说出我在你们行的定期存款余额，肯定是你们的人泄露出去的。"


def test_a_debt_collected_goes_to_the_line_of_the_card_it_is_owed_on():
    got = business_line(a_complaint(business="债务催收", text=COLLECTOR), SAMPLE)
    assert got.hit and got.units == ("CARD",)
    assert got.reason == "投诉内容中提到的产品「信用卡」属于 信用卡中心(CARD) 的业务条线「信用卡」"


def test_a_leaked_balance_goes_to_the_deposits_line_not_to_a_personal_banking_line():
    """The sample's 三元支行 has the line "个人金融"; 个人金融信息 is not that business."""
    assert "个人金融" in next(u for u in SAMPLE.unit if u.code == "SY").lines
    got = business_line(a_complaint(business="个人金融信息", text=BALANCE), SAMPLE)
    assert got.hit and got.units == ("PF",)
    assert "「存款」" in got.reason and "人民币储蓄" in got.reason


def test_a_form_naming_personal_information_is_no_personal_banking_either():
    got = business_line(a_complaint(business="个人金融信息", text="客户反映个人信息被泄露。"), SAMPLE)
    assert not got.hit and "SY" not in got.units


def test_a_unit_whose_line_is_the_conduct_business_itself_takes_it():
    units = [*[dict(u) for u in UNITS],
             dict(code="COL", name="资产保全部", kind="department", lines=["债务催收"],
                  email="col@branch.example", leader="vp1")]
    directory = Directory.model_validate({"unit": units, "leader": [dict(x) for x in LEADERS]})
    found = match_business_lines(a_complaint(business="债务催收", text=COLLECTOR), directory)
    assert found is not None and found.source == "business" and [u.code for u in found.units] == ["COL"]


def test_a_debit_card_leak_is_not_the_credit_card_centres():
    got = business_line(a_complaint(business="个人金融信息", text="我的借记卡交易明细被柜员念给别人听。"),
                        branch_directory())
    assert not got.hit


def test_the_longer_product_word_covers_the_shorter():
    assert products_named("信用卡欠款，存款也被说出来") == [("信用卡", "银行卡", "信用卡"),
                                                      ("存款", "人民币储蓄", None)]
