"""Who did what to whom (parsers/cause_patterns.py, issue 12): JR/T 0169 causes that single
keywords mistook on a blind letter set — money lost through poor handling or a stuck transfer is
no 消费者资金安全, the customer's data told to someone else or left where anyone can take it is
消费者信息安全 without the word 泄露, a product added without asking is 自主选择权. The sentences
are written for these tests, not taken from any letter set."""

import pytest

from parsers.categories import classify
from parsers.cause_patterns import muted_spans
from parsers.complaint_focus import normalise


@pytest.mark.parametrize("text", [
    # the account told by the bank's people to someone else ...
    "我儿媳妇去网点问我存了多少钱，柜员就把我的存款余额说给她听了，我根本没让她去问。",
    "我同事去你们行办事，大堂经理竟然跟他讲了我上个月的工资流水，现在全单位都知道我工资多少。",
    "我老公没带我的身份证，柜员就把我卡上的交易明细打印给他了，这合规吗？",
    "我前夫打电话到网点，客服居然把我的账户信息透露给他，他现在天天找我要钱。",
    "你们的客户经理把我的手机号给了保险公司，天天有人打电话卖保险。",
    "我女儿拿着我的存折去网点，工作人员没核实就给她打了半年的明细，她现在知道我给儿子转了多少钱。",
    "我姐姐替我去取汇款，柜员把我这几个月的收入都跟她说了。",
    "你们的理财经理把我的联系方式卖给了外面的投资公司，现在每天都接到荐股电话。",
    # ... looked up without consent and told to the family
    "我女婿在你们行上班，他没经过我允许就查了我的账户，还把我买了多少理财告诉了我女儿。",
    # ... to the one who came in the customer's stead
    "我爱人去网点帮我交话费，柜员顺口就说我卡里还剩两万多，我爱人回家就跟我闹。",
    "我存了多少钱是我自己的事，凭什么告诉别人？",
    # ... read out where others hear it ...
    "柜员把余额告诉我的时候声音很大，后面排队的人都听见了。",
    # ... known to people who could only have had it from the bank
    "上个月我在你们行办了房贷，没几天装修公司、家具店的电话就一个接一个，连我贷了多少年都说得出来。",
    "我在你们行开户才三天，就有自称你们行的人打电话，准确报出我的名字和开户网点，让我买理财。",
    "我离职后原单位的财务居然能查到我工资卡的余额，说是找你们网点的熟人问的。",
    # ... posted where others see it, or carried home on a clerk's drive and lost
    "你们网点的员工在业主群里发了一张截图，上面是我的转账记录，连名字都没打码。",
    "客户经理把我们几个客户的资料存在他自己的U盘里带回家，还弄丢了。",
    # ... another customer's papers handed over
    "我去补办存折，柜员把上一位客户的开户单和我的一起递给我了，上面全是别人的信息。",
    # ... copied onto a clerk's own phone
    "大堂经理用自己的微信拍了我身份证正反面，说方便以后办业务，我要求删掉她不肯。",
    "上周才在你们网点填了贷款意向表，第二天就有贷款中介打电话来，我的电话是从哪里出去的？",
    # ... and the forms customers fill in, left where anyone can pick them up
    "我在网点门口看到一堆客户填过的单子被当废纸卖给收废品的，上面有身份证号和手机号。",
    "营业厅的打印机旁边放着别人的开户资料，谁都能翻，我随手一翻就看到了好几个人的身份证复印件。",
    "你们网点把客户的回单丢在垃圾桶里，我捡起来一看上面全是别人的卡号和金额。",
    "窗口玻璃上贴着客户的身份证复印件当样本，名字号码清清楚楚。",
    "柜员把客户的身份证忘在复印机上了，我来复印的时候看到的，已经放了一上午。",
    "你们网点门口的废纸箱里全是打印出来的客户对账单。",
    "网点把装着客户资料的纸箱子堆在走廊里，门也不锁，谁路过都能翻。",
    "你们网点的宣传栏里贴着中奖客户名单，上面有全名、手机号和身份证后六位。",
])
def test_the_customers_data_given_out_or_left_about_is_information_security(text):
    c = classify(text)
    assert (c.cause, c.business) == ("消费者信息安全", "个人金融信息")


