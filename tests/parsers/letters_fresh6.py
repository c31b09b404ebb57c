"""A sixth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh6`, blind — without reading the parsers, the router, the benchmark, the service code or
any other letter set (only the `Truth`/`HeldOutLetter`/`heldout_directory` definitions of
letters_heldout.py and the shape test_blind_letter_sets.py expects).

Each letter carries what a careful clerk would record, labelled by these rules:
- complainant: the person who writes (a relative writing for an elderly parent is the
  complainant); a surname with a title is a name, a nickname ("老陈", "何老太") is not;
- phones as digits ("0598-8331234" for landlines, mobiles 11 digits); dates ISO, every date
  the letter states with a day; a date without a year is in the signing year; an undated
  letter's dates stay "--MM-DD"; relative dates ("第二天") are not recorded;
- units: every unit of heldout_directory() the letter names (also as an address or a unit it
  praises); complained: the unit(s) the grievance is about;
- cause: what the bank did that the writer objects to, not what is at stake (JR/T 0169 as the
  project reads it): treatment or a clerk's mishandling → 服务态度及服务质量, a failed machine
  or system → 服务设施设备业务系统, a rule applied as designed → 管理制度业务规则与流程,
  misrepresentation to sell → 营销方式和手段, silence on a material fact → 信息披露, a tie or an
  add-on without consent → 自主选择权, the level of a charge → 定价收费, an unfair clause →
  合同条款, the return of an undisputed sale → 产品收益, money gone without the customer's act →
  消费者资金安全, personal data given away → 消费者信息安全, how an admitted debt is chased →
  债务催收方式和手段, nothing about a financial service to the writer → 其他;
- business: cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers and drafts →
  支付结算, cash, damaged notes and coins → 人民币管理, foreign currency → 外汇, the bank's own
  wealth product → 自营理财, a third party's insurance → 银行代理业务, gold → 贵金属, fee
  services (deposit certificates) → 其他中间业务, personal data → 个人金融信息, chasing a debt →
  债务催收, loans → 贷款.
No letter names its cause with the words of the cause's label.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


FRESH6: tuple[L, ...] = (
    L("f6_wheelchair_made_to_queue", """明溪县支行：
我叫郑国梁，去年在工地上摔断了腿，现在坐轮椅。十月十四日上午我让邻居推我去你们列西分理处取一笔到期的定期存款，门口台阶高，是邻居和一个路人把我抬进去的。进去后我问大堂的小伙子能不能先给我办，他说“谁都要排队，残疾也一样”，头都没抬。我在过道里等了一个多钟头，轮椅挡着别人走路，还被保安叫挪了三次。轮到我时，存单上要签字，我的手够不着柜台，柜员让我站起来，我站不起来她就在里面叹气。钱最后是取到了，一分没少，我要说的不是钱。
我希望列西分理处给我一个书面道歉，并且以后对坐轮椅和拄拐的人安排优先办理。
郑国梁  电话 138 5983 2206
2026年10月16日""",
      T(complainant="郑国梁", phones=("13859832206",), dates=("2026-10-14", "2026-10-16"),
        units=("MX", "LJ"), complained=("LJ",), business="人民币储蓄", cause=SVC, signed="2026-10-16")),
    L("f6_inheritance_papers_told_piecemeal", """尊敬的领导：
我母亲林秀珍今年七月去世，留下在你们明溪支行的两张定期存单和一本活期存折，合计四万多元。我们兄妹三人商量好由我来办继承支取。九月二十二日第一次去，柜员说要死亡证明和户口本；九月二十九日带齐了去，又说要三兄妹都到场；十月九日三个人从外地请假回来，又说要公证书。公证办下来花了半个月，十月二十八日第四次去，换了一个柜员，她说其实五万元以下有简化手续，不用公证，前面那位搞错了。
我不是舍不得公证费，是四趟跑下来，哥哥从福州来回请了两次假，每次都是到了柜台才告诉我们还缺一样。后来我们去燕西支行问了一下，那边的阿姨一次就把要带的东西写在纸上给我们，清清楚楚，真是不一样。
请明溪支行查明前面几次是谁经办、为什么一次说不清楚，并赔偿我哥哥第二次白跑的路费。
林美华
联系电话：0598－8325517
二〇二六年十一月二日""",
      T(complainant="林美华", phones=("0598-8325517",),
        dates=("2026-09-22", "2026-09-29", "2026-10-09", "2026-10-28", "2026-11-02"),
        units=("MX", "YX"), complained=("MX",), business="人民币储蓄", cause=SVC, signed="2026-11-02")),
    L("f6_bank_draft_wrong_payee", """城东支行负责人：
