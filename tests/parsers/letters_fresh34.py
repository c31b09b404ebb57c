"""A thirty-fourth blind letter set: 30 customer complaint letters written on 2026-12-06 by helper
`fresh34`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter or form set. Read, and nothing else in the
repository: lines 1-71 of tests/parsers/letters_fresh11.py (its docstring and first two letters,
for the format and the labelling rules), lines 1-67 of tests/parsers/letters_heldout.py (the
`Truth`/`HeldOutLetter`/`heldout_directory` definitions and the cause constants), and the list of
earlier letter and form ids (/tmp/prompts/ids.txt), whose situations are avoided and whose ids are
not reused. Written outside the repository, at /tmp/fresh34.

Labelled by the rules of letters_fresh11.py: complainant (the writer; a relative writing for the
elderly is the complainant; a surname with a title is a name, a nickname is not), phones as digits,
ISO dates in the order first stated (a date without a year is in the signing year; an undated
letter's dates stay "--MM-DD"; relative dates are not recorded), every directory unit the letter
names in units, the unit(s) the grievance is about in complained (empty where the letter does not
say), cause (what the bank did that the writer objects to), business and signed date.

Spread of causes: 服务态度及服务质量 (SVC), 服务设施设备业务系统 (SYS), 管理制度业务规则与流程
(RULE) and 消费者资金安全 (FUNDS) three letters each; MKT, DISC, CHOICE, FEE, RET, CLAUSE, DATA,
DEBT and OTHER two each. No letter names its cause with the words of the cause's label.

Twelve letters are hard (two plausible causes, or several units named of which only one is
complained of — an outlet visited only to ask, outlets compared, a unit where an account was
merely held); each carries a `# why:` comment naming the deciding rule. Two letters leave
complained empty; two are undated; one is signed with a nickname only.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`56c297f`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `56c297f`): cause 96.7 % (29/30), the rules alone 46.7 % (14/30); business 93.3 %; unit found or
triage 96.7 % (29 right, 0 triage, 1 wrong); complainant 100 % / 100 %; fields 98.5 % / 99.5 %;
signed date 100 %; mojibake 0. Not trained on. Then the wrong unit (an outlet only asked at,
"到家门口的列西分理处问", that sent him on) was fixed.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH34: tuple[L, ...] = (
    L("f34_svc_clerk_lost_grandfathers_horn_seal_for_passbook", """徐碧支行负责人：
我爷爷雷德贵今年八十六岁，存折一直是凭私章取款的，那枚牛角私章跟了他四十多年。10月15日我陪他去你们网点取两千块钱，柜台的女同志把存折和私章一起拿进去，说要核一下印鉴，出来时只还了存折，我们当时没留意。回家才发现章不见了，当天下午就回去找，她说“肯定给你们了”，翻了一圈抽屉说没有。
11月2日我又去问，还是那句话。老人家急得两夜没睡好，这章丢了存折就取不了钱，还得挂失换章，他腿脚不便，要来回跑好几趟。监控应该拍得到章是谁收着的，请你们调出来看看，把章找回来；找不回来，换章的手续请你们上门办，钱也不该由我们出。
孙子 雷志强
13859 126 447（手机）
2026.11.27""",
      T(complainant="雷志强", phones=("13859126447",), dates=("2026-10-15", "2026-11-02", "2026-11-27"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-27")),
    L("f34_svc_clerk_marked_living_mother_deceased_instead_of_father", """明溪县支行：

我父亲邱树根于2026年9月3日病故。9月18日我带着死亡证明和户口本，陪母亲廖春娇到东门网点办父亲存折的销户。柜台办了将近一个小时，说都弄好了。
10月20日母亲拿自己的存折去取养老金，柜员说她的账户“已登记身故，止付”。我们当场就懵了——人好好站在柜台前面，怎么成了死人？后来查清楚，是9月18日那天柜员把母亲的身份证号录进了身故登记，父亲的反倒没登。
这一个多月母亲的养老金一分都没取到，社保那边也来电话说要暂停发放，核实她是不是还在世，老人家为这事哭了好几回。请把母亲的账户马上恢复，给社保出个书面说明，经办的人要给我母亲当面道个歉。

