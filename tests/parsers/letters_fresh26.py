"""A twenty-sixth blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh26`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. Read for it, and nothing else in the
repository: lines 1-71 of letters_fresh11.py (the labelling rules in its docstring and its first
two letters, for the format), lines 1-67 of letters_heldout.py (the `Truth`/`HeldOutLetter`/
`heldout_directory` definitions and the cause constants), and the list of earlier letter and
form ids, whose situations are avoided. Written outside the repository, at /tmp/fresh26.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones as
digits, ISO dates in the order first stated, every unit named and the unit(s) complained of,
cause by what the bank did, business by the service). Causes: 3 each of SVC, SYS, RULE and
FUNDS, 2 each of the other nine. Units are named in many ways: by name, by alias, as "你们网点"
of the unit written to, as an address, praised, only asked or phoned, a superior written to
about an outlet, two outlets compared; a letter that names no unit it blames has no complained
unit. No letter names its cause with the words of the cause's label. The hard letters (two
plausible causes) each carry a `# why:` comment naming the deciding rule.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`b4edbb1`: the 1,753-example
weighting of `bc0ce14`, the unit and name rules of `781db13`): cause 96.7 % (29/30), the rules alone 46.7 % (14/30); business 86.7 %; unit found or
triage 96.7 % (27 right, 2 triage, 1 wrong); complainant 100 % / 96.4 %; fields 99.0 % / 99.0 %;
signed date 100 %; mojibake 0. Not trained on; the wrong unit (an outlet that sent the writer on
to the card centre, its "办不了" read as the grievance) is left as it is.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH26: tuple[L, ...] = (
    L("f26_svc_clerk_stamped_paid_on_live_deposit_certificate", """明溪县支行领导：
我是城关镇人，叫曾建平，替我母亲黄月娥写这封信。她七十六了，眼睛不好，字也不识几个。
母亲有一张五万元的三年定期存单，是在城东支行存的。今年10月27日她到东门网点去，只是想问问到期能拿多少利息。窗口那位戴眼镜的男柜员把存单拿进去看了半天，还回来的时候背面多了一个红章，母亲也不懂。11月12日存单到期，她就近去列西分理处取，人家一看就说这张单子盖了“付讫”章，他们不能付，让她回开户的网点。
母亲又去城东，那个柜员承认是他盖错了，说要打报告“核查”，叫等十天。一张好好的存单被他一个章盖成了废纸，老人家来回跑了三趟，钱到现在还没拿到手。请县支行督促城东尽快把钱给老人，也请教育一下那位柜员，做事要看清楚。
曾建平
电话 139 5983 4410
2026年11月30日""",
      T(complainant="曾建平", phones=("13959834410",),
        dates=("2026-10-27", "2026-11-12", "2026-11-30"),
        units=("MX", "CD", "LJ"), complained=("CD",), business="人民币储蓄", cause=SVC,
        signed="2026-11-30")),
    # why: any outlet may change a card's phone number (明溪支行 did it in five minutes and said
    # so); the wrong word and the brush-off were the clerk's, so it is SVC, not a RULE applied.
    L("f26_svc_student_sent_to_home_county_outlet_to_change_card_phone", """徐碧网点的负责人你好：
我是县职专二年级的学生付晓雯。我的银行卡是上初中时在老家明溪支行办的，原来留的是我妈妈的手机号，现在妈妈去外地打工换了号，我收不到验证码，连学校食堂充值都做不了。
11月16日下午我请假到你们徐碧网点，想把卡上的手机号改成我自己的。窗口的阿姨看了一眼说：“哪里开的卡哪里改，我们这里改不了。”我问能不能帮我查一下，她说后面还有人排队，叫了下一位。
11月19日我又请了一天假，坐两个多小时的班车回明溪支行，那边的柜员五分钟就帮我改好了，还说全省哪个网点都能改，不用跑回来。来回车费六十多块，还缺了两天的课，班主任也批评了我。
希望你们以后不要随口就把人打发走。
付晓雯
手机：１５２６０５８３３１７
2026.11.22""",
      T(complainant="付晓雯", phones=("15260583317",),
        dates=("2026-11-16", "2026-11-19", "2026-11-22"),
        units=("XB", "MX"), complained=("XB",), business="银行卡", cause=SVC,
        signed="2026-11-22")),
    L("f26_svc_clerk_shredded_widows_full_old_passbook", """列西分理处：
