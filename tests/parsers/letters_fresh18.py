"""An eighteenth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh18`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. What was read, exactly: lines 1-71 of
tests/parsers/letters_fresh11.py (its module docstring and first two letters, for the rules and
the format); lines 1-67 of tests/parsers/letters_heldout.py (the cause constants and the
`Truth` / `HeldOutLetter` / `heldout_directory` definitions); and the list of earlier letter ids
(`grep -ho 'L("[a-z0-9_]*"' tests/parsers/letters_*.py tests/parsers/forms_blind*.py`), whose
situations are avoided. Nothing beyond the allowed lines of /work/main was printed. Besides
the brief itself, only the file names in /tmp/prompts/ were seen (a directory listing; no other
brief was opened).

Each letter is labelled by the rules written out in letters_fresh11.py's docstring. Every cause
appears at least twice; the near-misses between two causes each carry a `# why:` comment
naming the deciding rule. No letter names its cause with the words of the cause's label.
Dates are listed in the order the letter first states them. Two letters are undated (their
dates stay "--MM-DD", signed None); one is signed with a nickname only (complainant None).

Written outside the repository, at /tmp/fresh18.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`f871701`: 1,441 examples, the unit
rules of `53e3d1b`): cause 93.3 % (28/30), the rules alone 53.3 % (16/30); business 83.3 %; unit
found or triage 96.7 % (28 right, 1 triage, 1 wrong); complainant 93.1 % / 93.1 %; fields 98.0 % /
97.5 %; signed date 100 %; mojibake 0. The weighting it replaced (1,285 examples) got cause 90.0 %,
and the unit rules before `53e3d1b` the same units. Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH18: tuple[L, ...] = (
    # why: the screen only brought up his old file; the clerk copied the old beneficiary from it
    # without checking against what he said, so it is a clerk's mishandling (SVC), not a failed
    # system (SYS).
    L("f18_svc_clerk_copied_ex_wife_as_policy_beneficiary", """明溪县支行：
我叫罗永生，跑货运的。今年10月16日我在燕西支行柜台买了一份某人寿公司的定期寿险，年交四千多。办的时候我特意跟柜员讲，受益人写我女儿罗小雨，女儿的身份证复印件我都带来了。柜员说我以前在这里买过一份意外险，资料是现成的，照着填就快。
11月2日保险公司寄来保单，受益人一栏写的是我前妻邱某——那是2015年那份旧保单上的，我们早就离了。我去燕西问，柜员说电脑里调出来的是旧资料，她没细看就抄上去了。保险公司说改受益人要我本人再跑一趟，还要原来经办的网点出情况说明。
我一年到头在外面跑车，万一路上出点什么事，钱给谁？请县支行督促燕西把说明出了，把这事弄妥。
罗永生
手机 138-0598-4417
2026年11月5日""",
      T(complainant="罗永生", phones=("13805984417",), dates=("2026-10-16", "2026-11-02", "2026-11-05"),
        units=("MX", "YX"), complained=("YX",), business="银行代理业务", cause=SVC,
        signed="2026-11-05")),
    # why: a guardian may open a deposit in a child's own name; the first clerk said the opposite,
    # so this is a clerk's wrong answer (SVC), not a rule applied as designed (RULE).
    # The letter is co-signed by the father; the mother writes it ("我"), so she is the complainant.
    L("f18_svc_clerk_said_child_cannot_hold_deposit_in_own_name", """我是徐碧网点附近开小吃店的黄丽萍，跟孩子爸爸一起写这封信。
今年2月20日，正月里，我带女儿邓欣怡（今年9岁）去徐碧网点，想把她这些年攒的压岁钱8600元给她存个一年定期，用她自己的名字，户口本、出生证都带去了。柜台那位女同志说，不满十六岁的小孩不能用自己名字开户，只能存在大人名下。我们信了，就存在了我名下。
11月10日学校发通知，县里的三好学生奖学金要打到学生本人的账户上。我们又去徐碧，换了一位柜员，拿着同一本户口本，十分钟就给女儿开好了户，还说“小孩开户一直可以的，监护人带户口本就行”。
那八千六现在压在我名下，提前取出来转给孩子，利息就按活期算了。当初是你们的人讲错了，这个亏不该我们吃。请你们把这笔存款按原来的利息转到孩子名下，并说明当时为什么那样讲。
黄丽萍（孩子妈妈）　邓志强（孩子爸爸，同签）
电话：１３９５０８７６２１４
2026年11月18日""",
      T(complainant="黄丽萍", phones=("13950876214",), dates=("2026-02-20", "2026-11-10", "2026-11-18"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-18")),
    L("f18_svc_clerk_closed_passbook_account_instead_of_lifting_loss_report", """列西分理处负责同志：
