"""TRAINING letters, set D: 60 customer complaint letters written on 2026-12-05 by helper
`train-d` for training the complaint-cause classifier. They are TRAINING data, not a blind or
held-out set: never score a model on them as if they were unseen.

Written after reading only the module docstring and first three letters of
letters_fresh8.py (for the format and the labelling rules), five letters of
letters_train_b.py (for the style of a training set), the `Truth`/`HeldOutLetter`/
`heldout_directory` definitions of letters_heldout.py, and the list of earlier letter ids,
whose core situations are avoided. Domain of this set: ordinary life in a county over a year
that no bank manual lists — Spring Festival cash and red envelopes, school term fees, harvest
sales (tea, tobacco, mushrooms, bamboo), building a house, weddings, funerals and inheritance,
hospital bills, migrant workers' money sent home, elderly people's pensions, small shops and
cooperatives, village cash points, disabled customers, dialect speakers, returned overseas
Chinese, students going abroad, people in prison or hospital, guardians of minors, divorce.

Each letter carries what a careful clerk would record, labelled by the rules of
letters_fresh8.py, followed exactly:
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
  wealth product → 自营理财, a third party's insurance or fund → 银行代理业务, gold → 贵金属, fee
  services → 其他中间业务, personal data → 个人金融信息, chasing a debt → 债务催收, loans → 贷款.
Cause balance: 5 letters for each of the 12 causes (no 其他). At least two letters per cause
are near-misses where another cause is tempting; each carries a `# why:` comment naming the
rule that decides. No letter names its cause with the words of the cause's label.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


TRAIN_D: tuple[L, ...] = (
    # ---------------------------------------------------------------- 服务态度及服务质量
    # why: SVC vs FUNDS — the writer made the deposit himself and handed over the passbook; the
    # clerk keyed one digit wrong and the money landed in a neighbour's passbook. Money moved by
    # the writer's own act through a clerk's mishandling (SVC), not gone without his act (FUNDS).
    L("td_year_wages_keyed_into_neighbours_passbook", """列西分理处的领导
我是在厦门工地做工的李水生 12月1号我请假回来一趟把今年的工钱四万二存到我老母亲的存折上 柜台的小姑娘问我账号我把存折递给她她自己照着打的 我回去我妈拿存折去补登一看一分都没有 我又跑去问才知道她打错了一个数字钱进了同村另一个老人的存折 那个阿婆去外地女儿家了电话打不通 你们讲要等人家本人来同意才能退回 存折就在她手上她照着打都能打错 我妈的药钱过年的钱全在里面 这个事是你们的人弄错的你们要负责到底
李水生 电话135 9873 0214
2026.12.4""",
      T(complainant="李水生", phones=("13598730214",), dates=("2026-12-01", "2026-12-04"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-12-04")),
    # why: SVC vs SYS — the counting machine counted right; the video shows the hundred-yuan note
    # left in its tray and the clerk never looked: a clerk's mishandling (SVC), not a failed
    # machine (SYS).
    L("td_uniform_money_note_left_in_counter_tray", """明溪县支行领导：
我是实验小学三年级二班的班主任张慧琴。9月4日下午，我把班上46个孩子交的校服费一共五千九百八十元，拿到城东支行存进学校账户。柜员点完钞说只有五千八百八十，少一百。我在家里点过三遍，孩子们的名单一个一个对过，不可能少。她说“机器点的不会错，你自己再想想”，旁边的人都看着我，好像是我把钱揣进了自己口袋。我只好自己掏了一百补上。
9月11日我请支行帮忙调录像，才看到那张一百块卡在点钞机出钞口下面，柜员收钱的时候没有清干净，下一个客户办完后她才摸出来，随手放进了抽屉。
一百块钱是小事，当着家长的面说我“自己再想想”，这个话我咽不下去。请领导让那位柜员给我一个道歉，多出来的一百块也请还给我。
张慧琴
电话：0598-2823417
2026年9月14日""",
      T(complainant="张慧琴", phones=("0598-2823417",),
        dates=("2026-09-04", "2026-09-11", "2026-09-14"),
        units=("MX", "CD"), complained=("CD",), business="人民币管理", cause=SVC,
        signed="2026-09-14")),
    # why: SVC vs RULE — the lobby manager invoked a ban on dogs, but the sub-branch head later
    # said no such rule exists and guide dogs are welcome; no rule was applied, it was how the
    # customer was treated (SVC).
    L("td_guide_dog_kept_out_in_the_rain", """燕西支行行长：
我是视力残疾一级的陈明辉，靠一条导盲犬出门，它有正规的工作犬证，挂在背带上。
11月27日下午下大雨，我去你们支行取这个月的残疾人补贴。刚进门，大堂经理就拦住我，说“狗不能进来，银行有规定”，我说这是导盲犬，国家规定可以进公共场所，她还是不让，叫我把狗拴在门外的柱子上。狗不能离开我，我只好站在门口屋檐下，雨打进来，我和狗都湿透了，站了二十多分钟，最后是路过的一位大姐进去帮我叫的柜员出来。
后来我打电话问行长，行长说行里从来没有不准导盲犬进门的规定，是那位大堂经理自己说的，还向我道了歉。道歉我收下了，但请你们给所有员工讲一讲，下回别再有盲人在雨里等着。
陈明辉
电话：１３６　５９８７　２２０８
2026年11月30日""",
      T(complainant="陈明辉", phones=("13659872208",), dates=("2026-11-27", "2026-11-30"),
        units=("YX",), complained=("YX",), business="银行卡", cause=SVC,
        signed="2026-11-30")),
    L("td_divorced_pair_jeered_splitting_deposit", """徐碧支行：
10月26号我和前夫一起去你们那里，把以前两个人一起存在我名下的一笔定期取出来，按离婚协议一人一半。二号窗口那个男的看了协议，大声讲“离都离了还一起来取钱，感情还蛮好的嘛”，后面又跟旁边的同事笑“要不要给你们开两个窗口”。大厅里坐满了人，我们镇就这么大，第二天菜市场就有人问我。
离婚是我自己的事，办业务就办业务，用不着他讲笑话。请你们管管这个人。
林秀梅 189-5983-0641
2026年10月28日""",
      T(complainant="林秀梅", phones=("18959830641",), dates=("2026-10-26", "2026-10-28"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=SVC,
        signed="2026-10-28")),
    L("td_grandma_withdrawal_slip_thrown_back", """个金部领导：
我奶奶八十一岁，一个字都不认识，只会讲本地话。十一月三日上午她拿着存折到明溪县支行营业厅想取一千块给我堂弟交学费，柜员把取款单丢出来叫她自己填，她说不会写，柜员讲“不会写叫你孙子来，我们这里不是代写的”，单子都没接就叫下一个号。我奶奶在大厅里坐了一个多钟头，最后是一个来存钱的阿姨帮她填的。
十一月五日我陪她去城东支行，那边的小伙子拿了笔帮她一项一项填好，念给她听，让她按个手印就办完了，五分钟的事。同一家银行，怎么差这么多？请你们查一下十一月三日上午那个窗口。城东的那位小伙子，我们全家谢谢他。
孙子 傅俊杰
电话 158 5986 3310
二〇二六年十一月六日""",
      T(complainant="傅俊杰", phones=("15859863310",),
        dates=("2026-11-03", "2026-11-05", "2026-11-06"),
        units=("PF", "MX", "CD"), complained=("MX",), business="人民币储蓄", cause=SVC,
        signed="2026-11-06")),
    # ---------------------------------------------------------------- 服务设施设备业务系统
    # why: SYS vs RULE — the writer accepts that a card must be replaced at the smart counter;
    # his ID is valid and reads at the police station, while the counter's reader rejects it
    # and several others that day: a failed machine (SYS), not a rule (RULE).
    L("td_smart_counter_rejects_valid_id", """列西分理处：