我妈妈罗陈氏（八十一岁）那本存折用了二十多年，11月18日她去你们那里取养老钱，存折写满了，柜员说给换一本新的，妈妈以为旧的会还给她。等她回过神，旧存折已经被那个小姑娘塞进碎纸机了。
那本存折每页的空白处，都是我过世的爸爸用铅笔写的小字，哪一笔钱是给我们姐弟交学费，哪一笔是给奶奶看病，是他留下的唯一的笔迹。妈妈当场就哭了，柜员只说了一句“旧折子要收回作废”，连问都没问过我妈一声。
作废可以剪个角、盖个章，为什么要绞碎？就算要收回，能不能先问一下老人？我妈这些天饭都吃不下。请你们给个说法，以后对老人家的东西多一分小心。
女儿 罗春兰
（0598）6652318""",
      T(complainant="罗春兰", phones=("0598-6652318",), dates=("--11-18",),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed=None)),
    L("f26_sys_app_traffic_fine_paid_never_reached_police", """我叫詹永福，跑货运的。10月30日我用你们手机银行里的“交通罚款缴纳”交了一笔超速罚款200元，卡上的钱当时就扣了，页面也显示“缴费成功”。
11月20日我去车管所年审，人家说这笔罚款根本没交，逾期了还要加罚200，车也不给过审。我只好当场又交了400。
第二天我拿着手机截图到东门网点问，柜台小伙子查了很久，说钱是扣了，可是在你们那边一直挂着“处理中”，到不了交警那头，他也不知道卡在哪儿，叫我打热线。热线说要“提交工单”，到现在二十天了一点动静都没有。
我要的是：第一笔200退给我，多罚的200你们负责。
詹永福 137-5988-0263
2026年12月4日""",
      T(complainant="詹永福", phones=("13759880263",),
        dates=("2026-10-30", "2026-11-20", "2026-12-04"),
        units=("CD",), complained=(), business="支付结算", cause=SYS,
        signed="2026-12-04")),
    L("f26_sys_card_senior_hotline_drops_at_three_minutes", """信用卡中心：
我是你们的老持卡人汪德明，今年六十八岁。我卡上11月的账单有一笔398元的“年费”，我想问清楚。你们的热线有个给老年人用的“长辈专线”，按了以后确实有人接，这点我要说句公道话。
可是不管哪位接线员，话讲到三分钟左右，电话就“嘟”一声断了。11月24日我打了四次，11月25日又打了两次，六次全是这样，换了座机、换了我儿子的手机也一样。有一回那个姑娘自己说：“叔叔，我们这边线路到三分钟就会掉，您抓紧说。”我一个老头子，三分钟连卡号带身份证号都念不完。
请你们把这条线路修好，那笔年费也请给我一个回话。
汪德明
住址：明溪县城关镇东新路18号
电话：0598-2817736   13605986142
2026年11月27日""",
      T(complainant="汪德明", phones=("0598-2817736", "13605986142"),
        dates=("2026-11-24", "2026-11-25", "2026-11-27"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=SYS,
        signed="2026-11-27")),
    # why: the 24-hour lock after three failures is a rule, but it was tripped by a machine that
    # refused every valid code (out of order since the afternoon) — a failed machine, SYS.
    L("f26_sys_cardless_code_refused_at_yanxi_atm_then_locked", """燕西支行：
11月21日晚上九点多，我叔叔在老家走了，家里急着要现金办后事。我的卡放在厦门没带回来，就在手机上生成了无卡取款码，去你们燕西支行门口那台取款机取两万。
输了码，屏幕显示“交易失败”，我又生成了一个，还是失败，第三次也一样。再打开手机，提示我“无卡取款失败次数过多，功能锁定24小时”。那天晚上灵堂要付钱、要买东西，我只能挨家挨户跟亲戚借。
后来听你们的保安说，那台机器当天下午就不对劲了，好几个人取不出钱，也没人贴个告示。码是你们给的，机器是你们的，取不出钱还反过来锁我，这算什么道理？
第二天一早我到列西分理处，那里的柜员看我急，拿身份证核了半天帮我把钱取了出来，还给了我一杯热水，我很感激。
请燕西支行查一下那台机器，给我一个解释。
邱美华  电话 158 0598 2264
二〇二六年十一月二十三日""",
      T(complainant="邱美华", phones=("15805982264",),
        dates=("2026-11-21", "2026-11-23"),
        units=("YX", "LJ"), complained=("YX",), business="银行卡", cause=SYS,
        signed="2026-11-23")),
    # why: the clerk explained and applied the note-exchange rule as written (a note pieced from
    # two different notes is not exchanged) and the writer does not blame her — RULE, not SVC.
    L("f26_rule_note_glued_from_two_halves_not_exchanged", """致徐碧支行：
