"""TRAINING letters, set A: 60 customer complaint letters written on 2026-12-05 by helper
`train-a` for the complaint-cause classifier. They are training data, not a blind test set:
the writer read the module docstring and a few letters of letters_fresh7.py (format and the
`# why:` comments), the `Truth`/`HeldOutLetter`/`heldout_directory` definitions of
letters_heldout.py and the list of earlier letter ids (whose core situations are avoided),
and nothing of the parsers, router, model or benchmark.

Domain: deposits and passbooks, debit and credit cards, payments/transfers/QR payment, cash,
foreign currency, payroll and merchant services, mobile banking, ATMs and self-service
machines, outlets. Five letters per cause; for each cause at least two are near-misses where
another cause is tempting, with a `# why:` comment naming the rule that decides.

Each letter carries what a careful clerk would record, labelled by the same rules as
letters_fresh7.py:
- complainant: the person who writes (a relative writing for an elderly parent is the
  complainant); a surname with a title is a name, a nickname ("老陈", "小陈") is not;
- phones as digits ("0598-8331234" for landlines, mobiles 11 digits); dates ISO, every date
  the letter states with a day, in the order they appear; a date without a year is in the
  signing year; an undated letter's dates stay "--MM-DD"; relative dates ("第二天") are not
  recorded;
- units: every unit of heldout_directory() the letter names (also as an address or a unit it
  praises); complained: the unit(s) the grievance is about;
- cause: what the bank did that the writer objects to, not what is at stake: treatment or a
  clerk's mishandling → 服务态度及服务质量, a failed machine or system → 服务设施设备业务系统,
  a rule applied as designed → 管理制度业务规则与流程, misrepresentation to sell →
  营销方式和手段, silence on a material fact → 信息披露, a tie or an add-on without consent →
  自主选择权, the level of a charge → 定价收费, an unfair clause → 合同条款, the return of an
  undisputed sale → 产品收益, money gone without the customer's act → 消费者资金安全, personal
  data given away → 消费者信息安全, how an admitted debt is chased → 债务催收方式和手段;
- business: cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers, QR and POS
  settlement, payroll → 支付结算, cash, damaged notes and coins → 人民币管理, foreign currency
  → 外汇, a third party's insurance → 银行代理业务, personal data → 个人金融信息, chasing a
  debt → 债务催收, an outlet matter with no product → 其他.
No letter names its cause with the words of the cause's label.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


TRAIN_A: tuple[L, ...] = (
    # ---- 服务态度及服务质量 -------------------------------------------------------------
    L("ta_guard_shooed_worker_in_muddy_clothes", """徐碧网点领导你好
我叫罗水根在县城工地上扎钢筋的11月3号下午收工以后我想去徐碧网点给老家寄三千块钱我老婆在家等着给小孩交学费我走到门口保安就把我拦住了说你这一身泥巴别进来把地板踩脏了要弄就到外面机器上自己弄我说我不会弄机器我要到柜台办他说柜台人多你明天换件干净衣服在来还用手推了我一下门口好几个人都看着我
我们干活的人衣服脏是因为干活又不是偷来抢来的你们银行就只给穿的干净的人办事吗那天钱没寄成第二天我请了半天假扣了一百多块工钱才办好
我要那个保安给我道歉以后对我们工地上的人不要这样
罗水根 电话153 5980 4471
2026年11月5号""",
      T(complainant="罗水根", phones=("15359804471",), dates=("2026-11-03", "2026-11-05"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SVC,
        signed="2026-11-05")),
    # why: SYS/MKT vs SVC — the smart counter worked and nobody pitched a product: the lobby
    # helper who operated the screen for the old woman picked the wrong term, a clerk's
    # mishandling (SVC).
    L("ta_lobby_helper_picked_five_years", """城东支行的领导：
我是朱丽萍，替我妈妈写这封信。我妈今年七十二岁，眼睛有白内障，看不清小字。
9月16日她拿了八万块去城东支行存定期，跟大堂的工作人员说得很清楚：存一年，明年要用。大堂的人说现在都在智能柜台上办，比柜台快，就带她到机器前面，自己在屏幕上点来点去，最后叫我妈签个名、按个密码就好了。存单我妈也看不清，就收起来了。
11月18日我妈查出来要做心脏支架手术，我拿存单去取钱，才发现存的是五年期。现在提前取只能按活期算利息，一年多的利息都没了。我们去问，支行查了机器的记录，说屏幕上选的就是五年，客户自己签了名确认的。后来那个大堂的小伙子也承认是他点的，他说“一年和五年挨在一起，可能点快了”。
我要讲清楚：机器没有坏，也没有人向我妈推什么产品，就是你们的人替老人操作的时候不上心，点错了也不跟她核对一遍。老人家看不清才找你们帮忙的，帮成这样谁负责？请支行按一年期给我妈算利息，或者想个别的补救办法。
朱丽萍 手机 18950876213
2026年11月21日""",
      T(complainant="朱丽萍", phones=("18950876213",),
        dates=("2026-09-16", "2026-11-18", "2026-11-21"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=SVC,
        signed="2026-11-21")),
    # why: SYS vs SVC — the manager first blamed a system upgrade, but the branch later found
    # the batch had simply never been submitted for review by the staff member: a clerk's
    # mishandling (SVC), not a failed system.
    L("ta_new_year_payroll_never_submitted", """明溪支行：
我们是县里一家做茶叶加工的小厂，五十多个工人的工资一直在你们明溪支行代发，我管账。
今年2月3日上午，我按往年的做法把工资和年终奖的清单交给你们的客户经理小郑，一共二十三万多，她说当天下午就能到。结果下午没到，晚上也没到。2月4日我打电话问，她说“系统在升级，批量代发都卡住了，明天肯定到”。2月5日还是没到，工人一个一个打电话给我，有的已经买好了回贵州、回四川的车票，拿不到钱不敢走。
钱是2月6日中午才到的。后来我去支行问到底怎么回事，你们的主任跟我讲实话了：系统根本没问题，是小郑把清单录进去以后忘了提交复核，一直压在那里，后来想起来才补的。
工人们晚走了两三天，有两个人车票作废重买，钱是我们厂里出的。我不想为难一个年轻人，但这种事说“系统升级”来糊弄我们，我心里很不舒服。请支行给个书面的说法，以后过年发工资要有人盯着。
吴秀英
电话 0598-2871346 手机 13799830562
2026年2月9日""",
      T(complainant="吴秀英", phones=("0598-2871346", "13799830562"),
        dates=("2026-02-03", "2026-02-04", "2026-02-05", "2026-02-06", "2026-02-09"),
        units=("MX",), complained=("MX",), business="支付结算", cause=SVC,
        signed="2026-02-09")),
    # why: RULE vs SVC — the staff claimed "四点半就不对外" was a rule, but the manager says no
    # such rule exists and the posted hours run to 17:00: a clerk's mishandling (SVC).
    L("ta_shutter_down_before_closing_time", """燕西支行行长：
我在燕西街上开五金店，每天下午把当天收的现金存到你们支行，存了好几年了。
11月24日下午四点三十五分我拿着两万多块现金到你们门口，卷帘门已经拉下一半，门口牌子上明明写着营业时间是八点半到下午五点。我敲门，保安说下班了。我从门缝里看到柜员都还坐在里面，有的在数钱，有的在聊天。我说还有二十五分钟，里面一个女的走过来隔着门说“四点半以后就不对外了，这是我们的规定”，转身就走了。
我只好把钱拿回店里放了一夜，一晚上没睡好，怕被偷。第二天我去找你们行长，行长说行里没有这个规定，五点以前来的客户都要办，是当班的人想早点扎账。
我就想问：牌子上写五点，里面的人自己定四点半，到底听谁的？请你们管一管，也请那位员工给我一个解释。
曾庆林
电话 １３９ ５９８１ ０２７３
2026年11月26日""",
      T(complainant="曾庆林", phones=("13959810273",), dates=("2026-11-24", "2026-11-26"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=SVC,
        signed="2026-11-26")),
    L("ta_change_for_small_notes_thrown_back", """列西分理处大堂那个戴眼镜的女经理！我在街上超市收银，12月1日上午拿五百块到柜台换十块、五块的零钱找补用，她在旁边说“天天来换，烦不烦”，柜员换好了，她一把抓过来往台面上一甩，钱撒了一地，叫我“自己捡”。我六十七岁了，蹲在地上一张一张捡，后面排队的人都在看我笑话。要她当面道歉！
