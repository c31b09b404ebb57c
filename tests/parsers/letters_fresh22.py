"""A twenty-second blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh22`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. What was read, exactly: lines 1-71 of
tests/parsers/letters_fresh11.py (its module docstring with the labelling rules and its first two
letters, for the format), lines 1-67 of tests/parsers/letters_heldout.py (the `Truth` /
`HeldOutLetter` / `heldout_directory` definitions and the cause constants), and the list of
earlier letter ids (grep of `L("..."` over tests/parsers/letters_*.py, forms_blind*.py,
/tmp/fresh*/letters_fresh*.py and /tmp/forms*/forms_blind*.py — ids only), whose situations are
avoided. Nothing beyond those lines was printed. Written outside the repository, at /tmp/fresh22.

Labelled by the rules written out in letters_fresh11.py's docstring: complainant is the writer
(a relative writing for someone is the complainant; a surname with a title is a name); phones as
digits; dates ISO, every date stated with a day, in the order the letter first states them, a
date without a year in the signing year, an undated letter's dates as "--MM-DD"; units are every
unit of heldout_directory() the letter names, complained the one(s) the grievance is about;
cause is what the bank did that the writer objects to; business by the product at issue.
One reading choice: "上个月十号" in a signed letter is resolved against the signed date (it
names a day), and is marked where it occurs.

No letter names its cause with the words of the cause's label. The near-misses (two plausible
causes) each carry a `# why:` comment naming the deciding rule.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`bc0ce14`: 1,753 examples, the unit
rules of `071f950`): cause 100 % (30/30), the rules alone 56.7 % (17/30); business 86.7 %; unit
found or triage 96.7 % (28 right, 1 triage, 1 wrong); complainant 100 % / 100 %; fields 99.0 % /
98.5 %; signed date 100 %; mojibake 0. The weighting it replaced (1,441 examples) got cause 96.7 %.
Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH22: tuple[L, ...] = (
    # ---- SVC ----------------------------------------------------------------------------
    L("f22_svc_teller_sprayed_air_freshener_at_fishmonger", """列西分理处负责人：
我是菜市场卖鱼的邱德旺，11月27日收摊后拿着三天的货款去你们那里存到存折上。我承认身上有鱼腥味，干我们这行的没办法。可我刚把钱递进去，柜台里那个戴眼镜的男柜员就拿出一瓶空气清新剂，对着窗口“呲呲”喷了好几下，还跟旁边的人说“受不了受不了”。后面排队的人都笑了。
钱他是存了，可存完把存折从窗口底下一推就不理人。我在菜市场卖了二十年鱼，钱是干干净净挣来的，凭什么这样对我？我要他当面道个歉。
邱德旺
手机 138 5988 4102
2026年11月28日""",
      T(complainant="邱德旺", phones=("13859884102",), dates=("2026-11-27", "2026-11-28"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-28")),
    # why: the form she filled said the 15th; a clerk keyed the 1st, so it is a clerk's
    # mishandling (SVC), not a machine that failed (SYS).
    L("f22_svc_clerk_keyed_standing_rent_order_on_first_not_fifteenth", """明溪县支行：
本人魏婷，在县城开一家小服装店。2026年10月12日我到城东支行办了一个每月自动转房租给房东的业务，申请单上我亲手写的是“每月15日”，因为我的货款一般10号以后才回笼。
11月1日房租就被转走了，卡上的钱不够，同一天扣货款的一笔也没扣成，供货商那边说我拖欠，停了我一批冬装。我拿申请单去问，城东的柜员翻了半天才说是录入的时候写成了1号，一句“下个月改过来就好了”就打发我。
我损失的是一季的生意，请你们查清楚，给个说法。
魏婷
店里电话 0598-2861375 手机 151-6058-7723
2026年11月30日""",
      T(complainant="魏婷", phones=("0598-2861375", "15160587723"),
        dates=("2026-10-12", "2026-11-01", "2026-11-30"),
        units=("MX", "CD"), complained=("CD",), business="支付结算", cause=SVC,
        signed="2026-11-30")),
    # why: the other outlet replaced the same card on the identity card alone, so the demand for
    # a household register was one clerk's mishandling (SVC), not a rule applied as designed (RULE).
    L("f22_svc_clerk_demanded_household_register_for_card_replacement", """尊敬的明溪县支行领导：
