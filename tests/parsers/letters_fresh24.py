"""A twenty-fourth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh24`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. What was read, exactly: lines 1-71 of
tests/parsers/letters_fresh11.py (its module docstring with the labelling rules and its first two
letters, for the format), lines 1-67 of tests/parsers/letters_heldout.py (the cause constants, the
`heldout_directory`, `Truth` and `HeldOutLetter` definitions), and the list of earlier letter ids
(grepped from tests/parsers/letters_*.py, forms_blind*.py, /tmp/fresh*/letters_fresh*.py and
/tmp/forms*/forms_blind*.py — ids only), whose situations are avoided. Nothing beyond those lines
was printed. Written outside the repository, at /tmp/fresh24.

Labelled by the rules written out in letters_fresh11.py's docstring. No letter names its cause
with the words of the cause's label. Dates are listed in the order the letter first states them;
a date in words relative to the signing month ("上个月二十号") is resolved against the signed
date; "第二天" and the like are not recorded. Near-miss letters (two plausible causes) each carry a
`# why:` comment naming the deciding rule.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`d31bf86`: 1,753 examples, the unit
rules of `d31bf86`): cause 86.7 % (26/30), the rules alone 46.7 % (14/30); business 93.3 %; unit
found or triage 96.7 % (29 right, 0 triage, 1 wrong); complainant 100 % / 100 %; fields 99.5 % /
98.9 %; signed date 100 %; mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH24: tuple[L, ...] = (
    # why: the hundred went missing in the clerk's own unchecked count at the counter, on a
    # withdrawal the customer made himself — a clerk's mishandling (SVC), not money gone
    # without the customer's act (FUNDS).
    L("f24_svc_teller_played_card_game_on_phone_then_paid_out_a_hundred_short", """列西分理处负责同志：
我是退休工人罗福生，今年七十一了。十一月十二日上午九点多，我拿存折到列西取两千块钱给老伴买药。柜台里那个戴眼镜的男柜员低着头玩手机，一边玩一边叫我等着，说“系统慢”。我隔着玻璃看得清清楚楚，他屏幕上是斗地主。
等了二十多分钟才给我办，钱也不过点钞机，抓一把就推出来。我回家一数，少了一张一百的。下午再去问，他说“离柜概不负责”，头都没抬。
钱少一百我认倒霉也就算了，可这样对待一个老头子，叫人心寒。请领导管一管。
罗福生
电话 0598-2863417
二〇二六年十一月十四日""",
      T(complainant="罗福生", phones=("0598-2863417",), dates=("2026-11-12", "2026-11-14"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-14")),
    L("f24_svc_clerk_booked_grandfathers_deposit_under_grandsons_id", """明溪县支行：
我叫郑宇航，替我爷爷郑茂林写这封信，爷爷八十三岁，眼睛不好。
10月8日我陪爷爷到徐碧网点存五万块三年定期。因为我在旁边帮忙，柜员让我们把身份证都递进去，结果她刷的是我的身份证，存单上写的户名是“郑宇航”。爷爷不识几个字，我当时忙着填单也没注意。
上礼拜爷爷想看看存单，才发现钱变成了我的名下。爷爷急得一夜没睡，以为孙子要占他的钱。我们去改，网点说要我和爷爷一起来、还要提前支取重存，利息就没了。
错是柜员犯的，凭什么损失要老人家担？请把户名改回来，利息照三年算。
孙子 郑宇航（代笔）
手机 138 5989 4420
2026年11月28日""",
      T(complainant="郑宇航", phones=("13859894420",), dates=("2026-10-08", "2026-11-28"),
        units=("MX", "XB"), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-28")),
    # why: the home-return permit is an identity paper the counter accepts for a withdrawal; the
    # clerk turned it away on her own say-so, so it is a clerk's mishandling (SVC), not a rule
    # applied as designed (RULE).
    L("f24_svc_clerk_refused_home_return_permit_as_id_for_passbook_withdrawal", """城东支行负责人您好：
