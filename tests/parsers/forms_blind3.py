"""A third blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms3`, blind — without reading the parsers, the router, the ingest code, the outbox,
the core and complaints packages, the benchmark or the bodies of any other example set. Read
only: the module docstring and first three entries of forms_blind1.py (for the format and the
labelling rules), the module docstring of letters_fresh11.py, the `Truth`/`HeldOutLetter`/
`heldout_directory` definitions and the cause constants of letters_heldout.py (printing them
also showed that module's first TUNE letter and the opening line of its second, whose
situations are avoided), and the list of earlier ids of letters_*.py, forms_blind*.py,
/tmp/fresh12 and /tmp/forms2, whose situations are avoided. Written outside the repository,
at /tmp/forms3; the parsers were never run on these texts.

Each text is one summary as a call-centre or counter clerk writes it on the acceptance form
("客户反映…", "来电人称…", "客户来电投诉…", "据客户陈述…", "客户XX来电反映…", ending with the
request), 4 per cause (every cause but 其他) over every business, about a third of them
near-misses between two causes (a `# why:` comment names the deciding rule). Labelled by the
rules of forms_blind1.py:
the rules written out in forms_blind1.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No text names its cause with the words of the cause's label. Dates are listed in the order the
text first states them.

Written outside the repository, at /tmp/forms3.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository) by the weighting
shipped then (1,051 examples, FORMS1, FORMS2 and TRAIN_E among them, `e3948af`), fixed before
this set was read: cause 89.6 % (43/48), the rules alone 31.2 % (15/48); business 83.3 %; unit
found or triage 100 % (48 right); complainant 100 % / 100 %; dates 100 %. Then trained on, with FRESH13
(the 1,129-example weighting).
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS3: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: the clerk counted and bundled the notes and would not let him recount — a clerk's
    # mishandling at the counter (SVC), not money gone without his act (FUNDS).
    L("fm3_svc_soaked_takings_bundle_short_no_recount",
      "客户反映12月1日在徐碧网点兑换被水泡过的营业款共6800元，柜员清点后当面用纸条扎好递给他，不让他复点，回到店里一数只有6700元。返回网点后柜员称“出了柜台概不负责”。客户称上月在明溪县支行兑换时从未遇到这种情况。要求调取监控核实并补足差额。",
      T(dates=("--12-01",), units=("XB", "MX"), complained=("XB",), business="人民币管理", cause=SVC)),
    # why: the cooling-off period was not hidden from her; the clerk signed the delivery
    # receipt in her name and left the policy in a drawer — mishandling (SVC), not silence (DISC).
    L("fm3_svc_policy_signed_for_by_clerk_left_in_drawer",
      "客户王秀兰来电反映，今年6月在列西分理处经柜员介绍购买了某人寿保险公司的年金保险，保单一直没有收到。11月20日到网点查询，柜员从抽屉里翻出保单，保单回执上的“本人签收”是柜员代签的，犹豫期早已过去。客户表示当时若拿到保单会在犹豫期内退掉。要求网点承担责任并协调全额退保。",
      T(complainant="王秀兰", dates=("--11-20",), units=("LJ",), complained=("LJ",),
        business="银行代理业务", cause=SVC)),
    L("fm3_svc_credit_letter_not_ready_bid_missed",
      "来电人称在城东支行申请开具资信证明用于工程投标，12月1日柜员答应两个工作日可取，12月3日去取时又说“领导还没签字”，让其再等，导致错过12月4日的投标截止时间。要求网点说明原因并赔偿投标准备费用。",
      T(dates=("--12-01", "--12-03", "--12-04"), units=("CD",), complained=("CD",),
        business="其他中间业务", cause=SVC)),
    L("fm3_svc_mortgage_approved_officer_forgot_to_call",
      "客户刘建军来电投诉：其在燕西支行申请个人住房贷款，信贷员称审批下来会电话通知。客户等了近一个月没有消息，12月2日自行到网点询问，才知道11月15日就已审批通过，信贷员“忘了打电话”。因迟迟未能付款，卖方已按购房协议向其收取违约金8000元。要求追究信贷员责任并承担该笔违约金。",
      T(complainant="刘建军", dates=("--12-02", "--11-15"), units=("YX",), complained=("YX",),
        business="贷款", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: a late charge is at stake, but what went wrong is the bill figure the bank's program
    # produced — a failed system (SYS), not the level of the charge (FEE).
    L("fm3_sys_card_bill_showed_nothing_due",
      "客户反映其信用卡11月账单的短信和手机银行都显示“本期应还0.00元”，因此没有还款，12月3日却收到逾期提醒，还被扣了违约金。经核实，信用卡中心11月下旬账单生成程序升级期间，部分客户的应还金额显示有误。客户要求减免违约金和利息，并保证不影响其征信。",
      T(dates=("--12-03",), units=("CARD",), complained=("CARD",), business="银行卡", cause=SYS)),
    # why: the money is not gone to anyone — the returned transfer is stuck in the bank's
    # routing (SYS), not money taken without his act (FUNDS).
    L("fm3_sys_returned_transfer_stuck_ten_days",
      "客户来电反映，11月24日通过手机银行向他行账户转账3.5万元，页面显示成功，钱已扣款。次日对方称没收到，查询为收款行退回，但退回的钱至今没有回到客户账户，已经过去十天，客服只说“在途处理中”。要求尽快退回款项并说明原因。",
      T(dates=("--11-24",), business="支付结算", cause=SYS)),
    # why: the lower rate is what she lost, but the cause is the app's timed-out settlement that
    # held her dollars four days — a failed system (SYS), not the price (FEE).
    L("fm3_sys_app_settlement_timed_out_dollars_held",
      "客户赵女士反映，11月28日在手机银行把儿子汇来的2000美元办理结汇，页面提示“交易超时”，美元已经扣了，人民币却没到账；12月2日人民币才入账，而且是按当天较低的牌价折算的，比11月28日少了约110元。要求按原牌价补足差额。",
      T(complainant="赵女士", dates=("--11-28", "--12-02"), business="外汇", cause=SYS)),
    # why: no clerk told him anything wrong; a batch migration in the back office failed — a
    # failed system (SYS), not a clerk's mishandling (SVC).
    L("fm3_sys_gold_plan_dropped_after_card_swap",
      "客户反映其在明溪县支行办理了积存金定投，每月自动扣款买入。9月换领新借记卡后，定投连续三个月都没有扣款，也没有任何提示。网点查询后称换卡时后台批量迁移出错，定投签约没有转到新卡上，同一批还有其他客户受影响。客户认为错过了金价低位。要求补做这三个月的买入。",
      T(units=("MX",), complained=("MX",), business="贵金属", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm3_rule_two_thousand_short_of_large_cd",
      "客户来电称，12月1日到徐碧支行想把19.8万元存成三年期大额存单，柜员告知起存金额为20万元，差两千元不能办理，只能存普通定期，利率低不少。客户认为“就差一点”应该通融。要求按大额存单利率办理。",
      T(dates=("--12-01",), units=("XB",), complained=("XB",), business="人民币储蓄", cause=RULE)),
    # why: the clerk was civil and did what the rule for mended notes says — a rule applied as
    # designed (RULE), not a clerk's mishandling (SVC).
    L("fm3_rule_taped_notes_refused_for_deposit",
      "据客户陈述，其在东门网点存营业款时，有十几张用透明胶粘过的百元钞被柜员挑出来不给存入，柜员解释需另行办理残缺币兑换，按规定鉴定后再兑。客户称这些钱都是顾客付给他的，“凭什么不能存”。要求网点全部收下入账。",
      T(units=("CD",), complained=("CD",), business="人民币管理", cause=RULE)),
    L("fm3_rule_son_abroad_deposit_certificate_no_proxy",
      "客户母亲到网点反映：儿子在国外读书，需要一份存款证明办签证延期，存款在儿子名下。12月2日她带着儿子的身份证、存折和儿子手写的委托书到列西分理处办理，柜员说存款证明须本人办理或持经公证的委托书，不能代办。客户认为国外公证要跑很远、花费高。要求网点特事特办。",
      T(dates=("--12-02",), units=("LJ",), complained=("LJ",), business="其他中间业务", cause=RULE)),
    L("fm3_rule_co_owner_sister_must_co_borrow",
      "客户林志强来电反映，其与妹妹共同购买一套住房，向城东支行申请按揭贷款时被告知所有产权共有人必须作为共同借款人到场面签，而妹妹长期在国外无法回来。客户表示还款全部由他负责，妹妹只是挂名，并称父母当年在徐碧支行办房贷时没有这个要求。要求只以其本人名义办理贷款。",
      T(complainant="林志强", units=("CD", "XB"), complained=("CD",), business="贷款", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the fall in value is at stake, but she objects to the manager's false claim that the
    # product was covered like a deposit — misrepresentation to sell (MKT), not the return (RET).
    L("fm3_mkt_wealth_said_covered_by_deposit_insurance",
      "客户反映，今年3月在燕西支行购买了一款本行理财，理财经理当时说“跟存款一样有存款保险，五十万以内出了事国家赔”。近期净值跌破1，客户询问后才知道理财不在存款保险范围内。要求按本金赎回。",
      T(units=("YX",), complained=("YX",), business="自营理财", cause=MKT)),
    L("fm3_mkt_education_annuity_said_to_earn_school_points",
      "客户陈女士来电称，8月在明溪支行被理财经理推荐买了一份某保险公司的教育年金，对方说“买了这个孩子上学能加积分，好学校优先录取”。客户后来问了学校才知道根本没有这回事，而每年要交2.4万元。要求全额退保并退还已交保费。",
      T(complainant="陈女士", units=("MX",), complained=("MX",), business="银行代理业务", cause=MKT)),
    # why: the lower buyback is at stake, but what she objects to is the staff's claim at the
    # sale that any bank would take the bar at the gold price — misrepresentation (MKT), not RET.
    L("fm3_mkt_craft_gold_said_investment_bar",
      "客户反映在徐碧支行买的“文创金条”共50克，员工当时宣称是“投资金条，哪家银行都能按金价回收”。客户11月30日去别的银行回收被拒，对方说这是工艺品；回到徐碧支行也只能按金价打八五折回购。要求按购买价退货。",
      T(dates=("--11-30",), units=("XB",), complained=("XB",), business="贵金属", cause=MKT)),
    L("fm3_mkt_credit_card_said_to_raise_credit_score",
      "客户来电投诉信用卡中心外呼人员推销信用卡时称“办了卡多刷几笔，征信分就高了，以后房贷利率能打折”。客户办卡后按其说法每月消费，后来申请房贷时才知道征信报告并没有什么“评分”，信用卡多反而被认为负债多。要求注销此卡并消除相关记录。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=MKT)),

    # ---- 信息披露 ----
    # why: the five-day window is a rule, but she objects that no one told her of it when she
    # booked — silence on a material fact (DISC), not the rule itself (RULE).
    L("fm3_disc_commemorative_coins_booking_lapsed",
      "客户反映其10月在城东支行预约兑换了两套纪念币，网点工作人员只说“到时候来拿”，没有告诉她兑换期只有5天、逾期预约作废。客户11月25日去取时被告知已过期，纪念币已经发完。要求给予补兑。",
      T(dates=("--11-25",), units=("CD",), complained=("CD",), business="人民币管理", cause=DISC)),
    L("fm3_disc_baht_sold_but_never_bought_back",
      "客户来电反映，出国前在燕西支行用人民币兑换了泰铢现钞，回国后剩下3000泰铢想换回人民币，柜员说本行只卖出泰铢、不办理买入，只能自己去机场兑换点换，损失不小。客户表示兑换时如果有人说明这一点就不会换那么多。要求网点收兑剩余泰铢。",
      T(units=("YX",), complained=("YX",), business="外汇", cause=DISC)),
    # why: the rule on missed instalments was applied as written; she objects that nobody told
    # her of it when the account was opened — silence (DISC), not the rule (RULE).
    L("fm3_disc_missed_monthly_savings_paid_at_demand_rate",
      "客户张桂芳反映，前年在列西分理处开了一张零存整取存单，每月存1000元，中间因住院漏存了两个月。今年到期支取时，柜员说漏存两次以上全部按活期计息，只拿到三十几元利息。客户称开户时没有任何人告诉她这条规定。要求按定期利率计付利息。",
      T(complainant="张桂芳", units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=DISC)),
    # why: the 3.2 % quoted was true for the first ten instalments — nothing false was said, the
    # coupon's end was left unsaid (DISC), not misrepresentation (MKT).
    L("fm3_disc_loan_rate_coupon_ran_out",
      "客户反映，今年1月在手机银行申请了明溪县支行的消费贷款20万元，页面和客户经理都说年利率3.2%。近期扣款时利息突然多了，查询才知道3.2%是“利率优惠券”抵扣后的价格，只在前十期有效，从第十一期起按4.9%计息。客户称申请时无人提及优惠有期限。要求按3.2%执行到贷款结清。",
      T(units=("MX",), complained=("MX",), business="贷款", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm3_choice_commemorative_notes_need_pension_account",
      "客户来电反映，在徐碧网点预约兑换新发行的纪念钞时，工作人员说必须先开通个人养老金账户才能登记，客户为了换钞只好开了。客户称其朋友在东门网点换同样的纪念钞没有任何附加要求。要求撤销该养老金账户，并保证以后兑换纪念钞不设这种条件。",
      T(units=("XB", "CD"), complained=("XB",), business="人民币管理", cause=CHOICE)),
    # why: 120 yuan is what he lost, but he objects that the cover was added without asking
    # him — an add-on without consent (CHOICE), not the level of a charge (FEE).
    L("fm3_choice_safe_box_cover_added_on_renewal",
      "客户李建国来电反映，12月1日到城东支行续租保管箱，事后查看扣款明细，发现除了租金400元外另扣了120元。经询问，是柜员顺带给他办了“保管箱物品保险”，办理时没有问过他，单据上是默认勾选的。要求退还120元并取消该保险。",
      T(complainant="李建国", dates=("--12-01",), units=("CD",), complained=("CD",),
        business="其他中间业务", cause=CHOICE)),
    # why: the buyback is refused unless he buys new jewellery — a tie (CHOICE), not a rule
    # applied as designed (RULE).
    L("fm3_choice_gold_buyback_only_as_trade_in",
      "客户反映手上有两根在明溪支行买的金条想卖回给银行，柜员说银行只做“以旧换新”，必须同时买新的金饰才能回收，单纯回购不办。客户只想换成现金。要求网点直接回购。",
      T(units=("MX",), complained=("MX",), business="贵金属", cause=CHOICE)),
    L("fm3_choice_cashier_order_only_with_account_cover",
      "客户来电称，12月4日在燕西支行申请开具一张15万元的银行本票付购车款，柜员要求同时购买一份“账户资金保障险”，一年99元，说“不买开不了”。客户认为两者毫无关系。要求退保退款，并核实是否真有此规定。",
      T(dates=("--12-04",), units=("YX",), complained=("YX",), business="支付结算", cause=CHOICE)),

    # ---- 定价收费 ----
    # why: the swap itself is a rule he does not contest; he objects to paying for it — the
    # charge (FEE), not the rule (RULE).
    L("fm3_fee_bank_ordered_chip_swap_five_yuan",
      "客户反映银行通知其磁条借记卡必须换成芯片卡，否则将停用；11月30日到列西分理处换卡，被扣了5元工本费。客户认为换卡是银行要求的，不该由客户出钱。要求退还。",
      T(dates=("--11-30",), units=("LJ",), complained=("LJ",), business="银行卡", cause=FEE)),
    L("fm3_fee_incoming_euro_remittance_charge",
      "客户来电称女儿从意大利汇来3000欧元，入账被扣汇入手续费约合人民币150元，比邻县另一家银行贵一倍，认为太高，要求降低或免除。",
      T(business="外汇", cause=FEE)),
    L("fm3_fee_fund_switch_one_point_two_percent",
      "客户反映在城东支行柜台把持有的某基金公司债券基金转换为同一家公司的股票基金，被扣了1.2%的转换费，8万元左右的本金扣了900多元。客户认为同一家公司的基金之间转一下就扣这么多，太高。要求退还部分费用。",
      T(units=("CD",), complained=("CD",), business="银行代理业务", cause=FEE)),
    L("fm3_fee_ten_years_passbook_history_two_hundred",
      "客户孙女士反映，为给孩子申请助学金需要家庭存款流水，在徐碧网点打印存折近十年的明细，网点按每个年度20元计，一共扣了200元。客户认为打几张纸要这么多钱，太贵。要求退还。",
      T(complainant="孙女士", units=("XB",), complained=("XB",), business="人民币储蓄", cause=FEE)),

    # ---- 合同条款 ----
    L("fm3_clause_interest_from_signing_not_drawdown",
      "客户反映其在明溪县支行签订的经营贷款借款协议第六条约定“利息自协议签订之日起计收”，而贷款是签约后第二十天才放到账上的，白白多付了二十天利息。客户认为这种约定对借款人不公平。要求改为从放款日起计息，并退还多收的利息。",
      T(units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE)),
    # why: the mis-selling is what she wants heard, but what the unit did was refuse her on the
    # fifteen-day bar in the paper she signed — an unfair clause (CLAUSE), not MKT or RULE.
    L("fm3_clause_mis_selling_claims_barred_after_fifteen_days",
      "客户来电称，在燕西支行购买理财时签署的投资者权益须知中写明“投资者如认为存在销售不当，须在购买后十五日内书面提出，逾期视为认可”。客户半年后发现该理财的风险等级与其评估结果不符，去网点反映，网点以这一条为由不予受理。要求删除该约定并受理其诉求。",
      T(units=("YX",), complained=("YX",), business="自营理财", cause=CLAUSE)),
    L("fm3_clause_heirs_six_months_before_box_opened",
      "客户吴女士反映，其父生前在列西分理处租用保管箱，父亲去世后她查看租用协议，其中约定“承租人死亡后，继承人须于六个月内办理相关手续，逾期银行有权开箱并将物品提存，费用由继承人承担”。客户认为继承手续往往超过半年，这样的约定过于苛刻。要求网点给予延期并修改该约定。",
      T(complainant="吴女士", units=("LJ",), complained=("LJ",), business="其他中间业务", cause=CLAUSE)),
    L("fm3_clause_password_free_limit_raised_by_bank",
      "客户反映，其签署的快捷支付免密协议中写着“银行可根据风险情况调整免密支付限额，调整以网站公告为准”，结果免密限额被从500元调到了2000元，本人完全不知情。要求取消这一约定，免密限额须经本人同意才能调整。",
      T(business="支付结算", cause=CLAUSE)),

    # ---- 产品收益 ----
    L("fm3_ret_tuition_wealth_open_day_point_six",
      "客户来电反映，去年12月在徐碧支行买了一款定期开放型理财，准备给女儿交学费用，说明书上业绩比较基准2.8%至3.4%。12月1日开放日赎回，年化只有0.6%。客户表示买的时候风险也讲过，并不是说被骗，只是拿到这么点钱实在想不通。要求银行给予适当补偿。",
      T(dates=("--12-01",), units=("XB",), complained=("XB",), business="自营理财", cause=RET)),
    L("fm3_ret_pension_target_fund_down_eleven",
      "客户反映2023年在明溪支行买了某基金公司的养老目标基金，持有期三年，2026年11月到期后亏损约11%，10万元本金只剩8.9万元。客户并不否认购买时签过风险揭示书。要求银行协调基金公司弥补部分损失。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=RET)),
    L("fm3_ret_gold_savings_two_years_loss",
      "客户刘先生来电称，在燕西支行做了两年积存金定投，12月2日全部赎回，扣除买卖差价后亏了3400元。客户说“当初知道金价会涨跌”，但两年白忙还亏钱，希望银行给个说法，考虑返还部分点差。",
      T(complainant="刘先生", dates=("--12-02",), units=("YX",), complained=("YX",),
        business="贵金属", cause=RET)),
    L("fm3_ret_forward_sale_locked_below_spot",
      "客户反映去年在城东支行办理了一年期远期结汇，锁定汇率6.85；到期时即期汇率已到7.10，按约定只能以6.85结汇，10万美元比按即期少换了2.5万元人民币。客户承认签约时知道是锁定价格，但认为少换得太多。要求银行分担部分损失。",
      T(units=("CD",), complained=("CD",), business="外汇", cause=RET)),

    # ---- 消费者资金安全 ----
    L("fm3_funds_card_tied_to_food_delivery_elsewhere",
      "客户来电反映，其信用卡一直在身边，11月18日至12月1日期间被绑定到一个外卖平台，在外省某市产生四十多笔消费共6300元，客户从未去过该市，也从未绑定过。已向信用卡中心挂失。要求信用卡中心调查并撤销这些交易。",
      T(dates=("--11-18", "--12-01"), units=("CARD",), complained=("CARD",), business="银行卡",
        cause=FUNDS)),
    # why: the teller paid out on a forged signature, but he never acted and was not there —
    # money gone without his act (FUNDS), not a clerk's mishandling of his own business (SVC).
    L("fm3_funds_passbook_at_home_drawn_at_counter",
      "客户陈国华来电反映，其存折一直锁在家中抽屉里，12月2日去补登时发现11月27日在列西分理处柜台被人取走3万元，取款凭条上的签名不是他的笔迹，他本人当天在外地打工。要求银行调取监控查明情况并赔付3万元。",
      T(complainant="陈国华", dates=("--12-02", "--11-27"), units=("LJ",), complained=("LJ",),
        business="人民币储蓄", cause=FUNDS)),
    L("fm3_funds_wealth_shares_transferred_to_stranger",
      "客户反映，其在燕西支行购买的30万元理财份额，11月中旬被以“份额转让”的方式转到一个陌生人名下。客户从未操作过转让，手机银行也没有收到任何验证短信。要求银行追回份额并查明原因。",
      T(units=("YX",), complained=("YX",), business="自营理财", cause=FUNDS)),
    L("fm3_funds_cashier_order_paid_out_on_a_forgery",
      "客户来电投诉，11月20日在明溪县支行申请了一张20万元银行本票准备付货款，本票一直在客户手中，11月23日去付款时却被告知该本票已于11月22日在外地被他人凭一张伪造的本票兑付。要求银行赔偿20万元。",
      T(dates=("--11-20", "--11-23", "--11-22"), units=("MX",), complained=("MX",),
        business="支付结算", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm3_data_statements_printed_for_husbands_lawyer",
      "客户黄女士来电反映，其丈夫的离婚代理律师在庭上出示了她在徐碧支行近三年的账户流水。经核实，徐碧支行工作人员在律师未出示法院调查令的情况下，仅凭律所介绍信就把流水打印给了对方；她在城东支行的账户未被调取。要求追究当事员工责任并书面道歉。",
      T(complainant="黄女士", units=("XB", "CD"), complained=("XB",), business="个人金融信息",
        cause=DATA)),
    L("fm3_data_fraud_warning_video_showed_her_transfer",
      "客户反映城东支行大堂屏幕和视频号播放的反诈宣传片用了她被骗转账的真实截图，姓名、卡号、金额均未遮挡，要求立即下架删除。",
      T(units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm3_data_debt_relief_callers_knew_card_limit",
      "客户反映近期接到自称“信用卡代还”的推销电话，对方准确说出其信用卡的后四位、额度和本期账单金额。客户的这张卡是信用卡中心发的，从未向别人透露过，怀疑信用卡中心或其外包机构把他的资料给了第三方。要求信用卡中心查明泄露途径。",
      T(units=("CARD",), complained=("CARD",), business="个人金融信息", cause=DATA)),
    L("fm3_data_clerk_told_ex_wife_his_deposits",
      "客户来电反映，其前妻接到燕西支行员工的保险推销电话，员工在电话里说“您前夫在我们行存了五十多万，您也该给自己买点保障”。前妻的号码是客户开户时填写的紧急联系人。要求处理该员工，并保证不再对外透露其存款情况。",
      T(units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm3_debt_visitors_filmed_furniture_for_auction",
      "客户来电投诉：12月3日晚两名自称受城东支行委托的人员上门追讨其经营贷欠款，进门后未经同意用手机拍摄屋内家具家电，声称“拍下来评估，下周就来拉走拍卖”。客户承认贷款已逾期，但认为对方无权这样做。要求停止上门并删除视频。",
      T(dates=("--12-03",), units=("CD",), complained=("CD",), business="债务催收", cause=DEBT)),
    L("fm3_debt_robot_calls_every_ten_minutes",
      "客户反映其信用卡逾期两个月，近一周每天从早上八点到晚上十点，每隔十分钟就接到一次语音机器人的追款电话，手机几乎无法正常使用。客户表示愿意协商分期还款。要求信用卡中心停止这种打法，安排人工协商。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    # why: the loan is admitted; the staff reached a stranger to the loan to press him — how
    # the debt is chased (DEBT), not data given away for its own sake (DATA).
    L("fm3_debt_staff_messaged_his_ex_girlfriend",
      "客户李伟来电称，其在明溪县支行的消费贷逾期一个月，负责追款的员工通过社交平台找到了他的前女友，发私信让她“转告李伟赶紧还钱，不然影响他找工作”。前女友既不是联系人，也与此事无关。要求停止联系无关人员并向其前女友道歉。",
      T(complainant="李伟", units=("MX",), complained=("MX",), business="债务催收", cause=DEBT)),
    L("fm3_debt_arrears_written_on_windscreen",
      "客户反映其车贷逾期后，12月1日早上发现车子挡风玻璃上被人用记号笔写了“欠银行钱不还”，还贴着燕西支行的追款通知，小区里人人都看到了。要求燕西支行查明是谁所为，赔偿清洗费用并公开道歉。",
      T(dates=("--12-01",), units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
)