我叫黄金发，七十二岁，身份证是2015年办的，有效期到2035年，照片上的人就是我。10月13日我去补社保卡，柜员叫我到那台智能柜台上办，机器一放身份证就讲“证件无法识别”，放了十几次都不行，柜员说那就办不了，要我去派出所换证。
10月15日我跑到派出所，民警把我的身份证放到他们的机器上一读就出来了，说证好好的，不用换。我回到分理处又试，还是读不出来。旁边一个妇女的身份证也读不出来，大堂的小伙子才讲，那台机器的读卡器这个月毛病多。
机器坏了就修，不要叫老人家拿着好好的证跑去换。我的社保卡到现在还没补上，看病都刷不了。
黄金发  手机13859071126
2026年10月20日""",
      T(complainant="黄金发", phones=("13859071126",),
        dates=("2026-10-13", "2026-10-15", "2026-10-20"),
        units=("LJ",), complained=("LJ",), business="银行卡", cause=SYS,
        signed="2026-10-20")),
    L("td_passbook_printer_stacks_pension_lines", """明溪支行：
我是退休的林业工人，退休金每个月打在存折上。8月20日、9月20日、10月20日我三次去补登存折，那台补登机每次都把几行字打在同一行上，一团黑，看不清进了多少出了多少。柜员讲是打印头歪了，厂家还没来修，给我换了一本新存折，可是新存折一补登又打重了。
我们老人家就靠存折上的数字心里有个底，现在一本折子打得像涂鸦，哪个月退休金涨没涨都看不出来。请尽快把机器修好。
邱德旺 0598-2241763
2026年10月23日""",
      T(complainant="邱德旺", phones=("0598-2241763",),
        dates=("2026-08-20", "2026-09-20", "2026-10-20", "2026-10-23"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=SYS,
        signed="2026-10-23")),
    L("td_pension_text_wakes_mother_at_three", """个人金融部：
我母亲八十岁，一个人住，心脏不好。自从她的卡换了新卡，每个月退休金到账的短信都是半夜三点多发来的：9月15日是三点零七分，10月15日是三点十二分，11月15日又是三点零五分。老人家睡得浅，手机一响就以为家里出了事，爬起来找眼镜、打电话给我，后半夜再也睡不着，第二天血压就上去。
我打过客服，客服说是系统夜里批量发的，改不了时间。钱到了是好事，半夜三点告诉她有什么用？能不能让系统白天再发？
女儿 蒋丽君
手机：13905981472
2026年11月18日""",
      T(complainant="蒋丽君", phones=("13905981472",),
        dates=("2026-09-15", "2026-10-15", "2026-11-15", "2026-11-18"),
        units=("PF",), complained=("PF",), business="银行卡", cause=SYS,
        signed="2026-11-18")),
    # why: SYS vs SVC — the writer praises the staff, who have reported the fault again and
    # again; what he objects to is that the voice machine's earphone socket has been dead for
    # half a year: a failed machine (SYS).
    L("td_talking_atm_earphone_socket_dead", """城东支行负责同志：
本人退休教师程远志，眼底病变，只剩一点光感。贵行门口那台带语音提示的取款机，本是为我们这些看不见的人装的，插上耳机就能一步一步听着操作，不用把密码念给别人听。
可是这台机器的耳机孔从今年夏天起就坏了，插进去没有声音。12月2日我又去试，还是不响。贵行的员工态度都很好，每次都说已经报修了，还主动要陪我操作，可是让别人站在旁边看我输密码，正是我最不愿意的事。
半年了，一个插孔修不好，盲人用的机器就成了摆设。恳请尽快修复。
程远志
联系电话：0598-2830952
二〇二六年十二月四日""",
      T(complainant="程远志", phones=("0598-2830952",), dates=("2026-12-02", "2026-12-04"),
        units=("CD",), complained=("CD",), business="银行卡", cause=SYS,
        signed="2026-12-04")),
    # why: SYS vs RULE — the deadline is the school's and the writer does not dispute it; the
    # bank's fee-payment page was down the whole last day: a failed system (SYS).
    L("td_term_fee_page_down_on_last_day", """徐碧支行你们好 我儿子在镇中学读初二 学校的学杂费是在你们银行手机上那个校园缴费里交 8月31号是最后一天 我那天早上开始交 一直讲系统繁忙请稍后再试 中午试晚上也试 到半夜十二点都进不去 打你们电话也一直占线 9月1号开学老师在家长群里发没交费的名单 我儿子的名字在上面 老师还讲迟交的要家长写说明 我不是不交钱 是你们的东西打不开 截止日期是学校定的我没话讲 但你们的系统偏偏在最后一天坏掉 请给学校出个证明说明是你们的问题
家长 吴春生 152-6058-1937
2026年9月3日""",
      T(complainant="吴春生", phones=("15260581937",),
        dates=("2026-08-31", "2026-09-01", "2026-09-03"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SYS,
        signed="2026-09-03")),
    # ---------------------------------------------------------------- 管理制度业务规则与流程
    L("td_inmate_deposit_locked_from_children", """明溪县支行领导：
我丈夫刘国强因为交通肇事，今年在监狱服刑，还有两年才出来。他名下在你们支行有一笔五万元的三年定期，是家里的积蓄。两个孩子9月开学，学费、住宿费一共要一万多。
8月25日我带着结婚证、户口本、孩子的入学通知去取，柜员说必须本人来，或者拿公证过的委托书。9月2日我又去，带了监狱出的证明和我丈夫亲笔写的委托书，上面有监狱的章，柜员说监狱的章不算，只认公证处的。我问了公证处，要去监狱里办，手续加路费要一千多，还要等一两个月。
你们的员工都很客气，也说是行里的规定没办法。可是人在监狱里，孩子不能不读书，这个规定能不能给我们这样的家庭开个口子？
王美兰
手机 137 5059 6618
2026年9月10日""",
      T(complainant="王美兰", phones=("13750596618",),
        dates=("2026-08-25", "2026-09-02", "2026-09-10"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause=RULE,
        signed="2026-09-10")),
    L("td_orphan_compensation_needs_court_guardian", """城东支行负责人：
本人吴振华，原县二中教师，已退休。去年十一月，我儿子儿媳在高速上出车祸双双去世，留下孙女吴欣怡，今年十二岁，由我抚养。保险公司和对方赔的三十万元，存在孙女名下贵行的账户里。
八月十八日，我带着户口本、村委会和派出所出具的监护证明、两人的死亡证明，到贵行想取一万二给孙女交初中的学费和住校费。柜员请示主管后答复：未成年人账户大额支取，须由法院指定监护的判决书或经公证的监护证明，村委会的证明不能作数。
本人理解此规定是为了保护孩子的钱不被人乱动。但我是孩子唯一的亲人，要走法院程序至少两三个月，开学不等人。恳请贵行对此类孤儿家庭的规定作出调整，或给出一个可行的办法。
吴振华
电话：0598-2816375
二〇二六年八月二十八日""",
      T(complainant="吴振华", phones=("0598-2816375",), dates=("2026-08-18", "2026-08-28"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=RULE,
        signed="2026-08-28")),
    # why: RULE vs SVC — the writer first thinks the clerk is being difficult, but she is shown
    # the written procedure that every outlet applies to a cooperative changing its seal; the
    # procedure itself is the grievance (RULE).
    L("td_tea_coop_all_five_directors_to_change_seal", """燕西支行：
我是山后茶叶专业合作社的会计罗小燕。合作社的老社长今年过世，新社长选出来了，要把在你们支行账户上留的印鉴换成新社长的章。
4月7日我去办，柜员说要五个理事全部本人到场签字，再加营业执照、章程、理事会决议原件。我们五个理事有两个在广东卖茶，春茶正忙，一来一回要三四天。我当时以为柜员故意为难我，讲话冲了一点。后来主任出来，把行里印好的流程给我看，上面就是这样写的，哪个网点都一样。
柜员没有错，我跟她道了歉。可是清明前后正是收茶付钱的时候，印鉴换不了，账户上的钱一分都转不出去，茶农的钱都压着。能不能让外地的理事用视频签，或者让他们在当地网点签？
罗小燕
电话 159 0598 7742
2026年4月12日""",
      T(complainant="罗小燕", phones=("15905987742",), dates=("2026-04-07", "2026-04-12"),
        units=("YX",), complained=("YX",), business="支付结算", cause=RULE,
        signed="2026-04-12")),
    # why: RULE vs SVC — the staff were patient and explained it is a head-office anti-fraud
    # procedure; the writer objects that the procedure bars the family from interpreting for a
    # grandfather who speaks only Hakka (RULE), not to how anyone behaved.
    L("td_hakka_grandpa_fraud_questions_no_interpreter", """徐碧网点领导：
