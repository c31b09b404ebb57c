"""FRESH4: a fourth blind letter set (issue 12's evidence for letters' cause classification).

Written by the helper session `h12set4` on 2026-12-05, by hand, for this set only. Before and
while writing it the author did NOT open: anything under `parsers/` (the label vocabularies
were only printed from `parsers.categories`), anything under `bench/`, the earlier letter sets
(`tests/parsers/letters_*.py` other than lines 1-75 of `letters_heldout.py` — the directory,
`Truth` and `HeldOutLetter`; that range also shows the opening lines of the first `TUNE` letter,
which no letter here copies), `tests/inputs_corpus.py`, or any other corpus of letters. The
letters are not tuned on the reader: it was never run on them. Keep it that way — a set that has
been looked at while improving the reader is no longer blind.

Labels follow JR/T 0169 (《银行业金融机构消费投诉统计分类及编码》): business = 按业务类别分类 (B),
cause = 按投诉原因分类 (C, “因……引起的投诉”). The stored web corpus holds the standard's outline
(channel A / business B / cause C and the cause list, e.g. wm114.cn 《投诉分类及编码标准应用实施工作
进展情况报告》) but not its full definitions text, so for the borderline cases these rules were
applied and every letter was labelled by them:

1. The cause is what the bank did that the writer objects to, not what is at stake. Money lost
   or mentioned while the grievance is how a person was treated or how badly a clerk handled the
   matter → 服务态度及服务质量 (also a clerk who cannot do the job, making the customer come back).
   Staff who were polite while a rule, a fee or a machine is the grievance → that rule/fee/machine.
2. 服务设施设备业务系统: a machine, the app, a transfer channel or queue machine failed or was
   out of order, whatever the staff said about it.
3. 管理制度业务规则与流程: a rule or procedure applied as designed that the writer finds
   unreasonable (in-person presence, anti-fraud limits, appointment rules, coin-deposit days).
4. 营销方式和手段: the way a product is sold — misrepresenting it to make the sale (insurance
   sold as a deposit), unwanted repeated sales calls.
   信息披露: the bank kept silent on a material fact (lock-up period, risk level, annualised
   rate), without actively misrepresenting it.
   自主选择权 (PBoC Order 2020 No. 5 art. 15: no acting for the customer without consent, no
   changing instructions, no forced tie-in): a product made a condition of another (loan only with
   insurance/wealth product) or added without the customer's consent (pre-ticked extras).
5. 定价收费: the level or legitimacy of a charge (counter remittance fee, wire/cable charges).
   合同条款: a clause of a signed agreement the writer finds unfair (prepayment penalty, liability
   cap, the bank opening a safe box), even where the charge it causes is what hurts.
6. 产品收益: the return actually earned (below benchmark, loss) when the sale itself is not
   disputed (risk disclosure admitted).
7. 消费者资金安全: money gone without the customer's act (skimmed card, unknown withdrawals).
   消费者信息安全: personal data given to a third party or left where anyone can take it.
   债务催收方式和手段: how a debt is chased (calls to employer/relatives, public shaming) while the
   debt itself is admitted.
8. 其他: the grievance is not about a financial product or service to the writer (a neighbour's
   noise from the outlet's air-conditioning, an employee's private debt).

Business: 社保卡/借记卡/信用卡 matters → 银行卡; passbook and time deposits → 人民币储蓄; transfers
and domestic remittance → 支付结算; coins taken in → 人民币管理; foreign remittance → 外汇; the
bank's own wealth product → 自营理财, a third party's fund or insurance sold by the bank →
银行代理业务; gold savings → 贵金属; safe-deposit boxes → 其他中间业务; personal data held by the bank
→ 个人金融信息; complaints about the chasing of a debt → 债务催收.

Truth conventions beyond `Truth`'s docstring: the writer who signs is the complainant (also when
writing for a parent); a forwarded mail's header date counts as a date mentioned, the signed date
is the one under the original writer's signature; a unit praised but not blamed is in `units`
only; relative days ("第二天", "上周") are avoided, month-only mentions are not dates.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T

FRESH4: tuple[L, ...] = (
    L("f4_son_for_father_fixed_deposit", """行领导：
    我父亲今年八十一了，一个人住在雪峰镇下街34号。十一月十二日上午他拿着五万块的定期存单到明溪支行想转存，排到他的时候柜员看他手抖签不好字，把笔一扔说“你这样签一百遍也不对，回去叫你家里人来”，后面排队的人都在笑。老人家钱没转成，走回家的路上摔了一跤，膝盖现在还肿着。
    钱的事我们不急，五万块放哪里都一样，我们要的是被当人看。请把这个柜员的事查清楚，当面给我父亲赔个不是。
