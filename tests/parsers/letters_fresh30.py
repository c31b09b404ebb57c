"""A thirtieth blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh30`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read, and nothing else in the repository:
the module docstring and first two letters of letters_fresh11.py (lines 1-71, for the format and
the labelling rules), the `Truth`/`HeldOutLetter`/`heldout_directory` definitions and the cause
constants of letters_heldout.py (lines 1-67), and the list of earlier letter and form ids, whose
situations are avoided. Written outside the repository, at /tmp/fresh30.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones, dates,
units, complained, cause, business), unchanged. Units are named in many ways: by name, by alias,
as "你们网点", as an address, as a unit praised, a unit only asked or phoned, a superior written to
about an outlet, two outlets compared; a letter that truly names no unit for its grievance has an
empty `complained`. No letter names its cause with the words of the cause's label.

Causes: 3 each of 服务态度及服务质量, 服务设施设备业务系统, 管理制度业务规则与流程 and
消费者资金安全, 2 each of the other nine. Dates are listed in the order the letter first states
them. The hard letters (two plausible causes) each carry a `# why:` comment naming the deciding
rule.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`d036171`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `d036171`): cause 83.3 % (25/30), the rules alone 43.3 % (13/30); business 80.0 %; unit found or
triage 100 % (29 right, 1 triage, 0 wrong); complainant 96.7 % / 100 %; fields 98.5 % / 100 %;
signed date 100 %; mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH30: tuple[L, ...] = (
    # --- 服务态度及服务质量 (SVC) ---
    L("f30_svc_loan_officer_wrote_wrong_village_on_forest_pledge_form", """明溪县支行领导：
　　我是夏坊乡黄坪村的廖长根，今年五十九岁，种了一辈子杉木。今年10月9日我到列西分理处申请林权抵押贷款八万块，准备开春前把后山那片采伐过的山场补种上。管贷款的温姓小伙子帮我填的林权抵押登记表，把“黄坪村”写成了“王坪村”，我眼神不好，他叫我在哪签我就在哪签。
　　11月2日林业站打电话说登记不了，村名跟林权证对不上，要退回去重填。我前前后后跑了三趟列西，小温一会说领导不在，一会说表格要重新盖章，一直拖到这个月中旬钱才下来。订好的两万株杉苗，苗圃等不了，另外加了我一千二百块的存苗钱，补种也误了最好的时候。
　　字是他写错的，不是我。这一千二请你们核实以后给我一个说法，也请教育一下这个小伙子，做事细心一点。
廖长根
手机：135 0598 6621　家里：0598-2754318
2026年11月28日""",
      T(complainant="廖长根", phones=("13505986621", "0598-2754318"),
        dates=("2026-10-09", "2026-11-02", "2026-11-28"),
        units=("MX", "LJ"), complained=("LJ",), business="贷款", cause=SVC,
        signed="2026-11-28")),
    # why: the bill and the app both showed 16800; the hotline agent read it out a digit short,
    # so it is a person's slip (SVC), not a failed machine (SYS).
    L("f30_svc_card_hotline_read_bill_a_digit_short", """信用卡中心的负责同志：
　　我叫卢晓燕，在县城步行街开一间小理发店。11月5日晚上我打你们的热线，问这个月要还多少。接电话的女同志查了一下，说“一千六百八十元”。我第二天，也就是11月6日，在店里用手机转账还了1680元，心想还清了。
　　结果12月的账单来了，上面说我上期应还16800元，只还了1680元，扣了我四百多块利息，还有一笔违约金。我男朋友帮我查征信，说已经显示逾期了。我眼睛做过手术，看手机上的小字很吃力，平时都是打电话问，从来没出过错。
　　手机银行上的数是对的，是接电话的人少念了一个零。你们的电话都有录音，一听就知道。我请求：把利息和违约金退回来，把征信上的逾期记录改掉。
卢晓燕
电话：１５２　６０５９　３３１８
2026.12.1""",
      T(complainant="卢晓燕", phones=("15260593318",),
        dates=("2026-11-05", "2026-11-06", "2026-12-01"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=SVC,
        signed="2026-12-01")),
    L("f30_svc_clerk_had_grandma_remove_hearing_aid_and_lost_it", """城东支行：
