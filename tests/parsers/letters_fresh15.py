"""A fifteenth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh15`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read: the module docstring and first two
letters of letters_fresh11.py for the format and the labelling rules; the `Truth`/`HeldOutLetter`/
`heldout_directory` definitions and the cause constants of letters_heldout.py (the view of that
file's head also showed, by accident, the first letter of its TUNE part, about an elderly mother
shouted at when drawing her pension); and the list of earlier letter ids, whose situations are
avoided. Written outside the repository, at /tmp/fresh15.

Each letter carries what a careful clerk would record, labelled by these rules:
the rules written out in letters_fresh11.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No letter names its cause with the words of the cause's label.

Dates are listed in the order the letter first states them. The hard letters (two plausible
causes) each carry a `# why:` comment naming the deciding rule. Written outside the repository, at
/tmp/fresh15.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting shipped then (1,207 examples, FRESH14 and FORMS4 among
them, `d1985bb`), fixed before this set was read: cause 96.7 % (29/30), the rules alone 56.7 %
(17/30); business 90.0 %; unit found or triage 100 % (24 right, 6 triage, 0 wrong);
complainant 96.4 % / 93.1 %; fields 98.4 % / 98.4 %; signed date 100 %; mojibake 0.
Then trained on, with FORMS5 (the 1,285-example weighting).
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH15: tuple[L, ...] = (
    L("f15_svc_fisherman_sent_to_dry_wet_notes_on_the_steps", """明溪县支行领导：
我是岛尾村打鱼的，姓韦，大字不识几个，这信是我侄子帮我写的。
十一月十二号早上我从船上下来，把这一季卖鱼的钱三万多块拿到东门网点存。钱是装在塑料袋里的，有点潮，有点腥味，这我承认。那个戴眼镜的男柜员捏着鼻子说“你这钱臭死了，拿出去晒干再来”，叫保安把我请到门口台阶上，我蹲在太阳底下一张一张摊开晒了一个多钟头，过路的人都在看笑话。
钱是真钱，潮一点点钞机一样能过，别的银行从来没这样对过我们打鱼的。我要那个柜员给我赔个不是。
韦先生  电话 137-5986-2041
2026.11.14""",
      T(complainant="韦先生", phones=("13759862041",), dates=("2026-11-12", "2026-11-14"),
        units=("MX", "CD"), complained=("CD",), business="人民币管理", cause=SVC,
        signed="2026-11-14")),
    # why: the system offered both a yen and a yuan sub-account; the clerk picked the wrong one
    # by hand, so it is a clerk's mishandling (SVC), not a failed system (SYS).
    L("f15_svc_clerk_sold_returnees_yen_into_yuan_subaccount", """个金部：
本人冯建军，在日本静冈一家水产加工厂做了三年研修生，今年十月回国。我的卡是在徐碧支行开的，但回来后住在燕西那边，就近在燕西支行办事。
10月28日我把带回来的一百二十万日元现钞存进卡里，明确跟柜员说存日元，以后还要用日元还那边朋友的钱。结果第二个月查账，钱已经是人民币了，柜员把它结汇进了人民币户头，当天汇率比我存时低了一截，一来一回亏了两千多块。
燕西支行说单子上是我签的字，可那张单子是柜员打好让我签的，上面全是我看不懂的代码。我要求把钱按存入当天的汇率恢复成日元。
冯建军
手机：１３６５９８０７７２４
2026年11月30日""",
      T(complainant="冯建军", phones=("13659807724",), dates=("2026-10-28", "2026-11-30"),
        units=("PF", "XB", "YX"), complained=("YX",), business="外汇", cause=SVC,
        signed="2026-11-30")),
    L("f15_svc_loan_officer_left_boat_engine_loan_file_in_drawer", """致列西分理处主任：
九月二十六日我到列西交了船用柴油机的贷款申请，资料一样不少，信贷员小吴说半个月给回音。我等到十月底没消息，打电话去问，他说“在审了在审了”。十一月十八日我自己跑去，他当着我的面从抽屉里翻出我那袋资料，原来一直没往上送，连登记都没登记。
柴油机厂的优惠价十一月底就截止了，现在多花了六千块。人家是忙，可几十天把人家的申请压在抽屉里不管，这叫什么办事？
渔民 赖水生 0598-6632718
二〇二六年十一月二十日""",
      T(complainant="赖水生", phones=("0598-6632718",), dates=("2026-09-26", "2026-11-18", "2026-11-20"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=SVC,
        signed="2026-11-20")),
    # why: the keypad's "5" did not register, so the PIN was wrong through no one's keying — a
    # failed device (SYS); the teller only applied the lock the system imposed.
    L("f15_sys_counter_pin_pad_five_key_dead_card_locked", """城东支行负责人：