陈志斌（儿子）  手机 135 9980 4127
2026年11月14日""", T(
        complainant="陈志斌", phones=("13599804127",), dates=("2026-11-12", "2026-11-14"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause="服务态度及服务质量",
        signed="2026-11-14")),

    L("f4_granddaughter_card_praise_dongmen", """您好：
我替我外婆写这封信。外婆的社保卡要激活才能领补贴，十月二十七日我带她去徐碧网点，大堂那位戴眼镜的男经理一听她讲本地话，就学她的口音跟旁边的同事说笑，还说“这种老人家教不会的，让她孙女自己在手机上弄”，把我们晾在那里快一个钟头。
后来我们只好去了东门网点，那边的小林姑娘蹲下来一句一句教外婆输密码，十分钟就办好了，还给倒了杯热水。同样是一家银行，差别怎么这么大？
希望徐碧网点那位经理向老人道歉，也请表扬一下东门网点的小林。
黄思琪 电话：187-5980-3362
二〇二六年十月三十日""", T(
        complainant="黄思琪", phones=("18759803362",), dates=("2026-10-27", "2026-10-30"),
        units=("XB", "CD"), complained=("XB",), business="银行卡", cause="服务态度及服务质量",
        signed="2026-10-30")),

    L("f4_remittance_three_trips", """尊敬的燕西支行负责同志：

本人吴先生，是永安燕西支行的老客户了，存折还是九几年在这里开的。我儿子在新加坡打工，每隔几个月往家里汇一笔钱，以前一直顺顺当当。这一次他九月底汇了八千新元，我十月九日去取，柜台说要填一张什么申报单，我填了，她又说我身份证上的地址和账户上的不一样，要先改资料。改完资料让我十月十二日再来，来了又说那天管这个的同事休假，别人不会弄。十月十六日第三次去，换了一个小伙子，翻了半天手册，打电话问了好几个人，一直弄到中午关门才办好，结果换成人民币的时候牌价比我第一次去那天差了不少，一来一回少了好几百块。

我今年六十七岁了，从家里到你们那里要坐四十分钟的班车，前后跑了三趟，每一趟都是早上七点出门。我不是来闹的，我就是想问问，外币这种业务你们网点到底有没有人会办？是不是应该事先一次讲清楚要带什么？

这几百块钱我也不跟你们计较了，只请你们把会办的人安排好，下次我儿子再汇钱，不要再让我白跑。

客户 吴先生
联系电话：0598-8265113（家里），或打我儿媳妇的手机 158 5981 0096
2026年10月20日""", T(
        complainant="吴先生", phones=("0598-8265113", "15859810096"),
        dates=("2026-10-09", "2026-10-12", "2026-10-16", "2026-10-20"),
        units=("YX",), complained=("YX",), business="外汇", cause="服务态度及服务质量",
        signed="2026-10-20")),

    L("f4_app_transfer_stuck", """主题：转账显示成功钱却没到，打客服一直说在处理

11月20日晚上8点多我用你们的手机银行给装修师傅转了一笔工钱12,600元，页面显示“交易成功”，钱也从我卡上扣了，可师傅那边一直没收到。11月21日打客服，说是“跨行通道异常，已提交处理”，让我等。等到11月25日还是没到，再打过去，又说后台在排查，给不出时间。师傅天天来我家门口要钱，以为我在赖账。
我自己没操作错，截图都在。请你们查清楚这笔钱到底卡在哪里，三天内给我退回来或者转过去。
刘建伟  13859921875
2026.11.26""", T(
        complainant="刘建伟", phones=("13859921875",),
        dates=("2026-11-20", "2026-11-21", "2026-11-25", "2026-11-26"),
        business="支付结算", cause="服务设施设备业务系统", signed="2026-11-26")),

    L("f4_passbook_machine_ocr", """致 列西分理处 的 负责人：