本人陈志坚，定居香港多年，老家在明溪城关。今年十一月二十日回乡给母亲做寿，到东门网点想从我多年前开的活期存折里取三万元。我出示了港澳居民来往内地通行证（回乡证），柜员翻来覆去看了两遍，说“只认身份证，回乡证不行”，叫我回香港去办。
我在厦门、福州的银行用这张证都取过钱，从没人为难过。我请她问问主管，她说主管不在，下次再来。母亲寿宴的钱最后是借亲戚的。
请贵行核实那天的情况，给个答复。
陈志坚
内地手机：+86 135-5981-0726
2026年11月23日""",
      T(complainant="陈志坚", phones=("13559810726",), dates=("2026-11-20", "2026-11-23"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=SVC,
        signed="2026-11-23")),
    # why: the app ran the standing rent order she set up twice by itself — a machine doing
    # the wrong thing (SYS), not money taken without her act (FUNDS): it went to her own payee.
    L("f24_sys_app_ran_monthly_rent_transfer_twice_on_the_first", """你好，我叫林晓雯，在县城一家服装厂上班。
我在手机银行里设了每月1号自动转1800元房租给房东。2026年11月1日早上一看，扣了两笔1800，两笔都转到了房东账上。房东人还算好，拖了一个礼拜才退给我，可那个礼拜我卡里只剩两百多块，孩子的午餐费都交不上。
打客服电话，客服说是“预约转账重复执行了”，让我等后台处理，到现在也没人给我个说法，也不保证下个月不会再来一次。我一个月工资才四千出头，经不起这样扣。
林晓雯
电话：１３７０５９８２２６１
2026年11月15日""",
      T(complainant="林晓雯", phones=("13705982261",), dates=("2026-11-01", "2026-11-15"),
        units=(), complained=(), business="支付结算", cause=SYS,
        signed="2026-11-15")),
    L("f24_sys_smart_counter_kept_pensioners_id_card_for_three_days", """燕西支行：
十二月一日下午，我在你们大厅那台自助机器上改银行卡绑定的手机号，身份证放进去刷了一下，屏幕就卡住不动了，身份证退不出来。大堂经理拍了几下也没用，说要等三明的师傅来开机器。
我第二天一早要坐动车去厦门看住院的儿子，没有身份证票都取不了，只好退票。师傅隔了三天才来，证件才拿回来。
我七十三岁了，跑一趟不容易。这样的机器摆在那里叫老人用，出了问题一句“等师傅”就完了？
吴桂兰
0598-3652218
二〇二六年十二月三日""",
      T(complainant="吴桂兰", phones=("0598-3652218",), dates=("2026-12-01", "2026-12-03"),
        units=("YX",), complained=("YX",), business="银行卡", cause=SYS,
        signed="2026-12-03")),
    L("f24_sys_company_batch_pay_file_stopped_at_the_fiftieth_worker", """城东支行：
我是明溪县新建建筑劳务队负责人邓建新，队里的工资一直在你们城东支行开的对公户发。
11月25日我用企业网银上传工资表，86个工人，页面显示“批量代发成功”，总金额也对。结果只有前50个人到账，后面36个人一分没收到，钱也没退回我的账户，挂在那里。工人以为我扣工钱，晚上堵到我家门口。
客户经理说是“文件只读了前50行”，让我重新上传，又怕重复发。到今天已经第四天，钱还卡着。请你们尽快查清，把后面36个人的工资发出去。
邓建新
手机：15959837702
2026年11月29日""",
      T(complainant="邓建新", phones=("15959837702",), dates=("2026-11-25", "2026-11-29"),
        units=("CD",), complained=("CD",), business="支付结算", cause=SYS,
        signed="2026-11-29")),
    # why: paying a loan straight to the seller is how the bank's loan rules are designed for a
    # sum this size; nothing extra was sold or tied on — a rule applied as designed (RULE), not a
    # tie (CHOICE).
    L("f24_rule_breeding_loan_paid_only_to_sellers_accounts_village_sellers_have_none", """徐碧支行领导：
我是徐碧村养猪户雷火旺。今年在你们这里贷了十万元养殖贷款，11月6日放款。信贷员说这笔钱不能到我自己卡上，要“受托支付”，直接打到卖猪苗的人账上，还要对方的收款账户和发票。
我买猪苗都是从周边村里的散户手里买，一户三五头，都是老人家，哪来的对公账户、哪来的发票？钱在贷款账户里躺了十几天，猪苗买不来，利息照样算。
我不是不还钱，只求你们变通一下，让我能把钱用上。
雷火旺
159 0598 3316
2026年11月18日""",
      T(complainant="雷火旺", phones=("15905983316",), dates=("2026-11-06", "2026-11-18"),
        units=("XB",), complained=("XB",), business="贷款", cause=RULE,
        signed="2026-11-18")),
    # why: the student does not attack any wording she signed; she objects to the limit on her
    # kind of account and to having to come back in person to change it — a rule applied as
    # designed (RULE), not an unfair clause (CLAUSE).
    L("f24_rule_scholarship_bounced_off_second_class_account_daily_cap", """尊敬的明溪县支行：
