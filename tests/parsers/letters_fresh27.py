"""A twenty-seventh blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh27`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read, and nothing else in the repository:
the module docstring and first two letters of letters_fresh11.py (lines 1-71, for the format
and the labelling rules), the `Truth`/`HeldOutLetter`/`heldout_directory` definitions and the
cause constants of letters_heldout.py (lines 1-67), and the list of earlier letter and form ids,
whose situations are avoided. Written outside the repository, at /tmp/fresh27.

This round was asked to lean toward texts naming two or more units: 16 of the 30 letters name
two units (a superior written to about an outlet, an outlet where the writer only asked or
phoned, two outlets compared, an outlet named as an address, a unit praised), the other 14 one.
One letter (f27_funds_monthly_transfers_to_xiamen_kindergarten_never_set_up) names an outlet only
as the place the writer asked, and says no unit is to blame: its `complained` is empty.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones, dates
in the order first stated, units named, the unit(s) complained of, business, cause as what the
bank did). No letter names its cause with the words of the cause's label.

Causes: SVC 3, SYS 3, RULE 3, FUNDS 3, and 2 each of MKT, DISC, CHOICE, FEE, CLAUSE, RET, DATA,
DEBT, OTHER. The hard letters (two plausible causes) each carry a `# why:` comment naming the
deciding rule.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`320d09e`: the 1,753-example
weighting of `bc0ce14`, the unit and name rules of `320d09e`): cause 86.7 % (26/30), the rules alone 53.3 % (16/30); business 83.3 %; unit found or
triage 86.7 % (25 right, 1 triage, 4 wrong); complainant 96.7 % / 96.7 %; fields 96.0 % / 96.0 %;
signed date 100 %; mojibake 0. Not trained on. Then one wrong unit was fixed (a department the writer phoned
to ask, "打电话问了县里的个人金融部", is background); the other three are left.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH27: tuple[L, ...] = (
    # why: the machine reset the card the clerk picked; she handed over one card and he chose
    # the other, so it is a clerk's mishandling (SVC), not a failed machine (SYS).
    L("f27_svc_clerk_reset_pin_of_the_wrong_one_of_her_two_cards", """东门网点的负责人：
我是刘桂兰，七十三了，身上两张卡，一张领养老金的，一张是种粮补贴的。十一月四号我到你们那里，说得明明白白要把养老金那张卡的密码重设，还把那张卡递进去了。柜台的小伙子低着头按了一通，说好了。结果我到取钱的机器上一试，还是不对。
十一月六号我再去，他才看出来他改的是补贴那张卡的密码，补贴卡我那天根本没带去。又重新弄了一遍，也没说声对不起。我这腿来回一趟要坐四十分钟的车。我不是要钱，是要他以后看清楚再按。
刘桂兰  2026.11.9
电话 138 0598 2217""",
      T(complainant="刘桂兰", phones=("13805982217",),
        dates=("2026-11-04", "2026-11-06", "2026-11-09"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SVC,
        signed="2026-11-09")),
    # why: the department the writer phoned says no village stamp is asked for; the clerk's own
    # demand sent him home twice, a clerk's mishandling (SVC), not a rule applied as designed.
    L("f27_svc_clerk_demanded_village_stamp_for_medical_aid_withdrawal", """致列西分理处：
本人陈木生，家住夏阳乡坪埔村。我老伴住院花了不少，医保报销和民政的大病救助款打到她的存折上，一共一万二千四百元。2026年10月27日我拿着她的存折、她的身份证、我的身份证和户口本去代取，柜员说代取要村委会盖章的证明，没有不给办。我10月29日又跑回村里开了证明，盖了章，再来她又说要老伴本人来按手印。
我心里没底，打电话问了县里的个人金融部，那边的同志说代取这种小额救助款，有两个人的身份证和户口本就行，根本不用村里盖章。那我那两趟山路算谁的？柜员自己不清楚就让我跑，对一个七十岁的人不应该这样。
陈木生
电话：0598-2831675
二〇二六年十一月二日""",
      T(complainant="陈木生", phones=("0598-2831675",),
        dates=("2026-10-27", "2026-10-29", "2026-11-02"),
        units=("LJ", "PF"), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-02")),
    # why: the photos stayed on the clerk's phone and were given to no one; it is how a clerk
    # handled her (SVC), not personal data given away (DATA).
    L("f27_svc_clerk_photographed_id_and_face_on_her_own_phone", """燕西支行：