我是住在列西 村 的退休教师，每个月要补登存折看
养老金到了没有。你们网点门口那台补登折的机子
从十月初就坏了，屏幕上一直写着“暂停服务”，
到现在十一月中旬了还是坏的。问柜台，柜台说机 子
是上面管的，他们报修了，让我排队在柜台上打。
可是一排就是一个多钟头，叫号机也时好时坏，
十一月十日那天号码纸卡在里面，我拿不到号，
站了半天才有人过来看 。
我们老年人不会用手机，就靠这本存拆，请你们
尽快把机子修好，叫号机也一并 修一修。

联系电话 ：0598－8419 507
               杨 秀 英
          2026年11月13日""", T(
        complainant="杨秀英", phones=("0598-8419507",), dates=("2026-11-10", "2026-11-13"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause="服务设施设备业务系统",
        signed="2026-11-13")),

    L("f4_gold_app_crash", """你好，我在你们手机银行上买了积存金，攒了有两百多克。11月4日上午金价涨到我等了很久的价位，我点“卖出”，App一直转圈，然后闪退，重新登录五六次都是这样，换了WiFi、换了流量都不行。到中午终于能进去了，价格已经掉下来，一克差了十几块。打客服热线，说当天上午是“访问量大”，让我以后错峰操作。
金价高的时候大家都要卖，偏偏这个时候你们的App就打不开，这说得过去吗？我要求你们说明当天上午App为什么进不去，并按我最早点卖出的那个价格给我结算。
—— 蔡文辉，手机：１３７ ５０８９ ２２４６""", T(
        complainant="蔡文辉", phones=("13750892246",), dates=("--11-04",),
        business="贵金属", cause="服务设施设备业务系统", signed=None)),

    L("f4_bedridden_mother_in_person", """明溪县支行：
    我母亲中风卧床两年了，她名下有一本存折，里面是她攒的三万多块钱，现在要用来交住院费。我是她唯一的女儿，十一月二日带着她的身份证、户口本、医院的诊断证明去你们那里取钱，工作人员很客气，可说必须本人到场，或者去办公证委托。我说人在床上起不来，她说可以预约上门核实，但上门要排到下个月。
    公证要花钱花时间，医院那边等不了。我知道你们是为了防骗，但像我家这种情况，难道就没有别的办法吗？请你们想想办法，尽快派人上门核实，让我们把钱取出来交住院费。
    女儿：林淑芬
    住址：明溪县城关乡南山路18号
    电话：13950876612
    2026年11月5日""", T(
        complainant="林淑芬", phones=("13950876612",), dates=("2026-11-02", "2026-11-05"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause="管理制度业务规则与流程",
        signed="2026-11-05")),

    L("f4_card_limited_antifraud", """我在城东支行开的借记卡，平时收做生意的货款。上个月开始，手机银行转账、微信绑卡都用不了，一查才知道卡被“限制非柜面交易”了。12月1日去柜台问，说是系统判定交易异常，要我提供进货单、发票和客户的聊天记录证明钱的来路，证明完了还要等审核，审核多久不知道。
我做了十几年小生意，钱都是正当来路。不能因为流水多就把我当坏人，每次都要跑柜台、交一堆材料。请给我一个明确的说法：要交什么材料、多少天解除，能不能把我的卡恢复正常使用。
　　　　罗志明　　电话 138 5986 7703
　　　　　　　　　二〇二六年十二月三日""", T(
        complainant="罗志明", phones=("13859867703",), dates=("2026-12-01", "2026-12-03"),
        units=("CD",), complained=("CD",), business="银行卡", cause="管理制度业务规则与流程",
        signed="2026-12-03")),

    L("f4_mortgage_prepay_appointment", """徐碧支行信贷部门：
