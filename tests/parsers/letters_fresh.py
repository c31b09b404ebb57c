"""A third letter set, written and frozen before the classifier was ever run on it (issue 12).

The TUNE half of tests/parsers/letters_heldout.py has been fitted and its SCORE half has been
looked at once a figure was reported, so neither is unseen any more. These letters were
written by hand in one sitting, labelled as a careful clerk would label them, and committed
before any parser or the classifier read them; nothing in parsers/ may be changed to fit
them. Styles: relatives writing for the elderly, dates in words (二〇二六年…, 二零…, 廿五),
names without labels, a surname with a space before the title, full-width digits, dashes.

Same units and conventions as letters_heldout (`heldout_directory`, `Truth`): phones as
digits ("0598-8765432" for landlines), dates ISO, a year-less date in an undated letter
"--MM-DD". `FRESH_SCANNED` names the letters the benchmark also renders as scans.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth

FRESH: tuple[L, ...] = (
    L("n_grandson_guard_rude", """写给明溪县支行的行长：
我奶奶八十一岁，二〇二六年十一月十二日早上去你们行里存钱，拄着拐杖在门口歇了一下，保安过来叫她别挡门，语气很凶，还伸手推了她一把，差点摔倒。进去以后大堂经理看见了也不管，只顾低头看手机。老人回来说再也不去了。
希望你们查一下监控，对保安和大堂经理严肃处理，并当面向我奶奶道歉。
孙子 高俊杰
手机 １３７ ５９８０ ２４６８
二〇二六年十一月十三日""", Truth(
        complainant="高俊杰", phones=("13759802468",), dates=("2026-11-12", "2026-11-13"),
        units=("MX",), complained=("MX",), business="人民币储蓄", cause="服务态度及服务质量",
        signed="2026-11-13")),

    L("n_cash_short", """我是列西村的，十月三十日在列西分理处取了八千块，那个柜员我叫不出名字。回家一数只有七千五，当场没数是我大意，可第二天去问，他们说录像看不清，不肯承认。五百块对我们种地的人不是小数目。
请领导帮忙调一下监控和当天的账，把钱退给我。
钟水生 电话0598—8765432""", Truth(
        complainant="钟水生", phones=("0598-8765432",), dates=("--10-30",), units=("LJ",),
        complained=("LJ",), business="人民币储蓄", cause="消费者资金安全")),

    L("n_face_check_fails", """我爸今年七十三了，手机银行每次转账都要刷脸，他脸上有老年斑，刷了十几次都通不过，屏幕上就提示"活体检测失败"，后来账户还被锁了。打电话到城东支行问，说只能去柜台重置。
软件设计的时候能不能考虑一下老年人？
儿子 杨帆 18905981234
2026.11.6""", Truth(
        complainant="杨帆", phones=("18905981234",), dates=("2026-11-06",), units=("CD",),
        business="支付结算", cause="服务设施设备业务系统", signed="2026-11-06")),

    L("n_no_ramp", """坐轮椅的人还能不能去燕西支行办事？门口七级台阶，没有坡道，也没有呼叫铃。我在门口喊了半天，才有个小伙子出来，说办业务得进去办。最后是两个路人把我连人带轮椅抬上去的。
这是十一月十号的事，我到现在想起来还难受。希望你们装个坡道，至少装个门铃。
一个残疾人 林先生 电话 15960001122""", Truth(
        complainant="林先生", phones=("15960001122",), dates=("--11-10",), units=("YX",),
        complained=("YX",), business="其他", cause="服务设施设备业务系统")),

    L("n_heir_notary", """尊敬的领导：
家父于今年八月病故，生前在徐碧支行有一笔两万元的定期存款。我们兄妹三人去办理继承，柜员要求先去公证处办继承公证，公证费就要一千多，还要跑好几趟。听说现在小额存款继承有简化的办法，为什么你们不给办？
请按照规定给我们简化办理。
谢春兰（长女） 联系方式 133 0598 5566
二零二六年十月八日""", Truth(
        complainant="谢春兰", phones=("13305985566",), dates=("2026-10-08",), units=("XB",),
        complained=("XB",), business="人民币储蓄", cause="管理制度业务规则与流程",
        signed="2026-10-08")),

    L("n_replace_card_home_branch", """卡丢了想挂失补办，城东支行说卡是在明溪开的，补卡要回开户行办。我在城东上班，请一天假回明溪，来回一百多公里。都是一个银行，凭什么不能在这里办？
