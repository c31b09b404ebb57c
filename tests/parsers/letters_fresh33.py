"""A thirty-third blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh33`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter or form set. Exactly three things were read: the
module docstring and first two letters of letters_fresh11.py (`sed -n 1,71p`, for the format and
the labelling rules), the `Truth`/`HeldOutLetter`/`heldout_directory` definitions and cause
constants of letters_heldout.py (`sed -n 1,67p`), and /tmp/prompts/ids.txt, the ids of every
earlier letter and form, whose situations are avoided and whose ids are not reused. Written
outside the repository, at /tmp/fresh33.

Labelled by the rules of letters_fresh11.py:
- complainant: the person who writes (a relative writing for an elderly parent is the
  complainant); a surname with a title is a name, a nickname ("老陈", "洪阿婆") is not;
- phones as digits ("0598-8331234" for landlines, mobiles 11 digits); dates ISO, every date
  the letter states with a day, in the order first stated; a date without a year is in the
  signing year; an undated letter's dates stay "--MM-DD"; relative dates are not recorded;
- units: every unit of heldout_directory() the letter names (also as an address, a unit only
  asked, a unit that merely holds an account, or one it praises); complained: the unit(s) the
  grievance is about, empty where the letter does not say;
- cause: what the bank did that the writer objects to, not what is at stake; business: the
  service concerned (cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers,
  debits, cheques and bills → 支付结算, cash → 人民币管理, the bank's own wealth product →
  自营理财, a third party's insurance or fund → 银行代理业务, gold → 贵金属, personal data →
  个人金融信息, chasing a debt → 债务催收, loans → 贷款).

No letter names its cause with the words of the cause's label.

Spread of causes: 服务态度及服务质量, 服务设施设备业务系统, 管理制度业务规则与流程 and
消费者资金安全 three letters each; 营销方式和手段, 信息披露, 自主选择权, 定价收费, 产品收益,
合同条款, 消费者信息安全, 债务催收方式和手段 and 其他 two each. Eleven letters are hard (two
plausible causes, or several units named with only one complained of) and carry a `# why:`
comment naming the deciding rule; two letters name no complained unit; one is undated.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`56c297f`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `56c297f`): cause 93.3 % (28/30), the rules alone 43.3 % (13/30); business 83.3 %; unit found or
triage 96.7 % (29 right, 0 triage, 1 wrong); complainant 100 % / 89.7 %; fields 99.0 % / 98.0 %;
signed date 100 %; mojibake 0. Not trained on. Then the three names missed (满秀梅, 贝春燕, 古春兰:
surnames the list lacked) were fixed; the wrong unit (a deposit's outlet, the letter addressed to the
county branch) is left.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH33: tuple[L, ...] = (
    L("f33_svc_teller_paid_out_a_practice_note_inside_wedding_cash", """致燕西支行：
我叫邓秋华，11月7日上午在你们柜台从存折里取了三万元现金，给儿子办喜酒用。柜员当着我的面用点钞机过了两遍，用纸条扎好递出来，我就没再拆开。
第二天在酒店结账，收银员一张张过验钞机，抽出一张说是“练功券”——上面印着“练功券”三个小字，颜色跟真钱差不多。当着亲家的面，我脸都没处放。
我当天下午就拿着那张纸回燕西支行，柜员说“出了柜台概不负责”，调监控要打报告，到现在也没个回音。银行柜台里怎么会有练功券混进给客户的钱里？请你们查清，把这一百块补给我，也给我一个交代。
邓秋华
手机：139 0598 6417
2026年11月16日""",
      T(complainant="邓秋华", phones=("13905986417",), dates=("2026-11-07", "2026-11-16"),
        units=("YX",), complained=("YX",), business="人民币管理", cause=SVC,
        signed="2026-11-16")),
    L("f33_svc_lobby_man_asked_red_envelope_to_book_grandpas_cash", """列西分理处领导：
