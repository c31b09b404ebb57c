"""A twenty-first blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh21`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. What was read, exactly: lines 1-71 of
tests/parsers/letters_fresh11.py (its module docstring with the labelling rules, and its first two
letters for the format); lines 1-67 of tests/parsers/letters_heldout.py (the cause constants and the
`heldout_directory` / `Truth` / `HeldOutLetter` definitions); and the list of earlier letter ids
(the `L("...")` ids grepped from tests/parsers/letters_*.py, tests/parsers/forms_blind*.py and the
/tmp fresh18, fresh19, forms8 and forms9 sets — ids only, saved to a file and paged through),
whose situations are avoided. Nothing beyond those lines was printed. Written outside the
repository, at /tmp/fresh21.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones, dates,
units, complained, cause, business). Two notes on how they were applied here:
- "上个月十号" in a letter signed 2026-12-02 is recorded as 2026-11-10 (a day of a month the
  signed date fixes); days with no day of the month ("9月底", "今年3月份") are not recorded;
- units are listed in heldout_directory()'s order; an address-book word like "储蓄", "理财" or
  "信用卡" alone is not a unit's name, only a name or alias is.

Causes: SVC, SYS, RULE and MKT three times each, the other nine twice each. No letter names its
cause with the words of the cause's label. The hard letters (two plausible causes) each carry a
`# why:` comment naming the deciding rule. Writers: a truck driver, a nurse, retirees, market
vendors, factory workers, teachers, a taxi driver, a homestay owner, a pig farmer, a ferryman, a
neighbour who is no customer; one letter dictated to a grandson, two written by a son or daughter
for a parent, three copied to the regulator, two undated, one signed with a nickname only.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`b376503`: 1,441 examples, the unit
rules of `793ee37`): cause 83.3 % (25/30), the rules alone 43.3 % (13/30); business 100 %; unit
found or triage 93.3 % (27 right, 1 triage, 2 wrong); complainant 100 % / 96.6 %; fields 98.5 % /
97.5 %; signed date 100 %; mojibake 0. Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH21: tuple[L, ...] = (
    L("f21_svc_lobby_manager_pocketed_new_card_and_went_off_shift", """城东支行负责人：
我是跑长途的货车司机余长福。十一月十二号下午四点多我到东门网点换新卡，大堂那个戴眼镜的女经理说柜台人多，带我去自助机上办。机器上办到一半卡吐出来，她顺手把我的新卡和旧卡一起拿走，说“我帮你去柜台激活一下”，叫我坐着等。我一直等到五点半网点关门，保安来赶人，才知道她早就下班走了，卡还在她口袋里。
第二天我本来要出车去江西，加油、过路费全靠这张卡，只好跟老板借了两千块现金上路，耽误了一天的活。十一月十四号我回来再去要，柜台说找不到，又隔了一天才有人打电话说卡在经理抽屉里。
卡是我的，不是她的。拿走客户的卡一句交代都没有，人就下班了，这算怎么回事？请你们查清楚给个说法。
余长福
手机 137 0598 6624
2026.11.16""",
      T(complainant="余长福", phones=("13705986624",),
        dates=("2026-11-12", "2026-11-14", "2026-11-16"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SVC,
        signed="2026-11-16")),
    L("f21_svc_visa_deposit_certificate_handed_over_without_seal", """列西分理处：
我叫廖春燕，在县医院内科当护士。女儿在日本读研究生，今年寒假我想过去看她，签证要存款证明。2026年10月27日我到列西分理处开了一份五万元的存款证明，交了手续费。柜员打好给我，装进信封，说“好了”。
我拿到福州的签证中心，人家一翻，第二页骑缝没有盖章，说不能用，退回来了。我10月30日又请假跑回列西，那位柜员说她以为盖过了，又说那天管章的人不在，让我去明溪县支行营业部重新开。我又跑了一趟县支行，这一份倒是盖齐了，可是签证中心已经排到11月下旬，机票改了两次，退改费六百多。
我不是挑刺，章盖没盖，交出去之前看一眼就知道。希望分理处把改签的损失算一算，也希望以后别再让别人跑这么多冤枉路。
廖春燕
联系电话：159-8054-3172
2026年11月8日""",
      T(complainant="廖春燕", phones=("15980543172",),
        dates=("2026-10-27", "2026-10-30", "2026-11-08"),
        units=("MX", "LJ"), complained=("LJ",), business="其他中间业务", cause=SVC,
        signed="2026-11-08")),
    # why: he asked for automatic renewal and the clerk said it was done but left the box empty on
    # the slip the clerk filled in; the machine did what the slip said, and nothing was kept from
    # him — a clerk's mishandling (SVC), not a failed system (SYS) nor silence on a term (DISC).
    L("f21_svc_clerk_left_auto_renewal_unticked_on_retirees_deposit", """徐碧支行：
