"""A letter set written independently of the parsers, to measure them on wording they were not tuned on.

Letters as customers really write them: relatives writing for the elderly, home addresses,
dates in words (二〇二六年十一月三日), names without labels, phones with dashes, spaces or
full-width digits, units named the way people say them ("明溪县支行", "徐碧那个网点", an
outlet's alias). Each carries what a careful clerk reads from it.

The set is split in two parts: `TUNE` (21 letters) may be looked at while improving the
parsers and the classifier; `SCORE` (16) is not — the figure that counts is the one on
`SCORE`. `SCANNED` names the letters the benchmark also renders as scans.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config import Directory, Unit
from parsers.categories import CAUSES

# The causes' short names the letter sets label with, in the vocabulary's own order (one table)
SVC, SYS, RULE, MKT, DISC, CHOICE, FEE, RET, CLAUSE, FUNDS, DATA, DEBT, OTHER = CAUSES


def heldout_directory() -> Directory:
    """A county sub-branch's units, with the short names customers use."""
    def unit(code, name, kind, aliases=(), lines=()):
        return Unit(code=code, name=name, kind=kind, aliases=list(aliases), lines=list(lines),
                    email=f"{code.lower()}@county.example")

    return Directory(unit=[
        unit("MX", "明溪县支行", "outlet", ("明溪支行",)),
        unit("XB", "徐碧支行", "outlet", ("徐碧网点", "徐碧")),
        unit("LJ", "列西分理处", "outlet", ("列西",)),
        unit("CD", "城东支行", "outlet", ("东门网点", "城东")),
        unit("YX", "永安燕西支行", "outlet", ("燕西支行", "燕西")),
        unit("CARD", "信用卡中心", "department", lines=("信用卡",)),
        unit("PF", "个人金融部", "department", ("个金部",), lines=("储蓄", "理财")),
    ])


@dataclass(frozen=True)
class Truth:
    """The fields a clerk reads; phones as digits ("0598-8331234" for landlines), dates ISO
    (a date told without a year is in the signed date's year; in an undated letter it stays
    "--MM-DD").

    A surname with a title ("吴先生", "李阿姨") is the complainant as a clerk records it; a
    nickname ("老张") is not a name."""

    complainant: str | None = None
    phones: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    complained: tuple[str, ...] = ()
    business: str = "其他"
    cause: str = "其他"
    signed: str | None = None  # the date the letter is signed with (its received date), ISO


@dataclass(frozen=True)
class HeldOutLetter:
    name: str
    text: str
    truth: Truth


L = HeldOutLetter