邱美玲（廖春娇之女）
家里电话 0598-2812265  手机 15160 832 907
二〇二六年十一月二十八日""",
      T(complainant="邱美玲", phones=("0598-2812265", "15160832907"),
        dates=("2026-09-03", "2026-09-18", "2026-10-20", "2026-11-28"),
        units=("MX", "CD"), complained=("CD",), business="人民币储蓄", cause=SVC,
        signed="2026-11-28")),
    # why: the smart counter did everything it was asked; the lobby manager walked off half-way
    # and left an old man who cannot read at it, so it is a clerk's mishandling (SVC), not a
    # failed machine (SYS) — the letter itself says the machine had nothing wrong with it.
    L("f34_svc_lobby_manager_left_old_man_mid_way_at_smart_counter", """城东支行：
我是范德顺的儿媳，替我公公写这封信。
公公七十九岁，银行卡磁条坏了，11月12日上午去你们那里换卡。大堂经理说柜台人多，拉他到智能柜台“两分钟就好”，帮他把身份证和旧卡插进去，刷了脸，按到一半，门口来了个取号的客户，她就过去了，再没回来。
公公不识字，屏幕上一直跳提示他看不懂，等了十来分钟以为办完了，就回家了。身份证和旧卡都留在机器里，新卡也被机器收回去了。下午我们去找，说要等“清机”，第二天再来；第二天又说新卡已作废，要重新办。前前后后跑了三趟，老人家还以为是自己按坏了机器，难过了好几天。
机器本身没毛病，换了别人在旁边守着，两分钟确实办得完。问题是人把老人撂在那里不管。请对这位大堂经理批评教育，以后带老人用机器，请从头陪到尾。
罗小燕
电话：１３９５９８７４０２１
2026年11月30日""",
      T(complainant="罗小燕", phones=("13959874021",), dates=("2026-11-12", "2026-11-30"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SVC,
        signed="2026-11-30")),
    # why: the stamped counter slip and the outlet's own record show the limit was keyed as
    # asked; the change never took effect behind the counter, so it is a failed system (SYS),
    # not a clerk's mishandling (SVC).
    L("f34_sys_counter_limit_raise_never_took_effect_cattle_payment", """徐碧网点：
我是贩牛的黄永福。11月3日我在你们柜台把手机银行每天转账的额度从五万调到二十万，柜员办得很快，回单上也盖了章，写着“日累计限额200000元”。
11月6日我在漳平收了十二头牛，要付牛老板十四万六，手机上怎么转都提示“超过当日限额”，只能转五万。牛老板等不得，把牛卖给了别人，我白跑一趟，车费、装车钱贴进去两千多。
11月7日回来找你们，柜员调出记录，说那天确实改成了二十万，是后台没有生效，他们也没办法，让我重新再改一次。改是改好了，可我这一趟损失谁认？回单我留着，请你们查清楚是哪里出的毛病，把损失给我一个说法。
黄永福 138-5983-6620
2026年11月9日""",
      T(complainant="黄永福", phones=("13859836620",),
        dates=("2026-11-03", "2026-11-06", "2026-11-07", "2026-11-09"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SYS,
        signed="2026-11-09")),
    L("f34_sys_counter_note_checker_flagged_genuine_hundreds_as_fake", """列西分理处：
十月八日下午我去存菜市场收的货款，三万二。柜台点钞机过到一半“嘀嘀”报警，挑出四张一百的，说是疑似假币，当着我的面收缴了，给了收缴凭证。柜员态度还可以，手续也都给我讲了。
可这四张钱是我早上刚从批发市场老板手里收的，他也是从银行取的。我申请了鉴定，十月二十九日人民银行那边通知我，四张都是真币，退给我了。
一台机器把真钱当假钱，前前后后二十天，我被菜市场的人指指点点说收了假钱。请你们把那台点钞机好好修一修或者换掉，别再冤枉下一个人。
菜贩 郑春花
电话 0598-2276518""",
      T(complainant="郑春花", phones=("0598-2276518",), dates=("--10-08", "--10-29"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause=SYS,
        signed=None)),
    # why: by the bank's own dormancy rule this weekly-used card should never have been stopped;
    # the month-end batch failed to count its payments, so it is a failed system (SYS), not a
    # rule applied as designed (RULE). 燕西 is only where the card was opened and where it was
    # put right (praised), and the letter blames no unit, so complained is empty.
    L("f34_sys_card_used_weekly_flagged_dormant_app_payments_not_counted", """尊敬的银行领导：