我叫曾德福，今年七十四岁，林场退休的。九月下旬我的存折找不到了，到你们列西来挂了失。10月8日在老房子的米缸边上找到了，10月9日上午我拿着存折和身份证去列西，跟柜员说东西找到了，把挂失解掉。柜员在电脑上弄了半天，叫我签了两张字，给了我一本新存折。
我以为这就完了。11月份退休金没到账，我儿子陪我去问，才知道那天柜员给我办的是挂失销户，老账号已经销掉了，钱转到了新存折上，退休金和高龄补贴还往老账号打，都被退了回去。我说的是解挂，不是销户，签字的时候也没人跟我念一念是什么单子。
现在林场说重新报账号要等下个月，这个月的药钱是找儿子借的。请你们把事情弄清楚，跟林场那边出个说明，耽误的钱怎么算给个说法。
曾德福
家里电话：0598-2812350
儿子手机：15080512263
二〇二六年十一月十二日""",
      T(complainant="曾德福", phones=("0598-2812350", "15080512263"),
        dates=("2026-10-08", "2026-10-09", "2026-11-12"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-12")),
    # why: the five-thousand daily cap is a rule he accepts; the app counting a transfer that came
    # straight back against the cap is the machine failing (SYS), not the rule (RULE).
    L("f18_sys_bounced_transfer_still_counted_against_daily_limit", """你们手机银行害死人。
11月20日晚上8点10分，我在厦门工地上给儿子转4800块，是他学校考证的报名费加资料费，第二天中午截止。8点40分钱退回来了，说户名不符（学校换了收款户，是我没看清）。我马上按新账户转3000，先把报名费交上，手机上跳出来“超出当日转账限额”，一看，今日已用额度4800，剩余200。
钱明明退回来了，一分没转出去，怎么还算我用掉了？一天五千的限额我认，可没转出去的钱也算进去，这是哪门子道理？打客服，说额度第二天零点才恢复。儿子11月21日中午没报上，要等明年三月。
我要你们查清楚为什么退回来的钱还占着额度，给我儿子这事一个交代。
邱建华
+86 136 0598 2207
2026.11.23""",
      T(complainant="邱建华", phones=("13605982207",), dates=("2026-11-20", "2026-11-21", "2026-11-23"),
        units=(), complained=(), business="支付结算", cause=SYS,
        signed="2026-11-23")),
    L("f18_sys_vault_fingerprints_lost_after_door_replaced", """个人金融部：
本人严秋月，退休教师，在城东支行租了一个保管箱，放着护照和房产证。女儿在加拿大生孩子，我订了11月6日的机票过去照顾。
11月3日我去城东取护照，保管库门口新换了指纹门，按了好几遍都显示“指纹未登记”。工作人员说十月份换了新门禁，旧机器里的指纹没有导过来，要等厂家工程师11月12日来了才能重新录，别的办法没有，身份证、钥匙都不行。
我只好改签机票，多花了3100元，女儿那边是亲家母一个人撑着。我每年交箱租一分不少，你们换机器没把我们的指纹带过去，也没通知一声。请个金部督促城东尽快处理，改签的损失请给个说法。
严秋月　13859076631
2026年11月14日""",
      T(complainant="严秋月", phones=("13859076631",),
        dates=("2026-11-06", "2026-11-03", "2026-11-12", "2026-11-14"),
        units=("PF", "CD"), complained=("CD",), business="其他中间业务", cause=SYS,
        signed="2026-11-14")),
    # 上个月26号 is read against the signed date (2026-11-16) as 2026-10-26.
    L("f18_sys_passbook_alert_texts_garbled_since_upgrade", """明溪县支行：
我是菜市场卖菜的朱秀兰，存折开在你们行，绑了短信通知。买菜的老顾客扫码转账给我，来一条短信我就知道钱到了。
上个月26号你们说升级，从那天起短信全变成了乱码，一串“#？？￥ DR 0.00 ACCT***”之类的东西，多少钱、是进是出，一个字看不懂。我11月9日跑到柜台问，柜员说好多人都这样，已经报上去了，让我等。一等又是一个星期，还是乱码。
我不识几个英文字母，现在只能一天跑一趟打存折看账，摊子没人看。再这样下去老顾客要被我得罪光。请你们赶紧修好，修好之前别让我们天天收一堆看不懂的东西。
朱秀兰　手机153 5988 0412
2026年11月16日""",
      T(complainant="朱秀兰", phones=("15359880412",), dates=("2026-10-26", "2026-11-09", "2026-11-16"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=SYS,
        signed="2026-11-16")),
    L("f18_rule_forest_rights_under_fifty_mu_refused_as_pledge", """徐碧支行信贷员同志并领导：