TUNE: tuple[HeldOutLetter, ...] = (
    L("t_daughter_for_mother", """尊敬的领导：
我母亲今年七十六岁，腿脚不好，耳朵也背。十月二十日上午我陪她去明溪县支行取养老金，柜台的小姑娘嫌她说话听不清，当着一屋子人大声吼她，我妈回家哭了一晚上。老人家存了一辈子钱在你们行，就换来这种对待？
请你们好好教育一下这个员工，给我母亲道个歉。
我的电话 139 0598 7766
女儿 邱晓梅
二〇二六年十月二十二日""", Truth(
        complainant="邱晓梅", phones=("13905987766",), dates=("2026-10-20", "2026-10-22"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause="服务态度及服务质量",
        signed="2026-10-22")),

    L("t_xubi_queue", """你们徐碧那个网点真的要改改了，中午十二点到两点只开一个窗口，
我排了快两个钟头，后面的人都在骂。取号机也吐不出号。
住徐碧新村8幢的老张 手机１５８５９８０３３２１""", Truth(
        phones=("15859803321",), units=("XB",), complained=("XB",),
        business="其他", cause="服务态度及服务质量")),

    L("t_son_card_stolen", """领导好，我替我爸写这封信。我爸叫罗福生，七十多了不会用智能手机。
他的借记卡一直放在家里，11月1日晚上突然收到三条短信，卡里被人转走了12000元，他根本没操作过。
第二天去城东支行，柜员只让我们报警，说和银行没关系。钱是在你们系统里被转走的，你们要查清楚给个交代。
联系我：罗建华 135-9598-2233
2026年11月4日""", Truth(
        complainant="罗建华", phones=("13595982233",), dates=("2026-11-01", "2026-11-04"),
        units=("CD",), complained=("CD",), business="银行卡", cause="消费者资金安全",
        signed="2026-11-04")),

    L("t_wealth_loss_promise", """我在燕西支行买的理财，当时理财经理说稳赚不赔，年化能有百分之四点五，
到期一算不但没赚还亏了三千多块本金。买的时候她根本没说会亏，风险评估也是她帮我勾的。
我要求赔偿我的本金损失。
陈美玉 0598-3612345
二〇二六年九月三十日""", Truth(
        complainant="陈美玉", phones=("0598-3612345",), dates=("2026-09-30",), units=("YX",),
        complained=("YX",), business="自营理财", cause="营销方式和手段", signed="2026-09-30")),

    L("t_card_annual_fee", """信用卡中心：
我的信用卡办的时候业务员说终身免年费，今年账单上突然扣了我600元年费，打客服电话说是白金卡要刷满次数才免，
这个条件办卡时谁跟我说过？请把年费退给我。
持卡人 周丽娟  电话 186 5980 4455""", Truth(
        complainant="周丽娟", phones=("18659804455",), units=("CARD",), complained=("CARD",),
        business="银行卡", cause="定价收费")),

    L("t_mortgage_documents", """我在列西分理处申请房贷，前前后后交了四次材料，每次都说还缺一样，
一次说要收入证明，一次说要结婚证复印件，再一次说流水要盖章。为什么不能一次性告诉我要什么？
房子的首付都交了，开发商天天催。林志强 13860981234""", Truth(
        complainant="林志强", phones=("13860981234",), units=("LJ",), complained=("LJ",),
        business="贷款", cause="管理制度业务规则与流程")),

    L("t_atm_ate_card", """十一月三日晚上八点左右，我在东门网点的自助取款机取钱，机器提示交易失败然后把卡吞了，
钱也没出来。打了机器上贴的电话一直没人接。第二天去柜台，说要等三个工作日才能拿回卡。
请尽快处理，卡里是我这个月的工资。
刘海 手机：15280987654""", Truth(
        complainant="刘海", phones=("15280987654",), dates=("--11-03",), units=("CD",), complained=("CD",),
        business="银行卡", cause="服务设施设备业务系统")),

    L("t_insurance_as_deposit", """尊敬的行领导：
我父亲去年在徐碧支行存钱，柜员介绍了一个"比定期利息高"的产品，我父亲以为是存款就签了字。
今年想取出来给我看病，才知道是五年期的分红保险，现在退只能拿回一半。老人根本不知道买的是保险。
请你们调出当时的录音录像，把钱全额退给我父亲。
儿子 黄伟  联系电话：137-0598-1122
2026年10月15日""", Truth(
        complainant="黄伟", phones=("13705981122",), dates=("2026-10-15",), units=("XB",),
        complained=("XB",), business="银行代理业务", cause="营销方式和手段", signed="2026-10-15")),

    L("t_info_leak_calls", """自从上个月在明溪支行开了户，我每天都接到卖保险和放贷款的电话，对方连我住哪个小区都知道。
我的资料只给过你们银行。请查清楚是谁把我的信息卖出去的。
明溪县雪峰镇 吴先生 0598-2812233""", Truth(
        complainant="吴先生", phones=("0598-2812233",), units=("MX",), complained=("MX",),
        business="个人金融信息", cause="消费者信息安全")),

    L("t_collection_family", """我欠了信用卡两个月没还，这个我认。但是你们委托的催收公司天天给我老婆、我爸妈打电话，
还打到我单位领导那里，说我是老赖。这样太过分了，我会还钱，但请停止骚扰我的家人。
郑磊 189 5980 6677""", Truth(
        complainant="郑磊", phones=("18959806677",), units=("CARD",), complained=("CARD",),
        business="债务催收", cause="债务催收方式和手段")),

    L("t_forced_bundle", """我去城东支行办房贷，客户经理说必须同时办一张信用卡、买一份他们的保险，不然贷款批不下来。
我不需要这些东西，为什么要逼着我买？这合理吗？
王先生 手机 13959801010""", Truth(
        complainant="王先生", phones=("13959801010",), units=("CD",), complained=("CD",), business="贷款",
        cause="自主选择权")),

    L("t_contract_penalty", """二〇二六年八月我在燕西支行提前还了房贷，结果被收了一笔提前还款违约金，两千多块。
合同里确实有一行小字，但签合同的时候没人给我讲，我也没看到。这种格式条款对客户不公平，
请重新审查合同并退回违约金。
何建平
联系电话：（０５９８）３６８８９９０""", Truth(
        complainant="何建平", phones=("0598-3688990",), units=("YX",), complained=("YX",),
        business="贷款", cause="合同条款")),

    L("t_coins_refused", """我是卖菜的，攒了一袋硬币想存进去，列西分理处的柜员说硬币太多要预约，预约了第二天去又说清点机坏了不收。
人民币你们银行都不收，还讲不讲理？
菜市场 李阿姨 电话 0598 8223344""", Truth(
        complainant="李阿姨", phones=("0598-8223344",), units=("LJ",), complained=("LJ",), business="人民币管理",
        cause="管理制度业务规则与流程")),

    L("t_mobile_app_down", """从十一月一日开始你们的手机银行就一直登不上去，要么闪退要么转圈，
我要交房租转账转不出去，只能跑到徐碧网点排队办理，柜台还要收手续费。这个问题什么时候能修好？
张敏 13400001234""", Truth(
        complainant="张敏", phones=("13400001234",), dates=("--11-01",), units=("XB",), business="支付结算",
        cause="服务设施设备业务系统")),

    L("t_gold_buyback", """2026年5月在城东买的金条，说好随时可以回购。现在去问，说只能打折回收，而且要收手续费。
买的时候回购规则一个字都没提。我要求按当时说的办。
老客户 蔡国栋 １３５ ０５９８ ７７８８""", Truth(
        complainant="蔡国栋", phones=("13505987788",), units=("CD",), complained=("CD",),
        business="贵金属", cause="信息披露")),

    L("t_pension_proxy", """我外婆九十岁了，瘫在床上，社保卡的钱取不出来。明溪县支行非要她本人到柜台，
我们说能不能上门，他们说没有这个服务。老人家怎么到柜台？难道要抬过去吗？
外孙女 施雨萱 联系电话 158 0598 3344
二〇二六年十一月九日""", Truth(
        complainant="施雨萱", phones=("15805983344",), dates=("2026-11-09",), units=("MX",),
        complained=("MX",), business="人民币储蓄", cause="管理制度业务规则与流程",
        signed="2026-11-09")),

    L("t_id_expired_one_day", """身份证过期才一天，城东的柜员就是不给我取钱，说系统不让办，
让我先去派出所换证再来。我从乡下坐了两个小时车来的，钱是急用的。
这种死规矩能不能改一改？
罗大爷的儿子 罗明  手机13959801357""", Truth(
        complainant="罗明", phones=("13959801357",), units=("CD",), complained=("CD",),
        business="人民币储蓄", cause="管理制度业务规则与流程")),

    L("t_account_opened_in_my_name", """前几天法院通知我名下有一个你们行的账户涉嫌帮人洗钱，
可我从来没在你们行开过户！有人拿我丢的身份证在燕西支行开了户。柜员连人脸都没核对吗？
请马上注销这个账户并出具证明。
吴国强 0598-3612888""", Truth(
        complainant="吴国强", phones=("0598-3612888",), units=("YX",), complained=("YX",),
        business="个人金融信息", cause="消费者信息安全")),

    L("t_certificate_wrong_amount", """我十月份在列西分理处存的三年定期，存单上写的是五万，
回家一看系统里只有四万五，五千块钱对不上。去问了两次都说没问题，叫我回家再找找。
请调查清楚，把钱给我补上。
退休工人 邓永福 电话 153 5980 2244""", Truth(
        complainant="邓永福", phones=("15359802244",), units=("LJ",), complained=("LJ",),
        business="人民币储蓄", cause="消费者资金安全")),

    L("t_hotline_no_human", """你们的客服热线我打了二十多遍，每次都让我按键，转人工就一直排队，
等了半个钟头直接断线。信用卡被锁了急着用，一个真人都找不到。
郭小姐 18159805566""", Truth(
        complainant="郭小姐", phones=("18159805566",), units=("CARD",), business="银行卡",
        cause="服务态度及服务质量")),

    L("t_lockup_not_told", """去年在徐碧网点买的理财，经理说随时可以取，
结果我家里有急事要用钱，才知道有三年封闭期，提前取要扣一大笔。当时根本没人跟我讲封闭期的事。
程秀英 联系电话 0598-8229911
二〇二六年十一月二日""", Truth(
        complainant="程秀英", phones=("0598-8229911",), dates=("2026-11-02",), units=("XB",),
        complained=("XB",), business="自营理财", cause="信息披露", signed="2026-11-02")),
)

SCORE: tuple[HeldOutLetter, ...] = (
    L("s_grandpa_transfer_limit", """领导您好，
我爷爷在燕西支行有个存折，想把钱转到我爸的卡上，柜员说转账超过五万要本人带身份证、户口本，
还要写说明，我爷爷去了两次都没办成，第二次还说要社区开证明。规定到底是什么，能不能一次讲清楚？
孙子 范文博 电话 177 5980 1212
二〇二六年十一月三日""", Truth(
        complainant="范文博", phones=("17759801212",), dates=("2026-11-03",), units=("YX",),
        complained=("YX",), business="支付结算", cause="管理制度业务规则与流程",
        signed="2026-11-03")),

    L("s_teller_phone_play", """十月二十八日下午三点多我去列西分理处办业务，两个窗口的柜员都在玩手机聊天，
我在窗口前站了十分钟没人理，问了一句还被白了一眼。这样的服务还不如关门。
李淑芬 139-5980-4321""", Truth(
        complainant="李淑芬", phones=("13959804321",), dates=("--10-28",), units=("LJ",), complained=("LJ",),
        business="其他", cause="服务态度及服务质量")),

    L("s_card_skimmed", """我的储蓄卡一直在我身上，昨天半夜手机收到短信，卡在外省被刷了三笔，一共八千六百元。
我马上打电话挂失，又去明溪支行说明情况。请银行赶紧查，把钱追回来。
陈志勇
手机：１８０ ５９８０ ２２３３""", Truth(
        complainant="陈志勇", phones=("18059802233",), units=("MX",), business="银行卡",
        cause="消费者资金安全")),

    L("s_fund_mis_sold", """我妈在徐碧那个网点被理财经理推荐买了一只基金，说是保本的，跟存款一样。
现在跌了百分之二十，去问的时候经理说基金本来就有风险。当时可从来没说过会亏本！
我妈不懂这些，完全是被误导的。请给个说法。
女儿 蒋丽 15005981234""", Truth(
        complainant="蒋丽", phones=("15005981234",), units=("XB",), complained=("XB",),
        business="银行代理业务", cause="营销方式和手段")),

    L("s_sms_fee", """我从来没开通过短信提醒，每个季度都被扣六块钱短信费，扣了好几年了。
今天去城东支行问，才知道是开卡时默认开通的。我要求退还所有扣掉的钱。
退休职工 叶长青 ０５９８－８３３６６７７""", Truth(
        complainant="叶长青", phones=("0598-8336677",), units=("CD",), complained=("CD",),
        business="银行卡", cause="定价收费")),

    L("s_card_collection_threat", """你们信用卡中心委托的人打电话威胁我，说再不还钱就到我小区门口贴告示，
还说要找我孩子的学校。我只是逾期了一个月！这是违法的。
何丽 手机号 136 0598 9900
2026年11月12日""", Truth(
        complainant="何丽", phones=("13605989900",), dates=("2026-11-12",), units=("CARD",),
        complained=("CARD",), business="债务催收", cause="债务催收方式和手段", signed="2026-11-12")),

    L("s_credit_report_wrong", """我去申请房贷的时候才发现征信上有一笔我没办过的信用卡逾期，
肯定是有人冒用我的身份证在你们行办的卡。现在贷款批不下来。请查清楚并帮我消除不良记录。
杨国华 13859807788
二〇二六年十月十九日""", Truth(
        complainant="杨国华", phones=("13859807788",), dates=("2026-10-19",), business="个人金融信息",
        cause="消费者信息安全", signed="2026-10-19")),

    L("s_damaged_notes", """上个礼拜我拿着被水泡过的几张百元钞票去东门网点兑换，柜员看都不看就说不能换，
叫我自己去人民银行。我问依据是什么，她说是规定。可我听说残缺不严重的银行都应该给换。
城东新区 老徐 电话0598-8123456""", Truth(
        phones=("0598-8123456",), units=("CD",), complained=("CD",), business="人民币管理",
        cause="管理制度业务规则与流程")),

    L("s_loan_rate_hidden", """我在明溪县支行办的经营贷，签合同时说是年利率百分之三点八，放款以后才发现还要另外交一笔服务费，
算下来实际利率六个多点。这笔费用当时根本没告诉我。请解释清楚并退还这笔服务费。
魏春生 133 0598 5566
2026年10月30日""", Truth(
        complainant="魏春生", phones=("13305985566",), dates=("2026-10-30",), units=("MX",),
        complained=("MX",), business="贷款", cause="定价收费", signed="2026-10-30")),

    L("s_wheelchair_access", """我老伴坐轮椅，上周去燕西办存款，网点门口是台阶，没有坡道，也没人出来帮一把，
我一个人抬不动轮椅，只好让他在门口晒了一个多小时太阳。希望你们能装个坡道。
钟桂兰 0598-3655443""", Truth(
        complainant="钟桂兰", phones=("0598-3655443",), units=("YX",), complained=("YX",),
        business="人民币储蓄", cause="服务设施设备业务系统")),

    L("s_forex_refused", """我儿子在澳大利亚读书，十一月五日我去城东支行给他汇学费，柜员说每年的额度用完了，
要我提供一大堆证明材料。我带齐了录取通知书和缴费单，又说要翻译件。来回跑了三趟还没汇出去，学校催着交费。
电话 135 9980 1122 沈女士""", Truth(
        complainant="沈女士", phones=("13599801122",), dates=("--11-05",), units=("CD",), complained=("CD",), business="外汇",
        cause="管理制度业务规则与流程")),

    L("s_staff_rude_phone", """昨天打你们明溪县支行的电话问贷款进度，接电话的人说"不知道，自己来问"就挂了，
再打就没人接了。我是你们的客户，不是来求你们的。
郑先生 手机15959806655""", Truth(
        complainant="郑先生", phones=("15959806655",), units=("MX",), complained=("MX",), business="贷款",
        cause="服务态度及服务质量")),

    L("s_deposit_short", """我十一月七日在徐碧支行存了两万块现金，回家查余额只到账一万九千九。
去问柜员，说点钞机点的不会错，让我自己回去找。我数了三遍才拿去的！请调监控查清楚，把少的一百块还我。
赖秋菊  手机 １８６ ５９８０ ３４５６
二〇二六年十一月八日""", Truth(
        complainant="赖秋菊", phones=("18659803456",), dates=("2026-11-07", "2026-11-08"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause="消费者资金安全",
        signed="2026-11-08")),

    L("s_marketing_calls", """我是个金部的客户，最近一个月每天都接到你们银行的人打电话推销理财和保险，
说了不需要还是一直打，有时候晚上九点还打来。请把我的号码从营销名单里删掉。
庄文 13959807711""", Truth(
        complainant="庄文", phones=("13959807711",), units=("PF",), complained=("PF",),
        business="自营理财", cause="营销方式和手段")),

    L("s_freeze_no_reason", """我的工资卡突然被列西分理处冻结了，不能转账也不能取钱，问原因只说是上面的要求，
要我自己写情况说明、提供工作证明。我每个月就靠这张卡领工资，一家人等着用钱。请尽快解冻。
许志明 电话 158 5980 2468
2026年11月10日""", Truth(
        complainant="许志明", phones=("15859802468",), dates=("2026-11-10",), units=("LJ",),
        complained=("LJ",), business="支付结算", cause="管理制度业务规则与流程", signed="2026-11-10")),

    L("s_product_return_low", """去年在燕西支行买的结构性存款，宣传单上写的预期收益率最高百分之四，
到期只给了百分之一点五，比定期还低。问了说是挂钩的指数没达到。这个收益也太低了，请给个解释。
谢美华 0598-3600112""", Truth(
        complainant="谢美华", phones=("0598-3600112",), units=("YX",), complained=("YX",),
        business="自营理财", cause="产品收益")),
)

LETTERS: tuple[HeldOutLetter, ...] = TUNE + SCORE

# The 17 letters the benchmark also renders as scans, from both parts.
SCANNED: tuple[str, ...] = (
    "t_daughter_for_mother", "t_son_card_stolen", "t_wealth_loss_promise", "t_contract_penalty",
    "t_pension_proxy", "t_insurance_as_deposit", "t_gold_buyback", "t_xubi_queue",
    "s_grandpa_transfer_limit", "s_card_skimmed", "s_sms_fee", "s_credit_report_wrong",
    "s_loan_rate_hidden", "s_deposit_short", "s_freeze_no_reason", "s_fund_mis_sold",
    "s_forex_refused",
)