我叫陈卫东，在厦门打工，工资卡是老家燕西支行开的，每个礼拜都用它扫码买菜、交房租，从来没停过。
11月14日晚上，卡突然不能扫码也不能转账，客服说我的卡被列为“长期不动户”，非柜面交易全停了。一年多没动的卡才算不动户，我这卡一个礼拜动好几次，怎么算得上？
11月16日我请假坐车回燕西支行。柜台的小刘帮我查了很久，说按规定我这张卡根本不该被停，是电脑月底跑批的时候没把扫码这类交易算进去，她当场给我解了，态度很好，我谢谢她。
但我来回车票三百多，请了两天假，房租也晚交了。这是你们后台的毛病，不是哪个网点的错，请总的管一管，看看还有多少人的卡被这样停了。
陈卫东  电话：１８０５０６７３３１８
2026年11月19日""",
      T(complainant="陈卫东", phones=("18050673318",), dates=("2026-11-14", "2026-11-16", "2026-11-19"),
        units=("YX",), complained=(), business="银行卡", cause=SYS,
        signed="2026-11-19")),
    L("f34_rule_seventy_two_year_old_father_refused_as_guarantor", """城东支行信贷部门：
本人曾庆林，在县医院对面开了家拌面店，想扩个门面，11月9日到你们那申请八万块经营贷款。贷款员说要一个担保人，我父亲有退休金、有房子，愿意担保。结果一看身份证就说不行，说你们行里有规定，担保人年龄不能超过六十五周岁，我父亲今年七十二。
我父亲身体硬朗，每月退休金四千多，比好多年轻人都稳当，年龄大一点就一票否决，说不过去。贷款员人还客气，拿出文件给我看了，说他也没办法。我想问问，这个六十五岁的线能不能松一松，或者让我父亲用房子抵押也行。
曾庆林
手机 159 5981 2046
2026年11月21日""",
      T(complainant="曾庆林", phones=("15959812046",), dates=("2026-11-09", "2026-11-21"),
        units=("CD",), complained=("CD",), business="贷款", cause=RULE,
        signed="2026-11-21")),
    L("f34_rule_nursing_students_loan_refused_over_fathers_overdue_card", """列西分理处领导：
我叫周小敏，今年十九岁，在三明一所卫校读护理。2026年8月20日我和父亲到你们那申请交学费用的教育贷款，一万二，交两年学费。材料交齐后过了一个礼拜通知不批，理由是父亲作为共同借款人，征信上有一张信用卡逾期没还清。
我父亲那张卡是前年做工受伤时欠下的，现在每月都在还。贷款员说按你们的审批要求，共同借款人有当前逾期就不能批，这是硬杠杠，不是她能定的。
我能理解银行要防风险，可是这笔钱是给我读书的，我自己毕业就能还，能不能换我母亲或者舅舅做共同借款人？学校已经催了两次学费了。
周小敏 1377 0598 213
2026年11月23日""",
      T(complainant="周小敏", phones=("13770598213",), dates=("2026-08-20", "2026-11-23"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=RULE,
        signed="2026-11-23")),
    # why: 列西 was visited only to ask and sent him on; the county branch refused every
    # 500-euro note as the bank's standing practice, checked with a supervisor — a rule applied
    # as designed (RULE), and the county branch is the unit complained of.
    L("f34_rule_five_hundred_euro_notes_refused_from_returned_cook", """明溪县支行负责同志：
我叫林国栋，在意大利中餐馆做了十二年厨师，今年秋天回老家养老。带回来的积蓄里有二十张五百欧元的大票，是老板当年发工资给的。
十一月四日我先到家门口的列西分理处问，柜员说他们那不办外币，让我到县支行去。十一月六日我到县支行，排了一个钟头，柜员看了一眼就说五百欧元面额的票子行里一律不收、不兑，问了主管也是这个话，说是行里统一的要求，不光是这几张。
这票子在欧洲还是能用的钱，又不是假的，我拿它怎么办？总不能再坐飞机回意大利去换。请县支行想想办法，哪怕送到上级行去兑也行，手续费我认。
林国栋
联系电话：136 0598 7715
二〇二六年十一月十八日""",
      T(complainant="林国栋", phones=("13605987715",), dates=("2026-11-04", "2026-11-06", "2026-11-18"),
        units=("MX", "LJ"), complained=("MX",), business="外汇", cause=RULE,
        signed="2026-11-18")),
    L("f34_funds_old_card_left_live_after_replacement_tapped_out", """燕西支行：
