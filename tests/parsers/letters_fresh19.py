"""A nineteenth blind letter set: 30 customer complaint letters written on 2026-12-05 by helper
`fresh19`, blind — without reading the parsers, the router, the ingest code, the benchmark, the
service code or the bodies of any other letter set. What was read, exactly: lines 1-71 of
letters_fresh11.py (its module docstring with the labelling rules, and its first two letters
for the format), lines 1-67 of letters_heldout.py (the `Truth`/`HeldOutLetter`/
`heldout_directory` definitions and the cause constants), and the list of earlier letter ids
(`grep -ho 'L("[a-z0-9_]*"'` over letters_*.py and forms_blind*.py), whose situations are
avoided. Nothing beyond those lines was printed.

Labelled by the rules written out in letters_fresh11.py's docstring. Dates are listed in the
order the letter first states them; relative dates ("第二天", "去年底", "今年五月" without a
day) are not recorded; the one undated letter keeps its dates as "--MM-DD". About a third of
the letters are near-misses between two causes; each carries a `# why:` comment naming the
deciding rule. No letter names its cause with the words of the cause's label.

Written outside the repository, at /tmp/fresh19.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`f871701`: 1,441 examples, the unit
rules of `53e3d1b`): cause 90.0 % (27/30), the rules alone 43.3 % (13/30); business 83.3 %; unit
found or triage 100 % (28 right, 2 triage, 0 wrong); complainant 96.7 % / 96.7 %; fields 98.5 % /
97.9 %; signed date 100 %; mojibake 0. The weighting it replaced (1,285 examples) got cause 86.7 %.
Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, OTHER, RET, RULE, SVC, SYS


FRESH19: tuple[L, ...] = (
    L("f19_svc_gold_bar_dropped_by_clerk_dented_and_no_swap", """明溪县支行：
我叫邱志伟，雪峰镇人，明年正月结婚。2026年11月14日下午我到城东支行的贵金属柜台买了一根100克的金条，准备给女方家做聘礼。钱付了，发票也开了，柜员拿出来给我看的时候手一滑，金条掉在大理石台面上又摔到地上，一个角磕出一个凹坑。我当场说给我换一根，她捡起来用袖子擦了擦说“金子是软的，克重不受影响”，主管过来也说卖出去的不能换。
摔的是她又不是我。这根带坑的金条送到女方家，人家怎么看我们？请县支行调一下那天下午的录像，给我换一根好的。
邱志伟
手机：187 0598 2316
二〇二六年十一月十六日""",
      T(complainant="邱志伟", phones=("18705982316",), dates=("2026-11-14", "2026-11-16"),
        units=("MX", "CD"), complained=("CD",), business="贵金属", cause=SVC,
        signed="2026-11-16")),
    L("f19_svc_teller_went_to_lunch_with_dollars_half_counted", """燕西支行负责人：
我是林坑村的罗老汉，大名罗永福，今年七十三了，儿子在远洋船上跑，托人带回来三千美元现钞叫我换成人民币给孙子交学费。十一月二十号上午十一点半我到你们那里，一号窗口那个男的把美元点了一半，讲到点了要去吃饭，钱就摆在他台子上用个夹子夹着，窗口挂个牌子，叫我在外面等。我坐在大厅干等了一个多钟头，眼睛不敢离开那一沓钱，中饭也没吃，血糖低差点晕过去，还是保安拿了块饼干给我。
一点多他回来重新点，讲少了一张，我吓得腿都软了，后来又在他抽屉里翻出来了。我这把年纪经不起这个吓。你们那里中午就不能留个人，把手上办了一半的事办完再走吗？
罗永福
电话0598-2786105
2026年11月23日""",
      T(complainant="罗永福", phones=("0598-2786105",), dates=("2026-11-20", "2026-11-23"),
        units=("YX",), complained=("YX",), business="外汇", cause=SVC,
        signed="2026-11-23")),
    # why: the three deposits sat safe in the bank's books and another outlet's screen showed
    # them at once; the 列西 clerk skipped carrying them onto the new passbook and blamed the
    # computer, so it is a clerk's mishandling (SVC), not a failed system (SYS).
    L("f19_svc_full_passbook_renewed_without_its_three_time_deposits", """县支行领导你们好：