我叫何建军，四川人，在明溪一个工地上开挖机。11月18日我工资卡丢了，去徐碧网点补卡，那个女柜员说外地人补卡必须拿老家的户口本来，不然补不了。我说户口本在四川老家，寄过来要一个礼拜，她说那就等一个礼拜。
我工友说不对，11月25日我请了半天假跑去燕西支行，人家看了我的身份证，二十分钟就补好了，什么户口本都没要。
同一个银行，两个说法，我白白耽误了一个礼拜，工资进不来，房租都是借的。希望徐碧网点那位柜员搞清楚规定再上岗。
何建军
+86-183 5981 0627
二〇二六年十二月一日""",
      T(complainant="何建军", phones=("18359810627",), dates=("2026-11-18", "2026-11-25", "2026-12-01"),
        units=("MX", "XB", "YX"), complained=("XB",), business="银行卡", cause=SVC,
        signed="2026-12-01")),

    # ---- SYS ----------------------------------------------------------------------------
    # why: no clerk typed the name — the self-service card machine could not print the rare
    # character and dropped it, so it is a failed machine (SYS), not a clerk's error (SVC).
    L("f22_sys_kiosk_dropped_rare_character_from_name_on_new_card", """城东支行：
我儿子叫吴䶮，今年读高三。2026年11月6日我带他到城东大厅的自助发卡机办一张借记卡，用来交艺考报名费。机器一路都没报错，可卡片和账户上的户名打出来是“吴?”，最后那个字变成了一个问号。
11月10日报名缴费，考试院那边核对户名对不上，钱退回来了，差点误了报名。大堂的人说是机器的字库里没有这个字，要我们去柜台重新弄。身份证上的字清清楚楚，机器认不出来是你们的事，请尽快改好，别再让别的孩子碰上。
家长 吴国梁
13906983352
2026年11月12日""",
      T(complainant="吴国梁", phones=("13906983352",), dates=("2026-11-06", "2026-11-10", "2026-11-12"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SYS,
        signed="2026-11-12")),
    L("f22_sys_quarterly_interest_posted_twice_then_reversed_took_premium_money", """明溪县支行：
我是退休工人黄木生，在你们明溪支行有个活期存折。9月21日结息，存折上打出来两笔一模一样的利息。我年纪大了，以为是国家给老人加的，也没多想。
10月9日你们电脑自己把多的那笔扣回去了，正好扣在我留着交医保的钱上，第二天医保扣款没扣成，社区打电话来说我断缴了。我去问，柜员说“是电脑结息出了毛病，全县好多人都这样”。
电脑出错是你们的事，为什么要我断缴？请你们出个证明给社保那边，把断缴改回来。
黄木生
家里电话 0598-2812046
2026年10月20日""",
      T(complainant="黄木生", phones=("0598-2812046",), dates=("2026-09-21", "2026-10-09", "2026-10-20"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=SYS,
        signed="2026-10-20")),
    L("f22_sys_app_voice_transfer_sent_to_other_contact_than_confirmed", """你们好：
我是曾秀琴，在外地做保姆，平时用你们的手机银行给老家婆婆转生活费。2026年11月19日晚上我用语音说“给王桂香转一千五”，确认页面上显示的也是王桂香，尾号也对，我才按的确认。
结果钱到了通讯录里另一个叫黄桂芳的人账上，是我以前的雇主。我打电话给客服，客服说后台记录收款人就是黄桂芳，和我看到的页面不一样，让我自己去找人家要。
我确认的是谁，钱就该去谁那里。请把这笔钱追回来，把手机银行的毛病修好。
曾秀琴  电话 187 0598 2264
2026年11月21日""",
      T(complainant="曾秀琴", phones=("18705982264",), dates=("2026-11-19", "2026-11-21"),
        units=(), complained=(), business="支付结算", cause=SYS,
        signed="2026-11-21")),

    # ---- RULE ---------------------------------------------------------------------------
    L("f22_rule_nephew_refused_to_pay_uncles_loan_instalment_in_cash", """燕西支行负责同志：