蔡丽 １５８ ０５９８ ６６７７""", Truth(
        complainant="蔡丽", phones=("15805986677",), units=("CD", "MX"), complained=("CD",),
        business="银行卡", cause="管理制度业务规则与流程")),

    L("n_card_sales_calls", """你们信用卡中心的人一个星期给我打了九次电话推销分期和新卡，我说了不需要、请不要再打，还是换着号码打，有一次晚上十点还在打。这不是骚扰是什么？
请把我的号码从你们的名单里删掉。
潘先生 13107776655""", Truth(
        complainant="潘先生", phones=("13107776655",), units=("CARD",), complained=("CARD",),
        business="银行卡", cause="营销方式和手段")),

    L("n_fund_sold_as_bond", """我妈六十八岁，只认国债。十月中旬她去燕西支行说要买国债，理财经理说国债卖完了，给她推荐了一个"跟国债差不多、更划算"的，结果是一只股票基金，现在跌了一万多。我妈连基金是什么都不知道。
她的风险测评是怎么做出来的？请给个说法，退还本金。
女儿 詹玉梅 电话：０５９８－３６１７７２２
二〇二六年十一月二十日""", Truth(
        complainant="詹玉梅", phones=("0598-3617722",), dates=("2026-11-20",), units=("YX",),
        complained=("YX",), business="银行代理业务", cause="营销方式和手段", signed="2026-11-20")),

    L("n_redemption_fee_untold", """十一月十七日我把在徐碧网点买的基金赎回，到账少了七百多，一问才说有赎回费，持有不满一年要收百分之一点五。买的时候那个经理只讲收益，费率的事一句没提，合同也是让我在平板上直接点的。
我不是不认这个费用，是你们应该事先讲清楚。
周永福 手机 150-5980-3311""", Truth(
        complainant="周永福", phones=("15059803311",), dates=("--11-17",), units=("XB",),
        complained=("XB",), business="银行代理业务", cause="信息披露")),

    L("n_forced_app_and_card", """我在明溪县支行开户，柜员说必须同时开通手机银行和一张信用卡，不开就不给开户。我一个七十岁的老头子，不会用手机银行，要信用卡干什么？被她们硬逼着签了字。
请帮我把这些都注销掉，以后不要再这样搞。
老人 郑德旺 0598-2820011""", Truth(
        complainant="郑德旺", phones=("0598-2820011",), units=("MX",), complained=("MX",),
        business="人民币储蓄", cause="自主选择权")),

    L("n_small_account_fee", """我岳母的存折里只有三百多块，好久没用，今天陪她去列西分理处补登，发现每个季度扣三块钱的小额账户管理费，扣了好几年。国家不是早就说了免收吗？请把扣的钱全部退给她。
陈阿婆的女婿 吴志远 代写
电话 188 5980 9900
２０２６年１１月１８日""", Truth(
        complainant="吴志远", phones=("18859809900",), dates=("2026-11-18",), units=("LJ",),
        complained=("LJ",), business="人民币储蓄", cause="定价收费", signed="2026-11-18")),

    L("n_counter_remittance_fee", """从城东支行柜台给我儿子外地的卡汇了两万块钱，收了我五十元手续费。一样的钱，柜台凭什么收这么多？听说别的银行早就不收了。
何桂英 13860905511""", Truth(
        complainant="何桂英", phones=("13860905511",), units=("CD",), complained=("CD",),
        business="支付结算", cause="定价收费")),

    L("n_structured_deposit_yield", """二〇二六年四月我在徐碧支行买了一笔结构性存款，宣传单上写着"最高年化4.2%"，六个月到期只给了1.5%，比定期还低。问经理，说挂钩的指标没达到。这个收益差得也太多了，我要求按宣传单上的收益兑付。
