"""A seventeenth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh17`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read only: the module docstring and the first
two letters of letters_fresh11.py (for the format and the labelling rules), the
`Truth`/`HeldOutLetter`/`heldout_directory` definitions and the cause constants of
letters_heldout.py (its lines 1-67), /work/helper-rules.md, and the list of earlier letter ids,
whose situations are avoided. Written outside the repository, at /tmp/fresh17. This set leans on
which unit a letter is about: most letters name two or three units.

Each letter carries what a careful clerk would record, labelled by these rules:
the rules written out in letters_fresh11.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No letter names its cause with the words of the cause's label.

Dates are listed in the order the letter first states them. The hard letters (two plausible
causes) each carry a `# why:` comment naming the deciding rule. Written outside the repository, at
/tmp/fresh17. Its writer was asked to make most letters name two or three units (addressee,
where an account was opened, compared with, where the writer only asked or found out, "你们那"),
shapes the unit rules had just been fixed for — so it leans toward them, though written blind.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`f5c5f46`, 1,285 examples): cause
90.0 % (27/30), the rules alone 43.3 % (13/30); business 90.0 %; unit found or triage 90.0 %
(21 right, 6 triage, 3 wrong); complainant 96.7 % / 96.7 %; fields 96.2 % / 97.6 %; signed date
100 %; mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH17: tuple[L, ...] = (
    L("f17_svc_rider_card_replacement_form_thrown_back_three_times", """明溪县支行领导：
我是送外卖的骑手罗建斌，工资卡11月3日丢了，11月6日中午抽空穿着工作服去城东支行补卡。窗口那位男柜员看我一身汗，填的单子扔回来三次，一次说字写出格了，一次说日期不能用点，一次说签名太潦草，还当着后面的人说“送外卖的字都这样”。我一个中午的单全跑没了。
第二天我到徐碧网点补，人家十分钟就办好了，单子一个字没让改。同一家银行，差别怎么这么大？请你们管一管城东那边。
罗建斌 手机 137 0598 6612
2026年11月10日""",
      T(complainant="罗建斌", phones=("13705986612",), dates=("2026-11-03", "2026-11-06", "2026-11-10"),
        units=("MX", "CD", "XB"), complained=("CD",), business="银行卡", cause=SVC,
        signed="2026-11-10")),
    # why: no rule made the passbook carer-named; the teller keyed the wrong holder and then
    # blamed the family — a clerk's mishandling (SVC), not a rule (RULE).
    L("f17_svc_teller_printed_disabled_sons_passbook_under_carers_name", """个金部负责同志：
我儿子智力残疾，由我照顾。十月二十八日我带他到列西分理处给他换新存折，户名应该是他本人金小川。拿回家一看，户名打成了我的名字金桂兰，残疾补助打进去以后民政那边对不上账。
我回去找，那位柜员说“你们自己没讲清楚是谁的”，可他的身份证、残疾证都是我当场递进去的。请你们查一查，把存折改回来，也请教教那位柜员怎么跟人说话。
金桂兰（监护人）
电话：０５９８－２７３６６１０
二〇二六年十一月十二日""",
      T(complainant="金桂兰", phones=("0598-2736610",), dates=("2026-10-28", "2026-11-12"),
        units=("PF", "LJ"), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-12")),
    # why: the clerk handed over the wrong bars from the counter; the money is not gone
    # without the writer's act (FUNDS) — it is a clerk's mishandling (SVC).
    L("f17_svc_gold_clerk_handed_ten_gram_bars_for_twenty_paid", """致永安燕西支行：
我丈夫走后留下一点钱，我想买点金条留给孙女。11月14日在你们网点付了两根二十克的钱，柜员装盒封好递给我，回家打开是两根十克的。第二天拿去，她先说我调包，后来查了监控才认，说下周补。到今天还没补。
我在明溪支行打的流水上，扣款清清楚楚是四十克的价钱。一个老太婆被当成骗子，心里难受。
寡居 杜月娥  13859 027 415
2026.11.27""",
      T(complainant="杜月娥", phones=("13859027415",), dates=("2026-11-14", "2026-11-27"),
        units=("YX", "MX"), complained=("YX",), business="贵金属", cause=SVC,
        signed="2026-11-27")),
    L("f17_sys_app_autofilled_landlords_closed_account_money_stuck", """尊敬的贵行领导：
