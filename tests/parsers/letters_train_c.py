"""TRAINING letters, set C: 60 customer complaint letters written on 2026-12-05 by helper
`train-c` for the complaint-cause classifier. They are training data, not a blind test set:
the writer read the module docstring and the first three letters of letters_fresh8.py (format
and the `# why:` comments), five letters of letters_train_a.py (style), the `Truth`/
`HeldOutLetter`/`heldout_directory` definitions of letters_heldout.py and the list of earlier
letter ids (whose core situations are avoided), and nothing of the parsers, router, model or
benchmark.

Focus: the six confusions the classifier makes most, ten letters each, five on each side, every
letter telling a situation where the other cause is tempting, with a `# why:` comment naming
the deciding rule:
1. 营销方式和手段 (false words to sell) vs 自主选择权 (a tie or add-on without consent);
2. 营销方式和手段 vs 信息披露 (silence on a material fact, nothing false said);
3. 管理制度业务规则与流程 (a rule applied as designed) vs 定价收费 (the level of a charge);
4. 管理制度业务规则与流程 vs 自主选择权;
5. 消费者资金安全 (money gone without the customer's act) vs 服务态度及服务质量 (3 letters)
   and 服务设施设备业务系统 (2 letters);
6. 服务态度及服务质量 (a clerk's error) vs 服务设施设备业务系统 (a machine's or system's).
Counts: MKT 10, CHOICE 10, RULE 10, SVC 8, SYS 7, DISC 5, FEE 5, FUNDS 5.

Each letter carries what a careful clerk would record, labelled by the same rules as
letters_fresh8.py:
- complainant: the person who writes (a relative writing for an elderly parent is the
  complainant); a surname with a title is a name, a nickname ("叶老太") is not;
- phones as digits ("0598-8331234" for landlines, mobiles 11 digits); dates ISO, every date
  the letter states with a day, in the order they appear (also chronological); a date without
  a year is in the signing year; relative dates ("第二天", "去年十月") are not recorded;
- units: every unit of heldout_directory() the letter names (also as an address or a unit it
  praises); complained: the unit(s) the grievance is about; one letter names no unit;
- cause: what the bank did that the writer objects to, not what is at stake: treatment or a
  clerk's mishandling → 服务态度及服务质量, a failed machine or system → 服务设施设备业务系统,
  a rule applied as designed → 管理制度业务规则与流程, misrepresentation to sell →
  营销方式和手段, silence on a material fact → 信息披露, a tie or an add-on without consent →
  自主选择权, the level of a charge → 定价收费, money gone without the customer's act →
  消费者资金安全;
- business: cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers, QR and POS
  settlement, payroll, bill payment → 支付结算, cash, new notes and coins → 人民币管理, foreign
  currency → 外汇, the bank's own wealth product → 自营理财, a third party's insurance →
  银行代理业务, gold → 贵金属, fee services (credit-standing certificates) → 其他中间业务,
  personal data (an identity-data update) → 个人金融信息, loans → 贷款.
No letter names its cause with the words of the cause's label. Not scored: nothing has been
measured or tuned on this set.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, DISC, FEE, FUNDS, MKT, RULE, SVC, SYS


TRAIN_C: tuple[L, ...] = (
    # ---- 1. 营销方式和手段 vs 自主选择权 ------------------------------------------------------
    # why: MKT vs CHOICE — the card did come as an extra at a petrol-station stall, but he
    # signed for it himself on the promoter's false words that it was only a free ETC box with
    # no fee: consent won by misrepresentation (MKT), not an add-on without consent (CHOICE).
    L("tc_mkt_etc_box_said_free_was_fee_card", """城东支行：
我是跑货车的，9月7号在高速口加油站门口，你们城东支行两个穿工装的在摆摊办ETC，讲“免费装，不要年费，签个字就行”。我问是不是要办信用卡，那个小伙子讲“不是信用卡，就是个扣过路费的东西”。我就在平板上签了几个名。
10月份我收到一张信用卡，11月12号短信说扣了年费三百块。我打电话问，说我签的就是信用卡加ETC，年费头一年不免。
我是自己签的字我认，可我签字是因为他跟我讲不是信用卡、不要钱。他要是讲实话我根本不签。三百块退给我，卡给我销掉。
司机 刘长水 手机153 5983 2207
2026年11月15日""",
      T(complainant="刘长水", phones=("15359832207",),
        dates=("2026-09-07", "2026-11-12", "2026-11-15"),
        units=("CD",), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-11-15")),
    # why: MKT vs CHOICE — the policy was bought with the deposit, but the mother agreed after
    # being told it was a free gift of the deposit; the grievance is the false "送的" (MKT),
    # not a tie forced on her (CHOICE).
    L("tc_mkt_accident_cover_called_deposit_gift", """徐碧支行领导：
我妈黄招娣七十三岁，五月二十日到徐碧网点存三万块一年定期。柜员跟她讲，今天存定期“送一份意外保险，不要钱的，签个名就有”。我妈觉得白送的不要白不要，签了。
八月份我帮她看存折，发现每个月扣八十八块，问了才知道那是一份要交五年的意外险，保险公司是外面的，扣了四个月了。我妈一直以为是送的。
柜员说是我妈自己签的，对，是她签的，可她签之前听到的是“不要钱”。请把扣的钱退回来，保险退掉。
女儿 黄小燕
电话：138 0598 6614
2026年9月2日""",
      T(complainant="黄小燕", phones=("13805986614",), dates=("2026-05-20", "2026-09-02"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-09-02")),
    # why: MKT vs CHOICE — nobody made the loan depend on the wealth product; the farmer bought
    # it freely because the loan officer claimed it would cut his loan rate, which was false
    # (MKT).
    L("tc_mkt_wealth_said_to_cut_loan_rate", """明溪县支行：
我是列西上坪种香菇的，今年三月在列西分理处贷了十万块香菇贷。放款那天信贷员老吴讲，你手头有闲钱买点我们行的理财，“买了五万以上，你贷款利息能降一个点，行里有这个政策”。没有人逼我买，是我听他讲能降利息，自己把卖菇的五万块买了。
到十月份我去问利息什么时候降，行里讲根本没有这个政策，理财是理财，贷款是贷款。理财现在封闭着取不出来，香菇棚要扩我还得再去借。
我是被那句“利息能降”骗进去的。请你们核实老吴当时是怎么讲的。
张金土
电话 159 8079 3321
二〇二六年十月二十六日""",
      T(complainant="张金土", phones=("15980793321",), dates=("2026-10-26",),
        units=("MX", "LJ"), complained=("LJ",), business="自营理财", cause=MKT,
        signed="2026-10-26")),
    # why: MKT vs CHOICE — the shop signed the package itself; the complaint is the account
    # manager's false sum ("一年省两百") that got it signed, not a package slipped in (CHOICE).
    L("tc_mkt_shop_package_said_to_save_money", """燕西支行客户经理那块：
我开建材店，对公户在燕西。6月客户经理小陈来店里讲，签一个“商户结算套餐”每个月三十八块，转账、回单、短信全包，“比你现在一年少花两百多”。我算不清这些，就信她签了。
年底我让会计对账，套餐一年四百五十六，我以前一年手续费加起来不到一百五。多花了三百多，她说的“省两百”是哪来的？
套餐是我签的，但我是听了她那个算法签的。请核实，把多的退了，套餐取消。
老板 戴国强 0598-3620417
2026年12月2日""",
      T(complainant="戴国强", phones=("0598-3620417",), dates=("2026-12-02",),
        units=("YX",), complained=("YX",), business="支付结算", cause=MKT,
        signed="2026-12-02")),
    # why: MKT vs CHOICE — the policy was not tacked on to his card; he paid for it after the
    # clerk told him, falsely, that without it the bank would refund nothing if he were
    # defrauded (MKT).
    L("tc_mkt_card_cover_said_needed_for_refund", """列西分理处：