我是在福州读大三的学生蓝思琪。高考那年在明溪县支行开了一张卡，当时柜员说开的是“二类户”。
2026年11月10日，一家基金会给我发两万元助学金，打了两次都被退回，说超过了这张卡每天一万的限额。基金会说只能再试一次，再退就取消。我打电话问能不能升成一类户，回答是必须本人回明溪县城的网点办，不能在福州办，也不能由我妈代办。
期中考试周我回不去。请问有没有别的办法？
蓝思琪
电话 188-5981-0394
2026年11月12日""",
      T(complainant="蓝思琪", phones=("18859810394",), dates=("2026-11-10", "2026-11-12"),
        units=("MX",), complained=("MX",), business="银行卡", cause=RULE,
        signed="2026-11-12")),
    L("f24_rule_hardware_shop_cash_deposit_needs_written_source_of_money", """东门网点负责人：
11月19日下午我拿六万现金去存一年定期，柜员说五万以上现金要填一张“大额现金来源说明”，还要我拿进货单、收款记录给她拍照，说这是上面的要求。
我在东门开五金店二十年，钱都是一块一块卖螺丝卖水管攒的，每个月都来存。以前从来没有这一套，现在搞得像审犯人一样，后面排队的人都在看。
如果真是上面的要求，能不能对老客户简单些？总不能每次存钱都交一沓单子。
五金店 周国栋
电话0598-2231786""",
      T(complainant="周国栋", phones=("0598-2231786",), dates=("--11-19",),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=RULE,
        signed=None)),
    # why: what she holds against the bank is the promise the officer made to get her to sign,
    # not the way the repayment is now asked for — misrepresentation to sell (MKT), not DEBT.
    L("f24_mkt_strawberry_loan_said_waived_if_weather_killed_the_crop", """列西分理处：
我叫官美玉，在列西种大棚草莓。2025年9月3日在你们这里签了一笔八万元的贷款。当时信贷员小王上门来推，说这是“农户保障贷”，万一遇到天灾颗粒无收，国家兜底，这笔贷款可以不用还，我才下决心贷的。
今年二月一场倒春寒，大棚塌了，草莓全冻死。我去找小王，他说从来没有“不用还”的说法，贷款合同上也没有这一条，到期要照还本息。
我一个农村妇女，哪里看得懂那么厚的合同，就是听了他的话才贷的。请领导查一查他当时是怎么说的。
官美玉  13599372815
2026年11月9日""",
      T(complainant="官美玉", phones=("13599372815",), dates=("2025-09-03", "2026-11-09"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=MKT,
        signed="2026-11-09")),
    # why: the manager said something untrue to make the sale (the rate "locked"), not merely
    # left a risk unmentioned — misrepresentation to sell (MKT), not silence (DISC).
    L("f24_mkt_dollar_wealth_said_to_lock_the_exchange_rate", """致明溪县支行：
本人张德福，在安哥拉工地干了六年，去年回来带了些美元。2025年10月28日我到燕西支行想换成人民币，理财经理劝我别换，买他们的美元理财，说“汇率已经给你锁死了，到期换回人民币一分钱不会少，还多拿利息”。
2026年10月30日到期，我去换人民币，比当初直接换少了六千多块，那点利息连零头都补不上。经理说汇率本来就是会变的。那她当初说“锁死”是什么意思？
请县支行查清楚，给我一个交代。
张德福
电话：13806989215
2026年11月16日""",
      T(complainant="张德福", phones=("13806989215",), dates=("2025-10-28", "2026-10-30", "2026-11-16"),
        units=("MX", "YX"), complained=("YX",), business="自营理财", cause=MKT,
        signed="2026-11-16")),
    # why: she does not say the term is unfair; she says nobody mentioned it when she signed —
    # silence on a material fact (DISC), not an unfair clause (CLAUSE).
    L("f24_disc_mortgage_rate_discount_hinged_on_husbands_payroll_untold", """城东支行：