本人刘建华，在县城开一家建材店。11月9日我在你们东门网点申请一张银行汇票，付给三明一家钢材厂货款十二万八千元。我把收款单位全称写在纸上交给柜员，她录的时候把“三明市鑫达钢材有限公司”打成了“三明市鑫达钢铁有限公司”，我当时没细看就拿走了。结果对方银行不收，汇票退了回来，货晚发了一个星期，工地停工等料，我赔了人家两千块误工。再去网点，柜员第一句话是“你自己签字确认过的”，退票重开又让我等了一个下午。
钱没有丢，可这个错不是我犯的。希望网点承认录错，赔偿我那两千元误工费。
刘建华 13905981174
2026年11月20日""",
      T(complainant="刘建华", phones=("13905981174",), dates=("2026-11-09", "2026-11-20"),
        units=("CD",), complained=("CD",), business="支付结算", cause=SVC, signed="2026-11-20")),
    L("f6_etc_tolls_charged_twice", """你好，我是跑货运的司机陈永福，车上装的是你们行的ETC，绑的是我的借记卡。十月份我发现每过一次高速收费站，卡上都扣两笔一样的钱，10月3日到10月21日一共多扣了四十一笔，一千三百多块。打客服电话，说是系统升级时重复扣款，会自动退回，让我等。等到今天还没退，每次打电话都说在处理。我一个跑车的，卡上的钱是要加油的。
要求：把重复扣的钱全部退回我的卡里，并告诉我以后会不会再出这种毛病。
陈永福
手机：186-5980-3317
2026.11.05""",
      T(complainant="陈永福", phones=("18659803317",), dates=("2026-10-03", "2026-10-21", "2026-11-05"),
        business="银行卡", cause=SYS, signed="2026-11-05")),
    L("f6_pension_day_system_down", """徐碧网点：
我父亲黄德旺七十八岁，每月十五号到你
们网点领养老金，用存折领。十月十五
日他早上七点半就去排队，九点开门后说电
脑系统坏了，办不了，让等。一等等到十
二点多，系统还是不好，又让下午再来。下
午两点去，还是办不了，说是省里的系
统出问题。老人家带着降庄药，中午饭都
没吃，回来就头晕。十月十六日又去一趟，才取到。
网点的人对他还算客气，一直给倒水，这个
我们不怪。可是系统坏了，能不能早一点
在门口贴个告示，或者打电话告诉一声，让老人少跑一趟？
请你们以后系统出故障时及时在门口公告，并给老年人留一个应急的取款办法。
黄志强（黄德旺之子）
电话：0598 8312 640
2026年10月19日""",
      T(complainant="黄志强", phones=("0598-8312640",), dates=("2026-10-15", "2026-10-16", "2026-10-19"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SYS, signed="2026-10-19")),
    L("f6_deposit_machine_cash_not_credited", """燕西支行那台存款机你们到底管不管？！11月22号晚上八点我在自助厅往借记卡里存3000块，机器收了钱、点完了，屏幕卡住不动，两分钟后吐出卡来，一张凭条都没有，钱也没进账。当晚打了客服，说要等清机对账。现在四天了，钱还没到，打电话问就说“在核实”。三千块是我这个月的房租！马上把钱给我存进去，再把那台机器修好！！ 何丽萍 15160983325 2026-11-26""",
      T(complainant="何丽萍", phones=("15160983325",), dates=("2026-11-22", "2026-11-26"),
        units=("YX",), complained=("YX",), business="银行卡", cause=SYS, signed="2026-11-26")),
    L("f6_card_reissue_only_home_branch", """我叫吴淑芬，今年六十五，前些年在老家列西开了一张借记卡，现在跟儿子住在县城。上个月卡丢了，挂失后11月3日去城东支行补卡，柜员说补卡只能回开户的网点办，这是规定。列西离县城五十多公里，我一个老人要坐两趟班车。我问同一个银行为什么别的网点不能补，她说系统里就是这样设的，她也没办法。人家讲得客气，我不怪她，我就是觉得这个规矩不合理。
