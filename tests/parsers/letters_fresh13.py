"""A thirteenth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh13`, blind — without reading the parsers, the router, the ingest code, the outbox, the
core or complaints packages, the benchmark, any other test file, or the bodies of any other
letter set. What was read: the module docstring and the first two letters of
letters_fresh11.py (for the format and the labelling rules below); the `Truth`,
`HeldOutLetter` and `heldout_directory` definitions and the cause constants of
letters_heldout.py (a `sed` range over its head also showed that module's docstring and the
id and salutation line of its first letter, nothing further); and the list of earlier letter
ids (letters_*.py, forms_blind*.py, /tmp/fresh12, /tmp/forms2), whose situations are avoided.
Written outside the repository, at /tmp/fresh13.

Each letter carries what a careful clerk would record, labelled by these rules:
the rules written out in letters_fresh11.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No letter names its cause with the words of the cause's label.

Dates are listed in the order the letter first states them. Units are listed in the order the
letter first names them. Where a bank-wide system or product is at fault and no unit did
anything (a mobile-banking payment, a verification page, a fund's fall), `complained` is empty
even when the letter names the outlet where the account was opened. A letter dictated by an
elderly person and written down by a relative has the relative as complainant. The hard
letters (two plausible causes) each carry a `# why:` comment naming the deciding rule.

Written outside the repository, at /tmp/fresh13.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting shipped then (1,051 examples, FRESH12 and FORMS2 among
them, `e3948af`), fixed before this set was read: cause 90.0 % (27/30), the rules alone 50.0 %
(15/30); business 96.7 %; unit found or triage 93.3 % (27 right, 1 triage, 2 wrong);
complainant 96.7 % / 96.7 %; fields 95.9 % / 97.4 %; signed date 100 %; mojibake 0.
Then trained on, with FORMS3 (the 1,129-example weighting).
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH13: tuple[L, ...] = (
    # why: she accepts that the outlet itself does not exchange withdrawn notes (that part is a
    # rule); what she objects to is the clerk sending her to an antiques market and laughing —
    # a clerk's mishandling (SVC), not a rule applied as designed (RULE).
    L("f13_svc_clerk_sent_widow_with_old_series_notes_to_antiques_market", """明溪县支行领导：
　　您好！我是县实验小学退休教师黄淑贞，今年七十一岁。老伴去年走了，整理他的樟木箱时翻出一沓第四套人民币，五十元、十元都有，一共三千二百元，是他年轻时一点点攒下的。
　　二〇二六年十一月十六日上午，我拿到列西分理处去问能不能换。窗口一位戴眼镜的男柜员翻了两下就推了出来，说“这种早就作废了，银行不管，拿去古玩市场卖给收藏的吧”，还跟旁边的同事笑了一声。我问那到底到哪里能换，他说“不知道，反正我们这不收”。
　　回家后我打电话问了人民银行县支行，人家很客气，说停止流通的老版钞票可以拿到他们那里兑换，商业银行的柜员遇到这种情况应当给客户指个路。我不怪分理处不能当场换，可一个坐在银行柜台里的人，张口就叫老人去古玩市场，还当面取笑，这是不应该的。
　　请领导查一查那天上午的窗口，给那位柜员讲讲老钞票该怎么处理，也请给我回个话。
此致
敬礼！
黄淑贞
家住明溪县雪峰镇幸福路17号
电话：0598－2813376
2026年11月20日""",
      T(complainant="黄淑贞", phones=("0598-2813376",), dates=("2026-11-16", "2026-11-20"),
        units=("MX", "LJ"), complained=("LJ",), business="人民币管理", cause=SVC,
        signed="2026-11-20")),
    L("f13_svc_teller_cut_the_new_card_and_kept_the_expiring_one", """城东支行的领导你们好：
我实在气不过才写这封信。我那张工资卡12月到期，你们发短信叫我去网点领新卡。11月26号下午我到东门网点，把旧卡、新卡信封和身份证一起递进去，柜台里那个小伙子一边跟旁边的人说笑一边拿剪刀，咔嚓一下，剪完我一看，剪的是新卡！旧卡还好好地躺在他手边。他自己也愣了，说“那你再申请一张吧，寄过来要十来天”。
我是跑长途货运的，路上加油、过路费全靠这张卡，旧卡月底就不能用了，这不是坑人吗？后来还是燕西支行的柜员帮我想办法，当天给我办了张新卡先用着，在这里我要谢谢人家。
东门网点那位，剪卡之前看都不看一眼，出了错连句对不起都没有。我要求：一，给那个柜员一个处理；二，我新卡换了卡号，单位那边改账户耽误了发工资，这个损失你们要有个说法。
货车司机 廖建明
手机 139 0598 2716
2026.11.28""",
      T(complainant="廖建明", phones=("13905982716",), dates=("2026-11-26", "2026-11-28"),
        units=("CD", "YX"), complained=("CD",), business="银行卡", cause=SVC,
        signed="2026-11-28")),
    L("f13_svc_buyback_clerk_called_grandmas_old_design_bars_fakes", """个金部负责同志：