我在徐碧街上开包子铺。11月7日早上一个买包子的男人给了我一张100元，中间用透明胶粘过，我忙着没细看就收了。
11月9日我拿到你们网点去兑换，柜员很客气，拿放大镜看了，说这张钱左半张和右半张的号码不一样，是两张不同的残币拼起来的，按人民银行的兑换办法，这种拼凑的一分钱都不能换，还把墙上贴的兑换办法指给我看。她说的话我听懂了，也不怪她。
可我一个做小本生意的，一笼包子才赚几块钱，被人骗了一百块，到了银行一分都换不回来。我不是想占便宜，左边那半张可是真的呀，能不能至少按半张算给我？这个规矩是不是太死了？
温桂香
13859 071 482
2026年11月10日""",
      T(complainant="温桂香", phones=("13859071482",),
        dates=("2026-11-07", "2026-11-09", "2026-11-10"),
        units=("XB",), complained=("XB",), business="人民币管理", cause=RULE,
        signed="2026-11-10")),
    L("f26_rule_grandpa_card_phone_cannot_be_grandsons_number", """明溪支行行长：
我爷爷廖土生八十三岁了，耳朵背，从来不用手机。他存养老钱的那张卡是在你们那里办的。爷爷怕被骗，想让我帮他盯着卡上的钱，所以十一月二十六日我陪他去你们网点，想把卡上的预留手机号改成我的号码，这样有钱进出我能收到短信。
柜员说不行：卡上留的手机号必须是用爷爷本人身份证登记的号码，别人名下的号一律不能绑，说这是防诈骗的要求。她建议我们去营业厅用爷爷的身份证办一张电话卡。可爷爷根本不会用手机，办了卡放在哪里？短信还不是没人看？
我理解防骗，但这样一刀切，真正需要家里人帮忙看着的老人反而没办法。希望你们考虑一下有没有别的办法，比如家属到场登记之类。
孙子 廖俊杰
电话：183-5982-6607
二〇二六年十一月二十八日""",
      T(complainant="廖俊杰", phones=("18359826607",),
        dates=("2026-11-26", "2026-11-28"),
        units=("MX",), complained=("MX",), business="银行卡", cause=RULE,
        signed="2026-11-28")),
    L("f26_rule_credit_card_closing_waits_forty_five_days", """信用卡中心：
我是城东小学退休的黄老师。下个月我要去厦门给女儿带孩子，想在走之前把名下用不上的信用卡销掉，省得以后挂心。
11月23日我先去了城东支行，柜台说信用卡的事他们办不了，给了我一个号码。打过去，你们的人说可以销，但是要先把欠款结清，结清以后还要等四十五天才真正销户，这四十五天里卡还算开着，万一冒出利息、年费，还要我再还清，不然销不掉。
我这张卡只欠了三百多，当天就还了。凭什么还要再等一个半月？我人到了厦门，谁帮我盯着？难道又要跑回来？你们开卡的时候几分钟就批了，销卡却要这么久。请你们给老人家一个方便。
黄老师（黄素琴）
手机 13950 581 906
2026年11月25日""",
      T(complainant="黄素琴", phones=("13950581906",),
        dates=("2026-11-23", "2026-11-25"),
        units=("CD", "CARD"), complained=("CARD",), business="银行卡", cause=RULE,
        signed="2026-11-25")),
    L("f26_funds_dormant_passbook_emptied_before_reactivation", """个金部领导：
我叫傅长林，今年六十三，以前是打石头的。2018年我去江西工地，一去就是七八年，临走前在列西分理处有一本存折，里面三万一千六百元，是我留着养老的，走的时候一分没动。
今年11月10日我回来，拿存折去列西取钱，柜员说这个户头很久没动，成了“久悬户”，要先激活。激活以后一查，只剩六百元。打出来的明细上写着2023年3月14日、2023年4月2日在列西柜台取了两笔现金，一笔一万六，一笔一万五，写的是“代理人支取”。
我人在江西，存折一直锁在我随身的铁皮箱里，密码我谁也没告诉过，哪里来的代理人？列西的主任只叫我去报警，说他们也查不出来。钱是在你们柜台被人取走的，我想请个金部出面查清楚，把钱还我。
傅长林
电话：136 9598 1723
2026年11月18日""",
      T(complainant="傅长林", phones=("13695981723",),
        dates=("2026-11-10", "2023-03-14", "2023-04-02", "2026-11-18"),
        units=("PF", "LJ"), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-18")),
    L("f26_funds_card_charged_by_overseas_game_site_during_eye_surgery", """信用卡中心的同志：