10月10日我到你们柜台换卡，旧卡芯片磨坏了。柜员办好新卡，把旧卡还给我，说“旧卡已经注销了，自己剪掉就行”。我信了，回家路上顺手扔进了菜市场门口的垃圾桶。
10月12日和10月13日，我手机上接连收到九条扣款短信，都是几十到几百块的“闪付”，便利店、加油站、网吧，一共2870元。我打电话去问，才知道那张旧卡根本没销，还能用。
这些钱我一分没花，卡也不在我手上，钱就这么没了。请你们把2870元退给我，查清楚是谁刷的。
吴海波
手机：13905986512
2026年11月2日""",
      T(complainant="吴海波", phones=("13905986512",),
        dates=("2026-10-10", "2026-10-12", "2026-10-13", "2026-11-02"),
        units=("YX",), complained=("YX",), business="银行卡", cause=FUNDS,
        signed="2026-11-02")),
    # why: the money left without any act of hers (FUNDS). 徐碧 is only where the certificate was
    # bought and is held and where she learned of it; the letter, sent to the county branch,
    # blames no unit for the sale, so complained is empty.
    L("f34_funds_large_cd_sold_on_transfer_zone_without_her", """明溪县支行：
我叫谢宝珍，退休教师，今年六十八岁。2025年3月12日我在徐碧支行买了一张二十万的三年期大额存单，手机银行我从来没开过，存单的事全靠柜台。
2026年10月28日我去徐碧支行想打个存款证明，柜员一查说这张大额存单10月26日已经在手机银行的“转让专区”转让出去了，转让款十九万八千多进了我的卡，当天夜里又分三笔转到一个我根本不认识的外省账户。
我没开过手机银行，不会用什么转让，也没有把密码告诉过任何人。二十万是我和老伴一辈子的积蓄，钱就这么不见了。请县支行立案调查，把钱追回来还给我。
谢宝珍
座机 0598-2835516
2026年11月3日""",
      T(complainant="谢宝珍", phones=("0598-2835516",),
        dates=("2025-03-12", "2026-10-28", "2026-10-26", "2026-11-03"),
        units=("MX", "XB"), complained=(), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-03")),
    L("f34_funds_village_cash_point_swiped_grandmas_card_three_times", """列西分理处：
我奶奶在我们村小卖部的助农取款点领老人补贴，这个点是你们网点设的，墙上还挂着你们的牌子。11月1日她去取五百块，店老板刷了三次卡，说前两次“没成功”，最后给了她五百。
我周末回家帮她打明细，那天一共扣了三笔，每笔五百，一千五。店老板说机子的事他不懂，让我们找银行；打你们电话，说刷了三笔就是取了三笔。奶奶八十一岁，只拿到五百块现金，另外一千块去哪里了？
请你们派人来查那台刷卡机和小卖部的账，把多扣的一千块退回奶奶卡上。
廖俊（孙子）
电话 187 0598 3362
2026年11月20日""",
      T(complainant="廖俊", phones=("18705983362",), dates=("2026-11-01", "2026-11-20"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FUNDS,
        signed="2026-11-20")),
    L("f34_mkt_gold_fund_said_exchangeable_for_bars_at_counter", """城东支行领导：
今年4月7日我到你们网点，本来是想买两根金条，给孙女攒嫁妆。理财经理小姑娘跟我说，买金条要保管、怕丢，不如买这个“黄金联接基金”，跟金价一模一样涨跌，“哪天想要实物，拿到柜台就能换成金条”。我信了她，买了六万。
11月10日孙女定了亲，我去柜台说要换金条，柜员说基金就是基金，只能卖掉拿钱，从来没有换金条这回事。卖掉还要扣手续费，再去买金条，金价比四月涨了一大截。
我当时要的是金条，是她说能换我才买的。请你们按4月7日的金价给我换成金条，或者把差价补给我。
何秀兰
13799 301 226
2026年11月25日""",
      T(complainant="何秀兰", phones=("13799301226",), dates=("2026-04-07", "2026-11-10", "2026-11-25"),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT,
        signed="2026-11-25")),
    # why: the manager answered a direct question with a false statement ("早产住保温箱、进新生儿
    # 监护室都能报") to make the sale — misrepresentation to sell (MKT), not mere silence on an
    # exclusion (DISC).
    L("f34_mkt_maternity_cover_said_to_pay_newborns_intensive_care", """致徐碧支行：