我叫曾凡英，今年六十九。我那本存折是一本通，里面除了活期还挂着三笔定期，一共十二万，是我和老伴攒了半辈子的。2026年10月29日存折打满了，我到列西分理处换新折，柜员换好递给我，我回家戴上老花镜一看，新存折上只有活期两千多块，三笔定期一笔都没有。我一夜没合眼，第二天又跑去问，那个柜员讲电脑上看不到，叫我回去找找，可老存折已经被她剪了角收走了。
11月2日我儿子带我到明溪县支行，大堂经理一查，三笔定期好好地在，他讲换折的时候要一笔一笔转到新折上，列西那个柜员没转，新折上才看不到。钱没少我就放心了，可那一个礼拜我吃不下睡不着，她还推说是电脑的事。请领导好好教育一下。
曾凡英
138 5907 1426
2026年11月5日""",
      T(complainant="曾凡英", phones=("13859071426",),
        dates=("2026-10-29", "2026-11-02", "2026-11-05"),
        units=("LJ", "MX"), complained=("LJ",), business="人民币储蓄", cause=SVC,
        signed="2026-11-05")),
    # why: the money went where the father's own hand sent it and no clerk touched it, so it is
    # neither money gone without his act (FUNDS) nor a clerk's doing (SVC); the large-print page
    # hid the fifth digit of the amount, a failed system (SYS).
    L("f19_sys_elder_mode_page_hid_the_last_zero_of_transfer", """银行领导：
我是黄德旺的儿子黄建斌。我父亲今年六十八，眼睛不好，去年我给他的手机银行开了那个“长辈版”，字大一点。2026年11月18日他给我妹妹转过年的钱，本来想转一千，多按了一个零，可屏幕上金额那一栏字太大，第五位被挤到框外面去了，他看到的就是“1000”，就点了确认，结果转出去一万。钱在我妹妹手上，没丢，可我父亲以为被骗了，跑到派出所报案，折腾了一整天，晚上血压都上来了。
我后来拿他的手机试了，输五位数，大字页面只显示前四位，要往左边划才看得到第五位。给老年人用的页面，金额都显示不全，这不是害人吗？请你们把这个页面改好，不然别的老人也要出事。
黄建斌 手机：+86 139-5983-0571
2026.11.21""",
      T(complainant="黄建斌", phones=("13959830571",), dates=("2026-11-18", "2026-11-21"),
        units=(), complained=(), business="支付结算", cause=SYS,
        signed="2026-11-21")),
    L("f19_sys_kiosk_receipt_printed_previous_payee_name", """徐碧支行：
我是开早餐店的温秀娟。11月10日我在手机上给房东付了半年店租一万八，房东要纸质回单才肯认，我就到你们徐碧网点大厅的自助机上打回单。打出来的回单金额、日期都对，收款人却是一个我根本不认识的名字，账号后四位也不对。房东一看以为我拿假回单糊弄他，差点要把店面收回去。
我又打了两次，还是那个名字。后来柜台的小姑娘帮我打了一张盖章的，名字才对了，她讲那台机器可能把前面一个人的收款人带过来了。机器乱打名字，害我在房东面前说不清。请你们把那台机器查一查，莫再给别人添这种麻烦。
温秀娟 电话 135 0598 7742
2026年11月12日""",
      T(complainant="温秀娟", phones=("13505987742",), dates=("2026-11-10", "2026-11-12"),
        units=("XB",), complained=("XB",), business="支付结算", cause=SYS,
        signed="2026-11-12")),
    L("f19_sys_outlet_clock_fast_wealth_order_booked_after_cutoff", """致城东支行：
我叫詹丽萍，在县医院做护士。你们推的那款一年期理财，募集期最后一天是2026年11月6日下午三点截止。那天我下了夜班赶到东门网点，用大厅里的平板下单，我手机上的时间是14:57，点了确认。结果第二天收到短信，讲认购失败，原因是“超过募集截止时间”。
我去问，理财经理查了以后讲，那台平板的时钟比北京时间快了四分多钟，单子上记的是15:01。钱是退回来了，可那一期没有了，下一期利率低了不少。银行的机器连钟都走不准，这不是小事。请给我一个说法。
詹丽萍
电话：13605983310
2026年11月9日""",
      T(complainant="詹丽萍", phones=("13605983310",), dates=("2026-11-06", "2026-11-09"),
        units=("CD",), complained=("CD",), business="自营理财", cause=SYS,
        signed="2026-11-09")),
    L("f19_rule_hotpot_shop_loan_refused_licence_under_two_years", """明溪县支行：