我是燕西支行客户郑彩云的孙子郑凯，奶奶八十三岁，不识字，这封信由我代写。
奶奶二〇一三年在你们行买过两根二十克的金条，发票一直压在箱底。今年十一月九日我陪她去燕西支行回购，柜台的女柜员拿起来看了一眼就说“这不是我们行的，样子都不一样，你这怕是假的”，声音很大，大厅里的人都看过来。奶奶当场就哭了，说她一辈子没拿过假东西。发票递进去，柜员看都不看。
十一月十三日我们又去了明溪县支行，那边的师傅查了编号，说是行里十几年前的老款，后来包装换过而已，当天就按规定回购了。
老款新款认不出来，可以查，可以打电话问，凭什么当着一屋子人说老人拿假金条？请个金部核实燕西支行那天的情况，让那位柜员给奶奶道个歉。
郑凯（代奶奶郑彩云）
电话：１３６ ５９８３ ０４１７
2026年11月18日""",
      T(complainant="郑凯", phones=("13659830417",),
        dates=("2026-11-09", "2026-11-13", "2026-11-18"),
        units=("PF", "YX", "MX"), complained=("YX",), business="贵金属", cause=SVC,
        signed="2026-11-18")),
    L("f13_sys_gas_station_scan_debited_but_never_reached_the_pump", """你好，我想反映一个手机银行的问题。
11月14日晚上八点多，我在县城北环路的加油站加了300块钱的油，用你们手机银行扫码付款。页面一直转圈，最后显示“交易处理中”，卡里300块已经扣了。加油站的收银说他们那边没收到，不让走，我只好又拿现金付了一遍。
第二天打客服，说是“渠道对账中，请耐心等待”。现在过去半个多月了，手机银行里那笔还是“处理中”，钱不退回来，也不到对方。加油站那边拿着他们的流水给我看，确实没收到。
我的卡是在徐碧网点开的，网点的人说这是总行手机银行的事，他们查不了。那到底谁能查？请你们把这300块退回来，以后扫码付款这样卡住，起码要有人给个说法。
李伟  15805987731
2026年12月1日""",
      T(complainant="李伟", phones=("15805987731",), dates=("2026-11-14", "2026-12-01"),
        units=("XB",), complained=(), business="支付结算", cause=SYS,
        signed="2026-12-01")),
    L("f13_sys_deposit_certificate_check_code_blank_for_a_week", """尊敬的明溪县支行：
　　我女儿今年申请去英国读研究生，需要一份存款证明。二〇二六年十月二十八日，我在贵行柜台开了一份二十万元的存款证明，柜员说证明上有二维码，签证中心扫一下就能核实真伪。
　　十一月五日，签证中心通知我们：证明上的二维码扫出来是空白页，提示“页面无法访问”，要求我们补交能核实的材料。我们在家里用手机扫，也是一样。去网点问，柜员说这是行里统一的核验网页，网点改不了，叫我打客服。客服登记了，说技术部门在处理。
　　一直到十一月十二日网页才恢复，我们重新提交，签证因此晚了一个多星期，女儿的宿舍预订差点作废。开证明花了钱，证明本身却核实不了，等于白开。请贵行查一查这个核验网页为什么一坏就是一个星期，有没有别的客户也被耽误，以后再出这种情况应该有应急的办法。
　　谢谢！
　　　　　　　　　　　　　　客户：苏敏
　　　　　　　　　　　　　　联系电话：+86 137 0598 4462
　　　　　　　　　　　　　　二〇二六年十一月二十日""",
      T(complainant="苏敏", phones=("13705984462",),
        dates=("2026-10-28", "2026-11-05", "2026-11-12", "2026-11-20"),
        units=("MX",), complained=(), business="其他中间业务", cause=SYS,
        signed="2026-11-20")),
    # why: nothing was sold, so there is no return of a sale to weigh (RET); the app said the
    # purchase had gone through when the debit had failed — a failed system (SYS).
    L("f13_sys_app_said_wealth_bought_but_money_stayed_in_current_account", """客服中心转相关部门：