11月6日下午我去城东支行柜台取钱给工人发工资，密码里有两个5。柜台外面那个输密码的小键盘，5那个键按下去没反应，我连按三次都说密码错误，卡就锁了。柜员拿过去自己一按也发现5键坏了，才换了一个键盘，可卡已经锁死，要我带身份证第二天再来解锁。
工人在工地等了一下午没拿到钱，我又多跑了一趟。坏了的东西为什么还摆在柜台上？
包工头 饶海东
电话 +86 189 5983 6610
2026年11月8日""",
      T(complainant="饶海东", phones=("18959836610",), dates=("2026-11-06", "2026-11-08"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SYS,
        signed="2026-11-08")),
    # why: the teller said the cross-bank channel broke after the weekend upgrade — a failed
    # system (SYS), not a review hold applied as designed (RULE).
    L("f15_sys_hospital_wire_pending_three_days_after_upgrade", """尊敬的明溪支行领导：
我父亲在省立医院等着做心脏搭桥，医院让先交八万押金。12月1日上午我在你们明溪支行柜台汇款到医院账户，柜员办完说当天到。结果医院一直说没收到，我打了几次电话，你们说是“周末升级以后跨行通道出了故障，汇款挂在那里了”，一直到12月4日下午才到账。
这三天我父亲的手术排期被往后挪，我在医院走廊里急得团团转。自己的线路出毛病你们事先不知道吗？出了问题也没人主动告诉我。
儿子 上官明
13850597731
2026年12月5日""",
      T(complainant="上官明", phones=("13850597731",), dates=("2026-12-01", "2026-12-04", "2026-12-05"),
        units=("MX",), complained=("MX",), business="支付结算", cause=SYS,
        signed="2026-12-05")),
    L("f15_rule_carer_cannot_draw_disabled_mans_allowance_without_court_order", """明溪县支行个人金融部：
我叫林美凤，是残疾人朱小龙的护理员，受他哥哥委托照顾他已经四年。小龙智力二级残疾，自己不会说清楚话，他的残疾人补贴每月打到他在列西分理处办的卡上。
以前他母亲在世时都是母亲带他去取。今年母亲去世，我和他哥哥带着残联的证明、村委会的证明去取钱，列西分理处说规定必须要法院认定的监护人才能代办，残联证明不算。去法院走程序要几个月，这几个月小龙吃药、尿不湿的钱从哪里来？
规定我们理解，但这样的人家总该有个办法。
护理员 林美凤  0598-7125509
2026年10月17日""",
      T(complainant="林美凤", phones=("0598-7125509",), dates=("2026-10-17",),
        units=("MX", "PF", "LJ"), complained=("LJ",), business="银行卡", cause=RULE,
        signed="2026-10-17")),
    L("f15_rule_retired_cadre_refused_son_as_joint_holder_of_deposit", """徐碧支行：
我是县农业局退休干部，今年八十一岁。十一月二日我到徐碧网点，想把自己名下二十万定期存单改成我和儿子两个人的名字，将来我走了他取钱方便，免得跑公证。你们的大堂经理和柜员都说银行没有这种“联名存单”，一张存单只能一个户主，只能叫我写遗嘱或者办代理。
我在机关干了一辈子，知道规矩是人定的。外国银行都有联名账户，我们为什么不行？请给我一个书面答复。
离休老干部 郑卫国
联系电话：0598-2278316
2026年11月4日""",
      T(complainant="郑卫国", phones=("0598-2278316",), dates=("2026-11-02", "2026-11-04"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-11-04")),
    # why: the clerk did what the loan rules say (a boat pledged must be registered in the
    # county), so it is a rule applied as designed (RULE), not a clerk's mishandling (SVC).
    L("f15_rule_fishing_boat_registered_next_county_refused_as_pledge", """你好，