我阿公今年七十六岁，只会讲客家话，普通话一句也听不懂。我要在县城买房，他要把自己攒了一辈子的十五万转给我付首付。
11月9日我陪阿公去转账，柜员说六十岁以上的人一次转五万以上，要客户本人对着录像回答几个问题：认不认识收款人、是不是有人叫他转、有没有接到公检法电话。问题是普通话问的，阿公听不懂，我要翻译，柜员说家属不能代答，怕是家属骗老人。11月10日再去，还是一样。11月16日你们找来一个会讲客家话的保洁阿姨帮忙问，才转成。
你们的人每次都很耐心，跟我们解释了好几遍是总行防诈骗的规定。道理我懂，可是只会讲方言的老人，家里人又不能帮着翻译，这个规定就等于不让他动自己的钱。希望能改一改。
孙子 温志坚
电话：13489763025
2026年11月20日""",
      T(complainant="温志坚", phones=("13489763025",),
        dates=("2026-11-09", "2026-11-10", "2026-11-16", "2026-11-20"),
        units=("XB",), complained=("XB",), business="支付结算", cause=RULE,
        signed="2026-11-20")),
    L("td_divorce_judgment_half_not_paid_out", """列西分理处：
我和前夫今年离婚，县法院7月22日判决，他名下在你们分理处的八万元定期存款，一半归我。判决书已经生效。
9月8日我拿着判决书和生效证明去取我那一半，柜员说判决书不能直接取别人账户里的钱，要么前夫本人来办，要么我去法院申请强制执行，让法院来扣。前夫早就不接我电话了。我问法院，申请执行要排队，少说两三个月。
柜员说这是行里的规定，不是针对我。法院都判了，银行还不认，我一个人带着孩子，这四万块等着交房租。请问这个规定有没有别的办法？
郑雪莲  手机 18259876130
2026年9月15日""",
      T(complainant="郑雪莲", phones=("18259876130",),
        dates=("2026-07-22", "2026-09-08", "2026-09-15"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=RULE,
        signed="2026-09-15")),
    # ---------------------------------------------------------------- 营销方式和手段
    # why: MKT vs DISC — the account manager did not just leave out that the interest subsidy is
    # only for listed cooperative members; he said outright "第一年全部免息，政府贴": a false
    # statement to sell (MKT), not silence (DISC).
    L("td_bamboo_loan_said_interest_free_first_year", """明溪县支行：
我是砍毛竹的，自己有三十几亩竹山。今年3月16日你们的客户经理小黄到村里来，讲现在有“竹农贷”，第一年全部免息，利息政府贴，叫我借五万块修竹山的运输便道。我问了两遍“真的一分利息不要？”，他拍胸脯讲“政府出钱，你放心”。
9月21日卡上扣了一千四百多块利息。我去问，才知道政府贴息只给名单上的合作社社员，我是单干的，根本不在里面。小黄讲他“以为大家都有”。
借钱我认，利息我也会还，可是当初要不是他讲免息，我不会借这个钱。请你们查一查他到底跟多少人这样讲过。
刘火生
手机 138-5989-2403
2026年9月25日""",
      T(complainant="刘火生", phones=("13859892403",),
        dates=("2026-03-16", "2026-09-21", "2026-09-25"),
        units=("MX",), complained=("MX",), business="贷款", cause=MKT,
        signed="2026-09-25")),
    L("td_freshers_told_credit_card_is_school_card", """城东支行：
我是县职业中专的新生。9月6日开学报到那天，你们支行在学校门口摆了桌子，穿工作服的姐姐说这张卡是“学校统一办的一卡通，吃饭、住宿都要用”，叫我们排队填表。我们班几乎都办了。
过了一个月寄来的是一张信用卡，一卡通是学校另外发的，跟你们的卡一点关系都没有。现在这张卡每个月发短信叫我分期、叫我取现，我一个学生根本不需要。班主任说很多同学都被这样办了。
请把我的卡注销，也别再去学校这样讲了。
学生 叶欣然
电话：17750984426
2026年10月2日""",
      T(complainant="叶欣然", phones=("17750984426",), dates=("2026-09-06", "2026-10-02"),
        units=("CD",), complained=("CD",), business="银行卡", cause=MKT,
        signed="2026-10-02")),
    # why: MKT vs CHOICE — the writer did scan and agree himself, but to what the staff called a
    # ticket subsidy, not a loan; consent obtained by misrepresentation (MKT), not an add-on he
    # never agreed to (CHOICE).
    L("td_bus_station_ticket_scan_was_a_loan", """领导你们好 我是在温州做鞋的罗永福 2月10号过年回来在永安车站门口你们燕西支行摆的台子那里 那个女的讲扫个码填个身份证刷个脸就可以领返乡车票补贴一百块 我就扫了 一百块是到了 3月5号我回温州以后收到短信讲我的什么e贷额度五万已经开通 还讲可以随时提 我根本不知道我申请过贷款 打电话问讲是我2月10号自己刷脸同意的 我同意的是领车票钱不是借钱 我怕以后上征信影响我买房 请你们把这个东西给我关掉
罗永福 13959804417 2026年3月8日""",
      T(complainant="罗永福", phones=("13959804417",),
        dates=("2026-02-10", "2026-03-05", "2026-03-08"),
        units=("YX",), complained=("YX",), business="贷款", cause=MKT,
        signed="2026-03-08")),
    # why: MKT vs CHOICE — nothing was made a condition of the loan; the loan officer sold the
    # policy by claiming it would cut the loan rate, which was false: misrepresentation to sell
    # (MKT), not a tie (CHOICE).
    L("td_policy_said_to_cut_tea_loan_rate", """列西分理处主任：
我种茶，每年春天在你们这里贷十万块收鲜叶。5月12日办续贷的时候，信贷员小陈说，买一份八千块的保险，贷款利率就能从百分之四点五降到三点二，“一年利息就省回来了”。他讲得很清楚，不买也能贷，买了便宜。我一算划得来，就买了，是一家保险公司的分红险。
6月21日第一次扣利息，还是按百分之四点五扣的。我去问，小陈说“利率是上面批的，我也没办法”，后来又讲他说的是“有可能降”。当时我老婆也在，听得清清楚楚，他说的是“就能降”。
保险我本来不想买，就是冲着降利息才买的。请你们把保险给我退了，八千块一分不少退回来。
张水清
电话 156 0598 3381
2026年7月2日""",
      T(complainant="张水清", phones=("15605983381",),
        dates=("2026-05-12", "2026-06-21", "2026-07-02"),
        units=("LJ",), complained=("LJ",), business="银行代理业务", cause=MKT,
        signed="2026-07-02")),
    L("td_teachers_product_said_backed_by_bureau", """个人金融部负责同志：
9月10日教师节，徐碧支行的两位客户经理到我们镇中心小学，在教职工大会后推荐一款“园丁专享理财”。他们说这个产品是和县教育局合作的，“教育局担保，只卖给老师，保本”，还发了印着学校名字的宣传单。我们十几个老师当场就买了，我买了五万。
后来我在手机银行上看产品说明书，风险等级是中低，写明不保本，也没有任何一个字提到教育局。我打电话问教育局，人家说从来没有跟银行合作过什么理财。
目前产品还没有亏钱，但我们是冲着“教育局担保、保本”买的。请贵部门调查这两位客户经理的说法，并允许我们无损失退出。
教师 周雅琴
电话：18960581127
2026年10月12日""",
      T(complainant="周雅琴", phones=("18960581127",), dates=("2026-09-10", "2026-10-12"),
        units=("PF", "XB"), complained=("XB",), business="自营理财", cause=MKT,
        signed="2026-10-12")),
    # ---------------------------------------------------------------- 信息披露
    L("td_tobacco_card_fell_asleep_unannounced", """明溪支行：
