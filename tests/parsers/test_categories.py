"""Classification (JR/T 0169-2018 business and cause) and severity signals, from the form field or the text."""

import pytest

from parsers.categories import BUSINESS_SUBTYPES, BUSINESS_TYPES, CAUSES, FORM_SYNONYMS, IDIOM, RULES, classify, form_business
from parsers.cause_patterns import MUTES, PATTERNS
from parsers.severity_signals import SIGNAL_RULES, SeveritySignal, severity_signals, worst_level
from tests.parsers.letters_corpus import LETTERS
from tests.parsers.letters_heldout import TUNE


def test_the_standard_lists():
    assert len(BUSINESS_TYPES) == 13 and len(CAUSES) == 13
    assert BUSINESS_TYPES[-1] == CAUSES[-1] == "其他"
    assert BUSINESS_SUBTYPES == {"银行卡": ("借记卡", "信用卡")}


def test_every_rule_names_a_category_of_the_standard():
    for rule in RULES:
        main, _, sub = rule.category.partition("/")
        known = BUSINESS_TYPES if rule.axis == "business" else CAUSES
        assert main in known or main == IDIOM, rule
        assert not sub or sub in BUSINESS_SUBTYPES[main], rule
        assert rule.keywords and rule.weight > 0
    for business, sub in FORM_SYNONYMS.values():
        assert business in BUSINESS_TYPES and (sub is None or sub in BUSINESS_SUBTYPES[business])
    for pattern in PATTERNS:
        assert pattern.category in (BUSINESS_TYPES if pattern.axis == "business" else CAUSES), pattern
        assert pattern.parts and pattern.weight > 0
    assert all(mute.category in CAUSES + BUSINESS_TYPES and mute.parts for mute in MUTES)


@pytest.mark.parametrize("field, business, sub", [
    ("信用卡", "银行卡", "信用卡"),
    ("银行卡-信用卡", "银行卡", "信用卡"),
    ("借记卡业务", "银行卡", "借记卡"),
    ("储蓄", "人民币储蓄", None),
    ("人民币储蓄", "人民币储蓄", None),
    ("个人贷款", "贷款", None),
    ("理财", "自营理财", None),
    ("代销基金", "银行代理业务", None),
    ("外币兑换", "外汇", None),
    ("电子银行", "支付结算", None),
    (" 贵 金 属 ", "贵金属", None),
])
def test_form_field_synonyms(field, business, sub):
    assert form_business(field) == (business, sub)


@pytest.mark.parametrize("field", [None, "", "其他", "综合", "服务"])
def test_unknown_form_field_maps_to_nothing(field):
    assert form_business(field) is None


def test_form_field_wins_over_the_text():
    c = classify("柜员办理定期存款时态度恶劣。", "信用卡")
    assert (c.business, c.business_sub, c.confidence) == ("银行卡", "信用卡", 1.0)
    assert c.matched[0] == "业务类别:信用卡→银行卡/信用卡"
    assert c.cause == "服务态度及服务质量"


def test_form_field_for_cards_takes_the_subtype_from_the_text():
    c = classify("信用卡年费被乱扣。", "银行卡")
    assert (c.business, c.business_sub) == ("银行卡", "信用卡")


def test_unknown_form_field_falls_back_to_the_text():
    c = classify("我的信用卡被收取了年费，账单上多了300元。", "其他")
    assert (c.business, c.business_sub, c.cause) == ("银行卡", "信用卡", "定价收费")
    assert "年费→银行卡/信用卡" in c.matched and "年费→定价收费" in c.matched
    assert 0 < c.confidence < 1 and 0 < c.cause_confidence < 1