我叫饶秀兰，七十一岁，前年在燕西支行办了一张你们的信用卡，平时就在菜市场和药店刷一刷。
10月15日我在福州做白内障手术，眼睛蒙着纱布住了两天院，卡锁在家里抽屉。这个月账单来了，上面多了九笔外国的钱，美元的，一共折合四千三百多块，收款方是什么游戏公司，日子正好是10月15日、10月16日。我连手机游戏都不会玩，更不会去外国网站。
打电话给你们，说这是“无卡交易”，要核对卡背面三个数字才能成功，意思是我自己泄露的。我躺在病床上眼睛都睁不开，怎么泄露？请你们查清楚，这笔钱我不认。
饶秀兰
电话 0598 3627145
2026年11月28日""",
      T(complainant="饶秀兰", phones=("0598-3627145",),
        dates=("2026-10-15", "2026-10-16", "2026-11-28"),
        units=("YX", "CARD"), complained=("CARD",), business="银行卡", cause=FUNDS,
        signed="2026-11-28")),
    L("f26_funds_strangers_credit_card_repaid_from_her_pension_card", """城东支行：
我叫郑玉珍，在环卫所扫了二十年马路，退休金每个月打到你们东门网点办的那张卡上。
11月26日我去柜台打了半年的流水，发现从今年6月起，每个月10号前后都有一笔“跨行自动还款”被划走，少的一千一，多的两千三，六个月一共九千八百多，收款的是外地一家银行的信用卡，户名姓陈，我根本不认识这个人。
我从来没有给谁的信用卡绑过我的卡，更没签过什么自动还款。柜员说可能是对方在他那边的银行“绑了我的卡”，可我卡上的钱，你们凭什么不问我一声就让别人每个月来拿？请城东支行马上把这个扣款停掉，查清楚，把钱追回来。
郑玉珍
电话 159-8051-3342
2026年11月27日""",
      T(complainant="郑玉珍", phones=("15980513342",),
        dates=("2026-11-26", "2026-11-27"),
        units=("CD",), complained=("CD",), business="银行卡", cause=FUNDS,
        signed="2026-11-27")),
    # why: the manager said a false thing about the payout (the survivor keeps the full amount),
    # not merely left the half-payout unsaid — misrepresentation to sell, MKT, not DISC.
    L("f26_mkt_joint_annuity_said_to_pay_widow_in_full", """燕西支行：
2023年春天，你们的理财经理吴小姐到我家，动员我和老伴买一份什么“夫妻共享年金”，是保险公司的，放在你们银行卖。我们有点犹豫，她当着我们两个人的面拍胸脯说：“这个就是为你们夫妻设计的，哪天走了一个，另一个照样拿全额，一分都不少。”后来她还在微信上发语音这样说，语音我一直留着。
我们就一次交了二十万。今年8月3日我老伴走了，保险公司来人说，按保单，活着的一方只能拿一半。我去翻保单，确实写着百分之五十。
我不识几个字，保单那么厚，我是信了你们银行的人才买的。她说的跟纸上写的完全是两回事。请燕西支行给我一个交代。
陶凤英
电话 138 5988 4127（女儿）
2026年11月19日""",
      T(complainant="陶凤英", phones=("13859884127",),
        dates=("2026-08-03", "2026-11-19"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=MKT,
        signed="2026-11-19")),
    L("f26_mkt_renovation_instalment_said_paid_to_decorator_in_stages", """信用卡中心：
今年6月，城东支行的客户经理沈某向我推荐“家装分期”，我家新房要装修，就在他那里申请了十五万，挂在我的信用卡上分期还。他当时讲得很清楚：钱不会一次给装修公司，银行按水电、泥木、收尾三次付，每次要我验收签字银行才放款，“这样你最放心，装修公司跑不了”。我就是冲着这句话办的。
7月8日十五万一次全打进了装修公司账户，我一个字都没签过。装修公司拆完旧墙就关门跑了，老板电话打不通。现在我房子是毛坯，每个月还要还你们四千多的分期。
我去城东问，沈经理说“分次付款是另一种，你办的是一次付的”。当初他可不是这样说的。请信用卡中心核查城东当时怎么给我讲的，这笔分期要给我一个处理。
范志刚 13507 598 330
2026年11月21日""",
      T(complainant="范志刚", phones=("13507598330",),
        dates=("2026-07-08", "2026-11-21"),
        units=("CARD", "CD"), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-11-21")),
    L("f26_disc_personal_pension_deposit_locked_till_retirement_untold", """徐碧支行：
