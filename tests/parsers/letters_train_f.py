"""TRAINING data written by helper train-f on 2026-12-05: 60 customer complaint letters (5 per
cause) to a county sub-branch (三明/明溪/永安, Fujian), for the complaint-cause classifier.
Not a held-out set: nothing here may be used to score anything. Situations avoid those of the
earlier letter sets (checked against their ids only).

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

Extra weight on the confusions seen on letters_fresh9: for 服务设施设备业务系统 four letters are
near-misses against 服务态度及服务质量 (a polite staff, a failed machine or system); for
营销方式和手段 four against 服务态度及服务质量 (a seller's false words, told as bad treatment); for
消费者信息安全 four against 消费者资金安全 or 服务态度及服务质量 (data given away, told with a loss
or a rude clerk). Every other cause has at least two near-misses. The twelve causes other than
其他 have five letters each; 其他 has none here. Each near-miss carries a
`# why:` comment naming the deciding rule.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


TRAIN_F: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: the teller blamed "the system" but the slip shows she picked the old payee from the
    # saved list instead of the account written on the form — a clerk's mishandling (SVC), not a
    # failed system (SYS).
    L("tf_svc_rent_sent_to_old_landlord_from_saved_list", """徐碧支行：
我在县城租店面卖五金。10月31日下午我到徐碧网点柜台转这一季的房租一万八，新房东的户名、账号我写在单子上，还把他的名片一起递进去。柜员没看单子，直接在电脑里点了我上次转过的那个收款人，就是以前的老房东。
钱转走了，新房东说没收到，我回去问，柜员先说是系统自动带出来的，不关她的事，后来主管把单子调出来，上面写的明明是新房东的账号。老房东人在外地，一直拖着没退，我只好又另外凑了一万八先交给新房东。
到现在已经一个多月了。请你们负责把钱追回来。
杜志远 138 5985 6617
2026年12月1日""",
      T(complainant="杜志远", phones=("13859856617",), dates=("2026-10-31", "2026-12-01"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SVC,
        signed="2026-12-01")),
    L("tf_svc_illiterate_father_left_with_the_form", """东门网点的负责人：
我爸七十一岁了，不识字，一只手前年中风后抖得拿不住笔。十一月十三号他一个人去东门网点取定期，要填一张单子。他求大堂的小伙子帮他填一下，小伙子说“我们不能代填，你叫家里人来”，说完就去跟别人聊天了，我爸在椅子上坐了一个多钟头，最后是另一个来办事的阿姨看不下去帮他写的。
我在福州上班赶不回来。不是说非要你们替他签字，帮老人家念一念、指一指在哪里写也不行吗？请你们以后对老人有点耐心。
儿子 王建军
电话：１５８ ５９８０ ３３７２
2026年11月16日""",
      T(complainant="王建军", phones=("15859803372",), dates=("2026-11-13", "2026-11-16"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=SVC,
        signed="2026-11-16")),
    # why: the clerk said the new card was "stuck in the system", but she had never sent the
    # request off — the clerk's mishandling (SVC), not a failed system (SYS).
    L("tf_svc_new_card_request_never_sent", """列西的领导你们好 我是在外面做工地的 九月二十号回来在列西补办工资卡 卡丢了 那个柜员说七个工作日到 我二十八号去问 她说系统里卡在路上 十月九号又去问 还说系统慢 我老板那边工资发不进来 最后那个主管帮我一查 根本没有提交 单子还压在她抽屉里 我请了三次假 一次两百 谁赔我 还骗我说系统慢
蒋国平 133 5987 1106 二〇二六年十月十一日""",
      T(complainant="蒋国平", phones=("13359871106",),
        dates=("2026-09-20", "2026-09-28", "2026-10-09", "2026-10-11"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SVC,
        signed="2026-10-11")),
    # why: another outlet and the head office both said anyone may pay money into a passbook; the
    # teller made up a "rule" — a clerk's mishandling (SVC), not a rule applied as designed (RULE).
    L("tf_svc_wife_refused_to_pay_into_husbands_passbook", """明溪县支行：
先要谢谢你们明溪县支行营业部的李经理，她帮我问清楚了，也当场帮我办好了。
我丈夫在厦门打工，他的存折放在家里。12月2日我拿着他的存折到列西分理处想往里面存三千块，柜员说存折不是我的名字，要本人来，或者拿他的身份证原件。我说存钱又不是取钱，她说“规定就是这样，你不要跟我讲”。
第二天我到县里的营业部，李经理说存钱不需要本人，别人的存折拿来就能存，这是全行都一样的，当场就给我存进去了。那列西那个“规定”是哪里来的？请管一管。
黄丽珍 177 5980 6624
2026年12月4日""",
      T(complainant="黄丽珍", phones=("17759806624",), dates=("2026-12-02", "2026-12-04"),
        units=("MX", "LJ"), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-12-04")),
    L("tf_svc_passport_tossed_back_at_exchange", """燕西支行：十一月五号我去换五百美元给女儿出国带着，那个戴眼镜的男柜员嫌我表填得慢，把我护照从窗口底下甩出来掉到地上，还说“不会填就别来换”。护照是要出国用的，摔坏了谁负责？要他道歉。——陈女士 0598-3625541""",
      T(complainant="陈女士", phones=("0598-3625541",), dates=("--11-05",),
        units=("YX",), complained=("YX",), business="外汇", cause=SVC, signed=None)),

    # ---- 服务设施设备业务系统 ----
    # why: the lobby staff were patient and apologised; the calling machine skipped numbers and
    # called them out of order — a failed machine (SYS), not how the staff treated her (SVC).
    L("tf_sys_queue_caller_skipped_numbers", """徐碧支行：
11月19日上午我去徐碧存一张到期的存单，取的号是A037。坐到十点多，屏幕上从A031一下跳到A040，后来又叫了A029，乱七八糟。大堂的姑娘也发现了，一直跟大家道歉，说叫号机这两天老是乱跳，她拿着本子手工帮大家排，人是真的好。
可是我前后等了两个钟头，家里孩子没人接。叫号机坏了就赶紧修，不能光靠小姑娘在那里喊。
方建华 150 6088 7213
2026年11月20日""",
      T(complainant="方建华", phones=("15060887213",), dates=("2026-11-19", "2026-11-20"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SYS,
        signed="2026-11-20")),
    # why: the lobby clerk was kind and reported the fault at once; the outlet's coin changer
    # swallowed his notes and gave no coins — a failed machine (SYS), not treatment (SVC).
    L("tf_sys_coin_changer_ate_notes_gave_no_coins", """列西分理处 我在菜市场卖豆腐 要硬币找零 10月14号下午在你们列西大厅那台换硬币的机器上塞了三张一百的 机器响了半天一个硬币都没出来 钱也不退 大堂的小妹人很好 帮我打电话报修 说要等清机才能退 10月18号我又去 机器还是坏的 上面贴张纸写暂停使用 钱到10月25号才退给我 一个礼拜没硬币找零 生意都难做 机器坏了就早点修