我是在你们手机银行上买理财的客户，遇到一件很窝火的事。
10月30日是“稳享180天”第12期认购的最后一天，我晚上九点在手机银行上买了5万，输完密码，页面显示“购买成功”，我还截了图。之后就没再管。11月20日我想看看持仓，发现里面根本没有这个产品，5万块一直躺在活期里。打客服，说那天晚上扣款没成功，认购失败了，“失败了会发短信通知”，可我一条短信都没收到，页面上也一直是成功。
如果当时显示失败，我第二天就去买别的了。现在这期已经封闭，我的钱白白放了二十多天活期。截图我还留着，请你们查清楚为什么失败了还显示成功，并且按那期的业绩比较基准，把这二十多天我应得的补给我。
李欣然
手机：18659802235
2026年11月23日""",
      T(complainant="李欣然", phones=("18659802235",),
        dates=("2026-10-30", "2026-11-20", "2026-11-23"),
        units=(), complained=(), business="自营理财", cause=SYS,
        signed="2026-11-23")),
    L("f13_rule_beekeeper_past_sixty_refused_farm_loan", """徐碧网点的领导：
我叫吴德旺，在山上养蜂养了三十年，今年六十三岁。10月8号我到你们网点想贷五万块，买蜂箱和摇蜜机，明年开春要扩大。你们的小姑娘很客气，查了以后说年纪超过六十岁的这个贷款做不了，是上面定下来的，谁来都一样。
我身体好的很，每天还挑蜂箱上山，我儿子在县城上班，他说他可以担保，工资也在你们行发。小姑娘说担保也不行，就是卡年纪。我以经跑了两趟了。
我想问问，六十岁就一刀切，那我们这些老农民是不是就不能在贷款了？蜂蜜卖出去的钱年年都存在你们行，存钱的时候不卡年纪，贷款的时候就卡了。请领导再研究研究，能不能有个办法。
吴德旺
电话 138-5983-6620""",
      T(complainant="吴德旺", phones=("13859836620",), dates=("--10-08",),
        units=("XB",), complained=("XB",), business="贷款", cause=RULE,
        signed=None)),
    L("f13_rule_class_monitors_card_locked_after_collecting_trip_money", """列西分理处的工作人员您好：
我是在读大学生杨雨桐，在厦门上学，银行卡是高考那年在列西分理处办的。
这学期我当班长，11月3日收了全班三十八个同学的秋游费，每人八十，大家都转到我这张卡上。11月4日我要把钱转给旅行社时，发现卡被限制了非柜面交易，手机银行转不出去。打客服，说是短时间内收到多笔转账，触发了风控，需要本人带身份证到开户网点核实。
我给分理处打电话，接电话的阿姨也说只能回开户网点办，还要带收款的说明。我理解你们是为了防诈骗，可是我人在厦门，回一趟家来回要一天多，还要请假。三十八个同学的钱卡在我这里，旅行社催着付款，秋游只能往后推。
能不能让我在厦门当地的网点核实？或者视频核实？要是必须回去，我只能等寒假了。希望你们能考虑一下学生在外地的实际情况。
杨雨桐
电话：177 5059 8803
2026年11月10日""",
      T(complainant="杨雨桐", phones=("17750598803",),
        dates=("2026-11-03", "2026-11-04", "2026-11-10"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=RULE,
        signed="2026-11-10")),
    L("f13_rule_returned_overseas_chinese_rupiah_not_exchanged", """致城东支行、明溪县支行领导：
我叫陈玉山，今年七十八岁，一九六〇年从印度尼西亚回国的归侨。眼睛不好，这封信由孙女代我写。
前几年我回棉兰看望亲戚，剩下二百多万印尼盾没花完。家里要修老房子，我想把这些钱换成人民币。二〇二六年十一月二日我到城东支行，柜员说印尼盾不收，只收美元、欧元、港币、日元这几种。十一月十日我又让孙女陪我到明溪县支行，回答也一样，还说全县都没有地方换，只能自己带到厦门或者广州去试试。
我们这里归侨不少，手里有印尼盾、马来西亚币的人家好几户。银行是办外币的地方，却只认那几种钱，叫七八十岁的老人往大城市跑，实在说不过去。请领导考虑，能不能给我们这些归侨想个办法，比如统一收上去代为兑换。
陈玉山 口述
孙女 陈思雨 代笔
电话：0598－6637 105
2026年11月15日""",
      T(complainant="陈思雨", phones=("0598-6637105",),
        dates=("2026-11-02", "2026-11-10", "2026-11-15"),
        units=("CD", "MX"), complained=("CD", "MX"), business="外汇", cause=RULE,
        signed="2026-11-15")),
    # why: the check-up was held out to make him buy and withdrawn once he had bought — a
    # misrepresentation to sell (MKT), not a fact left unsaid (DISC): she said something that
    # was not so rather than saying nothing.
    L("f13_mkt_wealth_sold_with_hospital_checkup_card_that_needs_half_a_million", """个人金融部：