我叫廖木生，住夏阳乡。本人有林权证一本，毛竹林32亩，想贷10万元盖个笋干烘房。先是到城东支行问过，那边说我们乡的林权抵押归徐碧办，我10月22日就到徐碧交了申请，评估的人也上山看过了。
11月5日信贷员打电话说，行里林权抵押只收50亩以上的，我32亩不够，叫我找公职人员担保或者拿房子抵。我家房子是宅基地，抵不了；村里哪有吃公家饭的肯给我担保？
同样是林子，五十亩算林子，三十二亩就不算林子了？我们山里小户，谁家有五十亩？这道杠杠一卡，小户永远贷不到款。请领导把这个50亩的杠杠改一改，或者给小户另开一条路。
廖木生
电话1395 981 2305
2026.11.19""",
      T(complainant="廖木生", phones=("13959812305",), dates=("2026-10-22", "2026-11-05", "2026-11-19"),
        units=("XB", "CD"), complained=("XB",), business="贷款", cause=RULE,
        signed="2026-11-19")),
    # why: the refusal is the fraud-account list working as it is meant to; the clerk's curt manner
    # is a side remark, and what he asks about is the list itself (RULE, not SVC).
    L("f18_rule_student_on_fraud_account_list_refused_payroll_card", """城东支行：
我叫陈思远，是县职专三年级学生，下个月要去水电站实习，单位要求办一张工资卡。11月17日我到城东支行办卡，柜员查了一下就说我在“涉案账户名单”里，五年内任何银行都不能给我开新卡。
我知道是怎么回事：2025年4月，同班一个同学说借我的卡收游戏装备的钱，后来他被抓了，说那张卡收过骗来的钱。派出所给我做过笔录，说我是被利用的，没追究我。可现在我连份工资都没处领。
那天柜员也冷冰冰的，一句“名单上的，办不了”就叫下一个号了。我不是来吵架的，只想问：我这种情况有没有办法申请移出名单？实习工资能不能先发到我爸的卡上？请给我一个准话。
陈思远　18250763319
2026年11月20日""",
      T(complainant="陈思远", phones=("18250763319",), dates=("2026-11-17", "2026-11-20"),
        units=("CD",), complained=("CD",), business="银行卡", cause=RULE,
        signed="2026-11-20")),
    L("f18_rule_illness_cover_sold_at_counter_only_to_sixty", """燕西支行：
本人温桂英，六十一岁，退休。2026年11月2日到贵支行柜台，想买一份重大疾病保险（某人寿公司的，邻居去年在你们这儿买的同一款）。柜员查后告知，该款保险在银行柜台只卖给六十周岁以下的人，我超了一岁，不能买；保险公司自己的代理人那边能卖到六十五岁。
同一款保险，同一家公司，在保险公司能买，在银行就不能买，我不明白为什么要多设这一道坎。我不想找代理人上门，就信得过银行。请贵支行答复：能否为我办理，或者说明这个年龄限制的理由。
此致
温桂英
联系电话：0598-2367718
2026年11月4日""",
      T(complainant="温桂英", phones=("0598-2367718",), dates=("2026-11-02", "2026-11-04"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=RULE,
        signed="2026-11-04")),
    # why: the pension raise was never made to depend on the card — it is paid regardless — so
    # nothing was tied to anything (not CHOICE); the card was sold on a false claim (MKT).
    L("f18_mkt_pensioner_told_credit_card_needed_for_pension_raise", """明溪县支行领导：