我是一名大二学生，11月14日在你们营业厅开一张新卡，用来收学校的勤工俭学补助。办的时候，柜台那位姐姐拿出她自己的手机，把我的身份证正反面和我的脸都拍了，说是“留个底，怕以后有事”。我请她当面删掉，她说“删什么删，又不会发给别人”，就把手机塞进抽屉了。
我同学在徐碧网点开卡，是用柜台上的机器扫的，从来没有用私人手机拍。我现在每天都在想那几张照片还在不在她手机里。请你们让她当着我的面删掉，并说明以后不这样做。
学生 黄雨桐
手机：１５２６０９８３４１７
2026年11月16日""",
      T(complainant="黄雨桐", phones=("15260983417",),
        dates=("2026-11-14", "2026-11-16"),
        units=("YX", "XB"), complained=("YX",), business="银行卡", cause=SVC,
        signed="2026-11-16")),
    L("f27_sys_smart_counter_new_card_printed_with_previous_customers_name", """明溪支行大堂经理转领导：
12月1日下午我在你们大厅的自助发卡机上补办借记卡，机器打出来的回执上、卡套上写的户名都是“张德”，不是我，卡面上印的拼音也是 ZHANG DE，账号倒是我的。大堂的人说是机器“串了”前面那位客户的资料，让我放心用。
我怎么放心？以后拿这张卡办事，人家一看名字对不上。请你们把那台机器查清楚，给我换一张对的卡，也查一下那位张先生的卡上是不是印了我的名字。
罗建平
住址：瀚仙镇龙湖村17号
13599318460
2026-12-02""",
      T(complainant="罗建平", phones=("13599318460",),
        dates=("2026-12-01", "2026-12-02"),
        units=("MX",), complained=("MX",), business="银行卡", cause=SYS,
        signed="2026-12-02")),
    # why: the writer accepts that the outlet shuts on Saturdays; what failed is the booking page
    # that took a slot on a closed day (SYS), not the closing rule (RULE).
    L("f27_sys_app_booked_coin_exchange_on_lieqi_closed_saturday", """列西分理处负责同志：
我开小超市的，每个礼拜要换硬币找零。11月21日是星期六，我在你们的手机银行上预约了当天上午十点在列西换二百元一元硬币，页面显示“预约成功”，还给了一个取号码。我骑电动车过去，门关着，门上贴的告示写周六不对外营业。你们周六不开门我没意见，可那个预约页面为什么让我约上了？
我又赶到城东，城东的柜员说看不到我在列西的预约，排了一个钟头的号才换到。一上午店门关着，损失谁管？请把手机上预约这一块弄好。
林秀凤（超市店主）  电话 159-6052-3381
2026年11月23日""",
      T(complainant="林秀凤", phones=("15960523381",),
        dates=("2026-11-21", "2026-11-23"),
        units=("LJ", "CD"), complained=("LJ",), business="人民币管理", cause=SYS,
        signed="2026-11-23")),
    # why: he made the deposit himself and the machine posted it to the card used before his;
    # a failed machine (SYS), not money gone without the customer's act (FUNDS).
    L("f27_sys_deposit_machine_posted_cash_to_previous_users_card", """徐碧支行：