我种烟，烟站每年只在8月底把卖烟的钱一次打到我卡上，平时这张卡不用。今年8月28日烟站说钱打不进去，退回来了。9月2日我到支行问，柜员讲卡一年多没动，系统自动变成“不动户”了，要本人带身份证来激活才行。
激活是办好了，烟钱也补打进来了，可是我晚了一个礼拜拿到钱，化肥店的账也拖了。办卡的时候没有人跟我讲一年不用会变成这样，这些年也没有一条短信提醒。早讲一声，我平时存几十块进去动一动就好了。
张土根 手机 13605974418
2026年9月5日""",
      T(complainant="张土根", phones=("13605974418",),
        dates=("2026-08-28", "2026-09-02", "2026-09-05"),
        units=("MX",), complained=("MX",), business="银行卡", cause=DISC,
        signed="2026-09-05")),
    # why: DISC vs RULE — the writer accepts that the loan must be paid straight to the builder
    # and suppliers ("规定我不反对"); he objects that nobody told him when he signed: silence on
    # a material fact (DISC).
    L("td_house_loan_paid_to_builder_untold", """列西分理处：
我在老家上坪村盖新房，4月20日在你们这里签了二十万的建房贷款。我跟信贷员讲得很清楚，我是自己请师傅、按天给工钱、自己去拉砖拉水泥，钱要到我卡上我好付。
5月6日放款，钱没到我卡上，直接打给了合同上写的一家建材店。我去问，信贷员才说这种贷款要“受托支付”，钱只能付给有合同有发票的收款人，不能到我手里。可是师傅们的工钱要现钱，建材店也只是其中一家。现在房子停工，工人天天找我要钱。
这个规定是上面定的，我不反对。可是签字那天我明明讲了我要自己付工钱，你们一个字都没提。要是早讲了，我会先跟师傅们把合同签好，或者换一种借法。
毛长青
电话：0598-2873316
2026年5月11日""",
      T(complainant="毛长青", phones=("0598-2873316",), dates=("2026-04-20", "2026-05-06", "2026-05-11"),
        units=("LJ",), complained=("LJ",), business="贷款", cause=DISC,
        signed="2026-05-11")),
    # why: DISC vs MKT — nobody told her a falsehood to get the signature; the clerk just said
    # "家属签个字" and never mentioned that the line made her a co-borrower: silence on a
    # material fact (DISC), not misrepresentation to sell (MKT).
    L("td_wife_signed_page_made_her_co_borrower", """城东支行：
2023年6月14日，我前夫在你们支行办了一笔三十万的经营贷款，我陪着去的。柜台的人拿了一张纸过来，说“家属签个字”，我就签了。没有人跟我讲这个字签下去是什么意思，我以为就是证明我知道这件事。
今年我们离婚了，贷款归他。10月29日我自己去别的银行办房贷，才知道征信上我是这笔三十万贷款的“共同借款人”，他现在逾期了两个月，我的征信也跟着花了，房贷批不下来。
我不是说你们骗我，可是一张纸让我背了三十万的债，这么大的事，签的时候一句话都不讲吗？请你们把当时的录像调出来看看。
陈晓霞
手机：138 0598 5526
2026年11月3日""",
      T(complainant="陈晓霞", phones=("13805985526",),
        dates=("2023-06-14", "2026-10-29", "2026-11-03"),
        units=("CD",), complained=("CD",), business="贷款", cause=DISC,
        signed="2026-11-03")),
    L("td_monthly_money_home_stopped_after_a_year", """徐碧支行领导 我是在深圳电子厂上班的王建平 去年10月10号过国庆回来我在你们网点办了个每月自动转帐 每个月从我工资卡转一千五到我妈的卡上给她买药买菜 办的时候柜台只问我转多少转给谁 今年10月10号我妈打电话讲钱没到 她药都吃完了跟邻居借了三百 我打客服才知道这个自动转帐签一次只管一年 到期就自己停了 也不发短信告诉我 一年到期自动停这么要紧的事办的时候为什么不讲 我在外地又不能天天看 请你们以后办这个的时候讲清楚
王建平 电话 1 3 7 2 6 5 8 0 9 1 4
2026年10月24号""",
      T(complainant="王建平", phones=("13726580914",),
        dates=("2025-10-10", "2026-10-10", "2026-10-24"),
        units=("XB",), complained=("XB",), business="支付结算", cause=DISC,
        signed="2026-10-24")),
    L("td_new_chip_card_dropped_power_bill_debits", """燕西支行：
我外婆九十二岁，水费电费一直是从她那张老磁条卡上自动扣的。10月9日你们打电话叫她去换芯片卡，说老卡要停用，我陪她去换的。换卡的时候柜员只叫她签字设密码，没有一个人讲老卡上绑的水电费代扣不会跟到新卡上。
11月24日寒潮来的那天晚上，家里突然停电，电暖器也不转了，老人家在黑屋子里坐了一个多小时。供电所说欠费两个月，停了。
卡是你们叫换的，换了以后原来扣的钱扣不了，这么要紧的事你们换卡的时候应该讲一声，我们当场就重新签了。
外孙 邓志华
电话：152 6058 7719
2026年11月26日""",
      T(complainant="邓志华", phones=("15260587719",), dates=("2026-10-09", "2026-11-24", "2026-11-26"),
        units=("YX",), complained=("YX",), business="银行卡", cause=DISC,
        signed="2026-11-26")),
    # ---------------------------------------------------------------- 自主选择权
    L("td_new_notes_for_red_envelopes_only_with_app", """明溪支行：
2月9日我去你们那里换新钱，过年要包红包给孙子孙女，想换五十张十块的新票子。柜员讲新钱可以换，但是要先下载你们的手机银行、绑卡、再关注你们的公众号，不然不换。我没有智能手机，用的是老人机，她讲那就没办法了。
我在你们这里存了几十年的钱，换几张新票子还要装这个装那个？过年图个新鲜喜庆，被弄得一肚子气。
退休工人 杨德福 电话0598-2236610
2026年2月10日""",
      T(complainant="杨德福", phones=("0598-2236610",), dates=("2026-02-09", "2026-02-10"),
        units=("MX",), complained=("MX",), business="人民币管理", cause=CHOICE,
        signed="2026-02-10")),
    # why: CHOICE vs RULE — the outlet called it a rule, but the writer's brother was paid the
    # same kind of inheritance into his own card at another outlet the week before; no rule
    # requires a new deposit: a tie the outlet imposed (CHOICE).
    L("td_heir_told_to_bank_inheritance_in_new_deposit", """列西分理处：
我父亲3月去世，名下在你们分理处有六万多存款。继承公证6月3日办下来，我和弟弟一人一半。6月10日我拿着公证书去取，柜员说继承的钱不能取现也不能转到别的银行，只能在这里开一个新账户，存一年定期，“这是行里的规定”。
可是我弟弟在城东支行也有一笔父亲的钱，一个礼拜前拿着同一份公证书去，人家直接转到了他自己在别的银行的卡上，根本没有什么要存一年的说法。我问你们的柜员，她支支吾吾说是“网点这个月的任务”。
我父亲的钱是留给我们家用的，存到哪里是我自己的事。请你们按公证书把钱给我。
严建新
电话 177-5093-2286
2026年6月15日""",
      T(complainant="严建新", phones=("17750932286",), dates=("2026-06-03", "2026-06-10", "2026-06-15"),
        units=("LJ", "CD"), complained=("LJ",), business="人民币储蓄", cause=CHOICE,
        signed="2026-06-15")),
    L("td_mushroom_coop_loan_needs_members_cards", """明溪县支行领导：