我是罗阿强，船是三年前从隔壁县买的二手船，船籍港还挂在那边没转过来。今年十月我拿船去燕西支行想抵押贷十五万修船，信贷员说你们的贷款办法规定抵押船只必须在本县登记，外县的船一律不收，叫我先去转籍。转籍要停港检验两个月，正好是冬汛，我等不起。
船就停在我们这个港，人也是本地人，就因为一张纸上写着外县，就不借。希望领导看看这个规定是不是该变通。
罗阿强
15080511937
2026/11/22""",
      T(complainant="罗阿强", phones=("15080511937",), dates=("2026-11-22",),
        units=("YX",), complained=("YX",), business="贷款", cause=RULE,
        signed="2026-11-22")),
    L("f15_mkt_cage_policy_said_to_pay_for_typhoon_losses", """明溪支行领导：
今年六月我在城东支行存钱，理财经理向我推荐一份保险，说是“渔排保障计划”，一年交四千八，台风把网箱打烂了照样赔，最高赔二十万。她当时拍胸口说“台风就是最大的风险，保的就是这个”。
九月十四日台风过后我的网箱全散了，鱼跑光，找保险公司理赔，人家说这个是人身意外险，只保我本人摔伤落水，网箱根本不在范围里。我去问那个理财经理，她说她记错了。
我不懂保险，就是听了银行的人才买的。请你们把这四千八退给我。
养殖户 阮金福  电话 132 5981 0473
2026年10月9日""",
      T(complainant="阮金福", phones=("13259810473",), dates=("2026-09-14", "2026-10-09"),
        units=("MX", "CD"), complained=("CD",), business="银行代理业务", cause=MKT,
        signed="2026-10-09")),
    # why: the officer told her something false to make the loan (no payment until the new
    # hall opens) — misrepresentation to sell (MKT), not mere silence on the schedule (DISC).
    L("f15_mkt_stall_loan_said_no_payment_until_new_market_hall_opens", """我是菜市场卖干货的，叫马秀珍，今年五十三了。
八月份菜市场拆了重建，我们都搬到临时棚里。你们徐碧的客户经理跑到棚里来，说现在贷款装修新摊位最划算，还款要等新市场大楼开张以后才开始，“现在一分钱不用还”。我就贷了五万。
结果九月二十日起每个月扣我一千多，新大楼到现在地基都没打好。我去问，她说合同上写着按月还，当初是我听错了。一个棚子里好几家都是听她这么说的，不是我一个人听错。
马秀珍  电话１５９-８０５９-３３６２
2026年11月27日""",
      T(complainant="马秀珍", phones=("15980593362",), dates=("2026-09-20", "2026-11-27"),
        units=("XB",), complained=("XB",), business="贷款", cause=MKT,
        signed="2026-11-27")),
    L("f15_disc_education_savings_needs_school_proof_at_withdrawal_untold", """尊敬的领导：
我女儿今年考上大学，我2023年在明溪县支行给她办的三年期教育储蓄，今年9月3日到期去取。柜员说要按教育储蓄优惠利率和免税，必须带学校开的录取或在读证明，没有就只能按普通存款算。
我当时办的时候问过这个存款有什么讲究，柜员一句也没提要学校证明。现在女儿已经到福州上学了，证明要她学校盖章寄回来。早说我就提前准备好了。这么要紧的事，办的时候为什么不讲？
家长 吴丽华
电话：0598-5823076
2026年9月5日""",
      T(complainant="吴丽华", phones=("0598-5823076",), dates=("2026-09-03", "2026-09-05"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=DISC,
        signed="2026-09-05")),
    # why: nobody told him anything false; the officer only left out that the interest subsidy
    # ends unless a business licence is taken out within six months — silence (DISC), not
    # misrepresentation (MKT).
    L("f15_disc_graduate_startup_loan_subsidy_lost_without_licence_deadline", """个人金融部老师您好：
我是今年毕业回乡创业的大学生廖思远，在村里搞电商卖笋干。四月份在永安燕西支行办了大学生创业贴息贷款十万元，当时客户经理讲得很细，利息政府贴一半，每月还多少都算给我听了。
十月份扣息突然翻倍，一问才知道：贷款后六个月内必须办好营业执照，否则贴息取消。我用的是个人网店，一直以为不用执照。合同附件里确实有这一条，可是那么厚一沓，签的时候客户经理只说“签这里”，这一条一个字都没提。早知道我五月就去办了。
廖思远  18750592286
2026年11月10日""",
      T(complainant="廖思远", phones=("18750592286",), dates=("2026-11-10",),
        units=("PF", "YX"), complained=("YX",), business="贷款", cause=DISC,
        signed="2026-11-10")),
    L("f15_choice_clinic_account_came_with_monthly_gold_accumulation", """致列西分理处：
