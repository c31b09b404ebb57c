"""A twenty-fifth blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh25`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read, and nothing else in the repository:
lines 1-71 of tests/parsers/letters_fresh11.py (its docstring with the labelling rules and its
first two letters, for the format), lines 1-67 of tests/parsers/letters_heldout.py (the cause
constants, `heldout_directory`, `Truth` and `HeldOutLetter`), and the list of earlier letter and
form ids, whose situations are avoided. Written outside the repository, at /tmp/fresh25.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones, dates,
units, complained, cause, business). No letter names its cause with the words of the cause's
label. Every unit a letter names is in `units` (also as an addressee, an address, a unit only
phoned or asked, a unit praised or compared); `complained` holds the unit(s) the grievance is
about, and is empty when the letter does not say which unit that is. Dates are listed in the
order the letter first states them. The hard letters (two plausible causes) each carry a
`# why:` comment naming the deciding rule.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`b4edbb1`: the 1,753-example
weighting of `bc0ce14`, the unit and name rules of `781db13`): cause 86.7 % (26/30), the rules alone 53.3 % (16/30); business 100 %; unit found or
triage 100 % (28 right, 2 triage, 0 wrong); complainant 100 % / 100 %; fields 99.4 % / 100 %;
signed date 100 %; mojibake 0. Not trained on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH25: tuple[L, ...] = (
    L("f25_svc_guard_grabbed_phone_and_deleted_queue_video", """燕西支行行长：
11月23日我陪我妈到燕西支行取定期，大厅里排了四十多号人，只开了一个窗口，等了一个半钟头。我拿手机拍了一段大厅里的样子，想打12345问问为什么只开一个窗口。
你们的保安看见了，过来一把抢过我的手机，说“银行里不准拍”，当着一屋子人把视频删了，还翻我的相册看有没有别的。我妈吓得直拉我走。
银行里能不能拍我不清楚，可是抢人手机、翻人相册，谁给他的权力？前几天我在城东支行也排过队，人家至少开了三个窗口。请你们管一管这个保安，给我妈和我道个歉。
魏晓峰
电话 135-0598-2047
2026年11月25日""",
      T(complainant="魏晓峰", phones=("13505982047",), dates=("2026-11-23", "2026-11-25"),
        units=("YX", "CD"), complained=("YX",), business="人民币储蓄", cause=SVC,
        signed="2026-11-25")),
    # why: identity checks are the bank's rule, but forcing a fresh post-operation eye shield off
    # when the ID card, the household register and the other eye were at hand is how this clerk
    # handled the customer (SVC), and another outlet served him under the same rule.
    L("f25_svc_teller_made_cataract_patient_lift_eye_shield", """明溪县支行：
我父亲刘长庚，今年七十九岁，十月二十六日刚在县医院做了白内障手术，右眼罩着护眼罩，医生交代一个礼拜不能揭开、不能见风。
十月二十九日他要取存折里的一万块交手术费，我陪他去列西分理处。柜员对着身份证看了又看，非要他把眼罩揭下来“对一对脸”。我说医生不让揭，左眼露着，身份证原件也在，户口本也带了，她说“不揭不给办”。我爸怕耽误交钱，自己把眼罩掀了，在大厅里睁着那只刚开刀的眼让她看了差不多一分钟。当天晚上眼睛就红肿，又跑了一趟医院。
过了几天我们去燕西支行办别的事，那边的柜员看了身份证，让我爸侧过脸看看左边，几句话就办好了。核对身份我们理解，可逼着病人揭开护眼罩，就不是核对的事了。请县支行查一查列西这位柜员。
女儿 刘美玲 代写
电话0598-2318876
二〇二六年十一月二日""",
      T(complainant="刘美玲", phones=("0598-2318876",),
        dates=("2026-10-26", "2026-10-29", "2026-11-02"),
        units=("MX", "LJ", "YX"), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-02")),
    # why: there is no such rule and nothing was being sold; a clerk told the heirs a false thing
    # at the counter and they acted on it — a clerk's mishandling (SVC), not RULE or MKT.
    L("f25_svc_clerk_told_heirs_fathers_deposit_goes_to_state_in_a_month", """东门网点负责人：
