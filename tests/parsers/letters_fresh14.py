"""A fourteenth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh14`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set (only the module docstring and first two
letters of letters_fresh11.py for the format and the labelling rules, the `Truth`/
`HeldOutLetter`/`heldout_directory` definitions and the cause constants of letters_heldout.py,
and the list of earlier letter ids, whose situations are avoided). Written outside the
repository, at /tmp/fresh14.

Each letter carries what a careful clerk would record, labelled by these rules:
the rules written out in letters_fresh11.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No letter names its cause with the words of the cause's label.

Dates are listed in the order the letter first states them. The hard letters (two plausible
causes) each carry a `# why:` comment naming the deciding rule. Written outside the repository, at
/tmp/fresh14.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting shipped then (1,129 examples, FRESH13 and FORMS3 among
them, `482d17c`), fixed before this set was read: cause 90.0 % (27/30), the rules alone 43.3 %
(13/30); business 90.0 %; unit found or triage 96.7 % (27 right, 2 triage, 1 wrong);
complainant 100 % / 96.7 %; fields 98.4 % / 98.4 %; signed date 96.7 %; mojibake 0.
Then trained on, with FORMS4 (the 1,207-example weighting).
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH14: tuple[L, ...] = (
    # why: the coins went through no machine; the teller wrote 138 where her own count said
    # 1380, so it is a clerk's mishandling (SVC), not a failed device (SYS).
    L("f14_svc_teller_booked_shop_coin_count_a_digit_short", """列西分理处负责人：
我是街口开小卖部的，姓郑，郑丽萍。十一月十六号下午我拎了两袋硬币去你们那里存，一元的，在家里一个个数过，一千三百八十块整。柜台那个戴眼镜的男柜员当着我的面用手一把一把数，数完说“对的”，我就走了。
晚上看手机短信，只存进去一百三十八块。第二天我去问，他翻了半天单子，说单子上写的就是138，让我自己拿证据。硬币是他亲手数的，写少一个零的也是他，怎么反过来要我拿证据？
调监控一看就清楚。请把少的一千二百四十二块补给我，也请管一管这样做事的人。
郑丽萍 手机 137-5982-0416
2026年11月19日""",
      T(complainant="郑丽萍", phones=("13759820416",), dates=("2026-11-16", "2026-11-19"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause=SVC,
        signed="2026-11-19")),
    # why: the bank allows a one-off extension and he asked in time; the officer lost the signed
    # form, so it is a clerk's mishandling (SVC), not a rule applied as designed (RULE).
    L("f14_svc_loan_officer_lost_signed_extension_request", """致明溪县支行领导：
我是盖洋镇种烟的农户黄德胜，在城东支行贷了五万块种植贷款，今年九月三十日到期。八月二十日我专门到城东支行找信贷员小刘，说今年烟叶受了冰雹，想按你们的规定申请展期半年，他拿了表让我签字按手印，说“放心，我帮你报上去”。
结果十月份我收到短信说贷款逾期了，还要算罚息。我去问，小刘说表找不到了，可能是搬办公室的时候弄丢了，让我重新签，但已经过了申请时间。我是按时办的手续，丢表的是你们，逾期记录不能算在我头上。
请支行查清楚，把逾期记录和罚息去掉，给我按原来申请的办展期。
黄德胜
电话：0598-2813376  手机：15906093128
二〇二六年十一月二十二日""",
      T(complainant="黄德胜", phones=("0598-2813376", "15906093128"),
        dates=("2026-09-30", "2026-08-20", "2026-11-22"),
        units=("MX", "CD"), complained=("CD",), business="贷款", cause=SVC,
        signed="2026-11-22")),
    L("f14_svc_remittance_clerk_spelt_name_in_pinyin_not_passport", """尊敬的燕西支行领导：
本人陈阿福（护照名 TAN AH HOCK），旅居意大利二十多年，今年十月回乡。十月十四日我在贵行柜台给在米兰的女儿汇学费八千欧元，我把护照和女儿的护照复印件都给了柜员，特地指着说名字要照护照上的拼法写。
柜员嫌麻烦，说“拼音都一样”，照着汉语拼音打成了CHEN，结果汇款被意大利那边退回，来回扣了两次手续费和中间行费用，学费也晚交了两个星期，学校收了滞纳金。
这不是我说不清楚，是柜员不照我给的证件办。请贵行退还被扣的费用，赔偿滞纳金一百五十欧。
陈阿福
联系电话：＋８６ １３８ ５０５９ ７７２１
2026年11月3日""",
      T(complainant="陈阿福", phones=("13850597721",), dates=("2026-10-14", "2026-11-03"),
        units=("YX",), complained=("YX",), business="外汇", cause=SVC,
        signed="2026-11-03")),
    L("f14_sys_bus_tap_card_charged_twice_and_shown_declined", """你好，