吴有才 1５9 5981 2290
2026.10.27""",
      T(complainant="吴有才", phones=("15959812290",),
        dates=("2026-10-14", "2026-10-18", "2026-10-25", "2026-10-27"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause=SYS,
        signed="2026-10-27")),
    # why: the clerk set the standing order for the 1st, as the signed form shows; the bank's
    # batch ran two days late after its upgrade — a failed system (SYS), not a clerk's slip (SVC).
    L("tf_sys_standing_tuition_order_ran_late", """永安燕西支行领导：
我是县一中的数学老师，女儿在杭州读大学。今年九月我在燕西支行办了一个每月1日自动转生活费给女儿的定时转账，经办的小叶很细心，单子上日期、金额、账号都跟我核对了两遍。
11月1日女儿没收到钱，11月3日才到。我去问，小叶把我签的单子拿出来给我看，确实写的是每月1日；她帮我问了上面，说是那几天行里系统升级，定时转账的批量晚跑了两天。女儿那两天连饭卡都充不了，跟同学借的钱。
经办的人没错，是你们的系统出了问题，却没有一个人告诉我们一声。请查一查，以后升级别耽误客户的钱。
刘文清 189 5986 4418
2026年11月7日""",
      T(complainant="刘文清", phones=("18959864418",),
        dates=("2026-11-01", "2026-11-03", "2026-11-07"),
        units=("YX",), complained=("YX",), business="支付结算", cause=SYS,
        signed="2026-11-07")),
    # why: the writer praises the clerk's help; the wire was sent back twice because the bank's
    # link to the overseas network was down — a failed system (SYS), not service (SVC).
    L("tf_sys_hong_kong_fee_wire_bounced_twice", """城东支行：
我儿子在香港读研究生，要交学费。10月12日我到城东支行柜台汇了八万港币，经办的张姐很耐心，帮我把英文地址一个字母一个字母核对过。10月15日钱退回来了，说是报文发不出去；10月16日重新汇，10月20日又退回来。张姐自己也着急，问了省里，说是行里跟境外的通道那段时间出故障，不是我们填错了。
学校给的缴费期限是10月20日，儿子差点被注销注册，求了学院才宽限。希望你们把这个通道弄好，不要让老百姓的钱在路上来回跑。
郭美兰
电话 136-5598-0721
2026年10月24日""",
      T(complainant="郭美兰", phones=("13655980721",),
        dates=("2026-10-12", "2026-10-15", "2026-10-16", "2026-10-20", "2026-10-24"),
        units=("CD",), complained=("CD",), business="外汇", cause=SYS,
        signed="2026-10-24")),
    # why: no rule kept the release back; the lien-release module was out for a week and the
    # staff said so — a failed system (SYS), not a rule applied as designed (RULE).
    L("tf_sys_mortgage_release_stuck_a_week", """明溪支行：
我2026年11月9日把房贷剩下的九万多一次还清，准备卖房子，买家等着过户。客户经理说还清后三个工作日出解押的材料。到了11月12日去拿，说行里办解押的那个系统模块出故障，全县都出不了，要等省里修。一直到11月19日才拿到。
买家等不及，差点退了定金。你们的人也没办法，我知道，可是一个系统坏一个礼拜，没有一点备用的办法吗？
阮志坚 181 5980 2253
2026年11月21日""",
      T(complainant="阮志坚", phones=("18159802253",),
        dates=("2026-11-09", "2026-11-12", "2026-11-19", "2026-11-21"),
        units=("MX",), complained=("MX",), business="贷款", cause=SYS,
        signed="2026-11-21")),

    # ---- 营销方式和手段 ----
    # why: the writer rails at the clerk as a liar, but what she did was say theft was covered to
    # sell the farm-machine cover — misrepresentation to sell (MKT), not treatment (SVC).
    L("tf_mkt_tractor_cover_said_to_pay_for_theft", """列西分理处：
我是胡坊村种烟的邱火生。今年三月我去列西还贷款，柜台边上那个卖保险的女的跟我讲，买一份她们代卖的农机保险，拖拉机被人偷了、翻了、撞了都赔，一年六百块。我问偷了也赔？她讲“偷了当然赔，不然买它做什么”。我就买了。
八月二十六号夜里我停在烤房边的拖拉机被人开走了，派出所立了案，到现在没找到。保险公司讲这个险只赔事故，不赔偷盗，一分不赔。我去找那个女的，她讲我听错了，脸一拉就走了。这种人嘴巴乱讲，骗我们种田的，你们也不管？
邱火生 135 9988 4512
2026年10月8日""",
      T(complainant="邱火生", phones=("13599884512",), dates=("2026-08-26", "2026-10-08"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=MKT,
        signed="2026-10-08")),
    # why: the daughter calls the staff cold and careless, but the grievance is that the seller
    # said the father's diabetes would be covered to make the sale — misrepresentation (MKT).
    L("tf_mkt_illness_cover_said_to_take_diabetes", """城东支行领导：
我父亲严德福有糖尿病十来年了。2025年5月6日他去城东支行存钱，一个穿西装的理财员跟他推一款重疾险，我父亲说自己有糖尿病，保不了吧，那人说“没关系，这个不问以前的病，买了就保”，还拍胸脯说他自己的妈也买了。
今年9月我父亲糖尿病引起肾衰竭住院，保险公司说投保前的病不赔，健康告知里写着，退了保费了事。我们去找那个理财员，他说他从来没那样讲过，态度很冷淡，一直看手机。
老人家是听了“买了就保”才买的。请你们查清楚。
女儿 严晓燕
手机：180-5982-6679
2026年10月30日""",
      T(complainant="严晓燕", phones=("18059826679",), dates=("2025-05-06", "2026-10-30"),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT,
        signed="2026-10-30")),
    # why: the retired cadre complains of being brushed off, but the grievance is the false promise
    # of free lounge access for his whole family used to sell the card — misrepresentation (MKT).
    L("tf_mkt_travel_card_said_lounge_for_whole_family", """徐碧支行负责同志：