　　本人刘志坚，退休干部。今年九月，燕西支行理财经理小邓多次打电话，请我和老伴去网点喝茶，介绍一款一年期理财，说只要买满二十万，我们老两口每年都能在县医院做一次贵宾体检，不用排队，项目比单位体检还全，还拿出一张印着医院名字的体检卡给我们看。我们年纪大了，最看重的就是这个。
　　2026年9月15日我们买了二十万。十一月去医院预约体检，医院说这张卡要行里激活，行里又说要金融资产满五十万、持有满三个月才能激活。我去找小邓，她说“我当时说的是有机会享受”。
　　当初要不是为了体检，我们不会把定期取出来买这个。她拿体检卡做诱饵，买完了换一套说法，这不是哄老人吗？请部门查明，要么兑现体检，要么允许我们不扣钱退出。
　　刘志坚
　　电话（0598）5521908
　　2026年11月26日""",
      T(complainant="刘志坚", phones=("0598-5521908",), dates=("2026-09-15", "2026-11-26"),
        units=("PF", "YX"), complained=("YX",), business="自营理财", cause=MKT,
        signed="2026-11-26")),
    L("f13_mkt_care_policy_said_to_pay_for_a_carer_from_next_month", """徐碧支行负责人：
我是罗桂兰的女儿何静，替我母亲写这封信。
我父亲去年中风后一直卧床。今年5月12日，我母亲去徐碧网点存钱，大堂经理给她推荐了一份某保险公司的长期护理保险，一年交一万二。大堂经理说得很肯定：“交了以后，从下个月起每个月就给你两千块，请保姆的钱就有了。”我母亲就是冲着这两千块签的字。
到了7月、8月一分钱没有，打保险公司电话，人家说要先过九十天等待期，再经过鉴定，失能状态持续满一百八十天以后才开始给付。算下来最早也要明年。我母亲不识几个字，那一摞合同她根本看不懂，全靠大堂经理一张嘴。
请支行核实当时大堂经理是怎么说的，这份保险我们要求全额退保，保费退回。
何静
手机：+86-159-8059-3317
2026年11月30日""",
      T(complainant="何静", phones=("15980593317",), dates=("2026-05-12", "2026-11-30"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-11-30")),
    # why: he does not dispute that missed months drop later deposits to the demand rate; he
    # objects that nobody told him when he opened the account — silence on a material fact
    # (DISC), not a rule applied as designed (RULE).
    L("f13_disc_monthly_savings_two_missed_months_paid_at_demand_rate", """东门网点：
我是老储户周长根。2023年11月5日我在你们这里开了一个三年的零存整取，每月存一千，柜员说到期本息一起拿，利率按三年的算。
2024年我做了个手术，住院加休养，有两个月没来存，后来每月照常存。2026年11月5日到期去取，柜员算出来利息少了一大截，说漏存两个月没补，后面存的钱都按活期算了。
这件事开户的时候没有一个人跟我讲过。存折上就写着“每月存入”，单子上也没有。要是早知道漏了要补，我让儿子帮我补上就是了，哪里会吃这个亏。三年下来，少了好几百块利息，对我们退休的人不是小数目。请网点给我一个解释，把利息按三年期补给我。
周长根
13600598147
2026年11月19日""",
      T(complainant="周长根", phones=("13600598147",),
        dates=("2023-11-05", "2026-11-05", "2026-11-19"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=DISC,
        signed="2026-11-19")),
    L("f13_disc_tea_farmers_credit_line_froze_for_an_unmentioned_yearly_check", """明溪县支行信贷部门：
我是雪峰镇种茶的刘长发，前年在列西分理处办了一个二十万的农户信用贷款，额度三年，说是随借随还，要用的时候手机上点一下就到账。
2026年11月2日，我要买冬季茶园的有机肥，手机上一点，提示额度已冻结。打电话问分理处，才说这种贷款每年要做一次年审，客户要带户口本、收入证明去网点签字，没做就自动冻结。年审这件事，从签合同到现在，没人跟我讲过，短信也没发过一条。
肥料不等人，我只好找亲戚借了三万，利息一分五。我要求你们查一查：签合同的时候为什么不把年审讲清楚？我现在去补年审，额度什么时候能恢复？多出来的利息损失谁承担？
刘长发 手机 135 0598 6612
2026年11月27日""",
      T(complainant="刘长发", phones=("13505986612",), dates=("2026-11-02", "2026-11-27"),
        units=("MX", "LJ"), complained=("LJ",), business="贷款", cause=DISC,
        signed="2026-11-27")),
    # why: nothing has been handed to anyone yet, so it is not data given away (DATA); a
    # statement he is owed is held back until he signs a consent he does not want — a tie
    # without consent (CHOICE), which the counter calling it "新要求" does not make a mere rule.
    L("f13_choice_statement_printed_only_after_signing_partner_consent", """明溪县支行营业部：