我是村卫生所的乡村医生江德明。今年七月在列西给卫生所开了个人经营账户收医保和诊费。十一月对账，发现每月十号账户被扣一千元，查下来是一个“积存金定投”，已经扣了四个月，买了五六克金子。
我从来没说要买黄金，开户时柜员让我在平板上签了好几次名，大概是那时候一起签进去的。我们卫生所的钱是要付药款的，哪来闲钱买金子。请你们把定投停掉，金子按买入价退钱给我。
江德明
电话：138 5059 4407
2026年11月19日""",
      T(complainant="江德明", phones=("13850594407",), dates=("2026-11-19",),
        units=("LJ",), complained=("LJ",), business="贵金属", cause=CHOICE,
        signed="2026-11-19")),
    # why: what he objects to is being made to take the SMS fee service and a token he did not
    # ask for in order to get the renewed card — an add-on without consent (CHOICE), not the
    # level of the fee (FEE).
    L("f15_choice_fuel_subsidy_card_renewed_only_with_paid_token_and_sms", """领导：
我们村十几条渔船的燃油补贴都打在一张补贴卡上。我的卡到期了，12月2日去东门网点换新卡，柜员说换卡必须同时开通短信提醒（每月两块）和手机银行U盾（六十块），不开就不给换。我说我在海上手机常年没信号，要这些干什么，她说“系统里就是绑在一起的”。
我只是要一张能领补贴的卡，为什么要搭这么多东西？
船老大 欧阳伟
0598—6650124
2026年12月3日""",
      T(complainant="欧阳伟", phones=("0598-6650124",), dates=("2026-12-02", "2026-12-03"),
        units=("CD",), complained=("CD",), business="银行卡", cause=CHOICE,
        signed="2026-12-03")),
    L("f15_fee_life_certificate_for_foreign_pension_two_hundred", """致徐碧支行：
本人魏振华，在新加坡造船厂干了二十二年，退休回国。那边的公积金养老金每年要交一次“生存证明”，需要银行职员当面见证签字。以前在新加坡免费，回来后我今年10月15日在徐碧支行办，就是看看我本人、在表格上签个字盖个章，五分钟的事，收了我两百元“见证费”。
我问别的地方，有的银行五十，有的不收。一年一次、一次两百，对我们退休的人不是小数目。这个价钱是怎么定出来的？
魏振华
电话 +86-159-5988-1302
2026年10月20日""",
      T(complainant="魏振华", phones=("15959881302",), dates=("2026-10-15", "2026-10-20"),
        units=("XB",), complained=("XB",), business="其他中间业务", cause=FEE,
        signed="2026-10-20")),
    # why: the outlet did exchange the flood-stained notes as the rules allow; what she objects
    # to is the handling charge taken for it — the level of a charge (FEE), not the rule (RULE).
    L("f15_fee_flood_stained_notes_exchanged_at_a_handling_charge", """明溪县支行：
今年七月发大水，我家杂货店被淹，抽屉里一万多块现金泡了水，晒干后都是黄斑，有的粘在一起。8月6日我拿到燕西支行去换，柜员一张张看了，说都能全额换，但要收百分之一的“污损币清点手续费”，一百一十多块。
电视上说过残缺污损的钱银行是免费兑换的。我们遭了灾已经够惨，连换个钱还要被扣钱。请查一查这个费该不该收，该退的退给我。
杂货店 黄桂英
电话 135 0598 2673
2026年8月10日""",
      T(complainant="黄桂英", phones=("13505982673",), dates=("2026-08-06", "2026-08-10"),
        units=("MX", "YX"), complained=("YX",), business="人民币管理", cause=FEE,
        signed="2026-08-10")),
    L("f15_fee_gold_bar_buyback_fifteen_yuan_a_gram_below_price", """个金部负责同志：
