"""TRAINING letters, set B: 62 customer complaint letters written on 2026-12-05 by helper
`train-b` for training the complaint-cause classifier. They are TRAINING data, not a blind or
held-out set: never score a model on them as if they were unseen.

Written after reading only the module docstring and a few letters of letters_fresh7.py (for
the format and the labelling rules), the `Truth`/`HeldOutLetter`/`heldout_directory`
definitions of letters_heldout.py, and the list of earlier letter ids, whose core situations
are avoided. Domain of this set: loans of every kind (mortgage, car, business, farmers'
micro-loans, student loans, guarantees), credit reports, debt collection (by the bank and by
outsourced firms), the bank's own wealth products, third-party insurance and funds sold at the
counter, gold and commemorative coins, personal data, fraud and unauthorised debits, account
freezes and anti-fraud controls, inheritance and powers of attorney, social-security and
subsidy cards, and letters about nothing financial.

Each letter carries what a careful clerk would record, labelled by the rules of
letters_fresh7.py, followed exactly:
- complainant: the person who writes (a relative writing for an elderly parent is the
  complainant); a surname with a title is a name, a nickname ("老陈", "何老太") is not;
- phones as digits ("0598-8331234" for landlines, mobiles 11 digits); dates ISO, every date
  the letter states with a day; a date without a year is in the signing year; an undated
  letter's dates stay "--MM-DD"; relative dates ("第二天") are not recorded;
- units: every unit of heldout_directory() the letter names (also as an address or a unit it
  praises); complained: the unit(s) the grievance is about;
- cause: what the bank did that the writer objects to, not what is at stake: treatment or a
  clerk's mishandling → 服务态度及服务质量, a failed machine or system → 服务设施设备业务系统,
  a rule applied as designed → 管理制度业务规则与流程, misrepresentation to sell (or pushy ways
  of selling) → 营销方式和手段, silence on a material fact → 信息披露, a tie or an add-on
  without consent → 自主选择权, the level of a charge → 定价收费, an unfair clause → 合同条款,
  the return of an undisputed sale → 产品收益, money gone without the customer's act →
  消费者资金安全, personal data given away → 消费者信息安全, how an admitted debt is chased →
  债务催收方式和手段, nothing about a financial service to the writer → 其他;
- business: cards (also social-security and subsidy cards) → 银行卡, passbooks and time
  deposits → 人民币储蓄, transfers and drafts → 支付结算, cash, damaged notes and coins
  (also commemorative coins) → 人民币管理, foreign currency → 外汇, the bank's own wealth
  product → 自营理财, a third party's insurance or fund → 银行代理业务, gold → 贵金属, fee
  services → 其他中间业务, personal data and credit reports → 个人金融信息, chasing a debt →
  债务催收, loans → 贷款.
Cause balance: 5 letters for each of the 12 causes, 2 for 其他. At least two letters per
cause are near-misses where another cause is tempting; each carries a `# why:` comment naming
the rule that decides. No letter names its cause with the words of the cause's label.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


TRAIN_B: tuple[L, ...] = (
    # ---------------------------------------------------------------- 服务态度及服务质量
    # why: SVC vs RULE/SYS — the release letter itself is required and the registry's refusal
    # is correct; what went wrong is that the clerk typed the wife's name wrong three times:
    # a clerk's mishandling (SVC).
    L("tb_mortgage_release_letter_name_typed_wrong", """城东支行：
房贷去年十二月就还清了，今年九月十六号我去东门网点开解押的证明，准备把房子过户给儿子。拿到不动产中心一看，我老婆的名字“黄秀娥”打成了“黄秀蛾”，人家不给办。九月二十二号回去改，改完又把身份证号打错一位。第三次是十月九号，总算对了，可是不动产中心那边排号又要重排。
三趟路，每趟请半天假。柜员每次都说“不好意思不好意思”，可是一张纸就两个名字一个号码，怎么能错两回？打出来之前看一眼就不会这样。希望你们以后打证明的时候认真核对，也希望给我个说法。
张永福  电话 13859801762
2026年10月12日""",
      T(complainant="张永福", phones=("13859801762",),
        dates=("2026-09-16", "2026-09-22", "2026-10-09", "2026-10-12"),
        units=("CD",), complained=("CD",), business="贷款", cause=SVC, signed="2026-10-12")),
    # why: SVC vs RULE — the farmer accepts that a field visit is required before the credit
    # line; he objects that the loan officer missed three appointments without a call and then
    # sneered at the size of the loan: treatment (SVC).
    L("tb_loan_officer_stood_up_three_times", """列西的领导
我是上坪村种烟的廖金水，今年想贷三万块买烟苗和肥料，你们列西的信贷员小刘说要先到我家和烟田看一看才能报上去，这个我懂，规矩嘛。
约了二月二十六号，我在田头等了一上午，人没来，电话也不接。又约三月四号，没来。三月十一号第三回约，我老婆杀了只鸡等着，下午四点才打个电话说今天忙。我去列西找他，他当着别人面讲“三万块也值得你跑三趟，人家几十万的我都忙不过来”。
烟苗是等不了人的，最后我找亲戚借的钱。你们的人这样办事，叫我们农民怎么信你们。
廖金水 电话159 0598 3316
二〇二六年三月十五日""",
      T(complainant="廖金水", phones=("15905983316",),
        dates=("2026-02-26", "2026-03-04", "2026-03-11", "2026-03-15"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=SVC, signed="2026-03-15")),
    L("tb_insurance_claim_help_refused_at_counter", """尊敬的燕西支行负责人：
我父亲陈德茂三年前在贵行柜台买了一份意外险，是保险公司的，贵行代卖。今年十月二日父亲在工地摔伤去世。十月十四日我拿着保单、死亡证明到燕西支行，想问问理赔要找哪里、要准备什么材料。
柜台那位女同志看都没看就说“保险的事找保险公司，跟我们没关系”，我说保险公司电话打不通，当初就是在你们这里买的，能不能帮我问一下。她把保单从窗口推出来，说“后面还有人排队”。大堂经理在旁边玩手机。
我知道理赔是保险公司的事，我只是想你们帮忙指个路。父亲刚走，家里乱成一团，被这样打发，心里很难受。
陈晓峰
2026年10月20日
电话：18750983327""",
      T(complainant="陈晓峰", phones=("18750983327",), dates=("2026-10-02", "2026-10-14", "2026-10-20"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=SVC, signed="2026-10-20")),
    # why: SVC vs DEBT — nobody was chasing him: he walked in on his own to pay off the
    # overdue loan, and the teller shouted at him in front of the queue. How a debt is chased
    # is DEBT; a clerk's treatment of a customer at the counter is SVC.
    L("tb_came_to_repay_called_deadbeat", """徐碧支行领导你好
我去年做生意亏了，在你们那贷的8万块经营贷逾期了四个多月，这个是我不对。11月23号我把钱凑齐了，自己跑到徐碧网点去还，想早点把这个事了了。
窗口那个男的一看我的名字，就大声说“哟，老赖终于舍得来了”，旁边排队的人都转过来看我，还有我们镇上认识的人。办的时候他一直阴阳怪气，说什么“早干嘛去了”“下回别来我们这借”。
我是来还钱的，不是来讨饭的。钱一分不少我还了，但这口气咽不下去，请你们管一管这个人。
吴金生 13507598264
2026.11.25""",
      T(complainant="吴金生", phones=("13507598264",), dates=("2026-11-23", "2026-11-25"),
        units=("XB",), complained=("XB",), business="贷款", cause=SVC, signed="2026-11-25")),
    L("tb_student_loan_day_form_torn_up", """明溪县支行：