本人吴海燕，在县城开了一家火锅店，生意还可以，想贷三十万把隔壁铺面盘下来。2026年10月15日我到明溪县支行递了材料，流水、房产证都有。11月3日客户经理打电话来，说行里的要求是营业执照要满两年，我的执照是2025年3月办的，还差四个月，批不了。
我店开了一年多，每个月流水十几万，就因为执照晚办了几个月就贷不了？我一个朋友在徐碧支行贷款，执照才一年就批了（她是农户贷款，可能不一样，我也不太懂）。希望领导看看能不能通融一下，人家铺面只等我到月底。
吴海燕
电话：15160598872
2026年11月8日""",
      T(complainant="吴海燕", phones=("15160598872",),
        dates=("2026-10-15", "2026-11-03", "2026-11-08"),
        units=("MX", "XB"), complained=("MX",), business="贷款", cause=RULE,
        signed="2026-11-08")),
    L("f19_rule_credit_card_refused_at_seventy_one", """信用卡中心：
我叫陈玉梅，退休教师，今年七十一岁，退休金每月五千多，身体硬朗，每年都跟老姐妹出去旅游。今年想办一张你们的信用卡，出门订酒店方便些。2026年11月11日我在列西分理处填了申请表，柜员讲帮我递上去。11月24日收到短信说没批下来。我打电话问，客服讲申请人要在65周岁以下，超过了就不受理，跟收入、存款都没有关系。
我在你们行存了几十年钱，现在就因为年纪大不给办。年纪大了就不能用卡了？请你们替我们这些老年人考虑考虑。
陈玉梅
电话 0598 - 2812 667
2026年11月27日""",
      T(complainant="陈玉梅", phones=("0598-2812667",),
        dates=("2026-11-11", "2026-11-24", "2026-11-27"),
        units=("CARD", "LJ"), complained=("CARD",), business="银行卡", cause=RULE,
        signed="2026-11-27")),
    L("f19_rule_mobile_banking_refused_phone_number_in_foremans_name", """燕西支行：
我叫马春生，贵州人，在这边工地上做钢筋工。我用的手机卡是包工头老杨帮我们一起办的，用的是他的身份证。十一月十七号我到燕西支行想开通手机银行，好每个月给老家的娘转钱，柜员查了讲手机号登记的不是我本人，按要求开不了手机银行，转钱只能到柜台办。她态度蛮好，也跟我解释了是防诈骗要这样，叫我去营业厅把号码过户到自己名下再来。
可我们一个月只休一天，营业厅离工地三十多公里，每次转钱都要请假跑你们柜台。能不能想想别的办法？
马春生
联系电话：１８２５０５９３６１８
二〇二六年十一月二十二日""",
      T(complainant="马春生", phones=("18250593618",), dates=("2026-11-17", "2026-11-22"),
        units=("YX",), complained=("YX",), business="支付结算", cause=RULE,
        signed="2026-11-22")),
    L("f19_funds_nephew_used_sleeping_uncles_thumb_on_phone", """尊敬的银行领导：
我是沙溪乡的杨春兰，替我父亲杨木根写这封信。我父亲六十五岁，一个人住。10月31日晚上我表哥（我父亲的外甥）到家里喝酒，父亲喝多了睡着了，表哥趁他睡着拿他的手机，按着他的大拇指过了指纹，登进手机银行分三笔转走了四万六，转到表哥自己和一个不认识的人的卡上。第二天父亲看到短信才晓得。
我们已经报了警，表哥跑外省去了。我父亲从来没把密码告诉过别人，转账也不是他做的，你们的手机银行凭一个睡着的人的手指头就让钱转走了，这么大的数也没有打电话核实一下。请银行把钱的去向查清楚，该拦的拦，该退的退。
杨春兰（女儿）
电话：152-6059-0384
2026年11月4日""",
      T(complainant="杨春兰", phones=("15260590384",), dates=("2026-10-31", "2026-11-04"),
        units=(), complained=(), business="支付结算", cause=FUNDS,
        signed="2026-11-04")),
    # why: the writer ordered nothing — a loan officer keyed his account for a namesake's loan
    # repayments and the money left it with no act of his: money gone without the customer's act
    # (FUNDS), not a clerk's mishandling of a service he asked for (SVC).
    L("f19_funds_namesakes_loan_installments_taken_from_my_passbook", """列西分理处：