我们是一个种香菇的合作社，二十三户社员。今年要扩大菇棚，7月8日到你们支行申请五十万的合作社贷款。客户经理讲，贷款可以批，但是合作社二十三户社员每户都要在他手上办一张信用卡，还要刷一笔激活，不然报不上去。
我们社员大多是五六十岁的老人，一辈子没用过信用卡，也不想用。借钱是合作社借，跟社员办不办卡有什么关系？有几户老人怕耽误大家的事，只好办了，卡拿回家就锁在抽屉里。
请你们把这个要求取消，已经办的卡，社员要销就给销掉。
合作社理事长 傅永兴
电话：139 0598 1173
2026年7月20日""",
      T(complainant="傅永兴", phones=("13905981173",), dates=("2026-07-08", "2026-07-20"),
        units=("MX",), complained=("MX",), business="贷款", cause=CHOICE,
        signed="2026-07-20")),
    # why: CHOICE vs FUNDS — the money never left her: the app had moved her balance into a
    # money fund by a setting switched on by default that she never chose. An add-on without
    # consent (CHOICE), not money gone without her act (FUNDS).
    L("td_fee_app_parked_balance_in_money_fund", """个金部：
我女儿读幼儿园，学费是在你们手机银行里交的。8月26日我往卡里存了八千块准备交学费。8月29日交费那天，卡上余额只剩几十块，吓得我以为被盗了。
查了半天才知道，你们手机银行有个“余额自动理财”，默认是开着的，每天把卡里超过一百块的钱自动转进一只货币基金。我从来没有打开过这个东西，也没有人问过我要不要。钱是还在，可是转出来要第二天才到账，幼儿园那天下午就截止，我只好找同事借钱先交。
我的钱放在卡里还是买基金，应该我自己说了算。请把这个功能给我关掉，也别再给别人默认打开。
黄佳怡
电话：18350987742
2026年9月1日""",
      T(complainant="黄佳怡", phones=("18350987742",), dates=("2026-08-26", "2026-08-29", "2026-09-01"),
        units=("PF",), complained=("PF",), business="银行代理业务", cause=CHOICE,
        signed="2026-09-01")),
    # why: CHOICE vs FEE — the writer says he would not mind the three hundred if he wanted the
    # package; he objects to being made to buy it in order to exchange money: a tie (CHOICE),
    # not the level of a charge (FEE).
    L("td_tuition_dollars_only_with_study_pack", """城东支行：
我儿子考上了英国一所大学，8月11日我到你们支行换两万英镑交学费。柜员说换汇可以，但要先买一个“留学金融服务包”，三百块，里面有一张境外用的卡、一份境外意外险，还有什么汇款优惠，不买这个包就不给办留学换汇。
三百块钱我出得起，要是我需要，三千块我也买。可是卡我儿子已经有了，保险学校统一买了，我只是来换钱交学费。换钱就是换钱，为什么要捆着买一包我不要的东西？
请你们说明这是哪里的规定，如果没有规定，请把这三百块退给我。
彭国华
电话 13859870355
2026年8月14日""",
      T(complainant="彭国华", phones=("13859870355",), dates=("2026-08-11", "2026-08-14"),
        units=("CD",), complained=("CD",), business="外汇", cause=CHOICE,
        signed="2026-08-14")),
    # ---------------------------------------------------------------- 定价收费
    L("td_wedding_card_number_eight_eighty_eight", """燕西支行：我下个月结婚，5月8日想办一张卡号尾数520的卡给老婆当礼物。你们讲这是“吉祥号”，要交888块选号费。隔壁银行一样的号才收50。一个号码收888，这不是抢钱吗？请给个说法。
邱志远 19959832014 2026年5月10日""",
      T(complainant="邱志远", phones=("19959832014",), dates=("2026-05-08", "2026-05-10"),
        units=("YX",), complained=("YX",), business="银行卡", cause=FEE,
        signed="2026-05-10")),
    L("td_malaysian_pension_cheque_eaten_by_fees", """明溪县支行负责同志：
本人李国梁，马来西亚归侨，一九七九年回国，现年七十八岁。本人在马来西亚工作期间有一份小额退休金，每季度寄来一张约一千二百令吉的支票，一直在贵行办理外币支票托收。
今年9月17日入账的一张支票，贵行扣了托收手续费五十元、邮费八十元，再加上境外代理行费用，合计扣去约三百元人民币，占了支票金额的六分之一还多。本人向柜员询问，答复是按总行统一价格收取。
本人无意为难基层员工，但一张养老的小额支票，每季度被扣去这么多，实难接受。恳请贵行对归侨老人的小额托收费用予以研究，降低收费。
李国梁
电话：0598-2810927
二〇二六年十月五日""",
      T(complainant="李国梁", phones=("0598-2810927",), dates=("2026-09-17", "2026-10-05"),
        units=("MX",), complained=("MX",), business="外汇", cause=FEE,
        signed="2026-10-05")),
    # why: FEE vs RULE — the writer accepts that staff had to come and see his father in person;
    # he objects to being charged two hundred yuan for it: the level of a charge (FEE).
    L("td_home_check_on_dying_father_two_hundred", """徐碧支行：
我父亲肝癌晚期，在家里躺着，已经下不了床。他忘了存折的密码，要重设才能取钱给他买药。你们说本人必须到场，来不了就要上门核实，这个我们理解。
7月14日你们两位员工来我家，拍了照、录了像，前后二十分钟。走的时候说要交上门服务费二百元，当场就从存折里扣了。
核实身份是你们要的，不是我们想的。一个快走的人改个密码，收两百块，跑一趟二十分钟，这个价我实在想不通。请问这个钱是按什么定的？
儿子 许文斌
手机 135-0598-4427
2026年7月19日""",
      T(complainant="许文斌", phones=("13505984427",), dates=("2026-07-14", "2026-07-19"),
        units=("XB",), complained=("XB",), business="人民币储蓄", cause=FEE,
        signed="2026-07-19")),
    # why: FEE vs RULE — the writer agrees the accounts must be updated when an ID is renewed
    # ("该更新就更新"); he objects to twenty yuan per account for doing it: the level of a
    # charge (FEE).
    L("td_renewed_id_twenty_yuan_per_account", """城东支行
我的身份证到期了，在派出所换了新的。11月19号我去你们那里更新资料，我有四个账户，一张工资卡、一本存折、两张定期存单。柜员说每个账户收二十块“信息变更费”，一共八十。
该更新就更新，这个我不讲。可是身份证号码没变，就是换个有效期，电脑上点一下的事，一个账户收二十？别的银行都不收钱。请说明这个费是怎么定的。
郭海明 手机 1 5 9 5 9 8 7 0 3 2 1
2026年11月21日""",
      T(complainant="郭海明", phones=("15959870321",), dates=("2026-11-19", "2026-11-21"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=FEE,
        signed="2026-11-21")),
    L("td_wedding_gold_workmanship_per_gram", """明溪县支行领导：
女儿年底出嫁，按老规矩要给她打一套“三金”。10月18日我在你们营业厅的金饰柜台看中一对手镯，金价跟外面差不多，可是工费每克要收四十五块，一对手镯六十克，光工费就两千七。
我跑了县城三家金店，同样的款式工费每克才十二到十五块。银行卖金子，工费比金店贵三倍，这个价是怎么定的？嫁女儿是喜事，花冤枉钱心里不舒服。请你们给个解释。
刘桂香
电话 138 5982 6637
2026年10月22日""",
      T(complainant="刘桂香", phones=("13859826637",), dates=("2026-10-18", "2026-10-22"),
        units=("MX",), complained=("MX",), business="贵金属", cause=FEE,
        signed="2026-10-22")),
    # ---------------------------------------------------------------- 合同条款
    L("td_cash_point_shop_bears_every_fake_note", """明溪县支行：