我是杨慧，替我父亲杨春生写这封信。我父亲今年七十八，每月在列西分理处领退休金。
10月20日发退休金那天，列西的一位工作人员跟他说，明年起退休金涨的那部分只打到“社保联名信用卡”里，不办就领不到涨的钱，当场让他填了申请。父亲怕少拿钱，就签了。卡寄来后，他以为这就是领退休金的卡，在药店刷了两千多块，账单要他还款，不还就有利息——这张账单11月8日我才看到。
我打电话问社保局，人家说退休金调整跟哪家银行的什么卡一点关系都没有，照常打到原来的存折。我父亲是被一句假话骗去办的卡。请县支行查清是哪位工作人员这样讲的，把卡注销，已经产生的利息和年费一概免掉。
杨慧（杨春生之女）
手机 13906050218　父亲家中电话 0598-2845506
二〇二六年十一月十日""",
      T(complainant="杨慧", phones=("13906050218", "0598-2845506"),
        dates=("2026-10-20", "2026-11-08", "2026-11-10"),
        units=("MX", "LJ"), complained=("LJ",), business="银行卡", cause=MKT,
        signed="2026-11-10")),
    L("f18_mkt_guesthouse_qr_code_said_to_earn_tourism_rebate", """你们银行的客户经理小谢，今年7月15日到我民宿来，说把收款码换成你们行的商户码，游客每扫一笔，县里文旅消费补贴返1%，一个季度返一次，10月10日就能到第一笔。我信了，把原来的码全撤了，前台、房间门口全贴上你们的码。
国庆前后是旺季，收了二十多万，到今天一分返还没见着，反倒每笔扣了0.38%的手续费。我去问文旅局，人家说根本没有这个补贴政策。小谢现在说“可能是我理解错了”。
他拿一个不存在的补贴把我拉过来，我损失的是手续费，加上换码的麻烦。要求你们把手续费退给我，并给个书面答复。
何佩玲（溪畔人家民宿）
159-8051-6627
2026年11月21日""",
      T(complainant="何佩玲", phones=("15980516627",), dates=("2026-07-15", "2026-10-10", "2026-11-21"),
        units=(), complained=(), business="支付结算", cause=MKT,
        signed="2026-11-21")),
    L("f18_disc_card_for_trip_had_overseas_use_switched_off_untold", """徐碧支行：
我叫伍志刚，做茶叶的。10月28日我到你们徐碧网点补办了一张借记卡，当时就跟柜员说清楚了：下个月要去马来西亚参加茶叶展，卡要在那边用。柜员说“可以用，银联都能刷”，别的一句没提。
11月6日到了吉隆坡，酒店前台刷不了，取款机也取不出，连着试了四台。打回国内客服才知道，新卡的境外交易默认是关着的，要在手机银行里自己打开。我手机银行没开通，在国外也开不了，最后是同团的老乡借了我三千块钱才熬过那几天，展会上订货的定金都没付成。
这么要紧的事，我特意讲了要出国，柜员一个字都不提醒。请你们给个解释，我那几天的损失你们也要有个态度。
伍志刚
手机：+86-137-0598-6610
2026年11月15日""",
      T(complainant="伍志刚", phones=("13705986610",), dates=("2026-10-28", "2026-11-06", "2026-11-15"),
        units=("XB",), complained=("XB",), business="银行卡", cause=DISC,
        signed="2026-11-15")),
    L("f18_disc_large_cd_interest_only_at_maturity_untold", """燕西支行负责人：
本人郑美玉，七十一岁，老伴去年走了，靠积蓄过日子。二〇二六年六月三日在你们燕西支行买了二十万元三年期大额存单。买的时候我跟理财经理说得明白：我要靠利息每个月买菜买药。经理只说利率比定期高，叫我签字。
之后三个月一分利息都没到。九月我去问，才知道这种存单的利息要到2029年6月3日到期才一起给，提前取要按活期算。经理这时才说，另有一款按月付息的，利率低一点。当初为什么不跟我讲有两种？
现在我每月要靠女儿接济。请你们按我当初讲的用途，帮我换成按月付息的，不要让我在利息上吃亏。
郑美玉
电话 0598-2231607 / 136 1598 0073
2026年11月6日""",
      T(complainant="郑美玉", phones=("0598-2231607", "13615980073"),
        dates=("2026-06-03", "2029-06-03", "2026-11-06"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=DISC,
        signed="2026-11-06")),
    # why: "随时可以赎回" was true — the rest came back the next working day — so nothing false was
    # said (not MKT), and the one-a-day cap works as the product was built (not RULE); what she
    # objects to is that nobody mentioned the cap when all her savings went in (DISC).
    L("f18_disc_cash_wealth_quick_redemption_capped_untold", """我叫官秀珍，在县医院做护工。今年4月，你们银行的客户经理打电话给我，说把活期里的钱放进一款现金理财，“比活期划算，随时可以赎回”。我就把攒的九万多全放进去了。