我叫郑水生，胡坊镇人。我在你们这里的存折是收儿子每个月寄来的生活费的。2026年12月1日我去取钱，存折一打，九月、十月、十一月每个月都被扣了1830块，写的是“贷款还款”。我这辈子没贷过一分钱的款。
问了你们柜员才晓得，是同村的郑水声（声音的声）在你们那里贷了养殖贷款，信贷员办扣款的时候把我的账号填上去了，三个月扣走我五千四百九。我没叫谁扣过我的钱，也没签过什么代扣的字。现在你们讲退钱要等他那边同意，那是他的贷款，扣我的钱凭什么要他同意？请马上把钱退给我。
郑水生
电话 136 1605 9247
2026年12月2日""",
      T(complainant="郑水生", phones=("13616059247",), dates=("2026-12-01", "2026-12-02"),
        units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=FUNDS,
        signed="2026-12-02")),
    L("f19_funds_credit_card_photo_at_hotel_desk_bought_air_tickets", """信用卡中心：
我是做装修的木工李建国。11月6日我在厦门一家小宾馆住，前台讲押金要刷卡，拿我的信用卡正面反面都拍了照。11月13日开始我收到一条条短信，卡被人在网上买了六张机票、两张高铁票，一共八千六百二十元，坐车坐飞机的全是外地人的名字。卡一直在我自己钱包里，验证码我一条也没收到过，你们讲是“无卡支付”走的。
我当天就打电话挂了失。客服讲要我先把钱还上，再慢慢查。这钱不是我花的，凭什么叫我还？请你们查清楚，把这些钱给我撤掉。
李建国 电话13805983126
2026年11月17日""",
      T(complainant="李建国", phones=("13805983126",),
        dates=("2026-11-06", "2026-11-13", "2026-11-17"),
        units=("CARD",), complained=("CARD",), business="银行卡", cause=FUNDS,
        signed="2026-11-17")),
    # why: the wallet's caps are its design and she does not ask for them to go; she objects that
    # she was signed up to pay hospital bills from it without hearing of them — silence on a
    # material fact (DISC), not a rule applied as designed (RULE).
    L("f19_disc_digital_yuan_wallet_cap_untold_at_hospital", """徐碧支行：
我叫廖桂香，今年六十六。今年九月你们徐碧网点的工作人员到我们村里推广数字人民币，讲以后看病买药用这个方便，我就让他们帮我开了一个钱包，从存折里转了九千块进去。
11月19日我老伴住院，我在县医院交押金六千，用这个钱包怎么都付不出去，窗口讲超了限额。我只好跑回家拿现金，老伴在走廊上多躺了大半天。11月20日我到明溪县支行去问，人家讲我开的是最低一级的钱包，一次只能付两千，一天不能超过五千，这都是定好的。
开钱包的时候，你们的人一句都没提有这个限额。要是讲了，我怎么会把看病的钱放在里面？
廖桂香
电话：0598－2353416
2026年11月25日""",
      T(complainant="廖桂香", phones=("0598-2353416",),
        dates=("2026-11-19", "2026-11-20", "2026-11-25"),
        units=("XB", "MX"), complained=("XB",), business="支付结算", cause=DISC,
        signed="2026-11-25")),
    L("f19_disc_wealth_no_redemption_over_national_day_holiday_untold", """城东支行：（抄送个人金融部）
我叫周文斌，在城关乡开了个小超市。今年八月在你们东门网点买了一款理财，放了二十万进去。买的时候理财经理讲了风险等级、讲了业绩基准，叫我签了好几个字。
儿子国庆节办喜酒，9月30日上午我在手机上点赎回，显示要到下一个交易日10月8日才确认，钱10月9日才到账。酒席钱、彩礼都等着用，我只好到处找亲戚借了八万。
买的时候没有一个人跟我讲过，放假那几天是赎不出来的，钱还要再等一天才到。这么要紧的事，你们一个字都没提。我要是晓得，早就提前取出来了。
周文斌 电话 158 0598 1149
2026年11月3日""",
      T(complainant="周文斌", phones=("15805981149",),
        dates=("2026-09-30", "2026-10-08", "2026-10-09", "2026-11-03"),
        units=("CD", "PF"), complained=("CD",), business="自营理财", cause=DISC,
        signed="2026-11-03")),
    L("f19_mkt_renovation_loan_interest_said_to_count_for_tax_deduction", """燕西支行领导：