希望你们改一改，让卡丢了的人在哪个网点都能补办。
吴淑芬 电话 13074982251
二〇二六年十一月六日""",
      T(complainant="吴淑芬", phones=("13074982251",), dates=("2026-11-03", "2026-11-06"),
        units=("LJ", "CD"), complained=("CD",), business="银行卡", cause=RULE, signed="2026-11-06")),
    L("f6_mobile_limit_cut_to_5000", """银行的同志：
我是做装修的张海生。你们手机银行的转账限额，原来一天二十万，十月份不晓得哪天起变成了一天五千。我问客服，讲是新规定，一年多没去柜台“核实身份”的客户，一律降到五千，要本人带身份证到柜台才能调回来。我在工地上一天到晚走不开，给材料商付款一次就要三四万，十月二十七号和十一月二号两次付不出款，人家差点不供货。规定我晓得是防诈骗的，可是也要给我们干活的人想想办法。
请你们允许在手机上刷脸或者视频核实后调回限额，不要非得跑柜台。
张海生
13559836608
2026年11月4日""",
      T(complainant="张海生", phones=("13559836608",), dates=("2026-10-27", "2026-11-02", "2026-11-04"),
        business="支付结算", cause=RULE, signed="2026-11-04")),
    L("f6_burnt_notes_half_value", """致徐碧支行：
我家灶台边放的一沓钱被火燎了，一共十张一百元，有几张烧掉一个角。十月八日拿到你们那里兑换，柜员用尺子量了半天，说有四张剩下的不到四分之三，只能按半额兑，一张给五十，另外还有一张剩下不到一半，不给兑。柜员把规定拿出来给我看，是人民银行的文件，讲得很清楚，人也和气。道理我听了，可是这些钱明明一看就是一百块，号码都在，烧掉的只是边角。五百块变两百块，我这种种田的人心里过不去。
能不能请你们再帮我向上面申请一次，按全额兑换？
邱水根 手机13950874410
2026年10月10日""",
      T(complainant="邱水根", phones=("13950874410",), dates=("2026-10-08", "2026-10-10"),
        units=("XB",), complained=("XB",), business="人民币管理", cause=RULE, signed="2026-10-10")),
    L("f6_gold_plan_pitched_at_pension_day", """你们好，我是蔡秀兰的女儿，叫魏晓燕。我妈今年七十三，不识几个字。十一月十一日她去明溪县支行取钱，被一个穿西装的客户经理请进小房间，讲了一个多钟头的“积存金”，说黄金只涨不跌，每个月存一点比存银行利息高得多，想取随时按买的价格取回来。我妈当场签了每月扣两千的定投，还把卡里三万块一次买了黄金。回来跟我讲“随时按原价取回”，我一查，金价天天在变，卖出还要手续费，根本不是那么回事。
我们要求：取消我妈的积存金定投，把那三万块按原价退回，并且以后不要再把老人叫进小房间推销。
魏晓燕 手机 177 5983 0291
2026年11月15日""",
      T(complainant="魏晓燕", phones=("17759830291",), dates=("2026-11-11", "2026-11-15"),
        units=("MX",), complained=("MX",), business="贵金属", cause=MKT, signed="2026-11-15")),
    L("f6_card_stall_free_fee_promise", """信用卡中心：