十月三十日下午，我在你们那个网点门口的存取款一体机上存卖猪的钱，六千八百元。我插卡，输密码，放钱，机器点完钱就出了凭条，卡也吐出来了。回家一看，凭条上的卡号尾数是0931，我的卡尾数是5527，手机上也没收到到账的短信。
第二天我去问，大堂经理查了说钱进了我前面那个人的卡，机器没有把上一张卡“退干净”。到现在还说要等那个人同意才能退回来。我是自己动手存的，不是我按错了，是你们的机器出的错。请先把钱给我补上，你们自己去找那个人。
养猪户 郑发根
0598－5627019
2026年11月18日""",
      T(complainant="郑发根", phones=("0598-5627019",),
        dates=("2026-10-30", "2026-11-18"),
        units=("XB",), complained=("XB",), business="银行卡", cause=SYS,
        signed="2026-11-18")),
    # why: the clerk was courteous and showed the printed notice; the sorting and washing demand
    # is the bank's requirement applied as designed (RULE), not a clerk's mishandling (SVC).
    L("f27_rule_wishing_pool_coins_refused_until_washed_and_sorted", """明溪县支行：
我是龙泉寺管委会的会计吴振邦。寺里放生池的硬币一年清一次，今年捞上来三麻袋，晾干了，大概有四五千元。11月12日我们拉到城东支行，想存到寺里的账户上。柜员很客气，拿出一张打印的告示给我们看：硬币要分面值，一元、五角、一角分开，每五十枚一卷包好，有锈的、沾泥的要洗干净，不然不收。
我们五个老人，平均七十多岁，哪里分得过来？银行有清点硬币的机器，为什么不能让机器去数？我们不是说柜员不好，柜员是照你们的规定办的，我们就是觉得这个规定对我们这种情况太死了，请县支行考虑能不能通融。
吴振邦
电话：0598-2287503，手机 13860584412
2026年11月15日""",
      T(complainant="吴振邦", phones=("0598-2287503", "13860584412"),
        dates=("2026-11-12", "2026-11-15"),
        units=("MX", "CD"), complained=("CD",), business="人民币管理", cause=RULE,
        signed="2026-11-15")),
    L("f27_rule_foster_grandmother_refused_passbook_for_foster_child", """燕西的银行：
我姓邱，今年六十六，从前年起帮民政代养一个八岁的女孩。孩子每个月有一点补助，我想给她开个存折存起来，以后读书用。11月5日我带了孩子、我的身份证、民政发的代养协议去燕西支行，柜员说小孩开户要父母或者法定监护人来，代养协议不算监护，要去法院或者民政开监护证明。
柜员翻了半天文件，也打电话问了上面，确实是这样。可孩子的监护人是民政局，民政局的人说他们不会来银行给一个小孩开存折。那这孩子就开不了户了？我不是要取钱，是要存钱呀。
邱美玉
电话 137 9988 4106""",
      T(complainant="邱美玉", phones=("13799884106",), dates=("--11-05",),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=RULE,
        signed=None)),
    L("f27_rule_lost_card_new_one_only_after_seven_days_sailor_due_at_sea", """明溪支行、城东支行：
我丈夫何立新是远洋船上的轮机员，2026年11月25日回家休假时在车站把工资卡丢了。11月26日我陪他到明溪支行挂失补卡，柜员说挂失之后要等七天才能补新卡，还得本人来领。他12月1日就要到宁波上船，一走九个月，卡补不出来，船公司的工资就发不进来。
我们不死心，11月27日上午又去城东支行问，回答一模一样，说是全行统一的规定，谁也改不了。两个网点的人都挺耐心，我们也知道这是为了防别人冒领。但跑船的人有跑船的难处，能不能给出远门的人留一条路，比如我拿他的委托书去领？
何立新的妻子 王丽娟
电话（我）：186 5983 0442
2026年11月28日""",
      T(complainant="王丽娟", phones=("18659830442",),
        dates=("2026-11-25", "2026-11-26", "2026-12-01", "2026-11-27", "2026-11-28"),
        units=("MX", "CD"), complained=("MX", "CD"), business="银行卡", cause=RULE,
        signed="2026-11-28")),
    # why: she faults the clerk's identity check, but what she objects to is money taken from her
    # card without her act (FUNDS); the check is only how it happened.
    L("f27_funds_stranger_bought_gold_bars_at_chengdong_with_her_lost_card", """徐碧支行转城东支行：