今年三月我怀孕五个月，在你们网点存钱时，一位穿西装的客户经理给我推荐一款“母婴安康”保险，两千八一年。我问宝宝出生后有没有保障，她说得很肯定：“宝宝一落地就保，早产住保温箱、进新生儿监护室都能报，这是这款最大的好处。”我就是冲这句话买的。
9月26日我儿子早产，在三明住新生儿监护室十八天，花了四万多。11月8日保险公司拒赔，说新生儿只保出生满九十天后的意外，早产住院根本不在保障里。我回去找那位经理，她说“保单上写着的，你自己没看”。
保单我是没细看，可我问了，她答了，答的是假的。请你们把这个事查清楚，该谁赔谁赔。
江丽萍 159-0598-4127
2026年11月26日""",
      T(complainant="江丽萍", phones=("15905984127",), dates=("2026-09-26", "2026-11-08", "2026-11-26"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-11-26")),
    L("f34_disc_loan_debit_runs_at_midnight_so_due_day_deposit_late", """燕西支行信贷员：
我是跑货车的杨春生，2026年4月在你们那贷了十五万买车，每月20号还款。合同签的时候你们只说“20号前存进卡里就行”，我理解20号当天存进去也算。
我每个月都是20号中午收了运费就去存。10月20日我存完钱，第二天收到短信说逾期，罚息两百多。我去问，才知道你们是20号凌晨零点半就扣款，扣不到就算逾期，当天白天再存也没用，而且4月到9月其实已经有三个月是这样记的逾期，征信都上去了。
这么要紧的事，签合同的时候一句没讲，半年里也没一条短信提醒。我不是不还钱，是不知道要提前一天存。请把罚息退了，把征信上的逾期给我消掉。
杨春生
电话 139-5986-0473
2026年11月11日""",
      T(complainant="杨春生", phones=("13959860473",), dates=("2026-10-20", "2026-11-11"),
        units=("YX",), complained=("YX",), business="贷款", cause=DISC,
        signed="2026-11-11")),
    # why: what the 徐碧 clerk said was true (any-time withdrawal, more than a demand rate); what
    # was left out — that the rate is six-tenths of a one-year term however long it stays — is
    # silence on a material fact (DISC). 城东 only explained the rate when she drew the money.
    L("f34_disc_either_way_deposit_pays_six_tenths_untold", """徐碧支行：
2024年6月3日，我拿八万块到你们网点存，说这钱可能随时要给儿子用，柜员给我开了“定活两便”，说“随时能取，利息比活期高”。别的什么也没讲。
今年11月9日我在城东支行取这笔钱，两年多利息才一千出头。城东的柜员很耐心，拿出利率表给我算：定活两便存满一年以上，也只按一年定期利率的六折算，存多久都一样。要是当初存个两年定期，利息能多出一倍。
这么要紧的算法，开户的时候一个字没提。我要是知道，早就改存定期了。请你们把差的利息补给我。
魏金娣
0598—2825743
2026年11月24日""",
      T(complainant="魏金娣", phones=("0598-2825743",), dates=("2024-06-03", "2026-11-09", "2026-11-24"),
        units=("XB", "CD"), complained=("XB",), business="人民币储蓄", cause=DISC,
        signed="2026-11-24")),
    L("f34_choice_mortgage_home_cover_only_from_banks_partner_insurer", """城东支行：
我和爱人彭丽在县城买了套二手房，在你们那办按揭，贷款六十二万。10月22日签合同那天，信贷员拿出一张房屋财产保险的投保单让我们签，指定是跟你们合作的一家保险公司，一次交三年，一千八百六十元，从贷款里直接扣。
我说我自己在别的保险公司买，一年才两百多，保单第一受益人也可以写你们行，保障一样。信贷员说不行，只认这一家，不买这家的就不放款。我们首付都交了，只好签了。
房子买保险我们不反对，凭什么只能买你们指定的那一家？请把这一千八百六十元退给我们，让我们自己去买。
刘志远
联系电话 135 0598 6218
2026年11月13日""",
      T(complainant="刘志远", phones=("13505986218",), dates=("2026-10-22", "2026-11-13"),
        units=("CD",), complained=("CD",), business="贷款", cause=CHOICE,
        signed="2026-11-13")),
    L("f34_choice_transport_card_auto_top_up_switched_on_unasked", """列西分理处：