我儿子结婚时在城东支行买的两根50克金条，现在家里急用钱想卖回去。11月25日去问，当天金价每克六百多，你们回购价每克要扣十五块“回购手续费”，一百克就是一千五。我们村里的金店才扣三块一克。
当初买的时候你们说本行金条“随时可以回购”，回购是可以，可这个扣法比外面金店狠多了。请你们说说这十五块是怎么算出来的。
陈水英（代笔：孙子陈浩）  电话 13799590482
二〇二六年十一月二十八日""",
      T(complainant="陈水英", phones=("13799590482",), dates=("2026-11-25", "2026-11-28"),
        units=("PF", "CD"), complained=("CD",), business="贵金属", cause=FEE,
        signed="2026-11-28")),
    L("f15_ret_students_scholarship_in_seven_day_product_earned_pennies", """您好，我是在读大学生周子涵，写这封信想反映一下我买的理财。
今年三月我拿到一万元奖学金，在你们手机银行上买了本行的“天天盈七天”理财，当时页面上说近七日年化2.8%，我看了风险说明，知道不保证。可到十月底赎回，八个月只赚了七十六块，折算下来一年1.1%左右，还不如存定期。
我不是说银行骗我，东西是我自己点的，就是觉得赚得也太少了，这种产品还放在首页推荐给学生合适吗？
学生 周子涵
电话：19859800315
2026年11月3日""",
      T(complainant="周子涵", phones=("19859800315",), dates=("2026-11-03",),
        units=(), complained=(), business="自营理财", cause=RET,
        signed="2026-11-03")),
    # why: he says plainly the sale was fair and the risk was explained; his grievance is only the
    # result of the fund — the return of an undisputed sale (RET), not the selling (MKT).
    L("f15_ret_cadres_agency_bond_fund_below_principal_after_two_years", """明溪县支行行长同志：
我是县教育局退休干部孙德昌。2024年4月12日在你们行代销买了一只基金公司的纯债基金二十万，说明书、风险测评都是我自己一条一条看过的，工作人员也讲了债券基金会有波动，这点我不怪任何人。
可是两年多了，到今年十一月净值还在一块钱以下，二十万变成十九万六。买的时候说的是“稳健”，我也知道不是保本，但两年多一分钱没赚还亏，实在想不通。请你们帮我问问基金公司，这只基金以后怎么办。
孙德昌
0598-2219045
2026年11月16日""",
      T(complainant="孙德昌", phones=("0598-2219045",), dates=("2024-04-12", "2026-11-16"),
        units=("MX",), complained=("MX",), business="银行代理业务", cause=RET,
        signed="2026-11-16")),
    L("f15_clause_vendor_bears_every_chargeback_from_any_of_her_accounts", """致城东支行：
我在农贸市场卖水果，去年在你们那里办了收款码和刷卡机。上个月有个顾客说他的卡被盗刷，在我这里刷了两千多的水果，结果你们直接从我在你们行的私人储蓄账户里扣走了两千三。
我去问，你们把商户协议翻给我看，第十四条写着“一切交易争议由商户承担，银行有权从商户在本行开立的任何账户直接扣划，无需另行通知”。我一个卖水果的，顾客的卡是不是盗刷我怎么知道？凭什么全算我的？还是从我存着给孙子上学的钱里扣。这一条太霸道，请你们改。
水果摊 蔡阿姨（蔡月娥）  手机 1 5 8 5 9 8 3 4 0 1 7
2026年10月29日""",
      T(complainant="蔡月娥", phones=("15859834017",), dates=("2026-10-29",),
        units=("CD",), complained=("CD",), business="支付结算", cause=CLAUSE,
        signed="2026-10-29")),
    # why: he objects to the term that makes the yearly fee run from issue rather than from
    # activation, not to the fee's level — an unfair clause (CLAUSE), not pricing (FEE).
    L("f15_clause_credit_card_fee_runs_from_issue_not_activation", """信用卡中心：
我是大三学生，去年迎新时在学校门口的摊位上办了一张你们的信用卡，卡寄到宿舍后我一直没有激活，放在抽屉里。今年11月我收到短信说欠年费两百元已逾期。
我打电话问，客服说领用合约第九条写明“年费自卡片核发之日起计收，无论是否激活”。一张没有激活、一次没用过的卡也要收年费，还要算逾期，这种约定是怎么定出来的？我当时在摊位上签字根本没人给我看这些。
学生 钟浩然
电话：177 5982 0936
2026年11月21日""",
      T(complainant="钟浩然", phones=("17759820936",), dates=("2026-11-21",),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE,
        signed="2026-11-21")),
    L("f15_funds_card_activated_by_roommate_with_last_four_digits", """尊敬的信用卡中心：