12月2日下午我到你们柜台打印近六个月的工资卡流水，办日本旅游签证要用。柜员先递给我一块平板让我签字，我看了一下，是《客户个人信息使用授权书》，里面写着同意银行把我的资料提供给“合作机构”用于“产品推荐和服务优化”。我说我只要打个流水，不想签这个。柜员说现在不签这份就打不了流水，是新要求。
我打流水查的是我自己的钱、自己的账户，凭什么拿我的资料去换？最后我没签，流水也没打成，签证材料只能拖着。请问这个授权书是不是必须签？如果不是，请让我不签也能打流水；如果是，我要求给我一个书面的依据。
方志鹏
联系方式 189 5980 7716
2026年12月3日""",
      T(complainant="方志鹏", phones=("18959807716",), dates=("2026-12-02", "2026-12-03"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause=CHOICE,
        signed="2026-12-03")),
    # why: the outlet will take the old bars back only against the purchase of a new one she
    # does not want — a tie (CHOICE), not a rule on which bars or whose bars it buys (RULE).
    L("f13_choice_old_gold_bars_bought_back_only_against_new_zodiac_bars", """城东支行：
我是开火锅店的陈美华。2020年6月18日，我在徐碧支行买了两根五十克的金条，发票、证书都在。今年店里生意不好，要付房租和工人工资，想把金条卖回给银行。
11月21日我带着金条去城东支行，柜员说现在只做“以旧换新”，旧金条可以回收，但要同时买同样克数的新款生肖金条，补差价，单独卖回不收。我说我要的是现金，不是新金条。她说那就没办法了。
我买的是你们行的金条，卖回来却要我再买一根，这跟不回收有什么区别？我这是急用钱，不是来换款式的。请你们给个答复：单独回收到底能不能做？
陈美华
电话 135-0598-2290
2026-11-24""",
      T(complainant="陈美华", phones=("13505982290",),
        dates=("2020-06-18", "2026-11-21", "2026-11-24"),
        units=("CD", "XB"), complained=("CD",), business="贵金属", cause=CHOICE,
        signed="2026-11-24")),
    L("f13_fee_granddaughters_winter_coat_remittance_cut_on_arrival", """你好：
我母亲八十多岁了，我替她问一件事。
我外甥女在加拿大温哥华打工，十月三十一日给她外婆汇了三百加元，说是给老人过冬买件棉衣。钱到了以后，我陪母亲去取，一看入账少了二十加元，问是什么钱，说是“汇入汇款手续费”。
三百块钱的一份心意，你们一进来就扣掉二十，将近百分之七。汇款的时候外甥女在那边已经付过手续费了，到了我们这里又扣一道。老人家一辈子省吃俭用，看着单子直心疼。我想问，这么小的一笔汇款，为什么要扣这么多？能不能对老人、对小额的汇款少扣一点或者不扣？
马建国（代母亲）
电话：１５１ ０５９８ ７７２０
2026年11月8日""",
      T(complainant="马建国", phones=("15105987720",), dates=("2026-10-31", "2026-11-08"),
        units=(), complained=(), business="外汇", cause=FEE,
        signed="2026-11-08")),
    L("f13_fee_eight_hundred_registration_errand_on_small_renovation_loan", """徐碧支行信贷员及领导：
我叫郑木生，在家里做竹木加工。2026年10月22日在徐碧支行办了五万块的房屋翻修贷款，用自家房子做抵押。签完合同，信贷员说抵押登记由银行统一代办，另外交八百元代办费。
后来我到不动产登记中心一问，人家登记费八十块，材料齐全当天就办完。五万块的贷款，光代办就要八百，比登记本身多了十倍，差不多是一年利息的三分之一。我当时问能不能自己去办，信贷员说可以，但是要排队约号，慢，我急着开工就交了。
我不是说你们不能要代办的钱，是这个价钱太离谱。请领导把这个标准给我看看，多出来的能不能退一部分。
郑木生
电话 0598-7735 012
2026年11月6日""",
      T(complainant="郑木生", phones=("0598-7735012",), dates=("2026-10-22", "2026-11-06"),
        units=("XB",), complained=("XB",), business="贷款", cause=FEE,
        signed="2026-11-06")),
    L("f13_fee_sawmill_pays_two_hundred_a_year_for_three_cheques", """列西分理处主任：
本人许金土，在岭下村开了个小锯木厂，对公账户开在你们分理处。11月17日我去买一本转账支票，柜员说一本二十五张，工本费加手续费要六十多元，另外支付密码器到了年限，要续年费两百元，两样一共两百六十多。
我厂子小，一年最多开三四张支票，给木材站结账用。为了三四张支票，一年光这两样就要交两百多块，算下来一张支票六七十块。隔壁县信用社同样的东西，听说一年几十块就够了。
我不是赖账的人，但是这个钱太不合理了。请主任给我们小厂子想想办法，能不能按张算，或者把密码器年费减下来。
许金土
手机15159870034
2026年11月25日""",
      T(complainant="许金土", phones=("15159870034",), dates=("2026-11-17", "2026-11-25"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=FEE,
        signed="2026-11-25")),
    L("f13_ret_nurses_kindergarten_fee_wealth_ended_below_deposit_rate", """明溪县支行：