我叫曾春花，在徐碧开的户，卡一直在徐碧用。2026年10月18日早上我在茶叶市场把钱包丢了，卡和身份证都在里面。我中午才发现，下午一点打电话挂的失。查出来，上午十一点多有人拿我的卡在城东支行柜台买了两根五十克的金条，扣了我四万六千多。
我没去过城东，更没买过金条。密码是我的生日，这个怪我，可拿卡的是个男的，我是五十多岁的女人，钱是在我不知道的时候没了的。请银行把钱还到我卡上。
曾春花
电话 158 6007 2931
2026年10月30日""",
      T(complainant="曾春花", phones=("15860072931",),
        dates=("2026-10-18", "2026-10-30"),
        units=("XB", "CD"), complained=("CD",), business="银行卡", cause=FUNDS,
        signed="2026-10-30")),
    # why: a parent may usually draw a minor's passbook, but the mother objects to the child's
    # money leaving without her act after the outlet noted the custody judgment (FUNDS), not to
    # the rule itself (RULE).
    L("f27_funds_estranged_father_drew_childs_passbook_despite_custody_ruling", """明溪县支行：
我和前夫去年离的婚，法院判女儿跟我。女儿名下有一本存折，是她爷爷奶奶给的压岁钱，三万一千元，存折一直在前夫家里没拿回来。今年三月十日我拿着判决书到燕西支行，请他们在账户上记一下，柜员说已经备注了，让我放心。
11月20日我去燕西问余额，才知道钱在10月8日被前夫全部取走了，他拿的是存折、他的身份证和户口本。孩子的钱，我一分没同意，钱就没了。请县支行查清楚燕西那天是怎么给他办的，把孩子的钱追回来。
杨淑琴  手机 13950826617
地址：城关新华路25号3单元
2026年11月24日""",
      T(complainant="杨淑琴", phones=("13950826617",),
        dates=("2026-03-10", "2026-11-20", "2026-10-08", "2026-11-24"),
        units=("MX", "YX"), complained=("YX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-24")),
    L("f27_funds_monthly_transfers_to_xiamen_kindergarten_never_set_up", """银行领导：
我是在外面做泥水工的，卡是老家办的，平时只在县城取现金。上个月回来，到列西分理处打了一张流水，才发现从今年5月开始，每个月都有一笔一千二百八十元转到厦门一个什么幼儿园的账户，已经转了六次，七千多块。我没有孩子在厦门，没装手机银行，更没设过什么每月自动转账。
列西的柜员只说这是“定期转账”，要我写信来说。我不知道该找哪个部门，就写给你们。我的钱是怎么被转走的，是谁设的，请查清楚退给我。
温国庆  13306981752
2026年12月3日""",
      T(complainant="温国庆", phones=("13306981752",), dates=("2026-12-03",),
        units=("LJ",), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-12-03")),
    # why: the manager said the cover pays for dentures, which the policy never did: a false
    # statement to sell (MKT), not mere silence on a fact (DISC).
    L("f27_mkt_senior_health_cover_said_to_pay_for_dentures", """徐碧网点：
我母亲周玉珍今年六十八岁。9月3日她去你们网点存定期，大堂里那位穿西装的客户经理给她推荐了一份老年医疗保险，一年三千六。我母亲问得清清楚楚：“我要镶牙，这个能报吗？”经理说：“镶牙、配助听器都能报，去年好多老人都报了。”我母亲就买了。
11月她镶完一口牙，花了一万一千多，拿着发票去报，保险公司说这份保险只管住院，镶牙从来不在里面。我翻了保单，确实没有一个字提镶牙。经理说的话和保单完全对不上。请网点给我母亲一个说法，退保退钱。
儿子 林志强 代母亲写
电话：135-0598-6624
2026年11月19日""",
      T(complainant="林志强", phones=("13505986624",),
        dates=("2026-09-03", "2026-11-19"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-11-19")),
    L("f27_mkt_harvester_loan_said_repaid_by_machinery_subsidy", """明溪县支行信贷部门（转城东支行）：