十月五日国庆期间你们在菜市场门口摆摊办信用卡，送电饭锅。办卡的小姑娘跟我拍胸脯说这张卡“终身免年费，不用也不收钱”。我就办了，一直放着没用。十一月账单来了，扣了我年费三百八十元。打电话去问，说是免年费要一年刷满六次，卡片说明书上写着。我当时问了三遍，她三遍都讲不用刷也免。为了一个电饭锅被人哄了，心里很窝火。
请退还三百八十元年费，然后把这张卡销掉。
罗志明  电话0598-8346721
2026年11月18日""",
      T(complainant="罗志明", phones=("0598-8346721",), dates=("2026-10-05", "2026-11-18"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=MKT, signed="2026-11-18")),
    L("f6_insurance_cooling_off_untold", """我叫温丽娟，八月二十日在列西分理处柜台买了一份某人寿公司的分红型保险，每年交一万，交十年。当时柜员介绍了收益，也讲了是保险不是存款，这些都没问题。可她从头到尾没有提过有十五天的犹豫期，犹豫期内退保可以全额退钱。九月底我家里有急事想退，去问才知道过了犹豫期，现在退只能拿回现金价值，一万块只退两千多。这么要紧的事，签字的时候为什么一句不讲？合同那么厚，我们哪里看得过来。
请列西分理处和保险公司协商，按犹豫期内的标准给我全额退保。
温丽娟 手机：189 5984 1172
2026年10月8日""",
      T(complainant="温丽娟", phones=("18959841172",), dates=("2026-08-20", "2026-10-08"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=DISC, signed="2026-10-08")),
    L("f6_guarantor_not_told_direct_deduction", """永安燕西支行：
前年我表弟在你们那里贷了十五万做养殖，我给他当担保人，在一堆纸上签了字。当时信贷员只说“走个手续，他还不上才找你”，没有讲担保人的存款你们可以直接扣。今年表弟的贷款逾期，10月30日你们没打一个电话，就直接从我工资卡里划走了四万六千元，我发工资那天才发现。我现在知道担保要担责任，这个我不赖，可是签字的时候你们一句都不提会直接扣卡，我一点准备都没有，房贷都差点断供。
请你们把当年办担保时的录音录像调出来，说清楚当时有没有告诉过我，并且把扣款的详细明细给我。
周立新 13860982745
2026年11月12日""",
      T(complainant="周立新", phones=("13860982745",), dates=("2026-10-30", "2026-11-12"),
        units=("YX",), complained=("YX",), business="贷款", cause=DISC, signed="2026-11-12")),
    L("f6_commemorative_coins_need_new_card", """城东支行：
我在网上预约了十套马年纪念币，预约时填的是我的身份证，没有要求银行卡。十二月一日去你们东门网点兑换，工作人员说要兑纪念币必须先在你们这儿开一张借记卡，钱从卡里扣，现金不收。我说我有别家银行的卡，也带了现金，她说“不开卡就不给兑”。我不想为了几套纪念币多一张卡，以后每年还要管它。
要求：按预约让我用现金兑换纪念币，不要把开卡当成条件。
谢文斌 电话：135 9981 0427
2026年12月3日""",
      T(complainant="谢文斌", phones=("13599810427",), dates=("2026-12-01", "2026-12-03"),
        units=("CD",), complained=("CD",), business="人民币管理", cause=CHOICE, signed="2026-12-03")),
    L("f6_loan_renewal_needs_time_deposit", """我叫钟国平，在徐碧开一家小超市，在徐碧支行有一笔三十万的经营贷，十一月底到期要续贷。11月16日信贷员跟我说，续贷可以，但要先在支行存一笔六万元的一年期定期，存单押着，不然“额度批不下来”。我周转正紧张才要贷款，哪来六万放死在那里？问他是哪条规定，他说是支行的任务，大家都这么办。
请取消续贷要先存定期的要求，按正常条件给我续贷。
钟国平  15359847720
2026年11月19日""",
      T(complainant="钟国平", phones=("15359847720",), dates=("2026-11-16", "2026-11-19"),
        units=("XB",), complained=("XB",), business="贷款", cause=CHOICE, signed="2026-11-19")),
    L("f6_small_balance_fee_on_idle_card", """你们好！我女儿读大学时办了一张你们的借记卡，毕业后卡里剩一百多块就没再用。这个月她要用，一查只剩二十几块，流水里每个季度扣“小额账户管理费”三块，每年再扣年费十块，扣了好几年。一张不用的卡，钱就这样一点一点被扣光了。我们问过，说是按收费标准收的，有公示。我就想问，一百块钱的卡一年扣二十多，这个收得合不合理？现在好多银行都不收了。
