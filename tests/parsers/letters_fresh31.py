"""A thirty-first blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh31`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read, and nothing else in the repository:
the module docstring and first two letters of letters_fresh11.py (lines 1-71, for the format
and the labelling rules), the `Truth`/`HeldOutLetter`/`heldout_directory` definitions and cause
constants of letters_heldout.py (lines 1-67), and the list of earlier letter and form ids, whose
situations are avoided. Written outside the repository, at /tmp/fresh31.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones, dates
in the order first stated, units named, units complained about, business, cause, signed date).
No letter names its cause with the words of the cause's label. The hard letters (two plausible
causes) each carry a `# why:` comment naming the deciding rule.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`0dc69df`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `5bd8e9a`): cause 100 % (30/30), the rules alone 63.3 % (19/30); business 100 %; unit found or
triage 100 % (26 right, 4 triage, 0 wrong); complainant 100 % / 100 %; fields 100 % / 98.4 %;
signed date 100 %; mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH31: tuple[L, ...] = (
    L("f31_svc_clerk_put_widows_top_up_into_dead_husbands_passbook", """个人金融部领导：
我是徐碧镇上的退休工人林月娇，今年七十一岁。老伴去年冬天走了，家里户口本上还是两个人的名字。今年10月15日我拿三千块现金到你们徐碧网点存进自己的存折，柜员问我要户口本，我也递过去了。回家才发现我存折上一分没多。
10月18日再去查，原来那个柜员照着户口本，把钱存进了我老伴生前那本存折，那本存折因为办继承已经冻住了，现在要等继承手续办完才能拿出来。我自己的存折就摆在她面前，她看都不看。
三千块是我两个月的药钱。请个金部督促徐碧网点把钱转回我自己的存折。
林月娇
手机 138 5986 2207
2026年11月2日""",
      T(complainant="林月娇", phones=("13859862207",), dates=("2026-10-15", "2026-10-18", "2026-11-02"),
        units=("PF", "XB"), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-02")),
    L("f31_svc_card_hotline_agent_mocked_hakka_accent_and_hung_up", """我叫温秀妹，客家人，普通话讲不好。我那张信用卡是城东支行小钟帮我办的，她很耐心，一句一句教我。
十一月二十日晚上我打信用卡中心的电话，想问账单上一笔三百八十块是什么，接电话的男的听我讲了两句就学我口音，说“你讲的是哪国话”，后面还笑，我再问他就把电话挂了。再打过去排了四十分钟没人接。
我不是不会讲话，是讲得慢。那笔钱到现在也没人给我讲清楚。
温秀妹 13905983316
二〇二六年十一月二十三日""",
      T(complainant="温秀妹", phones=("13905983316",), dates=("2026-11-20", "2026-11-23"),
        units=("CD", "CARD"), complained=("CARD",), business="银行卡", cause=SVC,
        signed="2026-11-23")),
    # why: no requirement asks a spouse to sign for a sole holder's deposit (the county branch
    # said so on the phone); the clerk made it up, so it is a clerk's mishandling (SVC), not a
    # rule applied as designed (RULE).
    L("f31_svc_clerk_demanded_husband_sign_for_wifes_own_deposit", """明溪县支行：
我叫郑丽华，在燕西街上开了一家小超市。12月1日我到燕西支行想把我自己名下一张二十万的定期提前取出来进货，存单是我的名字，身份证也带了。柜台的女同志说“这么大的钱你老公要来签字”，我说存单写的就是我一个人，她还是不办。
我打电话问县支行营业部，那边说这种定期本人来就可以，根本没有要丈夫签字这一说。我老公在厦门跑车，一来一回两天，货款拖了，供货商天天打电话。请县支行问一问燕西的柜员凭什么。
郑丽华 电话：0598-3627715 手机：18960579043
2026.12.3""",
      T(complainant="郑丽华", phones=("0598-3627715", "18960579043"), dates=("2026-12-01", "2026-12-03"),
        units=("MX", "YX"), complained=("YX",), business="人民币储蓄", cause=SVC,
        signed="2026-12-03")),
    # why: he drew the cash himself and the machine paid out less than it booked — a failed
    # machine (SYS); FUNDS is money gone without the customer's own act.
    L("f31_sys_bus_station_atm_paid_three_notes_short", """列西分理处负责同志：