我是纺织厂退休工人黄德兴，今年七十一岁。二〇二三年十月九日我在你们徐碧网点存了三年定期六万元，当时我跟柜台的小伙子讲了两遍：到期自动转存，我年纪大了不想来回跑。他点头说“办好了，到期自己会转”。
今年十月九日到期，我没去管。十一月二十日我拿存单去问，才发现钱一直躺在活期上，一个多月只按活期算了几块钱利息，现在再存三年，利率也比十月份低了。柜员调出当年的单子，上面“自动转存”那一栏是空的，她说电脑是按单子办的。
单子是你们的人填的，我只签了名。我要求按到期当天的三年期利率给我补办转存，差的利息补给我。
黄德兴
住址：明溪县雪峰镇东新二路14号
电话 0598-2815407
二〇二六年十一月二十二日""",
      T(complainant="黄德兴", phones=("0598-2815407",),
        dates=("2023-10-09", "2026-10-09", "2026-11-20", "2026-11-22"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-22")),
    # why: the text that told her the deposit had matured came from the bank's own machines and the
    # app let her draw it with no warning; no clerk took part and nothing was sold — a failed
    # system (SYS), not a clerk's mishandling (SVC) nor silence on a term (DISC).
    L("f21_sys_maturity_text_sent_a_year_early_drew_at_demand_rate", """银行领导你好：
我在菜市场卖豆腐，叫邱桂兰。我有一笔两年期定期四万块，是2025年12月1日存的，应该2027年才到期。今年11月18日早上我收到你们银行的短信：“您尾号0417的定期存款已到期，请及时办理。”我以为到期了，中午就在手机银行上把钱转出来给儿子交了首付。
过了几天我看明细，利息只有一百多块，才知道算的是“提前支取”，按活期给的。手机银行上也没有跳出任何提示，一点就转走了。我问了市场里另外两个人，她们也收到过一样的短信，一个是存了一年的。
短信是你们发的，我是照着短信办的。你们发错了，损失不该我一个卖豆腐的来担。请把利息按原来的定期补给我。
邱桂兰
电话：１３９５０８７２６４８
2026年11月27日""",
      T(complainant="邱桂兰", phones=("13950872648",),
        dates=("2025-12-01", "2026-11-18", "2026-11-27"),
        units=(), complained=(), business="人民币储蓄", cause=SYS,
        signed="2026-11-27")),
    L("f21_sys_cheque_scanner_misread_amount_timber_payment_bounced", """永安燕西支行：
我是做杉木生意的罗永平。11月2日我把三明一家家具厂开给我的转账支票（金额捌万陆仟肆佰元整）交到燕西支行柜台委托收款。11月6日你们打电话说支票被退了，理由是“大小写金额不一致”。我拿回来看，大写、小写清清楚楚都是86400元。后来柜台的人自己也承认，是新换的票据扫描机器把小写的“6”认成了“0”，自动退了票。
退票记录家具厂那边也收到了，老板以为我拿了张有问题的票去耍他，差点不跟我做了。我重新去办，钱一直拖到11月13日才到，我欠山上工人的工钱也拖了一个礼拜，还被人堵在家门口。
机器认错字不是我的错。请你们出个书面说明给家具厂，把我的名声还回来，再把退票的手续费退给我。
罗永平  13859764012
2026年11月15日""",
      T(complainant="罗永平", phones=("13859764012",),
        dates=("2026-11-02", "2026-11-06", "2026-11-13", "2026-11-15"),
        units=("YX",), complained=("YX",), business="支付结算", cause=SYS,
        signed="2026-11-15")),
    # why: he accepts the price the loan was agreed at (LPR plus a spread) and says so; the bank's
    # computer kept last year's LPR after the repricing day — a failed system (SYS), not the level
    # of a charge (FEE).
    L("f21_sys_mortgage_repriced_on_last_years_lpr", """明溪县支行个贷部门：
我叫严志强，在明溪一中教数学。2021年我在明溪县支行办的房贷，合同写明利率是LPR加0.4个百分点，每年年初按上一年12月的五年期LPR重新定价。
今年8月我对账时发现，今年年初重定价以后，电脑一直按的还是2025年的LPR，每个月多扣我一百一十多块。我当数学老师的，这个账不会算错，表格附在后面。我8月12日在城东支行那边问，柜员说她那里看不到，要找县支行。9月3日县支行回电话说核实了，是“批量重定价时部分贷款没跑上”，答应下个月改。结果一直拖到11月才改过来，多扣的钱只退了三个月的，前面的说“还在走流程”。
合同定的价我认，我要的是按合同算。请把多扣的利息全部退回，并告诉我还有多少人跟我一样。
严志强
电话 181 5983 0276
二〇二六年十一月三十日""",
      T(complainant="严志强", phones=("18159830276",),
        dates=("2026-08-12", "2026-09-03", "2026-11-30"),
        units=("MX", "CD"), complained=("MX",), business="贷款", cause=SYS,
        signed="2026-11-30")),
    # why: the ATM screen told him before he pressed that a transfer to another person arrives 24
    # hours later, and the counter confirmed it works as designed; he objects to the rule itself —
    # a rule applied as designed (RULE), not silence (DISC) nor a failed machine (SYS).
    L("f21_rule_atm_transfer_to_feed_supplier_held_twenty_four_hours", """列西分理处：