11月13日我妈摔断了股骨，医院要先交六万押金才做手术。我在手机上点赎回，只有一万块能“快速到账”，剩下的要“普通赎回”，下一个工作日才到。医院不等人，手术往后推了一天，我是挨家挨户找亲戚借的钱。
后来才知道这款产品快速赎回每天最多一万，买的时候没有一个人跟我提过这一句。我全部家底都在里面，早知道有这个数，我怎么也会留一部分在活期。请你们查一查当初是怎么卖给我的，给我一个答复。
官秀珍　13850590317
2026年11月16日""",
      T(complainant="官秀珍", phones=("13850590317",), dates=("2026-11-13", "2026-11-16"),
        units=(), complained=(), business="自营理财", cause=DISC,
        signed="2026-11-16")),
    L("f18_choice_renewed_card_came_with_password_free_payments_on", """列西分理处：
我叫钟玉英，五十六岁，在街上开裁缝店。前年我的卡被人在外地小额刷了几笔，从那以后我就在你们列西柜台把小额免密关掉了，当时柜员还夸我小心。
今年卡到期，10月12日在列西换了新卡。11月15日我在便利店买东西，卡放在收银台边上，收银员直接一贴就扣了68元，我连密码都没输。我这才发现新卡的免密是开着的，额度一千。
柜员说新卡出来默认就开着。我问为什么不问我一句，旧卡上我明明关掉了，她说换卡都这样。我关掉的东西，你们不声不响又给我打开，下次被人贴走一千谁负责？请把我这张卡的免密关掉，以后换卡要先问本人要不要。
钟玉英
电话：１８７５０８２３６４０
2026年11月17日""",
      T(complainant="钟玉英", phones=("18750823640",), dates=("2026-10-12", "2026-11-15", "2026-11-17"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=CHOICE,
        signed="2026-11-17")),
    L("f18_choice_car_insurance_renewal_came_with_driver_accident_cover", """城东支行：
我是跑乡村客运的邱国平，车子的交强险和商业险这几年都在银行柜台续，去年在徐碧支行续的，该交多少就是多少。
今年11月3日我到城东支行柜台续保，柜员算完让我刷卡，一共5286元。回家对单子才发现里面多了一份“驾乘人员意外险”398元。我根本没说要买，柜员也没问，是直接打在一起扣的。打电话去问，柜员说“现在一般都带这个”。
我车上坐的是乡亲，意外险买不买我自己心里有数，该我说了算。请把这398元退给我，这份意外险退掉。
邱国平
135 0598 7712
2026年11月9日""",
      T(complainant="邱国平", phones=("13505987712",), dates=("2026-11-03", "2026-11-09"),
        units=("CD", "XB"), complained=("CD",), business="银行代理业务", cause=CHOICE,
        signed="2026-11-09")),
    # why: the officer did mention a charge on the unused line when he signed, so it was not kept
    # from him (not DISC); what he objects to is how much it is (FEE).
    L("f18_fee_commitment_charge_on_undrawn_farm_credit_line", """徐碧支行：
我叫赖永福，种香菇的。今年3月在你们这里签了一个三十万的循环授信，说是用多少算多少利息。今年行情不好，我一分钱都没动。
11月10日我的卡上被扣了900块，柜员说是“授信额度承诺费”，没用的额度每年按千分之三算。签字那天信贷员是提过一句“没用的额度有一点管理费”，可我以为是几十块钱的事。一分钱没借，每年白交九百，比我一棚香菇赚得还多。
这笔钱太高了，请你们降下来，至少给我们种香菇的小户免掉。
赖永福　152-0598-3367
2026年11月12日""",
      T(complainant="赖永福", phones=("15205983367",), dates=("2026-11-10", "2026-11-12"),
        units=("XB",), complained=("XB",), business="贷款", cause=FEE,
        signed="2026-11-12")),
    L("f18_fee_wire_name_amendment_charged_more_than_the_wire", """个人金融部：
本人谢志明，女儿在英国读书。10月19日我在明溪县支行柜台给她学校汇学费一万二千英镑，汇款单是我自己填的，把女儿名字XIE YUTONG写成了XIE YUTOMG，学校那边收不了。
11月2日我去县支行办修改，柜员收了我150元修改费，另外还扣了30英镑，说是境外银行的。改一个字母，比我当初汇这笔钱的手续费还多。错是我自己写的，不怪柜员，可改一个字母要这么多钱，说不过去。
请个人金融部看看这个修改费是不是太高了，能否退还或者减一部分。
谢志明
0598-2219086
2026年11月6日""",
      T(complainant="谢志明", phones=("0598-2219086",), dates=("2026-10-19", "2026-11-02", "2026-11-06"),
        units=("PF", "MX"), complained=("MX",), business="外汇", cause=FEE,
        signed="2026-11-06")),
    L("f18_ret_expressway_reits_fund_down_a_quarter", """明溪县支行：
