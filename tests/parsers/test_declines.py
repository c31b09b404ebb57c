"""The "not ours" class of unit replies, and the results that merely sound like it."""

from __future__ import annotations

import pytest

from parsers.declines import decline_phrase

DECLINES = [
    "经核实，该客户不属于我处管辖，请重新分派。",
    "此投诉非我行辖区，客户所述网点为梅列支行。",
    "请重新分派，谢谢。",
    "该业务应转其他单位办理。",
    "您好：客户反映的是信用卡分期问题，应由信用卡中心负责处理，请工会改派。",
    "这个不是我们网点的客户，麻烦转给相关部门。",
    "不属我支行业务范围，退回工会。",
    "此件派错了，与我行无关。",
    "经查系分派有误，请另行转办。",
    "不在我行辖区范围内",
    "该笔投诉并非本网点受理的业务，烦请转派。",
    "本案不涉及我部，请核实后转其他部门。",
]
RESULTS = [
    "已致电客户致歉，并增开一个对私窗口。",
    "经核实，不是我行的责任，系客户记错了时间，已向客户解释。",
    "该差错不属于我行过错，已与客户沟通，客户表示理解。",
    "客户转错账户，已协助联系收款人退回款项。",
    "已重新安排柜员，告知客户该业务应由本人办理。",
    "已告知客户：代办须本人授权，不属于柜员个人行为。",
    "收到，正在处理。",
]


@pytest.mark.parametrize("text", DECLINES)
def test_a_not_ours_reply_is_a_decline(text):
    assert decline_phrase(text)


@pytest.mark.parametrize("text", RESULTS)
def test_a_result_is_not_a_decline(text):
    assert decline_phrase(text) is None


def test_the_quoted_invitation_of_the_form_does_not_count():
    text = ("已向客户道歉。\n\n-----原始邮件-----\n发件人: 投诉处理\n\n"
            "> 如不属于本单位办理范围，请回复说明原因，以便重新分派。")
    assert decline_phrase(text) is None