我在胡坊镇养鸭子，叫陈火旺。11月19日傍晚饲料厂打电话说再不打款就不送料了，我手机银行不会用，就去列西的ATM上转了一万二给饲料厂老板。屏幕上跳出来说“向他人转账24小时后到账，期间可撤销”，我也没办法，只能按确定。
结果饲料厂第二天中午还没收到钱，不肯发车，我四千只鸭子饿了一天。我第二天一早拿着卡去柜台，想让柜员帮我改成马上到，柜员说ATM转给别人就是要压24小时，柜台也改不了，只能撤销了再重新在柜台转，柜台转又要排队填单。
我知道这是防骗子的，可是我一个养鸭的，转给每个月都要转的饲料厂，也要压一天？能不能给我们这种固定往来的开个口子。
陈火旺
13507658391
2026年11月21日""",
      T(complainant="陈火旺", phones=("13507658391",),
        dates=("2026-11-19", "2026-11-21"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=RULE,
        signed="2026-11-21")),
    # why: he says the clerk was kind and did each errand right; what he objects to is the
    # outlet's "one number, one errand" rule as designed (RULE), not a clerk's treatment (SVC).
    L("f21_rule_one_ticket_one_errand_grandpa_queued_three_times", """城东支行：
我叫郑金水，今年七十八，眼睛不好，这封信是我口述、孙子帮我写的。
11月24日上午我到东门网点办三件事：取养老金、把到期的定期转存、交我们楼的水费。取了号排了四十分钟，轮到我，柜员把养老金取给我，说另外两件要重新取号，“一个号只办一件事”。我又取号排了半个钟头办转存，办完又说水费再取一个号。三件事从九点弄到十二点，中间我想上厕所都怕过号。
柜员姑娘是好的，一直跟我说对不起。我不怪她，我怪这个规矩。我儿子去燕西支行那边办事，说一个号办三件也没人管。老人腿脚不便，请你们把这个规矩改一改，起码六十五岁以上的别这么卡。
口述人：郑金水（孙子代笔）
家里电话：0598-2836155
2026年11月25日""",
      T(complainant="郑金水", phones=("0598-2836155",),
        dates=("2026-11-24", "2026-11-25"),
        units=("CD", "YX"), complained=("CD",), business="人民币储蓄", cause=RULE,
        signed="2026-11-25")),
    L("f21_rule_korean_employers_dollar_wage_returned_over_name_spacing", """燕西支行：
本人吴海生，在韩国群山一家水产加工厂做了三年，今年九月回国。工厂最后一笔工资和离职金一共4,860美元，韩国那边10月8日汇到我在燕西支行开的美元账户。
我等了十多天没到账，10月21日去问，柜员说汇款上收款人名字写的是“WU HAI SHENG”，我账户上是“WU HAISHENG”，中间多一个空格，按规定名字不一致不能入账，已经发了查询，让对方改。我说就是我本人，护照、身份证、工资单都带着，她说不行，只认汇款上的名字。我让韩国工厂改，他们回信慢，11月5日你们就把钱退回去了，来回扣了两次费用，少了七十多美元，到现在钱还没重新汇过来。
就一个空格。人站在你面前都不算数，我想问问这个规定是谁定的，有没有别的办法。
吴海生
手机：+86 15160598827
2026年11月19日
抄送：国家金融监督管理总局三明监管分局""",
      T(complainant="吴海生", phones=("15160598827",),
        dates=("2026-10-08", "2026-10-21", "2026-11-05", "2026-11-19"),
        units=("YX",), complained=("YX",), business="外汇", cause=RULE,
        signed="2026-11-19")),
    L("f21_mkt_silver_medal_sold_as_central_bank_commemorative_coin", """徐碧支行：