我替我爷爷柯永年写这封信，他八十六岁，耳朵不好。
爷爷要从存折里取五万块钱给奶奶做手术，11月19日我陪他到分理处预约大额取现。大堂里那个穿马甲的中年男工作人员说这个月预约满了，要排到下个月，又把我拉到门口小声说：“包个两百块的红包，我帮你插个队，明天就能拿。”
我没给。后来我打你们公布的电话问，对方说大额取现提前一天预约就行，根本没有“排满”这回事。11月21日我们再去，换了一个柜员，当场就给约上了。
奶奶的手术差点被耽误。银行的人拿老人的救命钱要红包，请你们查一查这个人，给我们一个说法。
柯晓雯（柯永年孙女）
电话：18006985231
2026年11月23日""",
      T(complainant="柯晓雯", phones=("18006985231",),
        dates=("2026-11-19", "2026-11-21", "2026-11-23"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-23")),
    # why: 城东支行 is named only as where the card was opened and is praised; the treatment
    # complained of was at 徐碧支行, so only XB is complained of.
    L("f33_svc_clerk_called_guard_on_man_named_meiling_as_impostor", """明溪县支行：
我叫李美玲，男，今年五十二岁，名字是我奶奶起的，身份证上写得明明白白“性别 男”。
我的卡是多年前在城东支行开的，一直用得好好的。
12月1日我在徐碧支行办卡片挂失补办，柜员看了一眼名字，又看我一眼，说“这不是你的证”，不管我怎么解释，扭头就叫保安过来站在我身后，还说要打110。
我把身份证上的性别、照片指给她看，她才去找主管。
主管核对以后说没问题，卡是补了，可她一句道歉都没有，排在后面的人全都在看我笑话。
我活了五十多年，第一次在银行被当成骗子。
请你们管管徐碧支行这个柜员。
城东那边的人一直对我挺好，跟这事没关系。
李美玲
电话 0598-2356712
2026年12月2日""",
      T(complainant="李美玲", phones=("0598-2356712",), dates=("2026-12-01", "2026-12-02"),
        units=("MX", "CD", "XB"), complained=("XB",), business="银行卡", cause=SVC,
        signed="2026-12-02")),
    # why: 个金部 took the call and kept him informed; the grievance is the bank's booking of
    # the payment into the next year, which the letter ties to no unit, so complained is empty
    # (a failed system, SYS).
    L("f33_sys_new_years_eve_pension_account_payment_booked_into_next_year", """县支行个金部：
我是县一中的老师，叫严志强。前年开了个人养老金账户，每年存一万二，可以抵个税。
2025年12月31日晚上九点四十，我在你们手机银行上往养老金账户存了一万二，页面显示“成功”，短信也来了。今年3月做个税年度汇算，才发现这笔钱的记账日期是2026年1月1日，2025年那一年的扣除没有了，要多交一千多块税。
我4月8日就打电话到个金部，接电话的同志很客气，说是手机银行夜里提前“日切”，十点前的交易也记到了第二天，已经报到上面去了，后来还打过两次电话告诉我进展。可到现在大半年，还是没有结果。
明明是在12月31日存的钱，怎么就成了第二年的？请尽快把记账日期改回来，或者给个能拿去税务局的证明。
严志强
手机：15005987836
二〇二六年十一月二十五日""",
      T(complainant="严志强", phones=("15005987836",),
        dates=("2025-12-31", "2026-01-01", "2026-04-08", "2026-11-25"),
        units=("PF",), complained=(), business="人民币储蓄", cause=SYS,
        signed="2026-11-25")),
    # why: the money left through the bank's own debit run with the decimal point misplaced, and
    # she says nobody stole it — a failed system (SYS), not money taken without her act (FUNDS).
    L("f33_sys_cable_tv_debit_took_a_hundred_times_the_bill", """列西分理处：
我家有线电视费一直是从我在你们分理处开的存折里代扣的，每月二十八元。11月10日存折一打，那个月扣的是二千八百元，整整多了一百倍。我先去问有线电视站，人家把账单拿给我看，写的是28.00元，说他们只收到28块。11月12日我回分理处，柜员查了半天，说是你们代扣那边小数点弄错了，这个月好多户都是这样，钱会退，但要等。到今天钱还没回来。这两千八是我下个月的药费。不是谁偷了我的钱，是你们扣钱的电脑算错了，可再怎么说也不能让我们老百姓垫着。请尽快退回，以后扣钱前也核一核。
古春兰
电话：0598-2467103
2026年11月20日""",
      T(complainant="古春兰", phones=("0598-2467103",),
        dates=("2026-11-10", "2026-11-12", "2026-11-20"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=SYS,
        signed="2026-11-20")),
    L("f33_sys_sign_language_video_screen_dead_for_two_months", """城东支行：