我在村里开小卖部，也是你们的助农取款点，帮村里老人取小钱。10月16日你们送来的备用金里，我点出两张一百的假钱，当场拍了照给你们的客户经理看。他说按我签的《助农取款服务点协议》第九条，“服务点现金中出现假币的，一切损失由服务点承担”，两百块要我自己赔。
假钱是你们的钱里夹出来的，不是我收的，凭什么算我的？这一条是你们印好叫我签的，当时也没说能改。我要求这条对你们自己送来的现金不算，这两百块退给我。
村小卖部 杨春生
手机 15080571236
2026年10月22日""",
      T(complainant="杨春生", phones=("15080571236",), dates=("2026-10-16", "2026-10-22"),
        units=("MX",), complained=("MX",), business="人民币管理", cause=CLAUSE,
        signed="2026-10-22")),
    L("td_heirs_wait_out_wealth_term_and_pay_one_percent", """徐碧支行：
我父亲3月2日去世，他生前在你们支行买了一款三年期的理财，二十万，要到2028年才到期。4月15日我们兄妹拿着公证书去办继承，柜员把产品协议翻出来，指着第十六条：投资者身故的，继承人不得提前赎回，只能等到期，且办理份额过户须按本金的百分之一交过户费。
人都没了，钱还要在里面锁两年多，还要交两千块才能改到我们名下？这一条是你们定好的，我父亲八十岁签的字，哪里看得懂。我们要求按现在的净值给我们赎回，过户费免掉。
儿子 黄建国
电话：189 5987 0063
2026年4月20日""",
      T(complainant="黄建国", phones=("18959870063",), dates=("2026-03-02", "2026-04-15", "2026-04-20"),
        units=("XB",), complained=("XB",), business="自营理财", cause=CLAUSE,
        signed="2026-04-20")),
    # why: CLAUSE vs DISC — the writer does not say the line was hidden; he read it and
    # objects to what it says, that a contact person on a student's card becomes liable for
    # the debt: an unfair clause (CLAUSE).
    L("td_student_card_form_made_father_liable", """信用卡中心负责同志：
我女儿在外地读大专，去年在学校办了你们的信用卡，申请表上把我填成了联系人。11月12日我收到你们寄来的信，说女儿欠了六千多逾期，要我作为“共同还款责任人”还款。
我把申请表的复印件要来看了，背面密密麻麻的条款里确实有一句：“申请人之联系人确认自愿对本卡项下欠款承担连带还款责任。”字印在那里，我不说你们藏了。可是联系人就是联系人，我没签过字，也没同意过担保，凭一张表上印好的一句话，就把家长绑成还款人，天下哪有这个道理？
女儿的钱我会督促她还，但这一条我不认。请你们书面答复。
叶长林
电话：0598-2857713
2026年11月20日""",
      T(complainant="叶长林", phones=("0598-2857713",), dates=("2026-11-12", "2026-11-20"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE,
        signed="2026-11-20")),
    # why: CLAUSE vs FUNDS — no money has gone; the writer objects to the printed line that
    # keeps a revoked power of attorney alive for thirty days and clears the bank of any loss
    # meanwhile: an unfair clause (CLAUSE).
    L("td_revoked_proxy_lives_thirty_more_days", """列西分理处：
去年我腿摔断以后，在你们这里给侄子办了代理，让他帮我取退休金。最近我跟他闹了矛盾，不想让他再碰我的存折。11月3日我拄着拐去撤销代理，柜员拿出当年签的《代理授权书》，说按第五条，撤销要三十天以后才生效，“在此期间代理人办理的业务，银行不承担任何责任”。
我人就站在柜台前面，白纸黑字说不让他代了，你们还要让他再拿一个月？拿走了还不关你们的事？这一条是你们写好的，我当时哪晓得。请你们改一改，撤销当天就生效。
钟福来
电话 13459873308
2026年11月6日""",
      T(complainant="钟福来", phones=("13459873308",), dates=("2026-11-03", "2026-11-06"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=CLAUSE,
        signed="2026-11-06")),
    L("td_dried_mushrooms_sold_at_banks_price", """燕西支行：
我做香菇干货生意，3月20日用冷库里的两万斤香菇干在你们支行办了仓单质押贷款。合同第十一条写着：质押物市价下跌超过百分之十的，银行有权不经通知，按银行认定的价格自行处置质押物。
8月5日香菇行情跌了，你们没有跟我打一声招呼，叫人把我一半的香菇按每斤二十八块拉走卖了，市场价当时还有三十五。我打电话去问，客户经理就念这一条给我听。
价跌是行情，我认。可是一条合同让你们想什么时候卖就什么时候卖，想卖多少钱就卖多少钱，连个电话都不用打，这还叫合同吗？请你们重新看看这一条。
钟建华 手机：18750982214
2026年8月12日""",
      T(complainant="钟建华", phones=("18750982214",), dates=("2026-03-20", "2026-08-05", "2026-08-12"),
        units=("YX",), complained=("YX",), business="贷款", cause=CLAUSE,
        signed="2026-08-12")),
    # ---------------------------------------------------------------- 产品收益
    # why: RET vs MKT — the writer says the manager explained the risks and did not promise
    # anything; the sale is undisputed, and what he objects to is the result (RET).
    L("td_bamboo_forest_money_three_thin_years", """明溪县支行：
2023年10月18日，我把自家竹山三十年的经营权转出去，得了十五万，存到你们支行，买了你们行自己的一款三年期“乡村振兴”理财。客户经理当时讲了，这个不保本，业绩比较基准百分之三点六到四点二，只是参考。我签字的时候心里是明白的，不怪她。
今年10月18日到期，到手十五万四千九，三年一共多了四千九，一年才一点一。要是存三年定期，也不止这个数。
竹山没了，就剩这点钱。我想知道这三年这笔钱到底投到了哪里，怎么会差这么多。
廖长发
电话 0598-2217546
2026年10月30日""",
      T(complainant="廖长发", phones=("0598-2217546",), dates=("2023-10-18", "2026-10-18", "2026-10-30"),
        units=("MX",), complained=("MX",), business="自营理财", cause=RET,
        signed="2026-10-30")),
    L("td_retired_cadre_pension_fund_down_nine", """城东支行：
本人陈世昌，县农业局退休干部。2023年5月10日，本人在贵行柜台申购一只基金公司的养老目标基金十万元，持有期三年。购买时员工已说明该基金不保本、有持有期，本人签署了风险揭示书，对此无异议。
11月2日本人查询，该基金净值较申购时下跌约百分之九，市值约九万一千元。三年养老钱不增反减，本人甚为失望。
本人不否认购买时知情，但作为持有人，请贵行协助向基金公司转达，就三年来的亏损原因及今后运作作出书面说明。
此致
陈世昌
电话：13905987350
2026年11月10日""",
      T(complainant="陈世昌", phones=("13905987350",), dates=("2023-05-10", "2026-11-02", "2026-11-10"),
        units=("CD",), complained=("CD",), business="银行代理业务", cause=RET,
        signed="2026-11-10")),
    # why: RET vs CLAUSE — the writer quotes the agreement's "benchmark is not a promise" line
    # and says she accepts it; she objects only to what the six months brought (RET).
    L("td_coop_spare_cash_half_year_thin", """列西分理处：
我是竹制品加工合作社的出纳。今年3月1日合作社把账上闲着的八十万买了你们行六个月的对公理财，业绩比较基准百分之二点六。9月1日到期，只到了百分之零点八，八十万放了半年，多了三千二。
协议上写了“业绩比较基准不代表产品实际表现，不构成承诺”，这一条我们认，签的时候也看了。社员大会上大家问我，钱放银行半年就这么点，比活期也多不了几个，我答不上来。请你们把这半年的实际情况讲给我们听，我好向社员交代。
出纳 谢美华
电话：13959872240
2026年9月8日""",
      T(complainant="谢美华", phones=("13959872240",), dates=("2026-03-01", "2026-09-01", "2026-09-08"),
        units=("LJ",), complained=("LJ",), business="自营理财", cause=RET,
        signed="2026-09-08")),
    L("td_wedding_savings_one_year_product_thin", """徐碧支行你们好 我跟我老公在晋江服装厂打工 攒了两万块准备明年结婚用 去年11月28号回来在你们网点买了一年的理财 那个经理讲这个不保本 参考是百分之二点九到三点四 我们也签了字 今年11月28号到期 一年才多了三百块 算下来才百分之一点五 我们两个加班加点攒的钱 放了一年就这么点 还不如存定期 想问一下为什么差这么多