请把这几年扣的管理费和年费退还给我女儿，并且取消对这种小额账户的收费。
母亲：孙桂香
电话：１３８０６９８２５３７
2026年11月24日""",
      T(complainant="孙桂香", phones=("13806982537",), dates=("2026-11-24",),
        business="银行卡", cause=FEE, signed="2026-11-24")),
    L("f6_deposit_certificate_fee", """个人金融部：
我儿子申请去澳大利亚留学，签证要存款证明。十一月二十五日我在明溪县支行开存款证明，一份收五十元，签证中心要中英文各一份，学校又要一份，三份收了一百五十元，另外冻结存单还收了二十元“工本费”。一张纸盖个章，一百七十块。隔壁银行开一份二十元。我不是说不该收，是收得太多了。
请你们说明存款证明为什么一份收五十元，多收的部分能否退还。
江海燕 手机 13599815063
2026年11月27日""",
      T(complainant="江海燕", phones=("13599815063",), dates=("2026-11-25", "2026-11-27"),
        units=("MX", "PF"), complained=("MX",), business="其他中间业务", cause=FEE, signed="2026-11-27")),
    L("f6_wealth_early_termination_clause", """燕西支行的领导：
我是退休教师何伯涛。今年三月在你们燕西支行买了一款一年期的理财，是你们行自己发的。九月底收到短信，说产品“提前终止”，本金和几个月的收益打回卡里。我去问为什么，客户经理翻出我签的协议，第十二条写着“银行有权根据市场情况提前终止本产品，且无需承担任何责任”。我认得字，我签过，这个不赖。可是这一条只准银行提前终止，我要提前赎回就不行，这公平吗？我本来算好了明年三月用这笔钱。
请你们解释这种条款为什么只约束客户不约束银行，并且补偿我提前终止后少拿的那几个月收益。
何伯涛 0598-8357712
二〇二六年十月十二日""",
      T(complainant="何伯涛", phones=("0598-8357712",), dates=("2026-10-12",),
        units=("YX",), complained=("YX",), business="自营理财", cause=CLAUSE, signed="2026-10-12")),
    L("f6_card_terms_changed_by_web_notice", """信用卡中心负责人：
我叫戴明辉，持你们的信用卡五年。十月份我才注意到领用合约里有一条：“发卡机构有权调整本合约内容及收费标准，并以网站公告方式通知持卡人，公告即视为送达。”今年你们把取现手续费和最低还款的计息方式都改了，我一条短信都没收到，就是靠这一条在网站上挂了一下。这等于你们想怎么改就怎么改，我们签字的时候根本没有商量的余地。
要求：改过的收费对我按原来的标准执行，并把这一条改成改动前必须单独通知持卡人。
戴明辉，电话 15880981316
2026年10月23日""",
      T(complainant="戴明辉", phones=("15880981316",), dates=("2026-10-23",),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE, signed="2026-10-23")),
    L("f6_large_cd_rate_below_neighbours", """银行：
我在你们行存了一张二十万的三年期大额存单，三月十八日存的，利率二点一五。最近到隔壁几家银行问，同样三年期的大额存单，人家都有二点三几。买的时候没人骗我，利率也写在单子上，我认。只是同一个县城，差这么多，我们老客户存了十几年，心里不舒服。
希望你们把利率调到跟别家差不多，不然到期我就转走了。
朋友都叫我老陈，大名陈德福，电话13507985521""",
      T(complainant="陈德福", phones=("13507985521",), dates=("--03-18",),
        business="人民币储蓄", cause=RET, signed=None)),
    L("f6_usd_deposit_rate_on_renewal", """您好，我叫邓秋云，女儿在美国工作，每年寄些美元回来，存在明溪县支行做一年期美元定期。去年利率有四厘多，今年十月七日到期自动续存，新的利率只有一厘八。我知道美元利率跟着美国走，当时存的时候经理也说过利率会变，这个没人骗我。就是想问问，我几万美元放着，有没有办法拿到稍微高一点的利息？总不能一年比一年少一大截。
