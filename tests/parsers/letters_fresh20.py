"""A twentieth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh20`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. What was read, exactly: lines 1-71 of
tests/parsers/letters_fresh11.py (its module docstring and first two letters, for the rules and
the format), lines 1-67 of tests/parsers/letters_heldout.py (the `Truth`/`HeldOutLetter`/
`heldout_directory` definitions and the cause constants), and the list of earlier letter ids
(grep of `L("...")` over tests/parsers/letters_*.py, tests/parsers/forms_blind*.py,
/tmp/fresh18, /tmp/fresh19, /tmp/forms8, /tmp/forms9 — ids only, whose situations are avoided).
Nothing beyond those lines was printed. Written outside the repository, at /tmp/fresh20.

Labelled by the rules written out in letters_fresh11.py's docstring (complainant, phones, dates,
units, complained, cause, business). Dates are listed in the order the letter first states them;
dates told without a day ("今年三月", "11月上旬") and relative dates are not recorded; the one
undated letter (no year anywhere, no signing date) keeps its dates as "--MM-DD" and has no
signed date. A relative who writes and signs for someone is the complainant. No letter names its
cause with the words of the cause's label. The near-misses (two plausible causes) each carry a
`# why:` comment naming the deciding rule.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`7acc22d`: 1,441 examples, the unit
rules of `890a1e4`): cause 96.7 % (29/30), the rules alone 30.0 % (9/30); business 90.0 %; unit
found or triage 96.7 % (25 right, 4 triage, 1 wrong); complainant 100 % / 100 %; fields 99.0 % /
99.0 %; signed date 100 %; mojibake 0. Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH20: tuple[L, ...] = (
    # why: the machine printed the right figures; the clerk hand-wrote the capital amount a
    # digit short, so it is a clerk's mishandling (SVC), not a failed system (SYS).
    L("f20_svc_clerk_wrote_cashiers_order_capital_amount_a_digit_short", """明溪县支行：
我是做木材生意的，叫罗德贵。2026年11月12日上午，我在燕西支行开了一张本票，金额三十八万元，是付给三明一家板材厂的货款。机器打出来的小写是380,000.00，大写那一栏是柜员手写的，写成了“叁万捌仟元整”，少了一个“拾”字。我当时急着赶车，没细看。
11月14日板材厂拿去兑付，被退了回来，说大小写不一致。板材厂以为我耍花样，把原定给我的那批板子转给了别人，我这边停工五天。回燕西支行问，那位柜员说“你自己签了字就是认可了”。
本票作废重开耽误的时间、停工的损失，请支行给个说法。
罗德贵  手机 137 0598 2216
二〇二六年十一月二十日""",
      T(complainant="罗德贵", phones=("13705982216",), dates=("2026-11-12", "2026-11-14", "2026-11-20"),
        units=("MX", "YX"), complained=("YX",), business="支付结算", cause=SVC,
        signed="2026-11-20")),
    L("f20_svc_loan_officer_came_drunk_to_inspect_mushroom_shed", """列西分理处主任你好
我姓温，温水生，在夏阳乡种香菇。今年想扩两个菇棚，10月28日到你们列西申请了十万块的农户贷款，信贷员说要上门看看菇棚。
约好11月6日下午来，结果那个信贷员四点多才到，满身酒气，脸红到脖子，一进菇棚就靠在架子上，把我刚上架的菌棒碰倒了一排。问他看什么他说“看什么看，你这棚子一看就亏本”，当着我老婆和两个帮工的面说我们“搞不出名堂”。拍了两张照片就走了，走的时候还让我用摩托车送他回镇上。
贷款批不批是你们的事，可是喝了酒上门办公事，碰倒的菌棒也不认，这像话吗。我不是来闹事的，就想你们换个清醒的人来重新看一次，碰坏的菌棒也该有个说法。
温水生
电话0598 2817365""",
      T(complainant="温水生", phones=("0598-2817365",), dates=("--10-28", "--11-06"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=SVC, signed=None)),
    L("f20_svc_twin_brothers_lucky_money_both_put_in_younger_twins_passbook", """徐碧网点负责人：