我父亲九月份过世，留下一张五万块的定期存单。10月8日我和两个妹妹去你们网点问怎么取，柜台一个女柜员说：“人走了一个月之内不来办继承，钱就要上交国家。”我们一听急坏了，第二天就跑公证处，加急公证花了两千六，两个妹妹从广东、江西请假赶回来，来回车票又是两千多。
后来公证处的人说根本没有这回事，存款放多久都是继承人的，不用这么急，普通办理几百块就够。
我们不是不愿意办手续，是被她一句话吓得多花了冤枉钱。请你们核实这位柜员说的话，给我们一个说法。
长子 彭建新
联系电话：0598-2275063  13605983318
二〇二六年十一月五日""",
      T(complainant="彭建新", phones=("0598-2275063", "13605983318"),
        dates=("2026-10-08", "2026-11-05"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=SVC,
        signed="2026-11-05")),
    # why: the money went to the landlord under the writer's own standing instruction; what he
    # objects to is that the app's deletion did not take — a failed system (SYS), not money gone
    # without his act (FUNDS). 徐碧网点 is only where he asked, and is praised: complained empty.
    L("f25_sys_deleted_scheduled_rent_transfer_still_ran", """你好，
我在手机银行里设过每月5号给房东转1500房租的预约转账。十月底我搬走了，10月28日晚上在手机上把这笔预约删了，页面写着“删除成功”，列表里也没了。
11月5日早上照样扣了1500转给房东。房东七十多岁，说钱到了就是房租，要我自己去找银行。我到徐碧网点问，柜台小姑娘很耐心，查了说后台那条预约还在，是“删除没同步”，帮我报上去了，可到现在快一个月没有下文。
我删了就是删了，手机上也显示删了，钱还是出去了。请尽快给个说法，把钱追回来或者给我一个处理结果。
杨帆
15280936617""",
      T(complainant="杨帆", phones=("15280936617",), dates=("--10-28", "--11-05"),
        units=("XB",), complained=(), business="支付结算", cause=SYS, signed=None)),
    L("f25_sys_self_service_lobby_door_locked_her_in_at_night", """永安燕西支行：
我是县二中一个高三学生的家长。12月1日晚上九点四十左右，我到燕西支行门口的自助银行取钱给孩子交资料费。刷卡进门取完钱，里面的门就打不开了，按开门按钮没反应，刷卡也不亮，墙上的求助电话打过去一直是忙音。
我一个人被关在里面四十多分钟，外面的人也进不来。最后是我打110，派出所的同志联系到你们值班的人才来开的门。我有高血压，那天吓得心慌了一晚上。
门坏了不是一天两天的事吧？请你们查一查门禁和求助电话，别再把人关在里面。
黄桂英
电话：0598—5627319
2026年12月3日""",
      T(complainant="黄桂英", phones=("0598-5627319",), dates=("2026-12-01", "2026-12-03"),
        units=("YX",), complained=("YX",), business="银行卡", cause=SYS,
        signed="2026-12-03")),
    # why: the clerk did what she could and is praised; the counter intercom was broken, so the
    # fault is a failed facility (SYS), and the overheard balance follows from it — nothing was
    # handed to anyone (not DATA).
    L("f25_sys_counter_intercom_dead_grandpa_could_not_hear_teller", """列西分理处：