我是聋人，叫钱丽萍。你们东门网点大厅贴着“手语视频翻译，聋人朋友可用”，我很高兴。
9月我去办卡挂失，那台屏幕黑着，大堂说网断了。10月15日去，还是黑的。11月3日再去，屏幕亮了，点进去一直转圈，连不上翻译。
柜员不会手语，我只能写字，写了半个多小时，卡挂失办了，补卡没办成。
两个多月坏着没人修，贴着的牌子也不撤。请尽快修好。
钱丽萍 短信：１５８６０５９３２４７
2026.11.06""",
      T(complainant="钱丽萍", phones=("15860593247",),
        dates=("2026-10-15", "2026-11-03", "2026-11-06"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SYS,
        signed="2026-11-06")),
    L("f33_rule_mother_refused_to_pay_dead_sons_coin_jar_into_his_passbook", """徐碧支行：
我儿子阿斌去年冬天出车祸走了，才十九岁。他从初中起就在你们徐碧支行有一本存折，零花钱、暑假打工的钱都存在里面。
他房间里留下一个存钱罐，里面是他这半年攒的硬币和零钱，一共八百四十六块五。11月24日我把钱和他的存折拿到柜台，想替他存进去，就当是他自己存的。柜员说存款人过世了，这个户头不能再往里存钱，只能由继承人办继承把钱取出来销户，是上面的规定。
我知道你们有规定，柜员也一直很客气。可这是孩子最后攒的钱，我只是想放进他自己的本子里，一分都不取。请你们想想办法，能不能通融一次。
母亲 林月娥
电话：13509596078
2026年11月27日""",
      T(complainant="林月娥", phones=("13509596078",), dates=("2026-11-24", "2026-11-27"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-11-27")),
    # why: the bank returned the pension as its payment agreement with the social security
    # bureau says, county-wide — a rule applied as designed (RULE), not money taken by someone
    # (FUNDS).
    L("f33_rule_widows_last_pension_month_sent_back_to_social_security", """明溪县支行：
我老伴张德贵10月3日病故。
他的退休金一直打在燕西支行的存折上，10月10日照常进了三千二百元。
丧事要花钱，我10月20日拿存折去取，才发现这三千二已经没了。
燕西支行的人说，社保局知道人走了，按代发协议把10月份的退休金收回去了，银行只是照办。
我问这是谁同意的，他们把协议给我看，说全县都是这样。
人是10月3日走的，10月份还活了三天，丧葬费社保又还没批下来。
钱在存折里，一声招呼没打就划走了，老百姓想不通。
请支行帮我跟社保局说一说，至少把10月份前几天的钱给我们留下。
郑秀珍
电话 0598 2533871
2026年11月9日""",
      T(complainant="郑秀珍", phones=("0598-2533871",),
        dates=("2026-10-03", "2026-10-10", "2026-10-20", "2026-11-09"),
        units=("MX", "YX"), complained=("YX",), business="人民币储蓄", cause=RULE,
        signed="2026-11-09")),
    L("f33_rule_daughter_refused_late_mothers_passbook_history_without_heirship_paper", """城东支行负责人：
我母亲去年腊月过世，她名下在你们支行有一本存折。我弟弟在她生病那两年一直拿着存折，我怀疑他取了不少钱，家里为这个闹得很僵。
11月2日我带着母亲的死亡证明、户口本和我的身份证，想打一份存折这几年的流水看看。柜员说，要打已故存款人的明细，必须先拿公证处的继承权公证书，或者法院的文书，证明我是继承人，光有户口本不行。
我去公证处问，公证要所有继承人到场，我弟弟肯定不会来。这样一来我什么都查不了。我不是要取钱，只是看看账，这个要求太死了，请你们想想别的办法。
丁美华
手机 186 5988 0342
2026年11月6日""",
      T(complainant="丁美华", phones=("18659880342",), dates=("2026-11-02", "2026-11-06"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=RULE,
        signed="2026-11-06")),
    L("f33_funds_cheque_handed_back_for_voiding_paid_out_at_counter", """城东支行：