我是两个孩子的妈妈，孩子是双胞胎，哥哥叫黄子墨，弟弟叫黄子砚，两人各有一本存折，都是在你们网点开的。今年二月十八日我带着两个孩子去存压岁钱，哥哥的四千二，弟弟的三千六，分两张单子填好，连同两本存折一起交给柜员。
这个月我给哥哥的存折补登，才发现两笔钱都进了弟弟的存折，哥哥的存折上一分没有。我去问，柜员翻了翻记录说“反正都是你家的，放哪本不一样”，让我自己取出来再存。可是弟弟那本存折当时一起转了三年定期，现在取出来要损失利息。明明是你们存错了，凭什么让我们吃亏？
请把哥哥那笔按原来的日子和利率改回他名下。
家长：林雅琴
联系：１３６０６９８４４２７
2026年11月23日""",
      T(complainant="林雅琴", phones=("13606984427",), dates=("2026-02-18", "2026-11-23"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-11-23")),
    # why: the contract and the bank's own text message say the rate drops on the repricing
    # day; the bank's computer kept debiting the old rate, so it is a failed system (SYS), not a
    # rule applied as designed (RULE).
    L("f20_sys_mortgage_rate_cut_never_applied_after_repricing_day", """致明溪县支行个人金融部：
本人陈立新，2021年在城东支行办了房贷，合同约定每年1月1日按LPR重新定价。今年1月初你们发短信通知“您的贷款利率自2026年1月1日起调整为3.45%”。
可我最近打了流水才发现，2月到11月每月扣款还是按老利率3.95%扣的，十个月多扣了一千六百多元。城东支行客户经理查了以后说是“电脑里这笔贷款的重定价标志没有打上，批量没跑到”，让我等上面处理。我等了三个星期，11月30日再问，还是“在处理”。
利率该降的降了，多扣的钱也该退。请个金部督促一下，把多扣的利息退回，并给个书面说明。
陈立新
13859 117 802
2026年12月1日""",
      T(complainant="陈立新", phones=("13859117802",), dates=("2026-01-01", "2026-11-30", "2026-12-01"),
        units=("MX", "PF", "CD"), complained=("CD",), business="贷款", cause=SYS,
        signed="2026-12-01")),
    L("f20_sys_ecny_hard_wallet_card_for_grandma_went_unreadable", """你好，我替我奶奶写这封信。奶奶叫邓桂兰，今年八十一岁，不会用智能手机。
今年8月15日，燕西支行的工作人员到我们村里推广数字人民币，给奶奶办了一张“硬钱包”卡片，说贴一下就能在村口小店买东西。奶奶从她的存折里转了一千五百块进去。
用了不到三个月，10月底开始在小店贴卡没反应，拿到燕西支行去，工作人员用机器读也读不出来，说卡片芯片坏了，要寄回去“读余额”，什么时候好也说不准。奶奶卡里还有一千二百多块，过年买年货就指望这个。
卡是你们发的，坏也是卡自己坏的，奶奶没摔过也没泡过水。请尽快把余额退回她的存折。
孙子 邓伟 代笔
电话 +86-150-5987-2034
2026.11.18""",
      T(complainant="邓伟", phones=("15059872034",), dates=("2026-08-15", "2026-11-18"),
        units=("YX",), complained=("YX",), business="人民币管理", cause=SYS,
        signed="2026-11-18")),
    L("f20_sys_village_rural_pension_contributions_batch_debit_never_ran", """明溪县支行：
我是胡坊镇下坊村的村报账员吴秋萍，替村里六十三户交城乡居民养老保险的人写这封信。
往年都是各户把钱存到自己的存折上，由你们徐碧支行按社保局的清单统一代扣。今年社保局定的扣款日是9月25日，各户都提前存够了钱。可11月上旬社保局通知我们村，今年全村都显示“未缴费”。
我去徐碧支行问，他们说那天的代扣批量文件“没有跑成功”，电脑报了错没人发现，等发现时社保局的征缴期已经截止了。现在村里老人都很着急，有几户明年就满六十岁，断缴一年要补缴，还要影响领钱。
请支行尽快和社保局联系，把今年的代扣补上，不要让老人吃亏。
吴秋萍（村报账员）
0598－2763318
2026年11月16日""",
      T(complainant="吴秋萍", phones=("0598-2763318",), dates=("2026-09-25", "2026-11-16"),
        units=("MX", "XB"), complained=("XB",), business="银行代理业务", cause=SYS,
        signed="2026-11-16")),
    # why: the clerk was polite and the outlet applied its standing requirement for a minor's
    # passbook opened by the other parent, so it is a rule applied as designed (RULE), not a
    # clerk's mishandling (SVC).
    L("f20_rule_divorced_father_with_custody_refused_daughters_passbook_money", """城东支行：