本人退休前在县人大工作。二〇二六年六月十日，贵行徐碧支行客户经理向本人推荐一张高端旅行卡，年费八百元，称“机场贵宾厅全家不限次数，带几个人都行”。本人因计划携老伴、女儿、外孙去海南，遂办理此卡。
十一月二日在厦门机场，贵宾厅工作人员告知此卡每年仅限持卡人本人使用两次，不含随行人员。本人一家只得在外面候机。返回后询问该客户经理，他推说“规则变了，不归我管”，再问就不接电话了。
本人办卡的唯一原因就是“全家不限次数”这句话。请贵行核查并退还年费。
周立群
0598-2236701
二〇二六年十一月十日""",
      T(complainant="周立群", phones=("0598-2236701",),
        dates=("2026-06-10", "2026-11-02", "2026-11-10"),
        units=("XB",), complained=("XB",), business="银行卡", cause=MKT,
        signed="2026-11-10")),
    # why: the young man is angry at the clerk's shrug, but what he objects to is the promise that
    # the bank would swap the gold beans for a wedding bracelet, made to sell them — MKT, not SVC.
    L("tf_mkt_gold_beans_said_swappable_for_bracelet", """燕西支行：我今年4月18号在你们这里买了50克金豆豆，那个女经理讲结婚的时候拿过来，可以免费给我们换成龙凤手镯，只收一点点手工费，我们才没去金店买。12月1号我跟我老婆拿着金豆豆去换，你们讲银行从来没有换手镯这个业务，那个女经理说“我可能说的是以后会有”，然后就不理我们了。婚礼就在下个月，你们说怎么办吧。
赖少华  1３８ 6０59 2271""",
      T(complainant="赖少华", phones=("13860592271",), dates=("--04-18", "--12-01"),
        units=("YX",), complained=("YX",), business="贵金属", cause=MKT, signed=None)),
    # why: the loss would be a return grievance (RET), but the writer disputes the sale itself —
    # the adviser showed a different product's record as this one's — misrepresentation (MKT).
    L("tf_mkt_wealth_shown_another_products_record", """个金部：
2026年3月2日我在明溪县支行买了一款三十万的理财，理财经理给我看一张图，说“这款去年年化4.3%，一年都没跌过”。这个月我在手机上查，才知道那张图是另一款产品的，我买的这款是今年新发的，根本没有去年的记录，现在一年下来只有1.1%。
产品跌涨我认，可是拿别的产品的成绩单来卖给我，这算什么？请查一查，按当时的说法给我一个交代。
彭家豪 152 0598 7765
2026年12月3日""",
      T(complainant="彭家豪", phones=("15205987765",), dates=("2026-03-02", "2026-12-03"),
        units=("PF", "MX"), complained=("MX",), business="自营理财", cause=MKT,
        signed="2026-12-03")),

    # ---- 消费者信息安全 ----
    # why: the teller was not rude to him at all; she told her aunt, his landlady, what his wages
    # were — personal data given away (DATA), not treatment (SVC).
    L("tf_data_teller_told_landlady_my_wages", """列西的领导 我在列西边上的鞋厂做 工资卡是你们的 房东阿姨的外甥女在列西当柜员 十一月八号房东来跟我讲 你一个月到手六千三 房租八百太便宜了 下个月起一千二 我问她怎么知道的 她讲她外甥女讲的 我的工资多少连我老婆都不知道那么清楚 你们柜员随便讲给人听 请处理
卢金旺 １３７ ５０９８ ２２４６ 二〇二六年十一月十二日""",
      T(complainant="卢金旺", phones=("13750982246",), dates=("2026-11-08", "2026-11-12"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-11-12")),
    # why: the father moved the money himself and the son asks for no refund; he objects to the
    # outlet confirming the pension and last withdrawal to a caller — data given away (DATA), not
    # money gone without the customer's act (FUNDS).
    L("tf_data_caller_told_fathers_pension_and_withdrawal", """徐碧支行：
我父亲魏长寿八十二岁。10月21日上午有人打电话到你们徐碧网点，自称是他儿子，问老人家的养老金到账没有、上次取了多少。接电话的员工一五一十都说了。下午骗子就打给我父亲，说得一字不差：“你上礼拜二取了两千，卡里还剩一万四”，说我出车祸要手术费，我父亲信了，自己去镇上转了八千给他。
钱是我父亲自己转的，我不要你们赔。我要问的是：一个电话打进来，你们的人凭什么把老人的账告诉别人？没有这些，骗子怎么骗得了他？
儿子 魏建明 159 0598 3327
2026年10月29日""",
      T(complainant="魏建明", phones=("15905983327",), dates=("2026-10-21", "2026-10-29"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-10-29")),
    # why: no money has gone; the outlet lost a drive holding the village's subsidy accounts and
    # ID numbers — personal data given away (DATA), not money taken (FUNDS).
    L("tf_data_subsidy_list_drive_found_on_street", """城东支行：
我是上坪村的村民小组长。11月14日我们村一个读高中的孩子在城东支行门口的人行道上捡到一个U盘，插到电脑上一看，是我们村一百多户人家的补贴代发名单，有名字、身份证号、卡号、电话，还有每家每年领多少。孩子把U盘交给了我。
到现在还没有人的钱被动过，可是这些东西在路上躺着，谁捡到都能看。村里老人知道了都很害怕，天天来问我卡要不要换。请你们说清楚这个U盘是怎么掉出来的，还有没有别的地方也有这些名单。
罗福明 139 0598 6610
2026年11月18日""",
      T(complainant="罗福明", phones=("13905986610",), dates=("2026-11-14", "2026-11-18"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-11-18")),
    # why: the loan officer was polite to the writer; in "checking" the application he told her
    # employer's HR of her other debts — personal data given away (DATA), not treatment (SVC).
    L("tf_data_loan_check_told_hr_about_other_debts", """明溪县支行：
我在县城一家私立幼儿园当老师。十月底在你们明溪县支行申请消费贷，客户经理说要打电话到单位核实一下工作。11月4日园长把我叫到办公室，说银行打电话来，除了问我在不在这里上班，还说我“名下还有两笔网贷没还清，单位要多留意”。
核实工作我同意，可我的欠款跟单位有什么关系？现在同事们都在背后议论我。请你们查一查这个客户经理。
苏婉婷
手机 166 5980 4173
2026年11月9日""",
      T(complainant="苏婉婷", phones=("16659804173",), dates=("2026-11-04", "2026-11-09"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA,
        signed="2026-11-09")),
    L("tf_data_my_complaint_passed_to_the_clerk", """燕西支行：