我叫林秀珍，在县医院当了三十年护士，去年退休。
2025年5月20日，我在你们支行买了一款十八个月的封闭式理财，十万块，业绩比较基准写的是2.8%到3.4%，准备到期给孙子交幼儿园的学费。当时理财经理也讲了不保本，我签字的时候是清楚的，这一点我不赖。
今年11月20日到期，到账一看，年化才0.9%，十八个月一共赚了一千三百多块，还不如我存三年定期。我去问，说是债券市场波动，净值回撤了。
我不懂什么回撤，我只知道一个十八个月的理财，最后比定期还少一大截。请你们给我说清楚这笔钱到底亏在哪里，今后对我们这种只想稳稳当当的退休人员，能不能推荐真正稳一点的。
林秀珍
13859027715
2026年11月28日""",
      T(complainant="林秀珍", phones=("13859027715",),
        dates=("2025-05-20", "2026-11-20", "2026-11-28"),
        units=("MX",), complained=(), business="自营理财", cause=RET,
        signed="2026-11-28")),
    L("f13_ret_bus_drivers_pension_target_fund_still_down_after_three_years", """城东支行领导：
我是县公交公司的司机黄志远。2023年3月，我在城东支行柜台买了一只某基金公司的养老目标基金，前后投了六万，想着给自己攒点养老钱。当时柜员讲了这是基金，会涨也会跌，要放得住，我也签了风险提示，这个我认。
可是三年过去了，2026年11月16日我看账户，还亏着百分之十一，六万块变成五万三。三年公交车开下来，这点钱是一分一分攒的。
我不是来闹事的，就想问问：这种养老的基金，怎么三年还亏这么多？银行卖的东西，银行能不能帮着跟基金公司说说，有没有什么补救的办法，或者建议我现在怎么处理。
黄志远
电话：136-0598-5543
2026年11月18日""",
      T(complainant="黄志远", phones=("13605985543",), dates=("2026-11-16", "2026-11-18"),
        units=("CD",), complained=(), business="银行代理业务", cause=RET,
        signed="2026-11-18")),
    L("f13_clause_mortgage_falls_due_if_divorce_not_notified_thirty_days_ahead", """明溪县支行个贷中心：
我是房贷共同借款人邱丽娟。2021年4月9日我和丈夫在明溪县支行签了房贷合同，最近因为要办离婚，我把合同翻出来细看，发现第十四条写着：“借款人婚姻状况发生变化，未提前三十日书面通知贷款人的，贷款人有权宣布贷款提前到期，要求借款人一次性归还全部本息。”
离婚是我们两个人的私事，什么时候办、会不会办，很多时候自己都说不准，怎么可能提前三十天书面告诉银行？我们每个月都按时还款，一次没逾期。就因为离婚没提前报备，银行就能把几十万的贷款一下子收回，这对借款人太不公平了。
我请求支行对这一条作出解释，并书面确认：只要按时还款，不会因为我们离婚就宣布提前到期。
邱丽娟
手机：13859061148
2026年11月12日""",
      T(complainant="邱丽娟", phones=("13859061148",), dates=("2021-04-09", "2026-11-12"),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-12")),
    # why: he does not say the charges are too high (FEE); he objects to the small print on the
    # back of the form that puts a loss caused between banks on the sender — an unfair clause
    # (CLAUSE).
    L("f13_clause_bounced_tuition_wire_exchange_loss_put_on_sender", """燕西支行：
我儿子在英国曼彻斯特读书。2026年8月18日我在燕西支行柜台给学校汇了9800英镑学费，用的是学校官网上公布的账户。9月8日钱被退了回来，说是中间行认为收款人名称格式不符。学校财务回信说他们的账户和名称都没有问题，别的家长都收到了。
退回来的英镑按当天的价格给我结回人民币，前后一算，因为汇率变了，加上来回的费用，我亏了两千六百多块。我去找支行，柜员拿出汇款申请书背面的一段小字给我看：“因收款行或中间行原因导致汇款退回的，由此产生的汇率损失及相关费用由汇款人承担。”
我填了对的账户，学校也没有问题，退回是银行之间的事，凭什么损失全算在我头上？这种印在背面的小字，汇款的人根本没有商量的余地。请支行重新考虑这一条，把我的损失退给我。
宋建华
电话 0598-5139 226
2026年11月3日""",
      T(complainant="宋建华", phones=("0598-5139226",),
        dates=("2026-08-18", "2026-09-08", "2026-11-03"),
        units=("YX",), complained=("YX",), business="外汇", cause=CLAUSE,
        signed="2026-11-03")),
    # why: he owes the bank nothing and signed nothing, so this is not how an admitted debt is
    # chased (DEBT); his deposit left his account without any act of his (FUNDS).
    L("f13_funds_time_deposit_taken_for_cousins_loan_on_forged_guarantee", """列西分理处：