我叫刘志强，是中学老师。2026年3月12日我在燕西支行办了一笔二十万的装修贷款，客户经理小郑跟我讲，这笔贷款的利息可以在个税APP里按住房贷款利息抵扣，一年能少交一千多块税，还说好多老师都这么填。我就按他教的在个税APP上填了。
11月18日税务局发来通知，讲我申报的住房贷款利息扣除不符合条件，要补税、交滞纳金。税务局的人讲装修贷是消费贷，从来就不能抵扣。要不是客户经理这么讲，我当初未必会贷这笔款，更不会去乱填。请支行核实，补的税和滞纳金应当由你们负担。
刘志强 139 5980 2614
2026年11月26日""",
      T(complainant="刘志强", phones=("13959802614",),
        dates=("2026-03-12", "2026-11-18", "2026-11-26"),
        units=("YX",), complained=("YX",), business="贷款", cause=MKT,
        signed="2026-11-26")),
    # why: the seller said outright that scam transfers are paid in full; that is an untrue thing
    # said to sell (MKT), not a mere silence on the exclusion (DISC).
    L("f19_mkt_account_safety_cover_said_to_repay_phone_scam_losses", """明溪县支行：
我姓蔡，叫蔡宝珠，住夏阳乡。去年底在列西分理处，大厅里有个小伙子推一个“账户安全险”，一年一百二十八块，他讲得清清楚楚：“只要是被电话诈骗骗走的钱，保险公司全额赔，最高五万。”我想现在骗子多，就买了，今年又续了一年。
10月27日我接到一个冒充快递的电话，按他讲的转了一万二给他。报了警以后我去找保险公司赔，保险公司讲这个险只赔卡被盗刷、被人冒用，自己动手转出去的一分不赔，保单上写得明明白白。
我认不得几个字，保单看不懂，我就是听了他那句“骗走的全赔”才买的。请县支行查一查列西那个小伙子是怎么卖的，退我保费，赔我的损失。
蔡宝珠 手机158 5986 7042
2026年11月10日""",
      T(complainant="蔡宝珠", phones=("15859867042",), dates=("2026-10-27", "2026-11-10"),
        units=("MX", "LJ"), complained=("LJ",), business="银行代理业务", cause=MKT,
        signed="2026-11-10")),
    L("f19_choice_mushroom_farm_loan_came_with_e_shop_membership", """徐碧支行的领导 我是种香菇的老王 王金水 今年三月份在你们徐碧网点贷了五万块农户贷款买菌棒 放款那天信贷员拿了一叠纸叫我签 我签了就是了 十一月五号卡上扣了一百九十九块 短信讲是什么助农商城会员费 我去问 他们讲是贷款的时候一起办的 会员可以在商城上卖香菇 我从来没讲过要这个会员 我的香菇都是收购的老板开车上门收的 用不着什么商城 贷款就是贷款 为什么要搭一个会员给我 我没同意过 请把这个会员退掉 扣的钱退给我
王金水
电话 137 5059 8843
二〇二六年十一月十二日""",
      T(complainant="王金水", phones=("13750598843",), dates=("2026-11-05", "2026-11-12"),
        units=("XB",), complained=("XB",), business="贷款", cause=CHOICE,
        signed="2026-11-12")),
    # why: nothing of hers has gone to anyone; her grievance is that changing her address was
    # made to hang on a consent she refused — an add-on without consent (CHOICE), not personal
    # data given away (DATA).
    L("f19_choice_address_change_only_with_promotion_consent", """城东支行：
我叫何晓燕。我搬了家，11月16日到城东支行柜台改存折和卡上留的地址。柜员递给我一个平板让我签字，上面有一项“同意接收营销信息及产品推荐”已经勾好了，我讲这项我不要，柜员讲这是新版的表，那一项不勾就提交不了，地址也就改不了。我为了改地址，只好签了。
从那以后，天天都有你们行的电话、短信推理财、推信用卡。我只是要改个地址，凭什么要把同意推销捆在一起？请把那一项给我撤掉。
何晓燕 电话：189 5065 3217
2026年11月28日""",
      T(complainant="何晓燕", phones=("18950653217",), dates=("2026-11-16", "2026-11-28"),
        units=("CD",), complained=("CD",), business="个人金融信息", cause=CHOICE,
        signed="2026-11-28")),
    # why: he says himself he was told of the charge before signing; what he objects to is its
    # size against money he never drew — the level of a charge (FEE), not silence (DISC).
    L("f19_fee_commitment_charge_on_undrawn_bamboo_workshop_credit_line", """明溪县支行：
