"""A fourth letter set for issue 12, written blind: no parser, classifier or earlier letter was read.

Written by the helper session `h12set` on 2026-12-05 (UTC) for the lead to measure the letter
reader with. Before and while writing it the author read only the issue, the design documents,
the label lists of the vocabularies (`parsers.categories` `CAUSES` and `BUSINESS_TYPES`, labels
only — not a line of the rules), the `Truth`/`HeldOutLetter` definitions and
`heldout_directory` in tests/parsers/letters_heldout.py and the first 15 lines of
letters_fresh.py (to copy the shape). Nothing under parsers/, complaints/classify*, the other
letter sets or the corpora was read, and the reader was never run on these letters: nothing
here was fitted to it, and nothing in parsers/ may be changed to fit these letters.

Thirty letters as a branch receives them: angry, rambling, polite with 尊敬的…此致敬礼, an
elderly writer, a relative writing for a parent, two-line notes, praise mixed with a
complaint, an Outlook and a Gmail forward, OCR text (wrapped mid-word, letters spaced apart,
"ll" for "11", a stray "|"). Causes are spread over the whole JR/T 0169 table, two or three
letters each; every business type occurs at least once.

Units are those of `heldout_directory` (codes as in `Truth`): the letters call them by name,
by alias ("明溪县支行", "徐碧那个网点", "东门网点", "燕西") or not at all; one names a
sub-branch the directory lacks (沙县支行), which is no unit. Labels as a careful clerk reads
them, with the conventions of letters_heldout plus these:

- `complainant` is who writes and signs (a relative writing for a parent included); a surname
  with a title (黄先生) counts, a nickname (老周) does not; letters spaced out by OCR are joined.
- `phones` as digits, landlines "0598-NNNNNNN" whatever the writing (spaces, （0598）, full-width
  dash, em dash); only the writer's numbers, never a card number.
- `dates`: every day-precise date the letter states, the signature and a forwarded message's
  date included, ISO; a year-less date takes the signed year or stays "--MM-DD" when the letter
  has no year; relative days (上周五, 今天), months and years alone are not listed.
- `signed`: the date the letter is signed with, or the date of the forwarded original.
- `business` is the JR/T 0169 top-level type (a credit card is 银行卡).
- `REQUESTS` holds each letter's 诉求 as a phrase that occurs verbatim in its text.
"""

from __future__ import annotations

from textwrap import dedent

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth


def _text(letter: str) -> str:
    """The letter as typed: the source's indentation and surrounding blank lines removed."""
    return dedent(letter).strip("\n")