何家栋 181-0598-3327
2026.12.2""",
      T(complainant="何家栋", phones=("18105983327",), dates=("2026-12-01", "2026-12-02"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause=SVC,
        signed="2026-12-02")),
    # ---- 服务设施设备业务系统 -----------------------------------------------------------
    # why: FUNDS vs SYS — nothing left her account: the speaker announced a payment that the
    # system never settled and the customer's money went back to him, so a failed system (SYS).
    L("ta_speaker_said_paid_money_never_came", """徐碧支行：
我在菜市场口开早餐店，用的是你们行的收款码和收款音箱，卡是在徐碧办的。
10月31日早上七点多，一个外地来的客人订了一百个包子、二十杯豆浆，扫码付了三百六十八块。音箱清清楚楚报了一声“收款三百六十八元”，我就把东西打包给他，他开车走了。晚上对账，这笔钱没有。第二天打你们客服，查了半天说这笔交易“在银行这边没有成功”，钱已经原路退回到客人那里了，音箱是“系统异常误播报”。
钱不是被谁偷了，我自己也没有转错，就是你们的机器说到账了，实际上没到。那个客人我又不认识，到哪里去找？三百六十八块对我这种小店是两天的利润。请你们把这笔钱补给我，把音箱和系统修好，不然以后音箱报的我都不敢信了。
池美娟
手机 159 8078 1136
2026年11月3日""",
      T(complainant="池美娟", phones=("15980781136",), dates=("2026-10-31", "2026-11-03"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SYS,
        signed="2026-11-03")),
    # why: FEE vs SYS — he does not argue the size of the late charge; he objects that the
    # autopay batch failed to pull the money from a funded card: a failed system (SYS).
    L("ta_autopay_did_not_pull", """信用卡中心：
本人信用卡设置了到期自动还款，从我在城东支行开的借记卡里扣，用了三年从来没出过问题。
本期账单四千三百一十二元，到期还款日是10月25日。我借记卡里一直有六千多块，10月26日我收到短信说逾期了，还产生了违约金和利息。我马上打客服，客服查了以后说，10月25日那天“自动还款批处理出了故障”，有一部分客户没有扣成功，让我自己先手工还上。
我当天就还了。违约金收多少、利息按多少算，我不跟你们争，问题是这笔钱本来就不该有：卡里有钱，是你们的扣款程序没跑。我更担心的是征信上会不会因此留下逾期记录，我明年要办房贷。
请你们把这次的违约金和利息退掉，并书面确认不会上报逾期。
黄少华
手机 134 5987 1206
2026年11月2日""",
      T(complainant="黄少华", phones=("13459871206",),
        dates=("2026-10-25", "2026-10-26", "2026-11-02"),
        units=("CARD", "CD"), complained=("CARD",), business="银行卡", cause=SYS,
        signed="2026-11-02")),
    # why: RULE vs SYS — the staff point to no rule against these workers; the payroll system
    # cannot read the rare characters in their names, a failed system (SYS).
    L("ta_rare_character_names_bounce_payroll", """徐碧支行负责同志：
我是县里一家建筑公司项目部的会计刘文斌。我们项目部九十多个工人的工资在徐碧支行代发。
9月30日发九月份工资，有五个工人的钱被退了回来，原因是“户名不符”。这五个人名字里都有比较少见的字，比如“㛃”“𬱖”“䶮”。我去网点查，柜员说你们代发系统里打不出这几个字，显示成问号或者方框，跟开卡时登记的名字对不上，系统就自动退回。10月8日补发，又退了一次。
柜员说“不是我们不给发，是系统认不了，你叫工人去派出所改个名字，或者你们公司出证明用拼音”。工人的名字是爹妈起的，身份证上就是这个字，总不能为了你们的电脑去改名。这几个工人现在是我先拿现金垫着发的。
请你们把系统弄好，能认身份证上的字，把九月份的钱正常发下去。
刘文斌
电话 0598-2735519
2026年10月10日""",
      T(complainant="刘文斌", phones=("0598-2735519",),
        dates=("2026-09-30", "2026-10-08", "2026-10-10"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SYS,
        signed="2026-10-10")),
    # why: RULE vs SYS — she accepts that three wrong tries lock a card; what she objects to is
    # that the ATM's "5" key did not register: a failed machine (SYS).
    L("ta_atm_key_five_dead_card_locked", """列西分理处：
我是后垄村的廖春花。11月15日礼拜天，我到列西门口的取款机取钱，我的密码里有两个五，那个“5”键按下去软塌塌的，没有声音，屏幕上也不出星号。我按了三回，回回说密码错，卡就被锁了。
第二天我又跑一趟，在柜台拿身份证解了锁，柜员说三次输错就锁卡，这是规矩。这个规矩我晓得，我不是怪这个。我是讲你们那台机器的键坏了，我的密码没有错。我在柜台等的时候，还听见一个大伯也在讲那台机器按不动。
来回两趟，一趟车费十二块，还耽误了摘茶。请你们赶紧把那台机器修一修，不要再让别人的卡被锁了。
廖春花
电话 135 9809 7720
2026年11月19日""",
      T(complainant="廖春花", phones=("13598097720",), dates=("2026-11-15", "2026-11-19"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SYS,
        signed="2026-11-19")),
    L("ta_app_update_crashes_on_rent_day", """你好，我想反映你们手机银行的问题。
10月1号手机银行提示必须更新才能用，我就更新了，更新完一点开就闪退，卸了重装也一样。我每个月5号要给房东转房租，10月5号那天怎么都打不开，房东催了我一天，最后我是找同事借微信转的，还欠了人情。
我打了三次客服，第一次说清一下缓存，第二次说换个网络，第三次才说“新版本在部分安卓机型上闪退，技术正在修复”。都快十天了还没修好，我现在连余额都查不了。
请尽快修好，修好之前能不能告诉我们还有什么别的办法转账，不要让我们干等。
租房的小陈
177-5093-8842""",
      T(complainant=None, phones=("17750938842",), dates=("--10-01", "--10-05"),
        units=(), complained=(), business="支付结算", cause=SYS, signed=None)),
    # ---- 管理制度业务规则与流程 ---------------------------------------------------------
    # why: DISC/SVC vs RULE — the staff were polite and showed the written requirement; he does
    # not say anyone kept it from him, he objects to the requirement itself: a rule applied as
    # designed (RULE).
    L("ta_dollar_cash_needs_customs_slip", """燕西支行：
我叫郑木兴，前几年在安哥拉的工地上做了四年，去年回来，带回来一万六千美元现钞，一直放在家里。11月7日我拿到你们燕西支行想存起来。
柜员很客气，跟我讲超过一万美元的现钞要有入境时海关的申报单，没有的话只能先存五千美元以内，其余的要拿别的证明来，比如国外的工资单、劳务公司的证明，还拿了文件给我看，确实是这么规定的。我回来的时候谁也没让我填什么单子，劳务公司早就散伙了，到哪里去开证明？
我不是怪你们的员工，她讲得很清楚，还帮我打了几个电话问。我就是觉得这个规矩对我们出国打工的人太难了，这是我在国外一块一块攒下来的血汗钱，不是来路不明的钱。能不能想个别的办法，比如我签个保证书，或者你们帮我去核实。
郑木兴
手机 188 5983 0421
2026年11月10日""",
      T(complainant="郑木兴", phones=("18859830421",), dates=("2026-11-07", "2026-11-10"),
        units=("YX",), complained=("YX",), business="外汇", cause=RULE,
        signed="2026-11-10")),
    # why: SVC vs RULE — the staff were kind and explained; she objects to the guardian
    # requirement for under-18s, a rule applied as designed (RULE).
    L("ta_sixteen_year_old_card_needs_guardian", """明溪支行的叔叔阿姨们好：
我叫林雨桐，今年十六岁，在县一中读高一。暑假我在一家奶茶店打工，老板说工资要打到银行卡上，我就在7月20号一个人带着身份证去你们支行办卡。
柜台的姐姐态度很好，可是她说我还没满十八岁，要爸爸或者妈妈带着户口本一起来才能开。我爸妈都在厦门打工，过年才回来，奶奶又不识字。姐姐也帮我问了主管，主管说这是规定，她们也没办法。
我有身份证，也能自己签字，为什么不能自己开一张卡呢？现在老板只好把工资给我现金，我怕弄丢。我想问问这个规定能不能改一下，比如满十六岁有身份证、自己打工挣钱的，可以自己办，或者让爸妈在手机上视频确认。
谢谢！
林雨桐
电话：19859807736
2026年7月22日""",
      T(complainant="林雨桐", phones=("19859807736",), dates=("2026-07-20", "2026-07-22"),
        units=("MX",), complained=("MX",), business="银行卡", cause=RULE,
        signed="2026-07-22")),
    L("ta_lieqi_counter_closed_on_saturdays", """明溪县支行：