我是在外地读书的学生刘佳琪，卡是暑假在徐碧支行申请的，寄到学校宿舍。十月八号我回宿舍发现信封被拆了，卡不见了。我马上打电话挂失，客服说这张卡十月六号已经通过电话激活，还在网上消费了四千六百元。
激活只问了身份证后四位和生日，我的室友都知道。卡我一天都没拿到，钱不是我花的，为什么要我还？请查清楚，把这四千六从我账上撤掉。
刘佳琪
手机：１８０５９８１４４７３
2026年10月12日""",
      T(complainant="刘佳琪", phones=("18059814473",), dates=("2026-10-08", "2026-10-06", "2026-10-12"),
        units=("CARD", "XB"), complained=("CARD",), business="银行卡", cause=FUNDS,
        signed="2026-10-12")),
    # why: he blames "your system", but no machine failed in his sight: the dollars left without
    # any act of his — money gone without the customer's act (FUNDS), not a failed system (SYS);
    # no outlet did anything (明溪支行 is only where he reported it), so complained is empty.
    L("f15_funds_returnees_dollars_sold_and_moved_while_phone_was_in_hand", """明溪支行：
我叫曾志明，在安哥拉修路八年，今年九月回来，带回的美元都存在你们行。
11月3日半夜我的手机一直在枕头边，早上起来看到短信：我的一万五千美元被分三笔结汇成人民币，再转到三个不认识的外省账户。我没有点过任何链接，也没有告诉过谁密码，手机也没丢。当天一早我就到明溪支行报了案，派出所也立了案。
八年的血汗钱一夜没了，我一个操作都没有做，钱是从你们的系统里被弄走的。请银行负责追回。
曾志明  电话 186 0598 7215
2026年11月6日""",
      T(complainant="曾志明", phones=("18605987215",), dates=("2026-11-03", "2026-11-06"),
        units=("MX",), complained=(), business="外汇", cause=FUNDS,
        signed="2026-11-06")),
    # why: the money left her account without any act of hers — the loss itself decides
    # (FUNDS), whatever the merger of the system that caused it (SYS).
    L("f15_funds_time_deposit_moved_to_namesake_in_outlet_merger", """个人金融部：
我叫张秀兰，我的五万元三年定期一直在列西存着。今年列西分理处的业务并到城东支行，说存单照样有效。12月1日存单到期我去城东支行取，柜员说这张存单已经在十月份“转存后支取”了，取钱的人也叫张秀兰，是另一个村的。
我的存单一直锁在家里，从来没给过别人。你们并网点时把两个张秀兰弄混了，钱被别人取走，我一分没拿到。请马上把我的钱还给我。
张秀兰（女，六十七岁）
电话：0598-6621387
2026年12月3日""",
      T(complainant="张秀兰", phones=("0598-6621387",), dates=("2026-12-01", "2026-12-03"),
        units=("PF", "LJ", "CD"), complained=("CD",), business="人民币储蓄", cause=FUNDS,
        signed="2026-12-03")),
    L("f15_data_cadres_pension_amounts_sent_to_old_unit_for_reunion_fund", """明溪县支行党委：
我们是县水利局的退休人员，养老金都由你们行代发。今年十月局里老干部科搞退休人员联谊会募捐，发到群里的一张表上，列着我们三十多个人每个月的养老金数额和卡号后四位，表头写着“代发行提供”。
老干部科的人说是托徐碧支行的熟人拉的。各人拿多少钱是各人的私事，现在全局都在议论谁多谁少。银行怎么能把储户的底细随便给出去？请调查，给个说法。
退休干部 何国栋（代表三十二名退休人员）
联系电话 13906983152
2026年10月25日""",
      T(complainant="何国栋", phones=("13906983152",), dates=("2026-10-25",),
        units=("MX", "XB"), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-10-25")),
    L("f15_data_vendors_face_and_payment_code_on_outlet_poster", """燕西支行：