@pytest.mark.parametrize("text, cause", [
    # told to the customer herself (a letter written for an elderly mother) is no leak
    ("我妈去取钱，柜员告诉她卡里余额不够，语气很冲，我妈回来哭了。", "服务态度及服务质量"),
    # a customer's own wrong password is no clerk's slip
    ("我密码输错了三次，卡被锁了，柜台说要本人带身份证来解锁。", "管理制度业务规则与流程"),
    # a fraud the bank guards against is no money taken
    ("柜员说现在骗子多，怕我被骗，把我的转账限额降到一天五百，这规定太死板。", "管理制度业务规则与流程"),
    # details a procedure wants filled in or corrected put nothing at risk
    ("我的资料在你们那里登记错了，名字写错一个字，改个资料要跑三趟。", "管理制度业务规则与流程"),
])
def test_the_customers_own_data_told_to_the_customer_or_corrected_is_no_leak(text, cause):
    assert classify(text).cause == cause


@pytest.mark.parametrize("text", [
    "我去存钱，柜员没问我就给我开通了手机银行的快捷支付，还绑定了一个什么理财账户。",
    "开户的时候工作人员在表格上帮我勾选了好几项增值服务，我根本不知道，后来每月都扣钱。",
    "我只是来挂失补卡，结果补卡单上被加了一张信用卡申请，我没同意过啊。",
    "柜员未经我本人同意就给我的账户签约了一个基金定投，每个月自动扣五百。",
    "短信提醒服务是我没同意的，请取消。",
    "我去换新卡，柜员顺手给我开了一个信用卡账户，我从来没申请过，现在还寄来了账单要收年费。",
    "存钱的时候柜员说顺便帮我办个积分卡，结果签的是一份意外险，一年扣我两百块保费，我事先根本不知情。",
    "银行卡到期换卡，新卡默认开了境外支付和免密，我都没被告知，也没让我选。",
    "办理业务时柜员问都没问，就把我的短信提醒从免费版换成了收费版。",
    "柜员在我不知道的情况下把我的活期转成了三年定期，现在急用钱取不出来。",
    # slipped among the papers signed; one product the condition of another
    "开卡时柜员让我在一堆单子上签字，后来才知道其中一张是开通了信用卡自动分期。",
    "网点经理说我不买他们的基金就不给我办房贷的提前还款。",
    # ... or an instruction changed, an extra forced onto the slip
    "开通手机银行时，柜员替我设置了每天五万的转账额度，我明明说只要五千。",
    "我存款的时候柜员没跟我商量，直接把存款方式改成了自动转存。",
    "我只想存个定期，柜员硬是在我的单子上加了一个基金定投，一个月扣一千。",
    "办业务时柜员拿我的手机扫了个码，说是领礼品，后来发现是注册了一个第三方支付账户。",
    "柜员帮我填好了一张保险的投保单让我签字，根本没问我要不要买。",
    "我上个月去你们网点存钱，柜员趁我不注意在电脑上给我开了一个电子账户还绑了理财，我到家收到短信才知道。",
    # a fraud the family fears is no money taken
    "我母亲去网点领养老金，柜员说帮她办个手机银行方便，直接拿她的手机下载注册了，还开通了转账功能，"
    "她根本不会用，我们很担心被骗。",
])
def test_a_product_added_without_the_customers_consent_is_free_choice(text):
    assert classify(text).cause == "自主选择权"