本人2022年在贵行办理了住房按揭贷款，现在手头有一笔钱想提前还掉一部分。9月份打电话去问，说提前还款要提前一个月预约，而且每年只能提前还一次，一次最少还五万。我十月八号预约了，到了约定的十一月八号去办，又被告知预约“已过期”，因为我没有在前一天再确认一次，要重新预约，再等一个月。
就算这些当时都讲给我听了，一个月前预约、一年只能一次、前一天还要再确认，这种做法也太折腾人。一笔钱来回折腾两个月，多付了两个月的利息。希望你们简化手续，取消重复预约，让我这个月就能把钱还进去。
借款人 郑伟 联系方式 150 5988 2413
2026年11月10日""", T(
        complainant="郑伟", phones=("15059882413",),
        dates=("2026-10-08", "2026-11-08", "2026-11-10"),
        units=("XB",), complained=("XB",), business="贷款", cause="管理制度业务规则与流程",
        signed="2026-11-10")),

    L("f4_shop_coins_ocr", """投 诉 信

本人在列西街上开小超市，每个礼拜攒下来的硬币有
一两千块，以前都是拿到列西那个网点存进去。
十一月十七日下午我提了两袋硬币去，柜员说现在
硬币只有每周二上午收，而且要先打电话预约，一次
不超过五百元，其他时间一律不收。我问这是谁定
的，她说是网点的安排。我一个做小本生意的人，
不可能每个礼拜二都关门去排队，硬币在家里越
积越多，找零都用不完。国家的钱币银行都不收，
叫我们去娜里存？
要求：恢复平时正常收存硬币，不要限定每周二。

店主：何 春 生   手机:1 3 6 0 5 9 8 1 4 7 2
2026年11月18日""", T(
        complainant="何春生", phones=("13605981472",), dates=("2026-11-17", "2026-11-18"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause="管理制度业务规则与流程",
        signed="2026-11-18")),

    L("f4_insurance_sold_as_deposit", """永安燕西支行领导：
我爸妈都是七十多岁的农村老人，去年十二月我爸去燕西支行存五万块定期，一个穿西装的年轻人跟他说“现在有个存款利息比定期高，存五年，年年分红”，我爸就签了一堆字。今年他想取出一万给我妈看病，柜台说那是保险，现在退只能拿回三万出头。
我爸不识几个字，他一直以为那是存款。把保险说成存款，专挑不识字的老人下手，这种做法太缺德了。要求全额退还五万元本金，并对那个人进行处理。
儿子 张海涛
13799832205
2026-11-02""", T(
        complainant="张海涛", phones=("13799832205",), dates=("2026-11-02",),
        units=("YX",), complained=("YX",), business="银行代理业务", cause="营销方式和手段",
        signed="2026-11-02")),

    L("f4_installment_calls_forwarded", """麻烦转给负责的部门。

------------------ 原始邮件 ------------------
发件人: "宋晓东"<songxd_77@qq.example>
发送时间: 2026年11月23日(星期一) 晚上9:14
收件人: "客服"<service@bank.example>
主题: 别再打电话了

你们信用卡中心的人一个礼拜给我打了九个电话，全是让我把账单转分期、办“备用金”，说什么“给您特批的额度，今天不办就没了”。我已经说过三次不需要，也说了把我号码从名单里删掉，隔天换个号码接着打，有一次是晚上十点多，孩子都睡了。
请立即停止给我打这类电话，并告诉我你们是怎么处理的。
宋晓东 186 0598 3371
11月23日""", T(
        complainant="宋晓东", phones=("18605983371",), dates=("2026-11-23",),
        units=("CARD",), complained=("CARD",), business="银行卡", cause="营销方式和手段",
        signed="2026-11-23")),

    L("f4_wealth_lockup_not_told", """八月份我在城东支行买了你们行自己发的一款理财，二十万。当时客户经理只说“年化三点几，比定期高”，风险等级、封闭期这些一个字没提，合同一大本让我在最后一页签字就行。十一月二十四日我家里买房要用钱，去赎回，才知道这款产品有一年的封闭期，明年八月前取不出来，提前赎也不行。
如果当时讲清楚有封闭期，我根本不会买。请你们调出当时的录音录像，核实客户经理有没有讲清楚，并想办法让我把这二十万提前取出来。
方慧敏 159-6008-3418
2026年11月26日""", T(
        complainant="方慧敏", phones=("15960083418",), dates=("2026-11-24", "2026-11-26"),
        units=("CD",), complained=("CD",), business="自营理财", cause="信息披露",
        signed="2026-11-26")),

    L("f4_loan_annual_rate_untold", """明溪支行的领导：