我是竹制品加工厂的老板邓国荣。今年五月我在你们支行签了一笔一百万的经营贷款额度，签的时候客户经理讲清楚了，没用的额度每年要交千分之五的承诺费，我当时想应该没几个钱，就签了。结果今年订单不好，我只用了二十万，11月20日卡上扣了承诺费四千块。没用的八十万一分利息都没产生，我倒要为它出四千。
我不是讲你们没讲，讲是讲了，可一分钱没用还要出这么多，跟借了钱差不多，这个数太高了。周边的信用社根本不要这个钱。请支行把这笔费用降下来或者免掉。
邓国荣 0598-2219068 / 13906058812
2026年11月24日""",
      T(complainant="邓国荣", phones=("0598-2219068", "13906058812"),
        dates=("2026-11-20", "2026-11-24"),
        units=("MX",), complained=("MX",), business="贷款", cause=FEE,
        signed="2026-11-24")),
    L("f19_fee_tea_coop_audit_confirmation_letter_two_hundred_each", """列西分理处负责人：
我是枫溪乡茶叶专业合作社的会计肖美玲。年底合作社要请会计师事务所审计，事务所寄来银行询证函，要银行盖章确认我们账上的余额。2026年12月1日我拿到列西分理处，柜员讲每份询证函要两百块，我们合作社在你们这里有两个账户，事务所要一个账户一份，就是四百。
一张纸盖个章要两百，我们合作社一年的利息都没这么多。我打听过，明溪县支行那边同样的函只要五十块。同一个银行，差这么多，这个价钱太高了，请你们重新定一个合理的。
肖美玲
电话 １３７９９０５６２８０
2026年12月3日""",
      T(complainant="肖美玲", phones=("13799056280",), dates=("2026-12-01", "2026-12-03"),
        units=("LJ", "MX"), complained=("LJ",), business="其他中间业务", cause=FEE,
        signed="2026-12-03")),
    L("f19_ret_old_couples_highway_infrastructure_fund_down_after_two_years", """银行的领导：
我们老两口都是退休工人，我叫蒋福生，老伴叫阮秀琴。二〇二四年九月二十六日我们在你们银行柜台买了十万块一个叫什么高速公路的基金，工作人员讲这种基金是拿高速公路的过路费来分红的，每年分红，但是价格会上下波动，有风险，我们也签了风险确认书，这些她都讲了，我们不怪她。
可两年多了，分红是分了几次，加起来四千多，基金本身跌了快三成。11月20号我们去看了一下，十万块只剩七万四，现在卖掉连本钱都拿不回来。我们晓得买基金有亏有赚，可这个亏得也太多了。能不能请银行帮我们问问基金公司，这个基金还管不管得好？
蒋福生 阮秀琴
电话：139 0598 6627""",
      T(complainant="蒋福生", phones=("13905986627",), dates=("2024-09-26", "--11-20"),
        units=(), complained=(), business="银行代理业务", cause=RET,
        signed=None)),
    # why: the manager promised nothing beyond the tax saving, which the writer did get; he
    # objects to what the product itself returned over three years (RET), not to what he was
    # told to buy it (MKT).
    L("f19_ret_personal_pension_account_wealth_below_contributions", """燕西支行：
我叫苏建明，在县电力公司上班。2023年12月我在燕西支行开了个人养老金账户，每年存满一万二，三年一共三万六。当时客户经理跟我讲，存进去的钱每年可以少交一千多块个税，钱放在哪个产品里自己挑，我就挑了你们行的一款养老理财。个税是每年都少交了，这一点没话说。
11月30日我在手机上一看，账户里只有三万五千二，三年下来倒亏了八百。客户经理当时什么都没保证过，讲产品自己选、有涨有跌，这个我也认。可三年了，连本都没保住，还不如放定期。想问问这个产品到底是怎么在做的，能不能给我们这些存养老钱的人一个交代。
苏建明 电话 159 5980 6133
2026年12月2日""",
      T(complainant="苏建明", phones=("15959806133",), dates=("2026-11-30", "2026-12-02"),
        units=("YX",), complained=("YX",), business="自营理财", cause=RET,
        signed="2026-12-02")),
    # why: the clerk did nothing amiss at the window; the writer is refused by the line printed
    # on the slip that ends the bank's liability once he steps away, and asks for that line to
    # go — an unfair clause (CLAUSE), not a clerk's mishandling (SVC).
    L("f19_clause_leave_the_counter_no_claim_printed_on_withdrawal_slip", """列西分理处：