八月十九日县里集中办生源地助学贷款，我带我女儿去县学生资助中心，你们支行派了人在那里签合同。我们排了三个小时，到了窗口，你们的工作人员说户口本少复印一页，把我们填好的表当面撕了，说“回去弄好再来，下一个”。
我说复印店就在楼下，五分钟就回来，能不能先把表留着，他不理。我女儿当场就哭了。第二天我们又排了一上午。
少一页复印件是我们不对，可是把人家填了半个钟头的表撕掉，这是什么态度？我们乡下人来一趟县城不容易。
家长 郑春花
电话 0598-2781150
2026年8月21日""",
      T(complainant="郑春花", phones=("0598-2781150",), dates=("2026-08-19", "2026-08-21"),
        units=("MX",), complained=("MX",), business="贷款", cause=SVC, signed="2026-08-21")),
    # ---------------------------------------------------------------- 服务设施设备业务系统
    # why: SYS vs FUNDS/RULE — the money sat in his card on the due date and the bank's batch
    # deduction simply did not run; nothing was taken and no rule was applied: a failed system
    # (SYS), even though what is at stake is his credit report.
    L("tb_installment_not_deducted_marked_overdue", """个金部：
我在明溪支行有一笔房贷，每个月20号从工资卡自动扣。10月20号卡里有一万多，足够扣，可是那个月就是没扣。11月初我申请车贷被拒，才知道征信上多了一个“1”，逾期一期。
我去明溪支行查，柜员打出流水给我看，10月20号卡里的钱一直都在，是那天晚上批量扣款没跑成功，好几个客户都是这样，系统有问题。
钱在卡里你们自己没扣，算我逾期？请你们出证明，把征信改回来，车贷我还等着办。
刘志刚
15880921473
2026年11月9日""",
      T(complainant="刘志刚", phones=("15880921473",), dates=("2026-10-20", "2026-11-09"),
        units=("PF", "MX"), complained=("MX",), business="贷款", cause=SYS, signed="2026-11-09")),
    # why: SYS vs FUNDS — the money left her card by her own repayment in the app; the app said
    # done but the loan never saw it. A transfer she made that failed in the system (SYS), not
    # money gone without her act (FUNDS).
    L("tb_car_loan_repaid_in_app_not_posted", """我11月3日晚上用手机银行提前还车贷的一期，页面显示“还款成功”，卡里也扣了3260块。11月6日突然来短信说我车贷逾期，要交罚息。打客服说贷款系统里没看到这笔钱，可我的卡明明扣了。客服说要“人工核对”，三天了没下文。
钱我是还了，截图都在。现在钱从卡里出去了，贷款那边没到，还要我交罚息，这个是你们系统的问题，请尽快处理，别影响我的征信。
杨丽萍
手机:139-5981-0736""",
      T(complainant="杨丽萍", phones=("13959810736",), dates=("--11-03", "--11-06"),
        units=(), complained=(), business="贷款", cause=SYS, signed=None)),
    L("tb_social_card_pension_bounced", """列西分理处：
我叫魏银娣，七十九岁，这封信是我孙女帮我写的。
我九月初在列西换了新的社保卡，说原来的卡作废，养老金以后打到新卡上。结果九月、十月两个月的养老金都没到。十一月二日我去社保局问，人家说钱是发了的，被银行退回来了，原因是“账户不存在”。十一月四日到列西问，柜员查了半天说是新卡开通的时候系统没有把卡号传给社保那边，是系统的毛病，要重新报。
两个月两千多块，老人就靠这点钱买药。请尽快把这两个月的钱补发到我的卡上，以后别再出这种事。
魏银娣
孙女电话 17805980614
2026年11月6日""",
      T(complainant="魏银娣", phones=("17805980614",), dates=("2026-11-02", "2026-11-04", "2026-11-06"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SYS, signed="2026-11-06")),
    L("tb_credit_report_kiosk_blank_pages", """徐碧的自助征信查询机坏了好久了!!!我应聘事业单位要交个人征信报告，10月27号去，刷身份证、刷脸都过了，打出来三张白纸。大堂说机器墨盒没了，叫我去别的网点。10月30号再去，还是白纸，这回说是打印机卡纸。明天就截止交材料了。一台机器坏半个月没人修吗
学生 林雨涵 152 5983 7701
2026.10.31""",
      T(complainant="林雨涵", phones=("15259837701",), dates=("2026-10-27", "2026-10-30", "2026-10-31"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=SYS, signed="2026-10-31")),
    # why: SYS vs RET/FUNDS — the product paid what it should; the redemption money sat "在途"
    # for five days because of a glitch, so the failure is the system's (SYS), not the
    # product's return nor money gone.
    L("tb_wealth_maturity_money_stuck_five_days", """个金部：
本人在燕西支行购买的一笔贵行自营理财（五万元，一年期）11月10日到期，按说明应于到期次日到账。我与卖家约好11月12日付购房定金。11月11日、12日均未到账，手机银行显示“资金在途”。打电话问燕西支行，理财经理说是总行清算系统升级，全省的到期款都卡住了，叫我等。
11月15日才到账，该给的钱倒是一分没少，可定金没按时交，卖家把房子给了别人。请贵行说明系统故障的原因，并对我造成的损失有所考虑。
退休教师 黄丽华
电话：0598-3625519
2026年11月17日""",
      T(complainant="黄丽华", phones=("0598-3625519",),
        dates=("2026-11-10", "2026-11-12", "2026-11-11", "2026-11-15", "2026-11-17"),
        units=("YX", "PF"), complained=("PF",), business="自营理财", cause=SYS, signed="2026-11-17")),
    # ---------------------------------------------------------------- 管理制度业务规则与流程
    # why: RULE vs SVC/CLAUSE — the staff were patient and showed him the written requirement
    # that both spouses sign the renewal in person; he attacks neither a clerk nor a clause of
    # his contract but the procedure itself: a rule applied as designed (RULE).
    L("tb_micro_loan_renewal_wife_must_come_back", """列西分理处领导：
我是长坑村养蜂的饶德贵，在你们这里有一笔五万的农户小额信用贷款，每年续一次，已经续了四年，从没拖欠过。
今年十一月八日去办续贷，信贷员客客气气跟我说，按新规定续贷要夫妻两个人都到场当面签字、录像，不能代签，也不能视频。我老婆在浙江义乌厂里做工，来回一趟要请三天假、车费六百多，还可能被扣全勤。信贷员把文件拿给我看了，确实是上面发的，他也说没办法。
我不是说你们的人不好，人家态度蛮好。我是觉得这个规定对我们两地分开打工的人太难了。以前都能办，现在非得回来。能不能让她在当地你们的网点签，或者视频签？
饶德贵 电话：137 7593 0418
2026年11月12日""",
      T(complainant="饶德贵", phones=("13775930418",), dates=("2026-11-08", "2026-11-12"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=RULE, signed="2026-11-12")),
    # why: RULE vs SVC/CHOICE — nobody sold him anything or treated him badly; the branch
    # applied the card-opening controls against rented accounts as written (proof of work
    # asked of a non-local applicant), and that control is what he objects to (RULE).
    L("tb_migrant_refused_wage_card", """你们好我是贵州来的在明溪工地上扎钢筋的杨光明 工地老板说工资要打银行卡不发现今了 叫我们自已去办卡 我10月25号去明溪县支行办 柜员说我身份证是外省的 要开工地的用工证明盖公章 还要劳动合同 才能开卡 说是国家断卡行动的规定 怕卡被卖给骗子 我说我一个干活的卖什么卡 她说规定就是这样她也没办法 态度倒还好 可是我们老板说没有劳动合同 证明也要等项目部盖章 一拖就是半个月 工资发不下来 在这样下去我们饭都吃不上 我们十几个老乡都是这样 这个规定能不能给我们干活的人开个口子
杨光明 电话18285127764
2026年11月1号""",
      T(complainant="杨光明", phones=("18285127764",), dates=("2026-10-25", "2026-11-01"),
        units=("MX",), complained=("MX",), business="银行卡", cause=RULE, signed="2026-11-01")),
    L("tb_japan_power_of_attorney_not_accepted", """城东支行负责同志：