我在燕西街口卖烧饼，收款码是你们行的。上个月你们的人来拍照，说是做“商户回访”。结果十一月你们网点门口立了一块大展板，“我行优质商户”，上面是我的大头照、我的全名、收款码，还有我的手机号码。
现在天天有人打电话来推销贷款，还有人照着码给我转一分钱加好友。我从来没同意你们把我的照片和电话登出去。请把展板撤掉，把我的照片和电话撤下来。
烧饼摊 邓春花
电话：15259887704
12月2日""",
      T(complainant="邓春花", phones=("15259887704",), dates=("--12-02",),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="--12-02")),
    L("f15_debt_card_collector_broadcast_on_fishing_fleet_radio", """信用卡中心领导：
我承认我的信用卡欠了三万多没还上，今年鱼不好打，我在想办法。
可是十一月九日我们船队在外海作业的时候，你们委托来讨账的人不知道从哪里弄到了我们船队的对讲频道，在频道里喊我的名字，说“某某欠银行钱不还，是老赖，谁跟他合伙谁倒霉”。一个频道上二十几条船都听见了，回港后船东说要把我换掉。
欠钱我会还，但不能这样让我在整个船队抬不起头。
陈海龙
手机 182-5985-0613
2026年11月13日""",
      T(complainant="陈海龙", phones=("18259850613",), dates=("2026-11-09", "2026-11-13"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-13")),
    # why: he admits the arrears; the grievance is the collector posing as a social-security
    # official to frighten him — how a debt is chased (DEBT), not his data (DATA).
    L("f15_debt_collector_posed_as_social_security_to_stop_pension", """致明溪县支行：
我父亲邹老汉七十二岁，五年前替我叔叔在你们城东支行的贷款做了担保，叔叔没还清，这事我们认，正在和行里商量分期。
11月20日有人打电话到我父亲家，自称是县社保局的，说“因为你担保的贷款没还，社保局要停发你的养老金，三天内不还清就停”。我父亲吓得血压升高住了院。后来我问到社保局，根本没打过这个电话，号码查下来是城东支行委托收账的一家公司。
该还多少我们会还，但冒充政府吓唬一个七十多岁的老人，太过分了。
儿子 邹建平
电话 0598-5836652 / 13605985147
2026年11月24日""",
      T(complainant="邹建平", phones=("0598-5836652", "13605985147"), dates=("2026-11-20", "2026-11-24"),
        units=("MX", "CD"), complained=("CD",), business="债务催收", cause=DEBT,
        signed="2026-11-24")),
    L("f15_other_bank_fun_run_closed_market_street_without_notice", """明溪县支行办公室：
11月15日星期天，你们行搞了个“健康跑”活动，从县支行门口一直跑到江滨公园。早上六点就有人把菜市场那条街两头拦了，我们摊贩的三轮车进不去，一上午生意全泡汤。事先没有贴通知，也没有跟市场管理处打招呼，拦路的人说是“银行包下来的”。
我们卖菜的一天不出摊就少一天饭钱。希望以后搞活动先告诉我们一声。
摊贩代表 潘老四
电话 139-0598-3371
2026年11月16日""",
      T(complainant=None, phones=("13905983371",), dates=("2026-11-15", "2026-11-16"),
        units=("MX",), complained=("MX",), business="其他", cause=OTHER,
        signed="2026-11-16")),
    # why: she has no account, product or service at stake; the noise of staff rehearsing is a
    # neighbour's nuisance — nothing about a financial service to her (OTHER).
    L("f15_other_staff_choir_rehearses_after_hours_over_nightshift_nurse", """徐碧支行领导：
我住在你们网点楼上，在县医院上夜班，白天要睡觉。从十月中旬开始，你们员工每天下午五点半下班后在营业厅里练合唱，说是为年底行里的比赛准备，音响开得很大，一唱就是两个钟头，我下午根本睡不着，晚上上班头昏眼花。
上楼跟你们说过两次，保安说“领导安排的”。我不是你们的客户，也不想找麻烦，只希望你们换个地方练，或者把音响关小。
护士 谢晓燕  电话：18850576629
2026年11月26日""",
      T(complainant="谢晓燕", phones=("18850576629",), dates=("2026-11-26",),
        units=("XB",), complained=("XB",), business="其他", cause=OTHER,
        signed="2026-11-26")),
)