我是种田的大户李长福，承包了二百多亩。今年四月城东支行的客户经理小蔡上门，说我买收割机可以贷十五万，国家农机补贴下来以后会“自动抵掉一半贷款”，我每年只要还利息就行。我就在4月22日签了字。
十月补贴下来了，打到我的一卡通上，一分也没进贷款。贷款一分没少，11月20日第一期本金三万七就到期了。去问小蔡，他说“补贴是补贴，贷款是贷款，我没那样说过”。当初在场的还有我儿子。银行要是这样把贷款卖给农民，以后谁还敢信？请查一查。
李长福
住址：胡坊镇肖家坊村
电话 0598-2762149 / 13159877024
2026年11月26日""",
      T(complainant="李长福", phones=("0598-2762149", "13159877024"),
        dates=("2026-04-22", "2026-11-20", "2026-11-26"),
        units=("MX", "CD"), complained=("CD",), business="贷款", cause=MKT,
        signed="2026-11-26")),
    L("f27_disc_balance_alerts_only_above_five_hundred_never_said", """明溪支行：
2025年6月我在你们这里开卡，柜员让我开了短信提醒，一年二十四元，说“卡上一动钱就给你发短信”。我最近看流水，发现从9月到11月有二十多笔一两百块的消费，都是网上买游戏点卡的，我一条短信也没收到。问了才知道，你们的短信只在五百元以上才发，五百以下不发。
这么要紧的事，开通那天一句没提。要是早知道，我就会天天自己看。被刷的钱我另外报了警，这封信只说一件事：五百以下不发短信，你们从来没跟我说过。
赵春梅  15080593364
二〇二六年十二月一日""",
      T(complainant="赵春梅", phones=("15080593364",), dates=("2026-12-01",),
        units=("MX",), complained=("MX",), business="银行卡", cause=DISC,
        signed="2026-12-01")),
    L("f27_disc_us_cheque_collection_takes_two_months_untold", """城东支行外汇柜台：
我舅舅从美国寄来一张支票，五千美元，给我女儿上大学用。8月11日我到城东支行办托收，柜员收了支票，给了我一张回单，只说“等着到账就行”。女儿9月1日开学要交学费，我以为最多一两个礼拜。结果一直等到10月16日钱才到，我只好先跟亲戚借钱交了学费。
后来我去明溪支行问别的事，那边的人说美国支票托收本来就要一到两个月。可这件事你们城东的柜员一个字也没跟我讲。早讲了，我就让舅舅改成电汇。
郭小燕
电话 0598 2236 918""",
      T(complainant="郭小燕", phones=("0598-2236918",),
        dates=("--08-11", "--09-01", "--10-16"),
        units=("CD", "MX"), complained=("CD",), business="外汇", cause=DISC,
        signed=None)),
    L("f27_choice_new_card_came_with_monthly_lottery_ticket_debit", """列西分理处：
我是退休教师，10月9日在你们这里换了一张新的金融社保卡，当时柜员拿了一叠纸让我签，我签了五六个名字。
11月5日卡上扣了二十元，备注“福彩代购”，问了才知道以后每个月都要扣。我一辈子没买过彩票，也没有人问过我要不要买。柜员说那叠纸里有一张是代购彩票的，已经打了勾。勾不是我打的。请马上给我停掉，把扣的钱退回来。
退休教师 蔡振华
电话：13705985530
2026.11.12""",
      T(complainant="蔡振华", phones=("13705985530",),
        dates=("2026-10-09", "2026-11-05", "2026-11-12"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=CHOICE,
        signed="2026-11-12")),
    # why: the couple object to being made to use the bank's estate agent at all, an add-on
    # forced on a loan (CHOICE), not to the size of the agent's charge (FEE).
    L("f27_choice_mortgage_only_through_banks_partner_estate_agent", """城东支行领导：