我叫苏静，在日本大阪工作。母亲年纪大了，我想让国内的弟弟苏明帮我把我名下在贵行的一笔定期存款取出来，给母亲看病。九月份我在大阪的公证役场办了委托书公证，花了两万多日元，寄回国内。
十月十三日弟弟拿着委托书去城东支行，被告知境外公证的委托书必须再经中国驻大阪总领事馆认证，否则不能受理。柜员说这是行里的规定，境外文书一律如此，查过了，确实是写在制度里的。
领事馆认证要预约，排到十二月底，还要寄原件过去。母亲的病不等人。请问贵行能否考虑通过视频核实本人身份等更便捷的办法？这样的规定对海外的人实在太折腾了。
苏静
国内联系人 苏明 电话 13605981247
2026年10月18日""",
      T(complainant="苏静", phones=("13605981247",), dates=("2026-10-13", "2026-10-18"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=RULE, signed="2026-10-18")),
    # why: RULE vs DATA — the record concerns his personal data, but nothing was given away:
    # he objects to the rule that a dispute over a credit entry must be lodged in person at
    # the reporting branch, applied as written (RULE).
    L("tb_credit_dispute_only_in_person", """明溪县支行：
我叫官海涛，现在深圳上班。我在深圳买房查征信，发现有一笔贵行2019年的助学贷款显示逾期三次，可我记得每次都按时还了，手里有转账记录。
11月16日我打贵行电话要提异议，客服说征信异议必须本人带身份证原件到当初放款的网点当面填表，不能邮寄，不能网上提交，也不能委托家人代办。我请了两天假坐高铁回去一趟，来回一千多块，11月20日当面交了表，柜员说还要二十个工作日出结果，结果出来还要本人来取。
我不是怪哪一个人，我只是觉得，征信都能网上查，为什么异议非得跑回老家两趟？请考虑改一改。
官海涛 135-1058-3329
2026年11月22日""",
      T(complainant="官海涛", phones=("13510583329",), dates=("2026-11-16", "2026-11-20", "2026-11-22"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause=RULE, signed="2026-11-22")),
    L("tb_mortgage_term_cut_by_age", """燕西支行：
本人今年五十三岁，在永安开了个小超市，想买一套电梯房给老两口住。九月二十七日在燕西支行申请房贷四十万，想贷二十年，月供轻一点。客户经理说行里规定借款人年龄加贷款年限不能超过六十五岁，我最多只能贷十二年，月供一下多了一千三。
我身体好，儿子也愿意做共同还款人，超市每个月流水也不少。凭年龄一刀切，五十多岁的人就只能少贷或者不贷？这个规定请你们研究一下能不能灵活点。
邱建民 电话 0598-3721066
2026年10月3日""",
      T(complainant="邱建民", phones=("0598-3721066",), dates=("2026-09-27", "2026-10-03"),
        units=("YX",), complained=("YX",), business="贷款", cause=RULE, signed="2026-10-03")),
    # ---------------------------------------------------------------- 营销方式和手段
    # why: MKT vs RET — the low return is what hurts, but the manager told her "保本，4.2%稳拿"
    # for a product that is neither: a return promised falsely to sell (MKT), not the return
    # of an undisputed sale (RET).
    L("tb_wealth_sold_as_sure_four_percent", """个金部领导：
我妈今年六十六，2025年12月3日去徐碧存定期，理财经理把她叫到一边，说存定期才1.5%太亏，有一款行里的理财，“保本的，一年4.2%稳稳拿到，比存款还安全”。我妈就把十万块买了。
今年十二月一日到期，只拿回101,900，一年才1.9%。我陪她去问，经理说这个是净值型的，4.2是“业绩比较基准”不是承诺，风险评估也是我妈签过字的。可我妈根本不知道什么叫净值型，风险评估那张纸是经理念一句她勾一句。当时要说清楚不保本、不一定有4.2，我妈是绝对不会买的。
请你们核查当时经理怎么说的，把差的利息按定期补给我妈。
女儿 叶小红 电话 138-5986-0471
2026年12月3日""",
      T(complainant="叶小红", phones=("13859860471",), dates=("2025-12-03", "2026-12-01", "2026-12-03"),
        units=("PF", "XB"), complained=("XB",), business="自营理财", cause=MKT, signed="2026-12-03")),
    # why: MKT vs RET/FEE — he does not complain of the gold price or the buy-back margin as
    # such; the seller told him the coin set "明年能翻一倍，行里原价回购", which was false:
    # misrepresentation to sell (MKT).
    L("tb_gold_coin_set_said_to_double", """明溪支行：
去年中秋节前，你们行在大厅卖生肖金银纪念币套装，一套一万二。你们那个穿西装的小伙子说这个是限量的，“明年就能翻一倍，到时候行里按原价回购，一分不亏”。我是种香菇的，不懂这些，听他说得那么肯定，就买了两套。
今年家里起房子缺钱，11月6号我拿去想卖回给行里，柜员说行里从来不回购纪念币，只能自己拿去外面卖，外面的店只肯按金银的重量给五千多一套。
他当时说的原价回购、翻一倍，到底是谁许的？我要求行里按原价收回。
农户 黄水生  手机13860559213
2026年11月10日""",
      T(complainant="黄水生", phones=("13860559213",), dates=("2026-11-06", "2026-11-10"),
        units=("MX",), complained=("MX",), business="贵金属", cause=MKT, signed="2026-11-10")),
    # why: MKT vs CHOICE — the insurance was not a condition of the loan; the loan officer
    # sold it with a false claim that it would raise his credit score and lower the rate:
    # misrepresentation to sell (MKT), not a tie without consent (CHOICE).
    L("tb_credit_boosting_insurance_pitch", """城东支行：
今年四月我在城东支行申请经营贷，客户经理跟我说，贷款之前最好先买一份“信用保障保险”，一年三千六，“买了之后你的信用分会提高，利率能从4.8降到3.6，一年省好几千”。他也说了不买也能贷，是我自己选择买的。
贷款批下来，利率还是4.8。我去问，客户经理说利率是系统定的，和保险没关系。我又打保险公司电话，人家说这是一份普通意外险，跟银行的利率、信用分一点关系都没有。
我就是冲着降利率才买的。他明知道是假的还这么说，就是为了卖保险拿提成。请退我保费，并查处这个客户经理。
林志伟  电话15060581230
2026年6月20日""",
      T(complainant="林志伟", phones=("15060581230",), dates=("2026-06-20",),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT, signed="2026-06-20")),
    L("tb_loan_sales_calls_to_retired_father", """信用卡中心：
我爸七十一岁，退休工人。从九月开始，你们这里每天都有人打他电话，推销“信用卡现金分期”“e分期”“纯信用消费贷，最高二十万”。我爸说了不知多少回“不要，我不借钱”，换个号码第二天又打来，晚上九点多还在打。
十月十九日有个女的在电话里跟他说“您的额度马上过期，今天不领就作废了”，我爸吓得以为出了什么事，跑来问我。
老人家不需要贷款，请把他的号码从你们的推销名单里拿掉，不要再打了。
儿子 方立新 13459820715
2026年10月22日""",
      T(complainant="方立新", phones=("13459820715",), dates=("2026-10-19", "2026-10-22"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=MKT, signed="2026-10-22")),
    L("tb_zero_interest_car_loan_not_zero", """燕西支行
七月二十八日我在4S店买车，你们派在店里的人说你们行跟厂家合作“零利息分期”，十万块分三年，“一分钱利息都没有，也没有别的费用”，我就签了。后来每个月还款一算，三年多还了八千多。一问，说是“分期手续费”，一次性收了八千四，分到每期里。
手续费也是钱，你们的人当面说没有别的费用，这不是骗人是什么？
周伟  手机 186-0598-2273
2026年11月2日""",
      T(complainant="周伟", phones=("18605982273",), dates=("2026-07-28", "2026-11-02"),
        units=("YX",), complained=("YX",), business="贷款", cause=MKT, signed="2026-11-02")),
    # ---------------------------------------------------------------- 信息披露
    # why: DISC vs MKT — he knew it was insurance and not a deposit, and nobody promised him
    # anything false; what was never said is that surrendering in the early years returns
    # only about a third: silence on a material fact (DISC).
    L("tb_policy_surrender_value_never_mentioned", """徐碧支行负责人：