　　我是罗美英老人的孙女郑雨桐，在福州读大学，这封信替奶奶写，也是我自己要反映。
　　二〇二六年十一月十八日上午，我陪八十四岁的奶奶到东门网点换到期的养老金卡。柜台那位戴眼镜的女柜员说要刷脸，叫奶奶把助听器摘下来，说“挂着东西拍不准”，摘下来放在柜台的小托盘里。刷了四五次脸才通过，新卡办好，我们一转身，托盘里的助听器就不见了。
　　我们问柜员，她说“你们自己装口袋了吧，我没看见”。我说看一下柜台上方的监控，她说监控要领导批准，今天领导不在。奶奶这副助听器是去年在福州配的，六千八百元，没有它奶奶跟谁说话都听不见。
　　去年奶奶在徐碧网点办过一样的事，人家也刷脸，一句要摘助听器的话都没有说过。请你们调监控，找回助听器或者照价赔偿，也请那位柜员给奶奶道个歉。
郑雨桐（孙女）
联系电话：186-0598-2390
二〇二六年十一月二十六日""",
      T(complainant="郑雨桐", phones=("18605982390",),
        dates=("2026-11-18", "2026-11-26"),
        units=("CD", "XB"), complained=("CD",), business="银行卡", cause=SVC,
        signed="2026-11-26")),

    # --- 服务设施设备业务系统 (SYS) ---
    L("f30_sys_exam_fee_card_payment_never_confirmed_to_exam_site", """银行的领导你们好：
　　我是闽西一所学院大四的学生江浩。10月28日晚上我在教师资格考试报名网站上交报名费70元，页面跳到你们银行的网上支付，我用自己的借记卡付了款，手机马上收到扣款70元的短信。可是报名网站一直显示“未缴费”。
　　我打了你们的电话，对方说“交易成功，钱已经付出去了，请联系收款方”。我又打考试院，考试院说他们那边一直没有收到银行返回的成功结果，让我找银行。10月30日报名截止，我这次考试就这样错过了，只能等明年春天。
　　放假回家的时候我到燕西支行问过，柜台说这是网上支付的事，她们查不了。
　　70元不多，可耽误的是半年。请你们查清楚，到底是哪一步没有把付款成功的结果传给考试院，给我一个书面说明，我好向考试院申请补报。
江浩
138 5983 0627
2026年11月20日""",
      T(complainant="江浩", phones=("13859830627",),
        dates=("2026-10-28", "2026-10-30", "2026-11-20"),
        units=("YX",), complained=(), business="银行卡", cause=SYS,
        signed="2026-11-20")),
    L("f30_sys_smart_counter_rejected_hong_kong_residence_permit_number", """徐碧支行负责人：
　　我叫陈秀琴，嫁到香港二十多年，内地身份证早就注销了，现在拿的是港澳居民居住证。家里老屋拆迁，村里要把补偿款打到我个人的银行卡上，所以11月10日我到徐碧网点开卡。
　　大堂经理很客气，说居住证可以开卡，这是允许的。可是现在开卡都要在那台智能柜台上做，我的居住证一放上去，屏幕就跳出“证件号码不合法”，试了六七次都一样，大概是我的号码是81开头的。窗口的柜员说她们那边也要用这台机器录，录不进去就开不了，叫我去县里。
　　11月12日我到明溪县支行，窗口的柜员用同一张居住证，十分钟就给我开好了，一点没为难我。同一家银行、同一个证件，徐碧网点说可以办，机器却不认，害我多跑了一趟县城，我七十岁的人晕车晕了一路。
　　请你们把机器改一改，不要让下一个拿居住证的人再白跑。
陈秀琴
内地手机 137 0598 1442
2026年11月15日""",
      T(complainant="陈秀琴", phones=("13705981442",),
        dates=("2026-11-10", "2026-11-12", "2026-11-15"),
        units=("XB", "MX"), complained=("XB",), business="银行卡", cause=SYS,
        signed="2026-11-15")),
    # why: she had switched the sweep off at the counter and the update switched it back on, so a
    # failed system (SYS) and not an add-on pushed on her without consent (CHOICE).
    L("f30_sys_app_update_switched_cash_sweep_back_on_rent_debit_failed", """城东支行：
我在县城开一间童装店，店面的房租是每个月从我在你们城东开的那张卡上自动扣给房东的。今年春天我在你们柜台把卡上的“余额自动转理财”关掉了，就是怕扣房租的时候钱不在卡上。柜员当时帮我关的，还给我看了手机上那个开关是灰的。
10月29号手机银行提示更新，我点了更新。11月1号房东打电话说房租没到。我一看，卡上的钱又被转进了理财，那个开关变回了绿色，扣房租那天卡上只剩三十几块。房东按我们租房时说好的，收了我三百块滞纳金。
我再没碰过那个开关，是你们更新以后它自己打开的。请你们查一下，这三百块给我个说法，也把这个毛病修好，肯定不止我一个人遇到。
童装店 老温
０５９８－２２４７７８１""",
      T(complainant=None, phones=("0598-2247781",),
        dates=("--10-29", "--11-01"),
        units=("CD",), complained=(), business="银行卡", cause=SYS,
        signed=None)),

    # --- 管理制度业务规则与流程 (RULE) ---
    # why: the shopkeeper and the outlet both applied the daily cap the bank sets for every
    # village cash point, and the writer says neither did wrong: a rule applied as designed (RULE),
    # not a clerk's mishandling (SVC).
    L("f30_rule_village_cash_point_two_thousand_cap_for_surgery_money", """列西分理处：