@pytest.mark.parametrize("text, business, cause", [
    ("ATM吞卡，等了两个小时没人管。", "银行卡", "服务设施设备业务系统"),
    ("手机银行转账显示交易失败，钱却被扣了。", "支付结算", "服务设施设备业务系统"),
    ("网点拒收硬币，说零钱兑换要预约，手续繁琐。", "人民币管理", "管理制度业务规则与流程"),
    ("理财经理承诺保本保收益，结果亏损了。", "自营理财", "营销方式和手段"),
    ("催收人员爆通讯录，骚扰家人。", "债务催收", "债务催收方式和手段"),
    ("我的征信记录被人查询，个人信息泄露。", "个人金融信息", "消费者信息安全"),
    ("购汇时多收了手续费。", "外汇", "定价收费"),
    ("金条回购时没有告知回购规则。", "贵金属", "信息披露"),
])
def test_free_text(text, business, cause):
    c = classify(text)
    assert (c.business, c.cause) == (business, cause)


def test_nothing_to_go_on_is_other_with_zero_confidence():
    c = classify("你好。")
    assert (c.business, c.business_sub, c.cause, c.confidence, c.matched) == ("其他", None, "其他", 0.0, ())


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.name)
def test_corpus_business(letter):
    c = classify(letter.text)
    assert (c.business, c.business_sub) == (letter.expected.business, letter.expected.business_sub)


def test_corpus_cause_accuracy():
    right = sum(classify(letter.text).cause == letter.expected.cause for letter in LETTERS)
    assert right / len(LETTERS) >= 0.9


# ---------------------------------------------------------------- severity signals

def test_signal_table_levels():
    levels = {rule.kind: rule.level for rule in SIGNAL_RULES}
    assert levels == {"media": "serious", "collective": "serious", "threat": "serious",
                      "litigation": "major", "regulator": "major", "petition": "major"}


@pytest.mark.parametrize("text, kind, word, level", [
    ("我要找媒体曝光你们", "media", "媒体", "serious"),
    ("我认识报社记者", "media", "记者", "serious"),
    ("发到抖音上", "media", "抖音", "serious"),
    ("电视台会来的", "media", "电视台", "serious"),
    ("我们十几户联名投诉", "collective", "联名", "serious"),
    ("大家集体来讨说法", "collective", "集体", "serious"),
    ("再不处理我就和你们同归于尽", "threat", "同归于尽", "serious"),
    ("我会去法院起诉你们", "litigation", "起诉", "major"),
    ("已经请了律师", "litigation", "律师", "major"),
    ("向银保监投诉", "regulator", "银保监", "major"),
    ("打了12378热线", "regulator", "12378", "major"),
    ("到人民银行投诉", "regulator", "人民银行", "major"),
    ("去金融监管局反映", "regulator", "金融监管局", "major"),
    ("我要去上访", "petition", "上访", "major"),
    ("已经信访了", "petition", "信访", "major"),
])
def test_each_trigger(text, kind, word, level):
    assert SeveritySignal(kind, word, level) in severity_signals(text)


def test_longer_word_covers_the_shorter_one():
    assert severity_signals("我会向金融监管局投诉") == (SeveritySignal("regulator", "金融监管局", "major"),)
    assert [s.word for s in severity_signals("委托律师提起诉讼")] == ["律师", "诉讼"]


def test_customer_threatened_by_others_is_not_a_threat():
    assert severity_signals("催收人员威胁我要上门。") == ()
    assert severity_signals("对方不仅骚扰我的家人，还威胁要上门。") == ()
    assert [s.word for s in severity_signals("你们再不给说法，我一定报复")] == ["报复"]


def test_digits_of_a_hotline_inside_a_longer_number_do_not_count():
    assert severity_signals("账号6212378001") == ()
    assert [s.word for s in severity_signals("打了12345市长热线")] == ["市长热线", "12345"]


def test_look_alikes_are_not_signals():
    assert severity_signals("资金监管账户的利息怎么算？") == ()
    assert severity_signals("我和同事很快手续办好了") == ()
    assert severity_signals("") == ()


def test_worst_level():
    assert worst_level(()) is None
    assert worst_level(severity_signals("我已咨询律师")) == "major"
    assert worst_level(severity_signals("我已咨询律师，还要找记者")) == "serious"


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.name)
def test_corpus_signals(letter):
    assert {s.word for s in severity_signals(letter.text)} == set(letter.expected.signals)