前年十一月，我在徐碧支行柜台经理的介绍下，买了一份某人寿的年金保险，每年交两万，交十年。当时讲得很清楚是保险，不是存款，这个我知道。
今年我女儿考上研究生要用钱，十月二十四日我想把保险退了。保险公司算给我，交了四万，只能退一万三千多。我才知道头几年退保只能拿回很少一部分。买的时候经理只讲了交满十年以后每年能领多少，领到八十岁多少，一句都没提中途退会亏这么多，合同里那张现金价值表也没人给我指出来看过。
要是当时告诉我，我就不会把女儿读书要用的钱放进去了。请贵行说明当时为什么不讲，协调保险公司多退一点。
朱建英
电话 15959803645
2026年10月29日""",
      T(complainant="朱建英", phones=("15959803645",), dates=("2026-10-24", "2026-10-29"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=DISC, signed="2026-10-29")),
    # why: DISC vs DATA — the credit report is his personal data, but nothing was given away:
    # the bank never told him that each draw of the revolving loan shows as a separate loan,
    # which later sank his mortgage: silence on a material fact (DISC).
    L("tb_each_draw_a_separate_loan_on_report", """城东支行：
我前年在你们手机银行开通了一个“随借随还”的信用贷，额度五万，开的时候只说随时借、随时还、按天算利息。我做装修生意，周转的时候借一笔，回款了就还，两年借了二十几回。
今年十一月我在别家银行申请房贷，被拒了，人家拿出征信给我看，上面列了二十几笔贷款记录，说“多头借贷，风险太高”。我才知道你们每借一次都在征信上报一笔。开通的时候、每次借款的时候，页面上没有任何一句话提醒过，客户经理也没说过。
早知道这样，我宁可一次借够。请你们说明为什么不提示，并出一个情况说明给我拿去房贷银行解释。
陈国平
电话 133 0598 4462
2026年11月19日""",
      T(complainant="陈国平", phones=("13305984462",), dates=("2026-11-19",),
        units=("CD",), complained=("CD",), business="贷款", cause=DISC, signed="2026-11-19")),
    L("tb_commemorative_coin_pickup_window_unsaid", """明溪支行：
十月份网上预约了两套龙年纪念币，预约成功的短信只写了“请于兑换期内到明溪县支行兑换”，没写兑换期是哪几天。我打电话问过你们网点一次，接电话的说“到时候会通知”。
十一月二十日我去换，说兑换期是十一月十一日到十五日，过期预约作废，币已经退回去了。一直到过期都没有任何通知，短信里也没写。我儿子就盼着这两套纪念币。
请以后把兑换日期写清楚、提前通知，这两套能不能帮我想办法补上。
退休职工 余根发
0598-2350974
2026年11月21日""",
      T(complainant="余根发", phones=("0598-2350974",), dates=("2026-11-20", "2026-11-11", "2026-11-15", "2026-11-21"),
        units=("MX",), complained=("MX",), business="人民币管理", cause=DISC, signed="2026-11-21")),
    L("tb_interest_only_loan_principal_due_at_end", """列西分理处：
我家2025年12月10日在列西贷了三万块种香菇，每个月还两百多，我一直以为每个月还的里头有本有息，年底就差不多还完了。
今年十二月一日信贷员打电话来说十二月十日到期，要一次还三万本金。我说我每个月都在还啊，他说每个月还的只是利息，本金到期一次还，叫“先息后本”。签合同的时候他就叫我签字按手印，什么先息后本，一个字都没讲，每个月的短信也只写“还款成功”。
三万块我一时拿不出来，香菇还没卖。请你们给个办法，能不能续贷或者分期。
黄桂英
电话：18959830126
2026年12月3日""",
      T(complainant="黄桂英", phones=("18959830126",), dates=("2025-12-10", "2026-12-01", "2026-12-10", "2026-12-03"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=DISC, signed="2026-12-03")),
    L("tb_wealth_strategy_changed_quietly", """个人金融部：
我在燕西支行买了一款贵行的“稳健”系列理财，当时说明书写的是投资存款、债券这些稳当的东西。今年九月起净值一直往下掉，十一月十八日我去网点问，理财经理翻出一个八月份挂在官网上的“调整公告”，说这款产品已经可以投一部分股票和基金了。
我一个退休的人哪会天天上官网看公告？改了投资方向这么大的事，短信不发一条，电话不打一个，我根本不知道。要是知道，我八月就赎回了。
请说明为什么不通知持有人，并允许我无损失赎回。
杨振邦（退休干部）
电话 139 0598 7215
2026年11月24日""",
      T(complainant="杨振邦", phones=("13905987215",), dates=("2026-11-18", "2026-11-24"),
        units=("PF", "YX"), complained=("PF",), business="自营理财", cause=DISC, signed="2026-11-24")),
    # ---------------------------------------------------------------- 自主选择权
    # why: CHOICE vs RULE — the manager said "行里规定", but the writer objects to being made
    # to buy 50,000 of the bank's own wealth product as a condition for the mortgage: a tie
    # without consent (CHOICE), not a rule about the loan itself.
    L("tb_mortgage_only_with_wealth_purchase", """明溪县支行：
我九月份在贵行申请了三十万的首套房贷，资料都齐。九月十八日客户经理打电话说，要想放款快，得先在行里买五万块的理财，放款以后满半年才能赎回，“这是行里的规定，大家都这样”。我说我钱都付首付了，哪有五万块闲钱，他说不买就排到明年。
我找亲戚借了五万买了理财，贷款十月九日才放下来。我想问：买房贷款为什么要搭一个理财？买不买是我的事，不能拿放款来逼。请把我这笔理财无损失赎回，以后也别这样对别人。
郭文斌  电话 15159802274
2026年10月15日""",
      T(complainant="郭文斌", phones=("15159802274",), dates=("2026-09-18", "2026-10-09", "2026-10-15"),
        units=("MX",), complained=("MX",), business="贷款", cause=CHOICE, signed="2026-10-15")),
    # why: CHOICE vs FUNDS — money did leave her card without her asking, but it went into a
    # product the branch switched on for her without consent: an add-on without consent
    # (CHOICE); nothing was lost or taken by a stranger.
    L("tb_subsidy_card_swept_into_wealth", """徐碧网点：
我婆婆的惠农补贴卡是你们办的。十一月七日我带她去取钱，卡里显示只有八十几块，可是补贴应该有两千多。我们吓坏了，以为被人偷了。问了柜员才知道，这张卡今年换卡的时候被开通了“闲钱自动转理财”，钱都转到一个理财里去了，要取得先赎回，当天还不一定到。
我婆婆不识字，换卡的时候根本没人问她要不要这个，她也不会同意。老人的补贴钱，谁叫你们给她开这个的？请马上关掉，把钱转回卡里。
儿媳 罗美玉 电话 0598-2619328
2026.11.9""",
      T(complainant="罗美玉", phones=("0598-2619328",), dates=("2026-11-07", "2026-11-09"),
        units=("XB",), complained=("XB",), business="自营理财", cause=CHOICE, signed="2026-11-09")),
    L("tb_business_loan_needs_payroll_and_pos", """城东支行行长：