我叫郑文彬，和前妻2024年离婚，法院判决女儿郑可欣（今年十岁）由我抚养。女儿的存折是她妈妈2019年在你们城东支行给她开的，里面是她从小的压岁钱，两万出头。
今年11月4日女儿要做牙齿矫正，我带着离婚判决书、户口本、我的身份证和女儿的存折去取一万二。柜员很客气，但说存折是母亲作为监护人开立的，按你们的规定要么母亲本人来，要么拿她签字的委托书，判决书不算数。前妻人在深圳，根本不配合。
我是法院判的监护人，手续一样不缺，却取不出孩子看牙的钱。这个规定是不是该改一改？
郑文彬
手机：159 6057 3381
二〇二六年十一月九日""",
      T(complainant="郑文彬", phones=("15960573381",), dates=("2026-11-04", "2026-11-09"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=RULE,
        signed="2026-11-09")),
    # why: he objects to the refusal itself (a lease-term requirement applied as written);
    # being told of it earlier would not have got him the loan, so RULE, not DISC.
    L("f20_rule_vet_clinic_loan_refused_lease_ten_months_left", """明溪县支行信贷部门：
我是雪峰镇一家宠物和牲畜诊所的兽医，叫饶志刚。诊所开了六年，年年按时还你们的经营贷。今年想再贷十五万添一台B超机，11月2日在徐碧支行递了材料。
11月13日客户经理打电话说不批，理由是诊所的房租合同还剩十个月，你们要求经营场所租期剩一年以上才能贷。办之前也没人跟我说过有这一条。我跟他说房东是我表舅，续租只是签个字的事，他说要求就是要求，合同续签了再来。
我表舅人在新加坡，明年春节才回来签。我六年没逾期一天，就因为一张租房合同差两个月，设备买不了。请支行看看能不能通融，比如先按房东的书面承诺办。
饶志刚  0598-2339076 / 138 5987 4410
2026年11月17日""",
      T(complainant="饶志刚", phones=("0598-2339076", "13859874410"),
        dates=("2026-11-02", "2026-11-13", "2026-11-17"),
        units=("MX", "XB"), complained=("XB",), business="贷款", cause=RULE,
        signed="2026-11-17")),
    L("f20_rule_bamboo_basket_maker_indonesian_dollars_held_for_customs_papers", """燕西支行外汇柜台：
我叫苏美玲，在家里做竹编果篮，通过网上卖给印尼的一个华人批发商。10月20日和11月3日他分两次给我汇来四千八百美元和六千二百美元。
第一笔顺利入账结汇了。第二笔你们打电话让我去柜台，说个人收汇超过一定金额、又是货款性质，要我交合同、发票和出口报关单，交不出就只能退回。我一个家庭作坊，哪来的报关单？货都是走快递寄的。你们说这是外汇局的规定，柜台没法变通。
钱退回去要扣两道手续费，批发商也不高兴。我想问清楚：到底交什么材料能收下这笔钱？能不能给个书面清单，别让我一趟趟跑。
苏美玲 电话１８９５０８７６６１２
2026年11月21日""",
      T(complainant="苏美玲", phones=("18950876612",), dates=("2026-10-20", "2026-11-03", "2026-11-21"),
        units=("YX",), complained=("YX",), business="外汇", cause=RULE,
        signed="2026-11-21")),
    # why: the manager said something false to sell the card (that a supplementary card builds
    # the son's own credit record), which is misrepresentation to sell (MKT), not silence on a
    # fact (DISC).
    L("f20_mkt_supplementary_card_said_to_build_sons_own_credit_record", """信用卡中心：
今年8月我儿子考上大学。8月22日我在列西分理处办事时，大堂的客户经理劝我给儿子办一张附属卡，说“附属卡的还款记录会记在孩子名下，攒两年信用，以后他自己贷款、买房都好批”。我信了，当场办了，挂在我的主卡下面，额度五千。
11月儿子办助学贷款要查征信，结果他名下什么记录都没有。我打电话问你们客服，客服说附属卡的账都记在主卡人名下，附属卡持卡人不会有任何信用记录，一直都是这样。
我办这张卡就是冲着那句话，现在还被扣了附属卡年费。请信用卡中心查一查那位客户经理是怎么介绍的，卡我要销掉，年费退给我。
家长 廖国庆
139 5058 1126
2026年11月25日""",
      T(complainant="廖国庆", phones=("13950581126",), dates=("2026-08-22", "2026-11-25"),
        units=("CARD", "LJ"), complained=("LJ",), business="银行卡", cause=MKT,
        signed="2026-11-25")),
    L("f20_mkt_orange_orchard_loan_said_to_come_with_free_frost_insurance", """明溪支行的领导，我要反映个事