我是县二中的老师郑文彬。11月3日在列西办工资卡，办完柜员说最近骗子多，“你最好加一份账户安全险，一年六十九，没有这个，卡被盗刷银行一分都不赔，有了才赔”。我一听就加了。
后来我问在城东支行上班的同学，他讲卡被盗刷，不是本人原因的，银行照样要查要处理，跟买没买这个保险没有关系。
六十九块不多，可这是拿吓人的假话卖东西。请你们给个说法，这个钱退给我。
郑文彬
13850871936
2026-11-20""",
      T(complainant="郑文彬", phones=("13850871936",), dates=("2026-11-03", "2026-11-20"),
        units=("LJ", "CD"), complained=("LJ",), business="银行代理业务", cause=MKT,
        signed="2026-11-20")),
    # why: CHOICE vs MKT — the clerk did praise the service, but nothing she said was false;
    # the writer never said yes — the fee item was ticked for him on the wire: an add-on
    # without consent (CHOICE).
    L("tc_choice_wire_guarantee_ticked_unasked", """个金部：
儿子在新加坡读书，我8月28号在明溪支行柜台给他汇生活费两千新币。汇完回家看单子，多了一项“汇款保障服务 20元”。柜员当时一边操作一边讲“我们的汇款很快很安全”，这话没错，钱确实第二天就到了。可是那个保障服务她从来没问过我要不要，单子上那个框是她自己点的。
二十块我不在乎，我在乎的是没问我就给我加上。下个月还要汇，请告诉我怎么才能不被加。
谢宝林
手机 137 0598 1275
2026.9.3""",
      T(complainant="谢宝林", phones=("13705981275",), dates=("2026-08-28", "2026-09-03"),
        units=("PF", "MX"), complained=("MX",), business="外汇", cause=CHOICE,
        signed="2026-09-03")),
    # why: CHOICE vs MKT — the loan officer's praise of the card was not what hurt; the loan
    # was held back until the wife applied for a credit card she did not want: a tie (CHOICE).
    L("tc_choice_tea_loan_waits_for_wife_card", """城东支行领导：
我家做茶，10月申请了二十万流动资金贷款，材料都齐了。10月20日信贷员打电话讲，审批可以过，但是“你老婆要在我们这里办一张信用卡，办好了马上放款”。我老婆从来不用信用卡，他讲这张卡好用、有积分、能分期，讲得天花乱坠。
好用不好用不是我们要的。收茶青的钱等着付，我老婆只好去办了，10月24日才放款。借钱是借钱，办卡是办卡，为什么要绑在一起？
请把那张卡给她销掉，以后别这样。
茶厂 何福生 18359802216
2026年10月30日""",
      T(complainant="何福生", phones=("18359802216",), dates=("2026-10-20", "2026-10-24", "2026-10-30"),
        units=("CD",), complained=("CD",), business="贷款", cause=CHOICE,
        signed="2026-10-30")),
    # why: CHOICE vs MKT — the clerk's words about safe keeping were true enough; the writer
    # never asked for the safe-keeping item on her gold receipt: an add-on without consent
    # (CHOICE).
    L("tc_choice_gold_safekeeping_on_receipt", """徐碧网点：
女儿出嫁，11月8号我在你们这里买了两根五十克的金条做嫁妆。付钱的时候那个女的讲放银行里保管最安全，我说不用我自己带走。结果小票上还是多了一条“贵金属代保管服务 一年120元”，从卡里扣掉了。
她讲保管安全，我不否认，可我当场讲了不要，她还是给我弄上。金条我当天就拿回家了，保管个什么？
退钱。
陈阿妹 电话 １３６ ５９８０ ７７３２
2026年11月10号""",
      T(complainant="陈阿妹", phones=("13659807732",), dates=("2026-11-08", "2026-11-10"),
        units=("XB",), complained=("XB",), business="贵金属", cause=CHOICE,
        signed="2026-11-10")),
    # why: CHOICE vs MKT — "扫码领红包" was how the lobby staff got his phone, not a false
    # description of anything he agreed to buy; he agreed to nothing, the membership was signed
    # on his phone for him (CHOICE).
    L("tc_choice_red_packet_scan_became_membership", """我是三明学院大二学生林子豪，10月9号去燕西支行开卡交学费，大堂一个姐姐说扫码领个红包，拿我手机点了一通，还回来说好了，红包两块钱。
11月9号卡上扣了19块9，说是什么生活权益会员自动续费，往前一查10月9号就开了。我从来没点过同意开会员，是她拿着我手机点的。
学生的钱不是大风刮来的，请退钱，关掉那个会员。
林子豪 微信同号 199-5983-0617
2026年11月11日""",
      T(complainant="林子豪", phones=("19959830617",), dates=("2026-10-09", "2026-11-09", "2026-11-11"),
        units=("YX",), complained=("YX",), business="银行卡", cause=CHOICE,
        signed="2026-11-11")),
    # why: CHOICE vs MKT — the boss heard a sales talk, but the workers never saw or agreed to
    # the policy: premiums were deducted from each new payroll card without their consent
    # (CHOICE).
    L("tc_choice_payroll_cards_came_with_policy", """领导你好我们是明溪县城工业园区鞋厂的工人有四十几个人我是代表写的厂里十月份统一叫列西那个银行来厂里给我们办工资卡10月25号第一次发工资每个人卡上都被扣了三十块说是什么保险我们谁也没签过谁也没人问过我们要不要去问老板老板说银行的人跟他讲这个是福利对工人好他就同意了可是我们自己的卡自己的钱凭什么老板同意就扣四十几个人就是一千多块请你们退回来
代表 杨小军 电话18750836642
2026年11月1日""",
      T(complainant="杨小军", phones=("18750836642",), dates=("2026-10-25", "2026-11-01"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=CHOICE,
        signed="2026-11-01")),
    # ---- 2. 营销方式和手段 vs 信息披露 ---------------------------------------------------------
    # why: MKT vs DISC — the adviser did not merely leave out the product's past loss; she said
    # in words that it "三年从来没亏过一分钱", which was false (MKT), not silence (DISC).
    L("tc_mkt_wealth_said_never_lost_a_cent", """明溪县支行负责同志：
本人退休教师廖淑贞，今年七月九日在贵行购买本行发行的一款净值型理财十万元。购买时理财经理小黄反复说明：“这款三年来从来没亏过一分钱，您放心。”本人正是因为这句话才放下顾虑。
十月份净值跌破一元，本人查阅该产品历年报告，发现二〇二四年曾连续三个月低于一元。经理所言与事实不符。
风险提示本人签过，涨跌本人也认；但若无那句“从来没亏过”，本人不会购买。请调取双录核实，并书面答复。
廖淑贞
联系电话：0598-2810936
二〇二六年十月二十二日""",
      T(complainant="廖淑贞", phones=("0598-2810936",), dates=("2026-07-09", "2026-10-22"),
        units=("MX",), complained=("MX",), business="自营理财", cause=MKT,
        signed="2026-10-22")),
    # why: MKT vs DISC — the officer did not just keep the real cost quiet; he put a false
    # figure on it ("一万块一个月三十块"), which is misrepresentation to sell (MKT).
    L("tc_mkt_loan_thirty_yuan_a_month_per_ten_thousand", """银行的领导：