9月1日女儿上初中，要坐公交，我到你们那办了一张带公交功能的联名借记卡。柜员让我在平板上签了好几次名，我只说要公交功能，别的什么都没要。
这两个月卡上的钱老对不上，打明细才看到，公交那头余额一低于二十块，就自动从卡里划一百块充进去，9月到11月一共划了十四次，一千四。女儿一天坐两趟车，哪用得了这么多，划过去的钱都压在公交账户里，想退也退不出来。
我从来没说要开“自动充值”，也没人问过我。请把这个功能关掉，说清楚是谁给我开的。
郭女士 电话18959 827 705
2026年11月16日""",
      T(complainant="郭女士", phones=("18959827705",), dates=("2026-09-01", "2026-11-16"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=CHOICE,
        signed="2026-11-16")),
    L("f34_fee_bamboo_mat_factory_online_banking_yearly_charge", """明溪县支行：
我厂是个做竹席的小作坊，十来个工人，对公账户开在你们行。2026年11月2日账户上被扣了六百八十元，一问，是企业网银的“年服务费”六百，外加换一个新U盾八十。
我们一个月也就转十来笔账，付竹片钱、发工资，一年下来转账手续费都没这个数。隔壁县的信用社网银一年才一百二。网银是你们让开的，说方便，现在一年光这项就六百，小作坊实在吃不消。请你们降一降，或者给我们换个便宜的套餐。
竹席厂 陈厂长
0598-2291088
2026年11月9日""",
      T(complainant="陈厂长", phones=("0598-2291088",), dates=("2026-11-02", "2026-11-09"),
        units=("MX",), complained=("MX",), business="支付结算", cause=FEE,
        signed="2026-11-09")),
    # why: he was told of the 1% charge and took the loan; he objects to how big the charge is —
    # the level of a charge (FEE). 燕西 is named only for comparison (his cousin's loan there).
    L("f34_fee_one_percent_handling_on_loan_against_own_time_deposit", """列西分理处主任：
我有一张五万的三年定期存单在你们网点，明年三月才到期。10月9日儿子急用三万块，柜员建议我别提前取，用存单质押贷款，利息按月算。我同意了。
放款的时候从三万里先扣了三百，说是“质押贷款手续费”百分之一。借自己的钱，利息照付，还要先扣百分之一，这个价太狠了。
我表弟上个月在燕西支行办的一模一样的存单质押，一分手续费都没扣。同一个银行，凭什么列西这么贵？请把三百块退给我。
饶宝生 177 5983 0619
2026.10.30""",
      T(complainant="饶宝生", phones=("17759830619",), dates=("2026-10-09", "2026-10-30"),
        units=("LJ", "YX"), complained=("LJ",), business="贷款", cause=FEE,
        signed="2026-10-30")),
    # why: he says himself the risks were explained and the sale was fair ("这一点我不赖她",
    # "我不是要告谁骗我"); what he objects to is what the fund returned — the return of an
    # undisputed sale (RET), not the way it was sold (MKT).
    L("f34_ret_retired_electrician_robotics_theme_fund_down_a_fifth", """燕西支行：
我是退休电工张德明。2024年9月12日在你们网点买了十万块的机器人主题基金，是代销的。当时理财经理把风险等级、可能亏本都讲了，我也做了测评、签了字，这一点我不赖她。
可两年多下来，到今天还亏着两万一，一分红都没见过。我天天看新闻说机器人多火多火，怎么买了它的基金反倒亏成这样？这钱是我准备给老伴看病的。
我不是要告谁骗我，就是想问问你们：这只基金还有没有指望？能不能帮我想办法换个稳一点的，少亏一点算一点。
张德明
电话：0598-2819932
二〇二六年十二月一日""",
      T(complainant="张德明", phones=("0598-2819932",), dates=("2024-09-12", "2026-12-01"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=RET,
        signed="2026-12-01")),
    L("f34_ret_bayberry_growers_one_year_wealth_ended_one_point_one", """徐碧支行：