2026年9月15日我写信投诉你们一个柜员推搡我母亲。9月22日晚上，那个柜员找到我家门口，手里拿着我的投诉信复印件，说“你的地址电话信上都有，我来跟你谈谈”。投诉人的住址电话是给你们领导看的，不是给被投诉的人拿去上门的。我现在晚上都不敢开门。
邓秀英 0598-3629180
2026年9月26日""",
      T(complainant="邓秀英", phones=("0598-3629180",),
        dates=("2026-09-15", "2026-09-22", "2026-09-26"),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-09-26")),

    # ---- 消费者资金安全 ----
    # why: the card was held by a trap fixed to the outlet's machine and the money drawn by a
    # thief — money gone without the customer's act (FUNDS), not a failed machine (SYS).
    L("tf_funds_card_trap_on_lieqi_atm_then_drawn", """列西分理处：
10月17日晚上八点多，我在你们列西门口的取款机取钱，卡插进去就出不来了，屏幕也没反应。旁边一个男的说“这机器老吞卡，你打上面贴的电话”，我打了那个电话，对方让我再按一遍密码试试。我第二天一早去柜台，才知道卡口被人装了东西，电话也是假的。卡里的两万一已经在当天夜里被人在莆田取光了。
卡是在你们的机器上被人弄走的，钱不是我取的。请把钱还给我。
曹国栋 137 0598 1184
2026年10月19日""",
      T(complainant="曹国栋", phones=("13705981184",), dates=("2026-10-17", "2026-10-19"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=FUNDS,
        signed="2026-10-19")),
    # why: a clerk's slip let an impostor reset the password, but the writer's grievance is that
    # his savings were taken without his act — FUNDS, not a clerk's mishandling (SVC).
    L("tf_funds_impostor_reset_password_took_savings", """徐碧网点 我叫孙水根在温州做工 我的卡放在老家抽屉里 十一月二十三号有人拿了一张假的身份证到你们徐碧网点说卡密码忘了 你们给他重置了 当天就从我卡里转走了四万七 这是我三年的工钱 我人在温州厂里打卡 有考勤为证 钱不是我动的 你们要把钱还我
孙水根 电话158 0598 2736
2026年11月26日""",
      T(complainant="孙水根", phones=("15805982736",), dates=("2026-11-23", "2026-11-26"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FUNDS,
        signed="2026-11-26")),
    L("tf_funds_dollar_savings_drawn_in_macau_while_in_ward", """城东支行：
我老公在澳洲做厨师，寄回来的澳元和美元存在城东支行我的外币卡上。2026年9月3日到9月6日我在县医院生孩子，卡就锁在家里柜子里，9月8日出院看短信，才知道9月4日夜里卡上的一万二千美元在澳门被人分六次取走了。
我躺在产房里，不可能去澳门。请你们调查，把钱退回来。
钱秀芳 186 5987 3309
2026年9月10日""",
      T(complainant="钱秀芳", phones=("18659873309",),
        dates=("2026-09-03", "2026-09-06", "2026-09-08", "2026-09-04", "2026-09-10"),
        units=("CD",), complained=("CD",), business="外汇", cause=FUNDS,
        signed="2026-09-10")),
    L("tf_funds_fisherman_phone_in_hand_money_gone", """燕西支行：
我是跑船运砂的，12月1日整天都在船上，手机一直在我手里，江上没有信号。晚上靠岸一开机，手机银行登录提醒跳出来，说下午两点在一台华为手机上登录，转走了三万六，转到三个外地账户。我没有别的手机，验证码也一条没收到。
我一个跑船的，钱不见了只能来找你们。请给个说法。
江德海 133 0598 7512
2026年12月2日""",
      T(complainant="江德海", phones=("13305987512",), dates=("2026-12-01", "2026-12-02"),
        units=("YX",), complained=("YX",), business="银行卡", cause=FUNDS,
        signed="2026-12-02")),
    # why: she does not ask why small payments need no password — she wants back money that left
    # her card in her bag without her act (FUNDS), not an add-on forced on her (CHOICE).
    L("tf_funds_student_card_drained_by_tiny_payments", """明溪县支行：我是县职专的学生，十月九号下午上课的时候，我书包里的卡被人在网上刷了二十三笔，每笔九十几块，一共两千一百多，是我下学期的生活费。卡一直在书包里，没丢，我也没在哪里填过卡号。请帮我把钱找回来。
江小雨 139 5980 1162""",
      T(complainant="江小雨", phones=("13959801162",), dates=("--10-09",),
        units=("MX",), complained=("MX",), business="银行卡", cause=FUNDS, signed=None)),

    # ---- 管理制度业务规则与流程 ----
    # why: the clerk told him the cap plainly at opening; he objects to the cap itself — a rule
    # applied as designed (RULE), not silence on a material fact (DISC).
    L("tf_rule_new_card_capped_at_five_hundred", """城东支行：
我刚从外地回来开了个小吃店，11月6日在东门网点开了张卡收货款。柜员讲得很清楚，新开的卡在手机上每天只能转出五百，要满几个月、流水正常了才能申请提。
可我每天要给菜贩子、肉铺结账，少说三四千，五百够干什么？只好天天跑柜台。我知道你们怕电信诈骗，可是做生意的正经人也被这一刀切住了。这个规矩能不能给做小生意的开个口子？
叶成林 152 0598 3391
2026年11月20日""",
      T(complainant="叶成林", phones=("15205983391",), dates=("2026-11-06", "2026-11-20"),
        units=("CD",), complained=("CD",), business="银行卡", cause=RULE,
        signed="2026-11-20")),
    # why: the clerk was polite and did what the bank's rule for large cash requires; the farmer
    # objects to having to prove where his pig money came from — a rule (RULE), not treatment (SVC).
    L("tf_rule_pig_farmer_asked_where_cash_came_from", """徐碧支行：
我养猪二十年，猪贩子来收猪都是给现金。十月二十二号我拿八万二现金去徐碧存进存折，柜员讲五万以上现金要说明来源，要我拿卖猪的单据，还要填一张表签字。柜员客客气气的，我不怪她。
可是猪贩子哪里会给单据？我讲你们打电话问我们村支书，她讲行里规定要书面材料。钱在我手上放了三天，夜里都睡不着。种田养猪的钱都是现金，这个规定对我们太难了。
老温 139 5986 7721
2026年10月26日""",
      T(complainant=None, phones=("13959867721",), dates=("2026-10-22", "2026-10-26"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=RULE,
        signed="2026-10-26")),
    # why: the staff were gentle; the grandmother objects to being filmed and questioned for forty
    # minutes, which the sales-recording rule requires — a rule (RULE), not treatment (SVC).
    L("tf_rule_grandma_filmed_forty_minutes_to_buy", """明溪支行领导：
