"""Where the complaint is in a text: frame, grievance, praise and denial weights, OCR normalisation."""

from parsers.categories import classify
from parsers.complaint_focus import DENIED, FRAME, GRIEVANCE, PLAIN, REQUEST, focus, normalise


def _weight_of(text: str, word: str) -> float:
    focused, weights = focus(text)
    at = focused.index(word)
    return weights[at]


def test_greeting_contact_and_signature_lines_do_not_vote():
    text = "尊敬的信用卡中心：\n我去柜台办事。\n联系电话 139 0598 7766\n二〇二六年十月二十二日"
    assert _weight_of(text, "信用卡中心") == FRAME
    assert _weight_of(text, "电话") == FRAME
    assert _weight_of(text, "二〇二六") == FRAME
    assert _weight_of(text, "柜台") == PLAIN


def test_what_went_wrong_weighs_more_than_background_and_the_request_in_between():
    text = "我在城东支行开户。结果柜员收了我手续费。请退还。"
    assert _weight_of(text, "开户") == PLAIN
    assert _weight_of(text, "手续费") == GRIEVANCE
    assert _weight_of(text, "退还") == REQUEST


def test_a_clause_of_praise_or_denial_does_not_vote_for_what_it_names():
    text = "柜员态度还不错，不是态度问题，但是收费不合理。"
    assert _weight_of(text, "态度还") == FRAME
    assert _weight_of(text, "态度问题") == DENIED
    assert classify(text).cause == "定价收费"


def test_a_rhetorical_denial_still_votes():
    text = "天天打电话推销，不是骚扰是什么？"
    assert _weight_of(text, "骚扰") > DENIED


def test_ocr_spaces_full_width_forms_and_swapped_characters_are_normalised():
    assert normalise("柜 员 末 告 知 风险，ＡＴＭ　吞卡") == "柜员未告知风险,ATM吞卡"
    assert classify("理 财 经 理 末 告 知 风 险 。").cause == "信息披露"


def test_without_focus_weights_a_greeting_could_decide_the_cause():
    # the only cause word is in the salutation line: it must not vote
    assert classify("收费处各位领导：\n我想问问存款怎么办。").cause == "其他"