我是叶春燕，2024年3月15日和丈夫在你们这里办的房贷。当时客户经理只说利率是优惠的，别的什么都没讲。
今年八月我丈夫换了单位，工资不再从你们行发。结果9月1日起，房贷利率上浮了，每个月多还两百多。我们去问，才说补充协议里有一句：借款人工资代发不在本行的，优惠取消。
签字那天客户经理翻到哪页我们签哪页，这么要紧的事一句都没提。早知道，我丈夫换工作时就会把工资卡留在你们行。请恢复原来的利率。
叶春燕
手机 13774581066
二〇二六年十一月二十日""",
      T(complainant="叶春燕", phones=("13774581066",), dates=("2024-03-15", "2026-09-01", "2026-11-20"),
        units=("CD",), complained=("CD",), business="贷款", cause=DISC,
        signed="2026-11-20")),
    L("f24_disc_card_upgrade_new_number_stopped_nursing_home_debit_untold", """银行领导：
我母亲住在县福利院，每月的护理费从我的借记卡自动扣。10月16日银行打电话叫我去换新卡，说旧卡“升级”，我就去换了。没有任何人跟我说新卡号码不一样，原来绑在旧卡上的代扣会全部停掉。
11月5日福利院打电话来，说两个月护理费没扣到，再不交就要请老人出院。我这才知道。要是换卡时说一句，我当天就能去改。
陈碧霞（女儿）
电话：0598-2817736
2026年11月7日""",
      T(complainant="陈碧霞", phones=("0598-2817736",), dates=("2026-10-16", "2026-11-05", "2026-11-07"),
        units=(), complained=(), business="银行卡", cause=DISC,
        signed="2026-11-07")),
    # why: he accepts there may be a testing charge; what he objects to is that nobody told him at
    # purchase that opening the sealed box would cost him at buy-back — silence on a material fact
    # (DISC), not the level of a charge (FEE).
    L("f24_disc_opened_gold_bar_seal_costs_at_buyback_untold", """明溪县支行：
2024年5月20日我在你们行买了一根一百克的金条，给女儿当嫁妆。家里人好奇，拆开包装看过。
2026年11月24日我拿去回购，柜员说包装封口拆了，要扣“检测费”，一克三块，一共三百。我说买的时候怎么没人讲拆了封要扣钱，她说这是惯例。
三百块不多，可买的时候要是有人提醒一句，我们绝对不会去拆那个封。卖的时候一句不讲，收的时候就有规矩了。
廖文彬
13950967710
2026年11月26日""",
      T(complainant="廖文彬", phones=("13950967710",), dates=("2024-05-20", "2026-11-24", "2026-11-26"),
        units=("MX",), complained=("MX",), business="贵金属", cause=DISC,
        signed="2026-11-26")),
    L("f24_choice_mortgage_approved_only_if_wife_took_a_credit_card", """城东支行行长：
我和爱人在城东买了套二手房，10月22日到你们支行签房贷。客户经理说，要想批得快，我爱人得当场申请一张信用卡，还要在三个月内刷满三笔，不然贷款“不好走”。
我爱人从来不用信用卡，也不想要。可房东那边催着过户，我们只好填了表。卡是信用卡中心寄来的，第二年还有年费。
办房贷就办房贷，为什么要搭一张卡？请把这张卡给我爱人销掉，以后别再这样搞。
翁志勇
手机 136 0598 7741
2026年11月2日""",
      T(complainant="翁志勇", phones=("13605987741",), dates=("2026-10-22", "2026-11-02"),
        units=("CD", "CARD"), complained=("CD",), business="贷款", cause=CHOICE,
        signed="2026-11-02")),
    # why: no rule makes a new card the price of swapping damaged notes; the clerk made it a
    # condition of the exchange — a tie without consent (CHOICE), not a rule applied as designed.
    L("f24_choice_washed_notes_swapped_only_onto_a_new_card", """燕西支行：