十一月二十号上午我带我爷爷去你们那里改存折密码。柜台玻璃上的对讲喇叭坏了，里面柜员讲话外面一点听不见，我爷爷耳朵本来就背，柜员只好站起来隔着玻璃大声喊，后面排队的人都听见了我爷爷要改密码、存折上有多少钱。
柜员小姑娘人很好，后来拿纸写字给我们看，这个要表扬。可那个对讲听说坏了快一个月了，一直没人修。请尽快修好。
孙女 林晓
手机 138 0598 6620
2026.11.22""",
      T(complainant="林晓", phones=("13805986620",), dates=("2026-11-20", "2026-11-22"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SYS,
        signed="2026-11-22")),
    L("f25_rule_newborn_account_refused_before_hukou_registration", """个人金融部：
我家宝宝十月三十日出生，亲戚们给的红包有两万多，我想给她单独开个存折存起来。11月16日我拿着出生医学证明、我和她爸的身份证、结婚证去徐碧网点，柜员说小孩还没上户口，没有身份证号，开不了户，要等户口本上有她的名字再来。
我问能不能先用出生证明开，等上了户口再补，她说规定就是这样，上面不让。柜员人是好的，给我倒了水，还把要带的材料写在纸条上。可上户口要等满月以后，我们住在山里，跑一趟县城要一个多钟头，抱着月子里的孩子来回跑太难了。
出生证明是医院开的，国家认的，为什么不能用？请个金部考虑一下有没有别的办法。
宝宝妈妈 罗丽娟
18805981376
2026.11.24""",
      T(complainant="罗丽娟", phones=("18805981376",),
        dates=("2026-10-30", "2026-11-16", "2026-11-24"),
        units=("PF", "XB"), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-11-24")),
    L("f25_rule_freshman_temporary_id_card_refused_for_card_opening", """城东支行：
我是今年刚进县职专的新生，身份证丢了，新的还在办，派出所给我开了临时身份证。学校要求每个新生办一张你们银行的卡领助学金，11月4日我拿着临时身份证、学生证、录取通知书去城东支行，柜员说临时身份证不能开户，必须等正式身份证下来。
派出所说正式的要等一个多月，助学金这个月底就要发，班主任说没有卡就领不到。临时身份证也是公安局发的，上面有照片有号码，为什么不行？
学生 蔡雨晴
电话 19959806413
2026年11月6日""",
      T(complainant="蔡雨晴", phones=("19959806413",), dates=("2026-11-04", "2026-11-06"),
        units=("CD",), complained=("CD",), business="银行卡", cause=RULE,
        signed="2026-11-06")),
    # why: the manager misstated nothing and the son does not blame him; the hand-copied risk
    # sentence is the bank's requirement applied as designed (RULE), not SVC.
    L("f25_rule_illiterate_grandma_must_copy_risk_sentence_by_hand", """致明溪支行
我母亲不识字，只会写自己的名字。她攒了十五万，想买你们的一年期理财，以前在别处买过这种低风险的。11月25日我陪她到明溪支行，理财经理说要客户本人在单子上亲手抄一句话，“本人已阅读……自愿承担风险”一长串，不抄不能买，我代抄不行，录音录像里说明白也不行。
我妈拿着笔描了半个钟头，描不下来，急得掉眼泪，最后只好算了，钱还放在活期里。
经理说这是上面要求的，我不怪他。可不识字的老人就不能买理财了？录像都录了，按个手印、当面念给她听，为什么不算数？请给个能办的办法。
儿子 郑国平
电话 13859732045
2026年11月29日""",
      T(complainant="郑国平", phones=("13859732045",), dates=("2026-11-25", "2026-11-29"),
        units=("MX",), complained=("MX",), business="自营理财", cause=RULE,
        signed="2026-11-29")),
    L("f25_funds_mortgage_money_paid_to_account_changed_by_forged_letter", """明溪县支行：