我陪我外婆去明溪支行买一款低风险的理财，二十万。工作人员态度都很好，可是按你们的规定要录音录像，对着镜头一条一条念，问她听懂没有，念错一句从头再来，前前后后四十多分钟。外婆八十岁，坐得腰都直不起来，回家就说再也不去了。
规定我理解是保护老人，可是这么折腾老人家，是不是也该改改？
外孙女 林佳琪 135 9980 2217
2026年11月28日""",
      T(complainant="林佳琪", phones=("13599802217",), dates=("2026-11-28",),
        units=("MX",), complained=("MX",), business="自营理财", cause=RULE,
        signed="2026-11-28")),
    L("tf_rule_dormant_card_wakes_only_at_counter", """燕西支行 我在上海送快递 老家燕西开的卡一年多没用 这个月老家的征地款要打到这张卡上 打不进去 客服讲是久悬户 要本人带身份证到柜台激活 不能网上办 我请假回来来回车票八百多 一张卡要本人跑一千多公里 这个规矩太死了吧
张 永 强  176 5098 0127  2026年12月3号""",
      T(complainant="张永强", phones=("17650980127",), dates=("2026-12-03",),
        units=("YX",), complained=("YX",), business="银行卡", cause=RULE,
        signed="2026-12-03")),
    L("tf_rule_shop_account_waits_for_site_visit", """列西分理处：
我在山里的村口开了家农资店，要开个对公账户收货款。9月15日材料交齐，柜员说按行里的规定要有两个人上门实地核实经营场所才能开，要排队。等到10月9日才来人，10月13日账户才开好，快一个月，厂家的货款都压着。
规定要核实我不反对，可是一个小店拍个照、视频看一下不行吗？
吕金水 0598-2281670
2026年10月15日""",
      T(complainant="吕金水", phones=("0598-2281670",),
        dates=("2026-09-15", "2026-10-09", "2026-10-13", "2026-10-15"),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=RULE,
        signed="2026-10-15")),

    # ---- 信息披露 ----
    # why: she accepts the buyback rule; her grievance is that no one said at the sale that the
    # certificate and box must be kept — silence on a material fact (DISC), not a rule (RULE).
    L("tf_disc_gold_buyback_needs_box_untold", """徐碧支行：
2024年2月我在你们这里买了两根五十克的金条。今年11月17日我想卖回给你们，柜员说没有原来的证书和包装盒不能回购，只能拿到金店去按旧金卖，一克要少三十多块。
你们的规定我不去争。可是我买的时候，没有一个人说过盒子和证书要留好，我拆开就把盒子扔了。这么要紧的事，卖的时候为什么一句不提？
曾美娟 189 5980 3461
2026年11月20日""",
      T(complainant="曾美娟", phones=("18959803461",), dates=("2026-11-17", "2026-11-20"),
        units=("XB",), complained=("XB",), business="贵金属", cause=DISC,
        signed="2026-11-20")),
    # why: the subsidy rule itself is accepted; no one told the farmer one late day loses the
    # whole year's subsidy — silence on a material fact (DISC), not a rule (RULE).
    L("tf_disc_farm_loan_subsidy_lost_for_one_late_day", """列西分理处：
我在你们这里贷了十万种百香果，说是政府贴息，利息差不多一半是政府出。今年7月21日该还利息，我卖果的钱晚了一天，7月22日才存进去。十月份收到通知，说这一整年的贴息都没有了，要补交四千多。
信贷员放款的时候只讲了有贴息，从来没讲晚一天全年的贴息都取消。早知道我借钱也会先存进去。
黄坤明 150 5986 1243
2026年10月16日""",
      T(complainant="黄坤明", phones=("15059861243",),
        dates=("2026-07-21", "2026-07-22", "2026-10-16"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=DISC,
        signed="2026-10-16")),
    # why: he calls the charge "fair enough" and says nothing of its level; he objects that the
    # card's overseas charge was never mentioned when it was issued — DISC, not FEE.
    L("tf_disc_card_overseas_charge_never_mentioned", """燕西支行：
今年8月我带全家去泰国，出发前专门到燕西支行问了我这张卡在国外能不能用，柜员说能用，放心刷。回来看账单，每一笔都多扣了百分之一点五的“境外交易费”，一共扣了九百多。
收多少我不跟你们计较，别的银行也差不多。可是我专门去问了，你们只说能用，一个字不说要另外扣钱，要是说了我就多带点现金。
刘振宇 138 5988 6201
2026年9月2日""",
      T(complainant="刘振宇", phones=("13859886201",), dates=("2026-09-02",),
        units=("YX",), complained=("YX",), business="银行卡", cause=DISC,
        signed="2026-09-02")),
    L("tf_disc_wealth_takes_a_cut_above_benchmark_unsaid", """个人金融部：
2025年10月8日我在城东支行买了你们一款一年期的理财，到期后算下来比净值涨的少了一截。一问才知道，超过业绩基准的部分，行里要拿走六成做“超额业绩报酬”。产品说明书第十几页有一行小字，理财经理卖的时候一个字没讲，只说“涨多少都是你的”。
我要的是一个解释：这么大的一笔分成，为什么不当面说清楚？
邱宏伟 0598-7328815
2026年10月29日""",
      T(complainant="邱宏伟", phones=("0598-7328815",), dates=("2025-10-08", "2026-10-29"),
        units=("PF", "CD"), complained=("CD",), business="自营理财", cause=DISC,
        signed="2026-10-29")),
    L("tf_disc_dollar_deposit_early_draw_at_demand_rate", """城东支行：
我把女儿寄回来的两万美元在城东存了两年定期。今年十月我爸要做手术，十月十九号我去提前取一半，才知道提前取的部分只按活期算，利息几乎没有。存的时候柜员只告诉我两年的利率多高，提前取怎么算一句都没说，要是知道我就分成几张存了。
梁淑贞 手机 177 5980 3318
二〇二六年十月二十五日""",
      T(complainant="梁淑贞", phones=("17759803318",), dates=("2026-10-19", "2026-10-25"),
        units=("CD",), complained=("CD",), business="外汇", cause=DISC,
        signed="2026-10-25")),

    # ---- 自主选择权 ----
    # why: the writer shows the outlet could still issue passbooks; what he objects to is the
    # card put in place of his mother's passbook without her say — CHOICE, not a rule (RULE).
    L("tf_choice_grandma_passbook_swapped_for_card", """明溪县支行：