我叫宋丽萍。孩子爸爸把一千二百块钱塞在牛仔裤口袋里，我没看就扔进洗衣机洗了，钱洗得发白起皱，但张张都是完整的。
11月6日我拿去燕西换，柜员看了说能换，但要先在你们行开一张卡，钱打进卡里，不给现金。我说我有别的银行的卡，只要换成好钱，她说不开卡就不给换。
我一个家庭主妇，卡已经有三张了，再开一张还要每年操心。换几张旧钱，凭什么非要开户？
宋丽萍
电话：18259861342
2026年11月8日""",
      T(complainant="宋丽萍", phones=("18259861342",), dates=("2026-11-06", "2026-11-08"),
        units=("YX",), complained=("YX",), business="人民币管理", cause=CHOICE,
        signed="2026-11-08")),
    L("f24_fee_three_hundred_for_mortgage_release_papers", """列西分理处：
我们老两口的房贷十年，终于在2026年10月12日还清了。去办抵押注销，柜台说要交三百元“注销资料费”，交了才给开结清证明和注销材料。
我们问过明溪县支行的熟人，也问过别的银行，有的一分不要，有的几十块。就是打几张纸、盖几个章，三百块是怎么算出来的？退休工资一个月才两千多。
请把这三百元退给我们。
退休职工 黄永福
电话 0598-2864502
2026年10月20日""",
      T(complainant="黄永福", phones=("0598-2864502",), dates=("2026-10-12", "2026-10-20"),
        units=("MX", "LJ"), complained=("LJ",), business="贷款", cause=FEE,
        signed="2026-10-20")),
    # why: he does not say the contract term is unfair; he says 860 yuan for six days is far too
    # much — the level of a charge (FEE), not an unfair clause (CLAUSE).
    L("f24_fee_six_days_late_on_truck_loan_cost_eight_hundred_sixty", """徐碧支行：
我是跑货运的刘海生，在你们这里贷款买的货车，每月3号还款。这个月我在江西跑车，路上出了点事，2026年11月3日没还上，11月9日回来马上补上了。
结果扣了我八百六十块，说是罚息加复利。我算了算，六天时间，比一个月正常利息还多。晚几天我认，罚就罚，但也不能罚这么狠吧？请重新算一下，多扣的退给我。
刘海生
电话:13859932876
二〇二六年十一月十一日""",
      T(complainant="刘海生", phones=("13859932876",), dates=("2026-11-03", "2026-11-09", "2026-11-11"),
        units=("XB",), complained=("XB",), business="贷款", cause=FEE,
        signed="2026-11-11")),
    L("f24_ret_chestnut_growers_one_year_wealth_ended_at_one_point_one", """明溪县支行、个金部：
我是夏坊的板栗种植户黄春生。2025年11月25日在明溪县支行买了十万一年期理财，业绩比较基准写的是2.8%到3.5%。买的时候理财经理讲过不保证，这个我认。
2026年11月25日到期，年化只有1.1%，比存一年定期还少。一年板栗钱全在里面，就多了一千一。
我不是来吵的，就想问问：到底投到哪里去了，为什么差这么多？今后这种产品还值不值得买？请个金部给我一个书面说明。
黄春生
电话：15880659013
2026年11月30日""",
      T(complainant="黄春生", phones=("15880659013",), dates=("2025-11-25", "2026-11-25", "2026-11-30"),
        units=("MX", "PF"), complained=("MX",), business="自营理财", cause=RET,
        signed="2026-11-30")),
    # why: the clerk told them gold prices go up and down and nobody promised a price; what they
    # object to is the bar now being worth less — the return of an undisputed sale (RET), not MKT.
    L("f24_ret_gold_bar_for_grandsons_birth_worth_less_seven_months_on", """徐碧网点领导：
我母亲陈玉珍不识字，这封信由我（儿子何建平）代写。
今年4月18日孙子出生，母亲高兴，到徐碧网点买了一根五十克的金条，说留给孙子。柜员当时也说了金价有涨有跌，母亲说不卖就不怕跌。
11月27日家里急用钱，只好去回购，一算比买的时候少了两千多块。母亲心疼得直掉眼泪，说银行卖的东西怎么也会亏。
我们知道金价是市场定的，只想请网点看看，回购价能不能按买入价多给一点，或者先不卖，等价钱回来。
何建平
手机 13655989021
2026年11月29日""",
      T(complainant="何建平", phones=("13655989021",), dates=("2026-04-18", "2026-11-27", "2026-11-29"),
        units=("XB",), complained=("XB",), business="贵金属", cause=RET,
        signed="2026-11-29")),
    L("f24_clause_idle_small_accounts_closed_and_balance_kept_by_bank", """明溪县支行：