我是在县城读高三的学生家长，姓吴。孩子每天坐公交上学，用的是你们的借记卡直接在车上“嘀”一下。十一月份开始，好几次刷的时候机器显示“交易失败”，司机让她投币，结果卡里的钱也照样扣了，一次两块。我对了账单，11月2日、11月9日、11月10日、11月17日都是扣了钱又显示失败，一共扣了八次，孩子还投了八次硬币。
钱不多，但孩子每次都被司机说，在车上很难堪。打客服，客服说是“后台对账延迟”，会自动退，到现在也没退。请你们查一下是哪里出了毛病，把多扣的退回来，也别再让机器这样了。
吴先生  电话 18050892264
11月28日""",
      T(complainant="吴先生", phones=("18050892264",),
        dates=("--11-02", "--11-09", "--11-10", "--11-17", "--11-28"),
        units=(), complained=(), business="银行卡", cause=SYS, signed=None)),
    # why: no outlet did anything — the bank's code messages came twenty minutes late, so the
    # fault is the system's (SYS) and complained stays empty though the letter goes to the branch.
    L("f14_sys_transfer_code_text_arrived_late_house_deposit_missed", """明溪支行：
我叫詹婷，在县医院上班。十二月一日晚上八点多，我要用手机银行给房东转一万块定金，房东说九点前不到账就租给别人。我点了好几次“获取验证码”，短信一直不来，等来的时候已经过了二十多分钟，码早就失效了，房子也没了。
我问了同事，那天晚上好几个人都是这样。客服说是“短信通道拥堵”。我不懂通道，我只知道我按你们的要求一步一步操作，是你们的东西没反应。希望你们把这个问题解决好，不要再耽误别人的事。
詹婷 13328959017
2026.12.2""",
      T(complainant="詹婷", phones=("13328959017",), dates=("2026-12-01", "2026-12-02"),
        units=("MX",), complained=(), business="支付结算", cause=SYS, signed="2026-12-02")),
    # why: not a penny left the passbook — the printer put a withdrawal line that never happened,
    # so it is a failed machine (SYS), not money gone (FUNDS).
    L("f14_sys_passbook_machine_printed_a_withdrawal_that_never_happened", """燕西支行：
我老伴去世后存折一直是我管，上个月十八号我去你们门口那台补登折的机器补登，打出来一行“支取 5,000.00”，余额少了五千。我吓得一晚上没睡着，以为钱被人取了。
第二天一早我去柜台，柜员一查说钱一分没少，是机器“打错行了”，叫我换个新存折就好。可我七十多岁的人，一晚上心都跳出来了，新存折上还得盖个“换折”的章，看着也不放心。机器坏了就修，不要再吓人。
储户 朱桂芳 （电话 0598—2236617）
2026年11月20日""",
      T(complainant="朱桂芳", phones=("0598-2236617",), dates=("2026-11-18", "2026-11-20"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=SYS,
        signed="2026-11-20")),
    # why: the clerk was polite and did what the bank's one-account rule says; the writer objects
    # to the rule, so RULE, not SVC.
    L("f14_rule_shop_owner_refused_second_debit_card", """徐碧网点的领导你好：
我是开五金店的林建新。店里的钱和家里的钱想分开管，12月3日我去你们网点想再办一张借记卡专门收货款，柜员态度倒是蛮好，但说“一个人在一家银行只能有一个一类账户”，第二张只能办二类，二类卡一天只能进出一万，我一天的货款就不止这个数。
我在你们这里存款十几年，也不是骗子，为什么连张卡都不能多办？说去办对公账户，又要营业执照、印章、开户许可一大堆。希望你们把这个规定改一改，至少给老客户开个口子。
林建新 159 0598 3302
2026年12月4日""",
      T(complainant="林建新", phones=("15905983302",), dates=("2026-12-03", "2026-12-04"),
        units=("XB",), complained=("XB",), business="银行卡", cause=RULE, signed="2026-12-04")),
    L("f14_rule_gold_buyback_refused_without_invoice_lost_in_kitchen_fire", """致城东支行：