我是镇上超市的收银员彭丽萍。今年3月12日我到你们网点存钱，柜员跟我说，开个“个人养老金账户”，存进去有利息，还能抵个税，划算。我就开了，把一万二转进去，买了里面的定期。
11月我老公做心脏支架，医院要先交钱，我想把这一万二拿出来，柜员这才告诉我：这个账户里的钱要到退休才能取，除非出国定居、丧失劳动能力，别的情况一律取不出来。我今年才四十五，要等十五年？
开户那天从头到尾没有一个人跟我提过这一句。我要是知道钱锁到退休，一分钱都不会放进去。请你们想办法让我把钱取出来，或者说清楚当初为什么不讲。
彭丽萍  电话 15959 806 471
2026年11月24日""",
      T(complainant="彭丽萍", phones=("15959806471",),
        dates=("2026-03-12", "2026-11-24"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=DISC,
        signed="2026-11-24")),
    # why: the agents were polite and did all she asked; what she objects to is never being told
    # of the accident cover the card carried — silence on a material fact, DISC, not SVC.
    L("f26_disc_card_travel_accident_cover_never_mentioned_to_widow", """信用卡中心：
我丈夫王建国生前有一张你们的金卡。2024年1月9日，他坐长途大巴去广东，路上出了车祸，人没了。那张车票就是用这张卡刷的。
那年2月我打电话给你们，说人走了，卡上还欠两千三，我替他还清了，你们的人客客气气地帮我把卡销了。可从头到尾没有一个人告诉我，这张卡带着一份交通意外险，刷卡买票坐车出事，最高赔五十万。
这个月我在报纸上看到别人家拿到这种赔偿，才去翻他的卡册子，上面真有这一条。可保险公司说，出事到现在已经过了两年，不受理了。
开卡时不讲，人走了打电话去销卡也不讲，一个字都没提。这么要紧的事，你们不说，我们老百姓怎么知道？请信用卡中心给我一个说法。
叶春梅
联系电话：０５９８－５５１２６０８
2026年11月20日""",
      T(complainant="叶春梅", phones=("0598-5512608",),
        dates=("2024-01-09", "2026-11-20"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=DISC,
        signed="2026-11-20")),
    # why: the clerk told the truth about what the cover pays; the limit raise was made
    # conditional on buying it — a tie without consent, CHOICE, not MKT.
    L("f26_choice_transfer_limit_raised_only_with_account_cover", """燕西支行：
11月13日我去你们那里，想把手机银行每天的转账额度从五万调到二十万，我要付一台二手挖机的钱，卖家等着。
窗口的人说调额度可以，但要先买一份“账户保障险”，一年198元，“不买不给调，这是我们网点的要求”。我问这个保险管什么，她倒是说得清楚：卡被盗刷了可以赔。可我不需要，我只要调额度。她说那就调不了。卖家在催，我只能买了。
后来我问了我在城东支行上班的表弟，他说调额度就是签个字的事，从来没听说要搭保险。请你们把198元退给我，以后别再这样搭着卖。
刘海滨
电话：133 8598 0715
2026年11月30日""",
      T(complainant="刘海滨", phones=("13385980715",),
        dates=("2026-11-13", "2026-11-30"),
        units=("YX", "CD"), complained=("YX",), business="支付结算", cause=CHOICE,
        signed="2026-11-30")),
    L("f26_choice_shop_code_kept_only_with_digital_yuan_wallet", """列西分理处的领导：
我在老街卖卤味，收钱一直用你们的收款码。11月6日你们两个年轻人来店里，说收款码要“升级”，必须当场开一个数字人民币钱包绑上，以后收的钱先进钱包，不开的话，12月1日起这个码就停了。
我说我不要什么钱包，我就要原来那样，钱直接进卡里。他们说不行，“上面要求的，不开就停”。我怕停了码生意做不成，只好让他们在我手机上开了。
现在每天收的钱都在那个钱包里，要转到卡上还得一笔一笔点，我眼睛花，点错了两回。开不开钱包应该是我自己的事，你们拿收款码卡着我，这不对。
卖卤味的老马
电话 189 5980 2213""",
      T(complainant=None, phones=("18959802213",), dates=("--11-06", "--12-01"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=CHOICE,
        signed=None)),
    # why: he accepts that worn notes are taken at a discount (the rule); he objects only to how
    # much is taken off — the level of a charge, FEE, not RULE.
    L("f26_fee_worn_dollar_notes_taken_at_a_tenth_off", """明溪县支行：