我叔叔严德发在你们那里贷了款养竹鼠，每月15号还款。这个月他胆囊手术住院，卡上钱不够，托我拿现金去替他还。11月15日我到柜台，柜员说贷款只能从借款人本人的还款卡扣，别人不能拿现金在柜台代还，要存进他的卡也得他本人或者带他的身份证原件来。
人躺在医院，身份证在住院部押着，我拿着钱还不进去，过了期还要算罚息、上征信。我知道你们有规定，可规定总要给病人留条路吧？请领导研究一下。
侄子 严国平
136 0598 7715
2026年11月17日""",
      T(complainant="严国平", phones=("13605987715",), dates=("2026-11-15", "2026-11-17"),
        units=("YX",), complained=("YX",), business="贷款", cause=RULE,
        signed="2026-11-17")),
    # why: she objects to the outlet's standing practice of granting no pause for illness, not
    # to a term of the contract they signed → a rule applied as designed (RULE), not CLAUSE.
    L("f22_rule_sick_carpenter_refused_instalment_pause_after_surgery", """明溪县支行领导：
我丈夫刘水旺是做木工的，去年在徐碧支行贷了六万块买木工机床。2026年8月3日他在工地上摔下来，腰椎做了手术，到现在还下不了地，家里没有收入。
我去徐碧申请让他停还三个月本金、只还利息，客户经理说我们这里没有因病缓还的做法，要么按时还，要么逾期。合同我翻了，里面也没说不能缓，是你们这边一直就这么办。
我们不是不还，是晚几个月还。别的银行听说都有困难客户缓一缓的办法，希望你们也能通融。
林春燕（刘水旺之妻）
电话：135 9898 0461
2026年11月26日""",
      T(complainant="林春燕", phones=("13598980461",), dates=("2026-08-03", "2026-11-26"),
        units=("MX", "XB"), complained=("XB",), business="贷款", cause=RULE,
        signed="2026-11-26")),
    L("f22_rule_mother_cannot_deposit_cash_dollars_into_sailors_account", """致明溪县支行：
我儿子在远洋船上当水手，一年回来一次。他这次走之前留了三千美元现钞在家，说让我帮他存进他在你们这里开的美元户头。
11月2日我先去了列西分理处，那里说不办外币，叫我去明溪支行。到了明溪支行，柜员说外币现钞存进别人的账户，必须本人来，亲属代存也不行，我拿着儿子的存折和他的身份证复印件都不行。
儿子要明年夏天才靠岸，三千美元放在我这个老太婆家里，我睡觉都不踏实。这样的规定能不能改一改？
张桂兰
电话０５９８－２８７３１０９""",
      T(complainant="张桂兰", phones=("0598-2873109",), dates=("--11-02",),
        units=("MX", "LJ"), complained=("MX",), business="外汇", cause=RULE,
        signed=None)),

    # ---- MKT ----------------------------------------------------------------------------
    L("f22_mkt_credit_card_said_needed_for_child_town_school_place", """城东支行：
2026年8月20日，你们城东的一个客户经理到我们小区门口摆摊，说县实验小学跟你们银行合作，孩子要进实验小学，家长得先办你们的信用卡，以后学费、伙食费都从信用卡里走，没有卡“名额会往后排”。
我儿子那年正好上一年级，我吓得当场就办了。后来去学校报名，老师说学校根本没这个要求，交学费用什么卡都行。现在这张卡每年还有年费，我从来不用。
拿孩子上学来吓家长，太不像话。请把卡给我销了，年费退回来，也请查查这个人。
家长 范立新
电话 153 5989 2071
2026年11月29日""",
      T(complainant="范立新", phones=("15359892071",), dates=("2026-08-20", "2026-11-29"),
        units=("CD",), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-11-29")),
    L("f22_mkt_annuity_said_to_qualify_for_public_rental_housing", """徐碧支行领导你们好：