我开早点摊的，8月15号你们银行一个客户经理加我微信推手机上的小额贷款，我问利息多少，他发语音讲“一万块一个月就三十块利息，很便宜”。我借了五万，分十二期。
每期还款扣四千五百多，我算了算一年利息加服务费要七千多，一个月哪里是一百五？拿去问人家，人家说年化快百分之十五。
语音我都还留着。他不是没讲清楚，他是讲了个假数。请你们处理。
邓春花 电话181 5988 3304
2026年11月4日""",
      T(complainant="邓春花", phones=("18159883304",), dates=("2026-08-15", "2026-11-04"),
        units=(), complained=(), business="贷款", cause=MKT,
        signed="2026-11-04")),
    # why: MKT vs DISC — exchange risk was not merely unmentioned: the clerk claimed the rate
    # was locked for the term, which is false (MKT).
    L("tc_mkt_dollar_deposit_rate_said_locked", """燕西支行：
2025年12月5号我在燕西支行把八万人民币换成美元存了一年定期，因为柜员讲“美元定期利息高，到期按今天的汇率给你换回来，汇率锁死的，不会亏”。
今年12月5号到期，我去换回人民币，按今天的价少了四千多。柜员讲从来没有锁汇这回事，汇率天天变。
要是当时她只是没讲汇率风险，我也怪自己不懂；可她是明明白白讲了“锁死”。请查当时的录像。
吴振华
手机：135 9983 1047
2026年12月5日""",
      T(complainant="吴振华", phones=("13599831047",), dates=("2025-12-05", "2026-12-05"),
        units=("YX",), complained=("YX",), business="外汇", cause=MKT,
        signed="2026-12-05")),
    # why: MKT vs DISC — the low surrender value was not just left unsaid; the seller promised
    # "第二年退，交多少退多少", which the policy contradicts (MKT).
    L("tc_mkt_policy_said_full_refund_second_year", """我是帮我爸写的。我爸去年在列西分理处买了一份分红保险，一年交两万，当时那个女的跟他讲“你要是用钱，第二年就可以退，交多少退多少，一分不少”。今年他要给我哥盖房，9月18号去退，只退了一万一。
保单后面有一张现金价值表，我爸看不懂，可她嘴上讲的就是一分不少。这不叫没讲清楚，这叫说假话。我们要退全款。
儿子 曾志华
139-0598-6251
2026年9月25日""",
      T(complainant="曾志华", phones=("13905986251",), dates=("2026-09-18", "2026-09-25"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=MKT,
        signed="2026-09-25")),
    # why: MKT vs DISC — the settlement cycle was stated, and stated falsely ("当天就到"), to win
    # the merchant (MKT), not left out (DISC).
    L("tc_mkt_pos_said_same_day_settlement", """城东支行的负责人：
我是东门水果批发的，原来用别家的刷卡机。10月初你们的客户经理上门来讲，换你们的机子，“刷卡的钱当天晚上就到账，周末也到”。我就是图这个才换的，我进货要现钱周转。
换了以后钱都是第二天到，周五刷的要到周一。10月17号周五收了三万多，周六进货的钱付不出，只好借了高利息的。客户经理现在讲是T+1，合同上写着。
合同我没细看，但他嘴上讲的是当天到，我是为这句话换的。
林水生 １３９５９８７２０１８
2026年10月25日""",
      T(complainant="林水生", phones=("13959872018",), dates=("2026-10-17", "2026-10-25"),
        units=("CD",), complained=("CD",), business="支付结算", cause=MKT,
        signed="2026-10-25")),
    # why: DISC vs MKT — the adviser pitched hard but said nothing false; what she never told
    # was that the product rolls into a new term unless redeemed on the maturity day (DISC).
    L("tc_disc_wealth_rolled_over_untold", """个人金融部：
我5月6日在城东支行买了一款半年期理财五万，理财经理说得很热情，利率、风险都讲了，跟说明书上一样，这点我不怪她。
11月6日到期，我等着钱回卡上交房子尾款，等了两天没到，一问才知道这款产品到期不赎回就自动进下一期，又锁半年。说明书第十几页有一行字，可是买的时候她一句都没提。
讲得都对，就是最要紧的没讲。请帮我把钱放出来。
温建平 电话：189-5983-4460
2026年11月9日""",
      T(complainant="温建平", phones=("18959834460",), dates=("2026-05-06", "2026-11-06", "2026-11-09"),
        units=("PF", "CD"), complained=("CD",), business="自营理财", cause=DISC,
        signed="2026-11-09")),
    # why: DISC vs MKT — "一年一万" was true; she was never told the premiums run ten years:
    # silence on a material fact (DISC), nothing false said.
    L("tc_disc_premium_ten_years_never_said", """徐碧支行领导：
我是菜市场卖豆腐的，叫伍桂英。去年十月在徐碧存钱，大厅的小姑娘推荐了一份保险，讲一年交一万，以后有分红。我问了好几个问题她都答得对，一年一万也没错。
今年十月又扣了一万，我才知道要连着交十年，停了前面的就亏。十年十万，我一个卖豆腐的怎么交得起？她从头到尾没讲要交几年。
我不是说她骗我，她讲的都是真的，就是那个“十年”一个字都没讲。请帮我想办法。
伍桂英
电话 158 5988 0173
2026年10月19日""",
      T(complainant="伍桂英", phones=("15859880173",), dates=("2026-10-19",),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=DISC,
        signed="2026-10-19")),
    # why: DISC vs MKT — the promoter's figures were all correct; no one said that paying off
    # early still charges the remaining instalment fees (DISC).
    L("tc_disc_card_installment_fees_after_payoff", """信用卡中心：
3月12日我在燕西一家手机店用信用卡分24期买了手机，你们中心驻店的人讲每期手续费0.6%，我回家算了是对的。
8月我手头宽裕，想一次还清，还完发现剩下的十几期手续费一次性全扣了，一千多块。客服说合约里写了。
驻店的人讲的没一句假话，可提前还清还要交全部手续费这个事，当时只要提一句我就不会分那么多期。请退一部分手续费。
车建新 13306983319
2026年8月22日""",
      T(complainant="车建新", phones=("13306983319",), dates=("2026-03-12", "2026-08-22"),
        units=("CARD", "YX"), complained=("CARD",), business="银行卡", cause=DISC,
        signed="2026-08-22")),
    # why: DISC vs MKT — what the clerk said about the gold account was accurate; she kept
    # quiet that turning grams into bars needs a hundred grams and a processing charge (DISC).
    L("tc_disc_gold_account_bar_minimum_unsaid", """明溪支行：
我去年开始在你们这里每月存金，理财经理讲按克买、价格跟金价走、随时能卖，都没错。我买的目的是给孙女攒嫁妆金条。
今年11月16日我攒到六十二克，去要换成金条，才知道要满一百克才能提，还要交加工费。开户的时候这个她一句没讲，我问过她“以后能不能拿实物”，她只说“能”。
她没骗我，但这么要紧的条件不讲，我多攒的两年算什么？请给个说法。
退休工人 罗贵林
手机 180 5980 9126
2026年11月20日""",
      T(complainant="罗贵林", phones=("18059809126",), dates=("2026-11-16", "2026-11-20"),
        units=("MX",), complained=("MX",), business="贵金属", cause=DISC,
        signed="2026-11-20")),
    # why: DISC vs MKT — the rate quoted was the real rate; the condition under which it is
    # paid (a balance of fifty thousand or more) was never mentioned (DISC).
    L("tc_disc_notice_deposit_threshold_unmentioned", """列西分理处：