我母亲九十岁了，用了一辈子存折，看不清卡上的字，也不会用取款机。11月11日她的存折打满了，我陪她去东门网点换一本新的，柜员没问我们，直接给她换成了一张卡，存折收走剪角了，说“现在都用卡”。
后来我打听到，明溪县支行营业部到现在还在给老人换新存折。老人家要什么就该给什么，凭什么替她做主？请给我母亲换回存折。
儿子 陈国富
135 5980 7743
2026年11月19日""",
      T(complainant="陈国富", phones=("13559807743",), dates=("2026-11-11", "2026-11-19"),
        units=("MX", "CD"), complained=("CD",), business="人民币储蓄", cause=CHOICE,
        signed="2026-11-19")),
    # why: he finds the box rent itself fair; he objects to having to park fifty thousand on
    # deposit to be given a box — a tie (CHOICE), not the level of a charge (FEE).
    L("tf_choice_safe_box_only_with_fifty_thousand_parked", """徐碧支行：
我想租个保险箱放房产证和老人的首饰，10月30日去徐碧问，一年三百的租金我觉得合理。可是柜员说，租箱子必须在你们这里存满五万元定期，存一年，不存不给租。
我租的是箱子，钱我想放哪里是我的事。这样搭着卖，合不合规矩？
熊立新 138 0598 1749
2026年11月2日""",
      T(complainant="熊立新", phones=("13805981749",), dates=("2026-10-30", "2026-11-02"),
        units=("XB",), complained=("XB",), business="其他中间业务", cause=CHOICE,
        signed="2026-11-02")),
    # why: nothing was drawn on the overdraft, so no money is gone (not FUNDS); he objects to a
    # credit line attached to his card without his asking — an add-on without consent (CHOICE).
    L("tf_choice_overdraft_line_attached_to_shop_card", """燕西支行：
我在燕西开家电维修店。这个月看手机银行，发现我的卡上多了一个“三万元随借随还额度”，开通日期是9月12日，正是我去燕西支行换卡那天。我从来没说过要借钱，柜员也没问，只是让我在平板上点了几个“确认”。
一分钱还没用，可是额度挂在那里，我去申请房贷人家问我为什么有授信。请给我关掉，以后不要替我开东西。
余伟东 183 5982 4476
2026年11月24日""",
      T(complainant="余伟东", phones=("18359824476",), dates=("2026-09-12", "2026-11-24"),
        units=("YX",), complained=("YX",), business="银行卡", cause=CHOICE,
        signed="2026-11-24")),
    L("tf_choice_heirs_sent_to_banks_notary_only", """明溪支行：
我父亲去年过世，留下一张定期存单。我们兄妹三个在县公证处办了继承公证，10月20日拿到明溪支行，经理说只认三明那家“合作公证处”出的，县里的不行，要我们去三明重新办，又多花一千多块和两天时间。
公证书是国家的公证处出的，都一样有效，凭什么只认你们挑的那一家？
阮国华 0598-2263384
2026年10月27日""",
      T(complainant="阮国华", phones=("0598-2263384",), dates=("2026-10-20", "2026-10-27"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=CHOICE,
        signed="2026-10-27")),
    L("tf_choice_wedding_loan_came_with_gold_set", """列西分理处：我和未婚妻10月5日在列西申请了五万元的结婚消费贷款，信贷员说要批下来，得同时买你们的一套“百年好合”金饰，一万二，不买就难批。我们本来就打算去金店挑，现在只能买你们的。借钱就借钱，为什么要搭着卖金子？
温小军 1５5 9980 3326 2026年10月18日""",
      T(complainant="温小军", phones=("15599803326",), dates=("2026-10-05", "2026-10-18"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=CHOICE,
        signed="2026-10-18")),

    # ---- 定价收费 ----
    # why: he accepts that another county's counter may charge; he objects that half a percent is
    # far too much — the level of a charge (FEE), not a rule applied as designed (RULE).
    L("tf_fee_other_county_counter_draw_half_percent", """徐碧支行：
我的卡是在建宁老家开的，来这边做生意。11月3日我在徐碧柜台取五万块进货，被扣了二百五十块，说是异地柜台取现按千分之五收。
异地取钱收点钱我认，可是五万块收二百五，一个下午的利润就没了。别家银行同样的事收几块钱封顶。这个价太高了，请你们考虑降下来。
钟永福 151 5988 6632
2026年11月6日""",
      T(complainant="钟永福", phones=("15159886632",), dates=("2026-11-03", "2026-11-06"),
        units=("XB",), complained=("XB",), business="银行卡", cause=FEE,
        signed="2026-11-06")),
    # why: the clerk told her the charge beforehand, so nothing was hidden (not DISC); she objects
    # to how much it is — the level of a charge (FEE).
    L("tf_fee_dollar_cash_sent_abroad_costs_too_much", """城东支行：
我在城东支行存了三千美元现金，想汇给在美国读书的儿子。柜员事先讲了，现钞汇出去要收一笔“钞转汇”的费，按汇出金额算，加上电报费，一共扣了一百多美元。
她讲了我也签了，这个我不赖。我就是觉得一笔钱转一下就扣掉百分之三四，太狠了。能不能便宜一点？
许淑芬 0598-3316620
2026年12月1日""",
      T(complainant="许淑芬", phones=("0598-3316620",), dates=("2026-12-01",),
        units=("CD",), complained=("CD",), business="外汇", cause=FEE,
        signed="2026-12-01")),
    # why: she does not dispute that the card terms provide an over-limit charge; she objects
    # that 35 yuan for going 2 yuan over is too much — the level (FEE), not the clause (CLAUSE).
    L("tf_fee_over_limit_charge_for_two_yuan", """信用卡中心：我十月份刷卡买菜超了额度两块钱，账单上就多了一笔“超限费”三十五块。两块钱收三十五，这算什么价钱？你们条款里有这个我知道，可是收多少总得讲点道理吧。请退给我。
何晓玲 153 5986 2287
2026年11月15日""",
      T(complainant="何晓玲", phones=("15359862287",), dates=("2026-11-15",),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE,
        signed="2026-11-15")),
    L("tf_fee_fund_purchase_charge_one_and_half", """明溪县支行：