今年八月我在县支行办了按揭，买滨江花园一套房，贷款四十二万，合同上写明放款进开发商的监管账户。9月18日你们放了款，可开发商说一分钱没收到。后来才知道，放款前有人拿着一封盖着假章的“账户变更函”，让你们把钱打进了另一个账户，那个账户的钱当天就被转空了。
那封函我没见过，开发商也说不是他们发的。钱不是我转的，也不是我同意转的，现在房子拿不到，按揭却从十月开始每月从我卡上扣两千三。
请县支行把钱追回来，在这之前按揭先停扣。
购房人 马振宇
手机：158-5987-2209
2026年11月19日""",
      T(complainant="马振宇", phones=("15859872209",), dates=("2026-09-18", "2026-11-19"),
        units=("MX",), complained=("MX",), business="贷款", cause=FUNDS,
        signed="2026-11-19")),
    # why: the wages were drawn without any worker's act — money gone (FUNDS); the staff handing
    # the cards to the foreman is the way it happened, not a mishandled request of theirs (SVC).
    L("f25_funds_site_cards_handed_to_foreman_who_drew_the_wages", """列西分理处：
我们是镇上安置房工地的十二个外地工人。今年五月，你们分理处的两个工作人员到工地上门给我们办工资卡，我们在表上签了字、拍了照，卡和密码信封说是“统一交给包工头发”，我们一直没拿到手。
工钱是按月打进卡里的，包工头说卡在他那儿保管，过年一起给。十一月他人跑了，我们去分理处一查，每个人卡里的工钱早就被一笔一笔取光了，一共十七万多。
钱是打给我们的，我们一分没取过，卡和密码也不是我们交出去的。请你们查清楚，把工钱还给我们。
工人代表 韦德才
电话 136 9598 1425
2026年11月21日""",
      T(complainant="韦德才", phones=("13695981425",), dates=("2026-11-21",),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FUNDS,
        signed="2026-11-21")),
    L("f25_funds_merchant_code_backend_refunded_takings_to_unknown_cards", """徐碧支行：
我在镇上开快餐店，收款码是你们徐碧支行给开的商户码。11月14日晚上十点到十二点之间，我的商户后台连着发了十一笔“退款”，退到几张我不认识的卡上，一共八千六百元，把我当天的营业款退光了。
我那天晚上早就关门睡了，店里没人，手机也在我身边，没收到任何验证码。退款要登录商户后台才能做，密码只有我知道。你们客服说是“商户自己操作”，我没操作过。请查清楚是谁退的，把钱给我补回来。
快餐店老板 韩春梅
电话 0598-2219540
2026年11月17日""",
      T(complainant="韩春梅", phones=("0598-2219540",), dates=("2026-11-14", "2026-11-17"),
        units=("XB",), complained=("XB",), business="支付结算", cause=FUNDS,
        signed="2026-11-17")),
    L("f25_mkt_pension_card_said_to_pay_two_days_earlier", """徐碧支行的领导：
我和老伴李桂花都是退休工人，养老金原来在信用社领。今年八月，你们徐碧网点大堂的一位女经理到我们小区摆摊，说在你们这儿办一张“银发卡”，养老金每个月能比别家早两天到，还送一桶油。我们老两口就去办了，还到社保所改了发放卡。
结果九月、十月、十一月，钱都是每月十五号到，和原来信用社一天不差。问她，她说“早两天是有时候”；问社保所，人家说养老金全县同一天发，哪家银行都一样。
我们不是图那桶油。为了改卡跑了社保所三趟，早知道是这样根本不会换。请你们说清楚，当时为什么那样讲。
退休职工 苏友根
电话 0598-2241908
2026年11月18日""",
      T(complainant="苏友根", phones=("0598-2241908",), dates=("2026-11-18",),
        units=("XB",), complained=("XB",), business="银行卡", cause=MKT,
        signed="2026-11-18")),
    # why: the manager said a false thing to sell the policy (zero interest, eight tenths of the
    # premiums) rather than leaving a fact out — misrepresentation (MKT), not DISC.
    L("f25_mkt_policy_said_loanable_at_zero_interest_any_time", """城东支行：