我叫张德昌，在高速收费站干了一辈子。退休后，2024年3月12日在燕西支行买了十万块一只高速公路的基金，叫什么REITs，理财经理说底下是一段高速公路的收费权，我一听是高速，心里就踏实。
风险评估、说明书我都签了字，经理也说过净值会涨会跌，这个我不赖。可两年多下来，现在只剩七万六，亏了两万四。高速公路天天有车跑，我在收费站看得清清楚楚，路还在、车还在，基金怎么就少了四分之一？
我没想告谁，只想请你们找个懂行的给我讲明白这钱是怎么亏的，往后该拿还是该卖，帮我拿个主意。
张德昌　13960557203
2026年11月26日""",
      T(complainant="张德昌", phones=("13960557203",), dates=("2024-03-12", "2026-11-26"),
        units=("MX", "YX"), complained=("YX",), business="银行代理业务", cause=RET,
        signed="2026-11-26")),
    # why: the benchmark was shown as a reference and expressly not promised, nothing false was
    # said and the sale itself is not disputed; what she objects to is how little came back (RET,
    # not MKT).
    L("f18_ret_work_injury_compensation_two_year_wealth_under_two_percent", """列西分理处：
我丈夫前年在工地出了事，走了。2024年11月14日，我拿着他的工亡赔偿金二十万到列西，买了你们银行自己发的两年期理财。当时的理财经理给我看了单子，业绩比较基准3.2%到3.8%，也跟我讲了“这是参考，不是保证”，字是我自己签的，不赖别人。
2026年11月14日到期，一算年化才1.9%，比两年定期还少。这是孩子他爸拿命换来的钱，两年少了这么多，我心里过不去。
请你们给我说说这两年钱都投到哪里去了，为什么差这么多；以后这钱怎么放才稳当，也请帮我参谋参谋。
罗秀琴
电话：158 5980 2291
2026年11月19日""",
      T(complainant="罗秀琴", phones=("15859802291",), dates=("2024-11-14", "2026-11-14", "2026-11-19"),
        units=("LJ",), complained=("LJ",), business="自营理财", cause=RET,
        signed="2026-11-19")),
    # why: the term was shown and explained to him ("讲是讲了"), so nothing was kept from him (not
    # DISC); he objects to what the term lets the bank do alone (CLAUSE). Undated letter.
    L("f18_clause_wealth_product_may_be_paid_out_in_kind", """城东支行：
我在你们城东支行买理财好几年了，这次续买一款一年期的，11月4日拿回来的协议我仔细看了一遍，第十二条写着：“产品终止时如所投资产无法变现，管理人有权以资产原状向投资者分配”。
我问理财经理什么叫“资产原状”，她说就是到时候可能不给钱，把没卖掉的债券、信托份额直接划给你。我一个退休会计，要那些东西干什么？我拿钱买，到期就该还钱。这一条全是你们说了算，我们只能认。
我不是说你们没讲，讲是讲了，是这一条本身不公平。请你们把这一条去掉，或者写明到期无论如何兑付现金，否则我这笔钱不敢续。
饶明华
0598-2290451　13799108856""",
      T(complainant="饶明华", phones=("0598-2290451", "13799108856"), dates=("--11-04",),
        units=("CD",), complained=("CD",), business="自营理财", cause=CLAUSE,
        signed=None)),
    # why: nothing has yet been sold or handed to anyone; he objects to the term that would let it
    # happen without telling him (CLAUSE, not DATA).
    L("f18_clause_card_debt_may_be_sold_without_notice", """信用卡中心：
我是苏文彬，在县城开五金店，用你们的信用卡八年，从没逾期过一天。10月30日收到你们的短信，说领用协议修订，12月1日起生效。我上网看了新协议，多了这么一段：“发卡机构可将对持卡人的债权转让给第三方（包括资产管理公司），无需另行通知持卡人，并可向受让方提供持卡人的相关资料”。
也就是说，哪天你们把我的账卖给谁，我都不用知道，我的资料也跟着卖过去。我不欠钱，可协议写成这样，签了就等于把自己交出去了。
请你们把“无需通知”和“提供资料”这两句改掉；不改的话，请告诉我不同意能不能只停用不销户、已有积分怎么处理。
苏文彬
139 5987 0024
2026年11月28日""",
      T(complainant="苏文彬", phones=("13959870024",), dates=("2026-10-30", "2026-12-01", "2026-11-28"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE,
        signed="2026-11-28")),
    L("f18_funds_village_agent_printed_deposit_slip_money_never_arrived", """明溪县支行：