我是退休小学老师周秀珍。2026年2月10日，我在徐碧支行存钱的时候，大堂理财经理小林拿出两盒“马年生肖银币”给我看，说这是“人民银行发行的，有面额，是法定货币，跟纪念钞一样，全国就发这么多”，一盒两千六百八。我想着给两个孙子一人留一个，就买了两盒。
上个月我孙子在网上一查，盒子里证书写的是一家金银制品公司出品的“银章”，根本没有面额，不是人民银行发的纪念币。拿去县城金店问，只肯按银子的重量收，一盒三百多块。
我当了一辈子老师，最恨的就是骗人。你们要是直说这是商场里卖的那种银章，我一分钱都不会花。我给个金部打过电话，说要网点处理，网点又说东西是合作方的。请把这五千多块退给我。
周秀珍
电话 133 9598 1206
2026年11月12日""",
      T(complainant="周秀珍", phones=("13395981206",),
        dates=("2026-02-10", "2026-11-12"),
        units=("XB", "PF"), complained=("XB",), business="贵金属", cause=MKT,
        signed="2026-11-12")),
    # why: the seller did not merely leave out that cash draws bear interest from the first day —
    # she told the workers, to get the card signed, that cash draws were interest-free like
    # purchases: misrepresentation to sell (MKT), not silence on a material fact (DISC).
    L("f21_mkt_factory_gate_card_cash_advance_said_interest_free_fifty_days", """城东支行：
我在工业园区鞋厂流水线上班，叫杨小梅。今年6月你们城东支行的两个工作人员在我们厂门口摆桌子办信用卡，办一张送一桶油。我问那个穿红马甲的女的：“急用钱能不能取现金？”她说：“可以，取现跟刷卡一样，最长五十天免息，按时还就一分钱不要。”我们好几个姐妹都听见了。
9月14日我妈住院，我从卡里取了八千块现金，10月还款日一分不少全还了。结果账单上有取现手续费八十块，还有从取钱那天起每天万分之五的利息，加起来一百多。打信用卡中心的电话，客服说取现从来都不免息，是从当天就算的。
不是我不懂，是你们的人当面那样讲的。厂里好几个人办卡都是冲着这句话。请城东支行把多收的钱退给我，也去跟我们厂里其他人讲清楚。
杨小梅  188-5987-3305
2026年10月28日""",
      T(complainant="杨小梅", phones=("18859873305",),
        dates=("2026-09-14", "2026-10-28"),
        units=("CD", "CARD"), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-10-28")),
    L("f21_mkt_mortgage_said_paid_by_provident_fund_each_month", """明溪县支行：
我叫刘丽娜，在县实验幼儿园当老师。2026年4月16日我和丈夫在你们明溪县支行办了三十万的商业房贷。当时我们本来想去公积金中心办公积金贷款，你们的客户经理说公积金贷款审批要排三个月，不如在这里办商业贷款，“以后每个月你们两口子的公积金会自动划过来抵月供，等于不用自己掏钱”。我们就是冲这句话签的字。
结果从5月第一期开始，月供每个月都是从我工资卡里扣的，公积金账户一分没动。我去公积金中心问，人家说商业贷款根本不能按月冲抵，只能一年提取一次，还要自己申请。客户经理现在改口说“我说的是可以提取公积金来还”。
每个月两千多的月供对我们是很大的压力，当初知道要自己掏，我们宁可等三个月。请你们核实那位客户经理当时的说法，给我们一个解决办法。
刘丽娜
电话：136 6598 0912
2026年11月3日""",
      T(complainant="刘丽娜", phones=("13665980912",),
        dates=("2026-04-16", "2026-11-03"),
        units=("MX",), complained=("MX",), business="贷款", cause=MKT,
        signed="2026-11-03")),
    # why: the clerk said nothing untrue about the cover; she keyed in an 80-year-old's ID and never
    # mentioned the age limit of 75 that voids it — silence on a material fact (DISC), not
    # misrepresentation to sell (MKT).
    L("f21_disc_tour_accident_cover_sold_to_eighty_year_old_age_cap_unsaid", """徐碧支行负责同志：
我是傅明辉，在县公交公司开车。我父亲今年八十岁，9月底跟老年大学去云南旅游。出发前，9月22日我陪他到徐碧支行取钱，柜台旁边的理财经理推荐了一份“老年人旅游意外险”，是保险公司的，一百二十块。她拿着我父亲的身份证录的资料，别的什么都没说，我们就买了。
9月30日父亲在丽江下台阶摔断了手腕，住院手术花了一万多。回来报案，保险公司说条款写着被保险人年龄上限七十五周岁，超龄的保单无效，只退保费。
买的时候她手里拿着身份证，八十岁一眼就看得到。这么要紧的一条，一句都没讲，我们要是知道，就换一家能保的。请你们给个说法。
傅明辉（代父亲傅家旺）
联系电话：0598-2267319，13806945521
2026年11月10日""",
      T(complainant="傅明辉", phones=("0598-2267319", "13806945521"),
        dates=("2026-09-22", "2026-09-30", "2026-11-10"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=DISC,
        signed="2026-11-10")),
    L("f21_disc_car_purchase_card_instalment_tied_up_whole_card_limit_untold", """信用卡中心：