前年我在城东支行大厅买了一份你们代卖的分红保险，每年交两万，交十年。当时卖保险的理财经理跟我说：“这个保单就像存折，要用钱随时可以借出交的钱的八成，零利息。”我开小超市，周转紧的时候常要用钱，就是冲着这一句买的。
今年十月超市进货差五万，我去找保险公司借，人家说保单贷款最多只能借现金价值的八成，我的现金价值才两万出头，而且年利率五点多。
这和当时说的完全两样。我要求把这份保险退了，交的四万全退给我。
蓝玉珠
手机号码 13959843108
2026年11月9日""",
      T(complainant="蓝玉珠", phones=("13959843108",), dates=("2026-11-09",),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT,
        signed="2026-11-09")),
    L("f25_disc_parents_medical_policy_pays_only_in_province_hospitals_untold", """列西分理处：
去年十二月，我爸在你们列西分理处柜台买了一份医疗险，是代卖的保险公司的产品，一年交一千八。今年九月他在上海我弟弟家住，胆囊发炎在上海的医院做了手术，花了三万多。回来一报销，保险公司说合同里写着只赔本省医院的，一分不赔。
我爸当时问得很细，问住院赔不赔、手术赔不赔、老年人常见病赔不赔，柜员都说赔，可“只限本省”这一句从头到尾没提过。我爸一年有半年在我弟弟那儿，早知道这样他根本不会买。
他七十一了，我替他写这封信。请你们核实当时怎么介绍的，给个交代。
女儿 邵红梅
电话：13599873340
2026年10月12日""",
      T(complainant="邵红梅", phones=("13599873340",), dates=("2026-10-12",),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=DISC,
        signed="2026-10-12")),
    # why: the driver accepts that the bank holds the registration certificate; he objects that
    # no one told him — silence on a material fact (DISC), not an unfair contract term (CLAUSE).
    L("f25_disc_truck_registration_certificate_held_till_loan_paid_untold", """燕西支行信贷部：
2025年6月我在燕西支行贷了八万买了一辆货车跑运输，每月按时还。今年生意不好，我想把车卖了换一辆小的，买家都谈好了，到车管所才知道车辆登记证书押在你们银行，过户要先把八万贷款全部还清，你们才给解押。
贷款的时候信贷员只讲了利息、每月还多少，从头到尾没说过登记证书要押在银行、卖车要先还清。我要是知道，就会先问清楚再买车。现在买家等不了走了。
我不是说你们不该押，是当时就该告诉我。请你们答复。
货车司机 卜永强
电话：181 5980 9327
2026.10.27""",
      T(complainant="卜永强", phones=("18159809327",), dates=("2026-10-27",),
        units=("YX",), complained=("YX",), business="贷款", cause=DISC,
        signed="2026-10-27")),
    L("f25_choice_harvester_loan_extension_only_with_gold_coin_purchase", """燕西支行：
我家在山里种烟、种稻，去年在你们燕西支行贷了十万买收割机。今年遇上连着下雨，烟叶卖得晚，十月份我去申请展期三个月。信贷员说展期可以，但要先在你们这买一套生肖金币，六千八，“帮他完成任务，他在行长面前好说话”。我说我没钱买这个，他说不买展期就难办。
我没办法，10月17日刷卡买了金币，展期过了两个礼拜才批下来。
我兄弟在徐碧网点贷的款，同样是展期，人家信贷员什么东西都没让买。贷款是贷款，金币是金币，凭什么绑在一起？请把金币退了，钱还给我。
范德旺
电话 13950862174
2026年11月3日""",
      T(complainant="范德旺", phones=("13950862174",), dates=("2026-10-17", "2026-11-03"),
        units=("YX", "XB"), complained=("YX",), business="贷款", cause=CHOICE,
        signed="2026-11-03")),
    # why: the cash booking was in order and the bank has no rule asking for a purchase; the
    # withdrawal was tied to a product he refused — a tie without consent (CHOICE), not RULE.
    L("f25_choice_cash_withdrawal_only_after_buying_three_month_product", """列西的领导：