我是退休教师，2026年10月12日在你们柜台买一只代销的基金，十万块，一进去就扣了一千五的申购费。同一只基金在手机上的基金平台买只收一折，一百五。同样的东西，在银行柜台买就贵十倍？请把费率降下来。
范德林
138 5980 1173
2026年10月21日""",
      T(complainant="范德林", phones=("13859801173",), dates=("2026-10-12", "2026-10-21"),
        units=("MX",), complained=("MX",), business="银行代理业务", cause=FEE,
        signed="2026-10-21")),
    L("tf_fee_shop_scan_rate_raised_again", """列西分理处：
我在列西街上开小超市，收款码和刷卡机都是你们装的。今年十一月起，手续费从千分之三点八涨到千分之六，一个月多出来四百多。小超市一个月才赚多少？隔壁的店用别家，还是千分之三。请把费率降回来，不然我只能换了。
戴小红 1８9 5０98 3265
2026年11月22日""",
      T(complainant="戴小红", phones=("18950983265",), dates=("2026-11-22",),
        units=("LJ",), complained=("LJ",), business="支付结算", cause=FEE,
        signed="2026-11-22")),

    # ---- 合同条款 ----
    # why: the bank did what the contract lets it do, but the writer attacks the clause that one
    # late payment makes the whole loan due — an unfair clause (CLAUSE), not a rule (RULE).
    L("tf_clause_three_days_late_whole_loan_due", """永安燕西支行：
本人2023年在贵行办理经营贷款三十万元。2026年10月因货款未回，有一期本息晚了三天，10月23日已补足。11月2日收到贵行通知，援引合同第十四条“借款人任何一期未按时足额还款，贷款人有权宣布全部贷款提前到期”，要求三十日内还清全部余额。
三年来仅此一次，而且只晚三天。一次小小的延误就可以要回全部贷款，这一条是否太过霸道？请贵行重新考虑。
石建国 138 6059 0381
2026年11月5日""",
      T(complainant="石建国", phones=("13860590381",),
        dates=("2026-10-23", "2026-11-02", "2026-11-05"),
        units=("YX",), complained=("YX",), business="贷款", cause=CLAUSE,
        signed="2026-11-05")),
    L("tf_clause_gold_trading_suspended_at_banks_will", """城东支行：
10月21日金价一天跌了六七十块，我想把账户里的黄金卖掉止损，手机上卖出按钮是灰的。城东支行的人说，协议里写着“市场异常波动时，银行有权暂停交易，不承担责任”。等10月23日恢复，已经又跌了不少。
行情好的时候你们照样收手续费，行情一坏，你们想停就停，后果全是我们的。这种一边倒的约定我认为不公平。
吴文辉 136 0598 2254
2026年10月28日""",
      T(complainant="吴文辉", phones=("13605982254",),
        dates=("2026-10-21", "2026-10-23", "2026-10-28"),
        units=("CD",), complained=("CD",), business="贵金属", cause=CLAUSE,
        signed="2026-10-28")),
    # why: she does not dispute what the lawyer charged; she objects to the clause making the
    # borrower pay all the bank's legal costs whoever wins — an unfair clause (CLAUSE), not FEE.
    L("tf_clause_borrower_pays_banks_lawyer_whoever_wins", """明溪县支行：
我丈夫的贷款跟你们有争议，我们认为罚息算错了，打了官司，法院判你们少算了一部分。可是你们拿出合同第二十条：“因本合同产生的一切费用，包括贷款人的律师费，均由借款人承担”，要我们出你们的律师费一万二。
律师收多少我们不管。我们赢了官司，还要替输的一方付律师费，这样的条款哪里公平？
丁雪梅 0598-2275519
2026年11月30日""",
      T(complainant="丁雪梅", phones=("0598-2275519",), dates=("2026-11-30",),
        units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE,
        signed="2026-11-30")),
    # why: he moved the money himself with a wrong digit, so it was not taken (not FUNDS); he
    # attacks the agreement's term that the account number alone counts — CLAUSE.
    L("tf_clause_transfer_goes_by_number_not_name", """徐碧支行：
9月8日我在手机银行给供货商转货款两万三，账号输错了一位，户名是对的。钱照样转走了，到了一个不认识的人账上，那人到现在不肯退。我去徐碧问，你们说电子银行协议第九条写着“转账以收款账号为准，银行不核对户名”。
名字都对不上还照转，出了事全是客户的。我认为这一条不合理，名字不对就应该退回。
黄天佑 180 5987 6614
2026年9月15日""",
      T(complainant="黄天佑", phones=("18059876614",), dates=("2026-09-08", "2026-09-15"),
        units=("XB",), complained=("XB",), business="支付结算", cause=CLAUSE,
        signed="2026-09-15")),
    L("tf_clause_husband_died_loan_due_at_once", """列西分理处：
我丈夫邹长林2026年8月30日车祸去世，他在列西贷了十五万盖房，一直按月在还。10月10日你们来函，说合同里写着“借款人死亡的，贷款立即全部到期，继承人应在三十日内清偿”。
房子还没盖好，人就没了。我愿意接着一个月一个月还，可这一条一下子要我拿出十几万，这不是逼人吗？请你们重新考虑这一条。
妻子 郭春莲
137 5988 0426
2026年10月17日""",
      T(complainant="郭春莲", phones=("13759880426",),
        dates=("2026-08-30", "2026-10-10", "2026-10-17"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=CLAUSE,
        signed="2026-10-17")),

    # ---- 产品收益 ----
    # why: she says the risk was explained and no promise made; she asks only about the loss —
    # the return of an undisputed sale (RET), not misrepresentation (MKT).
    L("tf_ret_overseas_stock_fund_down_a_fifth", """燕西支行：
2025年12月我在燕西支行买了一只投海外股票的基金，五万块。买之前客户经理把风险讲了，还让我做了测评，这些我都认。可是一年不到跌了两成，亏了一万。
我一个开服装店的，攒点钱不容易。你们卖的东西亏成这样，能不能帮想想办法，至少少亏一点？
雷秀兰 158 0598 2219
2026年11月26日""",
      T(complainant="雷秀兰", phones=("15805982219",), dates=("2026-11-26",),
        units=("YX",), complained=("YX",), business="银行代理业务", cause=RET,
        signed="2026-11-26")),
    # why: nobody promised the price would hold; the couple regret the fall — RET, not MKT.
    L("tf_ret_wedding_gold_bars_fell", """徐碧网点：