本人经营一家小型家具厂，工人二十余名。今年八月向贵行申请一百万元流动资金贷款。审批过程中客户经理提出，须将厂里的工资代发、收款POS机全部转到贵行，另需开通贵行企业手机银行和对公信用卡，否则“综合贡献不够，审批不好过”。
本厂工资一直在另一家银行代发，POS机也用了多年，转过来既麻烦又无必要。贷款是贷款，结算在哪里办应由企业自己决定。请贵行取消这些附加条件，按贷款本身的条件审批。
明溪县永兴家具厂 黄振华
电话 0598-2863340
2026年8月26日""",
      T(complainant="黄振华", phones=("0598-2863340",), dates=("2026-08-26",),
        units=("CD",), complained=("CD",), business="贷款", cause=CHOICE, signed="2026-08-26")),
    L("tb_car_loan_gps_and_member_pack", """燕西支行：
我十月在车行买车，贷款是你们燕西支行做的。签合同那天，你们的人拿出一张单子，说贷款必须同时装一个GPS定位，再买一个“车主会员服务包”，加起来三千二，不装不买就不放款。我说我不要会员包，什么洗车保养我用不着，他说是打包的。
钱我也不是付不起，人家说别的地方也差不多这个价。我就是想不通，贷款就贷款，凭什么硬塞给我一堆我不要的东西？请把会员包退掉。
郑海波
电话：158 6098 1172
2026年11月5日""",
      T(complainant="郑海波", phones=("15860981172",), dates=("2026-11-05",),
        units=("YX",), complained=("YX",), business="贷款", cause=CHOICE, signed="2026-11-05")),
    L("tb_credit_report_print_only_with_app_signup", """列西的同志
十一月十七日我去列西打一份征信报告，村里办低保要用。大堂的年轻人说打印可以，但是要先下载你们的手机银行、注册、再绑一张卡才能在机器上打，不然不给打。我说这个手机是儿子买的，我只会接电话，他就拿过去帮我装了、注册了，还绑了我的社保卡，叫我以后别删，说是他们的任务。
我只想打一张纸，为什么要给我装这装那？请你们以后别这样。
上洋村 邹有才 电话 152 5984 6310
2026年11月18日""",
      T(complainant="邹有才", phones=("15259846310",), dates=("2026-11-17", "2026-11-18"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=CHOICE, signed="2026-11-18")),
    # ---------------------------------------------------------------- 定价收费
    # why: FEE vs RULE — he accepts that a payoff certificate is needed and that the bank
    # issues it; he objects to 50 yuan a copy and 20 yuan a page: the level of a charge (FEE).
    L("tb_payoff_certificate_fifty_a_copy", """徐碧支行：
我的房贷今年十月提前还清了，卖房要给买家和不动产中心各一份结清证明，还要一份五年的还款流水。十一月四日去徐碧支行开，柜员说结清证明每份五十元，还款流水每页二十元，流水打出来十一页。一共三百二十块。
证明要开，这个我认，流程也没什么好说的。可是就几张纸，打印一下盖个章，收三百多是什么道理？别的银行我问了，结清证明是免费的。请贵行把这个价钱降下来，这回多收的退给我。
许国梁  13305983107
2026年11月6日""",
      T(complainant="许国梁", phones=("13305983107",), dates=("2026-11-04", "2026-11-06"),
        units=("XB",), complained=("XB",), business="贷款", cause=FEE, signed="2026-11-06")),
    # why: FEE vs RET — she accepts that the gold price falls and rises; she objects to the
    # bank's price being 30 yuan a gram above the shops the same day: the level of a charge.
    L("tb_gold_bar_thirty_above_market", """我十月十号在你们燕西支行买了一根一百克的金条，当天你们的牌价一克比街上金店高了快三十块，比网上的大盘价高四十多，一根金条我多花了三千块。金价涨跌我认，这个怪不了谁，可同一天同样的金子，银行卖得比金店还贵这么多，说是包含“加工费、品牌费”。请你们说说这个价是怎么定的。
林丽芬 电话0598-3856210
2026年10月16日""",
      T(complainant="林丽芬", phones=("0598-3856210",), dates=("2026-10-10", "2026-10-16"),
        units=("YX",), complained=("YX",), business="贵金属", cause=FEE, signed="2026-10-16")),
    L("tb_installment_rate_sixteen_percent", """信用卡中心：
九月份我刷卡买了一台两万块的空调和冰箱，分了十二期，每期手续费0.75%，客服说得清清楚楚，这个我承认。我以为一年就是9%。后来我儿子帮我一算，钱是每个月在还的，手续费却一直按两万算，折成年利率差不多16%，比高利贷也差不了多少了。
别的银行同样分期每期0.5%左右，你们贵了一大截。请你们把分期的手续费降下来，我这一笔能不能按低一点的算。
王桂兰
电话：138 0598 1206
2026年10月27日""",
      T(complainant="王桂兰", phones=("13805981206",), dates=("2026-10-27",),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE, signed="2026-10-27")),
    # why: FEE vs CHOICE — he states he accepts both the appraisal and the appraiser the bank
    # named; only the price (0.6 % of the value, 2,400 yuan for a 100,000 loan) is attacked.
    L("tb_appraisal_fee_for_small_mortgage", """城东支行：
我拿自家店面抵押，在贵行贷十万块周转。客户经理说抵押要先评估，评估公司是行里合作的，这个我都没意见。十月二十一日评估公司来看了一眼，拍了几张照，收了两千四百块，说按评估价的千分之六收。
贷十万块，光评估费就两千四，等于多了两个多点的利息。我打听过，别的地方评估一次几百块。请贵行跟评估公司说说，这个价定得太高了，小额贷款能不能少收。
个体户 蔡明生
13960572318
2026年10月25日""",
      T(complainant="蔡明生", phones=("13960572318",), dates=("2026-10-21", "2026-10-25"),
        units=("CD",), complained=("CD",), business="贷款", cause=FEE, signed="2026-10-25")),
    L("tb_guarantee_fee_on_farm_loan", """明溪县支行领导：
我们合作社今年在贵行申请“乡村振兴”贷款五十万元，按要求要由县融资担保公司担保。三月二十日放款，担保费一年百分之二点五，一年一万二千五，加上贷款利息，一年成本将近百分之七。
文件上说这个贷款是扶持农民的，可是这么高的担保费，扶持在哪里？听说外县同样的贷款担保费是百分之一。请贵行协调把担保费降下来。
明溪县绿源茶叶专业合作社 理事长 官春生
电话：0598-2788163、13850586027
2026年3月28日""",
      T(complainant="官春生", phones=("0598-2788163", "13850586027"), dates=("2026-03-20", "2026-03-28"),
        units=("MX",), complained=("MX",), business="贷款", cause=FEE, signed="2026-03-28")),
    # ---------------------------------------------------------------- 合同条款
    # why: CLAUSE vs FUNDS — money did leave her daughter's savings account without her doing
    # anything, but the bank took it under the set-off article of the loan contract she
    # signed, and that article is what she attacks: an unfair clause (CLAUSE).
    L("tb_setoff_clause_took_tuition_savings", """徐碧支行：
我丈夫和我是一笔经营贷的共同借款人。十月份生意周转不过来，晚还了五天。就这五天里，你们从我名下另一个存折上划走了一万一，那是我给女儿存的大学学费。
十月三十日我去问，客户经理拿出借款合同第十四条给我看：“借款人逾期的，贷款人有权从借款人在贷款人处开立的任何账户中直接扣收”。我承认签过字，当时谁会去细看。可一笔逾期五天的贷款，就能把我所有存折上的钱都扣走，连孩子上学的钱都不放过，这种条款对我们太不公平了。
请把一万一退回，这一条对我们以后别再用。
邓丽华 电话 181-5982-6643
2026年11月2日""",
      T(complainant="邓丽华", phones=("18159826643",), dates=("2026-10-30", "2026-11-02"),
        units=("XB",), complained=("XB",), business="贷款", cause=CLAUSE, signed="2026-11-02")),
    # why: CLAUSE vs DISC/RET — he read the extension article before buying and asked about
    # it; he attacks the article itself, which lets the bank alone push back his maturity.
    L("tb_wealth_term_extendable_by_bank", """个人金融部：