二〇二三年春节我在贵行买了两根五十克的金条，发票和证书放在厨房柜子里，今年八月家里厨房着火烧掉了。金条本身一点没坏，盒子上还有你们的标签。
十一月二十五日我拿去想卖回给贵行，工作人员说没有原始发票和证书一律不回购，系统里查得到购买记录也不行，“这是规定”。我买的是你们的金条，你们电脑里有记录，却说不收，只能拿到街上金店去卖，价格要低一截。请重新考虑这个做法，火灾的证明我可以提供。
王淑珍
手机 13695980127
2026年11月27日""",
      T(complainant="王淑珍", phones=("13695980127",), dates=("2026-11-25", "2026-11-27"),
        units=("CD",), complained=("CD",), business="贵金属", cause=RULE, signed="2026-11-27")),
    # why: he was told something false — that the government tops up the policy like the rural
    # pension; that is misrepresentation to sell (MKT), not silence on a fact (DISC).
    L("f14_mkt_policy_said_government_tops_up_like_rural_pension", """我叫罗长根，夏阳乡人，今年六十一岁，不识几个字，这信是我孙子照我说的写的。
今年三月十二日我去列西领粮补，一个穿西装的年轻人在大厅拉住我，说有个“养老的”，每年交一万，交五年，政府跟新农保一样会往里面补钱，六十五岁起每月能领一千多。我信了，签了字。
上个月孙子帮我看合同，才知道是一家保险公司的保险，哪里有什么政府补钱，每月能领的也就三百来块。我去问，那人已经调走了，别人说“合同上没写政府补贴啊”。合同上没写，可他嘴上就是这么说的，当时旁边还有两个老人听见。我要退保，把交的一万块全退给我。
罗长根
电话：0598-2951184
2026年11月26日""",
      T(complainant="罗长根", phones=("0598-2951184",), dates=("2026-03-12", "2026-11-26"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=MKT,
        signed="2026-11-26")),
    L("f14_mkt_renovation_loan_said_interest_only_on_what_is_spent", """个人金融部：
我和爱人今年结婚，九月在燕西支行办了十五万的装修贷。当时客户经理反复跟我们讲：“这个是随借随还的，用多少算多少利息，不用就不算。”我们就是冲着这句话办的，装修实际只用了六万。
十一月对账才发现十五万在九月十号一次就全放到了我们卡里，利息按十五万算，每个月还款也是按十五万。去问，客户经理说“放款后你可以提前还”，提前还又要手续费。当时要是说清楚是一次放款，我们根本不会贷十五万。
请个人金融部核实燕西支行客户经理的说法（我们有当时的微信聊天记录），按我们实际用的钱重新算。
张宇航  18695975630
2026年11月30日""",
      T(complainant="张宇航", phones=("18695975630",), dates=("2026-09-10", "2026-11-30"),
        units=("PF", "YX"), complained=("YX",), business="贷款", cause=MKT,
        signed="2026-11-30")),
    # why: the clerk said nothing false, but never said a notice deposit needs seven days' notice
    # before drawing — silence on a material fact (DISC), not a clerk's mishandling (SVC).
    L("f14_disc_notice_deposit_drawn_without_notice_paid_at_demand_rate", """徐碧支行：
我是退休教师何文英。十月八日我在你们那里存了二十万，柜员推荐说存“通知存款”，利息比活期高，“随时可以取”。我以为就跟活期一样。
十一月二十一日我老伴住院要交押金，我去取了十万，结果利息全按活期算。柜员这才说通知存款要提前七天打招呼，没打招呼取就只有活期利息。存的时候一个字也没提，单子上也是密密麻麻的小字。如果当时告诉我，我怎么会放在这里？请按通知存款把利息补给我。
何文英
13605986643
二〇二六年十一月二十四日""",
      T(complainant="何文英", phones=("13605986643",), dates=("2026-10-08", "2026-11-21", "2026-11-24"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=DISC,
        signed="2026-11-24")),
    L("f14_disc_gold_savings_taken_out_only_in_whole_bars_untold", """致明溪县支行个人金融部：