本人吴国梁，退休前在乡政府工作，现居列西附近。关于列西分理处周六停办柜台业务一事，提出如下意见：
一、自今年九月起，列西分理处周六只开自助设备，柜台不再对外办理现金存取、存折补登等业务。分理处门口贴有告示，工作人员解释说是上级统一安排，周末由城区网点轮值。
二、列西一带逢周六赶圩，周边几个村的老人周六进街，顺便到银行办事。老人多用存折，不会用机器。十月十七日（周六）本人亲见二十余位老人在门口看了告示后无奈离去，其中有从十几里外走来的。
三、本人不否认银行有调配人手的难处，工作人员也耐心解释了，但这项安排没有考虑山区老人的实际。建议恢复周六上午柜台服务，至少保留一个窗口。
以上意见，请予考虑。
吴国梁
电话：0598-2783306
二〇二六年十月二十日""",
      T(complainant="吴国梁", phones=("0598-2783306",), dates=("2026-10-17", "2026-10-20"),
        units=("MX", "LJ"), complained=("LJ",), business="其他", cause=RULE,
        signed="2026-10-20")),
    L("ta_funeral_cash_needs_booking", """徐碧网点：
我父亲11月8日晚上走了。我们乡下办丧事，请道士、请厨师、买棺木，都要现钱。11月9日一早我拿父亲留给我的存折到你们徐碧网点，要取八万块。
柜员说五万以上的现金要提前一天预约，当天只能取五万，剩下的要第二天来。她态度是好的，还说节哀，说是怕网点现金不够，也是防诈骗，规定就是这样。可是家里等着用钱，我一个人跑两趟，第二天灵堂那边一堆事没人管。剩下的三万我是预约到城东支行取的，那边的人听说是办丧事，提前把钱点好等着，我进门十分钟就办完了，这个我要表扬一下。
我想说，这种规定对家里有急事的人太死板了。办丧事、看急病的，能不能有个特别的办法，比如出示证明当天就能取。
张永福
137-0598-2264
2026年11月15日""",
      T(complainant="张永福", phones=("13705982264",),
        dates=("2026-11-08", "2026-11-09", "2026-11-15"),
        units=("XB", "CD"), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-11-15")),
    # why: CHOICE vs RULE — nothing is tied on him and nothing is added without consent; the
    # bank limits a personal code used for trade and asks for a merchant code with a licence,
    # a rule applied as designed (RULE).
    L("ta_street_vendor_personal_code_capped", """城东支行
我叫马有才在城东菜市场边上卖烤红薯冬天卖夏天卖水果一直用的是你们城东的卡绑的个人收款码10月26号开始别人扫我的码就付不了显示收款受限我去问你们的人很客气说个人的码不能拿来做生意收钱收多了系统就限了要换成商户的码要营业执照或者去登记小微商户
我一个推车卖红薯的哪有什么营业执照去登记人家又说要固定摊位我没有固定摊位啊城管赶到哪我就在哪现在客人都用手机付钱收不了码一天少卖一半
你们的人没有为难我也没有叫我买什么东西就是这个规定我们小摊子用不了能不能给我们这种推车的想个办法
马有才 159 5982 1037
2026年11月12日""",
      T(complainant="马有才", phones=("15959821037",), dates=("2026-10-26", "2026-11-12"),
        units=("CD",), complained=("CD",), business="支付结算", cause=RULE,
        signed="2026-11-12")),
    # ---- 营销方式和手段 -----------------------------------------------------------------
    # why: RULE/CHOICE vs MKT — no such rule exists (the manager says so) and nothing was tied:
    # the lobby staff told a false story ("存折下个月作废") to get the card and app signed up,
    # misrepresentation to sell (MKT).
    L("ta_told_passbook_will_be_void", """徐碧网点负责人：
我母亲今年七十九岁，用存折用了一辈子。10月13日她去徐碧网点取钱，大堂一个年轻的工作人员跟她说：“阿婆，存折下个月就作废了，不换卡钱就取不出来了。”我妈一听就慌了，当场开了一张卡，那个人又拿她的手机装了手机银行，开了好几样东西，我妈也说不清开了什么。
回来邻居跟她讲，存折好好的，哪里作废了。我去网点问，你们的主任说没有这个规定，存折照样能用，可能是员工理解错了。我后来听说你们每个月都有开卡、开手机银行的任务。
我妈不会用卡，更不会用手机银行，现在天天担心手机里的钱被人转走。拿“作废”吓老人去办卡，这是什么做法？请把她的手机银行和那些开通的东西都注销掉，也请那个员工来跟我妈说一声。
谢建平
138 5982 0915
2026年10月30日""",
      T(complainant="谢建平", phones=("13859820915",), dates=("2026-10-13", "2026-10-30"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=MKT,
        signed="2026-10-30")),
    # why: RET vs MKT — the loss on the exchange rate is what is at stake, but he objects to the
    # manager's "只会涨，稳赚不赔" with no risk shown: misrepresentation to sell (MKT), not the
    # return of an undisputed sale.
    L("ta_dollar_only_goes_up", """明溪县支行：
二〇二五年四月十八日，我到你们支行存定期，理财经理把我拉到一边，说现在存人民币不划算，叫我换美元存，原话是“美元只会涨不会跌，稳赚不赔，比存定期强多了，我自己家的钱都换了”。我问有没有风险，她说“能有什么风险，美国的钱最硬”。我就把十万块换成了美元存了一年，从头到尾没有人拿过什么风险提示给我看、给我签。
今年美元一直往下掉，我前几天换回来，连本带利比当初少了四千多块。
亏了钱我认倒霉是一回事，可当初要是她说一句汇率会跌、可能亏本，我根本不会换。银行的人拿“稳赚不赔”哄我们老百姓，这个说法我要讨。
汤志强
电话：0598-2826654
2026年11月16日""",
      T(complainant="汤志强", phones=("0598-2826654",), dates=("2025-04-18", "2026-11-16"),
        units=("MX",), complained=("MX",), business="外汇", cause=MKT,
        signed="2026-11-16")),
    # why: FEE/DISC vs MKT — he does not argue what 6‰ is worth against other banks and the
    # rate was not left unsaid: the manager promised "千分之三，永久不变" to get the machine
    # installed, misrepresentation to sell (MKT).
    L("ta_pos_rate_promised_forever", """燕西支行：
我在燕西开了一家小饭店，今年3月12日你们的客户经理小周到店里来，劝我装你们行的刷卡机。我本来用的是别家的，他拍着胸口讲：“我们给你的是特批的费率，千分之三，永久不变，别家谁也给不了。”我信了，就把别家的撤了，装了你们的。
从9月份开始，每笔都按千分之六扣。我去问，才说千分之三是“新商户半年优惠”，过了半年就按正常的来，合同上写的也是“按银行公布的价格执行”。小周已经调走了。
千分之六在外面算不算贵我不去比，我要说的是，当初他要是讲只有半年，我根本不会换。一个月流水十来万，一年多扣三四千块。请你们按当初说好的千分之三给我执行，多扣的退回来。
钟伟
手机：133 0698 6671
2026年10月20日""",
      T(complainant="钟伟", phones=("13306986671",), dates=("2026-03-12", "2026-10-20"),
        units=("YX",), complained=("YX",), business="支付结算", cause=MKT,
        signed="2026-10-20")),
    L("ta_year_of_video_membership_promised", """城东支行你们好，我是大二学生何子涵。
暑假8月9号我在城东支行门口的摊位办了一张卡，工作人员说办卡再绑手机银行，“送一年视频会员，每个月1号自动充到你手机号上，连送十二个月”，还拿了一张海报给我看。我和我同学两个人都是冲这个办的。
结果只有9月份到了一个月，10月、11月都没有。打客服问，说“活动每个月名额有限，先到先得，送完就没有了”。当时可没人说有名额，说的是每个月都送、连送一年。
东西不值几个钱，但是拿这个骗学生办卡不地道。请按当时说的补上，不补的话就帮我们把卡销了。
何子涵 17359810325
2026年11月4日""",
      T(complainant="何子涵", phones=("17359810325",), dates=("2026-08-09", "2026-11-04"),
        units=("CD",), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-11-04")),
    L("ta_credit_card_called_upgraded_debit", """明溪支行领导：