11月26日早上六点多，我在汽车站门口你们列西那台取款机取两千块钱，要赶车去福州工地。机器响了半天，吐出来十七张，我当场又数一遍还是一千七，手机短信说扣了两千。我拍了屏幕，旁边卖包子的老板也看见了。车要开了，我只好先走。
11月28日我托老乡到列西窗口问，说要等清机对账，到今天没消息。三百块对你们不算什么，对我是三天的饭钱。
彭长水（泥水工）
187 5985 0426
2026年12月2日""",
      T(complainant="彭长水", phones=("18759850426",), dates=("2026-11-26", "2026-11-28", "2026-12-02"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SYS,
        signed="2026-12-02")),
    L("f31_sys_school_fee_platform_debited_but_child_listed_unpaid", """给银行的一封信
我女儿在县实验小学读三年级。9月3日我用你们手机银行里的“校园缴费”交了这学期的课后托管费一千二，卡上当天就扣了，手机上也显示“缴费成功”。可是到9月17日，班主任在家长群里发了未缴名单，我女儿名字排在第一个，孩子回家哭了一晚上。
学校说他们后台收不到你们银行传过去的记录，让我找银行；打客服电话，说已经提交了，等待处理。钱扣了学校说没收到，两边推。请你们查清楚，把缴费记录传给学校，再给学校出个说明。
家长 罗建新
１３６０５９８７７２１
2026年9月20日""",
      T(complainant="罗建新", phones=("13605987721",), dates=("2026-09-03", "2026-09-17", "2026-09-20"),
        units=(), complained=(), business="支付结算", cause=SYS,
        signed="2026-09-20")),
    # why: the charge is not objected to for its level — a repayment made on time was booked
    # two days late during an upgrade, a failed system (SYS), not the level of a charge (FEE).
    L("f31_sys_card_repayment_booked_two_days_late_after_upgrade", """信用卡中心：
我的卡每月23号是最后还款日。10月22日晚上我用手机银行从储蓄卡还了全部4,316.50元，页面显示成功，储蓄卡也扣了。11月5日账单出来，说我10月24日才还款，逾期两天，收了利息和违约金一共一百二十多块，还上了一次逾期记录。客服说10月22日晚上你们在升级，还款是升级完才入账的。
我不是嫌利息高，是我明明按时还了。请把利息违约金退回，把逾期记录撤掉。
持卡人 陈晓东 手机15080592314
2026-11-08""",
      T(complainant="陈晓东", phones=("15080592314",),
        dates=("2026-10-22", "2026-11-05", "2026-10-24", "2026-11-08"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=SYS,
        signed="2026-11-08")),
    # why: both outlets were polite and did what the written requirement asks of a holder whose
    # old ID was cancelled; he objects to the requirement itself (RULE), not to a clerk (SVC).
    L("f31_rule_naturalised_returnee_locked_out_of_old_id_deposit", """明溪县支行行长：
我叫黄志明，1998年出国，后来入了新加坡籍，国内户口已经注销。我出国前在明溪支行存的一笔定期，存单一直在我母亲那里。今年回来想取出来给母亲修房子。
十一月九日先去燕西支行，柜员说这种情况要到县支行办；十一月十日到明溪县支行，工作人员很客气，但说按银行规定，存单上是旧身份证号码，我现在拿新加坡护照，必须有公安机关出具的户籍注销证明和身份关联证明才能支取，不然谁来也不行。
我跑派出所，派出所说要回原籍档案馆查，要一两个月。我假期只有三周。钱是我自己的，名字也一样，为什么不能凭护照加存单取？这个要求太死了。
黄志明 Wong Chee Ming
国内电话 139-5983-4470
2026年11月16日""",
      T(complainant="黄志明", phones=("13959834470",), dates=("2026-11-09", "2026-11-10", "2026-11-16"),
        units=("MX", "YX"), complained=("MX",), business="人民币储蓄", cause=RULE,
        signed="2026-11-16")),
    L("f31_rule_rented_orchard_pledge_needs_all_six_original_households", """城东支行信贷部：