@pytest.mark.parametrize("letter", TUNE, ids=lambda letter: letter.name)
def test_cause_of_letters_written_as_customers_write(letter):
    """The TUNE half of the independent letter set (the SCORE half is only measured, in
    bench_letters): mis-selling told as "稳赚不赔", rules met at the counter, an app that
    "登不上", being pushed to buy ("逼着我买") each reach their JR/T 0169 cause."""
    assert classify(letter.text).cause == letter.truth.cause


def test_a_keyword_inside_a_longer_one_counts_once():
    """"没有说明" is one disclosure word, not also "没有说" and "说明"."""
    once = classify("买的时候没有说明。").matched
    assert [m for m in once if m.endswith("→信息披露")] == ["没有说明→信息披露"]


# Families of customer wording the reader lacked on letters nobody had tuned it on (issue 12);
# the sentences are written for these tests, not taken from any held-out letter.
@pytest.mark.parametrize("text, cause", [
    # a card still in the holder's pocket, money taken elsewhere: the money's safety, not the ATM
    ("我的借记卡从没离过身，昨晚却收到短信说在外省的取款机上被人取走了五千元，我已经报了警。", "消费者资金安全"),
    ("信用卡明明在我钱包里，账单上却多了几笔境外消费，不是我本人刷的，怀疑卡被复制了。", "消费者资金安全"),
    ("在柜台取了五千块，回家一数少了两百，请调监控查一查。", "消费者资金安全"),
    # the bank names who the customer must buy from
    ("办房贷时客户经理说律师费要交给银行合作的律所，我想自己找律师，他说只认名单上的几家。", "自主选择权"),
    ("车贷必须找你们指定的那家4S店买保险，不能自己选，这合理吗？", "自主选择权"),
    # a return far below what was shown
    ("买的那份分红险今年只分了两百多块，当初演示的可是一千多，还不如存定期。", "产品收益"),
    # prices and fees not on show, found out afterwards
    ("网点的收费价目表被海报盖着，什么都看不见，办完业务才发现收了二十元。", "信息披露"),
    ("大厅的利率显示屏黑屏好几天了，存款利率没公示，只能听柜员一句话。", "信息披露"),
    # a fee hidden in a sales call: the call is the grievance
    ("客服打来电话说信用卡可以零手续费分期，名额有限，结果每期都收了手续费。", "营销方式和手段"),
    # a charge taken again and again for nothing asked for
    ("我的存折每个季度都扣掉两块钱，我从没办过什么业务，凭什么扣我的钱？", "定价收费"),
    # not a banking service at all
    ("你们营业部的一个员工跟我借了两万块打了借条，到现在都不还。", "其他"),
    ("银行员工每天把私家车停在我家门口的人行道上，我们进出都难。", "其他"),
])
def test_cause_families_customers_write(text, cause):
    assert classify(text).cause == cause


def test_a_cloned_card_is_a_card_complaint_even_when_the_letter_names_no_kind_of_card():
    c = classify("卡一直在我身上，钱却在外地被人取走了，肯定是被盗刷了。")
    assert (c.business, c.cause) == ("银行卡", "消费者资金安全")


@pytest.mark.parametrize("text, business", [
    # the machine kept the card: a card complaint though the customer came to withdraw
    ("在自助机上取钱，插卡后机器死机了，卡没退出来，钱也没取到。", "银行卡"),
    # an insurance policy sold as a deposit is the agency's product, however often 存款 is said
    ("柜员说这是存款，利息比定期高，后来才知道不是存款，是要交十年保费的保险。", "银行代理业务"),
])
def test_business_families_customers_write(text, business):
    assert classify(text).business == business


def test_no_business_word_and_an_unsure_model_say_the_business_is_not_known():
    """The learned business weighting's weak guess (a queue, a ticket machine) must not route a
    case by a business line: with no business word, only a sure model names one."""
    text = "今天上午一位客户上门反映，在本网点排队等候时间过长，叫号系统多次跳号，要求说明原因。"
    assert classify(text).business == "其他"