我是开出租车的蔡文龙。今年7月在三明一家4S店买车，店里帮我办了你们的信用卡购车分期，八万块分三年。当时你们的专员跟我讲了手续费率、月供多少、要办抵押，讲得很细。
可有一样没讲：这八万分期是占我信用卡额度的。我原来那张卡额度十万，每天加油、修车、交份子钱都刷它，现在额度只剩两万不到，每还一期才恢复两千多。我跑一天车光加油就三四百，到月中卡就刷不动了。要是当初说清楚，我就另外办张卡或者干脆去办贷款。
7月19日签字那天，从头到尾没有一个人提这件事。请你们把分期单独放出来，别占我日常用的额度。
蔡文龙
13950846610
2026.11.09""",
      T(complainant="蔡文龙", phones=("13950846610",),
        dates=("2026-07-19", "2026-11-09"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=DISC,
        signed="2026-11-09")),
    L("f21_choice_safe_box_renewal_only_with_gold_accumulation_plan", """明溪县支行：
我叫王建英，在县城开一家小药店。我家在你们营业部租了一个小号保管箱，放父母留下的房产证、老照片，已经租了八年，每年按时交租金。
今年11月6日我去续租，工作人员说现在保管箱“名额紧张”，只给在行里有黄金积存的客户续，要我当场开一个黄金积存账户，每月自动扣五百块买金。我说我只要箱子，不要金子，她说不开就不能续，到期就要清箱。县城就你们一家有保管箱，我只好签了。
租箱子跟买金子有什么关系？我不想每个月被扣五百块去买我不想要的东西。请你们取消这个定投，照旧让我续租箱子。
王建英
电话：158 0598 4471
2026年11月18日""",
      T(complainant="王建英", phones=("15805984471",),
        dates=("2026-11-06", "2026-11-18"),
        units=("MX",), complained=("MX",), business="其他中间业务", cause=CHOICE,
        signed="2026-11-18")),
    # why: she accepts what the remittance itself costs and says so; a paid tracking service was
    # added to it without anyone asking her — an add-on without consent (CHOICE), not the level of
    # a charge (FEE).
    L("f21_choice_yen_remittance_to_son_came_with_paid_tracking_service", """燕西支行：
我叫何美娟，儿子在大阪读语言学校。11月11日我在燕西支行柜台给他汇了三十万日元的学费和房租。汇款手续费、电报费柜员事先都跟我讲了，我没有意见。
回家看回单，多了一笔“汇款全程跟踪服务费”一百五十元。我从来没说要什么跟踪，也没人问过我。柜员让我签字的时候只指了指最下面，说“签这里就行”。11月13日我打电话去问，对方说是“默认勾上的”，要取消得本人来柜台。
汇款到了就行，我不需要跟踪。没问过我就加上去，这个钱我不认，请退给我，以后也别给别的老人这样默认。
何美娟
手机 153 5983 7026
二〇二六年十一月十四日""",
      T(complainant="何美娟", phones=("15359837026",),
        dates=("2026-11-11", "2026-11-13", "2026-11-14"),
        units=("YX",), complained=("YX",), business="外汇", cause=CHOICE,
        signed="2026-11-14")),
    L("f21_clause_homestay_loan_lets_bank_enter_home_any_time", """致徐碧支行：
我是夏阳乡做民宿的林秋生。2026年3月我在徐碧支行贷了三十万装修老房子做民宿，借款的文本是你们印好的，签了一大沓。
上个月十号客户经理说要来“贷后检查”，我说那天客满改个日子，他说借款文本第十二条写着银行“有权随时进入借款人经营场所及住所检查，借款人不得拒绝，拒绝即构成违约，银行可宣布贷款提前到期”。我回家翻出来一看，真是这么写的。
检查我配合，可是“随时”进我家里、进客人住的房间，还不许说不，一说不就要我马上还三十万？我住的地方又没抵押给你们。这一条写得太霸道了，请你们把它改了，或者给我出个书面说明：检查要提前约，只看经营的地方。
林秋生
电话：(0598) 2749318
2026年12月2日""",
      T(complainant="林秋生", phones=("0598-2749318",),
        dates=("2026-11-10", "2026-12-02"),
        units=("XB",), complained=("XB",), business="贷款", cause=CLAUSE,
        signed="2026-12-02")),
    # why: nothing has reached her employer yet; she objects to the term in the payroll-card
    # agreement that would let it see every entry on her card — an unfair clause (CLAUSE), not
    # personal data given away (DATA).
    L("f21_clause_payroll_card_terms_let_employer_see_every_transaction", """列西分理处：