@pytest.mark.parametrize("text", [
    "凌晨我的卡被扣了三笔钱，我没收到任何验证码短信，卡一直在我身上。",
    "我在你们行开的卡，这个月有一笔一万二的网上消费，我根本没买过东西，也没有把验证码给过任何人。",
    "账户里的三万块钱莫名其妙被转走了，我从来没有把密码告诉过别人。",
    "我的卡明明在我手上，手机却收到消费四千八的短信，地点是外省的商场。",
    "昨天晚上我的信用卡在一家我从没去过的酒店刷了三千八。",
    "我的账户昨天下午被转出三笔钱，收款人我一个都不认识。",
    "我的银行卡没丢也没借给别人，昨晚却在网上被买了两千多的游戏点卡。",
    # a fraud found out afterwards is no product opened behind the customer's back
    "我妈接到冒充客服的电话，去柜台把钱转了出去，柜员也没问就给她办了，事后才知道是被骗了。",
])
def test_money_gone_without_the_customers_act_is_still_funds_safety(text):
    assert classify(text).cause == "消费者资金安全"


@pytest.mark.parametrize("text, cause", [
    # a transfer the system reported done that never arrived is the channel's fault
    ("手机银行转账给房东，显示转账成功，钱也扣了，房东到现在都没收到，客服说系统在核查。", "服务设施设备业务系统"),
    ("网银显示汇款成功了，可是我女儿在国外一直没收到，问了三次你们都说在查。", "服务设施设备业务系统"),
    ("手机银行显示转账成功，钱从我卡上扣了，这钱不翼而飞，对方到现在都没收到。", "服务设施设备业务系统"),
    ("网银显示汇款成功，我卡里的钱少了，钱不见了，收款人一直没收到。", "服务设施设备业务系统"),
    # the customer saying his own act was right claims no money taken from him
    ("手机银行转账总是提示失败，我确定我没操作错。", "服务设施设备业务系统"),
    # ... and the charge that followed from it is no 定价收费
    ("手机银行还信用卡，钱扣了，可信用卡那边还显示未还款，结果被收了滞纳金。", "服务设施设备业务系统"),
    ("手机银行给我儿子转生活费，提示对方账户异常，可钱已经从我账户扣走了，到现在也没退回来。", "服务设施设备业务系统"),
    ("存款机显示存入成功，但我账户里没有这笔钱，你们说要等清机才知道。", "服务设施设备业务系统"),
    ("自助机吞了我的卡，打了客服电话半天没人接。", "服务设施设备业务系统"),
    ("早上九点我用手机银行买基金，扣款成功了但份额一直没确认，等到第二天才确认，净值已经涨了，我吃了亏。",
     "服务设施设备业务系统"),
    ("我给供应商转了八万货款，三天了对方也没收到，客服只说是线路异常在排查。", "服务设施设备业务系统"),
    # a loss from the rate or the delay is the consequence of how the matter was handled
    ("那天我要换美元，柜员说系统升级让我明天再来，第二天汇率涨了，我多花了三百多块，少了一大截。",
     "服务设施设备业务系统"),
    ("因为你们办得太慢，定期到期后拖了半个月才给我转存，利息少了好几百。", "服务态度及服务质量"),
    # a clerk who cannot do the job, or keys in the wrong account
    ("我办个外汇汇款，柜员说她不会办，让我等会办的同事回来，结果等了一下午也没办成。", "服务态度及服务质量"),
    ("柜员新来的，什么都不懂，一个简单的挂失折腾了两个小时，还让我明天再来一趟。", "服务态度及服务质量"),
    ("我在柜台办的跨行汇款，结果对方说没到账，一查是你们柜员把收款行选错了，钱退回来又耽误了一个星期，"
     "我交货晚了被罚了违约金。", "服务态度及服务质量"),
    # ... paid into someone else's account, whatever the clerk then blames
    ("柜员把我的存款转到了另一个同名的人账户上，我发现以后她说是系统问题，到现在钱还没回来。", "服务态度及服务质量"),
    # what the rate cost while the customer waited is no product's return
    ("换汇那天柜员说系统要重启，让我下午再来，下午来了汇率变了，我亏了四百。", "服务设施设备业务系统"),
    ("我去兑换外币，柜员算错了汇率，少给了我两百多块钱的人民币，我回家才算出来。", "服务态度及服务质量"),
    # a penalty someone else charged for the delay is the delay's, no 定价收费
    ("你们贷款审批拖了两个月，我交房晚了被罚了违约金。", "管理制度业务规则与流程"),
    # ... whose cost, a second fee, is no 定价收费
    ("柜员把我的名字写错了，导致我的汇款被退回，又要重新汇，还多交了一次手续费。", "服务态度及服务质量"),
    ("前几天我在柜台办转账，柜员输错了账号，钱转给了别人，到现在都没追回来。", "服务态度及服务质量"),
])
def test_money_lost_through_handling_or_a_fault_is_not_funds_safety(text, cause):
    assert classify(text).cause == cause