　　我是黄坊村的雷天福，六十七岁。十一月二十号我老伴在县医院要做胆囊手术，医生叫先交两万块押金。我家的钱都在你们的卡上，离镇上远，我就到村口小卖部的助农取款点去取。开点的老邱说，一天最多只能取两千，这是银行给所有取款点定死的，机器上超了就出不来，他也没有办法。
　　第二天一早我搭车到列西分理处，柜台的姑娘也说取款点就是两千，谁来都一样，要取多的只能到网点柜台来。可我老伴在医院等着，来回一趟就是半天，最后是跟邻居借了一万八，还要算利息。
　　我不是怪老邱，也不是怪柜台的姑娘，他们都是照你们的规定办的。我是想说，这个两千的死规定对我们山里人太难了，碰上看病救命的事，能不能有个变通，比如打个电话给网点确认一下就能多取。
雷天福
村部电话 0598-2861107
2026年11月24日""",
      T(complainant="雷天福", phones=("0598-2861107",),
        dates=("2026-11-20", "2026-11-24"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=RULE,
        signed="2026-11-24")),
    L("f30_rule_home_death_village_paper_refused_for_fathers_passbook", """县支行个人金融部：
　　我叫邓建平，家在雪峰镇，是邓德茂的大儿子。我父亲今年9月14日在家里去世，八十六岁，老病走的，没送医院。村委会给开了死亡证明，乡卫生院的医生也来看过，写了一张。
　　父亲在徐碧有一本存折，三万一千多块，我们兄妹三个都同意取出来，办完后事余下的分掉。11月3日我们兄妹三个一起带着户口本、村里的证明去徐碧网点，柜台说村委会的不算，必须要派出所开的户口注销证明，还要公证。我们到派出所，派出所说要医院出的死亡医学证明才能注销户口。我父亲在家里走的，哪来的医院证明？卫生院那张他们又说格式不对。
　　来回转了快一个月，钱取不出来。我们兄妹都不是不讲理的人，只是想问：在家里老死的老人，银行到底认哪张纸？请县支行给徐碧网点一个准话。
邓建平　133 5988 4120
2026/11/30""",
      T(complainant="邓建平", phones=("13359884120",),
        dates=("2026-09-14", "2026-11-03", "2026-11-30"),
        units=("PF", "XB"), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-11-30")),
    L("f30_rule_mushroom_loan_refused_over_coop_left_on_abnormal_list", """燕西支行行长：
　　我是种香菇的朱友明。今年10月15日我到你们网点申请三十万的种植贷款，想把菇棚从二十个扩到四十个。材料交齐了，十一月初信贷员打电话说批不下来，原因是我名下挂着一个2019年的香菇合作社，工商那边是“经营异常”，你们的规定是名下企业异常的人一律不放款，要先把合作社注销或者移出异常名录。
　　这个合作社当年是乡里牵头办的，叫我挂个名当法人，一分钱贷款没借过，一笔账也没有，早就不搞了。注销要五个社员都到场签字，有两个在外省打工，过年前回不来。
　　我理解银行要防风险，可是我种了十二年香菇，在你们网点存款、还款从来没有迟过一天。能不能看实际情况，先把贷款放了，我保证年底前把合作社注销掉。
朱友明
0598-6638215
二〇二六年十一月十九日""",
      T(complainant="朱友明", phones=("0598-6638215",),
        dates=("2026-10-15", "2026-11-19"),
        units=("YX",), complained=("YX",), business="贷款", cause=RULE,
        signed="2026-11-19")),

    # --- 消费者资金安全 (FUNDS) ---
    L("f30_funds_card_linked_to_a_brokerage_account_she_never_opened", """徐碧支行：
　　我叫林佩珍，在县城菜市场卖干货。我的积蓄都在你们徐碧网点开的一张借记卡上。11月14日我去取钱进货，卡里少了八万二。柜员打出明细，是10月下旬分五次“银证转账”转走的，转进了一家证券公司的账户。
　　我这辈子没买过一股股票，更没开过什么证券账户。你们的人说，这张卡是10月20日在网上跟那家证券公司绑定的，绑的时候用了我的卡号和手机验证码。我的手机一直在我身上，从来没收到过什么验证码，也没有人问我要过。
　　钱是从你们银行的卡上走的，我一下都没点过。请你们查清楚这个绑定是怎么做成的，把八万二还给我。我已经到派出所报了案。
林佩珍　电话 133-0598-6617
2026年11月19日""",
      T(complainant="林佩珍", phones=("13305986617",),
        dates=("2026-11-14", "2026-10-20", "2026-11-19"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FUNDS,
        signed="2026-11-19")),
    L("f30_funds_savings_moved_out_through_phone_banking_line_never_used", """明溪县支行领导：
