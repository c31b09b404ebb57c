"""The reader follows JR/T 0169's definitions where a blind letter set found it following words
(issue 12): what the writer threatens is no cause, a sales call after a no or a gift for a card is
marketing, "早知道" is disclosure, a refusal for the staff's convenience is service, and two
causes name their own business. The sentences are written for these tests, not taken from any
letter set."""

import pytest

from parsers.categories import classify
from parsers.complaint_focus import THREAT
from tests.parsers.test_complaint_focus import _weight_of


@pytest.mark.parametrize("text, word", [
    ("柜员办业务时一直玩手机，叫了三遍都不理我，不然我就把钱全部转走。", "转走"),
    ("请你们给个说法，否则我将向人民银行投诉。", "投诉"),
    ("理财经理天天打电话推基金，再打我就去报警。", "报警"),
    ("你们再不处理，我们只好去销户。", "销户"),
])
def test_what_the_writer_threatens_to_do_does_not_vote(text, word):
    assert _weight_of(text, word) == THREAT


def test_the_banks_condition_told_in_the_first_person_is_no_threat():
    assert _weight_of("经理说必须买这份保险，不然我就拿不到贷款。", "贷款") > THREAT


@pytest.mark.parametrize("text, cause", [
    # the teller's conduct is the grievance; taking the money away is the writer's threat
    ("柜员态度不好，我要求她道歉，否则我就把账户里的钱全部转走。", "服务态度及服务质量"),
    # 营销方式和手段: sales calls after the customer said no, a gift for signing up, a street stall
    ("我跟那个客户经理说了好几次不想买，他还是又打来推新出的基金，叫他别再打了也不听。", "营销方式和手段"),
    ("商场门口有人拦住我，说办一张信用卡就送电饭煲，我填了表，电饭煲到现在也没给。", "营销方式和手段"),
    # ... and a policy passed off as a deposit that could be taken out at any time
    ("柜员说这款产品随时可取，我今天去取才知道这是保险，现在取要扣一大半。", "营销方式和手段"),
    # 信息披露: what should have been said before the customer signed
    ("办卡的时候一句也没提要收年费，现在每年扣两百年费，早知道这样我就不办了。", "信息披露"),
    ("定期到期转存利率降了一半，这种事你们应该事先讲。", "信息披露"),
    # 服务态度及服务质量: refused for the staff's convenience, the passbook thrown back
    ("我拿了一袋硬币去存，柜员说现在点不过来，让我去别家存。", "服务态度及服务质量"),
    ("我问利息怎么算，她头都不抬，把存折从窗口甩出来。", "服务态度及服务质量"),
    # 管理制度业务规则与流程: a rule that sends the customer back to the branch that opened the account
    ("想换个手机号，网点说只能回开户网点办，我在外地上班根本回不去。", "管理制度业务规则与流程"),
    # 服务设施设备业务系统: a check the system cannot pass
    ("每次付款都要刷脸，一刷就提示网络异常，请稍后再试。", "服务设施设备业务系统"),
    # "太差了" judges the service; it is not money "差了" at the counter
    ("上周五四点我去存营业款，保安说快下班了不让进，可门上写的是五点关门，这服务太差了。", "服务态度及服务质量"),
    ("昨天去转账，柜员一直跟同事聊家常，我提醒她快点，她说你急什么。要是再这样，我就把钱都取走。",
     "服务态度及服务质量"),
    ("手机银行更新以后，每次登录都提示服务器繁忙，工资也转不出来。", "服务设施设备业务系统"),
    ("理财经理跟我说这个产品保本保息，跟定期一样安全，结果是个基金，现在亏了。", "营销方式和手段"),
    ("开工资卡的时候柜员直接给我开通了网银和短信提醒，根本没问我要不要，现在每月还要扣钱。", "自主选择权"),
    ("信用卡晚还了三天，就被收了一百多块的滞纳金，金额这么小罚这么多，太不合理了。", "定价收费"),
    ("首年免年费，第二年直接扣了三百年费，刷满六次才免的条件你们应该告诉我，应该写清楚。", "信息披露"),
    ("我爸贷款逾期，你们的人在我家墙上喷漆写欠债还钱，邻居都看见了。", "债务催收方式和手段"),
    ("我在自助机存了五千块，显示成功，可账户里只多了四千五，请查找少的五百块。", "消费者资金安全"),
    ("领用合约里写着未全额还款就全额计息，这条加重了持卡人的责任。", "合同条款"),
])
def test_causes_follow_the_standards_definitions(text, cause):
    assert classify(text).cause == cause


@pytest.mark.parametrize("text, business, cause", [
    # a card debt collected by threats is a 债务催收 complaint, not a card complaint
    ("信用卡中心：我的信用卡欠了两期，分期也申请了，可你们委托的人天天威胁我父母，说要上门。",
     "债务催收", "债务催收方式和手段"),
    # a leak after a loan application is a 个人金融信息 complaint, not a loan complaint
    ("我在你们行申请了房贷，第二天就有中介打电话说知道我要贷多少，我的信息是谁泄露的？",
     "个人金融信息", "消费者信息安全"),
])
def test_a_cause_that_names_its_own_business(text, business, cause):
    c = classify(text)
    assert (c.business, c.cause) == (business, cause)


@pytest.mark.parametrize("text, business", [
    # the product complained of, not the savings told as background
    ("我是老储户，存款、定期、存折都在你们行。结果经理卖给我的保险，退保只拿回一半。", "银行代理业务"),
    # money put in or taken out, told as it happened
    ("我在柜台存了五万现金，回家一查只到账四万九。", "人民币储蓄"),
    ("十月五日在列西取了三千块，回家发现少了一百。", "人民币储蓄"),
    # an account statement is not a credit card's bill; a currency names foreign exchange
    ("给女儿汇了两万澳元学费，月底对账单上又多扣了一笔。", "外汇"),
    # a transfer told with its verb
    ("柜员一句也没问，我父亲就把十万块转给了骗子。", "支付结算"),
    # "那张卡" only says which account: a transfer stopped by controls is a payment matter
    ("工资卡那张卡转账被限额了，说是涉嫌电诈要管控。", "支付结算"),
    # a counterfeit note out of the machine is about the currency itself
    ("在门口的机器上取的钱，有一张用验钞笔一照是假钞。", "人民币管理"),
])
def test_business_follows_what_the_grievance_is_about(text, business):
    assert classify(text).business == business


def test_a_pension_drawn_at_the_counter_is_no_agency_product():
    assert classify("我陪母亲去取养老金，柜员当众吼她。").business != "银行代理业务"