我家种杨梅，去年卖果子的钱，2025年11月6日在你们这买了一年期的理财，二十万，宣传单上写的业绩比较基准2.8%到3.4%。
2026年11月6日到期，到手才两千二百多，折下来一年一分一厘多，还不如存个一年定期。客户经理说基准不是保证，市场不好。道理我懂，可差得也太远了，一年白忙。请你们给个说法，下一期别再这样了。
黄秋月  手机13859 0724 81
2026-11-12""",
      T(complainant="黄秋月", phones=("13859072481",), dates=("2025-11-06", "2026-11-06", "2026-11-12"),
        units=("XB",), complained=("XB",), business="自营理财", cause=RET,
        signed="2026-11-12")),
    L("f34_clause_shop_loan_bars_buying_on_credit_from_suppliers", """明溪县支行：
我叫邓丽华，开五金店的。2026年3月15日在你们行签了一份三十万的经营贷款合同。11月4日信贷员打电话，说我违约了，要我一个月内把贷款全还清。
原因是合同第十四条写着：“未经贷款人书面同意，借款人不得新增任何对外负债，包括赊购货物”。他们去我店里看了进货单，说我跟水管厂、油漆厂都是月结赊账，就算新增负债。
做五金生意的，哪家不是进货月结？这一条等于是说我正常做生意就违约。签合同时厚厚一本，谁会一条条看。我贷款一期都没晚过，请你们把这一条废了，不要提前收贷。
邓丽华 电话 152 5980 3371
2026年11月17日""",
      T(complainant="邓丽华", phones=("15259803371",), dates=("2026-03-15", "2026-11-04", "2026-11-17"),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-17")),
    # why: the twenty-per-cent balance is a written term of the loan contract he signed, objected
    # to as one-sided — an unfair clause (CLAUSE), not a separate product tied on without his
    # consent (CHOICE).
    L("f34_clause_business_loan_requires_fifth_kept_on_deposit", """徐碧支行行长：
我是麻油坊的苏永强。今年6月18日在你们行借了五十万经营贷款，利率当时说得很优惠。签的合同里有一句：“借款期间，借款人在贷款人处结算账户日均存款不得低于贷款本金的百分之二十，否则贷款人有权上浮利率百分之五十或提前收回贷款。”
也就是说，五十万里有十万我得一直压在账上不能动，利息却按五十万付。十月份收芝麻用钱紧，账上日均掉到八万，十一月就被通知利率上浮。
借钱就是为了用，让我压着十万不动还照付利息，这样的约定一边倒。请你们把这一句从合同里去掉，恢复原来的利率。
苏永强
18150 893 622
2026年11月22日""",
      T(complainant="苏永强", phones=("18150893622",), dates=("2026-06-18", "2026-11-22"),
        units=("XB",), complained=("XB",), business="贷款", cause=CLAUSE,
        signed="2026-11-22")),
    L("f34_data_estate_office_got_mortgage_list_with_flat_numbers", """城东支行：
我是雪峰花园7栋的业主卢晓峰。11月3日物业经理在业主群里发了一张表，说是“配合银行做的房贷客户名单”，上面有三十多户人家的姓名、楼栋门牌、在你们行的贷款金额和每月还款额，我家也在上面。
物业说表是你们行客户经理给的，为了“一起上门做宣传”。我家欠不欠贷款、欠多少，凭什么让物业知道，还让全小区的人都看见？群里已经有人在议论谁家房贷多、谁家还不起。
请你们查清楚是谁把名单给了物业，让物业在群里撤回删除，给我们每户一个交代。
卢晓峰 电话 138 5983 9047
2026年11月10日""",
      T(complainant="卢晓峰", phones=("13859839047",), dates=("2026-11-03", "2026-11-10"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-10")),
    L("f34_data_partners_hired_investigator_got_my_account_flows", """明溪县支行领导：