我开公交车，卡是在徐碧支行开的。11月18日晚上用手机银行给房东转房租两千六，输了房东名字，手机银行自己跳出一个账号，我以为就是他的，点了确认。结果那是他早就销掉的旧账户，钱既没到他手上也没退回来，挂了十二天。
后来到城东支行一问才知道，手机银行会把以前转过的账号自动带出来，不管销没销户。这种东西怎么能上线？请尽快把钱退回。
司机 包志远
电话 +86-150-5985-0733
2026年11月30日""",
      T(complainant="包志远", phones=("15059850733",), dates=("2026-11-18", "2026-11-30"),
        units=("XB", "CD"), complained=(), business="支付结算", cause=SYS,
        signed="2026-11-30")),
    # why: the clerks set and meant to end the freeze; the system kept it past its end date —
    # a failed system (SYS), not a rule (RULE); no unit did anything wrong, so none is complained of.
    L("f17_sys_certificate_freeze_outlived_its_end_date", """明溪县支行个人金融部：
我女儿留学要存款证明，九月二十日在燕西支行开了证明，冻结到十一月二十日。到期那天我去交房子的尾款，卡里的钱还是冻着的，耽误了五天，开发商要收我违约金。
燕西的柜员很着急，帮我打了好几个电话，说到期本来应该自动解冻，是后台没跑。请你们查清楚后台的问题，违约金的事给个说法。
卢文涛 18659812047
2026年11月26日""",
      T(complainant="卢文涛", phones=("18659812047",), dates=("2026-09-20", "2026-11-20", "2026-11-26"),
        units=("MX", "PF", "YX"), complained=(), business="其他中间业务", cause=SYS,
        signed="2026-11-26")),
    # why: the clerk typed the full name; the counter software cut it — a failed system (SYS),
    # not the clerk's mishandling (SVC).
    L("f17_sys_dollar_remittance_name_cut_by_counter_software", """明溪支行领导：
十一月二日我在城东支行给在澳洲读书的儿子汇学费八千美元。收款人是他学校的全称，柜员照着录的，我看了一眼屏幕是全的。十一月十九日钱被退回来，说收款人名称不符，退回来的时候少了两笔手续费，学校还催了学费。
后来城东支行的人说，那台老终端名字只能存三十五个字母，多的自动截掉了，他们也不知道。机器不行怎么给客户办汇款？请赔手续费和汇率损失。
汇款人：沈丽娟
手机：13905981164
2026年11月23日""",
      T(complainant="沈丽娟", phones=("13905981164",), dates=("2026-11-02", "2026-11-19", "2026-11-23"),
        units=("MX", "CD"), complained=("CD",), business="外汇", cause=SYS,
        signed="2026-11-23")),
    # why: the clerk quoted and applied the written procedure for resetting a password (holder in
    # person, home visit only after booking) — a rule as designed (RULE), not rudeness (SVC).
    L("f17_rule_bedridden_father_password_reset_only_in_person", """明溪县支行：
我父亲九十二岁，卧床两年，存折密码忘了，里面是他的养老钱。11月5日我拿着户口本、他的身份证和医院证明去徐碧网点，柜员说按规定必须本人到柜台，不然要预约上门，三个工作日以后才能排。
他们态度还算客气，就是一口咬定上面就是这么定的。老人躺着起不来，医药费等着交，这样的规定能不能变通一下？
孝子 郑海生
手机 158-6098-3371
2026年11月7日""",
      T(complainant="郑海生", phones=("15860983371",), dates=("2026-11-05", "2026-11-07"),
        units=("MX", "XB"), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-11-07")),
    L("f17_rule_village_accountant_told_to_book_eighty_thousand_cash_a_day_ahead", """列西分理处：
我是村里的报账员，11月16日去你们那取八万现金发征地青苗款，村民都在村部等着。柜员说五万以上要提前一天预约，当天取不了，只给了五万。剩下的村民等到天黑，骂的是我。
后来我到城东支行一问，也是这个规定。可村里的钱是村里的，一年就这么一次，规定是不是太死了？
报账员 游春林 ０５９８－５６２１０８７
二〇二六年十一月十八日""",
      T(complainant="游春林", phones=("0598-5621087",), dates=("2026-11-16", "2026-11-18"),
        units=("LJ", "CD"), complained=("LJ",), business="人民币管理", cause=RULE,
        signed="2026-11-18")),
    L("f17_rule_down_payment_gift_must_sit_three_months", """明溪县支行个人金融部：