我们小两口在县城看中一套二手房，价钱是跟房东自己谈好的，没用中介。10月14日我们到城东支行申请按揭，客户经理说二手房按揭必须通过他们合作的“安居房产”办过户和代管房款，中介费一万二，不走这家就不受理。
可我同事十月在燕西支行办二手房按揭，就是自己跟房东去办的过户，一分中介费没出。同一家银行，为什么在城东就非得用你们指定的中介？我们不要这个中介，请像燕西那样给我们办。
申请人 邓宇航（妻 谢婷）
手机 177 5081 3920
2026年10月20日""",
      T(complainant="邓宇航", phones=("17750813920",),
        dates=("2026-10-14", "2026-10-20"),
        units=("CD", "YX"), complained=("CD",), business="贷款", cause=CHOICE,
        signed="2026-10-20")),
    L("f27_fee_supermarket_cash_pickup_charge_doubled", """致城东支行对公柜台：
我们万家福超市从2023年起用你们的上门收款，每天晚上押运车来把营业款收走，一个月六百元。十月份你们发了通知，从11月1日起涨到一千二百元一个月。通知早就发了，字也写得清楚，这一点我们没话说。
但是一下子翻一倍，我们一个月营业额才二十来万，这笔钱太重了。同一条街上的农商行上门收款一个月才五百。请你们把价钱降下来，不然我们只好换银行。
万家福超市  负责人 苏建明
电话 0598-2213306
2026年11月8日""",
      T(complainant="苏建明", phones=("0598-2213306",),
        dates=("2026-11-01", "2026-11-08"),
        units=("CD",), complained=("CD",), business="其他中间业务", cause=FEE,
        signed="2026-11-08")),
    L("f27_fee_fruit_shop_charged_fifty_per_chargeback_enquiry", """列西分理处：
我在菜市场口开水果店，用的是你们的收款码和刷卡机。这两个月有三个顾客说刷重了，去他们自己的银行投诉，你们每来一笔“调单”，就从我店里的账户扣五十块调单费。查下来三笔都是顾客自己记错了，我一分没多收，可一百五十块照扣。
我问过在城东支行那边开店的朋友，他们说别家银行调单是不扣钱的。顾客记错了还要我出钱，五十块一笔太贵了，能不能免掉，至少查实没问题的别扣。
果农之家  吴美华
13859071186
2026年11月30日""",
      T(complainant="吴美华", phones=("13859071186",), dates=("2026-11-30",),
        units=("LJ", "CD"), complained=("LJ",), business="支付结算", cause=FEE,
        signed="2026-11-30")),
    L("f27_clause_business_loan_bars_going_abroad_without_bank_consent", """明溪县支行个金部：
我开了一家竹制品加工厂，今年6月在明溪支行贷了六十万经营贷。最近接到一份马来西亚的订单，12月要去吉隆坡看货。客户经理提醒我，借款协议第十七条写着：“借款期间借款人出境须事先取得贷款人书面同意，否则贷款人有权宣布贷款提前到期。”
我每个月本息一天没拖过，出趟国谈生意还要银行批？那份协议是印好的，我也改不了。出一趟国就能让全部贷款到期，这一条对借钱的人太不公平了。请把这一条取消或者改一改。
刘建华  竹艺厂
电话 139 5988 0713
2026年11月27日""",
      T(complainant="刘建华", phones=("13959880713",), dates=("2026-11-27",),
        units=("MX", "PF"), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-27")),
    L("f27_clause_account_terms_let_bank_close_account_over_public_posts", """徐碧支行：