我叫潘永福，2014年到2026年一直在意大利做皮革活，今年九月才回国，现在住在东门网点对面的出租房里。
我出国前在列西分理处存了一笔四万元的三年定期，到期自动转存，存单一直放在我姐家。10月20日我去取，柜员说这笔钱已经没了——2026年10月15日被行里扣去还我表哥的一笔经营贷款，电脑里有一份2024年3月12日的保证合同，保证人一栏签的是我的名字。
2024年3月我人在意大利佛罗伦萨，护照上的出入境章可以证明，我从来没签过什么担保。字不是我签的，钱是在我不知情的时候被划走的。我要求分理处调出那份合同和当时办理的录像，把四万元和利息还给我，伪造签名的事我也会去报案。
潘永福
电话：+86 191 5980 4417
2026年11月2日""",
      T(complainant="潘永福", phones=("19159804417",),
        dates=("2026-10-20", "2026-10-15", "2024-03-12", "2026-11-02"),
        units=("LJ", "CD"), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-02")),
    # why: the phone loss report's lag is how it happened, but what she objects to is money
    # taken from her card after she had reported it, without any act of hers (FUNDS), not a
    # machine that failed her (SYS).
    L("f13_funds_card_swiped_five_times_after_phone_loss_report", """尊敬的银行领导：
我是一名幼儿园老师，叫程晓雯。2026年11月7日晚上，我坐夜班公交回家，下车才发现包被划开了，钱包连同借记卡都不见了。我21点12分打了客服电话挂失，客服跟我说“已经帮您办好了”，我才放心。
第二天一早收到短信，才知道从21点30分到21点52分，这张卡在外地一家便利店被连刷了五笔，每笔九百九十九元，都是小额免密，一共四千九百九十五元。我挂失在前，被刷在后。客服后来说，电话挂失“生效需要一定时间”，那几笔是在生效前发生的。
我挂失了，你们也说办好了，钱却还是被拿走了，这要我怎么接受？这张卡是燕西支行办的，工资都在里面。请你们把这四千九百九十五元退还给我。
程晓雯
手机 177-0598-2614
2026年11月16日""",
      T(complainant="程晓雯", phones=("17705982614",), dates=("2026-11-07", "2026-11-16"),
        units=("YX",), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-11-16")),
    # why: a packing run mixed the pages, but what she objects to is her spending record handed
    # to a neighbour — personal data given away (DATA), not a failed machine (SYS).
    L("f13_data_my_card_bill_pages_folded_into_neighbours_envelope", """信用卡中心：
我是你们的持卡人黄丽萍。11月12日晚上，楼下的邻居敲门，拿着一封你们寄给她的信用卡账单，说里面夹了两页不是她的，是我的——上面有我的名字、住址、卡号后四位，还有我十月份每一笔消费，在哪个药店买了什么药、在哪家酒店住了几晚，清清楚楚。
邻居人还好，直接还给了我。可我打电话问，客服说那一批账单因为装封出了差错，有一部分串了页。那就是说，不止我一个，我的账单也可能还有别人看过，别的客户的账单也可能在我不知道的人手里。
我的消费记录是我的隐私，药店那几笔我连家里人都没说。请你们查清楚这一批串页的账单一共寄错了多少，给每个被寄错的人一个交代，并书面告诉我，我的账单还有没有寄到别的地方去。
黄丽萍
电话：１３９５９８０６６２１
2026年11月14日""",
      T(complainant="黄丽萍", phones=("13959806621",), dates=("2026-11-12", "2026-11-14"),
        units=("CARD",), complained=("CARD",), business="个人金融信息", cause=DATA,
        signed="2026-11-14")),
    L("f13_data_outlets_scrapped_computers_sold_with_customer_id_scans", """徐碧网点负责人：