　　我是退休的供销社职工，今年七十三岁。我在明溪支行有一本活期存折，存着我和老伴的养老钱。11月6日我去补登存折，发现9月以来有六笔“电话银行转账”，一共四万七千元，转到三个我不认识的人名下。
　　我这把年纪，连手机银行都不会用，更不知道你们还有个“电话银行”。柜台查了说，电话银行是2009年开户的时候一起开通的，凭存折账号和密码就能在电话上转账。开户的时候有没有给我开这个，我一点印象都没有，这十几年也从没用过。
　　存折一直锁在我家抽屉里，密码只有我和老伴知道。钱不是我们转的。请县支行查清楚，把钱追回来还给我们。
投诉人：邱德昌
座机：（0598）2815562
二〇二六年十一月十二日""",
      T(complainant="邱德昌", phones=("0598-2815562",),
        dates=("2026-11-06", "2026-11-12"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-12")),
    # why: the writer does not know whether the teller or the computer booked the second
    # withdrawal; what she objects to is five thousand taken from her passbook that she never
    # received, money gone without her act (FUNDS), not a clerk's slip (SVC) or a machine (SYS).
    L("f30_funds_teller_booked_two_withdrawals_and_paid_her_one", """燕西支行负责人：
　　11月3日上午我在燕西支行柜台用存折取五千块钱给孙子交学费。柜员说第一次“没走成”，叫我再输一遍密码，我就又输了一遍，她给了我五千块，我数了，就走了。
　　11月17日我去补登折子，上面11月3日有两笔取款，每笔五千，一共一万。我只拿到五千。我去问，柜员说电脑上两笔都成功了，第一笔也是我拿走的，后来又说可能是机器重复了。那天我就取了一次钱，手里就五千。
　　不管是人的问题还是机器的问题，另外那五千块是在我不知道的时候从我折子上出去的。请你们调柜台的录像，把五千块还给我。
储户 张春娣
手机 158 6052 1187
2026年11月18日""",
      T(complainant="张春娣", phones=("15860521187",),
        dates=("2026-11-03", "2026-11-17", "2026-11-18"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-18")),

    # --- 营销方式和手段 (MKT) ---
    # why: the seller said out loud that the card waives the admission deposit, a false thing said
    # to sell it (MKT), not mere silence on a limit (DISC).
    L("f30_mkt_hospital_lobby_card_said_to_waive_admission_deposit", """城东支行：
　　今年9月，你们城东支行在县医院门诊大厅摆了一个台子办信用卡，一个穿红马甲的小伙子跟我说，这张“健康卡”是跟县医院合作的，家里老人住院“不用交押金，出院一起结”，还拿了一张宣传单给我看，上面印着医院的楼。我想着我爸身体不好，就办了。
　　11月7日夜里我爸中风送进县医院，住院处要先交一万块押金。我拿出这张卡说不用交押金，住院处的人说从来没有这回事，押金照样要交，想刷卡也行，那就是刷信用卡。半夜三更我到处打电话借钱，幸好我弟弟转了过来。
　　后来我打信用卡中心的电话，人家说这张卡根本没有免押金的功能。我去问那个小伙子，他说“可能是我理解错了”。一句理解错了就完了？我要求：这张卡给我免费注销，年费一分不扣；你们在医院里说过的话要有人负责，不能再这样跟病人家属讲。
钟丽华
１３８５９８０４４２１
2026年12月2日""",
      T(complainant="钟丽华", phones=("13859804421",),
        dates=("2026-11-07", "2026-12-02"),
        units=("CD", "CARD"), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-12-02")),
    # why: she does not dispute the licence requirement that sank the loan; she objects to the
    # officer's promise of approval that got her to apply and rent the shop first (MKT), not to a
    # rule applied as designed (RULE).
    L("f30_mkt_shop_loan_said_sure_to_pass_she_rented_the_shop_then_refused", """列西分理处：