我在安哥拉工地干了三年，今年回来带了六千美元现金。非洲那边的钱都是一手一手传过来的，有些票子旧了、有折痕、有几张沾了点油。
11月11日我到你们县支行换成人民币。柜员说新的整洁的按现钞价收，旧的那二千三百美元算“残损外币”，要先扣百分之十，也就是二百三十美元，将近一千六百块人民币。钱是真的，面额也看得清，就是旧了点，一下子扣掉十分之一。
旧钞要扣一点我能理解，可我问过三明市里的一家银行，同样的旧票人家只扣百分之三。十个点太狠了，我在工地一个礼拜都挣不到这么多。请你们重新核一下这个扣法。
黄志坚
15880 597 126
2026-11-15""",
      T(complainant="黄志坚", phones=("15880597126",),
        dates=("2026-11-11", "2026-11-15"),
        units=("MX",), complained=("MX",), business="外汇", cause=FEE,
        signed="2026-11-15")),
    L("f26_fee_posted_paper_statement_ten_yuan_for_old_man_without_phone", """城东支行负责同志：
本人徐炳南，年八十五，退休教师，住城东新村七幢。本人不用手机，亦不会上网，故托贵行每月将借记卡对账单邮寄至家中，以便核对养老金及水电扣款。
近日查账，方知每寄一次，贵行扣“邮寄对账单费”十元，一年一百二十元。本人卡上余额不多，一年利息不过几十元，尚不够付此项。一封平信邮资不过一元余，何至十元？老人不用手机，已属无奈，又要为此多出钱，实难理解。
恳请贵行酌减此费，或对无手机之老年储户免之。
此致
敬礼
徐炳南 谨上
二〇二六年十一月十七日
电话：0598-2236047""",
      T(complainant="徐炳南", phones=("0598-2236047",), dates=("2026-11-17",),
        units=("CD",), complained=("CD",), business="银行卡", cause=FEE,
        signed="2026-11-17")),
    # why: the loan officer only did what the signed agreement allows; what the writer attacks is
    # the term itself (any lawsuit at all calls the whole loan) — an unfair clause, CLAUSE, not RULE.
    L("f26_clause_loan_due_at_once_if_borrower_named_in_any_lawsuit", """徐碧支行：
我叫池永盛，在徐碧开竹片加工厂，去年在你们这里贷了三十万经营贷，每个月利息从没晚过一天。
今年夏天我和邻居为一堵院墙闹到法院，他要我赔八千块，案子还没判。11月16日你们信贷员上门，说在网上查到我“涉诉”，按借款协议第十二条，借款人卷入任何官司，银行都可以宣布贷款马上到期，限我三十天内还清三十万。
我回去翻协议，确实有这么一句，字印得比蚂蚁还小。一堵墙八千块的官司，就能让银行把三十万一下子收回去？这样的一句话，等于银行想什么时候收就什么时候收。当初签字时没人跟我解释，就算解释了，我也只能签。请不要拿这一句来对付我，贷款按原来的期限走。
池永盛
地址：列西分理处楼上三层
电话：13950 592 887
2026年11月22日""",
      T(complainant="池永盛", phones=("13950592887",),
        dates=("2026-11-16", "2026-11-22"),
        units=("XB", "LJ"), complained=("XB",), business="贷款", cause=CLAUSE,
        signed="2026-11-22")),
    # why: the bank did what the mortgage agreement lets it do and nothing was forced on him at
    # the sale; he attacks the term that lets the bank name the insurer and debit any account —
    # CLAUSE, not CHOICE.
    L("f26_clause_mortgage_lets_bank_buy_house_cover_and_debit_any_account", """明溪支行：
我在你们那里按揭买了房子，借款协议里有一句：借款人每年要买房屋财产险、银行做第一受益人，没按时买的，银行可以“代为投保”，保险公司由银行定，保费从借款人在本行的任何账户里扣。
今年10月我去续保晚了几天，10月21日你们就替我在一家我从没听说过的保险公司买了一份，一千二百八十块，直接从我的工资卡里扣走，比我往年自己买的贵了一倍多。事先没有一个电话。
我承认是我晚了几天。但一份协议写着银行想找哪家就找哪家、想扣哪张卡就扣哪张卡，这公平吗？请把这一句改掉，多扣的钱退给我。
吴先生
电话 177 5986 3390
2026.11.29""",
      T(complainant="吴先生", phones=("17759863390",),
        dates=("2026-10-21", "2026-11-29"),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-29")),
    L("f26_ret_retired_pharmacist_medicine_theme_fund_down_a_quarter", """个金部：