我在浙江工地干了一年，刚回来。12月2日我到列西分理处取两万现金，带回去给老家盖房子的师傅发工钱。柜台的人说大额取现要预约，我说我前天打电话约好了的。她查了一下说约是约了，但“现在有个活动”，要我留五千买他们的三个月理财，才给我取一万五。我说我不要，她就叫大堂经理来劝，劝了半个多钟头。
后来我实在着急，只好答应了，取了一万五回去，师傅的工钱还差五千，我又跟人借的。
我的钱存在你们那里，取自己的钱还要先买东西？请你们把那五千给我退出来。
打工人 钟水生
手机：１５８５９８０６６３７
二〇二六年十二月四日""",
      T(complainant="钟水生", phones=("15859806637",), dates=("2026-12-02", "2026-12-04"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=CHOICE,
        signed="2026-12-04")),
    L("f25_fee_village_cash_point_two_yuan_per_withdrawal", """徐碧支行：
我们村离镇上二十几里山路，你们徐碧支行在村口小卖部设了个取款点，方便是方便。可老人每次在那里取养老金，不管取多少都要扣两块钱，小卖部门口的纸上也写着。我娘一个月养老金一百八十几块，分两次取，一个月就扣四块。到镇上网点取不要钱，可老人走不动那二十几里路。
两块钱对你们不算什么，对山里老人是一斤盐钱。请把这两块钱免了吧。
（村民）游春生
2026年10月30日""",
      T(complainant="游春生", phones=(), dates=("2026-10-30",),
        units=("XB",), complained=("XB",), business="银行卡", cause=FEE,
        signed="2026-10-30")),
    L("f25_fee_rural_pension_contributions_paid_at_counter_charged_per_person", """县支行领导：
我是村里的会计，每年替村民到银行交城乡居民养老保险。今年11月19日到城东支行柜台交了四十七个人的，每人要扣三块手续费，一共一百四十一块，我自己先垫上了。
去年我是在明溪县支行营业部交的，一分钱都没要。同一家银行，同样的事，为什么城东要这个钱，县支行不要？三块钱一个人，村民都有意见，说是不是我从中拿了。
请领导给个明白话。
上坪村会计 温德胜 13859709182
2026年11月24日""",
      T(complainant="温德胜", phones=("13859709182",), dates=("2026-11-19", "2026-11-24"),
        units=("CD", "MX"), complained=("CD",), business="银行代理业务", cause=FEE,
        signed="2026-11-24")),
    L("f25_ret_overseas_tech_fund_for_grandsons_study_down_twenty_two", """个金部：
前年（2024年）9月，我在明溪支行买了一只你们代卖的海外科技基金，二十万，是给孙子以后出国读书攒的。当时的理财经理小陈讲得清清楚楚：这是基金，不保本，会跌，风险等级高，我也签了字、录了像，这些我都认。
可到今年十一月底，还亏着百分之二十二，四万多没了。孙子明年夏天就要走，我不知道该卖还是该等。
我不是来闹的，就是想请你们个金部的专业人员帮我看看这只基金到底怎么回事，再给我一个实在的建议。
退休教师 何淑贞
电话 0598-2230417
2026年12月1日""",
      T(complainant="何淑贞", phones=("0598-2230417",), dates=("2026-12-01",),
        units=("PF", "MX"), complained=("MX",), business="银行代理业务", cause=RET,
        signed="2026-12-01")),
    L("f25_ret_demolition_compensation_wealth_ended_well_under_benchmark", """永安燕西支行理财柜台：