　　我叫包月琴，想在镇上开一家小超市。今年9月，你们列西的客户经理小黄到我家里来，说他们有个“个体创业贷”，二十万，“你这个条件批下来没问题，我打包票”，让我先把店面租下来，说审批要看租房协议。
　　我听了他的，9月22日交了一年的房租三万六，还跟装修队交了定金。10月底小黄打电话说贷款批不下来，因为我没有满一年的营业执照，这是你们的硬杠杠。
　　批不批是你们的事，可这个要求小黄一开始就应该知道，他却跟我打包票，叫我先租店面。现在房租退不回来，装修队的定金也没了。我要求你们对小黄说过的话负责，赔偿我的损失。
包月琴　136 5980 4471
2026.11.12""",
      T(complainant="包月琴", phones=("13659804471",),
        dates=("2026-09-22", "2026-11-12"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=MKT,
        signed="2026-11-12")),

    # --- 信息披露 (DISC) ---
    # why: no one told him the deposit was this bank's own; neither the app nor the manager said
    # whose deposit it was, silence on a material fact (DISC), not a false claim to sell (MKT).
    L("f30_disc_app_deposit_was_at_a_partner_village_bank_untold", """明溪县支行：
　　我叫蔡明辉，六十五岁，退休在家。去年你们明溪县支行的客户经理小郑教我用手机银行，说手机上买定期利息高。今年6月18日我在手机银行的“存款专区”里看到一款三年期，利率4.0%，打电话问小郑，他说“这个不错，好多老人都买了”，我就存了五万。
　　11月4日我想取一万出来给外孙交学费，顺路到燕西支行柜台去问。柜员查了说，这笔钱不在我们行，是存在外省一家村镇银行的，这里看不到也取不了。我回家翻了半天，才在确认页最下面一行灰色小字里看到那家村镇银行的名字。
　　钱还在，我知道。可我一辈子只在你们一家银行存钱，那家村镇银行我听都没听过。这么要紧的事，手机上没写明白，小郑也一个字没提，要是早知道我根本不会存。请你们帮我把这笔钱转回来，利息按实际算。
蔡明辉
0598-6612030
2026年11月27日""",
      T(complainant="蔡明辉", phones=("0598-6612030",),
        dates=("2026-06-18", "2026-11-04", "2026-11-27"),
        units=("MX", "YX"), complained=("MX",), business="人民币储蓄", cause=DISC,
        signed="2026-11-27")),
    L("f30_disc_savings_bond_early_cashing_cost_untold", """徐碧网点：
　　我叫杜美华，今年六十一岁。2025年3月，我在你们网点买了五万块的三年期储蓄国债，是柜台的小姑娘推荐的，说比定期利息高，国家发的最稳当。
　　今年我女儿买房差钱，11月10日我去提前兑取。柜员算给我看：持有满一年不满两年的，要扣掉半年的利息，还要扣千分之一的手续费，一共少拿了将近一千块。
　　我不是说这个规定不对，国家定的我认。我是怪你们卖的时候一句也没说过提前取会扣利息、还要手续费，小姑娘只说了利息高、稳当。要是我知道，我就留一部分活期，不会全买了。请你们给个说法。
杜美华
电话：１３５　９８６０　２２４１
2026年11月16日""",
      T(complainant="杜美华", phones=("13598602241",),
        dates=("2026-11-10", "2026-11-16"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=DISC,
        signed="2026-11-16")),

    # --- 自主选择权 (CHOICE) ---
    L("f30_choice_nursing_students_loan_came_with_monthly_savings_debit", """徐碧网点的领导：
　　我是县卫校护理专业二年级的学生严佳怡。今年8月26日我在你们那个网点办了一笔一万五的助学贷款，交学费和住宿费。办的时候柜员拿了一沓纸叫我签，说都是贷款要签的。
　　从9月开始，我的卡上每个月被扣三百块，转进一个“零存整取”的账户里。我问柜员，她说这是贷款配套的，存满一年就能取出来。我从来没说过要存什么零存整取，贷款就是因为没钱才借的，现在每个月三百块生活费被扣走，我只能吃食堂最便宜的菜。
　　请你们把这个零存整取停掉，已经扣走的九百块退回我的卡上。
严佳怡
177 5059 2046
2026年11月16日""",
      T(complainant="严佳怡", phones=("17750592046",),
        dates=("2026-08-26", "2026-11-16"),
        units=("XB",), complained=("XB",), business="贷款", cause=CHOICE,
        signed="2026-11-16")),
    # why: the housing fund sets no such condition; the outlet ties a loan of its own to the fund
    # loan, a tie without consent (CHOICE), not a rule applied as designed (RULE).
    L("f30_choice_provident_fund_loan_only_with_a_commercial_part", """城东支行信贷部：