我是城关的杨秀兰，2024年在城东支行开了“积存金”，每月扣五百块买金子，办的时候工作人员只说“攒够了可以换金条”。
今年孙女要出嫁，我想把攒的三十七克取出来打首饰，到了城东支行才听说只能按一百克、五十克这样的整根换，零头只能卖掉换成钱，不能取实物，取实物还要另外交加工费。这么要紧的事，开户的时候没人讲，我攒了两年就是为了这一天。请领导查一下，给我一个说法。
杨秀兰（电话：0598-2218804）
2026年12月1日""",
      T(complainant="杨秀兰", phones=("0598-2218804",), dates=("2026-12-01",),
        units=("MX", "PF", "CD"), complained=("CD",), business="贵金属", cause=DISC,
        signed="2026-12-01")),
    # why: he does not object to the price of the card's fee but to being given no plain card —
    # a tie without consent (CHOICE), not the level of a charge (FEE).
    L("f14_choice_worn_card_replaced_only_with_supermarket_cobranded_card", """城东支行：
我姓谢，谢永强，在菜市场卖猪肉。我那张卡磁条磨坏了，十一月十三日去换，柜员说普通借记卡“没有了”，只能换成跟超市合作的联名卡，一年十块钱会员费，还送超市积分。
我又不去那家超市，我只要一张能存钱取钱的普通卡。我说不要，她说那就只能等，什么时候有不知道。我等不起，每天要收钱，只好办了。十块钱不多，但这是你们硬塞给我的。请给我换回普通卡，会员费退给我。
谢永强 手机：１５９６０５８２７４３
2026年11月15日""",
      T(complainant="谢永强", phones=("15960582743",), dates=("2026-11-13", "2026-11-15"),
        units=("CD",), complained=("CD",), business="银行卡", cause=CHOICE,
        signed="2026-11-15")),
    # why: the roll-over box on the form was ticked before she signed; an add-on without consent
    # (CHOICE), not a fact the bank kept back (DISC).
    L("f14_choice_wealth_rolled_into_next_issue_by_preticked_box", """领导好：
我在燕西买了你们的一个半年期理财，十一月二日到期，我早就计划好这笔钱到期拿去还房贷。到期那天钱没回来，一查才知道自动买了下一期，又要锁半年。
去燕西问，拿出当时的申请单，“到期自动续购”那个框已经打了勾，是印好的勾，不是我打的。工作人员说“大家都是这样的”。我从来没有要过续购，我签字的时候根本没人提这个框。请把钱退回我的卡，房贷已经逾期两天了。
曾丽娟
电话 136 0598 1175
2026年11月6日""",
      T(complainant="曾丽娟", phones=("13605981175",), dates=("2026-11-02", "2026-11-06"),
        units=("YX",), complained=("YX",), business="自营理财", cause=CHOICE,
        signed="2026-11-06")),
    # why: the settlement certificate is in the loan's price list and he does not dispute the
    # clause, only that a page costs a hundred yuan — the level of a charge (FEE), not CLAUSE.
    L("f14_fee_loan_settlement_certificate_one_hundred_yuan", """尊敬的明溪县支行领导：
本人邱志明，2019年在贵行贷款买房，今年11月10日提前全部还清。办房产证解押需要一张“贷款结清证明”，柜台说开一张收一百元，若要加盖公章的第二份再收一百。
一张纸、一个章，就要一百块，我还清了几十万的贷款，利息一分没少你们的，开个证明还要这样收钱。我打听过，邻县的农商行是不收的。请贵行说明这个价格是怎么定的，并把收我的两百元退回。
邱志明
联系电话：１３９-５９８８-６０１２
2026年11月18日""",
      T(complainant="邱志明", phones=("13959886012",), dates=("2026-11-10", "2026-11-18"),
        units=("MX",), complained=("MX",), business="贷款", cause=FEE, signed="2026-11-18")),
    L("f14_fee_lost_safe_box_key_lock_change_eight_hundred", """徐碧支行：
我父亲在你们那里租了一个保管箱，放些老房子的契约和我母亲的首饰。上个月他把钥匙弄丢了，12月2日我陪他去办，工作人员说要请锁匠上门撬锁换锁，费用八百元，另外押金也要重交。
一把锁八百块，比一年的租金还贵好几倍。外面换一把防盗门锁也就两三百。我们不是不肯出钱，只是这个数实在太离谱了。请你们重新核算，给个合理的价钱。
联系人：儿子 严国平  电话 0598 2327 415 / 189 5980 6331
2026年12月4日""",
      T(complainant="严国平", phones=("0598-2327415", "18959806331"), dates=("2026-12-02", "2026-12-04"),
        units=("XB",), complained=("XB",), business="其他中间业务", cause=FEE,
        signed="2026-12-04")),
    L("f14_fee_new_one_yuan_notes_for_temple_fair_charged_per_bundle", """致燕西支行负责同志：