我叫钟德明，退休在家，今年七十了。11月9日我在你们柜台取了一万块现金，准备给孙子交学费，柜员点好从窗口递出来，我装进信封就走了。回家数的时候发现里面有一张一百的是假的，颜色都不对。第二天我拿回来，柜员讲取款凭条背面印着“现金当面点清，离柜概不负责”，我签了字就等于认了，不能换。
我一个七十岁的人，在窗口点一万块钱，后面的人都在催，哪个能一张一张看真假？钱是从你们窗口出来的，就凭凭条上一行字，出了窗口就什么都不认了？这种话印在纸上叫储户签，太霸道了。请你们把那张假币给我换了，也把凭条上那句话去掉。
钟德明
电话：0598-2361 204
2026年11月12日
抄送：国家金融监督管理总局三明监管分局""",
      T(complainant="钟德明", phones=("0598-2361204",), dates=("2026-11-09", "2026-11-12"),
        units=("LJ",), complained=("LJ",), business="人民币管理", cause=CLAUSE,
        signed="2026-11-12")),
    L("f19_clause_truck_loan_spare_key_held_by_bank", """城东支行：
本人范丽君，跑货运的。2026年10月22日我在城东支行办了十二万的车贷，买了一台小货车。签字的时候没细看，提车以后客户经理叫我把备用钥匙交到支行保管，讲合同第十一条写着“贷款结清前，车辆备用钥匙及登记证书由贷款人保管”。登记证书押着我能理解，备用钥匙凭什么也押着？
11月15日我的主钥匙送货的时候丢了，车停在三明动不了，打电话要备用钥匙，支行讲钥匙只能本人到柜台签字领，领了还要限期交回，我只好叫拖车拖回来，花了八百多。车是我的，钥匙倒归银行管？请把合同里这一条取消，把备用钥匙还给我。
范丽君 手机：+86 15305982217
2026年11月20日""",
      T(complainant="范丽君", phones=("15305982217",),
        dates=("2026-10-22", "2026-11-15", "2026-11-20"),
        units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE,
        signed="2026-11-20")),
    L("f19_data_sons_disability_certificate_shown_in_outreach_slides", """明溪县支行领导：
我是盖洋镇的廖春华。我儿子是智力残疾，他的卡是在徐碧支行办的，办的时候复印了他的残疾证和身份证。
11月13日徐碧支行的人在镇上文化广场搞金融知识宣传，大屏幕上放幻灯片，讲“特殊人群怎么办业务”，其中一页就是我儿子的残疾证照片，名字、相片、残疾类别、等级清清楚楚，身份证号也没遮。看热闹的人里有好几个是我们邻居，回来就传开了，现在村里小孩都拿这个笑他。
我儿子的证件是为了办卡才交给银行的，不是给你们拿去做宣传的。请县支行查清楚是谁放上去的，向我们道歉，把这些资料删掉。
廖春华  联系电话 137-7598-0016
2026年11月18日""",
      T(complainant="廖春华", phones=("13775980016",), dates=("2026-11-13", "2026-11-18"),
        units=("MX", "XB"), complained=("XB",), business="个人金融信息", cause=DATA,
        signed="2026-11-18")),
    # why: he does not complain that the pad broke down; he objects that his statement lay open
    # to the next customer with no staff minding it — personal data given away (DATA), not a
    # failed machine (SYS).
    L("f19_data_lobby_pad_left_my_statement_open_for_next_customer", """燕西支行：
我叫饶伟东。10月28日下午我在你们燕西支行大厅的自助平板上查打工资卡流水，要交给买房的中介。打完我就走了，以为它会自己退出来。第二天邻居跟我讲，他排在我后面用那台平板，屏幕上还开着我的流水，名字、卡号、每个月工资多少、我给谁转了多少钱全都在上面，大厅里一个工作人员都没有。他是熟人才告诉我，要是别人呢？
我在城东支行也用过自助机，打完都会提示、自己退出，你们这台就一直开着。我的流水被别人看了，请你们查一下那天还有哪些人用过那台平板，告诉我到底被谁看了，以后客户走了要有人管一管。
饶伟东 13860598340
2026年11月2日""",
      T(complainant="饶伟东", phones=("13860598340",), dates=("2026-10-28", "2026-11-02"),
        units=("YX", "CD"), complained=("YX",), business="个人金融信息", cause=DATA,
        signed="2026-11-02")),
    L("f19_debt_caller_said_schoolboy_son_would_go_on_travel_ban_list", """银行领导：