九月十四号我把卖猪的六万块存到你们那里，柜员推荐一种“七天通知存款”，讲利息比活期高好几倍，我就存了。
十月初我取了一万五给儿子交学费，十一月一号去结息，才发现后面的钱全按活期算，柜员说余额低于五万就不算通知存款利息。这个条件当时根本没讲，我要是知道就只取一万。
利息差了几十块，钱不多，但该讲的要讲。
养猪户 江德贵 电话0598-2631580
2026年11月2日""",
      T(complainant="江德贵", phones=("0598-2631580",), dates=("2026-09-14", "2026-11-01", "2026-11-02"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=DISC,
        signed="2026-11-02")),
    # ---- 3. 管理制度业务规则与流程 vs 定价收费 ------------------------------------------------
    # why: RULE vs FEE — he pays the extra month's interest without arguing the rate; what he
    # objects to is the rule that part-prepayment goes only in whole ten-thousands (RULE).
    L("tc_rule_prepay_only_in_whole_ten_thousands", """城东支行贷款部门：
我2023年在城东贷了装修贷，11月18日想提前还一部分，手上有三万八。柜员讲部分提前还款只能按整万还，只能还三万，剩下八千不收。
剩下的八千只好放活期，那一万多的本金照样按贷款利息算。利率是合同定的，我不跟你们争利息贵不贵。我想不通的是这个“整万”的规矩：我有钱想还你们都不收，这是什么道理？能不能改成有多少还多少。
谢国平 13960521187
2026年11月21日""",
      T(complainant="谢国平", phones=("13960521187",), dates=("2026-11-18", "2026-11-21"),
        units=("CD",), complained=("CD",), business="贷款", cause=RULE,
        signed="2026-11-21")),
    # why: RULE vs FEE — the lost interest is what is at stake, but she objects to the rule
    # that a time deposit allows one part-withdrawal only, not to any rate or charge (RULE).
    L("tc_rule_second_part_withdrawal_closes_deposit", """燕西支行：
我老公住院，我三月存的五万三年定期，六月份已经部分提前取过一次一万。十月十一日医院又要交八千，我去取，柜员讲定期只能部分提前支取一次，第二次要全部取出来，剩下四万全按活期算。
利息怎么算我没话讲，行里定的就是那样。可是看病要钱一次一次来，凭什么只能取一次？没办法我只好全取了。这个规定太死了，请你们向上面反映。
许美兰 电话 135-6098-2714
2026年10月15日""",
      T(complainant="许美兰", phones=("13560982714",), dates=("2026-10-11", "2026-10-15"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=RULE,
        signed="2026-10-15")),
    # why: RULE vs FEE — the extra wire fees come only from splitting; he says the fees are
    # not the issue — the yearly purchase quota and the purpose form, applied as designed, are
    # (RULE).
    L("tc_rule_forex_quota_splits_tuition", """明溪县支行个人业务：
我女儿在澳大利亚读书，今年学费加房租要六万多美元。8月3日我去明溪支行购汇，柜员讲一个人一年只有五万美元额度，超了要拿学校的证明材料另外审核，当天只能先汇五万。剩下的我只好用老婆的额度再汇一次，又多交了一笔汇款手续费。
手续费几十块我不在乎。我在乎的是额度这个规矩，学费是明摆着的，为什么一家人要分成几个人去换？请你们解释。
王建英
电话 133-0598-7716
2026年8月10日""",
      T(complainant="王建英", phones=("13305987716",), dates=("2026-08-03", "2026-08-10"),
        units=("MX",), complained=("MX",), business="外汇", cause=RULE,
        signed="2026-08-10")),
    # why: RULE vs FEE — he accepts the two-hundred annual fee as fair; what he objects to is
    # the counting rule that did not count a refunded purchase toward the six swipes (RULE).
    L("tc_rule_refunded_swipe_not_counted_for_fee", """信用卡中心：
你们的卡一年刷满六次免年费，我今年刷了六次，结果12月1日还是扣了二百元年费。客服讲其中一笔买鞋的后来退货了，退货的不算次数。
二百元的年费我不嫌贵，该收就收。可我确实刷了六次，退货是鞋子质量问题，怎么就不算了？退货又不是我想退的。请你们把这个算法改一改，重新核一下。
邱建新（县实验小学）
手机１３７９９８２６０５３
2026年12月3日""",
      T(complainant="邱建新", phones=("13799826053",), dates=("2026-12-01", "2026-12-03"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=RULE,
        signed="2026-12-03")),
    # why: RULE vs FEE — the counter charge is mentioned and waved aside; the grievance is
    # the rule that sends every transfer over fifty thousand to the counter (RULE).
    L("tc_rule_big_transfer_counter_only", """徐碧支行：
我开饲料店，11月25号要付厂家六万货款，在手机上转不了，说是非柜面一天最多五万。跑到徐碧柜台，排了一个钟头，填单、核身份，还收了十几块手续费。
钱不多我不计较，我气的是这个五万的规定：我每个月都要给同一个厂家打钱，每次都要跑柜台，生意还做不做？能不能给老客户提一下。
饲料店 赖木春 电话:177 5080 3352
2026年11月27日""",
      T(complainant="赖木春", phones=("17750803352",), dates=("2026-11-25", "2026-11-27"),
        units=("XB",), complained=("XB",), business="支付结算", cause=RULE,
        signed="2026-11-27")),
    # why: FEE vs RULE — she accepts that drawing bars from a gold account needs a processing
    # charge; she objects to its level, fifteen yuan a gram (FEE).
    L("tc_fee_gold_bar_drawing_per_gram", """明溪支行：
我在你们这里存金存了三年，11月19日攒满一百克去换成金条。提金要加工费我知道，行里规定的，这个没话讲。可是一克收十五块，一百克就一千五，我问了金店，打一根金条才几百块。
攒金子的都是我们这样一点一点攒的小户，一千五是我一个月的退休金。请你们把这个价降下来。
退休工人 童秋英 0598-2815503
2026年11月22日""",
      T(complainant="童秋英", phones=("0598-2815503",), dates=("2026-11-19", "2026-11-22"),
        units=("MX",), complained=("MX",), business="贵金属", cause=FEE,
        signed="2026-11-22")),
    # why: FEE vs RULE — the per-day limit and the counting procedure are accepted; the writer
    # objects to how much is charged for counting coins (FEE).
    L("tc_fee_coin_counting_two_percent", """列西分理处
我开小超市，硬币攒了一袋，10月30日拿去存，四千多个。柜员说超过五百个要收清点费，按金额收百分之二。
一天只收多少个、要排队、要自己分好面值，这些规矩我都照做了。可百分之二太狠了，一千多块硬币扣二十几块，我卖一瓶水才赚几毛。硬币也是人民币，存个钱还要被剥一层皮？
超市 蓝秀芳 手机 150 6053 2198
2026年11月3日""",
      T(complainant="蓝秀芳", phones=("15060532198",), dates=("2026-10-30", "2026-11-03"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause=FEE,
        signed="2026-11-03")),
    # why: FEE vs RULE — the contractor accepts the wait and the in-person application for a
    # credit-standing certificate; he protests two hundred yuan a copy (FEE).
    L("tc_fee_credit_standing_letter_per_copy", """燕西支行：
我是搞小工程的包工头，县里一个水渠工程招标要银行开的资信证明。11月13号我去燕西申请，要三份，柜员说一份二百，三份六百，要本人来、等三个工作日。
等几天、本人来，这些规矩我照做。可是一张纸盖个章二百块，我投一次标光证明就六百，中不中还不知道。这个价太高了，请降下来。
范志刚 13859831146
2026年11月16日""",
      T(complainant="范志刚", phones=("13859831146",), dates=("2026-11-13", "2026-11-16"),
        units=("YX",), complained=("YX",), business="其他中间业务", cause=FEE,
        signed="2026-11-16")),
    # why: FEE vs RULE — she admits the payment was a day late and accepts a penalty exists;
    # she objects to a flat hundred yuan on a one-day, three-hundred-yuan lateness (FEE).
    L("tc_fee_hundred_yuan_for_one_day_late", """城东支行：