我是明发五金店老板谢国平，店里的对公户开在你们支行十多年了。
今年6月店里原来的会计辞职，我到你们支行换了新的支票本。
旧支票本上剩下的七张空白支票，号码从0043到0049，当场交给柜员作废。
她收下了，说会处理，还让我在一张单子上签了字。
那张单子的底联我还留着。
11月17日我对账，发现少了一笔钱。
一查，11月13日有一张支票在你们柜台付了三万六千元。
支票号码是0046，正是交回去作废的那七张里的一张。
我那天根本没开过支票。
店里的印章一直锁在我自己的保险柜里，钥匙只有我一把。
新会计也说没见过这张票。
交回给银行的支票，怎么会又跑出来付了钱？
我没做任何事，钱就没了。
请支行立即查清这张支票是谁拿来的、谁经手付的，
把三万六退回我的账户，
再告诉我另外六张现在在哪里。
谢国平
电话：13906985514   店里：0598-2219087
2026年11月18日""",
      T(complainant="谢国平", phones=("13906985514", "0598-2219087"),
        dates=("2026-11-17", "2026-11-13", "2026-11-18"),
        units=("CD",), complained=("CD",), business="支付结算", cause=FUNDS,
        signed="2026-11-18")),
    # why: he asks back money that left his card with no act of his; the lobby network is only
    # his guess at how — money gone (FUNDS), not a failed facility (SYS).
    L("f33_funds_card_emptied_the_night_after_logging_in_on_lobby_wifi", """燕西支行：
11月11日下午我在你们营业厅等号，手机没流量了，就连了大厅墙上写着“燕西支行客户专用”的无线网，用手机银行查了一下工资到没到。
当天夜里一点多，我卡里的一万四千元分三笔转到了一个叫“周某某”的账户，我根本不认识。我一夜在睡觉，手机就在床头，验证码短信也没收到过。
第二天我去派出所报了案。你们的人说无线网是装修公司装的，跟手机银行不是一回事，让我等警察。我不懂这些，我只知道：我在你们的大厅里用你们的网，登了一次你们的手机银行，当晚钱就没了。我什么都没做。请银行先把钱退给我，再去查。
骆志鹏
手机：+86 173 5987 2204
2026年11月14日""",
      T(complainant="骆志鹏", phones=("17359872204",), dates=("2026-11-11", "2026-11-14"),
        units=("YX",), complained=("YX",), business="银行卡", cause=FUNDS,
        signed="2026-11-14")),
    L("f33_funds_matured_deposit_sent_to_ex_husbands_card_on_forged_instruction", """明溪县支行领导：
我叫黎桂香，今年六十三岁。
2023年11月8日我在列西分理处存了一笔三年定期，十万元。
那时我已经和前夫离婚四年了。
今年11月8日到期，我11月12日去取，柜员说钱到期当天已经按“约定转存账户”自动转走了，转到的那张卡户名是我前夫伍某。
我从来没有签过什么到期转账的约定，更不会把钱转给他。
柜员拿出来的那张约定书上，签名根本不是我的字。
我前夫说钱他已经花了。
我什么都没做，十万块就这样进了别人的口袋。
请支行查清那张约定书是谁办的、谁签的字，把钱给我追回来。
黎桂香
电话：0598-2648350　手机：13859022761
二〇二六年十一月十六日""",
      T(complainant="黎桂香", phones=("0598-2648350", "13859022761"),
        dates=("2023-11-08", "2026-11-08", "2026-11-12", "2026-11-16"),
        units=("MX", "LJ"), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-16")),
    L("f33_mkt_funeral_cover_said_to_come_with_a_county_cemetery_plot", """徐碧支行：
我叫温开福，七十四岁。今年4月9日在你们营业厅，一个女理财经理向我推荐一份“安心后事”保险，十年交，一年两千四。她跟我说，这份保险交满以后，县公墓那边会给留一个墓位，到时候子女不用再另外买，“保险公司跟公墓有合作”。
我就是冲着墓位买的。上个月我儿子去县公墓问，人家说从来没有跟哪家保险公司合作过，更没有留墓位这回事。保险公司的人也说，这份保险就是身故给一笔钱，不管墓位。
我老了，就想把后事安排妥当，不给儿女添麻烦。卖保险的把没有的东西说成有，哄我这种老人。请银行查清，把我交的钱退回来。
温开福　电话：13379856120
2026年11月10日""",
      T(complainant="温开福", phones=("13379856120",), dates=("2026-04-09", "2026-11-10"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-11-10")),
    # why: the seller said outright that one policy covered all eleven dogs — a misstatement to
    # sell (MKT), not mere silence on the one-dog limit (DISC).
    L("f33_mkt_pet_cover_said_to_insure_all_eleven_orchard_dogs", """燕西支行：