刘小红 电话 136-5983-2179
2026年12月2日""",
      T(complainant="刘小红", phones=("13659832179",), dates=("2025-11-28", "2026-11-28", "2026-12-02"),
        units=("XB",), complained=("XB",), business="自营理财", cause=RET,
        signed="2026-12-02")),
    L("td_scholarship_green_product_eleven_yuan", """燕西支行：5月20日我把奖学金五千块买了你们的半年期“绿色”理财，经理讲了会波动，我认。11月20日到期，一共多了十一块钱。十一块！存活期都不止。这半年到底怎么运作的，给我个说法。
学生 吴思远 电话：１７７５０９８６６３０
2026.11.22""",
      T(complainant="吴思远", phones=("17750986630",), dates=("2026-05-20", "2026-11-20", "2026-11-22"),
        units=("YX",), complained=("YX",), business="自营理财", cause=RET,
        signed="2026-11-22")),
    # ---------------------------------------------------------------- 消费者资金安全
    L("td_inmate_card_emptied_while_inside", """明溪支行：
我哥哥邓永平从2025年1月起在省里的监狱服刑，人一天都没出来过，这个有监狱的证明。他的银行卡和身份证都交给监狱统一保管。
10月9日我去探监，他让我帮他查一下卡里的钱，那是他进去前打工攒的两万三，想出来以后做点小生意。我拿着他的委托去你们支行一查，卡里只剩几块钱。流水上写着，今年3月14日有人在你们支行柜台挂失补卡，当天就把两万三全取走了。
我哥哥那天在监狱里，卡和身份证在监狱的保管室里。是谁拿着什么证件在你们柜台把钱取走的？请你们调录像查清楚，把钱还给我哥哥。
弟弟 邓永安
手机 159-8053-2716
2026年10月15日""",
      T(complainant="邓永安", phones=("15980532716",), dates=("2026-03-14", "2026-10-09", "2026-10-15"),
        units=("MX",), complained=("MX",), business="银行卡", cause=FUNDS,
        signed="2026-10-15")),
    # why: FUNDS vs SVC — thirty thousand left her passbook while she was at work in another
    # town; the clerk's lax check of a stranger holding her old ID is how it happened, but what
    # she objects to is money gone without her act (FUNDS).
    L("td_ex_husbands_partner_drew_with_old_id", """城东支行：
我去年离婚，旧身份证过期以后一直放在原来家里的抽屉里，没带走。7月30日，有人拿着我那张过期的旧身份证和我的存折，在你们柜台取走了三万块。8月4日我去存钱才发现。
那天我在三明上班，单位打卡记录都有。你们调了录像，取钱的是一个跟我年纪差不多的女人，后来才知道是我前夫现在的女朋友，存折也是我前夫从家里拿的。一张过期的身份证，一张脸都对不上，你们就把钱给了。
我没去过，没签过字，钱就没了。请你们把三万块还给我，他们那边你们去追。
苏丽娟
电话：18259870624
2026年8月6日""",
      T(complainant="苏丽娟", phones=("18259870624",), dates=("2026-07-30", "2026-08-04", "2026-08-06"),
        units=("CD",), complained=("CD",), business="人民币储蓄", cause=FUNDS,
        signed="2026-08-06")),
    # why: FUNDS vs SYS — the cooperative asked in writing for the old key to be cancelled and
    # the bank failed to do it; what the writer objects to is 48,000 paid out with no act of the
    # cooperative (FUNDS), not the failure itself (SYS).
    L("td_coop_old_key_still_paid_out", """燕西支行：
我们是一家种烟的合作社，账户开在你们支行。原来的会计今年4月辞职走了，5月11日我和社长一起到你们支行，填了单子，要求把他手上那个网银U盾作废，柜员收了单子，说当天就办好。
6月2日合作社账上被转走两笔，一共四万八，转到外省两个私人账户。你们查了说，是用那个旧U盾转的，那个U盾根本没有作废，单子压在哪个抽屉里没有录进去。
合作社谁都没有转过这笔钱，是社员卖烟叶的钱。请你们把四万八还给合作社。
合作社社长 杨海清
电话 0598-3661248
2026年6月8日""",
      T(complainant="杨海清", phones=("0598-3661248",), dates=("2026-05-11", "2026-06-02", "2026-06-08"),
        units=("YX",), complained=("YX",), business="支付结算", cause=FUNDS,
        signed="2026-06-08")),
    L("td_pension_passbook_monthly_club_debit", """列西分理处：
我母亲八十三岁，退休金打在你们分理处开的存折上。从5月5日开始，她存折上每个月5号都被扣掉三百九十八元，摘要写着“代扣”，收款方是一个什么“康养会所”，半年扣了两千多。一直到11月12日我帮她补登存折才发现。
我母亲从来没去过什么会所，也没在任何地方签过代扣，她连字都写不了几个。柜员说查不到是谁、在哪里签的代扣，要往上报。
老人家的钱一个月就两千多，被不明不白扣了半年。请你们查清楚是谁开的这个代扣，把钱退回来。
女儿 林雪英
电话 133 5987 1162
2026年11月14日""",
      T(complainant="林雪英", phones=("13359871162",), dates=("2026-05-05", "2026-11-12", "2026-11-14"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-11-14")),
    L("td_transfers_while_husband_lay_in_icu", """你们银行领导：
我丈夫9月3日在工地上从脚手架上摔下来，送进县医院重症监护室，一直昏迷到现在。他的手机、钱包都锁在医院的储物柜里，钥匙在我手上。
9月6日夜里，他的手机银行连着转出三笔，一共三万七，转到一个不认识的人名下。那天夜里他躺在监护室里插着管子，手机在柜子里关着机。我是9月20日去给他交住院费，才发现卡里的钱少了。
这钱是给他救命的。请你们查清楚是怎么转走的，把钱追回来。
妻子 罗春燕
电话：13850988216
2026年9月24日""",
      T(complainant="罗春燕", phones=("13850988216",), dates=("2026-09-03", "2026-09-06", "2026-09-20", "2026-09-24"),
        units=(), complained=(), business="支付结算", cause=FUNDS,
        signed="2026-09-24")),
    # ---------------------------------------------------------------- 消费者信息安全
    L("td_clerk_told_market_husband_in_prison", """列西分理处主任：
我丈夫去年出了事，现在在外地服刑，这件事我们家连亲戚都瞒着，只跟孩子说他在外面打工。
7月6日我去分理处办他卡上的事，柜员看了法院来的冻结通知，知道了是怎么回事。没过几天，菜市场卖猪肉的就来问我“你老公是不是坐牢了，银行的人讲的”。现在整个村子都知道了，孩子在学校被人喊“劳改犯的儿子”。
我问过，这个话就是你们那个柜员在她亲戚的摊子上讲出来的。我家的事是法院和银行的事，不是拿去菜市场讲的。请你们处理这个人，给我们家一个交代。
曾桂英
电话：15759872243
2026年7月15日""",
      T(complainant="曾桂英", phones=("15759872243",), dates=("2026-07-06", "2026-07-15"),
        units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA,
        signed="2026-07-15")),
    # why: DATA vs RULE — the outlet says it was "helping the village check", but no law or rule
    # required it and no official request was made; a list of the family's remittances handed to
    # a village cadre is personal data given away (DATA).
    L("td_overseas_remittances_listed_for_village_cadre", """明溪县支行：