我们村每年农历十月要办庙会，要换一些新的一元纸币发给来帮忙的老人和小孩图个吉利。十一月二十日我代表村老人会到你们那里换两千元新一元票，柜员说要收“整理费”，每一百张收五元，二十把一共一百块。
同样的事我们以前在城东支行换，从来没收过钱。换零钱本来就是银行该做的事，收钱也要说个道理，一百块钱对老人会不是小数。请你们说明收这笔钱的依据，能退的退给我们。
本村老人会  会长 苏木荣
电话：138 5985 7703
二〇二六年十一月二十三日""",
      T(complainant="苏木荣", phones=("13859857703",), dates=("2026-11-20", "2026-11-23"),
        units=("YX", "CD"), complained=("YX",), business="人民币管理", cause=FEE,
        signed="2026-11-23")),
    # why: nobody promised him a figure; he objects to what an undisputed product earned, so it
    # is the return (RET), not misrepresentation to sell (MKT).
    L("f14_ret_barbers_quarterly_wealth_earned_under_one_percent", """燕西支行理财经理：
我是开理发店的，叫孔德华。去年腊月在你们那里买了个“季度开放”的理财，二十万，当时你给我看过以前几期的业绩，也说清楚了不保本，这点我不怪谁。
可十一月开放日我赎回，一年下来折合年化才百分之零点九，比存一年定期还少一截。我的钱放在你们这里一年，你们收管理费一分不少，我拿到手的却这么点。我想请你们讲讲这一年到底是怎么运作的，以后这种产品还卖不卖给我们这样的小老板。
孔德华 0598-2310956
2026年12月3日""",
      T(complainant="孔德华", phones=("0598-2310956",), dates=("2026-12-03",),
        units=("YX",), complained=("YX",), business="自营理财", cause=RET, signed="2026-12-03")),
    L("f14_ret_pension_policy_universal_account_rate_fell_to_two", """个金部负责人：
我母亲2021年在列西分理处买了一份养老年金保险，带一个“万能账户”，每年的返还都放在万能账户里滚。前几年结算利率都是百分之四左右，今年的年度报告出来，只剩百分之二点二五。
合同上写着保底百分之一点七五，我知道没有违约，但利率掉成这样，老人等着这笔钱养老，心里很不是滋味。我想请你们跟保险公司反映一下，另外问一下有没有办法不损失地转出来。
代母亲写信：周海燕
手机：158-6052-9174
2026年11月29日""",
      T(complainant="周海燕", phones=("15860529174",), dates=("2026-11-29",),
        units=("PF", "LJ"), complained=("LJ",), business="银行代理业务", cause=RET,
        signed="2026-11-29")),
    L("f14_clause_shop_takings_held_180_days_at_banks_judgment", """城东支行：
我开了一家奶茶店，用你们的收款码收钱。十一月八日起，店里的收款突然进不了账，打电话问说是“风控冻结”，要冻结一百八十天。我拿出当初签的商户协议一看，第十四条写着：“乙方交易存在可疑情形的，甲方有权暂停结算并延迟资金清算最长一百八十日，由此产生的损失由乙方自行承担。”
什么叫可疑情形，全由你们说了算，冻半年我店也就关门了。这样的写法对我们小商户太不公平，我当时签的时候柜员只叫我在最后一页签名。请你们解除冻结，并修改这一条。
店主：卢婉婷　电话：１７７５０８９６２３０
2026年11月12日""",
      T(complainant="卢婉婷", phones=("17750896230",), dates=("2026-11-12",),
        units=("CD",), complained=("CD",), business="支付结算", cause=CLAUSE,
        signed="2026-11-12")),
    # why: the penalty is written in the contract and the bank is applying it; what he attacks is
    # the term itself (CLAUSE), not the bank's way of applying a rule (RULE).
    L("f14_clause_business_loan_penalty_if_takings_not_through_bank", """明溪县支行：