我在乡下养了十一条工作犬，帮人看果园。今年7月在你们支行存钱时，大堂经理推荐一份宠物医疗险（是保险公司的，你们代卖），一年九百八。我特地问她：我家十一条狗都能保吗？她说“一份保全家，几条都行”。
11月5日我家一条狗被蛇咬了，治了三千多。找保险公司报销，人家说保单上只登记了一条狗，芯片号对不上，不赔。我再问那个经理，她说她也不清楚。
她不是没讲，是讲错了。要是她当时说一份只保一条，我就不会买，或者按条买。请你们处理，退我保费，或者赔这三千多。
薛明生
手机：15359836647
2026年11月13日""",
      T(complainant="薛明生", phones=("15359836647",), dates=("2026-11-05", "2026-11-13"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=MKT,
        signed="2026-11-13")),
    L("f33_disc_dowry_gold_bar_was_a_bought_back_bar_resold_as_new", """城东支行：
10月18日我在你们东门网点买了一根一百克金条，准备给女儿当嫁妆，价钱是按当天新金条的牌价付的。
回家细看，盒子里证书上的编号和金条上的编号对不上，金条边上还有细细的划痕。我拿去问，柜员这才说，这根是别的客户卖回给银行、重新包装后再卖的，“成色一样，不影响”。
成色一样，可这是给女儿出嫁的，谁愿意要别人卖回来的旧金条？买的时候你们一句没提，价钱也一分没少。早知道我绝不会买这根。请给我换一根新的，或者退货。
邵美玉
电话：18950867329
二〇二六年十月二十四日""",
      T(complainant="邵美玉", phones=("18950867329",), dates=("2026-10-18", "2026-10-24"),
        units=("CD",), complained=("CD",), business="贵金属", cause=DISC,
        signed="2026-10-24")),
    L("f33_disc_three_day_grace_never_covered_the_last_truck_loan_instalment", """徐碧支行信贷员：
我2024年在你们支行贷了八万块买货车，分二十四期还，每月20日扣款。贷款的时候信贷员跟我说，万一哪个月钱晚到了，“有三天宽限期，三天内补上不算逾期”。这两年我有两回晚了一两天，确实都没事。
最后一期是今年10月20日，我10月22日补上的。上个月我去申请房贷，征信上多了一条逾期记录，就是这最后一期。你们说，宽限期只对前面的期数有用，最后一期到期日当天必须还清。
这么要紧的一条，办贷款时没一个人讲过。现在我房贷卡在那儿。请给我撤销这条逾期记录。
卢志坚
手机：13515988620
2026年11月21日""",
      T(complainant="卢志坚", phones=("13515988620",),
        dates=("2026-10-20", "2026-10-22", "2026-11-21"),
        units=("XB",), complained=("XB",), business="贷款", cause=DISC,
        signed="2026-11-21")),
    L("f33_choice_wedding_loan_paid_out_only_for_banquet_at_partner_restaurant", """列西分理处：
我和未婚妻定在明年正月结婚，10月27日在你们分理处申请了五万元的婚庆消费贷款。批下来以后，信贷员说放款有个条件：酒席必须订在你们合作的那家“福满楼”，贷款直接打到酒店账上，不打给我们。
我们早就在村里请好了厨师，办流水席，菜钱肉钱都要自己付，根本用不着酒店。信贷员说不订福满楼就不放款。
贷款是我们借的，利息是我们出的，钱花在哪家、酒怎么办，应该我们自己拿主意。请你们取消这个附加的条件，把款按我们的用途放给我们。
准新郎 饶俊辉
联系电话：13860599017
2026年11月15日""",
      T(complainant="饶俊辉", phones=("13860599017",), dates=("2026-10-27", "2026-11-15"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=CHOICE,
        signed="2026-11-15")),
    # why: the margin is the bill's own rule and is accepted; the life policy is an add-on for
    # which no rule could be cited — a tie without consent (CHOICE), not a rule applied as
    # designed (RULE).
    L("f33_choice_flooring_workshop_acceptance_bill_only_with_owners_life_cover", """明溪县支行：