我叫卢淑珍，退休前是环卫工，一直想申请县里的公租房。2026年6月15日我在徐碧网点存钱，大堂那个姑娘跟我说，买他们代卖的一份养老年金保险，交满五年，保险公司会出一张“养老保障证明”，申请公租房可以加分，排得靠前。
我信了，每年交一万二。上个礼拜我去住建局问，人家说公租房只看收入和住房，从来没有什么保险加分，叫我别上当。
我一年的退休金才两万多，这份保险我本来就不该买。请你们跟保险公司说，把钱退给我。
卢淑珍
手机：1 3 7 7 5 9 8 4 4 0 2
2026年11月23日""",
      T(complainant="卢淑珍", phones=("13775984402",), dates=("2026-06-15", "2026-11-23"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-11-23")),
    # why: the manager said aloud a false thing (that the product is paid out with the state
    # pension) — misrepresentation to sell (MKT), not mere silence on a fact (DISC).
    L("f22_mkt_pension_wealth_said_paid_out_with_state_pension", """明溪县支行：
2026年3月8日，你们个人金融部的一位女经理到我们村文化室讲课，说有一种“养老理财”，买了以后，每个月跟社保退休金一起打到存折上，“等于给退休金加了一截”，还说是政府和银行一起搞的。
我和老伴把卖茶叶的五万块都买了。这几个月退休金照常到，可从来没见多出一分钱。去问才知道，这是个一年半才到期的理财，中间不给钱，跟社保一点关系没有。
她在台上讲的话，全村人都听见了。我们不是不识字，是信了你们银行的人。请个金部给个交代。
傅长根  电话 0598-2790315
2026年11月20日""",
      T(complainant="傅长根", phones=("0598-2790315",), dates=("2026-03-08", "2026-11-20"),
        units=("MX", "PF"), complained=("PF",), business="自营理财", cause=MKT,
        signed="2026-11-20")),

    # ---- DISC ---------------------------------------------------------------------------
    # why: she does not dispute 200 yuan as the card's price; she objects that nobody said the
    # waiver depends on six purchases a year → silence on a material fact (DISC), not FEE.
    L("f22_disc_card_annual_fee_waiver_needs_six_swipes_untold", """城东支行：
去年年底我在城东办信用卡，办卡的小伙子说“首年免年费，以后也基本不用交”。我刚参加工作，没多问。
2026年11月8日账单上扣了200元年费。我打信用卡中心的电话，客服说免年费要一年刷满六次，不满六次就收，这是办卡时就定好的。
可是办卡时没有一个人跟我提过“六次”这两个字，宣传单上也找不到。要是早知道，我随便买几次菜就刷够了。我要求退回这200元。
孙悦
电话 188-5983-0917
2026年11月16日""",
      T(complainant="孙悦", phones=("18859830917",), dates=("2026-11-08", "2026-11-16"),
        units=("CD", "CARD"), complained=("CD",), business="银行卡", cause=DISC,
        signed="2026-11-16")),
    # dates: "上个月十号" is read against the signed date (2026-11-24) → 2026-10-10.
    L("f22_disc_matured_half_year_deposit_sat_at_demand_rate_untold", """列西分理处：