请客户经理帮我看看有没有利息高一点的美元存款或者别的稳当办法，给我回个电话。
邓秋云 139 0598 6650
2026年10月13日""",
      T(complainant="邓秋云", phones=("13905986650",), dates=("2026-10-07", "2026-10-13"),
        units=("MX",), complained=("MX",), business="外汇", cause=RET, signed="2026-10-13")),
    L("f6_night_mobile_transfers", """我是林建国，手机号18050983642。11月13日凌晨两点到三点，我在睡觉，手机放在床头没人动，你们的手机银行从我账户里转出去五笔，每笔四千九百九十九，一共两万四千九百九十五元，收款人是外省的几个陌生人。我没有点过任何链接，没接过陌生电话，验证码短信也没收到。早上起来看到扣款短信我马上报了警，也挂失了。
请你们查清楚这五笔是怎么转出去的，并且把钱还给我。
林建国 2026年11月14日""",
      T(complainant="林建国", phones=("18050983642",), dates=("2026-11-13", "2026-11-14"),
        business="支付结算", cause=FUNDS, signed="2026-11-14")),
    L("f6_wealth_redeemed_by_stranger", """徐碧网点负责人
 你好，我叫卢美玲，2O25年在你
们徐碧网点买了你们行自己的理材产
品十万元，一直没动。今年11月
2日我查手机银行，发现这笔理财在10
月29日被全部赎迴，钱进了卡里后
当天又转到一个我不认识的帐户。
我没有赎回过，也没有转过钱，手机
和卡都在我身上。问网点，说是用我
的密码在网上操作的，要我自已负责。
我的密码谁也没告诉过。
请银行查清是谁赎回和转走的，把十万元退还给我。
卢美玲 电话13959817736
2026年11月5日""",
      T(complainant="卢美玲", phones=("13959817736",), dates=("2026-10-29", "2026-11-02", "2026-11-05"),
        units=("XB",), complained=("XB",), business="自营理财", cause=FUNDS, signed="2026-11-05")),
    L("f6_credit_line_drawn_unasked", """列西分理处：
我是种香菇的曾庆福，前年在你们这里办了一个经营贷的授信，五万元额度，随借随还，一直没用过。十一月二十日我收到短信，说借款三万元已经放款，十一月二十一日又有短信说这三万转出去了。我没有借，没有用手机银行申请，也不知道这钱转去哪里。现在每个月要扣我利息，征信上还挂着一笔借款。
请你们查清这笔借款是谁办的，撤销这笔贷款，不要扣我的利息，也不要上我的征信。
曾庆福 联系电话 133 0598 2417
二〇二六年十一月二十三日""",
      T(complainant="曾庆福", phones=("13305982417",), dates=("2026-11-20", "2026-11-21", "2026-11-23"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=FUNDS, signed="2026-11-23")),
    L("f6_receipt_handed_to_next_customer", """城东支行：
十月二十日下午我在你们柜台取了一笔钱，打印的回单上有我的全名、身份证号、卡号和余额。我走时柜员没把回单给我，我也忘了要。第二天我邻居笑着跟我说：“你存款不少嘛。”原来她排在我后面，柜员把我的回单和她的材料一起塞给了她。我家里有几个钱，现在整条街都知道了。
请支行向我道歉，说明这张回单还有没有给过别人，并保证以后客户的单据不乱给人。
方玉琴 电话：0598-8369054
2026年10月23日""",
      T(complainant="方玉琴", phones=("0598-8369054",), dates=("2026-10-20", "2026-10-23"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA, signed="2026-10-23")),
    L("f6_account_form_photo_in_wechat_group", """你好，我叫范志刚。十一月七日我在你们网点开户，填了一张开户申请表，上面有我的身份证号、手机号、家庭住址和工作单位。十一月十日我朋友发来截图，是一个叫“客户福利群”的微信群，你们的大堂经理在群里发“今天又开了一户，继续加油”，配的图就是我那张表，一个字都没遮。群里有两百多人，很多我都认识。