我是孙可欣，我外公今年七十四岁，每个月到你们明溪支行领退休金。9月5日他去领钱的时候，一个穿工作服的女同志跟他说：“大伯，您的卡太旧了，要升级，新卡更安全。”外公就在她给的几张纸上签了字。
过了半个月寄来一张新卡，外公以为是升级好的工资卡，10月10日拿去取款机取了两千块退休金。到了十一月收到账单，才知道这张是信用卡，取的两千块算是预借现金，要手续费，要利息，还说明年要扣年费。他原来那张工资卡里的钱一分没动。
外公一辈子没用过信用卡，也从来没说过要办。把信用卡说成“升级的新卡”让老人签字，这不是骗人是什么？请把这张信用卡注销，手续费、利息都退掉，也请查一查那个工作人员还给多少老人这样办过。
孙可欣
电话 182 5981 4406
2026年11月11日""",
      T(complainant="孙可欣", phones=("18259814406",),
        dates=("2026-09-05", "2026-10-10", "2026-11-11"),
        units=("MX",), complained=("MX",), business="银行卡", cause=MKT,
        signed="2026-11-11")),
    # ---- 信息披露 -----------------------------------------------------------------------
    # why: FEE vs DISC — she expressly leaves the daily interest rate alone; she objects that
    # nobody ever said paying the minimum makes the whole bill bear interest: silence on a
    # material fact (DISC).
    L("ta_min_payment_interest_on_whole_bill", """信用卡中心：
我是小学老师蓝秀芬，信用卡是前年在东门网点办的。
10月份账单一万零二百元，到期日10月20日那天手头紧，我按app上的提示还了“最低还款额”一千零二十元，以为剩下的下个月还就行了，顶多剩下的部分算点利息。11月8日出了新账单，利息一百五十多块。我打电话问，客服说只要没全额还，整张账单的一万多块都要从每一笔消费的那天起算利息，连我已经还掉的那一千也算。
日息万分之五这个利率我不去争。我想不通的是，办卡的时候没人提过这一条，app还款页面上“最低还款”四个字旁边也没有一句说明。我要是知道是这样算，宁可找人借一下也全额还了。
请把这次的利息退给我，也请在还款页面上把这件事写清楚，别让别人也吃这个亏。
蓝秀芬
138 6087 4432
2026年11月12日""",
      T(complainant="蓝秀芬", phones=("13860874432",),
        dates=("2026-10-20", "2026-11-08", "2026-11-12"),
        units=("CARD", "CD"), complained=("CARD",), business="银行卡", cause=DISC,
        signed="2026-11-12")),
    # why: SVC vs DISC — nobody was rude or careless at the counter; the bank moved the outlet
    # without a notice on the old door or a message to customers: silence on a material fact
    # (DISC).
    L("ta_outlet_moved_without_notice", """徐碧支行：
我母亲今年八十一岁，每个月二十号左右自己走到徐碧老街上的网点领养老金，走了十几年了。10月21日她照样出门，走了四十分钟到那里，卷帘门关着，门上什么都没贴，里面空荡荡的。她在门口站了半个多钟头，问路过的人，才有人告诉她银行搬到新区那边去了。
她又走了一个多钟头找过去，回到家天都黑了，腿肿了好几天。
我后来问你们的人，说九月底就搬了，在新网点门口和手机银行上发过通知。可是老人家不上手机银行，也不会到新地方去看告示。老网点门上贴一张纸、给老客户发一条短信，有这么难吗？你们新网点的人对她倒是很好，还给她倒了水，这个我要说一声。
请你们在老网点门口补贴一张搬迁的告示，再给这些老客户打个电话说一声。
钱淑华
电话 0598-2716638
2026年10月28日""",
      T(complainant="钱淑华", phones=("0598-2716638",), dates=("2026-10-21", "2026-10-28"),
        units=("XB",), complained=("XB",), business="其他", cause=DISC,
        signed="2026-10-28")),
    # why: SYS vs DISC — the system did exactly what it was set to do; he objects that the
    # next-day setting was never told to him nor shown on the page: silence (DISC).
    L("ta_transfer_defaulted_to_next_day", """燕西支行：
我开建材店，11月3日下午三点用你们的手机银行给厦门的供货商转了五万块货款，页面显示“转账成功”。供货商等到晚上也没收到，第二天下午才到账，对方以为我拖款，把我的一车货扣了一天，我这边工地的活也停了一天。
我打电话去问，你们说系统没有任何问题，是我这个账户的转账方式默认是“次日到账”，开手机银行的时候就是这样设置的，防诈骗用的，要改可以自己在设置里改成实时到账。
防诈骗我理解，系统也没坏。可我开手机银行的时候，没有一个人跟我讲转出去的钱默认要第二天才到，转账的页面上也看不到一个字提醒。早知道我上午就去柜台办了。
请你们把这件事在转账页面上写清楚，也请给我一个说法。
陈兴旺 156 0598 3317
2026年11月6日""",
      T(complainant="陈兴旺", phones=("15605983317",), dates=("2026-11-03", "2026-11-06"),
        units=("YX",), complained=("YX",), business="支付结算", cause=DISC,
        signed="2026-11-06")),
    L("ta_payroll_card_limit_never_mentioned", """城东支行领导
我叫邱家明在县电子厂上班我们的工资卡是今年三月你们城东支行的人到厂里来统一办的当时叫我们排队填表拍照签字就完了
11月9号我爸在三明住院要交三万块押金我用手机银行转给我姐转不出去说超过当日限额一万我跑到网点去问才知道这张卡是什么二类户一天只能转一万柜员说规定就是这样要改成一类户要本人带身份证来办还要等审核
规定我没话讲可是开卡的时候没有一个人跟我们讲这是二类卡有限额我们厂里几百个人都不知道要是早知道我就早点去改了那天我爸的押金是我姐先借的
请你们到厂里来跟大家讲清楚这个卡有什么限制要改的怎么改
邱家明 187-6098-1152
2026年11月14日""",
      T(complainant="邱家明", phones=("18760981152",), dates=("2026-11-09", "2026-11-14"),
        units=("CD",), complained=("CD",), business="银行卡", cause=DISC,
        signed="2026-11-14")),
    L("ta_cash_dollar_rate_lower_unsaid", """燕西支行：
我女儿在美国读书，暑假回来剩了三千美元现钞，11月2日我拿到你们燕西支行换成人民币。进门的时候我看了大屏幕上的美元价格，心里算好了大概能换多少。换完一看，比我算的少了四百多块。
我问柜员，她说我拿的是现钞，要按“现钞买入价”算，屏幕上滚的是“现汇价”，现钞的价格要低一些。我问那屏幕上怎么看不到现钞价，她说柜台电脑上有。办之前她一句也没提，直接就换了，单子也是换完才给我看的。
差价多少合不合理我不懂，也不想去比。我只是觉得，换之前跟客户说一声“现钞按这个价”，让我自己决定换不换，这是起码的。请你们以后把现钞价格也放到屏幕上。
叶玉兰
电话 13505986627
2026年11月4日""",
      T(complainant="叶玉兰", phones=("13505986627",), dates=("2026-11-02", "2026-11-04"),
        units=("YX",), complained=("YX",), business="外汇", cause=DISC,
        signed="2026-11-04")),
    # ---- 自主选择权 ---------------------------------------------------------------------
    # why: FEE vs CHOICE — thirty yuan is not the point for her; the teller made a third
    # party's insurance a condition of reissuing her card: a tie (CHOICE); the add-on is a
    # third party's insurance → 银行代理业务.
    L("ta_card_reissue_with_safety_insurance", """明溪支行：
我的借记卡上个月在菜市场弄丢了，当天打电话挂了失。11月18日我带身份证到明溪支行补卡，柜员在电脑上弄了一会儿，说补卡要同时买一份“账户安全险”，一年三十块，是一家财产保险公司的，不买补不了。我说我不要保险，只要补卡，她说现在补卡都是这样配的。
三十块钱不多，我也不是出不起。可我是来补我自己的卡，为什么非要搭一份别人家的保险？我不买，卡就不给补，这算什么道理？后来我急着用卡，只好买了。
请你们把这份保险退掉，钱退给我。以后补卡不要再搭这些东西。
罗美凤
152-5983-7740
2026年11月20日""",
      T(complainant="罗美凤", phones=("15259837740",), dates=("2026-11-18", "2026-11-20"),
        units=("MX",), complained=("MX",), business="银行代理业务", cause=CHOICE,
        signed="2026-11-20")),
    # why: FEE/DISC vs CHOICE — he calls fifteen yuan cheap and is not asking to be told the
    # price: the speaker was put on his stall and charged for without anyone asking him, an
    # add-on without consent (CHOICE).
    L("ta_speaker_box_rent_never_asked", """列西分理处：