　　我是县二中的老师王建国。今年打算用公积金贷款买一套一百平的房子，贷四十万。11月6日我到你们城东支行问，信贷部的周经理说，在他们这里办公积金贷款，必须搭一笔商业贷款，最少十万，“组合贷才给办”。商业贷款的利率比公积金高一截，算下来三十年要多出好几万利息。
　　我专门打电话问了县公积金中心，中心的工作人员说公积金贷款没有这种要求，单纯公积金贷款完全可以办，受托银行不应该另加条件。
　　我想请你们说明，要我搭商贷的依据在哪里；如果没有依据，请按纯公积金贷款给我办理。
王建国　0598-2236571 / 13859061128
2026年11月10日""",
      T(complainant="王建国", phones=("0598-2236571", "13859061128"),
        dates=("2026-11-06", "2026-11-10"),
        units=("CD",), complained=("CD",), business="贷款", cause=CHOICE,
        signed="2026-11-10")),

    # --- 定价收费 (FEE) ---
    # why: he objects to the price the outlet charged him when it sold the baht, not to what the
    # baht later fetched, so the level of a charge (FEE), not the return of a sale (RET).
    L("f30_fee_baht_cash_sold_far_above_the_screen_rate", """燕西支行：
　　村里老年协会组织十二月去泰国旅游，我和老伴都报了名。11月5日我到燕西预约换三万泰铢现钞，11月8日去取，一共付了六千五百多人民币。回来我孙子在手机上一查，那天泰铢的中间价折下来，三万泰铢才五千九百多，你们卖给我的价比手机上看到的高了一成还多。
　　柜员说现钞卖出价本来就高，牌子上写着的。我知道银行要赚点差价，可高出一成，六百多块，我们乡下人要卖好几担柑橘。美元、港币的差价都没这么大。请你们把泰铢的价钱降一降，多算我的能不能退一点。
吴庆发
0598-6630418
2026年11月20日""",
      T(complainant="吴庆发", phones=("0598-6630418",),
        dates=("2026-11-05", "2026-11-08", "2026-11-20"),
        units=("YX",), complained=("YX",), business="外汇", cause=FEE,
        signed="2026-11-20")),
    L("f30_fee_school_meal_money_collection_three_yuan_per_pupil", """列西分理处：
　　我们是镇中心小学的家长。学校这学期开始，午餐费和课后托管费都要通过你们银行代收，家长在你们的卡上存好钱，学校统一扣。9月1日开学扣第一笔的时候，每个孩子的卡上除了该交的钱，还另外被扣了三块钱，明细上写的是“代收手续费”，以后每个月都扣。
　　三块钱看着不多，一个孩子一年三十块，我们好几家是两个孩子，有的家里是低保户。交给学校的钱，还要我们家长另外掏手续费，而且三块钱一笔，比我们自己在手机上转账贵多了。请你们把这个钱降下来或者免掉。
家长代表　罗春华
联系电话 138 5982 7704
2026年10月30日""",
      T(complainant="罗春华", phones=("13859827704",),
        dates=("2026-09-01", "2026-10-30"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=FEE,
        signed="2026-10-30")),

    # --- 产品收益 (RET) ---
    L("f30_ret_silkworm_couples_half_year_wealth_ended_at_one_point_three_five", """明溪县支行：
　　我和老伴养了二十年蚕，家就在燕西支行往山上走两百米。今年5月20日，我们把卖春茧的十万块钱拿到你们明溪县支行，买了一款半年期的理财。大厅的牌子上写着业绩比较基准3.1%，理财经理也说了这是比较基准，不是保证，还让我们抄了一句风险提示，这些我们都认。
　　11月16日到期，到账只有十万零六百七十块，折成年利率才一点三五，比存半年定期还少。我们蚕农一年就靠两季茧子，这点钱来得不容易。我们不是说你们骗人，就是想问问，差这么多，银行能不能补一点，哪怕补到定期的利息也好。
　　这封信也请转给个金部的同志看看。
曾庆福
0598 2812266
2026年11月29日""",
      T(complainant="曾庆福", phones=("0598-2812266",),
        dates=("2026-05-20", "2026-11-16", "2026-11-29"),
        units=("YX", "MX", "PF"), complained=("MX",), business="自营理财", cause=RET,
        signed="2026-11-29")),
    # why: he says plainly he accepts the buy-sell spread; what he objects to is what the ringgit
    # fetched four months on, the return of an undisputed sale (RET), not a charge (FEE).
    L("f30_ret_ringgit_bought_for_malaysian_job_fell_four_months_on", """燕西支行：