今年三月我在你们这里借了十万元消费贷，办的时候工作人员只跟我说“月息才三厘五，很便宜”，一直没人告诉我一年下来到底是多少。我后来自己拿还款计划表算，按实际占用的钱算一年利率超过了百分之八，跟我心里想的差了一大截。
我找人问过，国家早就要求贷款要写清楚年化利率。请你们把这笔贷款实际的年利率和每一笔利息怎么算的，书面给我讲明白。
苏国强
手机 18959862210
二〇二六年十月二十八日""", T(
        complainant="苏国强", phones=("18959862210",), dates=("2026-10-28",),
        units=("MX",), complained=("MX",), business="贷款", cause="信息披露",
        signed="2026-10-28")),

    L("f4_loan_tied_insurance", """我在徐碧开了个农资店，今年十月十五日到徐碧支行申请二十万的经营贷。客户经理说额度批下来了，但放款前要我先买一份两万块的理财，另外还要买一份贷款人意外险，“不买系统过不了”。我说我不要这些，只要贷款，他说那就只能等下个季度再看。我急着进化肥，只好都买了。
贷款是贷款，理财是理财，凭什么不买就不给放？请退掉我那份意外险，把那两万块理财按本金退给我。
            农资店 龚国平  135 0598 6647
            2026年10月29日""", T(
        complainant="龚国平", phones=("13505986647",), dates=("2026-10-15", "2026-10-29"),
        units=("XB",), complained=("XB",), business="贷款", cause="自主选择权",
        signed="2026-10-29")),

    L("f4_card_extras_preticked", """十一月六日我带儿子到列西分理处给他开一张借记卡交学费。柜员拿着平板让我签名，我签完才发现她已经帮我勾了短信通知（每月两块）、一份“账户安全保障”（一年六十八），还给我填了一张信用卡的申请。我问她为什么不问我就勾了，她说“大家都开的，对你有好处”。
我只要一张能交学费的卡，别的都不需要。请把这些我没同意的东西全部取消，扣掉的钱退回来。
学生家长 曾美玲
电话：133-9598-0724
2026年11月9日""", T(
        complainant="曾美玲", phones=("13395980724",), dates=("2026-11-06", "2026-11-09"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause="自主选择权",
        signed="2026-11-09")),

    L("f4_counter_remittance_fee", """东门网点：
十一月十六日我在柜台给外地的供货商汇款八万元，扣了我四十块手续费。柜员小姑娘很热情，跟我解释说在手机上转是免费的，柜台是按规定来的。可我六十多岁了不会用手机转账，难道就因为不会用手机就要多交钱？而且我上个月在别家银行柜台汇一样的钱只要十几块。
你们这个价钱太高了，对我们不会用手机的老人不公平。请把这次的四十块退给我，以后老年人在柜台汇款能不能少要一点。
老客户 温建华  0598-8337261
2026年11月17日""", T(
        complainant="温建华", phones=("0598-8337261",), dates=("2026-11-16", "2026-11-17"),
        units=("CD",), complained=("CD",), business="支付结算", cause="定价收费",
        signed="2026-11-17")),

    L("f4_tuition_wire_charges", """女儿在英国读书，十月二十一日我在明溪县支行给她汇学费一万二千英镑。回来看单子：手续费按汇款金额千分之一算，另外还有一笔一百五十元的电报费，中间行又扣了二十五英镑，女儿实际收到的钱比学校要的少，还得补交。
一笔学费汇出去前前后后被扣了一千多块人民币，中间行扣多少事先也说不准。同样是汇钱，为什么要一层一层地扣？请把各项扣款的依据列出来，能减免的给减免。
学生家长　戴丽娟　手机：１５０５９８７６０３１
二〇二六年十月二十三日""", T(
        complainant="戴丽娟", phones=("15059876031",), dates=("2026-10-21", "2026-10-23"),
        units=("MX",), complained=("MX",), business="外汇", cause="定价收费",
        signed="2026-10-23")),

    L("f4_wealth_below_benchmark", """尊敬的个人金融部：