我上个月在网上发了个帖子，说你们网点排队太久。前几天你们的人打电话给我，很客气，说“建议删帖”，还提醒我开户时签的《个人账户总协议》第二十三条：“客户发布损害本行声誉言论的，本行有权限制或关闭其账户。”我回家翻出那份协议一看，还真有这一条。
我没骂人，说的是实话。一个储户说一句排队慢，你们就可以关他的账户？这一条本身就不讲理。帖子我不删，也请你们把这一条从协议里拿掉，别拿它吓唬人。
陈浩  邮箱 chenhao_mx@163.com
手机 １８０５０９７２２１６""",
      T(complainant="陈浩", phones=("18050972216",), dates=(),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE,
        signed=None)),
    # why: the writer says nobody misled the choir and the risk was explained; the complaint is
    # the return itself, far under the reference rate (RET), not a sales pitch (MKT).
    L("f27_ret_village_choir_trip_money_half_year_wealth_ended_point_seven", """燕西支行理财经理：
我们村老年合唱队攒了两万块，准备明年去省城比赛用。2026年4月28日队里让我在你们那里买了一款半年期的理财，说明书上写的业绩比较基准是2.6%到3.2%，你们的经理也说“这是参考，不保证”，我们都懂，也签了风险揭示书。
10月29日到期，只拿回两万零七十元，折成一年不到0.7%，比存半年定期还少。没人骗我们，我们也不是说谁乱讲，就是想问：参考能差这么远吗？这款理财半年里到底投了什么，亏在哪里，请给我们一个交代。
合唱队队长 黄秀兰
电话 0598-2512087""",
      T(complainant="黄秀兰", phones=("0598-2512087",),
        dates=("2026-04-28", "--10-29"),
        units=("YX",), complained=("YX",), business="自营理财", cause=RET,
        signed=None)),
    L("f27_ret_retired_seaman_agency_shipping_fund_down_a_fifth", """明溪县支行：
我是退休的老海员，一辈子跟船打交道。2025年3月我在城东支行买了一只代销的航运主题基金，八万块。买的时候风险都说了，亏了自己认，这个我不赖。
到今年11月只剩六万三千多，跌了两成多。运费涨的时候它不涨，运费跌它跟着跌。我不是要你们赔，就是觉得城东卖出去的东西，县支行总该帮我问问基金公司，这一年多怎么跌成这样，还有没有回来的指望。
郑海生  13959806652
2026年11月21日""",
      T(complainant="郑海生", phones=("13959806652",), dates=("2026-11-21",),
        units=("MX", "CD"), complained=("CD",), business="银行代理业务", cause=RET,
        signed="2026-11-21")),
    L("f27_data_scrap_paper_slips_printed_with_her_own_statement", """明溪县支行办公室：
11月10日我在城东支行填单子，柜台边放着一叠裁小的废纸给客户打草稿。我随手拿了一张，翻过来一看，背面印的是一张账户流水，名字、卡号、每一笔进出都清清楚楚，是我自己的！是我10月上旬在那里打的，打错了一份，当场交给柜员让她销毁的。我又翻了几张，还有好几个别人的。
我把那几张交给大堂，大堂的人说“废纸再利用，节约”。节约不能拿储户的账单给全街的人打草稿。请县支行查清楚，把这些纸全部收回，告诉我我的那张在那里放了多久。
方丽
电话：0598 － 2871330
2026年11月12日""",
      T(complainant="方丽", phones=("0598-2871330",),
        dates=("2026-11-10", "2026-11-12"),
        units=("MX", "CD"), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-12")),
    L("f27_data_lobby_helper_stuck_her_id_and_card_number_on_kiosk", """燕西支行：
12月2日上午我在你们大厅的自助机上改手机号，机器老是认不出我的脸，大堂的小伙子来帮我弄。他把我的身份证号码、银行卡号和新手机号抄在一张黄色便利贴上，贴在机器屏幕边上，说“方便你对着输”。弄完他去招呼别人，我也没注意。下午我女儿去办别的事，那张便利贴还贴在那台机器上，谁都能看。
这些号码给坏人拿去能干什么，现在电视里天天讲。请把这种做法停了，也告诉我这张纸贴在那里的时候有谁看过。
黄阿姨（黄月娥）
电话 150 0598 7712""",
      T(complainant="黄月娥", phones=("15005987712",), dates=("--12-02",),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed=None)),
    L("f27_debt_card_chasers_edited_his_restaurant_map_listing", """信用卡中心：