　　我叫范志坚，前几年在马来西亚的棕榈园开拖拉机。今年老板叫我八月回去，我7月9日在你们网点预约换了两万马币现钞，花了三万一千多人民币。后来那边园子卖给了别人，新老板不要外国人了，我去不成。
　　11月17日我把两万马币拿回你们网点卖掉，只换回两万七千出头，亏了四千多。柜员给我看了牌价，买进卖出差一点我知道，那点差价我认，我不是来挑那个的。我想说的是马币这几个月跌得太多了，两万块钱放了四个月就少了四千多，我一个打工的，这个亏吃不起。
　　请你们看看能不能给我补一点。
范志坚
+86 181 0598 4473
2026年11月25日""",
      T(complainant="范志坚", phones=("18105984473",),
        dates=("2026-07-09", "2026-11-17", "2026-11-25"),
        units=("YX",), complained=("YX",), business="外汇", cause=RET,
        signed="2026-11-25")),

    # --- 合同条款 (CLAUSE) ---
    L("f30_clause_forest_pledge_lets_bank_log_and_sell_timber_itself", """列西分理处并请转县支行：
　　我叫罗金水，五十八岁，胡坊镇人。2025年3月12日我用自家四十亩杉木林的林权证在列西分理处抵押贷款二十万，三年期，到现在每个月都按时还。
　　前几天我侄子帮我把那份借款抵押协议从头到尾念了一遍，第十二条写着：借款人逾期的，贷款人有权自行组织人员进山采伐抵押林木并自行出售，无需借款人同意，也无需经过法院；卖木头的钱不够还的，借款人还要接着还。
　　我还款没有迟过一天，可是听了这一条我晚上睡不着。林子是我爷爷那辈种下的，哪天我病了晚还几天，你们就能直接带人上山砍？砍多少、卖多少钱都是你们说了算？这一条太霸道了，请你们把它改掉，或者给我一份书面说明，写清楚不会这样做。
罗金水
138 0598 2247
2026年11月8日""",
      T(complainant="罗金水", phones=("13805982247",),
        dates=("2025-03-12", "2026-11-08"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=CLAUSE,
        signed="2026-11-08")),
    L("f30_clause_payroll_card_not_closable_without_employers_consent", """徐碧支行：
　　我是韦小军，原来在竹木加工厂做工，10月15日辞工了。厂里的工资卡是你们徐碧网点给厂里统一办的，我想把卡销掉，新厂的工资发到我自己常用的卡上。
　　11月19日我去销户，柜员拿出当初开卡时我签的那张“代发工资持卡须知”，第五条写着：本卡为代发单位工资专用卡，未经代发单位书面同意，持卡人不得销户，不得更改预留手机号码。柜员说我签了字，就得照这一条办，要厂里出证明。我去找老板，老板跟我闹过工钱的事，说什么也不给我写。
　　卡是我的名字，钱是我的钱，人都走了，还要原来的老板点头才能销卡？当初一排工人站着签字，谁也没看清上面写的什么。请你们把这一条去掉，让我自己来销户。
韦小军　199 5986 0315
2026年11月21日""",
      T(complainant="韦小军", phones=("19959860315",),
        dates=("2026-10-15", "2026-11-19", "2026-11-21"),
        units=("XB",), complained=("XB",), business="银行卡", cause=CLAUSE,
        signed="2026-11-21")),

    # --- 消费者信息安全 (DATA) ---
    L("f30_data_intern_put_customers_account_forms_in_college_report", """列西分理处的负责人：
　　我是在你们列西开户的老客户杨慧敏。11月21日我侄女在手机上刷到一篇大学生写的“暑期社会实践报告”，挂在那个学院的公众号上，讲的是在列西分理处实习的经历。里面配了好几张照片，是柜台上客户填的开户申请表，我一眼就认出有一张是我的：名字、手机号、家里住址清清楚楚，身份证号只挡了中间几位。
　　我7月确实来开过一张卡给孙子存压岁钱。我填的表是交给你们银行的，怎么会跑到一个实习学生的手机里，还发到网上给几千人看？
　　请你们马上联系那个学院把文章删掉，查清楚实习生怎么能拍客户的表，给我一个书面答复。
杨慧敏
0598—2760934
2026年11月23日""",
      T(complainant="杨慧敏", phones=("0598-2760934",),
        dates=("2026-11-21", "2026-11-23"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-23")),
    L("f30_data_guarantors_credit_report_handed_to_the_borrower_cousin", """城东支行：
　　我叫蒋雪梅，去年给表哥的养鸡场贷款做了担保人，在你们城东支行签的字。今年表哥又来续贷，11月9日他拿着一沓材料到我家，里面夹着一份我的个人征信报告，十几页，我所有的信用卡、房贷、欠款、查询记录都在上面，连我前年离婚后换的住址都有。
　　表哥说是你们信贷员整理材料的时候一起复印给他的，叫他“拿回去对一下”。我的征信是我授权你们查来审担保用的，不是给借款人看的。表哥拿回去，他老婆也看了，现在亲戚里都知道我欠了多少钱。
　　请你们查清楚是哪个信贷员把我的征信给了别人，收回复印件，给我书面道歉。
蒋雪梅
189 0598 3362
2026年11月13日""",
      T(complainant="蒋雪梅", phones=("18905983362",),
        dates=("2026-11-09", "2026-11-13"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-13")),

    # --- 债务催收方式和手段 (DEBT) ---
    L("f30_debt_card_chasers_commented_on_sons_medical_crowdfunding_page", """信用卡中心：