我替我父亲陈炳坤写这封信。他2025年12月10日在你们这里存了十万块半年定期，当时柜员只问了一句“存半年是吧”，别的什么也没说。
我们以为到期会自己接着存。上个月十号我陪他去取钱，才知道2026年6月10日到期以后就一直按活期算，四个多月利息少了好几百。柜员说存的时候没勾“自动转存”就不会转。
勾不勾这个东西，存的时候没人告诉我们，老人家哪知道有这一项？请把这几个月的利息按定期补上。
陈丽华
1 5 9 6 0 5 8 3 7 2 8
2026.11.24""",
      T(complainant="陈丽华", phones=("15960583728",),
        dates=("2025-12-10", "2026-10-10", "2026-06-10", "2026-11-24"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=DISC,
        signed="2026-11-24")),

    # ---- CHOICE -------------------------------------------------------------------------
    L("f22_choice_school_canteen_top_up_only_through_bank_credit_card_app", """徐碧网点：
2026年9月5日开学，徐碧网点的客户经理到我们学校家长会上说，今年起孩子的饭卡只能在你们的掌上银行里充值，而且要先绑一张你们的信用卡才能开通充值功能，借记卡不行。
我们家长有的只有一张工资卡，有的根本不想办信用卡。可是不办，孩子就吃不上饭，好几个家长只好当场填了表。
给孩子充饭钱是一回事，办信用卡是另一回事，为什么要捆在一起？请你们把借记卡充值开通，不想要信用卡的家长能把卡退掉。
一名二年级家长 郑海燕
电话 177 5980 6613
2026年11月27日""",
      T(complainant="郑海燕", phones=("17759806613",), dates=("2026-09-05", "2026-11-27"),
        units=("XB",), complained=("XB",), business="银行卡", cause=CHOICE,
        signed="2026-11-27")),
    # why: the cover was attached to his renewal by a pre-ticked box he never asked for — an
    # add-on without consent (CHOICE); the money went to that policy, not to a stranger (FUNDS).
    L("f22_choice_renewed_time_deposit_came_with_accident_cover_paid_from_interest", """明溪县支行：
我是王德全，今年七十三岁。二〇二六年十一月三日我的三年定期到期，到你们营业厅转存，柜员拿了一叠纸让我签，我眼神不好，她指哪里我签哪里。
回家儿子一看，转存单后面夹着一份意外险，保费368元直接从这次的利息里扣了，勾选框是打印好的“√”。我这辈子没要过什么意外险，也没人问过我要不要。
我只要存钱，不要保险。请把保险退了，利息还我。
王德全
电话：１３８５０８９３６１２
二〇二六年十一月二十日""",
      T(complainant="王德全", phones=("13850893612",), dates=("2026-11-03", "2026-11-20"),
        units=("MX",), complained=("MX",), business="银行代理业务", cause=CHOICE,
        signed="2026-11-20")),

    # ---- FEE ----------------------------------------------------------------------------
    # why: he accepts that the sleeping passbook had to be woken at the counter; what he objects
    # to is twenty yuan for doing it → the level of a charge (FEE), not the rule (RULE).
    L("f22_fee_dormant_passbook_reactivation_charged_twenty", """城东支行负责人：
我叫钟长发，在广东打了六年工，存折一直没动。11月16日我回来到城东支行取钱，柜员说存折太久不用，变成“睡眠户”，要先激活。这个我能理解，身份证也带了，激活就激活。
可激活完了扣我20块钱“激活手续费”。存折上总共才三百多块，一下子扣掉20，我问依据，她就指了指墙上的价目表。
让我跑一趟、签个字我认，可叫醒一个存折就要20块，太多了。请你们降下来，这20块退给我。
钟长发
132 5988 1045
2026年11月19日""",
      T(complainant="钟长发", phones=("13259881045",), dates=("2026-11-16", "2026-11-19"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=FEE,
        signed="2026-11-19")),
    L("f22_fee_otp_token_battery_swap_eighty", """致贵行：