我去年在明溪支行买了你们的一款一年期理财“稳享”系列，十五万，宣传单上写的业绩比较基准是3.8%到4.2%。十一月十九日到期，到账只多了两千一百多块，算下来一年才一点四左右，连三年定期都不如。
明溪支行的理财经理小郑一直很负责，到期前后帮我打了好几个电话问，我不怪她。但我打到你们个人金融部，接电话的只说“基准不代表承诺”，别的什么也不解释。我不是不懂有风险，可是差这么多总得有个交代：这笔钱到底投到哪去了，为什么只赚这么点？
请给我一份这款产品这一年的运作报告，说明为什么只有这么点。
退休职工 谢永福
电话 139-5088-4170
2026年11月25日""", T(
        complainant="谢永福", phones=("13950884170",), dates=("2026-11-19", "2026-11-25"),
        units=("PF", "MX"), complained=("PF",), business="自营理财", cause="产品收益",
        signed="2026-11-25")),

    L("f4_fund_loss_rambling", """写给燕西支行：

我和老伴两个人的退休金加起来一个月五千出头，平时省吃俭用，存了一些钱。2024年6月份，在燕西支行经人介绍买了一只基金，买了八万，是你们代卖的，说是基金公司的产品。买的时候风险告知书我签了，录音录像也录了，这些我不否认。
可是买了以后，这只基金就一路往下走，中间涨过一阵，我没卖，想着再等等，结果到今年十一月份，八万只剩六万五了，两年多亏了一万五。我们老两口心里难受，晚上都睡不着。我去网点问，理财经理说市场不好，大家都亏，让我继续拿着。
我想问，你们卖的东西，亏成这样是不是也应该有个说法？别的客户买的别的基金有的还赚钱，怎么偏偏我这只亏这么多？是不是挑的东西就不好？我老伴说我不该来写这封信，可我憋在心里难受，还是写了。

希望银行帮忙把这只基金为什么亏这么多讲清楚，能补偿一点是一点。

客户：范福生（身份证尾号0417）
电话：13859027714
2026年12月2日""", T(
        complainant="范福生", phones=("13859027714",), dates=("2026-12-02",),
        units=("YX",), complained=("YX",), business="银行代理业务", cause="产品收益",
        signed="2026-12-02")),

    L("f4_prepay_penalty_clause", """明溪县支行：
我2023年9月在你们这里贷了三十万装修贷，期限五年。现在想一次性还清，你们说按借款协议第十二条，提前还款要按剩余本金的百分之三付违约金，差不多要六千块。
这一条印在密密麻麻的格式文本里，字比芝麻还小，签的时候没人指给我看，也没法改，你们拿出来就是让人签的。我还钱又不是欠钱，提前还反而要罚钱，这样的约定对借钱的人太不公平了。
请你们重新审查这一条，免掉这笔违约金。
陈淑贞  手机 1 8 6 5 9 8 0 2 2 6 3
2026年11月30日""", T(
        complainant="陈淑贞", phones=("18659802263",), dates=("2026-11-30",),
        units=("MX",), complained=("MX",), business="贷款", cause="合同条款",
        signed="2026-11-30")),

    L("f4_safe_box_agreement", """城东支行营业部：
我在你们那里租了一个小号保管箱，今年续租的时候你们给了一份新的租用协议，里面写着“箱内物品如有遗失，银行最多赔偿年租金的十倍”，还有“逾期三个月未交租金，银行可以自行开箱处置物品”。
我箱子里放的是房产证和家里老人留下的金首饰，真要出事，十倍年租金才两千多块；自行开箱这一条更是让人心里发毛。这些都是你们一方说了算，我们没有商量的余地。
请你们修改这两条，不改的话请给我书面解释凭什么这样定。
　　　　　客户 梁启文
　　　　　电话 0598－8352904 / 13606987315
　　　　　2026.11.21""", T(
        complainant="梁启文", phones=("0598-8352904", "13606987315"), dates=("2026-11-21",),
        units=("CD",), complained=("CD",), business="其他中间业务", cause="合同条款",
        signed="2026-11-21")),

    L("f4_card_skimmed_short", """卡在我身上，钱在外省被人取了！12月1日凌晨连着三笔，一共一万九千八，我人在家里睡觉。你们的卡就这么不保险？马上把钱给我追回来！
冯超 15280596634""", T(
        complainant="冯超", phones=("15280596634",), dates=("--12-01",),
        business="银行卡", cause="消费者资金安全", signed=None)),

    L("f4_passbook_withdrawals_ocr", """列西分理处：
    我叫钟玉兰，今年七十三岁，在你们这里有