2025年11月12日我在城东支行买了贵行一款一年期封闭式理财二十万。产品说明书第九条写着：“如遇市场流动性不足，管理人有权延长产品期限，最长不超过二十四个月，无需另行征得投资者同意。”买的时候我问过这条，理财经理说“从来没用过，放心”。
今年11月12日到期，贵行发公告说延期十二个月。钱到期拿不回来，再等一年，能拿回多少也不保证。我认为这一条只给银行自己留了后路，投资者一点办法都没有，是霸王条款。请贵行按原期限兑付。
赖文进
电话 15306982241
2026年11月16日""",
      T(complainant="赖文进", phones=("15306982241",), dates=("2025-11-12", "2026-11-12", "2026-11-16"),
        units=("PF", "CD"), complained=("PF",), business="自营理财", cause=CLAUSE, signed="2026-11-16")),
    L("tb_loan_disputes_sued_in_fuzhou", """明溪支行：
我在你们那贷的二十万经营贷，因为还款日期算法和你们有争议，想走法律途径。一看合同，第二十条写着“因本合同发生的争议，由贷款人上级分行所在地人民法院管辖”，就是说要到福州去打官司。
我在明溪做小生意，贷款也是在明溪贷的，凭什么要我跑到福州去告？来回路费、请律师的钱比争的钱还多，等于不让我们告。这种条款请你们改掉，我的争议在明溪解决。
陈建新 电话：13859093380
二〇二六年十一月十一日""",
      T(complainant="陈建新", phones=("13859093380",), dates=("2026-11-11",),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE, signed="2026-11-11")),
    L("tb_credit_query_consent_forever", """燕西支行：
2021年我在燕西贷过一笔消费贷，2022年就还清了。今年我查征信，发现2023、2024、2025年每年你们都查了我一次征信，查询原因写的是“贷后管理”。
我去问，说当年签的《征信查询授权书》写的是“授权期限自签署之日起至本人在贵行所有业务终结之日止”，我还有一个存折在你们这里，所以业务没终结，可以一直查。
一个存折也算业务？这样的授权等于一辈子都能查我的征信，查多了别的银行还以为我到处借钱。我认为这个授权的写法不公平，请停止查询，并把这几次记录说明清楚。
廖晓东 手机 177 5098 2631
2026年9月30日""",
      T(complainant="廖晓东", phones=("17750982631",), dates=("2026-09-30",),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=CLAUSE, signed="2026-09-30")),
    L("tb_cross_default_any_bank", """城东支行：
我在贵行有一笔五十万的经营贷，三年来每月按时还。十一月上旬我在另一家银行的信用卡因为出差忘了还，晚了三天，已经补上了。十一月十八日贵行通知我，根据借款合同第十二条“借款人在任何金融机构发生逾期的，视为本合同项下违约”，贷款提前到期，还要按合同加收百分之五十的罚息。
我在你们这里一天都没晚过，别的银行晚三天就算我在你们这里违约，还要罚息，这个约定太霸道了。请贵行撤销提前到期和罚息。
施永昌
电话 0598-2305517
2026年11月21日""",
      T(complainant="施永昌", phones=("0598-2305517",), dates=("2026-11-18", "2026-11-21"),
        units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE, signed="2026-11-21")),
    # ---------------------------------------------------------------- 产品收益
    L("tb_wealth_two_years_thin", """个金部的同志：
我前年在明溪支行买了贵行一款两年期的理财，十万元，今年十月八日到期，到手一共102,600，两年赚了两千六，一年才一块三的利息。当时理财经理讲得很实在，说这个不保本，业绩比较基准三点五到四，不保证，是我自己觉得比定期好才买的。
我也不是要告谁，就是想问问，你们行自己管的钱，两年就做成这样？存定期都比这个强。有没有什么补偿，或者下回给我们老客户推荐点靠谱的。
老周（周秉义）
电话：0598-2336421
2026年10月13日""",
      T(complainant="周秉义", phones=("0598-2336421",), dates=("2026-10-08", "2026-10-13"),
        units=("PF", "MX"), complained=("PF",), business="自营理财", cause=RET, signed="2026-10-13")),
    # why: RET vs MKT — the fund was his own pick after a risk test, and he says nobody
    # promised him anything; he objects only to the 30 % drop: the return of an undisputed
    # sale (RET).
    L("tb_counter_fund_down_thirty_percent", """城东支行：
2024年3月我在你们柜台买了一只新能源的股票基金，八万块。是我自己看中的，做了风险测评，是进取型，柜员也提醒过股票基金会亏，这些我不否认，也没人跟我打包票。
到今年十一月，这只基金亏了百分之三十还多，八万剩五万四。我去问，客户经理说基金公司管的，银行只是代卖。
道理我都懂，可是亏了两万六，我睡不着。我想问你们卖的时候有没有对这只基金把过关，现在能不能帮我想点办法，比如转成别的少亏一点的。
苏长青 电话 15880596112
2026年11月26日""",
      T(complainant="苏长青", phones=("15880596112",), dates=("2026-11-26",),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=RET, signed="2026-11-26")),
    L("tb_gold_account_bought_at_peak", """燕西支行：
今年四月二十二日，我在你们燕西支行开了黄金积存，一次买了一百克，那天一克七百八十多。买的时候柜员也说了金价会跌，我自己要买的。
到十一月，金价掉到七百一十几，一百克亏了七千。我一个月退休金才三千多，这七千要攒两个月。
我知道金价不是你们定的，可你们卖黄金的总该懂行情吧？能不能给我们这种买在高点的老人一点补贴，或者帮我把亏的利息补一点。
钟玉兰
电话：13799836402
2026年11月20日""",
      T(complainant="钟玉兰", phones=("13799836402",), dates=("2026-04-22", "2026-11-20"),
        units=("YX",), complained=("YX",), business="贵金属", cause=RET, signed="2026-11-20")),
    L("tb_universal_life_rate_slid", """徐碧支行：
五年前在你们徐碧网点买了一份万能险，那时候结算利率百分之四点五，我知道这个利率是浮动的，保底只有百分之二，合同里写了，也有人讲过。
这几年一路往下降，十二月二日我查了一下，这个月的结算利率只有百分之二点五了。五年下来账户里的钱还不如存五年定期。请你们跟保险公司反映一下，老客户的利率能不能往上调一点，不然我只能退保了。
退休医生 肖文清
139-5988-2047
2026年12月4日""",
      T(complainant="肖文清", phones=("13959882047",), dates=("2026-12-02", "2026-12-04"),
        units=("XB",), complained=("XB",), business="银行代理业务", cause=RET, signed="2026-12-04")),
    # why: RET vs FUNDS — part of her principal is gone, but by the fall of the product's net
    # value in a product she chose knowing it could lose; nothing left her account without her
    # act: the return of an undisputed sale (RET).
    L("tb_r2_wealth_lost_principal", """明溪县支行：
我在贵行买了一款“固收增强”的理财，十五万，风险等级R2，买的时候客户经理给我看了说明书，说“低风险但不保本”，我签了字。十一月九日到期，到账148,350，本金少了一千六百五十。
我跟女儿说，理财怎么会把本钱亏了，她说是债券跌了。我一个卖早点的，一千多块要起早贪黑一个月。我不是说你们骗我，合同我也认，可是R2都能亏本金，以后谁还敢买？请贵行给个解释，能不能补一点。
涂秀珍 电话 156 5983 0218
2026年11月12日""",
      T(complainant="涂秀珍", phones=("15659830218",), dates=("2026-11-09", "2026-11-12"),
        units=("MX",), complained=("MX",), business="自营理财", cause=RET, signed="2026-11-12")),
    # ---------------------------------------------------------------- 消费者资金安全
    # why: FUNDS vs DATA/SYS — someone else drew the credit loan and moved it out after taking
    # over his phone number; he did neither act: money gone without the customer's act
    # (FUNDS), even though the loan is what now sits in his name.
    L("tb_credit_loan_drawn_after_number_hijack", """城东支行：