本人杨文清，退休教师。近日在贵行大厅看到新贴出的《个人储蓄账户管理章程》，第十二条写着：账户余额不足十元且一年内无交易的，本行有权直接销户，余额转作本行营业外收入，不另行通知。
储户的钱再少也是储户的。销户可以，余额为什么不退还本人、甚至连通知都不发？我家里几个孩子小时候的存折都只剩几块钱，照这一条就全归银行了。
请贵行修改这一条，并答复。
杨文清
0598-2820051
2026年11月21日""",
      T(complainant="杨文清", phones=("0598-2820051",), dates=("2026-11-21",),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=CLAUSE,
        signed="2026-11-21")),
    L("f24_clause_deposit_proof_form_says_bank_bears_no_loss_from_its_own_mistakes", """燕西支行：
11月17日我给女儿办出国留学用的存款证明。填申请书时看到背面印着一句：“因本行出具的证明内容有误导致签证被拒或其他损失的，本行不承担任何责任。”
我问柜员，如果是你们把护照号、金额打错了，损失也是我们的？她说申请书都是这样印的，不签就不能办。证明收了钱，出了错却一点责任都不担，这说不过去。
证明这次倒是没错，但我要求你们改掉这句话。
林永康（学生家长）
电话：13507582239
2026年11月18日""",
      T(complainant="林永康", phones=("13507582239",), dates=("2026-11-17", "2026-11-18"),
        units=("YX",), complained=("YX",), business="其他中间业务", cause=CLAUSE,
        signed="2026-11-18")),
    # why: the money went out through a mobile banking she never opened, without any act of hers;
    # the counter's careless check is how it happened, but the grievance is money gone without the
    # customer's act (FUNDS), not a clerk's mishandling (SVC).
    L("f24_funds_stranger_opened_mobile_banking_with_her_id_photocopy", """明溪县支行：
我叫饶秋菊，五十八岁，在医院做保洁。我在列西分理处有一张工资卡，从来没开过手机银行，我用的是老人机。
11月2日夜里，卡里的三万一千块被分五笔转走了，11月4日我去取钱才知道。网点一查，10月30日有人拿着我身份证的复印件和一张写着我名字的委托书，在列西给这张卡开了手机银行，绑的是别人的手机号。
我本人没去过，也没写过什么委托书。这是我攒了三年的钱，请银行把钱还给我。
饶秋菊
电话 137 5988 0463
2026年11月6日""",
      T(complainant="饶秋菊", phones=("13759880463",), dates=("2026-11-02", "2026-11-04", "2026-10-30", "2026-11-06"),
        units=("MX", "LJ"), complained=("LJ",), business="银行卡", cause=FUNDS,
        signed="2026-11-06")),
    L("f24_funds_phone_number_taken_over_then_fathers_card_spent", """你们好：
我是邹敏，替我父亲邹炳南写这封信，他七十六岁，不会写字。
11月13日晚上，父亲的手机突然没信号了。第二天去营业厅一问，才知道有人冒充他把号码补了一张新卡。就是那一夜，父亲银行卡里的四万多块钱被人用快捷支付买了手机、充了游戏卡，一笔一笔都有短信验证码，可验证码全发到了那张冒补的卡上。
父亲的卡一直在他枕头底下，密码谁都不知道。我们已经报了警。请银行查清楚，这些钱是怎么在没人知道的情况下花出去的，该退的退给老人。
邹敏
+86 139-5988-1207
2026年11月15日""",
      T(complainant="邹敏", phones=("13959881207",), dates=("2026-11-13", "2026-11-15"),
        units=(), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-11-15")),
    L("f24_data_loan_officer_told_rival_shop_next_door_my_loan", """城东支行：
我叫蔡晓红，在城东步行街开服装店，原来在徐碧网点开的户，后来搬到城东就在你们这里贷了三十万周转。
11月8日隔壁同样卖衣服的老板娘当着几个供货商的面说：“她欠银行三十万，明年三月到期，你们货别赊给她。”我问她怎么知道的，她说你们的信贷员小林跟她老公喝酒时讲的。
现在两个供货商要我现款提货。我贷款是正经用途，从没逾期过，我的底细凭什么被拿到酒桌上讲？请查处这个信贷员。
蔡晓红
电话：18960583327
2026年11月10日""",
      T(complainant="蔡晓红", phones=("18960583327",), dates=("2026-11-08", "2026-11-10"),
        units=("XB", "CD"), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-10")),
    L("f24_data_customer_photo_and_assets_on_outlet_lobby_poster", """燕西支行负责人：