我叫温秀兰，在竹木制品厂做包装。11月初厂里换你们银行发工资，全厂一百多人在车间排队办卡，你们的人发下来一份《代发工资卡服务协议》让大家签。我拿回家仔细看，第五条写着：“持卡人同意并授权代发单位通过企业网上银行查询本卡账户的全部交易明细及余额。”
工资是厂里发的，厂里看发了多少我没意见。可是这张卡以后我买菜、给我妈寄钱、还我自己的账，全都让老板看得一清二楚？这跟把我的家底交给老板有什么两样。我问你们的人能不能不签这一条，她说协议是统一的，不签办不了卡，工资就发不下来。
请你们把这一条去掉，或者让我们自己决定。
温秀兰
电话 137 5059 8163
2026年11月16日""",
      T(complainant="温秀兰", phones=("13750598163",),
        dates=("2026-11-16",),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=CLAUSE,
        signed="2026-11-16")),
    L("f21_data_lucky_draw_winners_list_showed_full_id_numbers", """城东支行：
我叫张玉莲，在县医院当护工。10月份我在你们城东支行参加了“手机银行绑卡抽奖”，中了一个电饭煲。10月25日你们在“城东支行客户服务群”里发了中奖名单，五百多人的群，名单上是全名、完整的身份证号码、手机号码，一个字都没遮。
第二天就有人打电话给我，叫得出我名字，报得出我身份证号，说我中了大奖，要先交“税费”才能领。我没上当，可是我们群里一个老太太转了三千块出去。
我的身份证号、手机号是办业务才给你们的，不是让你们贴出去给五百个人看的。我找过大堂经理，她说名单是个金部那边做好发下来的，网点只是转发。谁做的我不管，是城东支行发到群里的。请你们马上撤掉，并告诉我还有哪些地方发过。
张玉莲
电话：139 0598 5517
2026年11月2日""",
      T(complainant="张玉莲", phones=("13905985517",),
        dates=("2026-10-25", "2026-11-02"),
        units=("CD", "PF"), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-02")),
    L("f21_data_village_cash_point_keeper_told_lane_of_widows_compensation", """徐碧支行：
我是李秀芳，替我母亲邓桂英写这封信。我父亲今年六月在工地出事走了，赔偿款打在我母亲的卡上。我母亲不识字，平时在村口小卖部的“助农取款点”取钱，这个点是徐碧支行设的，牌子上写着你们行的名字。
9月17日她去查余额，小卖部老板娘帮她按的机器，看到了数目。没过几天，全村都知道我母亲“卡里有四十多万”，一个远房亲戚上门借钱借不到就骂人，还有人上门给我母亲“介绍老伴”。母亲吓得晚上睡不着。
老板娘自己承认是她说出去的，说“大家都是邻居，又不是外人”。她是替你们银行办业务的人，客户卡里有多少钱怎么能往外讲？请徐碧支行管一管这个点，给我母亲一个交代。
李秀芳
电话：189 5984 0732
2026年11月20日""",
      T(complainant="李秀芳", phones=("18959840732",),
        dates=("2026-09-17", "2026-11-20"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-20")),
    # why: he admits the card debt; the caller told his son's officer about it to press the family
    # into paying — how an admitted debt is chased (DEBT), not personal data given away (DATA).
    L("f21_debt_card_caller_rang_sons_army_company_instructor", """信用卡中心：
我叫赖金生，做装修的。今年生意不好，信用卡欠了三万多，逾期四个月，这个我认。10月28日我已经在明溪县支行柜台申请了分期还款，材料都交了。
可是你们要账的人11月9日打电话到我儿子部队的连队，找到他的指导员，说他父亲“欠钱不还，老赖，要上黑名单”，让指导员“做做他儿子的工作，叫家里赶紧还钱”。我儿子当兵才第二年，被指导员叫去谈话，打电话回来哭。
欠钱的是我，不是我儿子，更不该找到部队去。部队的电话是谁给的，我也要问。请你们别再这样逼，分期的事按正常手续办。
赖金生
手机 177 5098 6643
2026年11月12日""",
      T(complainant="赖金生", phones=("17750986643",),
        dates=("2026-10-28", "2026-11-09", "2026-11-12"),
        units=("MX", "CARD"), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-12")),
    L("f21_debt_loan_chasers_sent_cash_on_delivery_threat_to_mother", """银行的领导：