我在东山村包了六十亩柚子园，租地协议签到2035年，租金一次交清。今年十月想贷十五万买滴灌管，你们东门网点的客户经理说，租来的地做经营权抵押，必须要原来承包的六户人家全部签字同意，还要村委盖章。六户里有一户全家在广东，联系不上，我就贷不了。
我有租地协议，有村里的证明，柚子一年卖几十万，怎么就因为一户人签不到字卡住？请你们把要求放宽一点。
柚子园 苏国庆
0598-3412876""",
      T(complainant="苏国庆", phones=("0598-3412876",), dates=(),
        units=("CD",), complained=("CD",), business="贷款", cause=RULE,
        signed=None)),
    L("f31_rule_grandma_cannot_open_left_behind_grandsons_passbook", """列西分理处：
我孙子今年六岁，爸妈都在浙江打工，孩子跟我住。过年亲戚给的压岁钱攒了四千多，我想给他在列西开个存折存起来。11月11日我带着户口本、孙子的出生证明和我自己的身份证去，工作人员说不满十六岁开户要父母本人带身份证来，或者有公证的委托，爷爷奶奶不行。
孩子爸妈一年回来一次，专门为四千块请假回来不划算，公证又要花钱。我是他亲奶奶，户口本上孙子就在我家户上。请问能不能通融。
奶奶 曾桂兰 手机 158-6059-3381
2026年11月14日""",
      T(complainant="曾桂兰", phones=("15860593381",), dates=("2026-11-11", "2026-11-14"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=RULE,
        signed="2026-11-14")),
    # why: the money left on a stranger's withdrawal after the loss report, with no act of the
    # holder — money gone without the customer's act (FUNDS); the outlets' lapses are how it
    # happened, not what the son objects to.
    L("f31_funds_passbook_drawn_at_lieqi_day_after_loss_report_at_xubi", """尊敬的领导：
我母亲刘秀珍八十三岁，存折11月3日在菜市场被偷了。当天下午我陪她到徐碧支行挂失，柜员收了挂失单，说已经挂好了，给了一张回单。11月4日上午，有人拿着这本存折在列西分理处取走了两万八千块，存折的密码是我母亲的生日。
挂失回单我们还留着，上面时间是11月3日下午三点二十。挂了失为什么第二天还能在列西取钱？我母亲什么都没做，钱就没了。请银行查明，把钱还给老人。
儿子 吴振宇 代笔
电话 13859057762
二〇二六年十一月十日""",
      T(complainant="吴振宇", phones=("13859057762",), dates=("2026-11-03", "2026-11-04", "2026-11-10"),
        units=("XB", "LJ"), complained=("XB", "LJ"), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-10")),
    # why: the money left by a transfer the holder never made (a departed manager's forged
    # slip) — money gone without the customer's act (FUNDS), not a clerk mishandling a request
    # (SVC).
    L("f31_funds_departed_manager_moved_wealth_maturity_money", """个金部：
我在燕西支行买的一年期理财，10月28日到期，本息二十一万三千多应该回到我的卡上。我等到11月2日没见钱，去燕西一查，钱10月29日就转到一个我不认识的账户上了，转账单上签的名字不是我的字。帮我买理财的那个客户经理姓邓，10月底已经辞职，电话打不通。
燕西的主任说在核查，让我等。我七十岁了，这是我和老伴的养老钱，我什么手续都没办过，钱就被人转走了。请你们个金部出面，先把钱追回来。
退休教师 傅明德
座机 0598-3651093
2026年11月6日""",
      T(complainant="傅明德", phones=("0598-3651093",),
        dates=("2026-10-28", "2026-11-02", "2026-10-29", "2026-11-06"),
        units=("PF", "YX"), complained=("YX",), business="自营理财", cause=FUNDS,
        signed="2026-11-06")),
    L("f31_funds_impostor_moved_card_address_and_spent_on_reissue", """信用卡中心：