我叫孔庆林，在你们银行贷了八万块经营贷养鸭子，今年鸭瘟亏了，欠了三期没还上，这个我认，我也在想办法还。
可是从11月份开始，有个自称你们银行“资产保全”的人天天打电话，讲我再不还，就把我全家都列进“限高名单”，连我读初一的儿子以后都不能坐高铁、上不了好学校，还讲已经给学校发了函。我儿子听到了，吓得好几天不肯去上学。11月21日那人又打电话，讲要去学校找班主任，让我儿子“做做爸爸的工作”。
欠钱的是我，跟孩子有什么关系？请你们管管这个人，有事冲我来。
孔庆林 电话：180 5980 3776
2026年11月23日""",
      T(complainant="孔庆林", phones=("18059803776",), dates=("2026-11-21", "2026-11-23"),
        units=(), complained=(), business="债务催收", cause=DEBT,
        signed="2026-11-23")),
    # why: the caller told the girl the sum so that she would press her aunt to pay; telling it
    # is part of how an admitted debt is chased (DEBT), not data given away for its own sake
    # (DATA).
    L("f19_debt_card_callers_pressed_fifteen_year_old_niece_as_contact", """信用卡中心：
我是孙丽芳。我的信用卡逾期两个月了，一万三千多，我正在跟你们商量分期，这个钱我不赖。可是你们外包的人找不到我，就一直打我外甥女的电话。她才十五岁，上初三，那个号码是前几年我办卡时随手填的联系人，那时候是我姐在用，后来给了孩子。
11月25日晚上十点多，打电话的人跟她讲“你小姨欠钱不还，再不还就上门，你们全家都有责任”，还把欠多少钱告诉她，叫她去转告。孩子吓哭了，第二天考试也没考好。我去列西分理处问，他们讲信用卡的事他们管不了，要找你们。
我欠的钱我会还，可你们不能去吓一个孩子。请马上停止给她打电话。
孙丽芳 手机 138 5059 4412
2026年11月28日""",
      T(complainant="孙丽芳", phones=("13850594412",), dates=("2026-11-25", "2026-11-28"),
        units=("CARD", "LJ"), complained=("CARD",), business="债务催收", cause=DEBT,
        signed="2026-11-28")),
    # why: no product was sold to her and nothing untrue was said; she objects to staff handing
    # out leaflets among the graves — nothing about a financial service to the writer (OTHER),
    # not misrepresentation to sell (MKT).
    L("f19_other_staff_handed_out_leaflets_among_graves_at_cemetery", """城东支行：
我叫江美华，住建设社区。11月8日星期天，我和弟弟去县公墓给父亲上坟，看见几个穿你们城东支行工作服、戴着工牌的年轻人，在墓地的台阶和坟头之间走来走去，给上坟的人发理财和信用卡的宣传单，还往坟前的祭品旁边塞，有的被风吹得满山都是。
我们那天一句话都没跟他们讲，也没买你们什么东西，就是心里难受。人家在坟前哭，你们在旁边发传单，这像什么话？请你们管一管，山上的传单也派人去捡干净。
江美华 电话 15280598115
2026年11月10日
（建设社区居委会代转，社区电话0598-2830419）""",
      T(complainant="江美华", phones=("15280598115", "0598-2830419"),
        dates=("2026-11-08", "2026-11-10"),
        units=("CD",), complained=("CD",), business="其他", cause=OTHER,
        signed="2026-11-10")),
    L("f19_other_volunteer_day_rubbish_bags_left_on_vegetable_plot", """列西分理处：
现将我村村民赖长寿反映的情况转给你们，请及时处理，并把处理结果告知村委。
瀚仙镇龙湖村民委员会 联系电话：0598-2710352

（附村民来信）
我叫赖长寿，在河边种了两亩菜。11月7日你们列西分理处的员工穿着红马甲到我们村河边搞志愿者活动，捡垃圾、拍照。捡起来的垃圾装了十几个大编织袋，拍完照就堆在我菜地边上走了，到现在也没人来拉。风一吹，塑料袋飘得满地都是，有几袋烂了流出黑水，把我一垄萝卜都泡坏了。我去你们网点讲了两次，柜员讲会反映，也没有下文。请你们派人把垃圾拉走，萝卜的损失也讲一讲。
赖长寿 电话 133 2759 0861
二〇二六年十一月二十六日""",
      T(complainant="赖长寿", phones=("0598-2710352", "13327590861"),
        dates=("2026-11-07", "2026-11-26"),
        units=("LJ",), complained=("LJ",), business="其他", cause=OTHER,
        signed="2026-11-26")),
)