阮是在列西街上摆水果摊的温福生。今年6月14日你们分理处两个后生来给阮办收款码，码贴好，顺手在摊上放了一个会讲话的收款音箱，插上电就走了，一句也没问阮要不要。阮自己手机上有提示，本来就用不着这个。
11月6日阮去打流水，看到从七月起每个月扣十五块“音箱服务费”，五个月扣了七十五块。
十五块一个月不算贵，问题是阮从来没讲过要这个东西。阮没要的东西放到阮摊上，还每个月从阮卡里扣钱，这就不对了。请你们把音箱拿回去，扣的钱退给阮。
温福生
电话13950879923
2026年11月8日""",
      T(complainant="温福生", phones=("13950879923",), dates=("2026-06-14", "2026-11-06", "2026-11-08"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=CHOICE,
        signed="2026-11-08")),
    # why: RULE vs CHOICE — the teller called it the branch's "任务", but no rule makes a time
    # deposit a condition of a payroll card: the deposit was tied to the card (CHOICE).
    L("ta_payroll_card_needs_fixed_deposit", """徐碧支行：
我刚进县里一家物流公司上班，公司的工资在你们徐碧支行发，人事叫新来的都去办一张工资卡。9月2日我去办，柜员说要先存一笔一年的定期，两千块起，才给开工资卡，说这是支行这个月的任务，大家都这样。
我刚出来上班，身上总共就两千五，房租还没交。我说我只要一张工资卡，她说不存定期就开不了。我在柜台前站了半天，最后存了两千，卡才给我。这个月吃饭都是找同事借的。
开一张卡拿工资，为什么要先存两千块定期？存不存是我自己的事。请你们把这笔定期给我取消，钱退回我卡上，利息我不要。
蔡志鹏
130 5986 2219
2026年9月6日""",
      T(complainant="蔡志鹏", phones=("13059862219",), dates=("2026-09-02", "2026-09-06"),
        units=("XB",), complained=("XB",), business="银行卡", cause=CHOICE,
        signed="2026-09-06")),
    L("ta_card_bills_split_without_asking", """信用卡中心：
我10月8日出的账单是八千六百元，我本来打算到期一次还清。结果账单上写着“已自动分期，分12期，每期手续费0.65%”，我根本没有申请过分期。
打客服问，说我的卡开通了“账单自动分期”，账单超过五千就自动分。我从来没有开过这个，客服说是办卡时申请表上勾选的。那张表是网点的工作人员帮我填的，我只是签了字，没有人问过我要不要自动分期。
手续费高不高另说，我没要的东西，你们不能替我做主。请把这次分期取消，已经扣的手续费退给我，把“自动分期”关掉。
黄静 150 8056 2317
2026年10月16日""",
      T(complainant="黄静", phones=("15080562317",), dates=("2026-10-08", "2026-10-16"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=CHOICE,
        signed="2026-10-16")),
    L("ta_queue_ticket_only_after_follow", """徐碧支行负责同志：
本人杨振邦，退休教师，七十三岁。11月23日上午到徐碧支行用存折取养老金。取号机旁站着一位大堂的年轻人，说要先用手机扫码关注你们的公众号、再注册手机银行，才给取号。我用的是老人机，扫不了码，他说那就等他有空帮我弄。我说我只要取号办存折，他说“上面要求的，都要先关注”。
这位年轻人说话倒是客气，可是我在那里干站了二十多分钟，后面来的年轻人扫了码都先拿了号。取号排队是每个客户都该有的，不该拿关注、注册去换。
请支行把这个做法停掉。
杨振邦
0598-2736670
2026年11月24日""",
      T(complainant="杨振邦", phones=("0598-2736670",), dates=("2026-11-23", "2026-11-24"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=CHOICE,
        signed="2026-11-24")),
    # ---- 定价收费 -----------------------------------------------------------------------
    # why: DISC vs FEE — she says the leaflet stated the charge and she read it, so nothing was
    # kept from her; she objects that 1% plus interest from day one is too much (FEE).
    L("ta_cash_advance_cost_too_steep", """信用卡中心：
我是县医院的护士王海燕。11月1日晚上家里老人急诊，医院要先交押金，我身上没带够，就用信用卡在医院门口的取款机取了三千块现金。11月20日我全额还了。
账单出来，取现手续费三十元，另外从取钱那天起每天按万分之五算利息，又是二十八块多。领卡的时候那张说明书上写着，我也看过，不是你们没讲。
我只是觉得太狠了：刷卡消费有五十多天免息，取一点现金救急，第一天就开始算利息，还要先收百分之一。三千块用了不到二十天，花了将近六十块。都是一样的钱，急用的时候反倒要多掏。能不能把取现的手续费降一降，或者给几天免息？
王海燕
187 5091 2248
2026年11月25日""",
      T(complainant="王海燕", phones=("18750912248",),
        dates=("2026-11-01", "2026-11-20", "2026-11-25"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE,
        signed="2026-11-25")),
    # why: DISC vs FEE — the teller showed the rate board and worked the sum out first; he
    # objects to the width of the spread, the level of what he paid (FEE).
    L("ta_euro_cash_spread_too_wide", """明溪县支行负责同志：
本人章立新，退休干部。本人与老伴报名参加了明年春天的欧洲旅游团，十月十日到贵行购买三千欧元现钞。柜员事先指给我看了牌价，也把要付的人民币算给我听了，这一点我是满意的。
回家后我对照了当日的中间价，发现贵行欧元现钞的卖出价比中间价高出将近百分之三，三千欧元多付了七百余元。我又问了儿子，他说网上购汇、其他一些银行的价差要小得多。
本人认为，普通百姓偶尔出一次国，换一点现钞，银行在汇价上加这么多，实在偏高。建议贵行对老年客户、小额购汇适当让利，把现钞价差降下来。
此致
敬礼
章立新
电话：0598-2810045
二〇二六年十月十四日""",
      T(complainant="章立新", phones=("0598-2810045",), dates=("2026-10-10", "2026-10-14"),
        units=("MX",), complained=("MX",), business="外汇", cause=FEE,
        signed="2026-10-14")),
    L("ta_card_replacement_twenty_five", """列西的领导：
我是上坪村黄金发，种香菇的。我那张卡用了三年，芯片坏了，取款机不认，11月11日到列西去换卡，柜员收了我二十五块，讲十块是卡的工本费，十五块是换卡的手续费。
一张卡换一回要二十五块，太贵了咯，我们种香菇的一斤才卖几块钱。卡是你们做的，三年就坏了，换一张还要收这么多。镇上人家讲别的银行换卡只收几块钱，有的不收。
请你们把换卡的钱降下来，我们乡下人办一张卡不容易。
黄金发
0598 2765410
2026年11月13日""",
      T(complainant="黄金发", phones=("0598-2765410",), dates=("2026-11-11", "2026-11-13"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FEE,
        signed="2026-11-13")),
    # why: CHOICE/DISC vs FEE — he chose the services himself and was told the prices at
    # opening; what he objects to is how much they cost for a tiny firm (FEE).
    L("ta_company_account_yearly_fees", """城东支行：
我们是一家五个人的小装修公司，去年在城东支行开的对公账户。开户的时候你们讲了要收账户管理费、网银U盾年费，我也签了字，U盾、网银都是我自己要办的，这个没话讲。
11月1日账户一次扣了账户管理费三百六十元、U盾年费一百二十元、短信费六十元，一共五百四十元。我们一年账户里也就走几十万，五百多块快赶上一个月的房租了。问了一下，别的银行对我们这种小微企业，账户管理费大多是免的，或者只收几十块。
希望贵行对小微企业把这些费用降下来，或者免掉账户管理费，不然明年我们只能换银行了。
严海峰
电话 135 1599 0083
2026年11月9日""",
      T(complainant="严海峰", phones=("13515990083",), dates=("2026-11-01", "2026-11-09"),
        units=("CD",), complained=("CD",), business="支付结算", cause=FEE,
        signed="2026-11-09")),
    L("ta_big_cash_withdrawal_charged", """燕西支行：
我买了一台二手挖掘机，卖家只要现金。11月19日我到你们燕西支行取三十万，柜员说三十万以上的现金取款要按千分之三收手续费，收了我九百块。
要收钱这个事，你们门口早就贴了告示，我也听说了，我不是说不该收。我说的是收得太狠了：取自己存的钱，一次就九百，够我挖机干一天的油钱。千分之三是谁定的？能不能降一降，或者像别的地方那样设个封顶？
李旺财
158 6093 3371
2026年11月21日""",
      T(complainant="李旺财", phones=("15860933371",), dates=("2026-11-19", "2026-11-21"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=FEE,
        signed="2026-11-21")),
    # ---- 合同条款 -----------------------------------------------------------------------
    # why: FUNDS vs CLAUSE — the money went on a stolen card, but the letter argues against the
    # article the center relies on ("挂失生效前的损失由持卡人承担"), so an unfair clause
    # (CLAUSE).
    L("ta_loss_before_report_on_holder", """信用卡中心：