一本活期存折。十一月二十二日我去补登，发
现十月份有两笔支取，一笔五千，一笔三干，都
是在柜台取的。我根本没有去取过 ，存折一直
锁在柜子里 ，密码也只有我自己知道。
    是谁拿什么取走了我的钱？请你们调出柜台
的录像和取款凭条，查清楚是谁取的，
把八千块钱还给我。
    联系电话 ：137 7598 2051
                         钟 玉 兰
                     2026 年 11 月 23 日""", T(
        complainant="钟玉兰", phones=("13775982051",), dates=("2026-11-22", "2026-11-23"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause="消费者资金安全",
        signed="2026-11-23")),

    L("f4_balance_told_to_ex_wife", """我和前妻去年已经离婚，财产早就分清楚了。十一月七日她跑到明溪支行，说是帮我办事，柜台的人居然把我卡里的余额和最近几笔进出账都告诉了她，她拿着这些到处说我藏钱，还去法院闹。
我的账户是我自己的事，没有我本人签字、没有委托书，凭什么告诉别人？请查清楚是哪个柜员说的，给我书面道歉，并保证以后不再发生。
包立新  手机号：177 0598 3865
2026年11月12日""", T(
        complainant="包立新", phones=("17705983865",), dates=("2026-11-07", "2026-11-12"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause="消费者信息安全",
        signed="2026-11-12")),

    L("f4_id_copies_in_bin", """我是徐碧支行旁边菜市场卖菜的。12月2日早上我在网点门口的垃圾桶边上捡到一沓纸，上面是好几个人的身份证复印件，还有填好的开户申请表，名字、地址、电话、身份证号全都有，其中一张就是我隔壁摊的王大姐。
这些东西就这么扔在外面，被坏人拿去办贷款、开卡怎么办？我把这些纸交给了你们保安。请你们查一查是谁扔的，以后这种纸要销毁，别再往外面扔。
潘桂香  电话：159 8059 6620
2026年12月4日""", T(
        complainant="潘桂香", phones=("15980596620",), dates=("2026-12-02", "2026-12-04"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause="消费者信息安全",
        signed="2026-12-04")),

    L("f4_calls_to_employer", """信用卡中心：
我承认我的信用卡逾期了两个月，欠了一万三千多，我也在想办法还。但是你们委托的人做的事太过分：给我单位领导打电话说我“欠钱不还、人品有问题”，还给我妈、我姐打电话，说再不还就要“上门找你们家里人”。我妈七十岁了，吓得好几天吃不下饭。
十一月十一日晚上十一点多还有人打我电话，骂得很难听，我都录音了。
欠的钱我认，我已经在凑，希望能分期还。但请你们马上停止给我单位和家里人打电话，管好你们委托的人。
韦小军 电话 18250983316
2026年11月15日""", T(
        complainant="韦小军", phones=("18250983316",), dates=("2026-11-11", "2026-11-15"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause="债务催收方式和手段",
        signed="2026-11-15")),

    L("f4_village_group_forwarded", """-----Original Message-----
发件人: 石门村村委会
发送时间: 2026年11月27日 星期五 10:05
收件人: 投诉邮箱
主题: 转：村民来信

村民来信原文如下：

我丈夫前年在燕西支行借了八万块养殖贷款，今年猪价不好，有两期没还上。前些天有一个自称是银行“外包公司”的人，把我丈夫的名字、欠款金额和他的照片发到了我们村的微信群里，说“谁看到他叫他还钱”，还在我家院门上贴了纸条。现在全村人都知道了，孩子在学校都被同学笑话。
欠债还钱我们认，已经在卖猪凑钱。求你们把群里的东西撤掉，别再贴纸条，有事直接打电话找我们。
村民 莫翠萍，电话 135-9985-2706
2026年11月26日""", T(
        complainant="莫翠萍", phones=("13599852706",), dates=("2026-11-26", "2026-11-27"),
        units=("YX",), complained=("YX",), business="债务催收", cause="债务催收方式和手段",
        signed="2026-11-26")),

    L("f4_outdoor_unit_noise", """东门网点的领导你们好：