我借的助业小额贷款每月还三百二，10月20号是还款日，我那天在外地忘了存钱，21号一早就补上了。结果除了利息还收了一百块违约金。
晚一天是我的错，要罚我认。可是晚一天罚一百，比我一个月还的三分之一还多，这个罚法太重了。请你们看看能不能按天按比例算。
小吃店 龚丽娟 电话 153-5985-0284
2026年10月28日""",
      T(complainant="龚丽娟", phones=("15359850284",), dates=("2026-10-20", "2026-10-28"),
        units=("CD",), complained=("CD",), business="贷款", cause=FEE,
        signed="2026-10-28")),
    # why: FEE vs RULE — he accepts that a refund of an overpayment goes through the bank's
    # procedure; he objects to paying 0.5 % to take his own money back (FEE).
    L("tc_fee_overpayment_back_costs_half_percent", """信用卡中心领导：
我上个月记错了，把五千块多还到信用卡里。11月23日想把这五千转回借记卡，手机上显示要收0.5%手续费，二十五块。
要走什么流程我都可以配合，但这本来就是我自己的钱，不是借你们的，拿回来还要收钱？别家银行溢缴款取回是不收的。这个钱收得没道理。
小陈老师 陈慧敏
电话 138 5981 4027
2026年11月24日""",
      T(complainant="陈慧敏", phones=("13859814027",), dates=("2026-11-23", "2026-11-24"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE,
        signed="2026-11-24")),
    # ---- 4. 管理制度业务规则与流程 vs 自主选择权 ----------------------------------------------
    # why: RULE vs CHOICE — he feels made to hold a new card, but no product was sold to him:
    # the pension goes only to the social-security card under the scheme's rule, applied to
    # everyone (RULE), not a tie (CHOICE).
    L("tc_rule_pension_only_to_social_card", """列西分理处负责同志：
我父亲余长根八十一岁，几十年来养老金都打在他那本老存折上。11月10号该到的没到账，我11月12日陪他去列西问，柜员讲现在养老金统一发到社保卡，存折不再发了，要先激活社保卡、设密码。
我父亲不会用卡，也不要什么新卡。柜员很耐心，讲这是社保那边和行里的统一规定，全县都一样，不是要卖东西给我们。我承认她态度好，可是这个规定对老人太不方便，能不能让老人家还用存折？
儿子 余火旺
电话 131 0598 2276
2026年11月14日""",
      T(complainant="余火旺", phones=("13105982276",), dates=("2026-11-10", "2026-11-12", "2026-11-14"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=RULE,
        signed="2026-11-14")),
    # why: RULE vs CHOICE — the repayment account at the lending bank is the bank's rule for
    # every mortgage and nothing extra was sold with it (RULE), though it feels like a tie.
    L("tc_rule_mortgage_repayment_card_here", """燕西支行：
我在燕西买了套二手房，9月22日去办按揭，客户经理说还款必须用你们行的卡，要在燕西开一张借记卡，每个月自动扣。我工资卡是别的银行的，每个月还得自己转过来。
我问能不能直接从我工资卡扣，她说行里规定只能用本行账户还款，谁都一样。她也没叫我买别的东西。可是凭什么我要多开一张卡、每个月多转一次？请考虑改一改。
郭永辉 手机 186-5983-7725
2026年9月30日""",
      T(complainant="郭永辉", phones=("18659837725",), dates=("2026-09-22", "2026-09-30"),
        units=("YX",), complained=("YX",), business="贷款", cause=RULE,
        signed="2026-09-30")),
    # why: RULE vs CHOICE — "我的钱我想买什么就买什么" sounds like a choice grievance, but the
    # clerk applied the suitability rule as designed to an age-and-assessment mismatch (RULE).
    L("tc_rule_old_man_refused_higher_risk_product", """明溪县支行：
本人徐炳坤，七十六岁，退休前在县供销社。11月6日我到贵行想买一款中等风险的理财，柜员给我做风险测评，测出来是“稳健型”，按规定只能买低风险的，不让我买。我说我有钱有经验，她说规定如此，系统不允许，年纪大也要加做录音录像。
我的钱，我想买什么就买什么，凭什么一张测评表替我做主？柜员客气是客气，但这个规矩把老年人当小孩。请贵行说明这个规定的依据。
徐炳坤
电话：０５９８－２８１１６７４
二〇二六年十一月十日""",
      T(complainant="徐炳坤", phones=("0598-2811674",), dates=("2026-11-06", "2026-11-10"),
        units=("MX",), complained=("MX",), business="自营理财", cause=RULE,
        signed="2026-11-10")),
    # why: RULE vs CHOICE — nothing was added to her purchase; the clerk refused the stated
    # purpose under the foreign-exchange purchase rules, as designed (RULE).
    L("tc_rule_dollar_purchase_purpose_refused", """城东支行：
我想买点美元放着，10月14号去城东，柜员让我填购汇申请，用途一栏我写“投资保值”，她说这个用途不能购汇，只能写旅游、留学这些真有用途的，还要材料。
我自己的钱，我想换成什么是我的事，银行管我换来干嘛？柜员说国家规定，哪家都一样。规定我不懂，请你们给我解释清楚，为什么不能买。
叶丽琴
电话 158-5983-1209
2026年10月16日""",
      T(complainant="叶丽琴", phones=("15859831209",), dates=("2026-10-14", "2026-10-16"),
        units=("CD",), complained=("CD",), business="外汇", cause=RULE,
        signed="2026-10-16")),
    # why: RULE vs CHOICE — being made to give a photo and occupation feels forced, but it is
    # the identity-update rule applied to every account, with nothing sold (RULE).
    L("tc_rule_passbook_restricted_until_details_updated", """徐碧网点负责人
我在外面打工，11月29号回来取存折上的钱，柜员说我身份证换过了，账户资料过期，要重新拍照、填职业、填住址，不然账户只能存不能取。
我不想给那么多资料，又不是办贷款。柜员讲这是规定，所有人的账户都要更新，不更新就限制。我是没办法才填的。我觉得这个规定管得太多，请你们向上反映。
打工的 宋家旺 152 5981 6630
2026年12月1日""",
      T(complainant="宋家旺", phones=("15259816630",), dates=("2026-11-29", "2026-12-01"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=RULE,
        signed="2026-12-01")),
    # why: CHOICE vs RULE — the clerk called it a rule, but the branch head confirmed no rule
    # requires a study-abroad policy to buy foreign currency: a tie (CHOICE).
    L("tc_choice_dollar_purchase_needs_study_policy", """明溪支行领导：
我儿子明年出国，9月16日我去你们支行换一万美元交定金。柜员讲“按规定，留学换汇要先在我们这里买一份留学生意外保险”，两千八。我只好买了。
后来我问你们行长，行长说根本没有这个规定，换汇就是换汇。那她讲的规定是哪来的？保险我不要，请退了。
家长 程丽珍
电话 136-5983-2298
2026年9月21日""",
      T(complainant="程丽珍", phones=("13659832298",), dates=("2026-09-16", "2026-09-21"),
        units=("MX",), complained=("MX",), business="外汇", cause=CHOICE,
        signed="2026-09-21")),
    # why: CHOICE vs RULE — new notes for New Year money are no rule-bound product; getting them
    # only on applying for a credit card is a tie the writer never wanted (CHOICE).
    L("tc_choice_new_year_notes_only_with_card", """燕西支行