九月份你们办客户答谢会，请我们去喝茶，当场给我拍了照片，没说要做什么用。
上个月二十号我去办事，看到大厅里一张大海报，上面是我的照片，写着“财富客户代表  薛先生  在本行资产超过百万”。来来往往全是街坊。这些天好几个多年不来往的亲戚打电话来借钱，还有人上门推销保险。
我在你们那里存多少钱，是我自己的事。请立刻把海报撤下，并给我一个说法。
薛庆华
电话 0598 3627 114
2026年12月2日""",
      T(complainant="薛庆华", phones=("0598-3627114",), dates=("2026-11-20", "2026-12-02"),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-12-02")),
    L("f24_debt_card_chasers_rang_his_mother_seventeen_times_about_her_coffin_wood", """信用卡中心：
我是游志华。我欠你们两万三的信用卡钱，从八月起就没还上，这个我认，我也在想办法。
可11月19日那天，你们的人一天之内打了我八十岁老母亲十七个电话，说我再不还就要坐牢，叫她把给自己留的寿材卖了替我还。老人家吓得一天没吃饭，晚上血压上到一百八。
欠钱的是我，要钱找我。我母亲没签过任何东西，请你们立刻停止给她打电话。
游志华
手机：15160598847
2026年11月21日""",
      T(complainant="游志华", phones=("15160598847",), dates=("2026-11-19", "2026-11-21"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-21")),
    # why: the loan is admitted, and telling the headmaster was a way of pressing him to pay —
    # how an admitted debt is chased (DEBT), not personal data given away for its own sake (DATA).
    L("f24_debt_loan_chaser_asked_headmaster_to_dock_teachers_pay", """徐碧支行：
本人温建国，徐碧中心小学教师。去年在贵行贷了五万元给父亲看病，最近两个月因家里又出事没按时还，我认，已经在凑钱。
11月24日上午，贵行的一位客户经理直接到学校找校长，说我欠钱不还，要学校每月从我工资里扣钱还贷款，还把欠款单放在校长桌上。第二天全校老师都知道了，学生家长也在议论。
我是当老师的，以后在学校怎么抬头？还款的事可以找我本人谈，请不要再到学校来。
温建国
13850942271
2026.11.26""",
      T(complainant="温建国", phones=("13850942271",), dates=("2026-11-24", "2026-11-26"),
        units=("XB",), complained=("XB",), business="债务催收", cause=DEBT,
        signed="2026-11-26")),
    L("f24_other_outlet_car_reversed_into_riders_ebike_and_drove_off", """列西分理处：
我是送外卖的巫小军。11月29日中午，我把电动车停在你们分理处门口旁边取餐，你们那辆白色的公务车倒车，把我的车撞倒了，后视镜和前灯都碎了。开车的人下来看了一眼就开走了，门口保安都看见的。
我进去找人，里面说车是行里的，司机不归他们管，叫我去找交警。修车花了四百多，一下午没跑单。请你们让那个司机出来认个账。
巫小军
电话 17750598862
2026年11月30日""",
      T(complainant="巫小军", phones=("17750598862",), dates=("2026-11-29", "2026-11-30"),
        units=("LJ",), complained=("LJ",), business="其他", cause=OTHER,
        signed="2026-11-30")),
    L("f24_other_self_service_room_door_greets_every_passing_cat_all_night", """城东支行：
我住在你们城东支行楼上三楼，家里有个刚满月的孙子。你们一楼二十四小时自助厅的感应门，不管是人是猫是狗，一经过就大声喊“欢迎光临，请注意保管好您的密码”。白天还好，夜里一两点一晚上能喊十几回，小孩一被吵醒就哭到天亮。
跟你们保安讲过两次，说是总行统一装的，不能关。能不能夜里把声音调小一点？
聂秀云
0598-2235519
2026年12月4日""",
      T(complainant="聂秀云", phones=("0598-2235519",), dates=("2026-12-04",),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed="2026-12-04")),
)
