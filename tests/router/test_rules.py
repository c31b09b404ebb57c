"""Each routing rule on its own: when it hits, when it misses, and what it says."""

from router.rules import (UNIT_RULES, business_line, evaluate, form_unit_field, source_default,
                          units_named_in_text)
from tests.router.builders import a_complaint
from tests.router.directory import branch_directory

DIRECTORY = branch_directory()


def test_the_table_order_is_the_policy():
    assert [r.name for r in UNIT_RULES] == [
        "form_unit_field", "units_named_in_text", "business_line", "source_default"]


# form_unit_field

def test_form_field_exact_name():
    got = form_unit_field(a_complaint(unit_field="三元支行"), DIRECTORY)
    assert got.hit and got.units == ("SY",)
    assert got.reason == "受理单『被投诉单位』栏写明「三元支行」，与单位名录中的 三元支行(SY) 一致"


def test_form_field_exact_alias_ignores_spaces_and_width():
    got = form_unit_field(a_complaint(unit_field=" 三元区 支行 "), DIRECTORY)
    assert got.hit and got.units == ("SY",)
    assert form_unit_field(a_complaint(unit_field="ＳＹ"), DIRECTORY).units == ("SY",)


def test_form_field_containing_a_name():
    got = form_unit_field(a_complaint(unit_field="福建三明分行梅列支行营业室"), DIRECTORY)
    assert got.hit and got.units == ("ML",)
    assert "「梅列支行」" in got.reason and "梅列支行(ML)" in got.reason


def test_form_field_longest_spelling_wins_and_several_units_keep_their_order():
    got = form_unit_field(a_complaint(unit_field="梅列支行、三元区支行"), DIRECTORY)
    assert got.units == ("ML", "SY")
    assert "三元区支行" in got.reason and "牵头" in got.reason


def test_form_field_naming_no_known_unit_is_not_confident():
    got = form_unit_field(a_complaint(unit_field="人民路支行"), DIRECTORY)
    assert not got.hit and got.units == ()
    assert "人民路支行" in got.reason and "不据此分派" in got.reason


def test_form_field_missing():
    got = form_unit_field(a_complaint(unit_field=None), DIRECTORY)
    assert not got.hit and "没有填写" in got.reason


# units_named_in_text

def test_text_mentions_from_the_parser_in_order():
    got = units_named_in_text(a_complaint(unit_mentions=("ML", "SY", "ML")), DIRECTORY)
    assert got.hit and got.units == ("ML", "SY")
    assert got.reason == "投诉内容中提到 梅列支行(ML)、三元支行(SY)"


def test_text_mentions_unknown_to_the_directory_are_ignored():
    got = units_named_in_text(a_complaint(unit_mentions=("XX",)), DIRECTORY)
    assert not got.hit and "XX" in got.reason


def test_text_is_scanned_when_the_parser_named_nothing():
    got = units_named_in_text(a_complaint(text="我在城关分理处排队两小时，后来去了三元办理。"), DIRECTORY)
    assert got.hit and got.units == ("CG", "SY")


def test_a_letter_leaving_its_unit_open_goes_to_the_office_by_no_rule():
    """parsers.letters.unit_doubt: written to a department about an outlet, with nothing to say
    which — neither the units named, nor the business line, nor the sender decide."""
    doubt = "来信写给信用卡中心，所述经过在三元支行，没有说明投诉的是哪个单位"
    complaint = a_complaint(unit_mentions=("SY",), unit_doubt=doubt, business="银行卡", business_sub="信用卡",
                            source_address="sanyuan@branch.example")
    outcomes = evaluate(complaint, DIRECTORY)
    assert not any(o.hit for o in outcomes), outcomes
    assert all(doubt in o.reason for o in outcomes if o.name != "form_unit_field")


def test_text_naming_no_unit():
    got = units_named_in_text(a_complaint(), DIRECTORY)
    assert not got.hit and "没有提到" in got.reason


# business_line

def test_business_sub_type_names_the_credit_card_centre():
    got = business_line(a_complaint(business="银行卡", business_sub="信用卡"), DIRECTORY)
    assert got.hit and got.units == ("CARD",)
    assert got.reason == "业务小类「信用卡」属于 信用卡中心(CARD) 的业务条线「信用卡」"


def test_business_type_when_there_is_no_sub_type():
    got = business_line(a_complaint(business="理财"), DIRECTORY)
    assert got.hit and got.units == ("PF",)


def test_business_keyword_in_the_text():
    got = business_line(a_complaint(text="信用卡年费未经同意被扣收，要求退还。"), DIRECTORY)
    assert got.hit and got.units == ("CARD",) and "关键词" in got.reason


def test_business_line_shared_by_two_units_is_not_confident():
    got = business_line(a_complaint(text="购买理财后又被推销信用卡分期。"), DIRECTORY)
    assert not got.hit
    assert "信用卡中心(CARD)" in got.reason and "个人金融部(PF)" in got.reason


def test_business_line_miss():
    got = business_line(a_complaint(business="支付结算"), DIRECTORY)
    assert not got.hit and got.units == ()


# source_default

def test_an_outlet_reporting_from_its_own_address():
    got = source_default(a_complaint(channel="comment_book",
                                     source_address="三元支行 <Sanyuan@Branch.example>"), DIRECTORY)
    assert got.hit and got.units == ("SY",)
    assert "sanyuan@branch.example" in got.reason and "三元支行(SY)" in got.reason


def test_source_that_is_no_unit():
    got = source_default(a_complaint(source_address="csc@province.example"), DIRECTORY)
    assert not got.hit


def test_media_reported_by_an_outlet_is_not_about_that_outlet():
    got = source_default(a_complaint(channel="media", source_address="meilie@branch.example"), DIRECTORY)
    assert not got.hit and "媒体" in got.reason


def test_every_rule_is_recorded_even_after_a_hit():
    outcomes = evaluate(a_complaint(unit_field="三元支行", business_sub="信用卡"), DIRECTORY)
    assert [(o.name, o.hit) for o in outcomes] == [
        ("form_unit_field", True), ("units_named_in_text", False),
        ("business_line", True), ("source_default", False)]


def test_unknown_named_unit_is_not_guessed_by_business_line():
    """The form names an outlet the directory lacks: no fallback guess, the union decides."""
    from router.decide import route
    from tests.router.builders import NOW, a_complaint
    from tests.router.directory import branch_directory

    decision = route(a_complaint(unit_field="东门营业所", business="银行卡", business_sub="信用卡",
                                 text="信用卡年费被扣"), branch_directory(), [], NOW)
    assert decision.status == "triage" and decision.unit is None
    assert "单位名录中没有该单位" in decision.explain()