我是种脐橙的，姓曾，叫曾茂林。去年冬天城东支行的小伙子到我们果园来推贷款，说你们跟县农业局合作的“果园贷”，贷五万以上就“送”一份政府补贴的果树冻害保险，不用另外出一分钱，冻坏了保险公司按株赔。我本来不缺那点钱，就是冲着这个保险，2025年12月9日贷了八万。
今年一月那场霜冻，我家两百多株树冻伤，去找保险公司，人家说查无此单，农业局也说从来没有跟银行合作送保险这回事。回去问那个小伙子，他说“我是说可以帮你申请，没说一定送”。我老伴也在场，听得清清楚楚就是“送”。
八万块每个月的利息我照付，我损失的是一年的收成！你们的人为了完成任务什么话都敢说，请领导严肃处理，给我一个交代。
曾茂林
电话 13605982279
2026年11月27日""",
      T(complainant="曾茂林", phones=("13605982279",), dates=("2025-12-09", "2026-11-27"),
        units=("MX", "CD"), complained=("CD",), business="贷款", cause=MKT,
        signed="2026-11-27")),
    L("f20_mkt_hospital_cash_policy_said_to_pay_for_childbirth_stay", """徐碧支行：
我今年二月查出怀孕，4月8日去你们网点存钱，理财经理说有一款“住院津贴险”，一年交六百，住院一天赔两百，“生孩子住院也算，顺产住三天就回本，剖腹产住七天还多赚八百”。我就买了，保险公司是外面一家人寿公司，你们代卖的。
11月2日我剖腹产，在县医院住了七天。出院后去报，保险公司说生育住院属于免责，保单上写得清清楚楚，一分不赔。我回网点找那个理财经理，她说“我是说生孩子要是有并发症可以赔”。她当时根本没提什么并发症。
我就是冲着她那句话买的。请网点把保费退给我，并对那位员工说过的话负责。
陈雅婷
电话：158 5987 6620
二〇二六年十一月二十日""",
      T(complainant="陈雅婷", phones=("15859876620",), dates=("2026-04-08", "2026-11-02", "2026-11-20"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT,
        signed="2026-11-20")),
    # why: she does not dispute the size of the buy-sell gap; she objects that nobody told her
    # buying and selling are at different prices, so it is silence on a material fact (DISC),
    # not the level of a charge (FEE).
    L("f20_disc_gold_account_buy_sell_gap_untold_lost_in_a_week", """明溪县支行个金部：
我叫江晓燕，在县医院做护士。10月16日在城东支行柜台，客户经理帮我开了积存金账户，买了二十克，屏幕上显示每克九百二十多。他只跟我说“金价是实时的，想卖随时可以卖”。
一个礼拜后，10月23日金价涨了一点，我想卖掉试试，结果卖出来反而亏了一百多块。后来在网上查才知道，银行买进卖出是两个价，中间差好几块钱一克，一买一卖先亏一截。这一点客户经理一个字都没提，开户时给我签的那几张纸上也没写明白。
差价多少我不跟你们争，但这么要紧的事当时就该说清楚。我要是知道，根本不会拿这笔钱来短炒。请核实当时是怎么介绍的。
江晓燕 18859 831 605
2026年11月2日""",
      T(complainant="江晓燕", phones=("18859831605",), dates=("2026-10-16", "2026-10-23", "2026-11-02"),
        units=("MX", "PF", "CD"), complained=("CD",), business="贵金属", cause=DISC,
        signed="2026-11-02")),
    L("f20_disc_pension_customers_deposit_bonus_rate_lost_on_moving_pension", """尊敬的银行领导：