我受委托人上官建华先生（经营一家竹制品加工厂）委托，就其与贵行签订的经营贷款合同提出投诉。
该合同第九条第三款约定：借款人每月经贵行账户流转的销售回款不得低于借款金额的百分之三十，否则贵行有权将贷款利率上浮百分之五十，且不另行通知。委托人的客户多以其他银行付款，该约定实际上迫使委托人改变交易习惯；贵行据此自2026年10月起上浮利率，委托人每月多付息两千余元。
本律师认为，该约定系贵行预先拟定、未与借款人协商的格式文本，加重借款人责任、排除借款人主要权利，依法应属无效。请贵行自收函之日起十五日内书面答复，恢复原利率并退还多收利息。
福建某律师事务所  律师 林清  电话 0598-8235417
2026年12月1日""",
      T(complainant="林清", phones=("0598-8235417",), dates=("2026-12-01",),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE, signed="2026-12-01")),
    L("f14_funds_passbook_reported_lost_by_impostor_and_drawn", """尊敬的领导：
我婆婆邓秀梅，八十三岁，存折是2015年在徐碧支行开的，一直锁在她床头柜里。十一月九日她去取钱，柜员说这个存折早就挂失作废了，新存折是十月二十七日在燕西支行补办的，钱也在当天被取走了三万二。
存折好好的在我们手里，婆婆根本没去过燕西。是谁拿着什么证件去挂失补办、取钱的，你们要查清楚。婆婆的钱是她的棺材本，请银行先把钱还给她，再去追那个人。
儿媳 许春兰
电话：186-0598-4471
2026年11月11日""",
      T(complainant="许春兰", phones=("18605984471",), dates=("2026-11-09", "2026-10-27", "2026-11-11"),
        units=("XB", "YX"), complained=("YX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-11")),
    # why: the bars left the bank's own custody without the owner's act — money gone (FUNDS),
    # not a clerk's mishandling (SVC), whatever the clerk did.
    L("f14_funds_two_gold_bars_missing_from_bank_custody", """城东支行：
2025年6月我在你们那里买了十根二十克的金条，图方便办了“代保管”，凭证上写得清清楚楚：十根。今年十二月三日我去提，工作人员拿出来只有八根，说记录上就是八根，可我手里的代保管凭证写的是十根，还盖着你们的章。
我一次都没提过，也没授权过别人。东西放在银行保险库里少了两根，这是什么道理？请你们查库房记录和监控，把两根金条还给我。
刘金水 手机 13509593286
2026年12月4日""",
      T(complainant="刘金水", phones=("13509593286",), dates=("2026-12-03", "2026-12-04"),
        units=("CD",), complained=("CD",), business="贵金属", cause=FUNDS, signed="2026-12-04")),
    # why: the tolls come off her card without any act of hers, for a car she sold; money gone
    # without the customer's act (FUNDS), not a system fault (SYS).
    L("f14_funds_etc_tolls_for_sold_car_still_taken_from_card", """徐碧支行你们好：
我姓傅，傅晓燕。我的旧车2023年卖掉了，ETC当时在你们徐碧支行办的注销，工作人员说已经解绑。今年十月开始，我的借记卡每个星期都有几笔高速通行费被扣，10月5日、10月19日、11月2日，最多的一笔一百六十多，加起来一千一百多块。
我现在根本没有车，这是别人开着我卖掉的车在扣我的钱。请你们查清楚当年到底注销了没有，把扣我的钱全部退回，并马上停掉。
傅晓燕
133 6598 2047
2026年11月8日""",
      T(complainant="傅晓燕", phones=("13365982047",), dates=("2026-10-05", "2026-10-19", "2026-11-02", "2026-11-08"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FUNDS, signed="2026-11-08")),
    L("f14_data_clerk_used_account_phone_to_sell_face_cream", """燕西支行：
我叫田雨欣，上周四在你们那里开户，填了手机号。第二天晚上有人加我微信，自我介绍是“燕西支行的小钟”，就是给我办开户的那个柜员，开口就推销她自己代理的面霜，后来天天在朋友圈刷，还把我拉进一个“美容福利群”，群里几十个人，好几个都说是在你们网点办过业务的。
我留手机号是给银行用的，不是给柜员做生意的。请你们处理这个人，并告诉我我的资料还被谁拿去了。
田雨欣 １３９５０８４７７１２
2026年11月25日""",
      T(complainant="田雨欣", phones=("13950847712",), dates=("2026-11-25",),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-11-25")),
    # why: the staff meant to help, but they posted her whole ID card and number to a public group
    # — personal data given away (DATA), not treatment at the counter (SVC).
    L("f14_data_found_id_card_posted_unblurred_in_town_group", """致明溪县支行：