我开一家竹地板加工厂，叫吴建新。11月3日到你们支行营业部申请开一张五十万的银行承兑汇票付原料款，保证金按规定交了百分之五十，这个我没意见。
客户经理却说，还要我本人买一份你们代卖的终身寿险，年交两万，受益人写银行，“不买这张票就开不了”。我问这是哪条规定，她说是“支行的要求”，拿不出文件。
开票要交保证金，这是规矩，我照办。可开一张票非得搭一份两万一年的保险，这是硬塞给我的。请你们取消这个搭售，按正常手续给我开票。
吴建新
手机：13799806531
2026.11.8""",
      T(complainant="吴建新", phones=("13799806531",), dates=("2026-11-03", "2026-11-08"),
        units=("MX",), complained=("MX",), business="支付结算", cause=CHOICE,
        signed="2026-11-08")),
    # why: 燕西支行 was only asked and sent him on; the charge he objects to (its level, not an
    # error) is the county branch's own, so MX alone is complained of (FEE).
    L("f33_fee_bride_price_cash_escorted_to_village_at_half_a_percent", """明溪县支行营业部：
我们这边订婚有个老规矩，彩礼要现金摆在桌上。男方要送十八万八千八。我们村离县城四十多公里，带这么多现金坐车不放心。
11月18日我先到燕西支行问，那里说他们不做上门送现金，让我找县支行营业部。营业部说可以用押运车送到村里，费用按金额的千分之五算，九百四十四块。
送一趟四十公里，就要九百多，比我们请一桌酒还贵。我问过别的银行，送一趟是按次算两百。你们这个价实在太高，请重新核一核，按次算或者降一点。
男方父亲 游德胜
电话：15880596239
2026年11月22日""",
      T(complainant="游德胜", phones=("15880596239",), dates=("2026-11-18", "2026-11-22"),
        units=("MX", "YX"), complained=("MX",), business="人民币管理", cause=FEE,
        signed="2026-11-22")),
    L("f33_fee_releasing_one_of_two_pledged_shops_charged_one_percent", """城东支行信贷科：
我叫宋丽萍，2023年用两间店面抵押，在你们支行贷了一百二十万做建材生意。现在本金已经还了七十多万，剩下不到五十万，一间店面押着绰绰有余。
11月11日我申请把其中一间店面解押，好卖掉周转。客户经理说可以，但要交“部分解押手续费”，按解押店面评估价的百分之一算，一万二。
解押无非是盖个章、去不动产中心办个手续，跑一趟的事，要一万二太不像话了。我不是不愿意出钱，是这个数定得太离谱。请你们重新核一核，降到合理的数。
宋丽萍
电话：0598-2376064 / 13950893718
2026年11月19日""",
      T(complainant="宋丽萍", phones=("0598-2376064", "13950893718"),
        dates=("2026-11-11", "2026-11-19"),
        units=("CD",), complained=("CD",), business="贷款", cause=FEE,
        signed="2026-11-19")),
    L("f33_ret_retired_projectionists_hearing_aid_wealth_ended_at_one_point_two", """列西分理处：
我是县电影院退休的放映员，姓甘，今年七十岁。2025年10月30日在你们分理处买了一款一年期理财，五万元，说明书上写着业绩比较基准2.8%至3.3%，风险二级，不保本，这些都给我讲过，我也签了字。
今年10月30日到期，算下来一年只有1.2%左右，六百来块。本来想用这笔钱加上利息给自己配一副好点的助听器，现在差了一截。
我不是说你们卖错了，亏没亏本也认。只想问问，基准和实际差这么多，银行能不能给点说法，以后有没有更稳当一点的。
甘德明
电话：0598-2291463
2026年11月3日""",
      T(complainant="甘德明", phones=("0598-2291463",),
        dates=("2025-10-30", "2026-10-30", "2026-11-03"),
        units=("LJ",), complained=("LJ",), business="自营理财", cause=RET,
        signed="2026-11-03")),
    L("f33_ret_pickle_sellers_hong_kong_internet_index_fund_down_nineteen", """徐碧支行：
我在菜市场卖咸菜，叫汤淑芬。2024年8月在你们支行大厅，理财经理介绍了一只港股互联网指数基金，说是基金公司的，银行代卖，风险等级高，可能亏。我想着孩子在外面读大学，攒点钱给他以后用，就买了六万。到现在两年多了，一查只剩四万八千多，亏了百分之十九。我不是来找麻烦的，当时该说的都说了，字是我签的。就想问问，这只基金还要不要拿下去？银行能不能帮我们这样的人看一看，亏成这样有没有办法。
汤淑芬 手机 13625998014 2026/11/26""",
      T(complainant="汤淑芬", phones=("13625998014",), dates=("2026-11-26",),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=RET,
        signed="2026-11-26")),
    L("f33_clause_garage_loan_lets_bank_surrender_borrowers_own_life_policy", """燕西支行：