　　我叫欧阳建，欠你们信用卡四万多，前年做生意亏了，我一直在跟你们谈分期，没有不认账。今年8月我儿子查出白血病，我在网上给他发了筹款，亲戚朋友、同学同事都在上面捐钱留言。
　　11月10日开始，筹款页面下面出现了好几条留言，说“此人欠银行信用卡四万不还，有钱治病没钱还钱，大家别上当”，还有人私信给捐过款的人。我打留言里的电话，是替你们要账的外包公司，对方说“你不还钱，我们就让大家都知道”。好几个亲戚打电话来问，有人要把捐的钱退回去。
　　我欠的钱我认，可你们不能拿我儿子救命的钱来逼我。请你们马上让那个公司把留言删掉，不要再去找捐款的人。
欧阳建　177 0598 5530
2026年11月17日""",
      T(complainant="欧阳建", phones=("17705985530",),
        dates=("2026-11-10", "2026-11-17"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-17")),
    # why: the arrears are owed and admitted; his photo, name and ID digits in the window are put
    # there to make him pay, how an admitted debt is chased (DEBT), not data given away (DATA).
    L("f30_debt_outlet_put_his_photo_on_a_defaulters_board_in_its_window", """东门网点负责人：
我姓钱，钱志远，在东门网点贷过一笔五万块的农机贷款，今年收成不好，晚还了三个月，我认，已经跟信贷员说好年底前还清。
11月20日我路过你们网点，玻璃橱窗里新贴了一块“逾期客户曝光台”，上面第二个就是我，有照片、名字、身份证号后四位、欠多少钱，还写着“请广大群众监督”。那是大街上，赶集的人都从那里走，我家里人、我女儿的同学都看见了。
我欠的钱会还，你们这样把我挂在街上，是要逼死人吗？请马上撤下来。
钱志远　0598-2230617 / 158-5987-4409
2026年11月22日""",
      T(complainant="钱志远", phones=("0598-2230617", "15859874409"),
        dates=("2026-11-20", "2026-11-22"),
        units=("CD",), complained=("CD",), business="债务催收", cause=DEBT,
        signed="2026-11-22")),

    # --- 其他 (OTHER) ---
    L("f30_other_teller_job_notice_asked_for_height_and_looks", """明溪支行：
　　我叫刘思雨，今年刚从师范学院毕业。11月14日我看到你们贴在大门口、也发在公众号上的招聘启事，招劳务派遣的柜员，里面写着“女性身高160厘米以上，五官端正，形象气质佳”。我一米五五，那天我去问能不能报名，门口的工作人员看了我一眼说“你就别白跑了”。
　　柜员是数钱、办事的，跟身高长相有什么关系？我不是来存钱取钱的，也不是你们的客户，只是觉得一家银行在大门口公开这样写，不合适。请把这一句去掉，让我们这样的人也能公平报名。
刘思雨
152 0598 6643
2026年11月15日""",
      T(complainant="刘思雨", phones=("15205986643",),
        dates=("2026-11-14", "2026-11-15"),
        units=("MX",), complained=("MX",), business="其他", cause=OTHER,
        signed="2026-11-15")),
    # why: nothing here is a financial service to the writer, and her late father's handwriting is
    # not personal financial data, so OTHER, not DATA.
    L("f30_other_outlet_wall_copied_late_fathers_calligraphy_unasked", """致永安燕西支行：
　　我是黄承礼先生的女儿黄丽君。家父生前是县里有名的书法老人，前年过世。今年9月30日你们燕西支行装修后重新开门，我路过进去一看，大厅整面墙上写着一首《沁园春》，那字一看就是我父亲的，连他写“风”字的习惯都一样，只是落款和印章被去掉了。
　　我打听了才知道，是装修公司从县文化馆展厅里拍了我父亲那幅字的照片，放大喷上去的。这件事从头到尾没有人问过我们家一句。
　　我自己的钱一直存在徐碧网点，那边的人待我很好，这事跟存钱取钱无关，我也不是来要钱的。只是父亲的字挂在那里，连个名字都没有，我们做子女的心里过不去。请你们要么补上落款、注明出处，要么撤下来。
黄丽君
0598-3655217
2026年12月1日""",
      T(complainant="黄丽君", phones=("0598-3655217",),
        dates=("2026-09-30", "2026-12-01"),
        units=("YX", "XB"), complained=("YX",), business="其他", cause=OTHER,
        signed="2026-12-01")),
)