我的信用卡一直放在身上，没丢过。12月1日我收到短信说卡已补发寄出，我根本没申请。打电话问，才知道11月27日有人打你们电话，报了我的名字、身份证号，把账单地址改到了厦门，又申请补卡。新卡11月30日寄到厦门，当天就刷了两万三。
我一直在县城住，没去过厦门，也没打过这个电话。这两万三我不认，请你们不要再向我要这笔钱。
潘文斌
手机：135 9980 1762
2026年12月4日""",
      T(complainant="潘文斌", phones=("13599801762",),
        dates=("2026-12-01", "2026-11-27", "2026-11-30", "2026-12-04"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FUNDS,
        signed="2026-12-04")),
    L("f31_mkt_card_said_to_work_as_fuzhou_metro_ticket", """城东支行：
10月12日我在你们东门网点大厅办事，一个穿你们工服的小伙子拉我办信用卡，说这张卡“在福州坐地铁直接刷，不用另外买票，还打八折”。我儿子在福州读大学，我就办了一张副卡给他。结果他第一次去刷，闸机根本不认，地铁站的人说这张卡没有这个功能。
我去问，小伙子已经不在了，大堂经理说“可能是他讲错了”。为了这个理由办的卡，年费还要交。我要求把卡销掉，年费不交。
何丽萍 13799581102
2026.11.15""",
      T(complainant="何丽萍", phones=("13799581102",), dates=("2026-10-12", "2026-11-15"),
        units=("CD",), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-11-15")),
    # why: the manager said a false thing (buyback at the purchase price) to make the sale —
    # misrepresentation (MKT), not mere silence on the buyback terms (DISC).
    L("f31_mkt_gold_bars_said_bought_back_at_purchase_price", """明溪支行：
二〇二五年三月八日我在你们支行大厅买了两根五十克的金条，花了四万五千多。卖金条的经理跟我讲得清清楚楚：“我们银行的金条，随时拿回来按原价回收，一分不亏。”我就是信了这句话才买的，准备给孙子结婚用。
今年十一月二十日家里急用钱，我拿去回收，柜台说回收按当天金价再扣每克几块，买的时候票据价里还含工费，算下来要亏一千多。我说经理当时保证原价回收，柜台说从来没有这个说法。
经理说了假话，我要按原价退。
戴玉珍 电话 0598-2219603
二〇二六年十一月二十二日""",
      T(complainant="戴玉珍", phones=("0598-2219603",), dates=("2025-03-08", "2026-11-20", "2026-11-22"),
        units=("MX",), complained=("MX",), business="贵金属", cause=MKT,
        signed="2026-11-22")),
    # why: he does not attack the repricing term itself; he objects that nobody told him the
    # rate floats — silence on a material fact (DISC), not an unfair clause (CLAUSE).
    L("f31_disc_hardware_shop_loan_rate_reset_yearly_untold", """徐碧支行信贷员：
我在徐碧街上开五金店，2024年6月在你们这里贷了三十万经营贷，三年。当时客户经理只跟我说年利率3.85%，签字的时候一大沓纸让我在箭头处签，没有一个人说过利率是跟着什么LPR每年重新定的。今年1月1日起我的月供变了，我以为扣错了，一问才知道利率按LPR重新定了。
我不说你们那沓纸上写没写，我说的是放款的时候谁也没跟我讲过这件事。要是讲了，我当初就要固定利率的了。请给个说法。
五金店 柯明辉
电话：１８９５９８６４０３７
2026年3月12日""",
      T(complainant="柯明辉", phones=("18959864037",), dates=("2026-01-01", "2026-03-12"),
        units=("XB",), complained=("XB",), business="贷款", cause=DISC,
        signed="2026-03-12")),
    # why: the writer disclaims the small loss and objects that a stock share of up to 30 % was
    # never mentioned at the sale — silence on a material fact (DISC), not the return (RET);
    # "bond-led" was true, so it is not a false statement (MKT).
    L("f31_disc_steady_wealth_could_hold_a_third_in_stocks_untold", """城东支行：