我是在你们那里贷款买车的老郑，跑砂石运输，车贷欠了两期没还上，我不赖，正在想办法。
可是你们请来要账的人做得太过分。11月3日我老娘在乡下收到一个快递，货到付款，二十五块，她以为是我寄的东西就付了钱。拆开是一张打印的纸，大字写着“郑××拖欠银行贷款，限期归还，否则起诉、拘留、全家上征信”，落款是你们委托的什么“资产管理公司”。我娘七十三了，看完血压就上来了，11月5日住进了乡卫生院。
要我还钱找我，电话一打就通。拿货到付款的恐吓信寄给我老娘，还骗她出快递钱，这叫什么事？请你们管好你们请的人。
老郑
电话 135 9985 1027""",
      T(complainant=None, phones=("13599851027",),
        dates=("--11-03", "--11-05"),
        units=(), complained=(), business="债务催收", cause=DEBT,
        signed=None)),
    L("f21_fee_debit_card_cash_at_indonesian_atms_fifteen_yuan_plus_one_percent", """列西分理处：
我叫曾宪平，在印尼苏拉威西的镍厂做电焊，工资每个月打回我在列西办的借记卡上，我在这边用卡在ATM取印尼盾过日子。
办卡时柜员说过境外取现要收手续费，我以为是几块钱。一年下来一对账，每取一次是15元加取款金额的1%，我每次只能取两百万印尼盾，合九百多块人民币，一次就是二十四五块，一年取了三十多次，光手续费就八百多。工地上别的银行的卡，一次只收十来块。
我一个打工的，在外面挣点钱不容易，这个费太高了。请你们看看能不能降一点，或者给我们这种长期在外面打工的一个优惠。
曾宪平
家里电话（老婆接）：0598-2790063
2026年11月7日
手机：+86 18250916675""",
      T(complainant="曾宪平", phones=("0598-2790063", "18250916675"),
        dates=("2026-11-07",),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FEE,
        signed="2026-11-07")),
    L("f21_fee_union_welfare_gift_card_eaten_by_monthly_upkeep_charge", """明溪县支行：
我是电机厂食堂的饶金凤。2022年中秋节厂工会发了每人一张你们银行的“福利礼品卡”，面值五百元，说是明溪县支行统一办的。我一直放在抽屉里舍不得用。
今年11月17日我拿到城东支行想查一查，买点年货，柜员说卡里只剩三百六十块，因为卡满三年以后每个月扣“账户管理费”十元，已经扣了十四个月。她说卡背面小字写了，我回去一看，是写了。
我不是说你们偷偷扣，是这个钱扣得太狠了，一个月十块，一年一百二，一张五百块的卡几年就扣光了。卡里的钱是我们工人的福利，放在你们那里又没什么成本。请把这个管理费降下来，已经扣的退一点给我们，厂里几百张卡都是这样。
饶金凤
电话：１５９６０５９３３８０
2026年11月21日""",
      T(complainant="饶金凤", phones=("15960593380",),
        dates=("2026-11-17", "2026-11-21"),
        units=("MX", "CD"), complained=("MX",), business="银行卡", cause=FEE,
        signed="2026-11-21")),
    L("f21_funds_fair_day_service_van_cash_never_reached_her_card", """徐碧支行：
我叫涂小红，在盖洋街上卖香菇木耳。10月16日逢圩，你们徐碧支行的流动服务车开到街上，我把卖货的六千块现金存到我的借记卡里。车上那个男的说打印机坏了，给我手写了一张条子，盖了个章，说下午就到账。
我一直没收到短信。10月20日我到列西分理处查，卡里根本没有这六千块。我拿条子去徐碧支行问，先说是系统延迟，后来说当天车上的账“对不上”，要查，到现在一个多月了，没人给我一个准话。
钱是我亲手交给你们的人的，有条子，有章，我什么也没乱动。六千块是我半个月的货款，请你们尽快把钱存到我卡上。
涂小红
电话 139 5980 4416
2026年11月24日
抄送：国家金融监督管理总局三明监管分局""",
      T(complainant="涂小红", phones=("13959804416",),
        dates=("2026-10-16", "2026-10-20", "2026-11-24"),
        units=("XB", "LJ"), complained=("XB",), business="银行卡", cause=FUNDS,
        signed="2026-11-24")),
    L("f21_funds_pledged_deposit_certificate_came_back_emptied", """明溪县支行：
我叫苏德华，在县城开五金店。2024年5月我在城东支行存了一张十万元的三年定期存单。2025年4月8日，我拿这张存单质押，在燕西支行贷了八万块经营贷款，存单交给燕西支行保管，他们给了我一张保管凭证。
2026年10月30日我把贷款本息全部还清，燕西支行把存单还给我。11月4日我到城东支行想转存，柜员一查，说这张存单今年3月份已经“挂失补办”后被取走了，取款的网点就是燕西支行。存单一直锁在燕西支行的柜子里，我人在县城，从来没挂失过，也没取过一分钱。
燕西支行现在说要“内部核查”。我的十万块是在你们保管期间没的，请县支行出面，查清楚是谁取的，把本金和利息还给我。
苏德华
手机 138 5985 2290，店里电话 0598-2213468
2026年11月26日
抄送：国家金融监督管理总局三明监管分局""",
      T(complainant="苏德华", phones=("13859852290", "0598-2213468"),
        dates=("2025-04-08", "2026-10-30", "2026-11-04", "2026-11-26"),
        units=("MX", "CD", "YX"), complained=("YX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-26")),
    L("f21_ret_pig_farmers_soymeal_futures_fund_down_a_fifth", """银行：