本店刘记五金用贵行的企业网银付货款已经五年。11月4日动态口令牌没电了，屏幕不亮，到柜台换，被告知换一个口令牌要80元。
一颗纽扣电池几块钱，换个新的牌子80元，一年换一次就是80元。我们一个小店，一年付货款才几十笔，这个价钱实在太高。
请贵行重新核定口令牌更换的价钱，或者改成免费更换电池。
刘建华
刘记五金 电话 0598-2856620
2026年11月6日""",
      T(complainant="刘建华", phones=("0598-2856620",), dates=("2026-11-04", "2026-11-06"),
        units=(), complained=(), business="支付结算", cause=FEE,
        signed="2026-11-06")),

    # ---- RET ----------------------------------------------------------------------------
    L("f22_ret_crude_oil_qdii_fund_down_forty_percent", """燕西支行：
我是退休货车司机彭志远。2025年4月18日在你们燕西柜台买了一只投资国外原油的基金，十万块。买的时候合同、风险提示都签了，这我不赖。
可到现在亏了四成多，十万剩下不到六万。我开了一辈子车，就攒了这么点钱。油价跌了我知道，可跌成这样，你们卖的东西就没人管管吗？
我想问问有没有办法把本钱拿回来一些，或者你们帮我换一个稳当点的，别再亏下去了。
彭志远 电话 139 5986 4473
2026年11月22日""",
      T(complainant="彭志远", phones=("13959864473",), dates=("2025-04-18", "2026-11-22"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=RET,
        signed="2026-11-22")),
    # why: she says the clerk did tell her it could lose and claims no false promise; she
    # objects to the result of an undisputed sale → RET, not MKT.
    L("f22_ret_carbon_neutral_theme_wealth_ended_at_point_nine_three", """明溪县支行：
2025年11月12日我在徐碧支行买了你们自己发的一款“碳中和”主题理财，一年期，二十万。当时柜员说清楚了，是中等风险，有可能亏本，我也签了字。
2026年11月12日到期，只拿回来十八万六千，净值0.93。我没说谁骗了我，可一年下来一万四就没了，比放活期还差得远。我是开小超市的，这是进货的钱。
请你们看看能不能补一点，或者给我一个说法，这一年钱都花到哪里去了。
宋美玲
手机 158 6053 9920
2026年11月25日""",
      T(complainant="宋美玲", phones=("15860539920",), dates=("2025-11-12", "2026-11-12", "2026-11-25"),
        units=("MX", "XB"), complained=("XB",), business="自营理财", cause=RET,
        signed="2026-11-25")),

    # ---- CLAUSE -------------------------------------------------------------------------
    # why: the closing is written into the account agreement she signed and she objects to that
    # term itself → an unfair clause (CLAUSE), not a counter rule (RULE).
    L("f22_clause_savings_agreement_lets_bank_close_account_under_ten_yuan_and_keep_balance", """列西分理处：
我是在福州读大学的蔡雨涵，高中时在你们这里开了一个存折。2026年11月2日放假回来想用，柜员说账户已经被销掉了，里面剩的八块六毛也没了。
她把我当年签的开户协议翻出来给我看，上面写着：账户余额低于十元且一年没有交易的，银行可以销户，余额“作为账户管理费用归银行所有”。
我签字的时候才十六岁，谁会去读那么小的字？钱不多，可账户是我的，钱也是我的，一句话就归了你们，这样写合理吗？请把这一条改了，钱还给我。
蔡雨涵
QQ邮箱联系或电话 198 5981 7736
2026年11月9日""",
      T(complainant="蔡雨涵", phones=("19859817736",), dates=("2026-11-02", "2026-11-09"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=CLAUSE,
        signed="2026-11-09")),
    L("f22_clause_tea_stock_pledge_lets_bank_sell_at_own_price_without_notice", """明溪县支行信贷部门：