FRESH2: tuple[L, ...] = (
    L("atm_kept_card_angry", _text("""
        你们东门网点的ATM到底有没有人管？！

        11月3号晚上九点多，我在东门网点门口那台取款机取钱，插卡输密码选了2000，机器咔咔响了半天，
        屏幕跳出"交易失败"，钱没出来，卡也没退出来！！紧接着手机短信就来了，说我尾号6612的卡支出
        2000.00元。我当场打了机器上贴的电话，打了三遍没人接。第二天一早我去柜台，柜员说要等清机，
        让我回去等通知，到今天两天了没一个人给我回电话。

        两千块对你们不算什么，对我是半个月生活费。我要求三天内把2000块钱退回我卡里，卡也要还给我。
        再拖我就去金融监管局投诉。

        陈浩
        电话 139 5081 2276
        2026年11月5日
        """),
      Truth(complainant="陈浩", phones=("13950812276",), dates=("2026-11-03", "2026-11-05"),
            units=("CD",), complained=("CD",), business="银行卡", cause="服务设施设备业务系统",
            signed="2026-11-05")),

    L("daughter_for_mother_rude_teller", _text("""
        尊敬的明溪县支行领导：

        我是林秀英的女儿，母亲今年78岁，耳朵不太好，写字也不方便，这封信由我代她写。

        11月10日上午，母亲一个人去明溪县支行取她到期的两万元定期存款。她听不清叫号，错过了一次，
        重新取号又等了一个多小时。轮到她时，窗口那个戴眼镜的年轻女柜员嫌她说话慢，当着大厅里的人
        大声说"听不懂就叫家里人来办"，还把存单从窗口推了出来。母亲回家后一直掉眼泪，说以后再也
        不去银行了。

        老人家存了一辈子钱在你们行，不该受这种气。我们希望那位柜员向我母亲当面道歉，也希望贵行对
        老年客户多一点耐心。

        联系人：郑雅琴（女儿）
        手机：158-6098-3317
        2026年11月12日
        """),
      Truth(complainant="郑雅琴", phones=("15860983317",), dates=("2026-11-10", "2026-11-12"),
            units=("MX",), complained=("MX",), business="人民币储蓄", cause="服务态度及服务质量",
            signed="2026-11-12")),

    L("wealth_return_far_below_benchmark", _text("""
        燕西支行：

        本人于2026年5月在你行燕西网点购买"稳盈180天"理财产品10万元，当时宣传单上写的业绩比较基准
        是年化3.8%-4.2%。11月18日产品到期，到账收益只有612.40元，折算下来年化才1.2%左右，和3.8%
        差了一大截。

        我问理财经理，她只说"业绩比较基准不代表实际收益"、"市场波动"。我不是不懂风险，可半年下来
        连定期存款都不如，总得有个说法。请你们把这个产品这半年的投资情况、净值变化给我一个书面解释，
        说明收益为什么这么低。

        客户 黄志明
        联系电话 13859011208
        2026.11.20
        """),
      Truth(complainant="黄志明", phones=("13859011208",), dates=("2026-11-18", "2026-11-20"),
            units=("YX",), complained=("YX",), business="自营理财", cause="产品收益",
            signed="2026-11-20")),

    L("insurance_sold_as_deposit_to_father", _text("""
        我要投诉列西分理处的理财经理。

        我父亲王德贵今年72岁，今年3月拿着到期的5万块钱去列西存定期。一个姓刘的理财经理跟他说"这个
        比定期利息高，也是存款，五年就能拿回来"，让他签了好几张纸。上个月我回家翻抽屉才发现，那根本
        不是存款，是一份交费十年的分红型保险，每年要交5万，现在想退只能退一万多。

        我父亲不识多少字，根本看不懂那些条款，她也没叫家属来，更没说这是保险。你们银行的员工把保险
        说成存款卖给老人，这不是骗人是什么？

        我们要求退保并全额退还已交的保费，并对这个理财经理严肃处理。

        王磊（王德贵之子）
        电话：0598－5827731   手机 186 0598 4420
        """),
      Truth(complainant="王磊", phones=("0598-5827731", "18605984420"), units=("LJ",),
            complained=("LJ",), business="银行代理业务", cause="营销方式和手段")),

    L("small_account_fee_xubi", _text("""
        你好，我想问问你们徐碧那个网点开的卡，为什么每个季度都扣我三块钱？

        这张卡是2019年在徐碧那个网点办的，后来我就很少用了，里面就放着几百块。前几天打印流水，才发现
        从2020年开始每个季度都有一笔"小额账户管理费"3元，算下来扣了七八十块钱。我开卡的时候没人跟我
        说过要收这个费，后来也没有短信通知我。而且我听说现在国家已经不让收这个费了。

        钱不多，但是道理要讲清楚。请把这几年扣的管理费退给我，以后也不要再扣了。

        卡号 6217 **** **** 3390
        联系人 苏晓燕 手机13705985126
        12月1日
        """),
      Truth(complainant="苏晓燕", phones=("13705985126",), dates=("--12-01",), units=("XB",),
            complained=("XB",), business="银行卡", cause="定价收费", signed="--12-01")),

    L("card_collectors_call_relatives", _text("""
        信用卡中心负责人：

        我承认我的信用卡（尾号0457）有两期没有按时还，欠款一万二千多，是因为今年下半年厂里停工、
        工资没发。我已经主动打电话说明情况，也答应12月15日前先还5000。

        可是从11月20号开始，你们的催收人员每天打十几个电话，早上七点就打，晚上十一点还在打。这还不算，
        他们还打到我老婆单位、我妹妹家，甚至打给我通讯录里的同事，说我"诈骗"、"再不还就上门抓人"。
        我妹妹吓得一晚上没睡。我欠钱我认，但你们不能这样羞辱人，连家里人都不放过。

        请你们马上停止给我老婆单位和我亲戚打电话，催收只跟我本人联系，并按我说的计划让我分期还款。

        罗永强
        135 0598 7712
        2026年11月26日
        """),
      Truth(complainant="罗永强", phones=("13505987712",),
            dates=("2026-12-15", "2026-11-20", "2026-11-26"), units=("CARD",), complained=("CARD",),
            # JR/T 0169 has 债务催收 as a business of its own: a complaint about collecting a card debt
            # is a 债务催收 complaint, as in letters_fresh, letters_fresh3 and letters_heldout (was 银行卡)
            business="债务催收", cause="债务催收方式和手段", signed="2026-11-26")),

    L("collectors_at_mothers_door", _text("""
        我叫吴桂兰，今年六十五岁，住在城南新村。我儿子前年欠了你们银行一笔钱（具体是什么款我也说不清），
        现在他在外地打工，联系不上，钱一直没还上。

        上周五晚上快十点，两个自称是"你们银行委托的"催收公司的男的，直接敲我家门，在门口大喊大叫，
        说不还钱就天天来，还在楼道里贴了写着我儿子名字和"老赖"的纸。邻居都出来看，我这把年纪脸都
        丢尽了。钱不是我借的，我也没有担保，他们凭什么来找我？

        我要求你们银行管好委托的催收公司，不准再上门骚扰我，把楼道里贴的东西撕掉，给我个说法。

        电话：0598—6631208（家里）
        """),
      Truth(complainant="吴桂兰", phones=("0598-6631208",), business="债务催收",
            cause="债务催收方式和手段")),

    L("deposit_leaked_outlook_forward", _text("""
        请工会按客户来信处理。

        -----Original Message-----
        From: 何建华 <hjh1979@163.com>
        Sent: Monday, November 23, 2026 8:14 PM
        To: 客服邮箱
        Subject: 投诉：我的个人信息被泄露

        你好：

        我10月28日在明溪支行开了一个一类户，存了30万定期。开户后不到一个星期，就陆续接到七八个电话，
        有卖保险的、推荐投资黄金的，还有一个直接说出"您刚在明溪支行存了30万定期，到期后可以转到我们
        这里拿更高收益"。我存钱这件事除了你们银行，没有任何人知道，连我爱人都不清楚具体金额。

        这说明我的开户信息和存款信息被你们内部人泄露了。请你们查清楚是谁把我的信息泄露出去的，给我
        书面答复，并保证不会再发生。

        何建华
        13960585233
        """),
      Truth(complainant="何建华", phones=("13960585233",), dates=("2026-10-28", "2026-11-23"),
            units=("MX",), complained=("MX",), business="个人金融信息", cause="消费者信息安全",
            signed="2026-11-23")),

    L("mobile_banking_transfers_stolen", _text("""
        紧急！！我的钱被人从手机银行转走了

        本人张丽萍，是你们行的老客户。11月29日凌晨2点到3点之间，我在睡觉，手机却连续收到4条短信，
        我的账户通过手机银行向一个从来没见过的账户转账4笔，一共9,860元。我没有点过任何链接，
        也没有把验证码告诉过任何人，手机一直在床头。

        我当天早上就打客服电话冻结了账户，也去派出所报了案（有回执）。现在已经五天了，你们只说
        "在调查"。这是我攒了好久给孩子交学费的钱。

        请你们立即联系对方银行止付，追回被转走的钱，并查清楚我的手机银行是怎么被别人登录的。

        张丽萍 手机:153 5988 0146
        2026年12月4日
        """),
      Truth(complainant="张丽萍", phones=("15359880146",), dates=("2026-11-29", "2026-12-04"),
            business="支付结算", cause="消费者资金安全", signed="2026-12-04")),

    L("mortgage_prepayment_penalty_clause", _text("""
        城东支行：

        2024年我在城东支行办了房贷，贷款60万，30年。今年手头宽裕了，想提前还20万。客户经理告诉我，
        按合同第十四条，还款未满三年提前还款要收提前还款金额3%的违约金，也就是6000块。

        我回去翻了合同，这一条印在密密麻麻的格式条款里，字比别的地方还小，签的时候客户经理只让我在
        贴了黄色标签的地方签名，根本没有解释。提前还自己的钱还要交违约金，这种只对银行有利的条款
        我认为不公平。

        我要求取消这笔提前还款违约金，按正常手续让我提前还款。

        业主 许文斌 13306987125
        2026年11月16日
        """),
      Truth(complainant="许文斌", phones=("13306987125",), dates=("2026-11-16",), units=("CD",),
            complained=("CD",), business="贷款", cause="合同条款", signed="2026-11-16")),

    L("forex_rate_board_dark", _text("""
        投诉信

        12月2日上午我去沙县支行给在澳洲读书的女儿汇学费，要购汇8000澳元。柜员报给我的汇率是4.79，
        我手机上看你们行当天的牌价是4.71左右。我问为什么不一样，柜员说柜台是"现汇卖出价"，手机上看的
        是"中间价"，我说那你们大厅的牌价屏怎么是黑的，她说坏了好几天了。

        营业厅里看不到牌价，手续费多少也没人告诉我，汇完了才发现另外收了150元电报费。外汇价格和收费
        本来就该公开写出来，让客户自己看明白了再决定。

        请你们把当天的购汇牌价和收费明细书面告诉我，并把大厅的牌价屏修好。

        陈淑芬
        手机 138 0598 2264
        2026年12月3日
        """),
      Truth(complainant="陈淑芬", phones=("13805982264",), dates=("2026-12-02", "2026-12-03"),
            business="外汇", cause="信息披露", signed="2026-12-03")),

    L("debit_card_only_with_credit_card", _text("""
        11月24日我去燕西支行给孩子办一张借记卡存压岁钱，柜员说现在开借记卡必须同时办一张信用卡，
        还要下载你们的APP、开通手机银行，不然"系统开不了"。我说我不需要信用卡，她就说那今天办不了，
        让我找领导去。

        我查过了，没有哪个规定说开借记卡必须办信用卡。办什么不办什么，应该由我自己决定。这种捆绑
        办卡是为了完成你们的任务吧？

        要求：给我单独开借记卡，不要强迫我办信用卡。

        刘芳 １８９５９８０１６３２
        """),
      Truth(complainant="刘芳", phones=("18959801632",), dates=("--11-24",), units=("YX",),
            complained=("YX",), business="银行卡", cause="自主选择权")),

    L("widow_six_trips_for_inheritance", _text("""
        致明溪支行：

        我老伴去年冬天走了，他名下在你们明溪支行有一张存折，里面三万四千多块钱。今年我去取，柜员说要
        继承公证。我和三个孩子跑了公证处，公证处说要所有继承人到场，我大儿子在新疆，来回机票就两千多。
        好不容易九月份办下来了，拿着公证书去，你们又说公证书上的名字有一个字写法和存折上不一样，要
        重新开证明。开了证明再去，又说要我们四个人一起到柜台签字。

        前前后后我跑了六趟，我今年七十一了，腿脚不好，每次都是坐一个小时的班车去县城。我不是不讲理
        的人，可是你们的规矩一次说清楚很难吗？每次就说一样，下次再说一样。

        希望你们简化手续，把要的材料一次性讲清楚，让我把老伴的钱取出来。

        陈玉梅  二〇二六年十一月十九日
        电话：0598 5832016（座机）  小儿子手机：13505987701
        """),
      Truth(complainant="陈玉梅", phones=("0598-5832016", "13505987701"), dates=("2026-11-19",),
            units=("MX",), complained=("MX",), business="人民币储蓄",
            cause="管理制度业务规则与流程", signed="2026-11-19")),

    L("coins_only_on_wednesdays", _text("""
        我是开小卖部的，平时收了不少硬币。11月9号（星期一）我拿了两袋一元硬币去列西分理处存，大概有
        八百多个。柜员说"我们网点规定硬币只有每周三下午才收，而且每次不超过200枚"，让我周三再来。

        我周三去了，又说清分机坏了，要我自己先按50个一卷包好才能收。人民币硬币也是钱，银行凭什么
        不收？这个"周三才收"的规定是哪里来的？

        请你们取消周三才收硬币的土规定，正常给我们小商户存硬币。

        郑国华 手机 177 5981 3046
        """),
      Truth(complainant="郑国华", phones=("17759813046",), dates=("--11-09",), units=("LJ",),
            complained=("LJ",), business="人民币管理", cause="管理制度业务规则与流程")),

    L("one_window_open_ocr", _text("""
        投 诉 信
        徐碧支行领导:
          本人于11月17日上午9点20分到你行徐碧支
        行办理定期转存,取号A037,前面只有12人。大
        厅共有4个窗口,只开了1个,另外两个柜员在里
        面聊天吃东西,一直等到11点40分才轮到我。我
        向大堂经理反映,他说"没办法人手不够",就走
        开了。|
          我单位只请了半天假,因此被扣了工资。
        请贵行加强管理,高峰时多开窗口,给我一个答复。
                        投诉人:杨 建 新
                        电话:13605984421
                        2026年11月18日
        """),
      Truth(complainant="杨建新", phones=("13605984421",), dates=("2026-11-17", "2026-11-18"),
            units=("XB",), complained=("XB",), business="人民币储蓄", cause="服务态度及服务质量",
            signed="2026-11-18")),

    L("thanks_chengdong_complaint_yanxi", _text("""
        写这封信，一半是感谢，一半是投诉。

        先感谢城东支行的大堂经理小吴。11月6日我的工资卡丢了，去城东支行挂失，小吴看我急得不行，
        一步步帮我办完挂失，还提醒我补卡要去开户行。真心谢谢她。

        再说投诉。我的卡是在燕西支行开的，11月13号我按约定去燕西支行补卡，窗口的男柜员全程黑着脸，
        我问补卡要多久，他头也不抬说"自己看墙上"；我说我没带原来的开卡回执，他把身份证扔回给我，
        说"那你来干什么"。同样是一个银行的员工，差别怎么这么大？

        希望燕西支行的这位柜员改改态度，也请行里表扬一下小吴。

        储户 潘美玲
        电话 0598-7654321 / 13859812267
        2026年11月14日
        """),
      Truth(complainant="潘美玲", phones=("0598-7654321", "13859812267"),
            dates=("2026-11-06", "2026-11-13", "2026-11-14"), units=("CD", "YX"),
            complained=("YX",), business="银行卡", cause="服务态度及服务质量",
            signed="2026-11-14")),

    L("app_transfer_failed_gmail_forward", _text("""
        客户来信，转工会。

        ---------- Forwarded message ---------
        From: 赵一鸣 <zym_1996@qq.com>
        Date: 2026年11月30日周一 21:47
        Subject: 手机银行转账失败钱却扣了
        To: <service@bank.example>

        你们好，

        我是你们行的客户赵一鸣。今天是月底要交房租，我用手机银行给房东转账3500元，点了确认后页面一直
        转圈，最后提示"系统繁忙，请稍后再试"。我又试了一次，还是一样。结果余额少了7000块，房东那边
        一分钱没收到。

        打客服热线排了40分钟队，客服说系统升级中，钱会"在途"，三到五个工作日退回。可我房租今天就要交，
        房东已经在催了。你们升级系统为什么不提前通知？为什么还能让人转账？

        请你们尽快把扣掉的7000元退回来，并修好手机银行，不要再出现这种情况。

        赵一鸣
        手机：130-5981-6675
        """),
      Truth(complainant="赵一鸣", phones=("13059816675",), dates=("2026-11-30",),
            business="支付结算", cause="服务设施设备业务系统", signed="2026-11-30")),

    L("gold_bar_buyback_deduction", _text("""
        尊敬的行领导：

        您好！我是贵行的老客户，在贵行办理业务已有十余年，一向对贵行的服务比较满意。今天冒昧来信，
        是想反映一件让我很困惑的事。

        2023年我在贵行徐碧支行购买了贵行品牌的"如意金条"100克，当时每克价格480元。近来金价上涨，
        我于11月21日到徐碧支行申请回购。工作人员告知，回购价格是当日上海金交所价格每克再扣减18元，
        另收每克5元的检测费，并且只接受整根回购。按此计算，我要少拿近2300元。

        购买时，贵行宣传"随时可回购"，却没说要扣减这么多，检测费也没有公示。恳请贵行按公示的回购
        价格回购，不要另外收取检测费。

        顺颂
        商祺！

        客户：方卫东
        联系电话：（0598）8213366
        二〇二六年十一月二十三日
        """),
      Truth(complainant="方卫东", phones=("0598-8213366",), dates=("2026-11-21", "2026-11-23"),
            units=("XB",), complained=("XB",), business="贵金属", cause="定价收费",
            signed="2026-11-23")),

    L("ramp_gone_wheelchair_ocr", _text("""
        第1页
        致明溪县支行:
        我今年八十一岁,腿脚不便,平时坐轮
        椅。你行门口原来有一条无障碍坡道,今年装
        修以后坡道没有了,改成了五级台阶。ll月25
        日我让保姆推我去领养老金,在台阶下面
        上不去,喊了半天也没人出来帮忙,最后是
        路过的两个年轻人把我连人带轮椅抬上去
        的。进去以后叫号机坏了,保安让我们自
        己排队,大厅里椅子也不够。|
        请你们尽快把无障碍坡道修回来,多为
        我们老年人想一想。
                  来信人:邱 茂 林
                  电话:0598-5 8 3 3 0 7 7
        """),
      Truth(complainant="邱茂林", phones=("0598-5833077",), dates=("--11-25",), units=("MX",),
            complained=("MX",), business="其他", cause="服务设施设备业务系统")),

    L("card_cloned_two_lines", _text("""
        卡一直在我身上，12月1日凌晨被人在广东的ATM上分四次取走8000元。已报警。请银行查明原因并赔偿我的损失。
        李强 18650982291
        """),
      Truth(complainant="李强", phones=("18650982291",), dates=("--12-01",), business="银行卡",
            cause="消费者资金安全")),

    L("prepayment_needs_month_booking", _text("""
        关于提前还款难的投诉

        我在徐碧支行有一笔经营贷，还剩15万。上个月我想一次性还清，打电话问，说要先"预约"，预约后
        要等30天，还必须本人到徐碧网点柜台当面办，不能在手机银行上还，也不能在别的网点还。

        我在市区上班，请一次假来回要大半天。11月11日我请假去预约了，12月11日还得再请一次。钱是我
        主动要还的，为什么要预约一个月？别的银行手机上就能直接提前还款。

        建议你们改一改提前还款的流程，至少让我们能在手机银行或者就近网点办理。

        借款人：蔡俊杰
        手机号：15806982573
        2026年11月12日
        """),
      Truth(complainant="蔡俊杰", phones=("15806982573",),
            dates=("2026-11-11", "2026-12-11", "2026-11-12"), units=("XB",), complained=("XB",),
            business="贷款", cause="管理制度业务规则与流程", signed="2026-11-12")),

    L("interest_free_installment_call", _text("""
        我11月2日接到一个自称你们信用卡中心的电话，女客服说我是优质客户，可以办一笔"免息"账单分期，
        分12期"零利息"，还说"名额有限今天不办就没了"。我问有没有别的费用，她说"没有利息，很划算"。
        我就同意了把1万元账单分期。

        结果这个月账单出来，每期除了本金还有75元"分期手续费"，一年下来900块，折合年化利率差不多16%。
        这哪里是免息？明明是换个说法收利息。电话里故意不提手续费，用"免息""零利息"来哄人办分期，
        这种推销太不地道了。

        我要求取消这笔分期，退还已经收的手续费，并调出当时的通话录音。

        客户 谢婉婷
        13799812604
        2026年12月3日
        """),
      Truth(complainant="谢婉婷", phones=("13799812604",), dates=("2026-11-02", "2026-12-03"),
            units=("CARD",), complained=("CARD",), business="银行卡", cause="营销方式和手段",
            signed="2026-12-03")),

    L("closed_period_on_page_nine", _text("""
        投诉：理财产品的封闭期没有说明

        10月8日我在手机银行上买了你行一款"月月享"理财，5万元。产品页面最上面大字写着"灵活申赎"、
        "T+1到账"。11月底我母亲住院急需用钱，去赎回时才提示"产品处于封闭期，2027年4月8日前不可赎回"。

        我回头翻产品说明书，封闭期写在第九页的一个表格里，页面上根本没提。我打电话问了你行个人金融部，
        得到的答复是"说明书里写了，是你自己没看"。一个号称"灵活申赎"的产品，最要紧的封闭期却藏在
        第九页，这叫尽到告知义务吗？

        请允许我提前赎回这笔理财，并在产品页面上把封闭期写清楚。

        何晓东
        电话：139 0598 7326
        2026年12月2日
        """),
      Truth(complainant="何晓东", phones=("13905987326",),
            dates=("2026-10-08", "2027-04-08", "2026-12-02"), units=("PF",), complained=("PF",),
            business="自营理财", cause="信息披露", signed="2026-12-02")),

    L("mortgage_appointed_insurer", _text("""
        行长您好：

        我和爱人在永安燕西支行申请住房按揭贷款（贷款45万）。客户经理要求我们：房屋评估必须找他指定的
        那家评估公司，评估费2800元；房屋保险必须在他指定的保险公司买，保了贷款全期，一次交了3600多；
        还必须在你们行买一份5万元的理财，"这样审批快一点"。

        我们问能不能自己选评估公司和保险公司，他说"不在名单里的一律不认"，还暗示不买理财贷款就批
        不下来。买房已经把我们掏空了，这些东西为什么不能自己选？

        我们要求自己选择评估和保险机构，退掉那份理财，并说明你行是不是有这样的规定。

        此致
        敬礼

        林志勇
        电话 +86 180 6098 1155
        2026年11月27日
        """),
      Truth(complainant="林志勇", phones=("18060981155",), dates=("2026-11-27",), units=("YX",),
            complained=("YX",), business="贷款", cause="自主选择权", signed="2026-11-27")),

    L("deposit_certificate_fifty_yuan", _text("""
        列西分理处：
        12月2号去开存款证明（孩子出国签证用），一张证明收50块，我要开三份，收了150。隔壁那家银行才收20一份。你们收费标准墙上也没贴，柜员就说"系统自动扣的"。开个证明凭什么收这么贵？请你们公布收费依据，多收的退给我。
        黄先生 手机 13905983344
        """),
      Truth(complainant="黄先生", phones=("13905983344",), dates=("--12-02",), units=("LJ",),
            complained=("LJ",), business="其他中间业务", cause="定价收费")),

    L("insurance_dividend_a_tenth", _text("""
        我叫钟福生，退休教师。2021年在你们银行买了一款代理的分红保险，每年交一万，交五年。当时你们的人
        给我看的演示表上写着，五年后每年分红能有八九百块。今年第一次分红，只有一百二十多元。

        我不是说你们骗我，演示表上也写了"不保证"。但是差得也太多了，十分之一都不到。这几年交的五万块，
        如果存定期早就有利息了。我想知道这个保险的钱到底投到哪里去了，为什么分红这么少。

        请银行出面，让保险公司给我把分红的计算方法讲清楚。

        钟福生
        家住梅园小区7栋
        电话 0598-8324617
        十一月二十八日
        """),
      Truth(complainant="钟福生", phones=("0598-8324617",), dates=("--11-28",),
            business="银行代理业务", cause="产品收益", signed="--11-28")),

    L("full_interest_for_26_yuan", _text("""
        致信用卡中心：

        我的信用卡11月账单应还4,326.50元，我在到期还款日还了4,300元，差了26.50元，没有还清。结果12月
        账单里，你们按全部4,326.50元从记账日起算了利息，一共84元多，还收了滞纳金。

        客服说这是《领用合约》第二十三条写的"未全额还款的，全部消费金额自记账日起计息"。差二十几块钱
        却要对四千多块全额计息，这条合约条款明显加重了持卡人的责任。签合约的时候，这条也没有加粗提示。

        我要求按未还清的26.50元计算利息，退回多收的利息和滞纳金，并请你们修改这条不合理的条款。

        持卡人：范志刚
        手机：133 5981 2076
        2026年12月4日
        """),
      Truth(complainant="范志刚", phones=("13359812076",), dates=("2026-12-04",), units=("CARD",),
            complained=("CARD",), business="银行卡", cause="合同条款", signed="2026-12-04")),

    L("credit_report_pulled_twice", _text("""
        我前几天去人民银行打了一份征信报告，发现今年9月15日、10月3日你们行徐碧支行用"贷款审批"的理由
        查询过我的征信两次。我从来没在你们行申请过贷款，也没有签过任何授权书。

        后来问了才知道，是徐碧一个客户经理拿着我以前存款时留的身份证复印件，帮别人"凑名额"。这是侵犯
        我的隐私，我的身份证复印件你们还给了谁？

        我要求说明查询我征信的经过，删除这两条查询记录，并销毁你们手里我的身份证复印件。

        郭 晓 峰  13860597240
        12月3号
        """),
      Truth(complainant="郭晓峰", phones=("13860597240",), dates=("--09-15", "--10-03", "--12-03"),
            units=("XB",), complained=("XB",), business="个人金融信息", cause="消费者信息安全",
            signed="--12-03")),

    L("staff_borrowed_and_vanished", _text("""
        我要反映你们东门网点一个姓丁的员工。他是我老乡，去年说家里有急事，向我借了3万块钱，打了借条，
        说半年还。到现在一年多了，一分没还，打电话不接，微信拉黑了我。

        我知道这是他个人的事，可他是你们银行的员工，当时也是在网点里跟我借的，说"我在银行上班你还怕我
        跑了"。希望银行领导出面，督促他尽快还钱。

        叶先生
        电话：159 8059 2138
        """),
      Truth(complainant="叶先生", phones=("15980592138",), units=("CD",), complained=("CD",),
            business="其他", cause="其他")),

    L("staff_cars_block_restaurant", _text("""
        明溪县支行的领导：
        我在你们支行隔壁开饭店。这半年来，你们支行的员工每天早上把私家车停在我店门口的人行道上，一停就是
        一整天，我的客人没地方停车，送货的车也进不来。我去跟你们保安说过好几次，保安说管不了。

        上周三我又去你们营业厅说这个事，一个穿西装的男的说"路又不是你家的"。我生意快做不下去了。

        请你们管一管自己的员工，不要再把车停在我店门口。

        老周（周建平） 电话0598-5821190
        """),
      Truth(complainant="周建平", phones=("0598-5821190",), units=("MX",), complained=("MX",),
            business="其他", cause="其他")),
)