10月2日上午九点多，我在去三明的班车上，钱包连手机一起被偷了。我十二点多借别人手机打电话挂失了信用卡。后来账单上出来一笔四千八百元，是十点四十在三明一家金店刷的，签单上的名字根本不是我的字。
我申请不承担这笔钱，你们回复说，按照《领用合约》第二十三条“挂失生效前发生的一切损失由持卡人承担”，这笔钱要我还。
我报了警，有立案回执，签名也明明是假的，金店也没有核对身份证。我三个小时内就挂失了，还要我一个人承担全部损失？这一条把风险全压在持卡人身上，发卡行、商户一点责任都没有，我认为不公平，我签的时候也没法改一个字。请重新处理，不要拿这一条来搪塞。
魏振华
手机 139 0598 3645
2026年10月18日""",
      T(complainant="魏振华", phones=("13905983645",), dates=("2026-10-02", "2026-10-18"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE,
        signed="2026-10-18")),
    # why: RULE vs CLAUSE — the branch acts on article 14 of his merchant agreement and he
    # attacks that article ("最长一百八十天，无须说明理由"): an unfair clause (CLAUSE).
    L("ta_merchant_takings_held_180_days", """燕西支行：
我在燕西开建材店，刷卡机是你们行装的。9月15日一个老客户装修，一次刷了四万八千块买瓷砖。到现在这笔钱还没进我的结算卡。
我去问，你们说这笔交易被判为“可疑交易”，按照我签的《特约商户协议》第十四条：“乙方有权对可疑交易款项延迟结算，延迟期限最长一百八十天，且无须向商户说明理由。”我翻出协议看，确实有这么一条。
货我已经送出去了，客户也是我认得十几年的人，有送货单、有发票。半年不给钱，理由也不用讲，我一个小店怎么周转？这一条全是你们说了算，商户一点办法都没有。请你们讲清楚为什么可疑，把钱结给我；这一条也应该改。
吴泽民
电话 0598-3612287
2026年10月8日""",
      T(complainant="吴泽民", phones=("0598-3612287",), dates=("2026-09-15", "2026-10-08"),
        units=("YX",), complained=("YX",), business="支付结算", cause=CLAUSE,
        signed="2026-10-08")),
    L("ta_idle_child_account_closed_by_term", """明溪支行：
2019年我在你们支行给女儿办了一张卡，存她的压岁钱，后来钱都转出去了，卡里剩三十六块五。9月28日女儿想用这张卡绑定学校的缴费，才发现卡已经被销户了，余额也没了。
柜员给我看了开卡时签的协议，上面有一条：“账户连续两年无主动交易且余额低于五十元的，本行有权直接销户，余额转入本行待处理款项，不另行通知。”
三十六块钱不多，可这一条我觉得不讲道理：钱是我们的，你们说销就销，说转走就转走，连通知都不用？请把余额退回来，这种条款也该改一改，至少销户前发个短信。
许丹
电话 139 5081 3305
2026年10月3日""",
      T(complainant="许丹", phones=("13950813305",), dates=("2026-09-28", "2026-10-03"),
        units=("MX",), complained=("MX",), business="银行卡", cause=CLAUSE,
        signed="2026-10-03")),
    # why: DEBT vs CLAUSE — the debt is admitted and he has no quarrel with calls or visits;
    # he attacks the "任何账户直接扣收" article that let the bank empty his salary card: an
    # unfair clause (CLAUSE); the card agreement → 银行卡.
    L("ta_salary_card_swept_for_card_debt", """信用卡中心：
我信用卡欠了一万二，逾期两个月，这个我认，你们打电话来我也都接了，讲好每月还两千。
11月10日发工资，四千六百块一到我在城东支行的工资卡上，几分钟就被全部扣走，卡里只剩几毛钱。我打客服，说是按照《领用合约》里“持卡人授权发卡行从其在本行开立的任何账户中直接扣收欠款”这一条扣的。
你们打电话、发短信我都没意见。我要说的是这一条：办卡的时候谁会想到一条小字就能把工资一分不留全部划走？我这个月的房租、孩子的饭钱都没了。按这一条，银行想扣多少扣多少，连生活费都不给人留，这不公平。
请把这个月的工资先退一部分给我，以后按我们说好的每月两千还。
许宏斌
手机 186 5980 3374
2026年11月12日""",
      T(complainant="许宏斌", phones=("18659803374",), dates=("2026-11-10", "2026-11-12"),
        units=("CARD", "CD"), complained=("CARD",), business="银行卡", cause=CLAUSE,
        signed="2026-11-12")),
    L("ta_gift_clawback_triple", """徐碧网点：
今年3月8日你们搞存款活动，我存了十万一年定期，送了一个电饭煲，标价二百九十九。当时签了一张活动协议，你们的人也说了提前取要退礼品。
10月15日家里急用钱，我去提前支取，电饭煲早用上了，没法退。你们按协议上那一句“礼品已使用的，按礼品价值的三倍从利息中扣除”，扣了我八百九十七块。
提前取要退礼品，我认。但是用了就按三倍扣，一个二百九十九的电饭煲扣近九百，这一条太霸道了。请改成按礼品原价扣，多扣的退给我。
邓宗明 133 0598 1274
2026年10月19日""",
      T(complainant="邓宗明", phones=("13305981274",),
        dates=("2026-03-08", "2026-10-15", "2026-10-19"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE,
        signed="2026-10-19")),
    # ---- 产品收益 -----------------------------------------------------------------------
    # why: DISC vs RET — the teller told him the yen rate was close to zero and he signed for
    # it; the sale is undisputed and he objects to how little it returned (RET).
    L("ta_yen_deposit_pays_almost_nothing", """燕西支行：
我叫林国华，前几年在日本做技能实习，攒了两百万日元带回来。2025年11月20日在你们燕西支行存了一年日元定期。存的时候柜员跟我讲了日元利息很低，几乎没有，我也签了字，这个不怪谁。
今年11月20日到期，两百万日元一年利息就一点点，折成人民币连一顿饭钱都不到。我在日本一天干十个钟头攒下来的钱，放一年等于白放。
我想问问，有没有办法让这笔日元多少有点利息，或者有没有别的稳当的存法，请你们的人给我打个电话说说。
林国华
189 5983 2260
2026年11月24日""",
      T(complainant="林国华", phones=("18959832260",),
        dates=("2025-11-20", "2026-11-20", "2026-11-24"),
        units=("YX",), complained=("YX",), business="外汇", cause=RET,
        signed="2026-11-24")),
    # why: CLAUSE/DISC vs RET — the rate was written in her passbook and the teller's sum is
    # right; she objects to how little five years of saving brought, the return (RET).
    L("ta_monthly_savings_plan_thin", """列西分理处：
我是卢秀珍，二〇二一年八月十日在你们列西办了一个零存整取，每个月存五百块，存五年。我每个月卖完菜就去存，五年一个月都没落下。
今年八月十日到期，本钱三万，利息只有一千三百多块。我原来以为存五年，利息少说也有三四千。柜员拿本子给我算了一遍，利率是存的时候就定好写在存折上的，按月一笔一笔算，算得没错，我也看懂了。
账是没算错，可五年才这么一点，我心里不服气。我们乡下人存点钱不容易，能不能给老客户想想办法，利息高一点。
卢秀珍
二〇二六年八月十八日""",
      T(complainant="卢秀珍", phones=(), dates=("2021-08-10", "2026-08-10", "2026-08-18"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=RET,
        signed="2026-08-18")),
    L("ta_notice_deposit_rate_cut_again", """明溪县支行：
我做竹制品生意，周转的五十万一直放在你们支行的七天通知存款里，用的时候提前打招呼，不用就放着。前年利率还有一点几，11月1日起又降了，现在只有零点几，五十万一年的利息不到两千五。
利息你们算得没错，我也知道存款利率是跟着大形势走的。可我这笔钱放在你们这里，你们拿去放贷款收百分之四五，给我零点几，差得太多了。
希望贵行给我们这些长期的老客户，在通知存款上利率高一点，或者推荐一个同样随时能用、利息稍微高点的存款。
卓文龙
138 6058 2241
2026年11月30日""",
      T(complainant="卓文龙", phones=("13860582241",), dates=("2026-11-01", "2026-11-30"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=RET,
        signed="2026-11-30")),
    # why: MKT vs RET — she says the clerk's words in 2020 were true (tax-free, fixed rate);
    # nothing was misstated, she is unhappy with what the deposit brought back (RET).
    L("ta_education_savings_small_at_maturity", """城东支行：