我们是一对刚结婚的小夫妻，看中了一套九十平的房子。父母给了二十万首付，十一月八日打进我们卡里。到城东支行办按揭，客户经理说首付款要在本人账户放满三个月才认，不然要写赠与公证，开发商那边只给半个月。
我们问过别的银行，也有这条，可我们的钱是干干净净的。请你们看看这条能不能放宽。
陈一鸣、林晓雯
电话 136 9590 2218
2026年11月21日""",
      T(complainant="陈一鸣", phones=("13695902218",), dates=("2026-11-08", "2026-11-21"),
        units=("MX", "PF", "CD"), complained=("CD",), business="贷款", cause=RULE,
        signed="2026-11-21")),
    # why: the product is a third party's annuity policy (银行代理业务); the clerk called it a
    # three-year deposit to sell it — misrepresentation (MKT), not silence (DISC).
    L("f17_mkt_tea_shop_owner_told_annuity_policy_was_a_three_year_deposit", """致燕西支行：
我在老街开茶叶店。今年三月十二日到你们网点存钱，理财经理说有个“三年期的存款”，利息比定期高，还送一斤岩茶。我签了好几张纸，她说都是存款的手续。
11月份店里要进货想取出来，在徐碧网点一问才知道，那是一家保险公司的年金保险，现在退只能拿回七成多。人家徐碧的柜员给我一条条讲，我才明白被骗了。请把我的本金还我。
茶叶店 吕秀珍
13055982306
2026年11月24日""",
      T(complainant="吕秀珍", phones=("13055982306",), dates=("2026-03-12", "2026-11-24"),
        units=("YX", "XB"), complained=("YX",), business="银行代理业务", cause=MKT,
        signed="2026-11-24")),
    # why: the product paid what its terms said; the grievance is the best quarter's figure
    # shown as what he would get — misrepresentation to sell (MKT), not the return (RET).
    L("f17_mkt_manager_pointed_at_best_quarters_yield_as_what_i_would_get", """城东支行领导：
我退休前是小学老师，账户一直在列西分理处。今年四月二日到你们支行，客户经理拿着一张彩页，指着“最高年化5.8%”说“按这个拿，跑不掉”。我说我只要稳的，她说这个就是稳的。
十月底到期，到手才2.1%。拿合同一看，5.8%是某个季度的数，根本不是给我的承诺。她当时为什么那样说？
退休教师 潘志明（先生）
0598-3307415
2026年11月3日""",
      T(complainant="潘志明", phones=("0598-3307415",), dates=("2026-04-02", "2026-11-03"),
        units=("CD", "LJ"), complained=("CD",), business="自营理财", cause=MKT,
        signed="2026-11-03")),
    # why: the buy-back rule itself is not disputed; what was kept back at sale is (DISC).
    L("f17_disc_gold_bar_buyback_only_at_issuing_outlet_untold", """个人金融部：
2024年我在明溪支行买了一百克金条。今年搬到女儿家附近，11月20日拿到徐碧网点想卖回去，人家说只有原来卖的网点能回购，要我回明溪支行。
当年卖给我的时候，一句也没提过回购只能回原网点，要是早知道，我就不在那边买了。老人跑一趟不容易，请你们说个理。
买金人 方德顺
电话：１８９５０５８２７７３
2026年11月22日""",
      T(complainant="方德顺", phones=("18950582773",), dates=("2026-11-20", "2026-11-22"),
        units=("PF", "MX", "XB"), complained=("MX",), business="贵金属", cause=DISC,
        signed="2026-11-22")),
    L("f17_disc_big_transfer_after_five_goes_next_day_untold", """徐碧支行：