本人刘淑珍，退休教师。2024年3月12日，我在贵行办理“养老金专享”三年定期存款十万元，利率比普通三年期高0.3个百分点。当时只告诉我是“在本行领养老金的客户才能存”。
今年6月因随女儿到福州居住，我把养老金代发改到了福州的银行。11月19日存款到期，我去支取，发现利息按普通三年期计算，少了九百元。柜员说产品说明里写着“存期内养老金代发关系转出的，不享受上浮利率”。
这一条办理时无人提及，我手上的存单和回执也无任何文字。若当时知道，我会等到期后再转代发。请予复核，按原约定利率支付。
联系人：刘淑珍  电话：0598-2812207
二〇二六年十一月二十四日""",
      T(complainant="刘淑珍", phones=("0598-2812207",), dates=("2024-03-12", "2026-11-19", "2026-11-24"),
        units=(), complained=(), business="人民币储蓄", cause=DISC,
        signed="2026-11-24")),
    L("f20_choice_scholarship_passbook_signed_girl_up_for_paid_money_course", """燕西支行：
我女儿傅雨涵今年十二岁，在镇中心小学读六年级，拿到了县里的“春蕾”助学金。学校要求在你们行开个户头接收，10月9日我带她去开了一本存折。
开户那天柜员拿了好几张纸让我签，说都是开户要的。11月份存折上扣了一百九十九块，一问才知道是给孩子报了你们和一家培训机构合办的“少儿财商课”，线上十二节课，那几张纸里有一张是报名表。我从来没说要报什么课，孩子也没上过一节。
助学金一共才一千块，被扣了快五分之一。请把课退掉，钱退回孩子存折，以后不要在开户时夹带别的东西让家长签。
家长 傅建华
电话：152-5983-0718
2026年11月15日""",
      T(complainant="傅建华", phones=("15259830718",), dates=("2026-10-09", "2026-11-15"),
        units=("YX",), complained=("YX",), business="人民币储蓄", cause=CHOICE,
        signed="2026-11-15")),
    # why: he does not object to what express post costs but to its being picked for him
    # without asking, so it is an add-on without consent (CHOICE), not the level of a charge (FEE).
    L("f20_choice_lost_card_reissue_sent_by_paid_express_unasked", """信用卡中心客服部门：
11月6日晚上我在回家路上丢了信用卡，当晚打你们客服电话挂失，说明新卡寄到家里就行，我家在列西分理处对面，平时也方便。客服说好的，给我补卡。
11月11日卡到了，同一期账单上多了一笔“加急快递补卡费 30.00元”，外加补卡工本费。我在电话里从头到尾没有听到“加急”两个字，更没有同意付快递费，平邮慢两天我根本无所谓。后来我要了通话记录，客服原话是“给您安排最快的方式寄出”，这就算我同意了吗？
工本费我认，加急那三十块请退回，也请你们以后别替客户拿主意。
持卡人 黄毅  手机 135-0598-4472
2026/11/19""",
      T(complainant="黄毅", phones=("13505984472",), dates=("2026-11-06", "2026-11-11", "2026-11-19"),
        units=("CARD", "LJ"), complained=("CARD",), business="银行卡", cause=CHOICE,
        signed="2026-11-19")),
    # why: what she objects to is a written term of the agreement that takes away her right to
    # complain, an unfair clause (CLAUSE), not a procedure applied as designed (RULE).
    L("f20_clause_wealth_agreement_has_buyer_waive_complaints_to_regulator", """致明溪县支行：
我叫孙丽华，11月8日在徐碧支行想买一款一年期的理财，客户经理给了我一本十几页的协议先看。第九页有一句：“投资者承诺，因本产品产生的任何争议，仅通过与销售机构协商解决，不向监管部门或其他机构投诉、举报，否则视为违约。”
我问能不能划掉这一句再签，客户经理说协议是统一印的，不能改，不签就买不了。我没有买。
我想问：哪有买个理财连投诉的权利都要签字放弃的？这样的话是谁写进去的？请支行答复，也请个人金融部看看你们别的产品协议里有没有类似的话。
孙丽华
手机号 15980 263 514
2026年11月12日""",
      T(complainant="孙丽华", phones=("15980263514",), dates=("2026-11-08", "2026-11-12"),
        units=("MX", "XB", "PF"), complained=("XB",), business="自营理财", cause=CLAUSE,
        signed="2026-11-12")),
    # why: the objection is to the content of the paper the parents had to sign, an unfair term
    # of the loan (CLAUSE), not a second product tied to the loan (CHOICE).
    L("f20_clause_mortgage_has_live_in_parents_promise_to_move_out_on_default", """城东支行：