请马上把那张照片从群里撤掉，告诉我发给了哪些人，并处理这个大堂经理。
范志刚 手机 18859832270
2026年11月11日""",
      T(complainant="范志刚", phones=("18859832270",), dates=("2026-11-07", "2026-11-10", "2026-11-11"),
        business="个人金融信息", cause=DATA, signed="2026-11-11")),
    L("f6_debt_men_at_wedding_banquet", """信用卡中心：
我欠你们信用卡两万多块，逾期三个月了，这个我认，我也在想办法还。可是十一月八日我女儿结婚，你们派来要账的两个人跑到酒店门口，拿着打印的纸当着客人的面喊我名字，说我“欠钱不还”，还要跟亲家收份子钱抵账。女儿在台上哭，亲家脸都黑了。欠钱我还，但是不能这样羞辱人。
请你们不要再派人到家里和公共场所要账，给我女儿和亲家一个道歉，我们可以商量分期还款。
鲍新民 电话：136 0598 7719
2026年11月10日""",
      T(complainant="鲍新民", phones=("13605987719",), dates=("2026-11-08", "2026-11-10"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT, signed="2026-11-10")),
    L("f6_calls_threaten_old_mother", """银行的领导：
我儿子何大勇在外头打工，欠你们的消费货
还有一万多没还上，这个他认，正月里会还。
可你们打电话的人天天打到我家座机来，
我八十一岁了，耳朵不好，他在电话里
讲“不还钱就叫公安来抓你儿子坐牟”，
还讲“你这个做娘的也跑不掉”。
十月二十六号晚上十点多还打来，
我吓得一夜没困着，血庄上到一百八。
请你们不要再打电话吓我这个老太婆，
有事找我儿子本人。
何老太 何桂英 座机0598-8371 206
2026年10月28日""",
      T(complainant="何桂英", phones=("0598-8371206",), dates=("2026-10-26", "2026-10-28"),
        business="债务催收", cause=DEBT, signed="2026-10-28")),
    L("f6_lit_sign_into_bedroom", """列西分理处的负责人：
我家住在你们分理处楼上三楼。今年九月你们门口新装了一块很大的发光招牌，还有二十四小时自助厅的灯箱，整夜亮着，正对我家卧室窗户，拉了窗帘还像白天一样。我母亲八十多了，本来睡眠就不好，这两个月天天失眠。十月十九日我下楼找过你们的保安，他说招牌是上面统一装的，他管不了。
请你们晚上十点以后把招牌灯关掉或者调暗，或者换个朝向。
马秀清 电话 15959836614
2026年10月30日""",
      T(complainant="马秀清", phones=("15959836614",), dates=("2026-10-19", "2026-10-30"),
        units=("LJ",), complained=("LJ",), business="其他", cause="其他", signed="2026-10-30")),
    L("f6_renovation_rubble_blocks_shop", """燕西支行：