11月13日傍晚五点二十，我在你们网点柜台给装修公司转了六万定金，柜员收了单子，没说什么。装修公司第二天中午才收到，工期排到了下个月，我损失了一笔。
后来才知道，五点以后跨行大额要第二天才到。这么要紧的事，柜员一个字都不讲？早说一声我就第二天一早来办，或者换个办法。
周美玲 13600 5987 26
二〇二六年十一月十五日""",
      T(complainant="周美玲", phones=("13600598726",), dates=("2026-11-13", "2026-11-15"),
        units=("XB",), complained=("XB",), business="支付结算", cause=DISC,
        signed="2026-11-15")),
    # why: the writer does not dispute the amount, but a paid membership was switched on without
    # asking — an add-on without consent (CHOICE), not the level of a charge (FEE).
    L("f17_choice_card_reissue_came_with_paid_lounge_membership", """贵行领导：
十月九日我在徐碧支行换了一张芯片卡。11月25日到列西分理处打了一张对账单，发现每月扣十九块九，叫什么“出行贵宾权益”。
我从来没出过省，也没人问过我要不要。列西的柜员说是开卡的时候一起勾上的。钱不多，可是不问就扣，这不行。请取消并退钱。
退休护士 黄淑芬
手机 152 0598 4471
2026年11月26日""",
      T(complainant="黄淑芬", phones=("15205984471",), dates=("2026-10-09", "2026-11-25", "2026-11-26"),
        units=("XB", "LJ"), complained=("XB",), business="银行卡", cause=CHOICE,
        signed="2026-11-26")),
    L("f17_choice_shop_loan_held_until_pos_terminal_rented", """城东支行：
我开了一家小面馆，十月中旬申请二十万经营贷，资料都交齐了。11月4日客户经理说，要放款得先在你们这租一台收款机，以后营业款全走你们的账，不然批不下来。
我已经有别家的收款机用了好几年，为什么借个钱还得换机器？请你们说清楚，这是不是必须的。
面馆老板 吴国平
电话 139-5983-7702
2026年11月9日""",
      T(complainant="吴国平", phones=("13959837702",), dates=("2026-11-04", "2026-11-09"),
        units=("CD",), complained=("CD",), business="贷款", cause=CHOICE,
        signed="2026-11-09")),
    L("f17_fee_deed_custody_bag_charged_yearly_like_a_box", """明溪县支行：
我把房产证和几份保单寄存在你们那里代保管，一个小纸袋。今年11月1日续期，收了三百六十元，说是跟保管箱一个价。
我在燕西支行问过，人家代保管一个文件袋一年才一百二。同一家银行，纸袋跟铁箱子一个价，太贵了，请调一调。
欧阳建华 0598-6672319
2026年11月12日""",
      T(complainant="欧阳建华", phones=("0598-6672319",), dates=("2026-11-01", "2026-11-12"),
        units=("MX", "YX"), complained=("MX",), business="其他中间业务", cause=FEE,
        signed="2026-11-12")),
    # why: the counter charged what its price list says; the writer objects to how much it is for
    # an old man who cannot use the app — the level of a charge (FEE), not the rule (RULE).
    L("f17_fee_counter_transfer_to_grandson_costs_more_than_app", """徐碧网点：
我七十八了，不会用手机。每个月到你们柜台给外地读书的孙子转一千块生活费，每次收我五块手续费，一年六十块。孙子说手机上转一分钱不要。
我不是不讲理，可是老人不会手机就得多掏钱，这个价钱定得不公道。请给老年人减一减。
钱长庚
家里电话：0598-2218830
2026年11月28日""",
      T(complainant="钱长庚", phones=("0598-2218830",), dates=("2026-11-28",),
        units=("XB",), complained=("XB",), business="支付结算", cause=FEE,
        signed="2026-11-28")),
    L("f17_fee_dollar_notes_deposit_charged_as_cash_handling", """明溪支行领导：
我在国外做了三年厨师，带回来一万二千美元现钞。11月17日存到燕西支行我自己的美元账户，存完一看少了一百多美元，说是现钞手续费，存自己的钱还要扣这么多。
您们明溪支行能不能管一管燕西，这个收法太狠了。
厨师 宋金海
+86 177 5981 0096
2026年11月20日""",
      T(complainant="宋金海", phones=("17759810096",), dates=("2026-11-17", "2026-11-20"),
        units=("MX", "YX"), complained=("YX",), business="外汇", cause=FEE,
        signed="2026-11-20")),
    # why: nobody disputes the sale; the bank's own product paid its proceeds nine days late —
    # the return of an undisputed sale (RET), not a failed system (SYS) the writer saw.
    L("f17_ret_matured_wealth_paid_nine_days_late_without_interest", """个金部：