我家老房子去年拆迁，补了六十多万。2025年11月6日我拿出五十万在燕西支行买了一年期的理财，说明书上写业绩比较基准2.8%到3.2%，经理也跟我讲了这是参考，不是承诺，我听懂了的。
今年11月6日到期，算下来年化只有1.55%，比三年定期还低。我问了一下，同一时候别的地方卖的产品都在2.5%以上。
我承认当时都讲清楚了，我也签了。可一个年头下来只有这么一点，心里实在不好受。请你们解释一下为什么差这么多，以后到期的钱我还要不要放在你们这里。
曾庆福
手机13860928475
2026年11月15日""",
      T(complainant="曾庆福", phones=("13860928475",),
        dates=("2025-11-06", "2026-11-06", "2026-11-15"),
        units=("YX",), complained=("YX",), business="自营理财", cause=RET,
        signed="2026-11-15")),
    # why: the bank did what the signed guarantee lets it do; the guarantor objects to a term that
    # binds him to any extension without his say — an unfair clause (CLAUSE), not DISC, though he
    # also says he never saw it.
    L("f25_clause_guarantor_bound_to_extensions_without_being_asked", """城东支行：
2023年我给表弟的养猪场贷款做了保证人，贷二十万，期限两年。今年十月，你们的人打电话说表弟欠着十六万没还，要我这个保证人来还。
我说贷款早在去年就到期了，怎么还在？你们说去年给他办了展期，又延了两年。展期这事没人问过我，我一个字都没签。你们拿出当年的保证合同，第九条写着“贷款展期无需另行征得保证人同意，保证人继续承担责任”。
合同是我签的没错，可当时是信贷员翻到最后一页让我签名。贷款期限是借钱的人和你们说改就改，担保的人一辈子被拴着，这公平吗？请你们重新看看这一条。
保证人 卢建明
电话 138 5988 0631
2026.11.12""",
      T(complainant="卢建明", phones=("13859880631",), dates=("2026-11-12",),
        units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE,
        signed="2026-11-12")),
    L("f25_clause_gold_bars_in_custody_sold_when_fee_ninety_days_late", """徐碧支行：
我2022年在你们网点买了两百克金条，寄存在你们那里，每年交保管费。今年我在外地带孙子，保管费晚交了三个多月。10月20日收到短信说金条已经“按协议处置”，按当天金价卖掉了，扣了保管费和违约金，剩下的钱打回我卡上。
我回来一看协议，上面写着保管费逾期九十天，银行有权按当日价格自行卖出，不用再通知。我晚交的是几十块钱的保管费，你们就能把我两百克金条卖了？现在金价一天一个样，我根本不想卖。
协议是我签的，可这样的写法太霸道。请你们把金条给我买回来，或者把差价补给我。
许丽芳
电话：0598-2336712
2026年11月8日""",
      T(complainant="许丽芳", phones=("0598-2336712",), dates=("2026-10-20", "2026-11-08"),
        units=("XB",), complained=("XB",), business="贵金属", cause=CLAUSE,
        signed="2026-11-08")),
    L("f25_data_wage_records_printed_for_ex_wifes_lawyer", """列西分理处负责人：
我正在和前妻打抚养费的官司。11月3日开庭，对方律师当庭拿出了我在你们列西分理处的工资流水和存款余额，一页一页打印得清清楚楚，上面还有你们的章。
法院没有给我的银行发过调查令，这是法官当庭说的。我去问，你们柜台的人说，是对方律师拿着律师证和一张介绍信来要的，他们就给打了。
我打电话问个金部，个金部说这事得找网点。我的工资、我的存款，你们凭一张介绍信就给外人？请查明是谁经手的，给我一个书面答复。
罗文斌
手机 139-5080-1274
2026年11月16日""",
      T(complainant="罗文斌", phones=("13950801274",), dates=("2026-11-03", "2026-11-16"),
        units=("LJ", "PF"), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-16")),
    L("f25_data_account_opening_form_used_as_wrapping_at_breakfast_stall", """东门网点：