11月13日晚上我的手机突然没信号，第二天早上到营业厅，才知道有人拿假证明把我的号码补了一张新卡。就在那一夜，有人用我的号码登录你们的手机银行，把我名下“快贷”的五万额度全部借出来，又分六笔转到外地几个账户。
我从来没借过这笔钱，转账也不是我做的。11月14日上午我就报了警，也到城东支行挂失、冻结。现在你们的短信天天叫我还五万块的款。请你们把这笔贷款挂起来，不要算我逾期，追回钱之前不要上征信。
郭海林
电话（新卡）13600897341
2026年11月17日""",
      T(complainant="郭海林", phones=("13600897341",), dates=("2026-11-13", "2026-11-14", "2026-11-17"),
        units=("CD",), complained=("CD",), business="贷款", cause=FUNDS, signed="2026-11-17")),
    # why: FUNDS vs SVC — the counter did mishandle it (a village clerk drew nine people's
    # subsidies without their IDs), but what the villagers object to is their money taken
    # without any act of theirs (FUNDS).
    L("tb_village_clerk_drew_nine_subsidy_cards", """列西分理处负责人：
我们是下坪村的九户村民。我们的耕地地力补贴和生态公益林补贴都打在列西发的惠农卡上。十一月初我们才知道，村里的报账员邱某从今年五月起，拿着他“代保管”的我们九个人的卡，在列西柜台把补贴一笔一笔取走了，一共一万七千多。我们九个人一次都没去过，也没给过他身份证，更没写过委托。
我们问分理处，凭什么一个人拿九张别人的卡就能在柜台取钱？分理处说他知道密码。我们的钱，我们没取，也没叫别人取，就这样没了。请分理处查清楚，把钱退给我们。
下坪村村民代表 黄土根（九户联名名单附后）
电话 0598-2772410
2026年11月15日""",
      T(complainant="黄土根", phones=("0598-2772410",), dates=("2026-11-15",),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FUNDS, signed="2026-11-15")),
    L("tb_gold_account_sold_by_someone", """我的黄金积存账户里本来有六十克金子，是在徐碧网点一点一点攒的。10月28号我登手机银行看，变成零了，记录显示10月26号凌晨两点分三次全部卖出，钱转到一个我不认识的账户。凌晨两点我在睡觉，手机就在床头，没收到任何验证码。
你们说是“本人手机银行操作”，我说不是我，你们拿出证据来。四万多块的金子就这么没了，请马上查
何建设 电话187-5983-0027
2026-10-30""",
      T(complainant="何建设", phones=("18759830027",), dates=("2026-10-28", "2026-10-26", "2026-10-30"),
        units=("XB",), complained=("XB",), business="贵金属", cause=FUNDS, signed="2026-10-30")),
    L("tb_dead_fathers_passbook_emptied", """尊敬的明溪县支行行长：
家父严茂林于二〇二六年八月三日病逝。九月二十五日，我们兄妹三人办好继承公证，到贵行准备支取家父存折中的存款约六万元，柜员一查，余额只剩四十几元。流水显示八月十二日有人在贵行柜台持家父的存折和一张身份证把钱全部取走。
家父八月三日已经去世，不可能在八月十二日到柜台取钱。存折一直锁在家父床头柜里，丧事期间家里人来人往，我们也说不清。我们只知道，这笔钱我们兄妹没有一个人取过，也没有授权任何人。请贵行调出当天的监控和取款凭证，查明取款人，把钱追回。
严秀梅
电话 13959829014
二〇二六年九月二十八日""",
      T(complainant="严秀梅", phones=("13959829014",),
        dates=("2026-08-03", "2026-09-25", "2026-08-12", "2026-09-28"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=FUNDS, signed="2026-09-28")),
    # why: FUNDS vs CHOICE — the premiums were not an add-on sold to him: the policy is
    # somebody else's, and his card was debited for it by a wrong card number; he did nothing:
    # money gone without the customer's act (FUNDS).
    L("tb_stranger_policy_debited_from_my_card", """燕西支行：
我叫巫志强。十一月二日我打银行流水办签证，发现从2024年起我的工资卡每年十月都扣了一笔三千八的保费，收款的是一家保险公司。我从来没买过保险。
我打电话问保险公司，投保人是一个我不认识的人，姓吴，保单上的扣款卡号填的是我的卡号。保险公司说是你们燕西支行代理的，扣款是你们银行扣的。
我没签过任何授权，钱就这样被扣了两年，七千六。请你们查清楚为什么别人的保单能从我的卡里扣钱，把钱退回来，并停掉这个扣款。
巫志强
13860593320
2026年11月4日""",
      T(complainant="巫志强", phones=("13860593320",), dates=("2026-11-02", "2026-11-04"),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=FUNDS, signed="2026-11-04")),
    # ---------------------------------------------------------------- 消费者信息安全
    L("tb_credit_report_handed_to_next_in_line", """徐碧支行：
十一月二十四号我在你们大厅的机器打了一份个人征信，机器卡纸，大堂经理帮我拿出来。我等了一会儿他说打不出来，叫我改天再来。第二天我们小区一个不太熟的邻居在菜市场跟我说“你房贷还欠三十多万啊”，我才知道，我那份征信被他随手递给了排在我后面的她，她以为是自己的，拿回家一看才发现不对。
那上面有我的身份证号、住址、工作单位、每一笔贷款、信用卡欠多少。现在邻居都知道了。请你们给我一个说法，这种东西怎么能随手给别人。
胡美琴  手机１３５０５９８７２１６
2026年11月27日""",
      T(complainant="胡美琴", phones=("13505987216",), dates=("2026-11-24", "2026-11-27"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA, signed="2026-11-27")),
    # why: DATA vs SVC — it is a staff member's misconduct, but what the writer objects to is
    # that his loan and card debts were looked up and told to his girlfriend's family:
    # personal data given away (DATA).
    L("tb_clerk_told_in_laws_about_my_loans", """明溪县支行：
我和女朋友谈了两年，十月份准备订婚。十月二十日她妈妈突然说不同意，说我“在银行欠了一屁股债，车贷、信用卡都没还完”，连金额都说得出来。后来我才知道，她表姐在你们支行上班，是她在系统里查了我的贷款和信用卡，告诉了她们家。
我的车贷每个月按时还，信用卡也从来没逾期，欠多少是我自己的事。你们的员工凭什么查我的东西、告诉外人？婚事现在黄了。请你们查一下这个员工什么时候、用谁的权限查的我，给我一个处理结果。
邱俊杰  电话 18065983372
2026年11月3日""",
      T(complainant="邱俊杰", phones=("18065983372",), dates=("2026-10-20", "2026-11-03"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA, signed="2026-11-03")),
    # why: DATA vs MKT — the loan officer posted the list to advertise the credit lines, but
    # the grievance is that everyone's ID numbers and credit lines were put in front of the
    # whole village: personal data given away (DATA).
    L("tb_credit_line_list_posted_in_village_group", """列西分理处：
十一月十日，你们的信贷员把一张表格发到了我们村的微信大群里，群里有四百多人，还有外村嫁进来的、在外面打工的。表格标题是“整村授信名单”，每户户主的名字、身份证号、手机号、给了多少授信额度，全部都有。他在下面写“额度已批，欢迎来列西办理”。
我家是三万，隔壁是十万，现在全村都在比谁家多谁家少，还有人来问我家为什么那么少，是不是欠了谁的钱。身份证号放在几百人的群里，被人拿去干坏事怎么办？
表格虽然后来撤回了，可早就被人存了。请你们查清楚，以后不要这样。
严家村 李振兴 电话 150 8059 4271
2026年11月13日""",
      T(complainant="李振兴", phones=("15080594271",), dates=("2026-11-10", "2026-11-13"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA, signed="2026-11-13")),
    L("tb_loan_notice_mailed_to_old_workplace", """城东支行：