我叫魏长根，住枫溪乡，村口小卖部是你们列西分理处挂牌的助农服务点。9月28日我卖了一批毛竹，拿六千块现金到服务点，店主刘某说可以直接存进我的卡，在机器上刷了我的卡，打出一张小票，上面写着“存款 6000.00 成功”。
11月初我去列西取钱，卡里没有这六千。列西的人说那台机器根本存不了钱，小票是查询的票，上面的字是店主手写改的。现在店主关了门，人去了外地。
服务点牌子上写的是你们银行的名字，我是冲着银行才把钱交给他的。请县支行查清楚，这六千块钱要给我一个下落。
魏长根
电话：0598-2879013 / 18159812240
2026年11月10日""",
      T(complainant="魏长根", phones=("0598-2879013", "18159812240"), dates=("2026-09-28", "2026-11-10"),
        units=("MX", "LJ"), complained=("LJ",), business="银行卡", cause=FUNDS,
        signed="2026-11-10")),
    # The wife writes for her husband and signs; she is the complainant.
    L("f18_funds_cardless_cash_codes_drew_savings_she_never_asked_for", """我丈夫邓水根不大会写字，这封信我替他写。
他在你们银行有一张工资卡，卡一直放在家里衣柜里，他用的是老人机，不会用手机银行。10月21日到10月25日他上山砍竹子，住在山上工棚，没有信号。
10月26日下山，去镇上取钱，卡里的一万四千块只剩几十块。打出流水一看，是10月23日、24日在清流县的取款机上分六次取走的，单子上写着“无卡取款”。我们连无卡取款是什么都不知道，那几天也没有人动过他的手机。10月27日我们已经到派出所报了案。
柜台的人说无卡取款要在手机银行里生成取款码，意思是我们自己弄的。我们要是会弄，还用得着请人帮忙写信？请你们查清楚这个手机银行是谁给开的、取款码发到了哪个手机上，钱要还给我们。
邓水根的爱人　陈金花
手机：13859775420
二〇二六年十一月三日""",
      T(complainant="陈金花", phones=("13859775420",),
        dates=("2026-10-21", "2026-10-25", "2026-10-26", "2026-10-23", "2026-10-24",
               "2026-10-27", "2026-11-03"),
        units=(), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-11-03")),
    L("f18_data_clerk_told_school_our_savings_grant_withdrawn", """徐碧支行：
我叫黎春燕，女儿在县二中读高一，今年申请了学校的家庭经济困难助学金。11月8日班主任打电话说名单里把她拿下来了，原因是“有人反映你家银行里有八万多存款”。
这八万是我丈夫在外地打工攒下给他妈治病的钱，存在徐碧支行。我追问是谁反映的，班主任说评审组的一位老师跟徐碧支行的一个柜员是亲戚，柜员查了跟她说的。11月9日我到徐碧问，那位柜员承认“只是随口提了一句”。
我家存多少钱，是我家的事，柜员凭什么查了告诉外人？孩子在学校被同学议论，回家哭了好几天。请你们严肃处理，并给我书面答复。
黎春燕
电话 13605987741
2026年11月11日""",
      T(complainant="黎春燕", phones=("13605987741",), dates=("2026-11-08", "2026-11-09", "2026-11-11"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-11")),
    L("f18_data_staff_signed_her_up_to_apps_with_her_id_for_targets", """个金部：
我叫肖丽娟，在县城做保洁。9月9日我身份证换了新的，到燕西支行更新资料，柜员拿我身份证拍了照、复印了一份，手机号也重新登记了。
从九月中旬开始，我的手机陆续收到三个软件的注册验证码和“欢迎加入”短信，一个购物的、一个打车的、一个叫什么钱包的，我一个都没下载过。11月4日我去燕西问，大堂一个年轻人私下跟我说，行里有“拉新”任务，有人拿客户留的资料去注册凑数。
我的身份证号、手机号，就这样被拿去给不认识的公司注册账户，以后出了事算谁的？请个金部查一查燕西是谁干的，把这些账户给我注销掉，给我一个说法。
肖丽娟
130 0498 0562
2026年11月24日""",
      T(complainant="肖丽娟", phones=("13004980562",), dates=("2026-09-09", "2026-11-04", "2026-11-24"),
        units=("PF", "YX"), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-11-24")),
    # why: he owns the debt; what he objects to is the veiled threat used to press it, so it is how
    # an admitted debt is chased (DEBT), not personal data given away (DATA).
    L("f18_debt_caller_recited_daughters_dorm_room_number", """信用卡中心：