我是县实验小学的老师范春梅。二〇二〇年九月一日，我在城东支行给女儿存了一笔六年期的教育储蓄，两万块。当时柜员说教育储蓄免利息税，利率按开户时定的算，这些话后来查了都是真的，她没有骗我。
今年九月一日到期，女儿要上初中了，我取出来一看，六年的利息就三千来块。同事前几年买的别的东西，同样的钱多拿了不少。六年啊，孩子都从一年级读到六年级了，钱才长了这么一点。
我知道是当时的利率定下来的，也不是要你们赔。只是想问问，你们对教育储蓄这种给孩子存的钱，能不能有一点优惠，或者到期转存的时候多给一点。
范春梅
电话 159 5987 0632
2026年9月12日""",
      T(complainant="范春梅", phones=("15959870632",),
        dates=("2020-09-01", "2026-09-01", "2026-09-12"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=RET,
        signed="2026-09-12")),
    L("ta_pension_card_yearly_interest_pennies", """徐碧支行负责同志：
本人王德昌，原县粮食局退休干部。本人退休金按月发放至贵行借记卡，卡内常年余额三万元左右。今年六月二十一日结息，全年利息仅九元六角。
本人理解活期存款利率偏低，贵行计息并无差错，柜台人员亦耐心解释。然而退休人员多将养老钱放在工资卡内，以备看病急用，不便存定期。三万元一年仅得九元余，实难接受。
建议贵行针对退休人员养老金账户，开办自动按约转存、随时可取且利率略高的存款，以惠及老年群体。
此致
王德昌
电话：0598-2738815
二〇二六年七月三日""",
      T(complainant="王德昌", phones=("0598-2738815",), dates=("2026-06-21", "2026-07-03"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=RET,
        signed="2026-07-03")),
    # ---- 消费者资金安全 -----------------------------------------------------------------
    # why: DATA vs FUNDS — he makes no claim that anyone gave his details away; his grievance is
    # 5,994 yuan taken through a payment binding he never made: money gone without his act
    # (FUNDS).
    L("ta_card_bound_to_unknown_payment_app", """徐碧支行你好
我叫吴小军在县里送外卖卡是在徐碧办的工资卡9月22号晚上和9月23号早上卡里被扣了三笔每笔1998一共5994都是一个什么支付平台的快捷支付我从来没有用这张卡绑过什么支付平台也没收到过什么验证码卡一直在我身上没离开过
我去网点打了流水柜员说是快捷支付绑定以后扣的要我自己去找那个平台我上哪找去我一个送外卖的一个月才挣多少这是我交房租的钱
我以经报警了请你们银行查清楚是谁绑的我的卡把钱给我追回来
吴小军 电话 13599801274
2026.10.2""",
      T(complainant="吴小军", phones=("13599801274",),
        dates=("2026-09-22", "2026-09-23", "2026-10-02"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FUNDS,
        signed="2026-10-02")),
    # why: SVC vs FUNDS — a teller's till error lies behind it, but what she objects to is
    # 8,000 yuan taken back out of her passbook without her knowing or agreeing (FUNDS).
    L("ta_counter_deposit_reversed_next_week", """东门网点负责人：
11月3日上午我在你们东门网点柜台存了八千块现金到存折上，当场打了存折，八千块清清楚楚印在上面。11月12日我去补登存折，新打出来一行“冲正 -8000”，余额一下子少了八千。
我去问，你们说11月3日那天有个柜员扎账短了八千，查了录像认为是我那笔多记了，就把我那笔“冲”掉了。我说我是实实在在拿了八千块现金来的，一百张一沓，少一张都不行。就算你们要查，也该先找我，不能不打招呼直接从我存折上把钱拿走。
钱是在我不知道、没同意的情况下被划走的。请你们马上把八千块还回我存折上，你们内部怎么查是你们的事。
江月娥
0598-2330815
2026年11月14日""",
      T(complainant="江月娥", phones=("0598-2330815",),
        dates=("2026-11-03", "2026-11-12", "2026-11-14"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-14")),
    L("ta_dollar_charges_on_card_in_drawer", """信用卡中心：11月5号出的账单上有六笔美元消费，每笔49.99美元，是国外什么网站的会员，我听都没听过。卡一直锁在我家抽屉里，半年没用过，我也从来没在国外网站买过东西。你们说是“卡号信息交易”，叫我自己去找商户退款，我上哪去找一个外国网站？钱是从你们卡里出去的，请你们处理，把钱退回来，卡给我换了。
包晓东 136 0598 7721 2026年11月7日""",
      T(complainant="包晓东", phones=("13605987721",), dates=("2026-11-05", "2026-11-07"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FUNDS,
        signed="2026-11-07")),
    L("ta_pos_takings_rerouted_to_strange_card", """燕西支行：
我在燕西开一家小超市，刷卡机是你们行的，刷卡的钱每天自动结到我的卡上。10月14日到10月27日，两个星期刷卡的钱一笔都没到。我以为是系统出了问题，去网点一查，说我的结算账户10月13日已经改成了另外一张卡，是别的银行的，户名也不是我。
你们拿出一张“商户信息变更申请表”，上面的签名写着我的名字，可那不是我签的，我那几天根本没来过支行，身份证也一直在我身上。两个星期四万二千多块，全部结到了那张不认识的卡上。
我没有改过任何东西，钱就这么没了。请你们查清楚这张表是谁交的、谁审核的，把四万二千块还给我。我已经报了警。
戴金水
139 5980 1263
2026年11月2日""",
      T(complainant="戴金水", phones=("13959801263",),
        dates=("2026-10-14", "2026-10-27", "2026-10-13", "2026-11-02"),
        units=("YX",), complained=("YX",), business="支付结算", cause=FUNDS,
        signed="2026-11-02")),
    L("ta_lobby_helper_kept_app_access", """列西分理处的领导：
我是陈宇婷，在福州上班，替我爷爷陈金福写信。今年6月我爷爷去列西分理处，大堂一个年轻的小伙子说手机银行方便，拿我爷爷的手机帮他装了，登录密码、支付密码都是他设的，爷爷只记得他说“密码我帮你记好了，忘了来找我”。
这次国庆我回家，帮爷爷看手机银行，发现9月11日、9月26日、10月9日一共转出去三笔，合计两万零五百块，收款人是三个外省的人。爷爷那几天都在家里，手机也没离开过身边，他连转账在哪里点都不知道。我们去分理处问，那个小伙子九月底已经辞职了。分理处说手机银行登录记录显示是在另一部手机上登录的。
钱是从爷爷卡里转走的，爷爷自己什么也没做。请你们查清楚是谁登录、谁转的，把钱还给爷爷。
陈宇婷
手机 15606903218
2026年10月12日""",
      T(complainant="陈宇婷", phones=("15606903218",),
        dates=("2026-09-11", "2026-09-26", "2026-10-09", "2026-10-12"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=FUNDS,
        signed="2026-10-12")),
    # ---- 消费者信息安全 -----------------------------------------------------------------
    # why: SVC vs DATA — a clerk failed to record his new address, but the grievance is that his
    # balances and dealings reached the strangers living at the old house: personal data given
    # away (DATA).
    L("ta_statements_mailed_to_old_house", """明溪支行：
本人郭建明。2025年5月6日我在你们明溪支行办了地址变更，把对账单寄送地址改成了新家，柜员当面给我登记的。老房子后来租给了别人。
11月2日老房子的租客打电话给我，说这一年多你们每个季度都往老房子寄我的对账单，他们拆开看过，我存了多少钱、每个月进出多少、还给谁转过钱，他们都知道了，还在楼里说了出去。现在邻居见了我都问我是不是发了财。
我的存款、流水是我自己的事，现在被一屋子不认识的人看了个遍。请你们查一下为什么改了地址还往老地方寄，寄出去的那些怎么收回，并给我一个书面说明。
郭建明
0598-2813327
2026年11月6日""",
      T(complainant="郭建明", phones=("0598-2813327",),
        dates=("2025-05-06", "2026-11-02", "2026-11-06"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA,
        signed="2026-11-06")),
    # why: RULE vs DATA — the employer may send payroll but has no right to see what else is on
    # the card; a branch insider told the boss her balance and dealings: personal data given
    # away (DATA).
    L("ta_boss_knew_my_balance", """徐碧支行领导：