快过年了，我要换两千块新钞包红包。1月19日我去燕西，柜员说新钞紧张，办一张信用卡才能换，还说“这是上面的规定”。我说我七十岁了要什么信用卡，她说不办就没有。
我家孙子等着压岁钱，我只好填了表。回来越想越不对，换个新钱怎么要办卡？请把那张卡的申请撤了。
叶老太 叶秀春
电话：0598 3631775
2026年1月21日""",
      T(complainant="叶秀春", phones=("0598-3631775",), dates=("2026-01-19", "2026-01-21"),
        units=("YX",), complained=("YX",), business="人民币管理", cause=CHOICE,
        signed="2026-01-21")),
    # why: CHOICE vs RULE — the clerk claimed a rule, but a card with a yearly SMS package was
    # simply added to his renewed deposit without his asking (CHOICE).
    L("tc_choice_deposit_renewal_came_with_card_package", """城东支行的领导
我七月八号去东门网点续存两万块定期，我只要一张存单。柜员说现在规定存单都要配一张借记卡，给我办了卡，还开了短信套餐。十月份存折上扣了短信费和卡的费用。
我问别的网点，人家说没有这个规定，存单照样可以单开。我一个老头子要卡干什么？请把卡销了，扣的钱退给我。
邓长发 （我女儿电话 18750893362）
2026年10月12日""",
      T(complainant="邓长发", phones=("18750893362",), dates=("2026-07-08", "2026-10-12"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=CHOICE,
        signed="2026-10-12")),
    # why: CHOICE vs RULE — "规定" was the loan officer's word, but a credit card is no condition
    # of a mortgage; making the loan wait on it is a tie (CHOICE).
    L("tc_choice_mortgage_held_for_credit_card", """个金部领导：
我在徐碧支行办房贷，8月5号资料都交齐了。客户经理说“按规定，办房贷的都要办一张我们的信用卡，激活了才放款”。我跟我老婆都不用信用卡，可开发商催得紧，只好办了。
后来问了个金部的热线，说房贷没有这个规定。既然没有，为什么逼我办？卡我不用，请注销，也不要有年费。
王志明
13805983341
2026年8月26日""",
      T(complainant="王志明", phones=("13805983341",), dates=("2026-08-05", "2026-08-26"),
        units=("PF", "XB"), complained=("XB",), business="贷款", cause=CHOICE,
        signed="2026-08-26")),
    # why: CHOICE vs RULE — paying medical insurance at the counter is allowed; being sent to
    # sign up for the app tied to a credit card, as a "规定", is a tie (CHOICE).
    L("tc_choice_medical_premium_only_via_app_and_card", """列西分理处：我去交一家人的医保三月五号柜台说现在规定只能手机上交要下载你们的APP还要绑你们的信用卡才能交我说我不要信用卡就要在柜台交他说柜台不收了后来我去县城医保局问人家说银行柜台可以交的没有什么规定只能手机上交你们是要我们办卡完成任务吧我最后是在村里代办点交的请给个说法
村民 李火根 电话18905983017
2026年3月9日""",
      T(complainant="李火根", phones=("18905983017",), dates=("2026-03-05", "2026-03-09"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=CHOICE,
        signed="2026-03-09")),
    # ---- 5. 消费者资金安全 vs 服务态度及服务质量 / 服务设施设备业务系统 -------------------------
    # why: FUNDS vs SVC — the clerk did fail to check the forged authorisation, but what the
    # writer objects to is the mother's forty thousand taken without any act of hers (FUNDS).
    L("tc_funds_forged_authorisation_emptied_mother_deposit", """列西分理处主任：
我母亲蔡玉梅八十岁，有一张四万元的定期存单存在列西。10月30日，我那个离了婚的前姐夫拿着我妈的身份证和一份“委托书”，到列西把这笔钱取走了，我们一家都不知道。11月17日我陪我妈去取钱，柜员一查才说钱早没了。委托书上的名字不是我妈写的，她不识字，一辈子只按手印。
你们柜员当时没打一个电话核实，这个以后再说。我现在要的是那四万块：我妈一分没动，钱就没了。请你们先把钱还给她。
女儿 蔡丽华
电话：１５９ ８０７８ ３３１４
2026年11月19日""",
      T(complainant="蔡丽华", phones=("15980783314",),
        dates=("2026-10-30", "2026-11-17", "2026-11-19"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-19")),
    # why: FUNDS vs SYS — he blames the app's check for sending the code to a stolen phone, but
    # the grievance is dollars sold and moved out while he did nothing (FUNDS).
    L("tc_funds_stolen_phone_dollars_sold_overnight", """燕西支行：
我的美元是在你们燕西支行存的。10月3号晚上我在县城夜市手机被偷了。第二天早上补了卡，登手机银行一看，我存的六千三百美元夜里两点被人结汇成人民币，分四笔转到四个陌生人的卡上，短信验证码都是发到被偷的手机上的。
我10月4号一早就到你们那里冻结、报警。你们的验证码发到哪个手机我不懂，我只知道我一觉睡醒，辛苦在外面攒的美元没了，我什么都没做。请你们把钱追回来还给我。
杜明海 现用电话 173 5983 0429
2026年10月8日""",
      T(complainant="杜明海", phones=("17359830429",), dates=("2026-10-03", "2026-10-04", "2026-10-08"),
        units=("YX",), complained=("YX",), business="外汇", cause=FUNDS,
        signed="2026-10-08")),
    # why: FUNDS vs SYS — the tap-to-pay design is at stake, but she objects to fourteen
    # payments she never made while the card sat in her coat (FUNDS).
    L("tc_funds_tap_card_drained_in_market_crowd", """城东支行：我卡在外套口袋里没拿出来过，11月21号上午在东门菜市场买菜，中午一看短信，十四笔三百块左右的消费，一共四千二，都是“小额免密”。我根本没刷，应该是有人拿机器在人挤的地方贴着我口袋刷的。我那天就去城东挂失了。钱不是我花的，请把四千二还给我。
钟翠兰 电话 138-5986-0712
2026.11.22""",
      T(complainant="钟翠兰", phones=("13859860712",), dates=("2026-11-21", "2026-11-22"),
        units=("CD",), complained=("CD",), business="银行卡", cause=FUNDS,
        signed="2026-11-22")),
    # why: FUNDS vs SVC — a clerk is involved, but he handed over the cash and the clerk kept
    # it: his money never reached his passbook, taken by staff without any act of his beyond
    # the deposit (FUNDS), not a rude or careless teller (SVC).
    L("tc_funds_clerk_pocketed_cash_deposit", """明溪支行领导：
我在县城工地做泥水，2025年12月30日我拿三万块现金到你们支行存到存折上，柜台一个男的收了钱，给我一张手写的单子说系统慢，过两天再来补登。我信他，穿着你们的衣服坐在柜台里的人。
今年3月份我去补登存折，三万块一分没进。问了才知道那个人已经被开除了，说他收了好几个客户的钱没存。
我把钱交到你们柜台里，钱就没了。请你们把三万还给我。
泥水工 严木火 电话 186 0598 4417
2026年3月18日""",
      T(complainant="严木火", phones=("18605984417",), dates=("2025-12-30", "2026-03-18"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-03-18")),
    # why: FUNDS vs SYS — the skimmer sat on the bank's own ATM, yet what he objects to is the
    # money drawn in another province with a copy of his card, without his act (FUNDS).
    L("tc_funds_skimmer_on_branch_atm", """徐碧支行：