今天早上我在菜市场口买油饼，摊主包油饼用的纸翻过来一看，是我去年在你们网点开户时填的申请表复印件，我的名字、身份证号、手机号、家里地址一样不少，右上角还盖着城东支行的章。摊主说这是他亲戚从你们网点拿回来的一大捆废纸，专门包早点用。
我一张就这样，一捆里不知道还有多少人的。这张纸我留着了。请你们马上去把那捆纸收回来，给我一个说法。
钱国栋
电话 15959801127
2026年11月27日""",
      T(complainant="钱国栋", phones=("15959801127",), dates=("2026-11-27",),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-27")),
    # why: the number the callers ring is no secret handed out; what he objects to is whom they
    # ring and what they say to press an admitted debt — how a debt is chased (DEBT), not DATA.
    L("f25_debt_card_callers_ring_dead_fathers_phone_mother_keeps", """信用卡中心：
我欠你们信用卡四万多，这个我认，已经跟你们客服说好每月还两千，十月、十一月都按时还了。
可是你们委托的人一直在打我爸的手机。我爸去年走了，号码我妈留着舍不得停，每天拿着等我们打电话。从十月中旬到现在，那个号码上一天能接到五六个电话，说“你儿子再不还钱就上门”“叫你们家死人来还”。我妈七十三了，每次接完都哭，现在手机响了都不敢接。
我留的联系人从来不是我爸。请你们马上停止打这个号码，要找就找我。
欠款人 江海涛
手机 186-0598-7734
2026年11月22日""",
      T(complainant="江海涛", phones=("18605987734",), dates=("2026-11-22",),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-22")),
    L("f25_debt_card_collectors_sent_funeral_wreath_to_his_phone_shop", """信用卡中心：
我欠信用卡三万二，逾期了四个月，这是我的不对。
可是11月26日上午，有人给我开在县城的手机店送了一个花圈，挽联上写着“欠债不还 死路一条”，落款是“信用卡中心催款组”。送花圈的人说是银行委托的。店门口一下子围了一大堆人，我老婆当场就哭了，这几天店里一个客人都没有。
我承认欠钱，也在想办法还，可你们委托的人用这种办法，是要把人往死里逼吗？请你们查清楚，对这些人作出处理。
谢志勇
电话：177 0598 5562
2026年11月28日""",
      T(complainant="谢志勇", phones=("17705985562",), dates=("2026-11-26", "2026-11-28"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-28")),
    L("f25_other_outlet_cut_down_the_villages_old_camphor_tree", """列西分理处：
你们分理处门口那棵老樟树，我们村里的老人说有两百多年了，小时候我们都在树底下乘凉。11月15日你们请人来把它锯了，说是挡了新招牌。
那棵树不是你们种的，是村里的。村里没人同意，林业站也说没有接到过申请。树锯了接不回去，我们只要一个说法：谁批准的？要不要补种？
村民 戴春荣 等
2026年11月18日""",
      T(complainant="戴春荣", phones=(), dates=("2026-11-15", "2026-11-18"),
        units=("LJ",), complained=("LJ",), business="其他", cause=OTHER,
        signed="2026-11-18")),
    L("f25_other_recruitment_interview_notice_sent_an_hour_before", """明溪县支行人事部门：
我是今年的应届毕业生，报考了你们县支行的柜员岗位，笔试通过了。2026年11月24日上午八点零五分，我才收到短信通知九点到县支行面试。我当时在福州，根本赶不回来，打电话过去，接电话的人说“通知发了就算，没来就算弃权”。
同批的人有的前一天就接到了电话。我不知道是漏发了还是怎么回事，请你们查一查，给我一个重新面试的机会。
应聘者 葛雨萱
手机 150 5988 3361
2026年11月25日""",
      T(complainant="葛雨萱", phones=("15059883361",), dates=("2026-11-24", "2026-11-25"),
        units=("MX",), complained=("MX",), business="其他", cause=OTHER,
        signed="2026-11-25")),
)