我开了个汽修店，在你们支行有一笔四十万的经营贷款，11月16日去办续贷，签新的借款协议。我这回认真看了一遍，第十二条写着：借款人逾期时，贷款人有权代借款人向保险公司申请退保，借款人名下任何人寿保险的退保金用于还款，借款人对此不可撤销地授权。
那份寿险是我十年前给自己买的，跟贷款一点关系都没有，受益人是我老婆孩子。按这一条，我哪个月晚还几天，银行就能把我家的保险退掉。
我没逾期过，也不打算逾期，可这一条写得太霸道，签了就等于把我的保险交给了银行。请把这一条从协议里拿掉，不然我不敢签。
凌志坚
电话：18065981432
2026年11月20日""",
      T(complainant="凌志坚", phones=("18065981432",), dates=("2026-11-16", "2026-11-20"),
        units=("YX",), complained=("YX",), business="贷款", cause=CLAUSE,
        signed="2026-11-20")),
    # why: the bank did what clause nine lets it do; she objects to the clause itself — the bank
    # alone choosing cash at its own buyback price — an unfair clause (CLAUSE), not the level
    # of a price (FEE).
    L("f33_clause_gold_plan_bar_delivery_swapped_for_cash_at_banks_price", """明溪支行贵金属柜台负责人：
我从2024年起在你们这里做积存金，每月买两克，到今年攒够了一百克。11月9日我申请提一根一百克的实物金条，准备给孙子满月。
11月19日你们打电话说，金条库存不足，按积存金协议第九条，银行“可选择以当日回购价折算现金支付”，钱已经打到我卡上了。我回家找出协议一看，真有这一句。当天的回购价比卖价每克低了十几块，一百克就少了一千多，金条也没了。
我攒的是黄金，不是现金。交不交金条、按什么价折，全凭银行一句话，客户一点办法没有，这种写法不公平。请你们把钱退回，给我补一根金条，也把协议里这一句改掉。
曾秀华
电话：0598-2163307
2026年11月21日""",
      T(complainant="曾秀华", phones=("0598-2163307",),
        dates=("2026-11-09", "2026-11-19", "2026-11-21"),
        units=("MX",), complained=("MX",), business="贵金属", cause=CLAUSE,
        signed="2026-11-21")),
    L("f33_data_her_comment_book_page_copied_onto_lobby_notice_board", """城东支行行长：
10月29日我在东门网点大厅的意见簿上写了一条意见，说上午只开一个窗口，排了一个多小时。写的时候按要求留了姓名、手机号和卡号，想着方便你们回复。
11月10日我再去，看见大厅墙上新挂了一块“客户意见及整改公示”板，我那一页被原样复印贴在上面，姓名、手机号、卡号全都在，谁路过都能看见。这几天我接了好几个陌生电话，有推销的，还有一个问我是不是“那个告银行的人”。
意见是写给银行看的，不是贴给全街人看的。请马上撤下来，把我的号码涂掉，并告诉我还给谁看过。
贝春燕
手机：13559809147
2026年11月12日""",
      T(complainant="贝春燕", phones=("13559809147",),
        dates=("2026-10-29", "2026-11-10", "2026-11-12"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-12")),
    L("f33_data_new_card_and_pin_letter_left_open_at_village_committee", """县支行个人金融部：
我在外地上大学，叫邹晨曦。10月底我在手机银行申请补办一张借记卡，寄送地址填的是家里。11月12日村委会打电话给我妈，说银行寄来的东西放在村委会，叫去拿。
我妈去拿的时候，信封已经拆开了，新卡、初始密码函，还有一张印着我身份证号和手机号的回执，都摊在村委会办事大厅的桌子上，旁边就是来办事的人。快递单上寄件人写的是“县支行个人金融部”，快递员说家里没人，就放村委会了。
卡和密码装在一个信封里，谁都能拿走。钱倒是还没少，可我的身份证号、卡号、密码都被一屋子人看过了。请你们查清楚为什么这样寄、为什么不送到本人手里，给我换卡换密码，费用由你们出。
邹晨曦
手机 15160582934
2026年11月14日""",
      T(complainant="邹晨曦", phones=("15160582934",), dates=("2026-11-12", "2026-11-14"),
        units=("PF",), complained=("PF",), business="个人金融信息", cause=DATA,
        signed="2026-11-14")),
    L("f33_debt_card_callers_rang_hotel_desk_to_hold_him_on_business_trip", """信用卡中心：