我在城东支行买了你们自己发行的一款一年期理财，说明书写10月30日到期，11月1日前到账。结果11月10日才到账，晚了九天，这九天一分钱利息没有。
买的时候没人骗我，说好的年化也按说的给了，就是钱晚到九天，谁来算？请按约定补上这几天的钱。
刘德荣 189 5981 6620
2026年11月15日""",
      T(complainant="刘德荣", phones=("18959816620",), dates=("2026-10-30", "2026-11-01", "2026-11-10", "2026-11-15"),
        units=("PF", "CD"), complained=(), business="自营理财", cause=RET,
        signed="2026-11-15")),
    L("f17_ret_large_deposit_paid_at_lower_rate_than_its_certificate", """徐碧支行：
2023年11月6日我在你们网点存了一张三年期大额存单三十万，凭证上写着年利率2.9%。今年11月6日到期，到手的利息是按2.35%算的，少了将近五千。
柜员说利率“后来调了”，可凭证上的数是你们自己印的。请按凭证把利息补给我。
储户 孔令华
13809588214
2026年11月8日""",
      T(complainant="孔令华", phones=("13809588214",), dates=("2023-11-06", "2026-11-06", "2026-11-08"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=RET,
        signed="2026-11-08")),
    # why: the writer does not claim the charges were someone else's act now; he objects to the
    # contract term that loads every loss before a loss report on him — an unfair clause (CLAUSE),
    # not money gone (FUNDS).
    L("f17_clause_card_contract_makes_me_bear_all_before_loss_report", """信用卡中心：
我在明溪支行办的信用卡，11月2日夜里钱包被偷，早上七点发现就挂失了，夜里已经被刷了四千多。你们说领用合约写着“挂失前的一切交易由持卡人承担”，一分不管。
夜里睡着了谁能挂失？这条把所有风险都推给我们，太不公平。请你们重新看看这条。
持卡人 雷振宇
手机：13950 581 447
2026年11月16日""",
      T(complainant="雷振宇", phones=("13950581447",), dates=("2026-11-02", "2026-11-16"),
        units=("CARD", "MX"), complained=("CARD",), business="银行卡", cause=CLAUSE,
        signed="2026-11-16")),
    L("f17_clause_loan_disputes_only_in_a_court_two_provinces_away", """城东支行：
我在你们这借了三十万装修厂房。最近为罚息的事想跟银行讲道理，拿出借款时签的那一沓纸一看，上面写着“争议由贷款人总行所在地法院管辖”，那是两个省以外。
我们小老百姓为几千块钱要跑那么远打官司？这一条明摆着是不让人告。请你们把这条改成本地法院。
借款人 马志强
0598-5590318
2026年11月19日""",
      T(complainant="马志强", phones=("0598-5590318",), dates=("2026-11-19",),
        units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE,
        signed="2026-11-19")),
    L("f17_funds_monthly_savings_account_closed_a_year_ago_by_someone", """明溪县支行领导：
我母亲在列西分理处开了一个零存整取，每月存五百，存了五年。11月11日到期去取，柜员说这个户2025年10月就销了，钱也取走了。母亲那一年天天在家，存折一直压在她枕头底下，每月还照样去存钱。
钱不是她取的，那是谁取的？请你们查清楚，把钱还给我母亲。
儿子 叶长青 代笔
电话 135 9981 2043
2026年11月13日""",
      T(complainant="叶长青", phones=("13599812043",), dates=("2026-11-11", "2026-11-13"),
        units=("MX", "LJ"), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-13")),
    L("f17_funds_pension_card_debits_for_a_utility_in_another_province", """尊敬的领导：
我的退休金卡是在燕西支行开的，11月21日去取钱，发现从九月起每月被扣一笔一百多的“燃气费”，扣到一个我从没去过的外省城市。我家烧的是煤气罐，从来没签过什么代扣。
三个月扣了四百多，我一点不知道。请查清是谁扣的，把钱退回。
退休职工 胡玉珍
15080598631
2026年11月22日""",
      T(complainant="胡玉珍", phones=("15080598631",), dates=("2026-11-21", "2026-11-22"),
        units=("YX",), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-11-22")),
    # why: the grievance is not that the clerk was rude but that my loan balance was sent to
    # another person — personal data given away (DATA), not service (SVC).
    L("f17_data_outlet_texted_my_loan_balance_to_my_shop_partner", """明溪县支行个人金融部：