你们支行从十一月一日开始装修，装修队把拆下来的砖头、旧柜台堆在人行道上，正好堵住我家水果店的门口，顾客进不来。跟工头讲了几次，他说过两天就拉走，到今天十一月十七日还堆着，下雨天泥水流进我店里。我不是你们的客户，也没在你们那里办过业务，就是隔壁开店的。
请尽快把门口的建筑垃圾清走，赔偿我这半个月的损失。
黄建明 手机：187 5985 3390
2026年11月17日""",
      T(complainant="黄建明", phones=("18759853390",), dates=("2026-11-01", "2026-11-17"),
        units=("YX",), complained=("YX",), business="其他", cause="其他", signed="2026-11-17")),
)

FRESH6_OCR_LIKE: tuple[str, ...] = (
    "f6_pension_day_system_down", "f6_wealth_redeemed_by_stranger", "f6_calls_threaten_old_mother",
)

REQUESTS: dict[str, str] = {
    "f6_wheelchair_made_to_queue": "我希望列西分理处给我一个书面道歉，并且以后对坐轮椅和拄拐的人安排优先办理。",
    "f6_inheritance_papers_told_piecemeal": "请明溪支行查明前面几次是谁经办、为什么一次说不清楚，并赔偿我哥哥第二次白跑的路费。",
    "f6_bank_draft_wrong_payee": "希望网点承认录错，赔偿我那两千元误工费。",
    "f6_etc_tolls_charged_twice": "把重复扣的钱全部退回我的卡里，并告诉我以后会不会再出这种毛病。",
    "f6_pension_day_system_down": "请你们以后系统出故障时及时在门口公告，并给老年人留一个应急的取款办法。",
    "f6_deposit_machine_cash_not_credited": "马上把钱给我存进去，再把那台机器修好",
    "f6_card_reissue_only_home_branch": "希望你们改一改，让卡丢了的人在哪个网点都能补办。",
    "f6_mobile_limit_cut_to_5000": "请你们允许在手机上刷脸或者视频核实后调回限额，不要非得跑柜台。",
    "f6_burnt_notes_half_value": "能不能请你们再帮我向上面申请一次，按全额兑换？",
    "f6_gold_plan_pitched_at_pension_day": "取消我妈的积存金定投，把那三万块按原价退回，并且以后不要再把老人叫进小房间推销。",
    "f6_card_stall_free_fee_promise": "请退还三百八十元年费，然后把这张卡销掉。",
    "f6_insurance_cooling_off_untold": "请列西分理处和保险公司协商，按犹豫期内的标准给我全额退保。",
    "f6_guarantor_not_told_direct_deduction": "请你们把当年办担保时的录音录像调出来，说清楚当时有没有告诉过我，并且把扣款的详细明细给我。",
    "f6_commemorative_coins_need_new_card": "按预约让我用现金兑换纪念币，不要把开卡当成条件。",
    "f6_loan_renewal_needs_time_deposit": "请取消续贷要先存定期的要求，按正常条件给我续贷。",
    "f6_small_balance_fee_on_idle_card": "请把这几年扣的管理费和年费退还给我女儿，并且取消对这种小额账户的收费。",
    "f6_deposit_certificate_fee": "请你们说明存款证明为什么一份收五十元，多收的部分能否退还。",
    "f6_wealth_early_termination_clause": "请你们解释这种条款为什么只约束客户不约束银行，并且补偿我提前终止后少拿的那几个月收益。",
    "f6_card_terms_changed_by_web_notice": "改过的收费对我按原来的标准执行，并把这一条改成改动前必须单独通知持卡人。",
    "f6_large_cd_rate_below_neighbours": "希望你们把利率调到跟别家差不多，不然到期我就转走了。",
    "f6_usd_deposit_rate_on_renewal": "请客户经理帮我看看有没有利息高一点的美元存款或者别的稳当办法，给我回个电话。",
    "f6_night_mobile_transfers": "请你们查清楚这五笔是怎么转出去的，并且把钱还给我。",
    "f6_wealth_redeemed_by_stranger": "请银行查清是谁赎回和转走的，把十万元退还给我。",
    "f6_credit_line_drawn_unasked": "请你们查清这笔借款是谁办的，撤销这笔贷款，不要扣我的利息，也不要上我的征信。",
    "f6_receipt_handed_to_next_customer": "请支行向我道歉，说明这张回单还有没有给过别人，并保证以后客户的单据不乱给人。",
    "f6_account_form_photo_in_wechat_group": "请马上把那张照片从群里撤掉，告诉我发给了哪些人，并处理这个大堂经理。",
    "f6_debt_men_at_wedding_banquet": "请你们不要再派人到家里和公共场所要账，给我女儿和亲家一个道歉，我们可以商量分期还款。",
    "f6_calls_threaten_old_mother": "请你们不要再打电话吓我这个老太婆",
    "f6_lit_sign_into_bedroom": "请你们晚上十点以后把招牌灯关掉或者调暗，或者换个朝向。",
    "f6_renovation_rubble_blocks_shop": "请尽快把门口的建筑垃圾清走，赔偿我这半个月的损失。",
}