我12月1日在你们徐碧门口那台取款机取了五百块。12月3日半夜手机来短信，我的卡在广东取了四次现金，一共一万两千块，卡一直在我身上。
后来听说派出所在你们那台取款机上拆下来一个装在插卡口的东西。机器的事你们自己去查，我要说的是：我一万两千块，我人在家里睡觉，钱在广东被人取了。请把钱还给我。
种菜的 熊德发 电话 0598－2816207
2026年12月4日写""",
      T(complainant="熊德发", phones=("0598-2816207",), dates=("2026-12-01", "2026-12-03", "2026-12-04"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FUNDS,
        signed="2026-12-04")),
    # why: SVC vs FUNDS — it looks like thirty thousand vanished, but he paid it in himself and
    # the teller keyed it onto a namesake's loan: a clerk's mishandling (SVC).
    L("tc_svc_cash_repayment_posted_to_namesake", """城东支行：
我10月10号在你们柜台用现金还贷款三万，柜员收了钱，给了回单。11月2号我收到短信说我的贷款逾期。跑去一查，那三万块被记到另一个也叫林国华的人的贷款上了，人家身份证尾号都不一样。
钱是我自己交的，没人偷，是你们柜员按错了人。现在我贷款上被记了逾期，罚息也出来了。请你们把账改回来，逾期记录撤掉，罚息退给我。
林国华 电话 137 5098 2266
2026年11月5日""",
      T(complainant="林国华", phones=("13750982266",), dates=("2026-10-10", "2026-11-02", "2026-11-05"),
        units=("CD",), complained=("CD",), business="贷款", cause=SVC,
        signed="2026-11-05")),
    # why: SVC vs FUNDS — money was stolen on his lost card, but he leaves the thief to the
    # police; what he objects to is the teller who told him the report was done and never
    # did it (SVC).
    L("tc_svc_loss_report_said_done_never_filed", """燕西支行：
9月12日我卡丢了，当天下午就到燕西柜台挂失。柜员说“好了，挂上了”，我就回去了。9月14日卡被人在外面刷了三千多。我再去问，查出来那天柜员根本没点提交，挂失没生效。
偷卡的人我报了警，那是派出所的事。我要讲的是你们的人：我人站在柜台前面，她说好了，实际上没做，也没给我回执。请处理这个员工，给我一个交代。
刘敏（燕西街道社区工作人员）
电话：189 5989 1043
2026年9月20日""",
      T(complainant="刘敏", phones=("18959891043",), dates=("2026-09-12", "2026-09-14", "2026-09-20"),
        units=("YX",), complained=("YX",), business="银行卡", cause=SVC,
        signed="2026-09-20")),
    # why: SVC vs FUNDS — the twenty thousand reached a stranger's card, but the father paid it
    # in himself and the teller typed the wrong card number: a clerk's error (SVC).
    L("tc_svc_cash_to_sons_card_keyed_to_stranger", """徐碧支行的领导
我是个种烟的老农，8月28日到徐碧网点给读大学的儿子卡上存两万块学费，我把儿子卡号写在纸上给柜员，她自己输的。儿子说钱没到，我回去查，柜员把一个数字输错，钱存到别人卡上去了，那个人已经用掉一半。
不是有人偷我钱，是柜员输错了号，还不叫我核对就让我签字。儿子学费等着交，请你们把这件事处理好。
曾老伯 曾水清 电话：133 9598 1106
2026年9月3日""",
      T(complainant="曾水清", phones=("13395981106",), dates=("2026-08-28", "2026-09-03"),
        units=("XB",), complained=("XB",), business="银行卡", cause=SVC,
        signed="2026-09-03")),
    # why: SYS vs FUNDS — two thousand left her card twice, but by her own single withdrawal
    # that the machine booked twice: a failed machine (SYS), not money taken without her act.
    L("tc_sys_atm_booked_one_withdrawal_twice", """列西分理处
我十月二十五号在列西的取款机取两千块，钱出来了两千，可是卡里扣了四千，短信也是两条。我当场打了电话，第二天去柜台，柜员说机器那天出过毛病，要等对账。
我一开始以为是有人偷了我的钱，吓得要命，后来才知道是机器多扣了。现在十几天了还没退，我一个月工资才三千。请快点退。
保洁 罗秀珍 136-0598-3074
2026年11月8日""",
      T(complainant="罗秀珍", phones=("13605983074",), dates=("2026-10-25", "2026-11-08"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SYS,
        signed="2026-11-08")),
    # why: SYS vs FUNDS — the euros vanished, but into the exchange machine he fed himself,
    # which then crashed without crediting him: a failed machine (SYS).
    L("tc_sys_exchange_machine_ate_euros", """城东支行：
我女儿从意大利回来，留了五百欧元给我。11月11日我到城东支行大厅那台外币兑换机上换人民币，钞票吸进去了，屏幕卡住，然后黑屏重启，人民币没出来，卡上也没到。
大堂经理当场开了登记单，说要等厂家来开机清点。到今天快一个月没结果。钱不是被人偷的，是被你们的机器吃了，请尽快清点退给我。
方德兴
手机 158 0598 2143
2026年12月4日""",
      T(complainant="方德兴", phones=("15805982143",), dates=("2026-11-11", "2026-12-04"),
        units=("CD",), complained=("CD",), business="外汇", cause=SYS,
        signed="2026-12-04")),
    # ---- 6. 服务态度及服务质量 vs 服务设施设备业务系统 --------------------------------------
    # why: SVC vs SYS — the clerk said the system would not take the bars back, but the manager
    # bought them back on the same system minutes later: a clerk's mishandling (SVC).
    L("tc_svc_gold_buyback_said_system_wont", """明溪县支行：
我前几年在你们这里买的两根金条，发票、证书都在。11月26日我拿去想卖回给银行，柜台的小姑娘在电脑上弄了半天，说“系统不让回购，这批金条回购不了”，叫我去金店卖。
我正要走，你们的主管出来问怎么回事，接过去在同一台电脑上点了几下就办好了，说是小姑娘选错了菜单。主管人很好。可是要不是碰巧，我就被打发到外面低价卖掉了。请你们把新来的教一教，不会就说不会，别推给系统。
退休干部 胡文清
电话 0598-2813390
2026年11月28日""",
      T(complainant="胡文清", phones=("0598-2813390",), dates=("2026-11-26", "2026-11-28"),
        units=("MX",), complained=("MX",), business="贵金属", cause=SVC,
        signed="2026-11-28")),
    # why: SVC vs SYS — the clerk said the system generated the ID number, but the policy form
    # shows her hand-entered digits with two swapped: a clerk's error (SVC).
    L("tc_svc_policy_id_number_mistyped", """城东支行负责同志：
我母亲去年在城东代买了一份护理保险。今年九月她住院，十月八日我去保险公司理赔，人家说保单上的身份证号跟我母亲的对不上，两位数字颠倒了，要先改保单。
我回城东问，经办的柜员说是系统自动带出来的，不关她的事。后来保险公司把投保单调出来，身份证号一栏是手工录入的，录的人就是她。
错了改过来就好，可是推给系统、让我们两头跑，耽误了一个多月理赔。请你们给个说法。
儿子 黎家俊
手机：186-0598-7133
2026年11月12日""",
      T(complainant="黎家俊", phones=("18605987133",), dates=("2026-10-08", "2026-11-12"),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=SVC,
        signed="2026-11-12")),
    # why: SVC vs SYS — the codes went to a stranger because the clerk typed one digit of his
    # phone wrong when updating it, not because the SMS platform failed (SVC).
    L("tc_svc_phone_number_typed_wrong_codes_to_stranger", """燕西支行：