我退休前在港务局开拖轮。今年4月2日在城东支行买了一款一年期理财，五万块。经理说是“稳健型”，拿给我看的只有一张涨势图。我问里面买的什么，她说“债券为主，放心”。
10月份净值掉到四万九千六，我去燕西支行问我侄女（她在那里做柜员），她帮我调出说明书，里面写明最多三成可以买股票和股票基金。燕西的人解释得很清楚，可是城东当初一个字都没提。要是早知道有股票我不会买。
我不是亏了几百块就来闹，我是说这么要紧的事情卖的时候不讲。
郑德寿 手机 13696072258
2026年11月1日""",
      T(complainant="郑德寿", phones=("13696072258",), dates=("2026-04-02", "2026-11-01"),
        units=("CD", "YX"), complained=("CD",), business="自营理财", cause=DISC,
        signed="2026-11-01")),
    L("f31_choice_chopstick_factory_loan_renewal_only_if_payroll_moved", """明溪县支行：
我们竹筷厂在你们明溪县支行有一笔一百万的周转贷款，今年12月10日到期，一直按时还息。11月18日信贷部的同志来厂里说，要续贷可以，但厂里四十多个工人的工资要全部改到你们行代发，工人每人还要办一张你们的卡，不然续贷“不好批”。
我们工资一直在信用社代发，工人大多是附近村里的老人，换卡很麻烦。贷款是贷款，工资是工资，两件事为什么要绑在一起？请支行领导说明。
溪口竹木制品厂 厂长 肖永福
联系电话 0598-2786530 / 13806989122
二〇二六年十一月二十一日""",
      T(complainant="肖永福", phones=("0598-2786530", "13806989122"),
        dates=("2026-12-10", "2026-11-18", "2026-11-21"),
        units=("MX",), complained=("MX",), business="贷款", cause=CHOICE,
        signed="2026-11-21")),
    L("f31_choice_kids_coin_jar_passbook_only_with_monthly_debit_plan", """写给：列西镇新街12号 列西分理处
我家两个小孩，一个九岁一个七岁，攒了一存钱罐硬币和零钱，大概六百块。2026年10月3日国庆放假，我带他们去列西分理处，想给孩子各开一个存折，让他们学存钱。工作人员说，给小孩开户现在都是开“成长账户”，要同时签一个每月从我卡里自动扣一百块进去的计划，不签就开不了。
我就想给孩子存个零花钱，不想每个月被扣钱。孩子抱着存钱罐站了半天又抱回家了。这样搭着办合理吗？
孩子妈妈 许美玲
手机 15959872346
2026年10月8日""",
      T(complainant="许美玲", phones=("15959872346",), dates=("2026-10-03", "2026-10-08"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=CHOICE,
        signed="2026-10-08")),
    L("f31_fee_husbands_euro_wages_from_italy_docked_on_arrival", """燕西支行：
我老公在意大利做皮具，每两个月从那边汇一次钱回来，每次一两千欧元，打到我在燕西支行的卡上。收款短信一看，每次都少了几十块人民币，问了柜台才知道是你们扣的“汇入手续费”，每笔按千分之一算，最低五十块、最多两百。
钱是人家汇进来，又不是我汇出去，进账还要扣钱？一年下来三四百块，够孩子一个月的饭钱。我想请你们减一减，或者像别的银行一样进账不扣。
叶春燕
0598 3623017
2026年12月1日""",
      T(complainant="叶春燕", phones=("0598-3623017",), dates=("2026-12-01",),
        units=("YX",), complained=("YX",), business="外汇", cause=FEE,
        signed="2026-12-01")),
    L("f31_fee_lottery_kiosk_small_notes_counted_at_two_yuan_a_hundred", """东门网点：
我在城东菜场门口开彩票店，每天收的都是五块十块的零钱，一个礼拜存一次，一次两三万。以前存进去不要钱，从今年9月开始，你们说零钞存款超过两百张要交点钞费，每一百张两块。我一个月算下来要交一百多。
零钱本来就是老百姓用的钱，你们不收零钱谁收？点钞机是你们的，我们自己都扎好捆好了。请问这个钱凭什么要，能不能取消。
彩票店 蔡先生 13859996650
2026年12月2日""",
      T(complainant="蔡先生", phones=("13859996650",), dates=("2026-12-02",),
        units=("CD",), complained=("CD",), business="人民币管理", cause=FEE,
        signed="2026-12-02")),
    L("f31_clause_rate_change_deemed_notified_by_lobby_wall_paper", """徐碧支行：