我和朋友合开一家奶茶店，贷款是我一个人在城东支行借的。11月7日城东的客户经理把我的贷款余额、还款记录截图发到了我合伙人微信上，说是“方便你们对账”。
合伙人拿这个跟我吵了一架，说我瞒着他借钱。我的贷款是我的私事，谁让你们发给别人的？
谢佳怡（女士）
手机 187-0598-5516
2026年11月9日""",
      T(complainant="谢佳怡", phones=("18705985516",), dates=("2026-11-07", "2026-11-09"),
        units=("MX", "PF", "CD"), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-09")),
    L("f17_data_outlet_gave_my_new_number_to_brother_posing_as_me", """徐碧支行负责人：
我住在列西那边。我和哥哥因为老房子闹翻了，我换了手机号，只在你们网点登记过。11月19日哥哥打电话到你们网点，说自己是我，问我新号码，你们的人就告诉他了。当天晚上他就打来骂人。
电话里谁都能冒充，你们连身份都不核对就把号码说出去？
朱丽萍
新号码：１９９５９８１３０２７
2026年11月20日""",
      T(complainant="朱丽萍", phones=("19959813027",), dates=("2026-11-19", "2026-11-20"),
        units=("XB", "LJ"), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-20")),
    L("f17_debt_card_callers_phoned_mother_at_care_home", """信用卡中心：
我信用卡欠了两万多，我认，十月起也在按协商的数还。可是11月12日起，你们要账的人打电话到我八十四岁母亲住的养老院，跟护工说“你们这位老人的儿子欠钱不还”，害得母亲哭了一晚上，血压也上去了。
欠债的是我，请只找我一个人。
欠款人 许建军
13606 980 552
2026年11月17日""",
      T(complainant="许建军", phones=("13606980552",), dates=("2026-11-12", "2026-11-17"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-17")),
    # why: the arrears are admitted and the writer does not dispute any rule; he objects to being
    # confronted in front of his passengers — how a debt is chased (DEBT), not service (SVC).
    L("f17_debt_loan_officer_boarded_his_bus_at_the_terminal", """明溪支行领导：
我是公交司机，在列西分理处有一笔消费贷，上个月因为孩子住院晚还了两期，这个我认。11月24日早上，列西的信贷员直接上了我开的班车，在车站当着满车乘客喊“还钱”，还拍了照。
我当天就去补了一期，可这种做法让我在单位抬不起头。请你们处理。
贺永福
电话：0598-6120947 / 138 5981 2076
2026年11月25日""",
      T(complainant="贺永福", phones=("0598-6120947", "13859812076"), dates=("2026-11-24", "2026-11-25"),
        units=("MX", "LJ"), complained=("LJ",), business="债务催收", cause=DEBT,
        signed="2026-11-25")),
    L("f17_other_new_glass_front_glare_scorched_tea_samples", """城东支行：
我是你们斜对面茶叶店的店主。你们十月装了新的玻璃门面，下午太阳一照，光全反到我店里，柜台上晾的茶样晒得发黄，一个月坏了好几斤，顾客进门也睁不开眼。
我跟你们保安说过两次，没人理。请装个遮阳或者贴层膜，别让我们邻居受罪。
茶叶店 林老板 林文斌
13375981420
2026年11月29日""",
      T(complainant="林文斌", phones=("13375981420",), dates=("2026-11-29",),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed="2026-11-29")),
    L("f17_other_staff_canteen_exhaust_onto_our_laundry", """燕西支行领导：
我家住在你们网点后面。你们职工食堂的排油烟管正对着我家晒台，每天中午晚上两次，晒的衣服被子全是油烟味，老伴有哮喘，一闻就咳。
跟你们说过，说管子不好改。我们不是你们的客户，也没什么业务上的事，只求把管子转个方向。
邻居 汤金花
0598 7781053
2026年12月1日""",
      T(complainant="汤金花", phones=("0598-7781053",), dates=("2026-12-01",),
        units=("YX",), complained=("YX",), business="其他", cause=OTHER,
        signed="2026-12-01")),
)