我10月20号在燕西改预留手机号，之后手机银行一直收不到验证码，打客服说是短信系统问题，等等就好。等了半个月还是不行，11月6号我去柜台，一查预留的号码最后一位输错了，我的验证码全发到别人手机上去了。
系统没坏，是你们柜员输错了，改号的单子也没让我核对。这半个月我工资卡转不了账，房租都晚交了。请你们改改做事的方法。
温晓东
电话 １８２ ５９８３ ６０４７
2026年11月7日""",
      T(complainant="温晓东", phones=("18259836047",), dates=("2026-10-20", "2026-11-06", "2026-11-07"),
        units=("YX",), complained=("YX",), business="银行卡", cause=SVC,
        signed="2026-11-07")),
    # why: SVC vs SYS — "额度满了" was the clerk's excuse; a colleague showed the quota still
    # open after she came back from lunch past the cutoff: a clerk's mishandling (SVC).
    L("tc_svc_wealth_quota_said_full_after_lunch", """个金部领导：
你们行11月18日最后一天认购的一款一年期理财，我上午十一点半到列西去买，柜员说要吃饭了，叫我下午一点半再来。下午我准时到，她在电脑上看了一下说“额度满了，系统买不了”。
我不甘心，问了旁边的柜员，她说额度下午还有，是过了中午十二点的认购时间，当天已经截止了。那就是上午她不肯办，下午又拿系统糊弄我。
一年的利息差几百块是小事，这种做事的态度是大事。
周老师 周春燕 电话13960583015
2026年11月19日""",
      T(complainant="周春燕", phones=("13960583015",), dates=("2026-11-18", "2026-11-19"),
        units=("PF", "LJ"), complained=("LJ",), business="自营理财", cause=SVC,
        signed="2026-11-19")),
    # why: SVC vs SYS — the coin machine was blamed for a short count, but the manager's recount
    # found a bag the clerk had never fed in: a clerk's error (SVC).
    L("tc_svc_coin_bag_left_uncounted", """徐碧网点：
我家开小卖部，10月27日拿了五袋一元硬币去存，我在家数好的，两千个。柜员倒进点币机，说只有一千五百个，是机器点的不会错。我以前在列西存硬币好多年，从来没出过这种事。我说我数了三遍，她不理我。
后来主任过来，在柜台下面找到一袋没倒进去的，刚好五百个。机器没毛病，是她少倒了一袋还说我数错。我在大厅里被那么多人看着，好像我想多要钱一样。
店主 甘秋云 153-0598-7714
2026年10月29日""",
      T(complainant="甘秋云", phones=("15305987714",), dates=("2026-10-27", "2026-10-29"),
        units=("XB", "LJ"), complained=("XB",), business="人民币管理", cause=SVC,
        signed="2026-10-29")),
    # why: SYS vs SVC — he first blamed the teller for sending it twice, but the branch's log
    # shows one submission and the system re-sent it after a timeout: a failed system (SYS).
    L("tc_sys_counter_remittance_sent_twice", """城东支行：
11月9日我在城东柜台给福州的供货商汇了八万六千元货款。11月11日供货商打电话说收到两笔八万六。我第一反应是柜员手滑点了两次，跑去跟她吵了一架。
后来你们主管调了记录，柜员确实只提交了一次，是系统那天超时以后自己又发了一遍，当天好几笔都这样。我错怪了她，在这里跟她道个歉。
但是多出去的八万六到现在还要我自己去跟供货商要，你们的系统出错，凭什么我来跑？请行里出面处理。
五金批发 黄建安
手机 139 5985 3308
2026年11月16日""",
      T(complainant="黄建安", phones=("13959853308",), dates=("2026-11-09", "2026-11-11", "2026-11-16"),
        units=("CD",), complained=("CD",), business="支付结算", cause=SYS,
        signed="2026-11-16")),
    # why: SYS vs SVC — the clerk was suspected of cheating on the rate, but the system quoted a
    # stale rate to every counter that morning: a failed system (SYS).
    L("tc_sys_stale_rate_at_counter", """明溪支行：
10月15日早上九点我去你们那里把三千美元换成人民币，柜员给的价比我手机上看的低了不少，差了六百多块。我当场说她坑我，她把系统界面转过来给我看，价就是系统里出来的。
后来我打电话问，说那天上午你们系统里的汇率没更新，用的是前一天的价，十点多才恢复。柜员没坑我，我错怪她了。可是系统价不对还让柜台照样办，这六百块请补给我。
严家豪
电话：135 0598 6627
2026年10月18日""",
      T(complainant="严家豪", phones=("13505986627",), dates=("2026-10-15", "2026-10-18"),
        units=("MX",), complained=("MX",), business="外汇", cause=SYS,
        signed="2026-10-18")),
    # why: SYS vs SVC — the agent clerk was blamed for forgetting the renewal debit, but the
    # bank found its link to the insurer had failed for a week: a failed system (SYS).
    L("tc_sys_insurer_link_failed_policy_lapsed", """列西分理处领导：
我爸的重疾险是在列西代买的，每年九月从他存折上自动扣保费。今年9月10日该扣没扣，保险公司说没收到钱，保单过了宽限期就失效了。
我一开始以为是当年卖保险的小梁忘了弄，打电话骂了她。后来你们分理处主任说查了，是行里跟保险公司的扣款接口坏了一个礼拜，好几个客户都没扣上，不是小梁的问题。
我爸存折上钱是够的。现在要复效还要重新体检，他七十岁了，可能过不了。请你们跟保险公司把这个事处理好。
儿子 高志远
电话 158-5987-3306
2026年11月25日""",
      T(complainant="高志远", phones=("15859873306",), dates=("2026-09-10", "2026-11-25"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=SYS,
        signed="2026-11-25")),
    # why: SYS vs SVC — the hotline staff were thought to have given a wrong payoff, but the
    # app's calculator itself showed it three yuan short: a failed system (SYS).
    L("tc_sys_payoff_figure_short_loan_overdue", """个金部：
我在手机银行上提前还清消费贷，8月2日页面上“结清金额”显示12,406.50元，我就还了这么多。8月20日收到逾期短信，说还欠三块一毛二。
我打客服，以为是客服上次报错了数，把人家骂了一顿。后来客服查了告诉我，是APP那个结清试算少算了一天利息，不是人工给的数。几块钱我马上补了，可逾期记录怎么办？
请你们修好那个计算，撤掉我的逾期。
施国栋 13305981172
2026年8月25日""",
      T(complainant="施国栋", phones=("13305981172",), dates=("2026-08-02", "2026-08-20", "2026-08-25"),
        units=("PF",), complained=("PF",), business="贷款", cause=SYS,
        signed="2026-08-25")),
    # why: SYS vs SVC — the lobby helper was suspected of choosing three years, but the kiosk
    # printed three years while its screen and log said one: a failed machine (SYS).
    L("tc_sys_kiosk_printed_wrong_term", """列西分理处：
我是替我奶奶写的。奶奶11月4号在列西的智能柜台上存了两万块定期，屏幕上选的一年，大堂的小伙子在旁边看着，奶奶自己点的确认。打出来的存单上写的是三年。
我开始以为是大堂小伙子帮忙点错了，去找他，他把屏幕的记录调出来给我看，选的确实是一年，是机器打印的时候出错，主任说这台机器这个月已经有两张这样了。
请把存单改成一年，也把机器修好，别的老人家不会看存单。
孙女 丁思琪 电话 199 0598 2671
2026年11月13日""",
      T(complainant="丁思琪", phones=("19905982671",), dates=("2026-11-04", "2026-11-13"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SYS,
        signed="2026-11-13")),
)