我三年前在贵行办的装修贷，办的时候留的单位地址是原来那家公司，一年前我换了工作，也到网点改过联系地址。十一月份贵行寄了一封“贷款利率调整通知书”，还是寄到原来公司，被前同事拆开了，里面有我的名字、身份证号、贷款金额、剩余本金，他拍照发在了原公司的群里取笑我。
我改过地址的，你们不用，把我的贷款信息寄给原来的单位，现在原公司的人都知道我欠了多少钱。请贵行说明为什么还寄老地址，并处理这件事。
涂建华 电话：0598-2216637
2026年11月29日""",
      T(complainant="涂建华", phones=("0598-2216637",), dates=("2026-11-29",),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA, signed="2026-11-29")),
    # why: DATA vs MKT — it was a sales call, but she objects to how the insurance agent knew
    # her deposit's size and maturity day, which only the branch held: personal data given
    # away (DATA), not the way of selling.
    L("tb_insurer_knew_my_deposit_maturity", """燕西支行：
我在燕西有一张二十万的定期，十二月八日到期。十一月三十日有个保险公司的业务员打我电话，张口就说“张阿姨，您在燕西支行那张二十万的存单下礼拜就到期了，转到我们的产品里利息高得多”。到期日、金额、网点，一个不差。
这张存单除了我和你们银行，谁也不知道，连我儿子都不知道是二十万。你们把存款客户的名单给保险公司了？请查清楚，给我一个交代。
张玉珍
电话 13507591846
2026年12月2日""",
      T(complainant="张玉珍", phones=("13507591846",), dates=("2026-12-08", "2026-11-30", "2026-12-02"),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA, signed="2026-12-02")),
    # ---------------------------------------------------------------- 债务催收方式和手段
    # why: DEBT vs DATA — his photo and ID did go public, but they were posted by the firm
    # chasing his admitted card debt, as a way to press him: how a debt is chased (DEBT).
    L("tb_collector_posted_my_photo_on_video_app", """信用卡中心
我承认信用卡欠了两万三，失业半年还不上，跟你们说过年后开始还。11月21日我表弟发给我一个短视频链接，是一个叫“XX资产”的账号发的，标题“曝光老赖”，里面有我的身份证照片、我的脸、我家住哪个小区，说我欠银行钱不还。我问了你们客服，这家公司是你们委托的。
欠钱我认，可你们委托的人把我挂到网上，我老婆出门都抬不起头。请马上让他们删掉视频，换一种方式跟我谈还款
詹志明 19905986635
2026年11月23日""",
      T(complainant="詹志明", phones=("19905986635",), dates=("2026-11-21", "2026-11-23"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT, signed="2026-11-23")),
    # why: DEBT vs SVC — the swearing came from the bank's own loan officer, which looks like
    # a clerk's manner, but it happened while he was chasing an overdue loan the farmer
    # admits: how an admitted debt is chased (DEBT).
    L("tb_loan_officer_swore_over_late_payment", """明溪支行
我在你们那里贷的农户贷款这个月晚了几天还，是因为竹笋款没结回来，我自己打电话跟信贷员说过了，月底前一定还。
10月16号晚上十点多，信贷员打电话来，一开口就骂，什么“穷鬼”“借钱不还的东西”，还说再不还就到我家门口拉横幅。我老婆在旁边都听到了，一晚上没睡。10月18号又打来骂了一回。
我欠的我还，可是你们的人不能这样骂人。请管管他。
罗长福 电话158 6092 0731
2026年10月20日""",
      T(complainant="罗长福", phones=("15860920731",), dates=("2026-10-16", "2026-10-18", "2026-10-20"),
        units=("MX",), complained=("MX",), business="债务催收", cause=DEBT, signed="2026-10-20")),
    L("tb_collectors_at_kids_school_gate", """城东支行：
我在你们那里的经营贷逾期了，我认，正在卖店面还。可是十一月二十五日下午，三个男的举着牌子站在我儿子小学门口，牌子上写着“某某某的爸爸欠钱不还”，放学的家长孩子都看见了。我儿子才九岁，回家哭着说不去上学了。他们自称是你们委托来收账的。
大人的事和小孩有什么关系？请你们马上叫他们停止，不然我就报警。
何文军 13950877160
2026年11月26日""",
      T(complainant="何文军", phones=("13950877160",), dates=("2026-11-25", "2026-11-26"),
        units=("CD",), complained=("CD",), business="债务催收", cause=DEBT, signed="2026-11-26")),
    L("tb_collector_pushed_online_loans", """燕西支行：
我在燕西贷的五万块车贷逾期两个月了，欠款我认。十一月份一个自称受你们委托的催款员，每天给我发好几个手机贷款APP的链接，说“你去这几个平台借出来先把我们这笔还上，不然马上起诉拖车”，还教我怎么填资料能多借点。那几个平台我查了，年利率百分之三十多。
你们的钱要还，我会想办法，可叫我去借高利贷来还你们，这不是把人往坑里推吗？请你们管管这个催款员。
吴国华
电话 136 5983 2241
2026年11月25日""",
      T(complainant="吴国华", phones=("13659832241",), dates=("2026-11-25",),
        units=("YX",), complained=("YX",), business="债务催收", cause=DEBT, signed="2026-11-25")),
    # why: DEBT vs CLAUSE — he does not attack the repossession article of the car-loan
    # contract; he objects that the car was towed at midnight from his shop with his goods
    # inside and no notice: how an admitted debt is chased (DEBT).
    L("tb_car_towed_at_midnight", """徐碧支行：
我的货车贷款晚了一个多月，欠的钱我认，合同里写着逾期可以收车，这个我也认。可是十月三十一日半夜十二点，一帮人没打任何招呼，直接把车从我店门口拖走了，车里还有一车要给客户送的瓷砖，我早上起来还以为车被偷了，报了警才知道是你们叫的人。
车里的瓷砖到现在还没还我，客户那边我要赔钱。要收车可以先通知我，我自己开过去，用不着半夜来偷一样地拖。请把车上的货还给我，并说清楚是谁做的。
杨金华
电话：13859811702
2026年11月3日""",
      T(complainant="杨金华", phones=("13859811702",), dates=("2026-10-31", "2026-11-03"),
        units=("XB",), complained=("XB",), business="债务催收", cause=DEBT, signed="2026-11-03")),
    # ---------------------------------------------------------------- 其他
    L("tb_library_donation_never_arrived", """明溪县支行：
今年六月一日，贵行在我校举行“爱心书屋”捐赠仪式，拍了照片，发了新闻，说捐赠图书两千册、书架十个，九月开学前送到。现在已经十二月了，书和书架一本一个都没有到，孩子们天天问“银行叔叔的书什么时候来”。我打过支行办公室两次电话，都说在走流程。
如果捐不了也请说一声，学校好另想办法，不要让孩子们空等。
明溪县瀚仙镇龙湖小学 校长 罗小平
电话 0598-2679014
2026年12月1日""",
      T(complainant="罗小平", phones=("0598-2679014",), dates=("2026-06-01", "2026-12-01"),
        units=("MX",), complained=("MX",), business="其他", cause="其他", signed="2026-12-01")),
    L("tb_dragon_boat_sponsor_withdrawn", """致徐碧支行（抄送城东支行）
我们是沙溪边上几个村合组的龙舟队。今年四月二十八日，徐碧支行的行长当面答应赞助我们端午龙舟赛的队服和伙食费八千元，我们队服上都印了你们行的名字。比赛前三天突然打电话说预算没批，不赞助了。队服已经做好，钱是队员们自己凑的。
城东支行前年赞助过我们，说到做到，我们一直记着。徐碧这样答应了又反悔，让我们在村里很没面子。希望给个说法。
龙舟队队长 廖水旺
手机 13705982613
2026年6月22日""",
      T(complainant="廖水旺", phones=("13705982613",), dates=("2026-04-28", "2026-06-22"),
        units=("XB", "CD"), complained=("XB",), business="其他", cause="其他", signed="2026-06-22")),
)