我是县医院退休的药剂师谢丽华。2023年4月18日在城东支行买了八万元的一只医药主题基金，是基金公司的，你们代卖。当时理财经理把风险等级、可能亏本都讲了，我也签了字，这一点我不怪她。
我想着自己干了一辈子药，医药总归是要用的，放个三五年总能赚。结果到今年11月，账上只剩五万九，亏了两万一，四分之一多。同一时间我妹妹放在你们那里的三年定期，利息都拿了七千多。
我不是来说谁骗了我，就是想问：这只基金还有没有指望？你们银行卖出去的东西，跌成这样，有没有什么补救？我老了，这笔钱是留着看病的。
谢丽华 138 0598 7746
2026年11月26日""",
      T(complainant="谢丽华", phones=("13805987746",),
        dates=("2023-04-18", "2026-11-26"),
        units=("PF", "CD"), complained=("CD",), business="银行代理业务", cause=RET,
        signed="2026-11-26")),
    # why: the barrier and the 1.25 % floor were explained and understood, and he says so; he
    # objects to what the deposit paid as gold rose — the return of an undisputed sale, RET, not DISC.
    L("f26_ret_gold_linked_structured_deposit_paid_floor_as_gold_soared", """明溪县支行：
今年5月6日我在你们那里买了二十万挂钩黄金的结构性存款，半年期。购买时客户经理拿着图给我讲过：金价在一个区间里走，最高能拿4.2%；要是金价涨过上面那条线，就只给保底1.25%。我当时还笑，说金价哪会涨那么快。
11月6日到期，果然只给了1.25%，半年一千二百多块。今年金价大家都看见了，涨得厉害，我买的东西挂着黄金，黄金越涨我拿得越少，说出来街坊都笑我。
道理我懂，纸上也是这么写的，我也不说谁骗我。可是这样的东西拿给我们做小生意的人买，结果还不如存个定期，心里实在憋屈。希望你们以后对这类东西多想想，也想问问我这笔有没有什么补偿的办法。
严国庆 五金店
电话 0598-2290516
二〇二六年十一月十日""",
      T(complainant="严国庆", phones=("0598-2290516",),
        dates=("2026-05-06", "2026-11-06", "2026-11-10"),
        units=("MX",), complained=("MX",), business="自营理财", cause=RET,
        signed="2026-11-10")),
    # why: the anti-fraud check is a rule and she accepts it; what she objects to is the clerk
    # telling her employer her transfer and her balance — personal data given away, DATA, not RULE.
    L("f26_data_antifraud_check_call_told_her_boss_the_balance", """徐碧支行：
我叫林小燕，在一家瓷砖厂做会计。11月20日我到你们网点柜台，要把十五万转给4S店买车。柜员说大额要做反诈核实，问了我一堆问题，我都配合了，这是应该的。
可她接着问我在哪里上班、老板电话多少，说要“跟单位核实一下”。我以为就是问问我是不是本厂的人，就给了。没想到她打过去，当着我的面跟我们老板说：“林小燕现在要转十五万出去，卡上还有二十三万多，您知道这个情况吗？”
第二天老板把我叫进办公室，问我一个会计哪来这么多钱，是不是动了厂里的账。我的钱是我和我老公十年攒的，跟厂里一分钱关系都没有。我卡上有多少钱，凭什么告诉我老板？请你们给我一个说法，并向我老板说明情况。
林小燕  电话：199 5981 6620
2026年11月25日""",
      T(complainant="林小燕", phones=("19959816620",),
        dates=("2026-11-20", "2026-11-25"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-25")),
    L("f26_data_account_form_came_back_as_fritter_wrapping", """燕西支行：