我是游春生，在县城开茶庄。2026年7月1日在城东支行用仓库里的茶叶做抵押，借了三十万周转。这两天办续贷，我才仔细看了抵押合同，第十二条写着：借款人逾期的，银行有权不经通知，按银行自行确定的价格处置抵押茶叶。
茶叶好坏差价十几倍，你们随便定个价卖掉，我一辈子攒的货就没了，连个招呼都不打。我按时还款，没有逾期，可这一条让我睡不着。
请把这一条改成先通知、按市价或者请第三方评估。不改我续贷都不敢签。
游春生  电话 0598-2818877
2026年11月18日""",
      T(complainant="游春生", phones=("0598-2818877",), dates=("2026-07-01", "2026-11-18"),
        units=("MX", "CD"), complained=("CD",), business="贷款", cause=CLAUSE,
        signed="2026-11-18")),

    # ---- FUNDS --------------------------------------------------------------------------
    # why: the money left without the customer's act — a look-alike drew it — so it is money
    # gone (FUNDS); the clerk's failure to check is how it happened, not what he objects to.
    L("f22_funds_twin_brother_drew_passbook_at_counter_on_look_alike_face", """明溪县支行领导：
我叫罗永福，存折是在徐碧网点开的。我有个双胞胎哥哥罗永禄，长得跟我一模一样，这几年赌钱，跟家里都断了来往。
10月29日他拿着偷去的我的存折，带着他自己的身份证，到燕西支行把我存折上的四万二全取走了。11月3日我去存钱才发现。我查了取款单，上面签的是“罗永福”，可身份证号是他的。
我的存折、我的钱，我本人没去，钱就没了。请你们把钱还给我，他那边你们和公安去找。
罗永福
电话 150 5988 2163 / 0598-2745018
2026年11月10日""",
      T(complainant="罗永福", phones=("15059882163", "0598-2745018"),
        dates=("2026-10-29", "2026-11-03", "2026-11-10"),
        units=("MX", "XB", "YX"), complained=("YX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-10")),
    L("f22_funds_card_charged_after_public_phone_charging_kiosk", """银行你好：
我是县一中的学生黎思琪。2026年11月14日放学，我在汽车站的共享充电柜上给手机充了半个小时电，当天晚上卡里就被分七笔刷走了一千三百多，是我妈给我的生活费。
我没点任何链接，没告诉任何人密码，验证码也没收到，手机一直在我手上。消费地点都是外省的网店，我一个都不认识。
请你们帮我把卡冻住，把钱追回来。
黎思琪
+86 199 5980 3316
2026年11月17日""",
      T(complainant="黎思琪", phones=("19959803316",), dates=("2026-11-14", "2026-11-17"),
        units=(), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-11-17")),

    # ---- DATA ---------------------------------------------------------------------------
    L("f22_data_widow_got_tombstone_sales_calls_after_closing_late_husbands_account", """明溪县支行：
我是杨志刚，替我母亲叶梅英反映。我父亲八月去世，9月26日我陪母亲到城东支行办我父亲存款的继承，交了死亡证明、户口本复印件。
从9月28日开始，我母亲每天接到卖墓地、卖骨灰盒、做法事的电话，张口就叫“叶阿姨节哀”，知道我父亲哪天走的、存款办在哪个网点。这些事我们家只跟你们城东支行讲过。
母亲本来就伤心，现在电话一响就发抖。请查清楚是谁把我们家的资料给了外人。
杨志刚
手机 186 5983 0278
2026年10月15日""",
      T(complainant="杨志刚", phones=("18659830278",), dates=("2026-09-26", "2026-09-28", "2026-10-15"),
        units=("MX", "CD"), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-10-15")),
    L("f22_data_loan_officer_left_farmers_loan_file_in_taxi", """列西分理处主任：
我叫兰国庆，种烟叶的，在你们那里申请了一笔农户贷款。11月11日下午有个出租车司机打电话给我，说他车上有人落下一个文件袋，里面有我的身份证复印件、户口本复印件、银行流水，还有我欠信用社多少钱，都写得清清楚楚，他是照着表上的电话打给我的。
后来才知道是你们的信贷员坐车下乡，把我的贷款材料忘在车上了。那司机还在村里跟人说我“欠了一屁股债”。
我的底细被一个不认识的人从头看到尾，还传到村里。请你们好好管管。
兰国庆 电话 1 3 5 0 5 9 8 7 3 3 0
2026年11月13日""",
      T(complainant="兰国庆", phones=("13505987330",), dates=("2026-11-11", "2026-11-13"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-13")),

    # ---- DEBT ---------------------------------------------------------------------------
    L("f22_debt_collector_sent_cash_on_delivery_parcel_of_arrears_notice_to_parents", """信用卡中心：