def test_a_loss_told_with_the_rate_mutes_funds_safety_in_that_sentence_only():
    text = normalise("汇率涨了，我少了三百块。卡里的钱少了两千。")
    (start, end), = muted_spans(text)["消费者资金安全"]
    assert text[start:end] == "汇率涨了,我少了三百块"


@pytest.mark.parametrize("text, cause", [
    ("我家就在你们网点隔壁，你们门口的大喇叭天天放广告，吵得我们根本没法休息。", "其他"),
    ("网点装修电钻声一直响到晚上十一点，楼上的住户都睡不着觉。", "其他"),
    ("你们新装的空调外机正对着我家窗户，热风一直往屋里吹。", "其他"),
    ("你们网点的发电机就在我家卧室窗户底下，每次停电试机都震得玻璃响，空调也整夜开着。", "其他"),
    # "转到半夜" is a fan's, not a transfer
    ("网点的空调外机正对着我家卧室窗户，晚上转到半夜吵得睡不着。", "其他"),
])
def test_the_outlet_as_a_neighbour_is_no_banking_service(text, cause):
    c = classify(text)
    assert (c.cause, c.business) == (cause, "其他")


@pytest.mark.parametrize("text, business, cause", [
    # a policy passed off as a deposit: sold by misrepresentation, and an agency product
    ("客户经理把一份保险说成存款卖给我妈，我妈不识字。", "银行代理业务", "营销方式和手段"),
    ("我在你们行存了二十万，柜员说转成另一种存款利息更高，结果是一份十年期的保险。", "银行代理业务", "营销方式和手段"),
    ("我爸一直以为那就是存款，去取的时候才说是分红险，只能退一半。", "银行代理业务", None),
    ("我爸在柜台签了字，一直以为那是存款，利息比定期高，今年去取才说取不了。", "银行代理业务", None),
    # a card stopped by the bank is the card's case; "不保险" says unsafe, not insurance
    ("我的借记卡被限制了非柜面交易，网上转账都用不了，什么时候能把卡恢复？", "银行卡", None),
    ("卡一直在我身上，钱在外地被人取了两万，你们的卡就这么不保险？", "银行卡", "消费者资金安全"),
])
def test_the_business_is_the_product_the_grievance_is_about(text, business, cause):
    c = classify(text)
    assert c.business == business
    assert cause is None or c.cause == cause


@pytest.mark.parametrize("text, cause", [
    # a rule's order of steps
    ("我要销户，柜员非说要先把卡里的理财赎回，再等三天才能销，我就想今天办完。", "管理制度业务规则与流程"),
    # a figure shown and another applied, with no explanation
    ("柜台给我取的一万块里有一张是假币，我当场就发现了，柜员却说出了柜台概不负责。", "管理制度业务规则与流程"),
    # a return below what was shown is the product's, not money taken
    ("柜员办错了业务，把我要存的定期存成了活期，少了一年的利息，她说自己改不了让我找经理。", "服务态度及服务质量"),
    ("我办了两年的理财，到期收益比宣传单上写的少了一半多。", "产品收益"),
    ("大额存单的利率明明写着三点几，到期只给我算了二点几，也没人跟我解释为什么。", "信息披露"),
])
def test_rules_and_disclosure_as_customers_tell_them(text, cause):
    assert classify(text).cause == cause