我和别人合伙开了一家竹笋加工厂，最近闹散伙。10月27日对方律师在调解时拿出一份材料，是我个人储蓄卡从今年1月到9月的全部流水，每一笔进出都有，右下角还盖着列西分理处的业务章。
这张卡是我个人的，跟厂里的账没关系，我从来没授权任何人去打。后来听说是对方请了个“调查公司”，托了列西的熟人打出来的。
我个人的账户流水就这么到了对头手里，调解上处处被动。请县支行查清楚是哪位员工打的、交给了谁，依法处理，并给我书面答复。
温志刚
手机１５２６０５９８３１４
2026年11月8日""",
      T(complainant="温志刚", phones=("15260598314",), dates=("2026-10-27", "2026-11-08"),
        units=("MX", "LJ"), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-08")),
    # why: the debt is admitted; locking him in until he signed a repayment promise is the way a
    # debt was chased (DEBT), not the handling of a service he asked for (SVC).
    L("f34_debt_loan_officer_locked_office_door_till_he_signed_plan", """燕西支行：
我养猪的，去年猪价掉得厉害，在你们行的二十万养殖贷款欠了两期没还上，这个我认。
11月16日上午我主动到你们网点，想跟信贷员商量能不能缓几个月。他把我叫进二楼小办公室，进门就把门反锁了，说今天不签还款承诺就别想走：一个月内还清八万。我说做不到，他就坐在门口玩手机，我要出去上厕所都不让，前后关了我两个多钟头，最后我只好签了。
欠钱还钱天经地义，但把人锁在屋里逼着签字，这是什么做法？那张承诺书是被逼签的，我不认。请你们处理这个信贷员。
叶长春
电话：135-9985-2618
2026年11月18日""",
      T(complainant="叶长春", phones=("13599852618",), dates=("2026-11-16", "2026-11-18"),
        units=("YX",), complained=("YX",), business="债务催收", cause=DEBT,
        signed="2026-11-18")),
    L("f34_debt_card_chasers_made_schoolboy_son_sign_repayment_pledge", """信用卡中心：
我丈夫的信用卡欠了你们三万多，他在外地工地打工，每月都在还一点，我们没有赖账。
11月20日下午，我和丈夫都不在家，两个自称你们委托的“外访人员”上门，家里只有我十四岁的儿子。他们进门坐下，说他爸爸不还钱要坐牢，吓唬了半个多钟头，拿出一张“家属代为还款承诺书”让他签名按手印，说签了就不抓他爸爸。孩子吓坏了，签了。
这两天孩子晚上睡不着，问我爸爸是不是要被抓走。一个初中生能承诺什么？你们要钱找欠钱的人，为什么去吓一个孩子？请把那张纸作废，查处这两个人。
官秀琴
手机 182 5980 1163
2026年11月23日""",
      T(complainant="官秀琴", phones=("18259801163",), dates=("2026-11-20", "2026-11-23"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-23")),
    L("f34_other_outlet_roof_tank_leaks_into_tailors_shop", """徐碧支行领导：
我在你们网点隔壁开裁缝店十几年了。你们楼顶那个大水箱，一到晚上抽水就满出来，水顺着墙缝流进我店里，天花板黄了一大片。10月25日夜里漏得最厉害，第二天一开门，挂着的三件客人的呢子大衣全湿透了，赔了人家一千六。
跟你们保安说了三回，都说“我报上去了”。这水箱是你们的，管不管总得有句话。请尽快修好，湿坏的衣服钱也请你们认。
隔壁裁缝店 肖玉兰
电话 0598 2830 647""",
      T(complainant="肖玉兰", phones=("0598-2830647",), dates=("--10-25",),
        units=("XB",), complained=("XB",), business="其他", cause=OTHER,
        signed=None)),
    # why: staff conduct is at issue, but a staff car knocking over a parked motorbike involves no
    # financial service to the writer — nothing about a financial service (OTHER), not treatment
    # at the counter (SVC). Signed with a nickname only, so no complainant.
    L("f34_other_outlet_car_scraped_his_motorbike_driver_left", """城东支行：
11月21日中午，我把送外卖的电动摩托停在农贸市场口，你们网点那辆印着行标的白色小车倒车，把我的车撞倒了，后视镜碎了，车壳刮了一长条。开车的是你们的员工，穿着工装，下来看了一眼就开走了，旁边卖水果的大姐都看到了。
我到你们网点找，保安说那是公务车的事，跟银行业务无关，让我自己去报警。车是你们单位的，人是你们的人，修车要四百多，这几天我跑单都没法跑。请你们让那位员工出来认个账。
送外卖的小池  电话 199 5988 0412
2026年11月24日""",
      T(complainant=None, phones=("19959880412",), dates=("2026-11-21", "2026-11-24"),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed="2026-11-24")),
)