# What each letter asks for (客户诉求), a phrase that occurs verbatim in its text.
REQUESTS: dict[str, str] = {
    "atm_kept_card_angry": "三天内把2000块钱退回我卡里",
    "daughter_for_mother_rude_teller": "那位柜员向我母亲当面道歉",
    "wealth_return_far_below_benchmark": "说明收益为什么这么低",
    "insurance_sold_as_deposit_to_father": "退保并全额退还已交的保费",
    "small_account_fee_xubi": "把这几年扣的管理费退给我",
    "card_collectors_call_relatives": "马上停止给我老婆单位和我亲戚打电话",
    "collectors_at_mothers_door": "不准再上门骚扰我",
    "deposit_leaked_outlook_forward": "查清楚是谁把我的信息泄露出去的",
    "mobile_banking_transfers_stolen": "追回被转走的钱",
    "mortgage_prepayment_penalty_clause": "取消这笔提前还款违约金",
    "forex_rate_board_dark": "把当天的购汇牌价和收费明细书面告诉我",
    "debit_card_only_with_credit_card": "给我单独开借记卡，不要强迫我办信用卡",
    "widow_six_trips_for_inheritance": "把要的材料一次性讲清楚",
    "coins_only_on_wednesdays": "取消周三才收硬币的土规定",
    "one_window_open_ocr": "高峰时多开窗口",
    "thanks_chengdong_complaint_yanxi": "燕西支行的这位柜员改改态度",
    "app_transfer_failed_gmail_forward": "尽快把扣掉的7000元退回来",
    "gold_bar_buyback_deduction": "不要另外收取检测费",
    "ramp_gone_wheelchair_ocr": "尽快把无障碍坡道修回来",
    "card_cloned_two_lines": "查明原因并赔偿我的损失",
    "prepayment_needs_month_booking": "改一改提前还款的流程",
    "interest_free_installment_call": "取消这笔分期，退还已经收的手续费",
    "closed_period_on_page_nine": "允许我提前赎回这笔理财",
    "mortgage_appointed_insurer": "自己选择评估和保险机构",
    "deposit_certificate_fifty_yuan": "公布收费依据，多收的退给我",
    "insurance_dividend_a_tenth": "让保险公司给我把分红的计算方法讲清楚",
    "full_interest_for_26_yuan": "按未还清的26.50元计算利息",
    "credit_report_pulled_twice": "删除这两条查询记录",
    "staff_borrowed_and_vanished": "督促他尽快还钱",
    "staff_cars_block_restaurant": "不要再把车停在我店门口",
}

# Letters typed the way OCR returns a scan (wrapped mid-word, spaced letters, "ll" for "11").
FRESH2_OCR_LIKE: tuple[str, ...] = ("one_window_open_ocr", "ramp_gone_wheelchair_ocr")