本人林文彬，印尼归侨，家中老母亲八十六岁，靠我在印尼的兄弟姐妹每年寄一点钱回来养老。
9月23日村里开低保评议会，村干部当着一屋子的人念了一张单子：我家老母亲近三年每一笔境外汇款的日期、金额，一共多少钱，说“她家海外寄钱这么多，不能吃低保”。会后我问这张单子哪里来的，村干部说是你们支行的客户经理帮忙打出来给他的。
低保评得上评不上是村里的事，我不争。但我家的汇款是我家的私事，你们没有法院的文书、没有公安的手续，就凭村干部一句话，把一个老人三年的账拿给别人看，这是什么道理？请查清楚是谁给的，给个书面答复。
林文彬
电话 0598-2279031
2026年10月1日""",
      T(complainant="林文彬", phones=("0598-2279031",), dates=("2026-09-23", "2026-10-01"),
        units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA,
        signed="2026-10-01")),
    # why: DATA vs MKT — the board was the outlet's publicity, but what the writer objects to is
    # that her name, photo, disability grade and savings were put on show without asking:
    # personal data given away (DATA).
    L("td_disabled_customers_on_lobby_board", """城东支行：
12月3日是国际残疾人日，我坐轮椅去你们支行取钱，一进门就看见大厅里立了一块“爱心窗口 温暖同行”的展板，上面贴着七八个残疾客户的照片，我的也在上面，写着“肢体二级残疾 林某娟，在我行存款十二万”。
我从来没同意你们拍我、贴我，更没同意把我存多少钱写出来。邻居看到了都来问，连我残疾几级都知道了。你们做宣传是你们的事，拿我们的照片和存款做宣传，问过我们吗？请马上撤下来，以后别再这样。
林秀娟
电话：137-0598-6632
2026年12月4日""",
      T(complainant="林秀娟", phones=("13705986632",), dates=("2026-12-03", "2026-12-04"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA,
        signed="2026-12-04")),
    # why: DATA vs MKT — the loan officer posted the contract to advertise his loans, but the
    # grievance is his ID number, land certificate and loan amount shown to everyone in his
    # contacts: personal data given away (DATA).
    L("td_tea_loan_papers_posted_as_advert", """燕西支行 我4月2号在你们那里贷了十五万收茶 4月3号就有人转给我看 你们信贷员小林的朋友圈发了九宫格 写茶农又一单贷款成功欢迎咨询 照片里是我的合同 我的身份证正反面 林权证 贷款金额 就是名字上盖了个小贴纸 身份证号码一清二楚 村里人一看就知道是我 他的朋友圈加的都是我们这一片做茶的 我借多少钱是我自己的事 你们拿我的证件去打广告问过我吗 要他马上删掉给我道歉
吴茂林 13599871420 2026年4月6日""",
      T(complainant="吴茂林", phones=("13599871420",), dates=("2026-04-02", "2026-04-03", "2026-04-06"),
        units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-04-06")),
    L("td_study_agency_knew_my_deposit_certificate", """徐碧支行：
我准备去澳洲读书，6月16日在你们支行开了一份二十五万的存款证明，用来办签证。6月19日一个留学中介打电话给我，开口就说“陈同学，你在徐碧开了二十五万的存款证明，我们有低息留学贷款可以帮你周转”，连开证明的日期都说得出来。
我开证明这件事只有我爸妈和你们柜台知道，我还没找任何中介。我问那个人是怎么知道的，他说“银行里有朋友”。
请你们查一下是谁把我的信息给出去的，我要一个书面答复。
陈思琪
电话：１８９５９８７４４０３
2026年6月22日""",
      T(complainant="陈思琪", phones=("18959874403",), dates=("2026-06-16", "2026-06-19", "2026-06-22"),
        units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-06-22")),
    # ---------------------------------------------------------------- 债务催收方式和手段
    L("td_collectors_came_into_fathers_funeral_tent", """信用卡中心：
我的卡欠了三万多，逾期四个月，我认，也一直在跟你们说分期的事。
10月18日我父亲出殡，灵堂搭在村口。上午九点多，两个自称你们委托来要账的男的开着车到灵堂门口，当着来吊唁的亲戚朋友的面，问我“今天收了这么多帛金，先还一点”，还拿手机对着灵堂拍。我的叔伯要赶他们走，他们说“欠钱还钱天经地义”，在门口站了一个多小时。
欠钱是我，可是我父亲出殡的日子，你们的人跑到灵堂来要账，叫我以后在村里怎么做人？请你们查清楚是哪家公司，叫他们不准再这样。
肖国明  电话 138 5987 4021
2026年10月25日""",
      T(complainant="肖国明", phones=("13859874021",), dates=("2026-10-18", "2026-10-25"),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-10-25")),
    # why: DEBT vs SVC — the writer admits the overdue loan; the calls to the ward's nurse
    # station calling him a deadbeat are the way the debt is chased (DEBT), not a clerk's
    # treatment of a customer at the counter (SVC).
    L("td_loan_calls_to_the_ward_nurse_station", """明溪县支行：
我在你们支行贷的五万块经营贷，上个月起还不上了，我认账。11月2日我因为胆结石住进县医院外科。
11月5日开始，你们支行管贷款的小吴打不通我的手机，就打到外科护士站，跟护士说“叫某某床那个老赖接电话，欠银行钱不还躲在医院里”。一天打了四五次，护士站的人都知道了，同病房的人看我的眼神都不一样。
我出院就去你们那里商量怎么还，请不要再往医院打电话。
曾志福
电话：0598-2813362
2026年11月12日""",
      T(complainant="曾志福", phones=("0598-2813362",), dates=("2026-11-02", "2026-11-05", "2026-11-12"),
        units=("MX",), complained=("MX",), business="债务催收", cause=DEBT,
        signed="2026-11-12")),
    L("td_loan_men_waited_at_tobacco_station", """列西的领导 我在你们那里贷的三万块去年冰雹烟叶没收成还不上 这个我认 8月16号我拉烟叶去烟站卖 你们派来的两个人在烟站门口等我 把我的三轮车拦住 叫我卖完烟当场把钱转给他们 不转就不让我走 排队卖烟的全是我们几个村的人 一个个都在看 我老婆当场就哭了 欠的钱我卖完烟本来就准备去还 犯不着这样当着全乡人的面堵我 请你们管一管
廖金福 电话 1 5 8 6 0 4 7 1 2 9 3
2026年8月18日""",
      T(complainant="廖金福", phones=("15860471293",), dates=("2026-08-16", "2026-08-18"),
        units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT,
        signed="2026-08-18")),
    # why: DEBT vs DATA — the names and sums were read out so that the borrowers would be shamed
    # into paying debts they admit; personal data used as the means of chasing a debt (DEBT),
    # not given away for another purpose (DATA).
    L("td_overdue_names_on_village_loudspeaker", """徐碧支行：
我家里去年养猪亏了，在你们支行贷的两万块拖了三个月，我认。
6月9日中午，村委会的大喇叭突然广播，说“受徐碧支行委托，通知以下逾期未还贷款户”，一个一个念名字和欠多少钱，我的名字是第三个，念了三遍。后来村干部讲，是你们的信贷员把名单送过来叫他们播的，说“播一播大家就不好意思了”。
全村老老少少都听见了，我老母亲在田里听到，回家哭了一晚上。钱我正在凑，七月卖了猪就还。你们催可以，但不能用大喇叭满村喊。
何水旺
手机 13507594638
2026年6月12日""",
      T(complainant="何水旺", phones=("13507594638",), dates=("2026-06-09", "2026-06-12"),
        units=("XB",), complained=("XB",), business="债务催收", cause=DEBT,
        signed="2026-06-12")),
    L("td_dementia_mother_made_to_thumbprint_pledge", """信用卡中心负责人
我在浙江打工，信用卡欠了一万八，逾期了，这个我承认，一直在想办法。
11月7号两个男的到我老家，我妈八十岁，老年痴呆，连我都认不全。他们哄她在一张纸上按了手印，纸上写的是“本人自愿以名下房屋为儿子欠款作担保，年底前还清”。邻居看到了打电话给我，我才知道。
我妈连自己叫什么都讲不清楚，你们的人拿张纸叫她按手印，这算什么？请你们把那张纸作废，以后有事找我本人，别去找我妈。
钟建平
电话 182 5986 0447""",
      T(complainant="钟建平", phones=("18259860447",), dates=("--11-07",),
        units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT,
        signed=None)),
)