我叫高明远，在县城开电脑维修店。11月20日我从废品站老周那里收了一批旧电脑拆零件，其中三台机箱上还贴着“徐碧网点 柜台”的资产标签。我接上一看，硬盘根本没清，里面有几千张扫描件：身份证正反面、开户申请书、存单复印件，都是你们网点客户的。
更让我火的是，我翻到了我自己和我爱人的身份证扫描件，还有我们2019年办房贷时交的收入证明。这些东西就这样论斤卖给了废品站，谁收了都能看。
硬盘我已经拆下来封好，没有拷贝，愿意当面交还。但我要求网点说明：这批电脑是怎么流到废品站的？还有多少台流出去了？被泄露的客户要不要一个个通知？我和我爱人的资料泄露了，你们要给个交代。
高明远
电话 158 5980 1266
2026年11月22日""",
      T(complainant="高明远", phones=("15859801266",), dates=("2026-11-20", "2026-11-22"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-22")),
    L("f13_debt_card_callers_told_tea_factory_to_withhold_his_leaf_money", """信用卡中心领导：
我是雪峰镇种茶的叶长青。我承认，我那张信用卡欠了一万八，今年茶叶行情不好，已经逾期了三个月，这钱我是要还的，也跟你们的人说过年底采完冬茶就还。
可是11月4日，你们委托的人打电话到收我鲜叶的茶厂，跟茶厂老板说我欠银行的钱不还，让茶厂把欠我的鲜叶款扣下来，直接打到银行。11月6日又打了一次，还说茶厂要是不配合，“以后也要承担责任”。茶厂老板怕惹麻烦，现在不收我的叶子了。
我欠的是银行的钱，跟茶厂没有关系。你们这样一搞，我卖茶的路断了，拿什么还钱？请你们管一管下面的人，不要再找我的买家，有什么事直接找我本人。
叶长青
电话：137 7598 0031
2026年11月22日""",
      T(complainant="叶长青", phones=("13775980031",),
        dates=("2026-11-04", "2026-11-06", "2026-11-22"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-22")),
    L("f13_debt_loan_chasers_sent_voice_notes_to_sons_phone_watch", """城东支行：
我姓钟，在县城开小饭馆，去年在你们城东支行贷了十五万经营贷。今年生意差，已经有三个月没还上，这个我不赖，正在想办法。
但是11月9号开始，你们外包的要账公司不知道从哪里弄到了我儿子电话手表的号码。我儿子才十岁，读四年级。他们给手表发语音，说“告诉你爸爸，再不还钱就上门，让全校都知道”。11月10号孩子在学校听到又哭了，老师打电话给我，我才知道。
欠钱的是我，不是孩子。你们要钱找我，打我电话、上我店里都可以，冲一个小孩去是什么意思？请支行马上让他们停下来，并告诉我孩子的号码是从哪里来的。
钟先生 电话 135 5980 6271""",
      T(complainant="钟先生", phones=("13559806271",), dates=("--11-09", "--11-10"),
        units=("CD",), complained=("CD",), business="债务催收", cause=DEBT,
        signed=None)),
    L("f13_other_outlet_billboard_hides_the_mirror_on_a_mountain_bend", """列西分理处：
我是岭头村的村民，叫范德胜。今年10月26日，你们在岭头那个急弯的路边立了一块大广告牌，“存款送好礼”那块。广告牌正好挡住了弯道上那面凸面镜，从上面下来的车根本看不到对面来车。
11月19日傍晚，我骑摩托车下坡，和一辆拉竹子的三轮车差点撞上，两个人都摔在路边，我膝盖缝了四针。村里老人说以前有那面镜子，这个弯从没出过事。
广告放哪里都可以，请你们尽快把牌子挪走，别等出了人命。我的医药费也请你们考虑一下。
范德胜
2026.11.21""",
      T(complainant="范德胜", phones=(), dates=("2026-10-26", "2026-11-19", "2026-11-21"),
        units=("LJ",), complained=("LJ",), business="其他", cause=OTHER,
        signed="2026-11-21")),
    # why: the outing was the bank's and its staff failed to watch the children, but no
    # financial service to the writer is in question — a child hurt on the stairs (OTHER), not
    # a clerk's mishandling of a service (SVC).
    L("f13_other_childrens_bank_day_left_boy_alone_on_the_stairs", """致明溪县支行领导：
11月28日星期六，燕西支行办了一场“小小银行家”亲子活动，我给八岁的儿子报了名。活动要求家长在大厅外等候，孩子由工作人员带到二楼参观。
快结束的时候，我儿子一个人从二楼楼梯摔了下来，门牙磕掉半颗，嘴唇缝了三针。后来才知道，带队的两名工作人员在会议室布置抽奖，十几个孩子在走廊上没人看。楼梯口连个拦着的东西都没有。
活动是你们请孩子来的，人交到你们手上，就该看好。请领导查清那天的情况，孩子的医药费和后续补牙的费用，请燕西支行承担，也请以后办这类活动时安排足够的人手。
程建军
电话：13107598845
2026年12月4日""",
      T(complainant="程建军", phones=("13107598845",), dates=("2026-11-28", "2026-12-04"),
        units=("MX", "YX"), complained=("YX",), business="其他", cause=OTHER,
        signed="2026-12-04")),
)