今年5月20日我们结婚前在你们这里买了一百克金条当嫁妆，那时候一克九百八。现在想卖掉一部分装修房子，回购价才八百九十多，一百克少了九千块。买的时候你们的人也说了金价会涨会跌，我们自己选的。就是心里难受，能不能回购的时候给点优惠？
巫志强（和爱人蔡丽一起写）
151 5980 6673
2026年11月29日""",
      T(complainant="巫志强", phones=("15159806673",), dates=("2026-05-20", "2026-11-29"),
        units=("XB",), complained=("XB",), business="贵金属", cause=RET,
        signed="2026-11-29")),
    # why: he says everything was told and written down; he objects only to the thin result —
    # the return of an undisputed sale (RET), not silence on a fact (DISC).
    L("tf_ret_fixed_income_plus_lost_two_thousand", """明溪支行：
2025年11月18日我在明溪支行买了十万块你们的“固收+”理财，说明书、风险我都看了，经理也讲了可能亏，这个没话说。到今年11月18日一年，倒亏了两千一。存定期还有一千多利息，买了你们的反而亏。
我就想问问，你们管钱的到底怎么管的？能不能给点补偿？
曾德旺 0598-2287740
2026年11月25日""",
      T(complainant="曾德旺", phones=("0598-2287740",),
        dates=("2025-11-18", "2026-11-18", "2026-11-25"),
        units=("MX",), complained=("MX",), business="自营理财", cause=RET,
        signed="2026-11-25")),
    L("tf_ret_dollar_wealth_ended_at_the_floor", """城东支行：
我去年在城东支行买了你们一款美元理财，一万美元，一年期，业绩比较基准写4%到5.5%，说明书写着不保证。二〇二六年十月九日到期，只有百分之二点六。同期美元定期都有三点多。白等了一年，请问能不能补一点差额？
苏海燕 139 0598 7731
二〇二六年十月十五日""",
      T(complainant="苏海燕", phones=("13905987731",), dates=("2026-10-09", "2026-10-15"),
        units=("CD",), complained=("CD",), business="自营理财", cause=RET,
        signed="2026-10-15")),
    L("tf_ret_app_wealth_pays_less_than_rice_money", """你们好 我在手机银行上买了你们那个随存随取的理财 放了两万 今年6月1号到现在半年 一共才赚一百六十块 买的时候页面上写的七日年化二点几 我知道是会变的 可现在一点几都不到 我打工的钱放你们那里 还不够一袋米钱 能不能给高一点
小杨 130 5987 4420 2026年12月4日""",
      T(complainant=None, phones=("13059874420",), dates=("2026-06-01", "2026-12-04"),
        units=(), complained=(), business="自营理财", cause=RET, signed="2026-12-04")),

    # ---- 债务催收方式和手段 ----
    # why: the writer calls the caller's words a threat, but the debt is admitted and the grievance
    # is a fake court summons used to press it — how a debt is chased (DEBT), not treatment (SVC).
    L("tf_debt_fake_court_summons_photo", """信用卡中心：
我欠你们卡上一万四，逾期两个月，我认，已经在凑。11月27日有人用你们的号码给我发了一张照片，是一张“法院传票”，上面有我的名字，说三天不还就来抓人。我拿去法院问，法院说根本没有这个案子，这张传票是假的。
欠钱我还，可你们拿假传票吓人，我老婆吓得几天没睡着。请你们停止这种做法。
马国华 135 0598 6621
2026年11月30日""",
      T(complainant="马国华", phones=("13505986621",), dates=("2026-11-27", "2026-11-30"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-30")),
    L("tf_debt_loan_officer_announced_at_clan_hall", """燕西支行：
我父亲叶老根在燕西支行贷款养蜂，今年蜂群生病，欠了两期。二〇二六年九月二十九日我们叶氏宗祠开族会，你们的信贷员跑来，当着全族一百多人的面念我父亲的名字，说他“欠银行钱不还”，让族里帮着催。我父亲七十岁了，在族里抬不起头，回家就病倒了。
欠的钱我们会还，可这样当众羞辱老人，算什么？
儿子 叶文斌 159 5987 0036
二〇二六年十月三日""",
      T(complainant="叶文斌", phones=("15959870036",), dates=("2026-09-29", "2026-10-03"),
        units=("YX",), complained=("YX",), business="债务催收", cause=DEBT,
        signed="2026-10-03")),
    # why: the insult was said while pressing a debt the man admits — how the debt is chased
    # (DEBT), not a clerk's treatment at a counter (SVC).
    L("tf_debt_caller_told_sick_man_to_sell_blood", """信用卡中心 我是肾病透析的病人 卡上欠了八千多 我没讲不还 十一月十号你们打电话来的那个男的 我讲我在透析 他讲你去卖血也要还 卖肾也要还 我当时就在透析床上 护士都听到了 欠钱是我不对 可人不能这样讲话
刘长春 188 5988 1049""",
      T(complainant="刘长春", phones=("18859881049",), dates=("--11-10",),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT, signed=None)),
    # why: the caller lied to his sister to get his address, to chase a debt he admits — how the
    # debt is chased (DEBT), not data given away by the bank (DATA).
    L("tf_debt_caller_posed_as_old_classmate_for_address", """信用卡中心：
我欠卡上两万多，正在跟你们谈分期。10月26日有人打电话给我姐姐，说是我的高中同学，要给我寄喜糖，问我现在住哪里，我姐就说了。10月28日两个人就找到我出租屋门口来要钱，一问，是你们委托的。
欠钱我认，谈分期也在谈，可是冒充同学骗我家里人，这种办法太下作。
杨志明 137 5980 4459
2026年10月31日""",
      T(complainant="杨志明", phones=("13759804459",),
        dates=("2026-10-26", "2026-10-28", "2026-10-31"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-10-31")),
    # why: the loan is admitted and the mushrooms were carried off to press it — how a debt is
    # chased (DEBT), not money gone without his act (FUNDS).
    L("tf_debt_loan_men_carried_off_dried_mushrooms", """明溪县支行领导：
我在列西分理处贷了六万种香菇，今年价钱不好，晚还了一期，我认。11月6日列西的信贷员带两个人开车到我家，说“没钱就拿货抵”，把我烘好的三百多斤干香菇搬上车拉走了，说卖了抵贷款，没打收条，也没说按什么价。
欠钱还钱天经地义，可不能直接进屋搬东西。请县支行管一管，把货还给我或者给我一个清单。
罗根发 0598-2290341
2026年11月10日""",
      T(complainant="罗根发", phones=("0598-2290341",), dates=("2026-11-06", "2026-11-10"),
        units=("MX", "LJ"), complained=("LJ",), business="债务催收", cause=DEBT,
        signed="2026-11-10")),
)