我叫何立新，欠你们信用卡三万多，今年生意不好，已经跟你们客服申请了分期，正在等回复。
11月24日我到厦门出差，住在一家酒店。第二天早上退房时，前台小姑娘当着一大堂客人的面说：“何先生，有个信用卡中心的人打了三次电话，说你欠钱不还，让我们别让你走，等他们的人过来。”她还把对方留的号码抄给我。
我不知道你们是怎么查到我住哪家酒店的。我欠钱认账，可你们打电话给酒店、让人家扣住我，这是什么做法？酒店的人看我的眼神像看逃犯。请查清是谁打的电话，从哪里知道我的行踪，以后不许再这样。
何立新
１３６０５９８７７２０
２０２６年１１月２８日""",
      T(complainant="何立新", phones=("13605987720",), dates=("2026-11-24", "2026-11-28"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-28")),
    L("f33_debt_loan_chasers_flew_drone_banner_over_his_orange_harvest", """银行的领导：
我叫章文华，在山上种了四十亩脐橙。前年跟你们银行贷了二十万，今年春天冻害，还欠六万多，每个月能还多少还多少，从来没躲过。
11月23日正是摘果的时候，雇了二十几个村里的妇女在园子里摘。上午十点多，你们派来的两个人在路边放起一架无人机，下面吊着一条红布横幅，写着“章文华欠银行贷款不还”，在果园上空来回飞了半个钟头，还拿手机拍。
摘果的人都停下来看，收果的老板当天就压了价，说“你这园子怕是要被银行收走”。欠钱是我的事，你们可以找我本人谈，凭什么搞得全村、连买家都知道？请你们管管这些人，以后不许再这样。
章文华
电话：13859845160
2026年11月26日""",
      T(complainant="章文华", phones=("13859845160",), dates=("2026-11-23", "2026-11-26"),
        units=(), complained=(), business="债务催收", cause=DEBT,
        signed="2026-11-26")),
    # why: she uses no service of the outlet and says so; the grievance is a guard's extortion at
    # the steps — nothing about a financial service to her (OTHER), not a customer's treatment
    # (SVC). Undated, so its dates stay "--MM-DD"; "洪阿婆" is a nickname, not a name.
    L("f33_other_new_guard_demands_pitch_money_from_fruit_seller_at_the_steps", """列西分理处主任：
我是在你们分理处门口台阶边摆摊卖水果的，姓洪，乡下人，不识几个字，这信是请邻居写的。我在这里摆了六七年，从来没人说过不行。这个月新来的那个高个子保安，11月2日开始，每天傍晚过来让我交十块钱“占地费”，说不交就把我的摊子掀了。11月9日我没给，他真把我两筐橘子踢翻在地上。我不在你们银行办什么事，也不是来告柜台的。就是这个保安穿着你们的制服，天天来要钱。请主任管管他。
洪阿婆 电话：0598 2580634""",
      T(complainant=None, phones=("0598-2580634",), dates=("--11-02", "--11-09"),
        units=("LJ",), complained=("LJ",), business="其他", cause=OTHER,
        signed=None)),
    # why: unpaid wages for cleaning 徐碧支行 touch no financial service to her (OTHER); 城东支行
    # merely holds her wage card, and 徐碧支行 is the unit the grievance is about.
    L("f33_other_outsourced_lobby_cleaner_unpaid_two_months", """明溪县支行：
我叫满秀梅，2025年3月起在徐碧支行做保洁，是外包公司派过去的，每天早上六点半去拖大厅、擦自助机。今年9月外包公司跟徐碧支行的合同到期，我也就不做了。
9月、10月两个月的工资三千六，外包公司一直拖着不给，老板说“银行的钱还没结给我们”。我去徐碧支行问，他们说钱早付给公司了，让我找公司。我工资卡是在城东支行开的，到现在一分钱都没进来。
我在徐碧支行干了一年半，你们的大厅是我天天擦的。请县支行出面跟外包公司说一说，把我的工钱结了。
满秀梅
手机 177 5986 3058
2026年11月30日""",
      T(complainant="满秀梅", phones=("17759863058",), dates=("2026-11-30",),
        units=("MX", "XB", "CD"), complained=("XB",), business="其他", cause=OTHER,
        signed="2026-11-30")),
)