11月29日早上，我在街口老王的早餐摊买了两根油条，回家打开包油条的纸一看，是你们银行的开户申请表复印件，上面是我的名字、身份证号、家里地址、手机号，还有我的签名！是我今年9月在你们那里开卡时填的。
我拿着去问老王，他说包东西的纸都是从废品站论斤买的，一大摞都是银行的单子。我又跟他买了一摞回来，里面还有好几十张别人的。
我的身份证号、电话就这样包油条，满街都是，哪天被人拿去贷款、骗钱怎么办？这些纸是怎么从你们网点跑到废品站的？请燕西支行查清楚，把流出去的单子全部追回来，给我一个书面答复。我手里这一摞，你们要可以来拿。
卓明辉
电话：１３７６０５９３３８１
2026年11月30日""",
      T(complainant="卓明辉", phones=("13760593381",),
        dates=("2026-11-29", "2026-11-30"),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-11-30")),
    L("f26_debt_card_chasers_listed_his_house_for_sale_online", """信用卡中心：
我欠你们的卡债我认，三万八，8月份开始还不上，这是我的错，我也在想办法，每个月先还一点。
可是11月14日开始，不停有陌生人打电话来问我房子多少钱卖。我一查，本地一个二手房网站上挂着我家的房子，配着我家门口和楼道的照片，标题是“房主欠信用卡不还，急售抵债”，下面留的是我的手机号。照片是上个月你们派来的两个人到我家门口拍的，当时我还问他们拍什么。之前打电话追债的那个男的也跟我讲过：“再不还，我们帮你把房子卖了。”
我老婆孩子都住在这房子里，邻居全看到了。欠钱还钱，可你们不能这样糟践人。请马上把那条帖子撤掉，换一个正常的人跟我谈还款。
邓国辉 电话 136-0598-5172
2026年11月18日""",
      T(complainant="邓国辉", phones=("13605985172",),
        dates=("2026-11-14", "2026-11-18"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-18")),
    L("f26_debt_loan_officer_photographed_him_holding_defaulter_sign", """明溪县支行各位领导：
我是列西村养鸡的涂文彬，在列西分理处贷了五万块。今年秋天闹禽流感，鸡卖不出去，我有两期没按时还，这个我认，钱我一定还。
11月5日列西分理处的信贷员带着一个人到我鸡场，拿出一张打印好的纸，上面写着“我是老赖，欠列西分理处五万元不还”，叫我举在胸前，他拿手机给我拍照，说这照片要放进档案，月底前不还清，就贴到村部公告栏上去。我当时不肯，他说不拍就是“抗拒还款”。我在村里活了五十年，没这样丢过人。
我弟弟在城东支行也有贷款，也晚了，人家信贷员上门是坐下来帮他算账，改了还款计划。同样是一个银行，差别怎么这么大？请县支行管一管列西，把照片删掉。
涂文彬
电话 135 9909 8124
2026年11月12日""",
      T(complainant="涂文彬", phones=("13599098124",),
        dates=("2026-11-05", "2026-11-12"),
        units=("MX", "LJ", "CD"), complained=("LJ",), business="债务催收", cause=DEBT,
        signed="2026-11-12")),
    L("f26_other_guard_chased_chess_players_from_public_tree", """燕西支行负责人：
燕西支行门口人行道上那棵老榕树，树底下是公家的地方，我们附近几个退休的老头在那里下了十来年象棋，从来没碍过谁。
从11月初开始，你们的保安天天来赶人，说我们“影响网点形象”，11月20日还把我们放在树下的几张小板凳收走了，说再放就当垃圾扔。那块地不是银行的，树也不是银行种的，我们没进你们大门一步，也没挡着谁进出。
我们几个都是七八十岁的人，就这点乐子。请你们跟保安说一声，把板凳还给我们。
下棋的老人们  代笔 章立新
电话 0598-3651279
2026年11月23日""",
      T(complainant="章立新", phones=("0598-3651279",),
        dates=("2026-11-20", "2026-11-23"),
        units=("YX",), complained=("YX",), business="其他", cause=OTHER,
        signed="2026-11-23")),
    L("f26_other_antifraud_posters_glued_on_tea_shop_glass_door", """东门网点：
我在你们斜对面开茶叶店。11月17日下午我去进货，店里只有我老婆，你们网点几个穿工装的年轻人拿着一沓“防范电信诈骗”的海报，没问一声，就一张张往我们这条街的玻璃门上贴，用的是那种很黏的胶。
宣传反诈是好事，我不反对。可那是我家的门，我在你们那里连个户头都没有。海报撕下来，胶印子一块一块刮都刮不掉，我买了除胶剂搞了一晚上，门上还是花的，客人还以为店里出了什么事。
请你们派人来把胶印弄干净，以后要贴先问主人家。
卖茶的老林
电话 159 5983 0048
2026年11月19日""",
      T(complainant=None, phones=("15959830048",),
        dates=("2026-11-17", "2026-11-19"),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed="2026-11-19")),
)