我2023年在徐碧存了一笔三年期约定转存，今年到期自动转存，利率一下低了快一个点。我去问，柜员翻出我当年签的开户协议第八条：“利率调整以营业网点公告为准，公告即视为已通知储户。”就是说你们在大厅墙上贴一张纸，就算告诉我了。
我住在山里，一年下来一趟徐碧，哪里看得到大厅的纸？这种写法把告诉储户的责任全推掉了，对我们老人不公平。请把这一条改掉，转存的事按原来的利率办，或者让我不受损失取出来。
储户 黄金水
电话 138 0598 7715""",
      T(complainant="黄金水", phones=("13805987715",), dates=(),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE,
        signed=None)),
    L("f31_clause_banks_ledger_final_word_on_truck_loan_balance", """致明溪县支行：
我去年在你们这里贷了二十万买货车。最近跟你们对账，我自己记的还款比你们电脑里显示的多了四千二，我拿出转账回单，你们说以贷款协议第十四条为准：“借款余额以贷款人的账务记录为准，借款人无异议。”
我签字的时候哪看得到这一条。我有回单都不算，你们电脑说多少就是多少？这一条就是不讲理，请改。
货车司机 江海涛 手机13950682215
2026年11月29日""",
      T(complainant="江海涛", phones=("13950682215",), dates=("2026-11-29",),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-29")),
    L("f31_ret_dock_crane_drivers_three_year_wealth_ended_one_point_three", """个金部领导：
我和老婆都是从码头吊车队退下来的。2023年11月在城东支行买了一款三年期的理财，二十万，业绩比较基准写的是3.6%到4.2%。经理没说保证，我也知道不保证。今年11月15日到期，到账二十万七千八，一年才一厘三。
同样的钱放三年定期也有两万出头，我们这样等于白放了三年。不是说谁骗了我，就是这个数太难看了。请个金部看看这款理财为什么只赚这么一点，给个说明，有没有补偿。
退休职工 曾庆元
13859963017
2026.11.20""",
      T(complainant="曾庆元", phones=("13859963017",), dates=("2026-11-15", "2026-11-20"),
        units=("PF", "CD"), complained=("CD",), business="自营理财", cause=RET,
        signed="2026-11-20")),
    L("f31_ret_agency_fund_for_grandsons_braces_down_eight_percent", """列西分理处：
我女儿去年在列西你们这儿买了一只基金（说是一家基金公司的，你们代卖），两万块，准备给外孙今年做牙齿矫正。买的时候该讲的风险都讲了，也录了像。今年十月赎回只拿到一万八千四，亏了八个点。
我不怪谁骗，就是想问一问：一年下来亏这么多，你们代卖的时候有没有挑一挑？能不能帮我们跟基金公司反映一下。
外公 陈德旺 代女儿写
0598-3521188
二〇二六年十一月五日""",
      T(complainant="陈德旺", phones=("0598-3521188",), dates=("2026-11-05",),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=RET,
        signed="2026-11-05")),
    # why: the clerk read her name and balances out to the whole lobby — her personal data given
    # away (DATA); the loudspeaker worked as made (not SYS), and the harm is the disclosure, not
    # rudeness (SVC).
    L("f31_data_counter_loudspeaker_read_her_deposits_to_the_lobby", """燕西支行主任：
11月19日上午我去燕西支行二号窗口查我的定期。窗口外面那个对讲喇叭开得很大，柜员对着话筒说：“叶美娟，您三笔定期加起来三十八万六千，下个月到期一笔十二万。”大厅里坐了十几个人，有两个是我们村的。
当天晚上就有亲戚来借钱，第二天村里都在传我有几十万。我跟柜员说过小声点，她说“喇叭就是这样的”。我的存款是我的隐私，被她一句话全讲出去了。请你们处理这个柜员，并且把窗口喇叭的事改一改。
叶美娟
电话：18259871130
2026年11月24日""",
      T(complainant="叶美娟", phones=("18259871130",), dates=("2026-11-19", "2026-11-24"),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-11-24")),
    L("f31_data_window_envelope_showed_full_id_number_and_limit", """信用卡中心：