我叫黄小燕，在一家服装厂做车工，工资是厂里在你们徐碧支行代发的，卡也是在那里办的。
11月20日老板把我叫到办公室，说：“你卡上还有六万多嘛，上个月你老公还给你转了一万，借两万给厂里周转一下。”我当时就懵了，我卡上有多少钱、谁给我转过钱，连我妈都不知道，老板怎么会知道？后来听车间的人说，老板的小姨子就在你们徐碧支行上班。
厂里代发工资，银行只管把工资发进来，我卡里别的钱、别的进出，跟老板有什么关系？请你们查一下是谁把我的账户情况告诉老板的，给我一个交代。我现在连钱都不敢放在这张卡上了。
黄小燕 电话 181 5981 0637
2026年11月22日""",
      T(complainant="黄小燕", phones=("18159810637",), dates=("2026-11-20", "2026-11-22"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-22")),
    # why: SYS vs DATA — the app works as designed; what she objects to is that it hands her
    # full name to anyone who types her number: personal data given away (DATA).
    L("ta_phone_transfer_shows_full_name", """你们的手机银行有个“手机号转账”，输入别人的手机号，就会显示出这个人的全名，一个字都不遮。
10月16日有人冒充我，给我妈打电话，一开口就叫出我的全名，说我出车祸了要钱。幸好我妈多个心眼打给了我。后来我自己试了一下，拿我的号在你们app上一输，名字全出来了。骗子就是这么知道我名字的，他有我的手机号，用你们的app一查就行。
这不是app坏了，是你们就这么设计的。可是把名字和手机号对上交给随便什么人，这跟把我的资料送给骗子有什么区别？请把名字改成只显示一个字，别的都遮掉。
刘佳 电话 136 5980 2947""",
      T(complainant="刘佳", phones=("13659802947",), dates=("--10-16",),
        units=(), complained=(), business="个人金融信息", cause=DATA, signed=None)),
    # why: MKT vs DATA — the calls are a tutoring firm's sales, not the bank's; what the bank
    # did is let the parents' details from its school-fee platform out: data given away (DATA).
    L("ta_tutoring_calls_after_school_fee_platform", """城东支行：
我是县实验小学一个学生的家长范丽琴。9月1日学校开学，我用你们城东支行的缴费平台给孩子交了学费和伙食费。第二个礼拜开始，一家课外辅导机构天天打电话来，叫得出我孩子的名字、几年级几班，还说“看到您在城东支行交过学费了，我们和银行有合作”。
班上好几个家长都接到同样的电话。我们去找那家机构，他们的人说名单是“银行平台那边的人给的”。
学校的学费交到你们平台上，我们的名字、电话、孩子的班级怎么就到了辅导班手里？请你们查清楚是谁给出去的，给了多少人的，以后不能再有。
范丽琴
151 6058 7736
2026年9月26日""",
      T(complainant="范丽琴", phones=("15160587736",), dates=("2026-09-01", "2026-09-26"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-09-26")),
    L("ta_pos_turnover_known_to_lender", """列西分理处：
我在列西街上开小卖部，刷卡机是你们分理处装的。11月17日一个自称是什么金融公司的人打电话来，说：“邹老板，你在列西那边的刷卡流水每个月有三万八左右，可以在我们这里贷款，额度十万。”他连我的刷卡机是哪家银行的、每个月刷多少都说得出来。
我的生意好不好，只有你们银行知道。这些东西怎么到了外面放贷的人手里？请你们查一查是谁泄露出去的，给我一个说法。
邹德华
电话 138 5982 7715
2026年11月19日""",
      T(complainant="邹德华", phones=("13859827715",), dates=("2026-11-17", "2026-11-19"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-19")),
    # ---- 债务催收方式和手段 -------------------------------------------------------------
    # why: FUNDS vs DEBT — the 3,000 left by his own transfer, made at the bidding of the man
    # chasing his admitted card debt: how the debt was chased (DEBT), not money gone without
    # his act.
    L("ta_collector_said_pay_to_personal_wechat", """信用卡中心：
我信用卡欠了九千多，逾期三个月了，这个钱我认。10月18日一个说是你们委托来要账的人打电话给我，说现在有政策，只要我10月20日前还三千，剩下的全部减免，但是要转到他个人的微信上，他帮我“内部处理”，账上马上结清。
10月20日我借了三千转给他的微信。过了一个礼拜，账单还是九千多，一分没少。再打那个人的电话，已经打不通了。我打你们客服，客服说还款只能还到卡上，那个人是外包公司的，没有权力收钱，叫我自己去找他。
欠你们的钱我会还，可你们派来要账的人叫我把钱打到他个人账上，现在钱没了，你们说跟你们无关？请你们查清这个人，把这三千块算到我的还款里。
陈国辉
电话 152 6098 3310
2026年10月29日""",
      T(complainant="陈国辉", phones=("15260983310",),
        dates=("2026-10-18", "2026-10-20", "2026-10-29"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-10-29")),
    # why: DATA vs DEBT — his debt did reach a third party, but it was told to his landlord by
    # the caller chasing an admitted debt, as a way to press him: how the debt is chased (DEBT).
    L("ta_collector_told_my_landlord", """信用卡中心：
我的信用卡是在东门网点办的，欠了两万多，逾期四个月，我认，一直在想办法。
11月6日我房东打电话给我，说你们那边有人打到他那里，说我欠银行两万多不还，是“老赖”，叫房东“注意一下这个人，别让他跑了”，还问房东我每天几点回家。房东当天就叫我月底搬走，说不想惹麻烦。我的房东电话是租房合同上的，你们的人不知道从哪里弄来的。
欠钱我认，你们找我本人怎么催都行。但是打给房东、说我是老赖，现在我连住的地方都没了。请你们叫那边的人以后只找我本人，并给我房东打个电话澄清一下。
邱志远
手机 177 5091 6620
2026年11月10日""",
      T(complainant="邱志远", phones=("17750916620",), dates=("2026-11-06", "2026-11-10"),
        units=("CARD", "CD"), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-10")),
    # why: SVC vs DEBT — the teller's loud words and the held-up withdrawal were used to press
    # an admitted card debt at the counter: how the debt is chased (DEBT), not mere rudeness.
    L("ta_teller_pressed_card_debt_at_counter", """明溪支行：
我叫官福林，我有一张你们的信用卡逾期了一个多月，欠六千多，我认，已经跟信用卡那边讲好了下个月还。
8月28日我到明溪支行柜台，要从我的借记卡里取三千块给孩子交学费。柜员在电脑上看了一下，大声说：“你信用卡欠钱不还，还好意思来取钱？先把欠款还了再说。”后面排队的人都听见了，有认识我的。她还不给我办，叫我先打电话给信用卡那边，说“他们同意了我再给你取”。我打了半个钟头电话，她才给我取。
欠钱我会还，可是在柜台上当着大家的面这样讲，还拿孩子的学费卡着我，逼我先还卡钱，这个做法不对。请支行给我一个说法。
官福林
电话 135 0598 4462
2026年8月30日""",
      T(complainant="官福林", phones=("13505984462",), dates=("2026-08-28", "2026-08-30"),
        units=("MX",), complained=("MX",), business="债务催收", cause=DEBT,
        signed="2026-08-30")),
    L("ta_collector_pushed_online_loans", """信用卡中心
我欠你们信用卡一万五逾期了我认11月21号打电话来的那个人说今天之内必须全部还清不然明天就上门发了三个网贷app的链接给我叫我去借说借新还旧大家都这么干你借了就没事了我说那个利息高他说那是你的事
银行的人叫欠钱的人去借高利贷来还你们这是什么道理我借了以后窟窿只会越来越大
请你们管一管这个人以后别再叫我去借网贷我会按月慢慢还
钟志平 166 0598 2279
2026年11月23日""",
      T(complainant="钟志平", phones=("16605982279",), dates=("2026-11-21", "2026-11-23"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-23")),
    L("ta_collector_texts_daughter_at_night", """信用卡中心：
我是严丽华。我老公欠你们信用卡的钱，逾期了，我们家认，正在凑。
10月29日晚上十一点多，我十四岁的女儿手机上收到短信：“你爸爸是老赖，再不还钱就要坐牢，你读书政审都过不了。”10月30日晚上又打了两个电话到她手机上，她吓得哭了一夜，第二天不敢去学校。她的号码是她自己的，我们从来没有留给过银行，不知道你们的人从哪里弄到的。
欠钱的是大人，找大人。大半夜去吓一个初中生，这是什么做法？请你们马上停下来，不许再联系我女儿。
严丽华
电话 189 5981 7730
2026年11月1日""",
      T(complainant="严丽华", phones=("18959817730",),
        dates=("2026-10-29", "2026-10-30", "2026-11-01"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-01")),
)