我叫江国荣，信用卡欠了三万二，从7月起还不上，这个我认，也跟你们的人说过每月先还一千，年底卖了猪再多还。
11月19日晚上十一点，一个自称你们委托的人打电话来，说了一句“你女儿在福州读大学，住7号楼512，对吧？”就挂了。过了十分钟又发来短信，把我女儿的宿舍楼号、房间号全写上，后面一句“做父亲的不想让孩子为难吧”。我女儿从来跟你们没有任何关系。
欠债还钱，我没跑。可拿我女儿的宿舍来吓我，这是什么意思？我女儿现在晚上不敢一个人回宿舍。请你们查清楚这个人是谁，别再这样打电话，否则我只能报警。
江国荣
电话：177 5098 6613
2026年11月21日""",
      T(complainant="江国荣", phones=("17750986613",), dates=("2026-11-19", "2026-11-21"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-21")),
    L("f18_debt_caller_posed_as_county_tv_reporter", """我叫吴建平，在县城开轮胎店，2025年在城东支行贷了十五万经营贷，今年9月起有两期没还上，这是事实，我也一直在跟信贷员商量。
11月18日下午，一个男的打电话到店里，说他是县电视台《民生直通车》的记者，接到报料说我“欠银行钱不还”，周五要带摄像机来店里拍一期“老赖”节目，除非我周四之前把欠款结清。我吓得一晚上没睡。第二天我打电话到电视台问，人家说根本没有这个记者，也没有这个选题。我回拨那个号码，对方改口说“你还是去找城东支行谈吧”。
冒充记者吓唬人，是你们叫人干的，还是你们不知道？请城东支行给我一个明确答复，这样的电话不能再打来。
吴建平　186 5981 3306
2026年11月23日""",
      T(complainant="吴建平", phones=("18659813306",), dates=("2026-11-18", "2026-11-23"),
        units=("CD",), complained=("CD",), business="债务催收", cause=DEBT,
        signed="2026-11-23")),
    L("f18_other_outlet_new_steps_covered_street_drain", """徐碧支行：
我是你们隔壁开五金店的潘桂芳。九月中旬你们网点门口重新做台阶，把路边那条排水沟用水泥盖死了，当时我就跟施工的人说过下雨要出事，他们说“图纸是银行定的”。
10月3日那场大雨，水从沟里排不出去，全倒灌进我店里，水泥、腻子粉泡坏了四十多包，还有一台切割机进了水，算下来损失三千多。
我不在你们这里存钱，跟你们也没有业务往来，可你们修台阶把街上的沟堵了，这是实实在在的事。请你们尽快把沟挖开，照原样留出排水口，我的损失也请派人来看一看。
潘桂芳
电话：0598-2356612
2026年10月9日""",
      T(complainant="潘桂芳", phones=("0598-2356612",), dates=("2026-10-03", "2026-10-09"),
        units=("XB",), complained=("XB",), business="其他", cause=OTHER,
        signed="2026-10-09")),
    # why: nothing was sold or described to him and he is no customer; his grievance is the noise
    # of the advertising tricycle (OTHER, not MKT). Undated; signed with a nickname only.
    L("f18_other_promotion_loudspeaker_tricycle_at_market_dawn", """写给你们银行管宣传的人：
你们那辆贴满广告的电动三轮车，从11月20日起每天早上七点不到就开进菜市场，大喇叭循环放“存款有礼，开卡送油”，一圈一圈地绕，一直放到八点多。
我在水电站上夜班，早上六点半才到家睡觉，市场边上就是我家。连着十来天，没睡过一个囫囵觉。我不是你们的客户，你们送油送米跟我没关系，我也不打算去办什么卡，我就想睡个觉。
请你们把喇叭关小，或者九点以后再放，别绕着居民楼转。
市场边上住户　老钟
电话：13859018824""",
      T(complainant=None, phones=("13859018824",), dates=("--11-20",),
        units=(), complained=(), business="其他", cause=OTHER,
        signed=None)),
)