我养猪的，叫张德旺。去年九月我想着饲料一直涨，就在你们手机银行上自己买了五万块钱一只豆粕期货的基金，基金是别的公司的，你们代卖。风险等级、说明书我都点过，是我自己要买的，这个我不赖你们。
可是一年多了，我这边买豆粕的价钱没怎么跌，这只基金倒跌了两成，五万变成四万出头。我去问饲料厂的人，人家也说不明白。我不懂为什么豆粕价钱差不多，基金却跌这么多。
我就想问清楚：这个钱还能回来多少，现在卖掉划不划算。你们代卖的东西，总得有人给我们讲讲。
张德旺 2026年11月29日
电话：134 0598 7752""",
      T(complainant="张德旺", phones=("13405987752",),
        dates=("2026-11-29",),
        units=(), complained=(), business="银行代理业务", cause=RET,
        signed="2026-11-29")),
    L("f21_ret_ferrymans_flood_payout_half_year_wealth_ended_under_one_percent", """燕西支行：
我叫池水根，原来在沙溪上摆渡。去年发大水渡船冲坏了，保险赔了二十万，船暂时不造了，钱就放在你们燕西支行买了一个“180天持有期”的理财，是你们银行自己发的，业绩比较基准写的2.6%到3.1%。买之前个金部的经理在网点讲过课，说这是净值型，不保本，基准不是到手的钱，这些话我都记得，买是我自己拿的主意。
2026年5月6日买的，11月9日到期，到账一算，年化才0.82%，比存半年定期还少一大截。同样的钱放定期，稳稳当当还多几百块。
我不是说你们骗我，我是想问：差这么多，钱到底亏在哪里了？能不能给我一个明细，这个理财以后还值不值得买。
池水根
电话：0598-2698115
2026年11月13日""",
      T(complainant="池水根", phones=("0598-2698115",),
        dates=("2026-05-06", "2026-11-09", "2026-11-13"),
        units=("YX", "PF"), complained=("YX",), business="自营理财", cause=RET,
        signed="2026-11-13")),
    # why: the writer is no customer and uses no service of the bank; a camera pointed at her
    # bathroom window is a neighbour's grievance with nothing about a financial service (OTHER),
    # not personal financial data given away (DATA).
    L("f21_other_outlet_camera_looks_into_neighbours_bathroom_window", """城东支行：
我住在你们城东支行后面那栋老宿舍楼二楼，姓谢，退休了。今年9月你们网点后墙装了一个新的监控摄像头，正对着我家卫生间的窗户，晚上还亮着红灯。我家卫生间是磨砂玻璃，可是开窗通风的时候，里面什么都拍得到。
9月25日我去找过你们的保安，保安说是上面装的，他管不了。10月12日我又写了张纸条交给大堂，一直没人理。我一个老太太，洗澡都要先把窗户关死、把灯关了。
我不是你们的客户，也不在你们这里存钱，就想你们把摄像头转个方向。
谢美凤
电话 0598-2837705""",
      T(complainant="谢美凤", phones=("0598-2837705",),
        dates=("--09-25", "--10-12"),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed=None)),
    L("f21_other_outlet_staff_ebikes_charged_in_residents_stairwell", """燕西支行：
我叫邓国良，消防队退休的，住在你们燕西支行楼上四楼。你们网点占一楼，楼梯间是我们整栋楼共用的逃生通道。
从今年夏天起，你们的员工每天把五六辆电动车推进楼梯间，从网点里拉插线板出来充电，一充就是一整夜。电动车在楼道里充电起火，是要烧死一整栋人的，我干了三十年消防，见得太多了。
11月2日晚上十一点，楼道里一股焦糊味，一根插线板已经烧黑了。我11月3日给明溪县支行办公室打电话反映，说会转给网点，到今天没有任何变化。
请你们立刻把电动车挪出楼梯间，不要等出了事再来后悔。
邓国良
电话：131 0598 2264
二〇二六年十一月二十八日""",
      T(complainant="邓国良", phones=("13105982264",),
        dates=("2026-11-02", "2026-11-03", "2026-11-28"),
        units=("MX", "YX"), complained=("YX",), business="其他", cause=OTHER,
        signed="2026-11-28")),
)