12月1日我收到你们寄来的提额通知信，信封是开窗的，从窗口外面就能看到我的名字、完整身份证号码、手机号和“信用额度调整为80000元”。这封信先寄到我们小区门卫室，在桌子上放了好几天，谁都能看。
这种东西为什么不折好再装？我的身份证号已经被不知道多少人看到了。请你们改正，并对我可能受到的损失负责。
苏晓雯 136-6598-0342
2026年12月3日""",
      T(complainant="苏晓雯", phones=("13665980342",), dates=("2026-12-01", "2026-12-03"),
        units=("CARD",), complained=("CARD",), business="个人金融信息", cause=DATA,
        signed="2026-12-03")),
    # why: the debt is admitted and the grievance is how it is chased (shaming him in his son's
    # class group) — DEBT; the naming is the means of pressure, not data handed out (DATA).
    L("f31_debt_card_caller_joined_sons_class_parents_group", """信用卡中心负责人：
我承认信用卡欠了你们一万六，这两个月厂里停工，确实还晚了，我已经在跟客服谈分期。可是11月12日，有人用“信用卡中心法务”的名字加进了我儿子班上的家长群，在群里@我，说我“欠钱不还，请各位家长转告”。群里四十几个家长，还有老师。
儿子现在在学校被同学笑，回家不肯去上学。欠钱我会还，但你们这样做太过分了，请立即停止，把群里的话撤掉，并告诉我是谁做的。
林志强 手机 13906981547
2026年11月15日""",
      T(complainant="林志强", phones=("13906981547",), dates=("2026-11-12", "2026-11-15"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-15")),
    L("f31_debt_loan_men_pasted_auction_notice_on_mortgaged_house_door", """徐碧支行：
我向你们徐碧网点借的房屋抵押贷款逾期两期，是我的不对，已经在想办法。十月三十一日傍晚，你们的两个人来我家，没敲门，在大门上贴了一张A4纸，上面写着“此房已抵押给银行，户主欠款逾期，随时拍卖”，还盖了章。第二天一早整条街的人都来看，我老母亲气得血压升到一百九。
欠钱该怎么追我认，可你们没必要把纸贴到门上给全街看。请把这件事说清楚，以后有事打电话或者叫我去网点。
王丽娟
家住徐碧镇后街37号
电话 159 5985 6623
2026年11月4日""",
      T(complainant="王丽娟", phones=("15959856623",), dates=("2026-10-31", "2026-11-04"),
        units=("XB",), complained=("XB",), business="债务催收", cause=DEBT,
        signed="2026-11-04")),
    L("f31_other_outlet_renovation_dust_yellowed_bridal_shop_gowns", """致明溪县支行办公室：
我在县城解放路开婚纱店，隔壁就是明溪县支行。你们从11月16日开始装修营业厅，每天早上七点开电钻切瓷砖，灰从我们店门口和空调外机往里飘。两件准备给新人出租的白婚纱被灰弄黄了，干洗都洗不掉，一件三千多。
我去找过你们的保安和施工队，都说“找行里”。我不是你们的客户，就是邻居。请你们在门口挂防尘网，赔我两件婚纱的钱。
婚纱店 周晓琳
手机：15759853308
2026年11月25日""",
      T(complainant="周晓琳", phones=("15759853308",), dates=("2026-11-16", "2026-11-25"),
        units=("MX",), complained=("MX",), business="其他", cause=OTHER,
        signed="2026-11-25")),
    L("f31_other_outlet_led_screen_flashes_into_care_home_till_midnight", """城东支行：
我是城东幸福养老院的护工组长。你们支行门头上今年新装了一块大电子屏，正对着我们养老院二楼，晚上十一点多还在放广告，红一阵蓝一阵，几位老人说晚上睡不着，有一个说看着心慌。
列西那边你们也有屏幕，我路过看过，晚上九点就关了。为什么城东要开到半夜？请至少晚上九点以后关掉，或者把亮度调低。
养老院护工组长 卢红梅
联系电话 0598-2730196""",
      T(complainant="卢红梅", phones=("0598-2730196",), dates=(),
        units=("CD", "LJ"), complained=("CD",), business="其他", cause=OTHER,
        signed=None)),
)