我住在你们网点楼上三楼。你们网点的空调外机和后门那台发电机就装在我家卧室窗户底下，白天开着空调嗡嗡响，晚上关门以后外机还要转到半夜，有两个晚上还在试发电机，震得窗玻璃都在响。我老伴心脏不好，睡不着觉，血压一直降不下来。
我上门找过两次，保安说要请示领导，后来就没消息了。请你们把外机挪个位置，或者晚上关掉，发电机别在晚上试。
楼上住户 翁丽萍  手机 138-0598-6127
2026年11月28日""", T(
        complainant="翁丽萍", phones=("13805986127",), dates=("2026-11-28",),
        units=("CD",), complained=("CD",), business="其他", cause="其他",
        signed="2026-11-28")),

    L("f4_staff_private_debt", """领导：
我要反映你们行一个叫“阿强”的员工（全名我只知道姓黄），去年他说家里急用，以私人名义跟我借了三万块，写了借条，说半年就还。到现在一年多了，一分没还，电话也不接，微信把我拉黑了。我去他上班的地方找，他躲着不见。
这钱是我个人借给他的，跟银行的业务没关系，我知道。可他是你们的员工，你们总该管一管。请你们找他谈一谈，让他把钱还给我。
出借人 孔桂芳 电话：0598-8274416
2026年12月1日""", T(
        complainant="孔桂芳", phones=("0598-8274416",), dates=("2026-12-01",),
        business="其他", cause="其他", signed="2026-12-01")),
)

FRESH4_OCR_LIKE: tuple[str, ...] = (
    "f4_passbook_machine_ocr", "f4_shop_coins_ocr", "f4_passbook_withdrawals_ocr",
)

REQUESTS: dict[str, str] = {
    "f4_son_for_father_fixed_deposit": "当面给我父亲赔个不是",
    "f4_granddaughter_card_praise_dongmen": "希望徐碧网点那位经理向老人道歉",
    "f4_remittance_three_trips": "只请你们把会办的人安排好",
    "f4_app_transfer_stuck": "三天内给我退回来或者转过去",
    "f4_passbook_machine_ocr": "尽快把机子修好",
    "f4_gold_app_crash": "按我最早点卖出的那个价格给我结算",
    "f4_bedridden_mother_in_person": "尽快派人上门核实，让我们把钱取出来交住院费",
    "f4_card_limited_antifraud": "能不能把我的卡恢复正常使用",
    "f4_mortgage_prepay_appointment": "让我这个月就能把钱还进去",
    "f4_shop_coins_ocr": "恢复平时正常收存硬币，不要限定每周二",
    "f4_insurance_sold_as_deposit": "要求全额退还五万元本金，并对那个人进行处理",
    "f4_installment_calls_forwarded": "请立即停止给我打这类电话",
    "f4_wealth_lockup_not_told": "想办法让我把这二十万提前取出来",
    "f4_loan_annual_rate_untold": "把这笔贷款实际的年利率和每一笔利息怎么算的，书面给我讲明白",
    "f4_loan_tied_insurance": "请退掉我那份意外险，把那两万块理财按本金退给我",
    "f4_card_extras_preticked": "请把这些我没同意的东西全部取消，扣掉的钱退回来",
    "f4_counter_remittance_fee": "请把这次的四十块退给我",
    "f4_tuition_wire_charges": "请把各项扣款的依据列出来，能减免的给减免",
    "f4_wealth_below_benchmark": "请给我一份这款产品这一年的运作报告",
    "f4_fund_loss_rambling": "能补偿一点是一点",
    "f4_prepay_penalty_clause": "免掉这笔违约金",
    "f4_safe_box_agreement": "请你们修改这两条",
    "f4_card_skimmed_short": "马上把钱给我追回来",
    "f4_passbook_withdrawals_ocr": "把八千块钱还给我",
    "f4_balance_told_to_ex_wife": "给我书面道歉，并保证以后不再发生",
    "f4_id_copies_in_bin": "以后这种纸要销毁，别再往外面扔",
    "f4_calls_to_employer": "马上停止给我单位和家里人打电话",
    "f4_village_group_forwarded": "求你们把群里的东西撤掉，别再贴纸条",
    "f4_outdoor_unit_noise": "请你们把外机挪个位置，或者晚上关掉",
    "f4_staff_private_debt": "让他把钱还给我",
}