我儿子叶俊在城里买了一套房子，在你们城东支行办按揭，我和老伴打算搬过去跟他住、帮他带孩子。11月20日签按揭手续那天，你们的信贷员拿出一份《共同居住人承诺书》，让我们两个老人也签，内容是“借款人逾期超过九十日的，共同居住人自愿于接到银行通知后三十日内无条件搬离，放弃一切抗辩”。
我们两个七十岁的人，房子一分钱没出、没有名字，贷款也不是我们借的，凭什么要我们先签好“无条件搬离”？信贷员说不签就不放款，我儿子只好让我们先签了。
我认为这种东西太欺负人，请支行把这份承诺书作废，以后也不要再让老人签。
叶长荣（借款人叶俊的父亲）
电话：0598-2331460
2026年11月26日""",
      T(complainant="叶长荣", phones=("0598-2331460",), dates=("2026-11-20", "2026-11-26"),
        units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE,
        signed="2026-11-26")),
    L("f20_data_outlet_told_crowdfunding_volunteer_the_familys_savings", """徐碧支行：
我儿子张宇航今年七岁，九月查出白血病，在福州住院。亲戚帮我们在网上发起了筹款。10月30日，筹款平台的一个志愿者打电话到你们网点，说要“核实家庭经济情况”，你们的工作人员竟然在电话里把我在你们那儿的存款余额告诉了他，还说“他家还有一张定期没到期”。
没过两天，筹款页面上就有人留言说我们“有钱还骗捐”，平台把筹款暂停了。那张定期是我们给孩子准备做移植的钱，根本不够。
我的存款情况，谁允许你们随便在电话里告诉一个陌生人？请查清是谁说的，给我们一个书面道歉，并向平台说明情况。
张建明
电话：177 0598 6310
2026年11月8日""",
      T(complainant="张建明", phones=("17705986310",), dates=("2026-10-30", "2026-11-08"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-08")),
    L("f20_data_departed_account_manager_calls_depositors_from_rival_bank", """明溪县支行：
原燕西支行客户经理林某已于今年九月离职，现在另一家银行上班。10月以来，他多次打我手机，能准确说出我在燕西支行的定期存款金额和到期日，劝我到期后转到他现在的银行。11月14日又加我微信，发来他们的产品表。
我的账户资料是在贵行留存的，理应只由贵行使用。请调查他离职时是否带走了客户资料，并告知处理结果。
魏振东
13950 587 326
2026年11月17日""",
      T(complainant="魏振东", phones=("13950587326",), dates=("2026-11-14", "2026-11-17"),
        units=("MX", "YX"), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-11-17")),
    L("f20_debt_card_caller_told_wife_to_divorce_him", """我要投诉你们信用卡中心打电话要账的人！！
我叫杨海峰，在县城开五金店，信用卡欠了三万多，这两年生意不好，我认，我也每个月在还。可是11月18号下午，你们的人打电话到我老婆手机上（她根本不是我留的联系人，不知道号码哪来的），跟她说“你老公这种人迟早坐牢，你最好早点跟他离婚，不然房子车子都要被拍卖，孩子也抬不起头”。
我老婆当晚哭了一夜，第二天就回了娘家，到现在还没回来。
欠钱还钱，我没有赖。但是你们挑拨人家夫妻离婚，这是什么要账的办法？我要求你们查那天的电话录音，处理这个人，给我老婆道歉。
杨海峰
手机 １３９５９８７０２１５
2026年11月22日""",
      T(complainant="杨海峰", phones=("13959870215",), dates=("2026-11-18", "2026-11-22"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-22")),
    L("f20_debt_loan_officer_filmed_pig_farmers_confession_to_post_in_groups", """列西分理处：
我是上坪村的养猪户谢春生，去年在你们列西分理处贷了六万块盖猪栏，今年猪价跌，我晚了两期没还上。
12月1日上午，你们的信贷员带着两个人到我家，让我对着他的手机念一段话：“我谢春生欠银行钱不还，是老赖，十二月底前还不上任凭处置。”不念就不走。我念了，他录了下来，说“十二月底不还，这段视频就发到村里群和你儿子学校的家长群”。
欠的钱我卖了猪就还，但拿视频来要挟人，这不是逼人去死吗？请把视频删掉，不要再这样上门。
谢春生
电话 180-5986-7723
二〇二六年十二月三日""",
      T(complainant="谢春生", phones=("18059867723",), dates=("2026-12-01", "2026-12-03"),
        units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT,
        signed="2026-12-03")),
    # why: the charge was shown on the screen before every withdrawal and he accepted it; he
    # objects to its size, so it is the level of a charge (FEE), not silence on it (DISC).
    L("f20_fee_malaysian_card_at_county_atm_thirty_yuan_a_withdrawal", """明溪县支行：