我是胡兰香，在镇上卫生院做护工。十一月十七日我在列西分理处办完业务，把身份证落在柜台上了。当天下午列西的工作人员就把我身份证正反面的照片发到了镇上的几个微信大群里“寻找失主”，身份证号、住址一个字没遮，还附上了我在你们那里留的手机号。
身份证是找回来了，可现在全镇几千人手机里都有我的身份证。第二天就有人打电话说能帮我“办贷款”。请支行查处，让他们把照片撤掉，并说明还发给了哪些人。
胡兰香
联系电话：0598-2963308
2026年11月21日""",
      T(complainant="胡兰香", phones=("0598-2963308",), dates=("2026-11-17", "2026-11-21"),
        units=("MX", "LJ"), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-21")),
    L("f14_debt_arrears_printed_on_envelope_sent_to_in_laws", """信用卡中心：
我承认我的信用卡逾期了四个月，欠一万三千多，我也在想办法还。但上个月你们（或者你们委托的公司）寄了一封信到我岳父岳母家，信封正面用红字印着“信用卡欠款追讨通知——严重逾期”，下面是我的名字和欠款金额。
我岳父是村里的老支书，信是村邮站代收的，全村都知道了。我老婆因为这事跟我闹离婚。欠钱我还，但你们不能这样让我在亲戚面前抬不起头。请你们停止往我岳父家寄东西，有事直接找我。
钟建伟 电话 +86-188-5985-3361
2026年12月2日""",
      T(complainant="钟建伟", phones=("18859853361",), dates=("2026-12-02",),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-12-02")),
    # why: she admits the loan is overdue; what she objects to is men shouting at her till in the
    # supermarket — the way a debt is chased (DEBT), not a breach of her data (DATA).
    L("f14_debt_loan_chasers_shouted_at_wifes_supermarket_till", """列西分理处：
我丈夫在你们那里贷的五万块养殖贷款逾期了，这个我们认，已经在跟信贷员商量分期。可是11月14日和11月15日，两个自称是你们请来的人跑到我上班的超市，站在我收银台前面大声喊“欠银行钱不还”，还拿手机对着我拍，顾客都围过来看，店长差点把我辞了。
我又不是借款人，就算是，也不能这样闹。请你们管好你们派出去的人，再到我单位来我就报警。
彭玉梅  电话：１３５-９８９５-２２６０
2026年11月16日""",
      T(complainant="彭玉梅", phones=("13598952260",), dates=("2026-11-14", "2026-11-15", "2026-11-16"),
        units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT, signed="2026-11-16")),
    L("f14_other_outlet_sign_lights_draw_moths_into_bakery", """徐碧支行主任：
我是隔壁“麦香坊”面包店的老板娘，姓韩。你们九月份换了新的楼顶招牌和外墙灯带，每天亮到半夜，一到晚上成群的飞蛾、小虫往我店里扑，第二天早上橱窗里、面包托盘上全是死虫子，顾客看到掉头就走，我已经扔了好几批面包。
我跟你们保安说过两次，他说灯是上面统一要求的。能不能晚上九点以后关掉，或者换一种不招虫的灯？大家做邻居，希望互相体谅。
韩女士　电话 0598-2375520
2026年10月30日""",
      T(complainant="韩女士", phones=("0598-2375520",), dates=("2026-10-30",),
        units=("XB",), complained=("XB",), business="其他", cause=OTHER, signed="2026-10-30")),
    # why: the supplements were sold by an outside firm in the lobby; no financial service of the
    # bank was sold to the writer, so it is 其他, not misrepresentation to sell (MKT).
    L("f14_other_health_lecture_in_lobby_sold_supplements_to_father", """城东支行领导：
我父亲今年七十九岁，十一月十九日你们在大厅办“银发健康讲座”，请了一家保健品公司来讲，讲完当场卖“深海鱼油”和“降压枕”。我父亲被说动了，花了三千八买了一堆，回家一看全是普通食品。
东西不是银行卖的，钱也是现金付给那家公司的，跟他的存款没关系。可地方是你们提供的，讲座是你们发短信通知老人来的，老人就是冲着“银行办的”才信。请你们以后别让这种人进大厅，也帮忙联系那家公司退货。
女儿：梁晓红　手机　136 9598 4420
2026年11月24日""",
      T(complainant="梁晓红", phones=("13695984420",), dates=("2026-11-19", "2026-11-24"),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER, signed="2026-11-24")),
)