聂秀珍 手机 159-6000-7788""", Truth(
        complainant="聂秀珍", phones=("15960007788",), units=("XB",), complained=("XB",),
        business="自营理财", cause="产品收益")),

    L("n_rate_clause", """我的经营贷合同第十二条写着"贷款人有权根据情况调整利率"，燕西支行今年九月一日就把我的利率从3.85%调到了4.6%，事先也没跟我商量。这种一边倒的条款，签的时候谁会注意？我认为这一条对借款人不公平，应当无效。
个体户 魏长青 电话 0598-3620099""", Truth(
        complainant="魏长青", phones=("0598-3620099",), dates=("--09-01",), units=("YX",),
        complained=("YX",), business="贷款", cause="合同条款")),

    L("n_scam_transfer_not_stopped", """我父亲接到冒充公安的电话，十一月二日到城东支行柜台把六万块钱转给了一个陌生账户。老人当时很慌张，一直在打电话，柜员也没有多问一句就办了，事后才知道被骗了。你们不是有反诈提醒吗？为什么不拦一下？请你们协助追回这笔钱。
儿子 谢文彬 １３６ ９５９８ ００１１""", Truth(
        complainant="谢文彬", phones=("13695980011",), dates=("--11-02",), units=("CD",),
        complained=("CD",), business="支付结算", cause="消费者资金安全")),

    L("n_balance_read_aloud", """我在列西分理处办业务的时候，柜员大声念出我卡里的余额，排在后面的邻居都听到了，现在整个村子都知道我存了多少钱，还有亲戚上门来借。你们的员工有没有保密意识？
一个老储户
12月1日""", Truth(
        dates=("--12-01",), units=("LJ",), complained=("LJ",), business="个人金融信息",
        cause="消费者信息安全", signed="--12-01")),

    L("n_collector_night_visit", """我儿子欠了你们信用卡的钱，这事我们认。可是前天晚上十一点，两个自称是银行委托的人来敲门，在楼道里大喊欠钱不还，还在门上贴了纸条，邻居都出来看。我们老两口吓得一夜没睡。这样做讲不讲法？
郭老太口述 孙女 郭晓静 代笔 电话 177 5980 3456
二〇二六年十一月廿五日""", Truth(
        complainant="郭晓静", phones=("17759803456",), dates=("2026-11-25",), units=("CARD",),
        complained=("CARD",), business="债务催收", cause="债务催收方式和手段", signed="2026-11-25")),

    L("n_staff_chatting", """11月19号下午三点我在燕西支行办一笔汇款，前面就三个人，等了一个多小时。五个窗口只开了两个，里面两个柜员一边办一边说笑，还有一个在吃东西。我问什么时候能到我，她眼睛都不抬就说"等着"。
这样的服务，请领导管一管。
市民 蒋 先生 手机号 13850987766""", Truth(
        complainant="蒋先生", phones=("13850987766",), dates=("--11-19",), units=("YX",),
        complained=("YX",), business="支付结算", cause="服务态度及服务质量")),

    L("n_rollover_rate_untold", """明溪支行：
我的三年定期到期自动转存了，利率从2.75%一下子变成1.65%，事先一条短信都没有，到柜台问才晓得。要是早讲，我就取出来买国债了。
请你们说明为什么不通知客户。
退休教师 罗淑琴 0598-2835678
二〇二六年十二月二日""", Truth(
        complainant="罗淑琴", phones=("0598-2835678",), dates=("2026-12-02",), units=("MX",),
        complained=("MX",), business="人民币储蓄", cause="信息披露", signed="2026-12-02")),
)

# rendered as scans by `bench_letters --scans` (flatbed, JPEG, two-page PDF, phone photo in turn)
FRESH_SCANNED: tuple[str, ...] = (
    "n_grandson_guard_rude", "n_cash_short", "n_heir_notary", "n_fund_sold_as_bond",
    "n_small_account_fee", "n_rate_clause", "n_scam_transfer_not_stopped", "n_collector_night_visit",
)