我是旅居马来西亚的华侨，叫陈亚福，今年回乡给母亲做八十大寿。我用马来西亚的银行卡在你们城东支行门口的柜员机取人民币，从11月1日到11月20日取了六次，每次一千块。
每次屏幕上都提示“本行收取境外卡取现手续费30元”，我按了确认，这个我不否认。但是一千块收三十，等于百分之三，比我在吉隆坡取钱贵好几倍，加上我那边银行再扣一道，心疼得很。
请问这个三十块是怎么定出来的？能不能像别的银行一样按比例少收一些？
陈亚福
国内手机 133 0598 7712
2026年11月24日""",
      T(complainant="陈亚福", phones=("13305987712",), dates=("2026-11-01", "2026-11-20", "2026-11-24"),
        units=("MX", "CD"), complained=("CD",), business="银行卡", cause=FEE,
        signed="2026-11-24")),
    L("f20_fee_flooded_tobacco_farmer_loan_extension_one_percent_charge", """燕西支行：
我是种烟叶的何志军，前年在你们燕西支行贷了十万块经营贷，今年10月12日到期。今年夏天暴雨，烤房被淹，钱实在凑不齐，就申请展期三个月。
你们批了，可是要先交“展期手续费”一千块，说是本金的百分之一。三个月的利息照算之外，再交一千块手续费，等于这三个月的利息翻了一倍多。我问能不能少一点，客户经理说这是标准，所有人都一样。
这笔账是我欠的，展期也是我申请的，我都认。但遭了灾还要多掏这么多，实在太高了。请支行看看这一千块合不合理，能不能减免。
何志军  电话 0598-3620415
二〇二六年十一月二十八日""",
      T(complainant="何志军", phones=("0598-3620415",), dates=("2026-10-12", "2026-11-28"),
        units=("YX",), complained=("YX",), business="贷款", cause=FEE,
        signed="2026-11-28")),
    L("f20_funds_village_cash_point_keeper_swiped_pension_card_twice", """银行领导：
我叫罗根发，七十六岁，住在溪口村。村里小卖部有个你们银行设的助农取款点，我的社保卡每个月在那儿取养老金。
11月5日我去取八百块，老板娘刷了一次说“没成功”，又刷了一次，给了我八百块，小票她说打印机坏了没给我。回家后孙子帮我看短信，那天卡上扣了两次，一共一千六。孙子到银行打了流水，两笔都是在那个取款点、隔一分钟、都是成功的。我回去问，老板娘说机器的事她不知道。后来听村里人说，别的老人也碰到过。
我只拿了八百，卡上少了一千六。这个取款点是你们设的，请你们查清楚，把钱还我。
罗根发  手机 138 6059 2714
2026年11月13日""",
      T(complainant="罗根发", phones=("13860592714",), dates=("2026-11-05", "2026-11-13"),
        units=(), complained=(), business="银行卡", cause=FUNDS,
        signed="2026-11-13")),
    # why: the clerk failed to carry out the cancellation, but what she lost is money spent from
    # her card by someone she had cut off, without her act → FUNDS, not a clerk's mishandling (SVC).
    L("f20_funds_ex_husbands_family_pay_kept_spending_after_cancellation", """城东支行：
我叫吕晓红。结婚时我在手机银行里给前夫开了“亲情付”，他可以用我的卡消费，每月限额五千。今年8月我们离婚，8月26日我专门到城东支行柜台要求关掉这个功能，柜员操作了一下说“已经解除了”。
这几个月我忙着搬家没细看账单，11月中旬一对才发现，9月到11月，前夫用“亲情付”在外面加油、吃饭、买手机，一共花了一万一千多，全是从我卡里扣的。我去问，才知道那天根本没有解除成功。
离了婚还替他花钱，这钱我一分都没同意过。请银行把这笔钱追回，或者先赔给我。
吕晓红  手机：１５８６０５９３３７０
2026年11月29日""",
      T(complainant="吕晓红", phones=("15860593370",), dates=("2026-08-26", "2026-11-29"),
        units=("CD",), complained=("CD",), business="银行卡", cause=FUNDS,
        signed="2026-11-29")),
    L("f20_other_tiles_fell_from_empty_old_outlet_building_onto_van", """列西分理处：