我叫温建平，信用卡欠了两个月没还，这个我认，正在想办法。
2026年11月5日，我乡下的父母收到一个到付快递，要付十五块钱才能拿。我爸七十多了，付了钱拆开一看，是一张“欠款催告书”，上面用红字印着我的名字、欠款数，还写着“再不还款将上门”。我妈当天就血压高住进了卫生院。
欠钱的是我，为什么让我父母花钱收这种东西？我工资卡在徐碧那边，该扣你们扣，请别再找我父母。
温建平
电话 136 9598 1207
2026年11月9日""",
      T(complainant="温建平", phones=("13695981207",), dates=("2026-11-05", "2026-11-09"),
        units=("CARD", "XB"), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-09")),
    # why: she admits the arrears; what she objects to is how they are chased — messages to her
    # pupils' parents — so it is DEBT, though her details went out with it (not DATA).
    L("f22_debt_collector_messaged_piano_teachers_pupils_parents", """城东支行：
本人钱思远，在家里教小孩弹钢琴。我在城东支行的经营贷款逾期了一期，2026年11月20日已经和客户经理说好月底前还上。
11月21日晚上，有五六个学生家长来问我是不是欠了银行钱要跑路。原来是你们催款的人加了我朋友圈里学生家长的微信，一个个发消息，说“钱老师欠款逾期，请提醒她尽快还款，否则影响孩子上课”。
第二天就有两个家长不让孩子来了。我欠的钱我会还，可你们不能砸我的饭碗。请马上停止。
钱思远
电话：139-5987-4410
2026年11月23日""",
      T(complainant="钱思远", phones=("13959874410",), dates=("2026-11-20", "2026-11-21", "2026-11-23"),
        units=("CD",), complained=("CD",), business="债务催收", cause=DEBT,
        signed="2026-11-23")),

    # ---- OTHER --------------------------------------------------------------------------
    L("f22_other_outlet_flagpole_halyard_clangs_all_night", """燕西支行的领导：
我是住在你们网点后面宿舍楼三楼的退休教师。你们门口那三根旗杆，晚上降了旗以后绳子没绑紧，一起风，绳子上的铁扣就一下一下打在旗杆上，“当、当、当”，响一整夜。
这个月起北风，我已经连着好多天睡不好觉，吃了安眠药都没用。跟你们保安说过两次，他说这不归他管。
只要晚上把绳子绑紧就行，一分钱不用花。麻烦你们安排一下。
肖兰芳
家里电话 0598-2769931
2026年11月15日""",
      T(complainant="肖兰芳", phones=("0598-2769931",), dates=("2026-11-15",),
        units=("YX",), complained=("YX",), business="其他", cause=OTHER,
        signed="2026-11-15")),
    L("f22_other_outlet_downpipe_pours_onto_noodle_shop_awning", """明溪支行：
我是你们营业部隔壁开拌面店的。你们楼顶的落水管接到一半就断了，一下雨，楼顶的水全冲到我店门口的雨棚上。2026年10月28日那场大雨，雨棚被压塌了一角，水灌进店里，冰柜泡了水，那天的生意也没法做。
去年就跟你们后勤说过，一直没人来修。请把落水管接好，雨棚和冰柜的损失也请你们看一看。
隔壁拌面店 邓师傅
电话 135-0598-6627
二〇二六年十一月五日""",
      T(complainant="邓师傅", phones=("13505986627",), dates=("2026-10-28", "2026-11-05"),
        units=("MX",), complained=("MX",), business="其他", cause=OTHER,
        signed="2026-11-05")),
)