我是开小饭馆的，欠你们卡上三万多块，我认，十月起每月还两千，已经跟你们打电话的人说好了。可从11月16日起，我饭馆在地图软件上的介绍被人改了，店名后面加了一句“老板欠银行钱不还”，评论区还有人贴了我的欠款截图。我打你们的客服电话，一个自称外包公司的人说“你早点还清就没这些了”。
我每个月都在城东支行柜台还款，那里的柜员一直对我很客气，看了截图也说不像话。欠钱我认，但你们这样弄，客人都不敢进门了。请马上叫他们把东西撤掉。
潘志明  饭馆地址：雪峰镇民主路88号
手机 13859898817
2026年11月22日""",
      T(complainant="潘志明", phones=("13859898817",),
        dates=("2026-11-16", "2026-11-22"),
        units=("CARD", "CD"), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-22")),
    L("f27_debt_loan_officer_took_grandsons_school_tablet", """燕西支行行长：
我儿子在外打工，家里的小额农户贷款是我出面借的，到期差了四千没还上，我认。11月3日下午燕西支行的信贷员老汤来家里要钱，看到我孙子在用学校发的学习平板上网课，伸手就拿走了，说“什么时候还钱，什么时候来拿”。孙子哭了一晚上，作业交不上，老师打电话来问。
欠的钱我月底卖了笋干就还，可孩子读书的东西你们凭什么拿走？请叫他把平板送回来。
借款人 范德顺
电话：0598-2548163
二〇二六年十一月五日""",
      T(complainant="范德顺", phones=("0598-2548163",),
        dates=("2026-11-03", "2026-11-05"),
        units=("YX",), complained=("YX",), business="债务催收", cause=DEBT,
        signed="2026-11-05")),
    L("f27_other_anti_fraud_skit_named_his_real_tea_shop_as_the_scammers", """列西分理处：
11月7日晚上你们在广场搞防诈骗宣传，演了一个小品，里面骗子开的店叫“福茗茶庄”，台词里还说“就是广场边上那家”。我的茶庄就叫福茗茶庄，就在广场边上，开了十一年。第二天就有老客户打电话问我是不是骗子，两家单位的年节茶订单也停了。徐碧支行的两个员工当时也在台下帮着发传单，都看见了。
宣传是好事，可编故事为什么用我的真店名？我不是你们的储户，也不找你们办什么事，就是要你们在同一个广场公开说清楚，给我的店正名。
福茗茶庄 老板 廖文斌
手机 189 5988 3104
2026年11月10日""",
      T(complainant="廖文斌", phones=("18959883104",),
        dates=("2026-11-07", "2026-11-10"),
        units=("LJ", "XB"), complained=("LJ",), business="其他", cause=OTHER,
        signed="2026-11-10")),
    L("f27_other_promo_drone_over_bee_farm_scattered_the_hives", """城东支行：
10月25日上午，你们在我蜂场旁边的油茶山上拍宣传片，放了一架无人机，在我一百多箱蜜蜂头上来回飞了一个多钟头，离蜂箱不到三四米。蜂群炸了窝，好几箱的蜂王飞走没回来，当天死蜂铺了一地。我上去说，拍片的人说是“银行请的，拍完就走”。
我跟你们银行没有来往，也不办什么事，就是要你们赔这几箱蜂的损失，大约六千元。照片、视频我都拍了。
蜂农 官长水
电话：133 0598 4460
2026年10月28日""",
      T(complainant="官长水", phones=("13305984460",),
        dates=("2026-10-25", "2026-10-28"),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed="2026-10-28")),
)