你们搬到新址以后，老营业楼一直空着没人管。11月7日下午刮大风，老楼三楼外墙的瓷砖掉下来好几块，砸在我停在路边的面包车上，前挡风玻璃碎了，引擎盖砸出两个坑。旁边就是卖菜的摊子，差一点砸到人。
我拍了照片，也报了派出所。修车店报价四千二。这栋楼是你们的，墙皮脱落你们不修，出了事总要有人负责。请尽快联系我商量赔偿，也请把那栋楼的外墙处理一下，下次砸到的可能就是人。
邻居 刘建
联系：138-0598-5527
2026年11月9日""",
      T(complainant="刘建", phones=("13805985527",), dates=("2026-11-07", "2026-11-09"),
        units=("LJ",), complained=("LJ",), business="其他", cause=OTHER,
        signed="2026-11-09")),
    # why: the camera films her yard, not any account or record of hers at the bank; nothing
    # about a financial service to the writer (OTHER), not personal data given away (DATA).
    L("f20_other_outlet_back_wall_camera_looks_into_neighbours_yard", """徐碧支行负责同志：
我家住在你们营业厅后面，隔一道围墙。今年十月你们在后墙上新装了两个监控摄像头，其中一个正对着我家院子和洗澡间的窗户。我女儿今年十五岁，现在晚上都不敢在院子里晾衣服。
10月25日我找过你们的保安，他说监控是上面统一装的，他管不了。11月2日我又找了网点的一位主任，她说会报上去，到现在一个多月了，摄像头一动没动。
你们防盗我理解，但请把那个摄像头转个方向或者装个遮挡。我不是你们的客户，也不想跟你们打交道，只想家里有点隐私。
住户 蔡阿姨（蔡秀梅）
电话 0598 2860133
2026年12月4日""",
      T(complainant="蔡秀梅", phones=("0598-2860133",), dates=("2026-10-25", "2026-11-02", "2026-12-04"),
        units=("XB",), complained=("XB",), business="其他", cause=OTHER,
        signed="2026-12-04")),
    # why: he says the sale was honest and the risk was explained; he objects only to what the
    # fund returned, so it is the return of an undisputed sale (RET), not misrepresentation (MKT).
    L("f20_ret_retired_village_doctors_new_energy_fund_down_a_third", """明溪县支行：
本人邱明德，退休乡村医生。2024年5月20日，在城东支行柜台买了一只新能源主题的股票型基金，五万元，是基金公司的产品，你们代卖。买之前做了风险测评，客户经理也说了“股票基金会亏，您想清楚”，我签了字，这一点我不否认。
两年多过去了，到今年11月25日，账户显示只剩三万三千多，亏了三分之一。那时候到处都说新能源是朝阳产业，谁知道跌成这样。
我知道投资自负，但这是我攒了半辈子的钱。想请你们帮我问问基金公司，这只基金是不是管理有问题，或者有没有办法少亏一点，比如转到别的基金不收钱。
邱明德
电话：0598-2815574
2026年12月2日""",
      T(complainant="邱明德", phones=("0598-2815574",), dates=("2024-05-20", "2026-11-25", "2026-12-02"),
        units=("MX", "CD"), complained=("CD",), business="银行代理业务", cause=RET,
        signed="2026-12-02")),
    L("f20_ret_sweet_potato_noodle_workshop_half_year_wealth_ended_point_six", """燕西支行理财经理：
我开了个地瓜粉干作坊，今年3月把卖货的二十万块钱在你们燕西支行买了半年期的理财，说明书上写的业绩比较基准是2.3%–2.8%，也说了不保本。
9月28日到期，到账只多了六百多块，折算一年只有百分之零点六几，连同期定期存款都不如。我去问，你们说“净值型产品，基准不是承诺”。这我知道，可是差得也太多了吧，半年下来还不如放活期。
我不是说你们骗我，说明书我也看过。我只是想问，这么差的结果，银行有没有什么补偿，下一期能不能给我推荐稳一点的。
粉干作坊 温秀兰
13705983864
2026年10月10日""",
      T(complainant="温秀兰", phones=("13705983864",), dates=("2026-09-28", "2026-10-10"),
        units=("YX",), complained=("YX",), business="自营理财", cause=RET,
        signed="2026-10-10")),
)
