"""A twenty-fourth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-06 by
helper `forms24`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. Read: lines 1-61 of
forms_blind1.py (its docstring for the rules and the format, and its first three entries),
lines 1-45 of letters_fresh11.py (its docstring, for the labelling rules), lines 1-67 of
letters_heldout.py (the cause constants, `heldout_directory`, `Truth` and `HeldOutLetter`), and
/tmp/prompts/ids.txt, the ids of every earlier letter and form, whose situations are avoided.
Written outside the repository, at /tmp/forms24.

Each text is one summary as a call-centre or counter clerk of 明溪县支行 writes it on the
acceptance form ("客户反映…", "来电人称…", "客户到柜面称…", referrals from the 12378 hotline, a
superior department or a department of the branch; terse or long), 4 per cause (the 12 causes
other than 其他) over every business, about a third of them near-misses between two causes (a
`# why:` comment names the deciding rule). Units are named in many ways: by name or alias, an
outlet where the customer only asked or was sent on to, the department that passed the
complaint on, two outlets compared, the unit recording the form. Labelled by the rules of
forms_blind1.py and letters_fresh11.py:
- complainant: the customer's name if the form gives one (a surname with a title is a name),
  else None; phones none; dates ISO, every date stated with a day; a date without a year stays
  "--MM-DD" (forms carry no signing date, signed=None); relative dates are not recorded;
- units: every unit of heldout_directory() the text names (name or alias); complained: the
  unit(s) the grievance is about — empty when the text does not say which unit;
- cause: what the bank did that the customer objects to, not what is at stake; business: the
  product or service the complaint is about.

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`0dc69df`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `5bd8e9a`): cause 93.8 % (45/48), the rules alone 50.0 % (24/48); business 91.7 %; unit found or
triage 97.9 % (46 right, 1 triage, 1 wrong); complainant 100 % / 87.5 %; fields 97.6 % / 97.6 %;
mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS24: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: a card marked 长期 never expires; the refusal came from the clerk misreading it, not
    # from the requirement of a valid ID (RULE) — a clerk's mishandling (SVC).
    L("fm24_svc_clerk_read_long_term_id_as_expired",
      "客户郑天福到柜面称，10月14日在徐碧网点支取定期存款，柜员看了他的身份证说“证件过期了，先去派出所换证”，"
      "其身份证有效期一栏印的是“长期”，柜员仍坚持不给办，他来回折腾一上午。次日到明溪支行营业部，几分钟就办好了。"
      "要求徐碧网点说明原因并向其道歉。",
      T(complainant="郑天福", dates=("--10-14",), units=("XB", "MX"), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    L("fm24_svc_yen_remittance_arrival_call_was_a_namesakes",
      "来电人罗先生称，11月2日列西分理处工作人员打电话通知他，在日本务工的儿子汇来的日元已到账，请他带身份证来办理。"
      "他从乡下包车赶了三十多公里到列西，柜员查了半天才说到账的是另一位同名同姓客户的汇款，"
      "还说“是你自己听错了”。罗先生要求列西分理处赔礼道歉，并承担来回车费。",
      T(complainant="罗先生", dates=("--11-02",), units=("LJ",), complained=("LJ",),
        business="外汇", cause=SVC)),
    # why: asking about the purpose of a large transfer is a required check (RULE), but she
    # objects to being lectured aloud before the queue and refused after showing the hospital's
    # payment notice — the clerk's treatment (SVC).
    L("fm24_svc_clerk_lectured_daughter_as_scam_victim_before_queue",
      "12378热线转办：客户反映2026年11月18日在东门网点向县医院账户汇3万元，用于父亲住院押金。柜员当着排队的"
      "十几个人大声问她“是不是网上谈恋爱被人骗了”“小姑娘别犯傻”，她出示了医院的缴费通知单，柜员仍不肯办理，"
      "让她叫父亲本人来。客户认为工作人员当众羞辱她，要求网点负责人当面道歉。",
      T(dates=("2026-11-18",), units=("CD",), complained=("CD",), business="支付结算", cause=SVC)),
    # why: the wrong digit was written by hand by the clerk on the opening receipt; the account
    # itself worked — a clerk's slip (SVC), not a failed machine (SYS).
    L("fm24_svc_clerk_miscopied_new_company_account_number",
      "客户黄女士（明溪某肉脯作坊负责人）反映，在永安燕西支行新开对公账户，柜员在开户回执上手写账号时抄错了一位，"
      "她照着回执把账号发给了二十多家进货商，一周内有七笔货款被退回，两家客户以为她跑路了。"
      "要求燕西支行书面说明，并帮她向客户解释。",
      T(complainant="黄女士", units=("YX",), complained=("YX",), business="支付结算", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("fm24_sys_company_tax_payment_timed_out_on_filing_deadline",
      "客户（某竹笋加工公司会计）反映，2026年11月15日是纳税申报截止日，其在明溪县支行企业网银缴纳增值税，"
      "页面从上午十点起一直提示“第三方接口超时，请稍后再试”，到下午下班仍未扣款成功，被税务部门加收滞纳金。"
      "要求银行出具故障证明并承担滞纳金。",
      T(dates=("2026-11-15",), units=("MX",), complained=("MX",), business="支付结算", cause=SYS)),
    # why: the clerk went by the counter's note counter, which kept flagging genuine notes; what
    # the customer objects to is the machine's misjudgement (SYS), not the clerk's manner (SVC).
    L("fm24_sys_counter_note_counter_rejected_genuine_hundreds",
      "客户反映11月20日到燕西存现金2万元，柜台验钞机连续把其中6张2019年版100元判为可疑币退出，柜员说"
      "“机器不认就存不了”。他拿着同一叠钱到城东支行，一次就全部通过。要求燕西检修机器，不要让老百姓白跑。",
      T(dates=("--11-20",), units=("YX", "CD"), complained=("YX",), business="人民币管理", cause=SYS)),
    # why: no one quoted him the figure; the bank's own app calculator gave it — a failed system
    # (SYS), not misrepresentation (MKT) or silence (DISC). 城东 only checked it: no unit is
    # complained about.
    L("fm24_sys_app_car_loan_calculator_showed_lower_instalment",
      "来电人称，10月5日在手机银行“购车贷款计算器”里输入贷款20万元、36期，页面显示月供约5700元，他按这个数"
      "买了车、申请了贷款。放款后实际月供6200多元。后经城东支行客户经理核对，是计算器页面里的利率参数填错了。"
      "要求银行按计算器显示的月供执行，或补偿差额。",
      T(dates=("--10-05",), units=("CD",), complained=(), business="贷款", cause=SYS)),
    L("fm24_sys_talking_atm_earphone_jack_silent_for_two_months",
      "视障客户（盲人按摩师）反映：列西门口那台带语音提示的取款机，耳机插孔没声音已经两个多月，向大堂反映过三次，"
      "都说“已经报修”。他每次取钱只能请路人帮忙看屏幕、输密码，很不安全。要求尽快修好。",
      T(units=("LJ",), complained=("LJ",), business="银行卡", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: he thinks the clerk was being obstructive, but no cash from a general account is the
    # account rule applied as designed (RULE), not a clerk's mishandling (SVC).
    L("fm24_rule_no_cash_from_coops_general_account_for_pickers_wages",
      "某食用菌合作社会计到明溪支行营业部反映，11月25日想从合作社在营业部开的一般存款账户取现金8万元，发放采菇工工资，"
      "柜员说一般户不能支取现金，只能转到基本户所在的徐碧支行再取。他认为柜员故意刁难，工人在等着领钱。"
      "要求营业部当天给予办理。",
      T(dates=("--11-25",), units=("MX", "XB"), complained=("MX",), business="支付结算", cause=RULE)),
    L("fm24_rule_first_flat_counted_as_second_over_husbands_old_paid_loan",
      "客户吴女士反映，在城东支行申请首套住房贷款，被认定为二套，首付比例要提到三成，理由是丈夫十年前在外地"
      "有过一笔早已还清的房贷记录。她家名下只有这一套房，认为不合理，要求按首套办理。",
      T(complainant="吴女士", units=("CD",), complained=("CD",), business="贷款", cause=RULE)),
    L("fm24_rule_bonsai_trees_not_taken_as_loan_security",
      "来电人称经营一家盆景园，想用园里几十棵罗汉松（估价上百万元）作抵押在燕西支行申请30万元贷款，客户经理答复"
      "活体苗木不在可接受的抵押物范围内，要么找担保人，要么用房产。客户认为银行支持农业是空话，要求重新审核。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=RULE)),
    L("fm24_rule_dollar_cash_over_ten_thousand_needs_booking_and_form",
      "上级部门转来：客户反映2026年10月30日到列西分理处，要取1.5万美元现钞给出国劳务的弟弟带走，"
      "柜员称个人一天提取外币现钞超过等值1万美元要提前预约、填写申报单，让她过两天再来，弟弟次日一早的航班。"
      "客户要求取消这项限制。",
      T(dates=("2026-10-30",), units=("LJ",), complained=("LJ",), business="外汇", cause=RULE)),

    # ---- 营销方式和手段 ----
    L("fm24_mkt_pension_policy_said_to_earn_tax_refund_for_orange_grower",
      "客户反映，年初在徐碧支行大堂，理财经理向其推荐一款商业养老保险，说“每年交满1.2万元，个税能退好几千，等于白送”。"
      "他是种脐橙的农民，根本没有交个税，买了才知道什么也退不到，一年保费压得喘不过气。要求全额退保。",
      T(units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT)),
    # why: the fund's fall is at stake, but she objects to the manager's "the state stands
    # behind it, it cannot lose" — misrepresentation to sell (MKT), not the return (RET).
    L("fm24_mkt_agency_fund_said_state_backed_and_unable_to_lose",
      "12378转来：客户郭女士称，2026年3月在明溪县支行买入一只代销的混合型基金10万元，客户经理说“这是国企背景的基金，"
      "国家兜底，不可能亏”，她才把定期取出来买的。现在亏了18%。郭女士要求银行赔偿本金损失。",
      T(complainant="郭女士", units=("MX",), complained=("MX",), business="银行代理业务", cause=MKT)),
    # why: she lost on the exchange, but what she objects to is the manager presenting a
    # forecast as certain to get her to buy — MKT, not the return of the purchase (RET).
    L("fm24_mkt_manager_showed_dollar_forecast_as_a_sure_thing",
      "客户到柜面称，9月12日城东支行客户经理给她看一张“美元走势预测图”，说美元年底前一定涨到7.8，"
      "劝她把到期的定期换成5万美元“稳赚”。现在美元不涨反跌，她亏了一万多元。要求城东支行负责。",
      T(dates=("--09-12",), units=("CD",), complained=("CD",), business="外汇", cause=MKT)),
    L("fm24_mkt_card_said_points_buy_spring_festival_train_tickets",
      "客户反映在燕西支行办信用卡时，工作人员说刷满5000元积分就能兑换春节回家的高铁票，他为此把家里的开销都用这张卡刷。"
      "现在查积分商城，根本没有车票可换，只有锅碗和毛巾。要求兑现承诺。",
      T(units=("YX",), complained=("YX",), business="银行卡", cause=MKT)),

    # ---- 信息披露 ----
    L("fm24_disc_mortgage_rate_cut_waits_for_january_repricing_untold",
      "来电人称其房贷是在列西办的，今年贷款市场报价利率两次下调，他的月供却一分没少。打电话问了才知道"
      "借款协议写的是每年1月1日才按新的报价利率调整，要等明年才降。签约时没有人跟他讲过这一点，要求银行说清楚。",
      T(units=("LJ",), complained=("LJ",), business="贷款", cause=DISC)),
    # why: he does not dispute the 0.3 % itself (FEE); he objects that he was never told it is
    # charged on the original principal even after half is repaid — silence (DISC).
    L("fm24_disc_monthly_instalment_fee_on_original_principal_untold",
      "个金部转来：竹编作坊主刘先生反映，在徐碧支行办了10万元经营性分期，每月“分期手续费”按10万元的0.3%扣，"
      "现在已还了一半本金，仍按10万元扣。办理时客户经理只说“月费率0.3%，很便宜”，没说一直按最初的本金算。"
      "要求重新计算。",
      T(complainant="刘先生", units=("PF", "XB"), complained=("XB",), business="贷款", cause=DISC)),
    # why: the charge and interest are at stake, but she objects that moving her own credit line
    # into her debit card was never said to count as a cash withdrawal — DISC, not FEE.
    L("fm24_disc_card_line_moved_to_own_debit_card_billed_as_cash_withdrawal",
      "客户反映，她通过手机银行把信用卡额度里的3000元转到自己的储蓄卡上应急，账单出来被按“取现”扣了手续费，"
      "还从转出当天起按日计息。办卡时东门网点的工作人员只说有免息期，从没说转到自己的卡也算取现。要求退还。",
      T(units=("CD",), complained=("CD",), business="银行卡", cause=DISC)),
    L("fm24_disc_wealth_product_issued_by_another_banks_subsidiary_untold",
      "客户到明溪县支行营业部反映，2026年6月8日在燕西支行买的“理财产品”，到期后查说明书才看到，发行方是另一家银行的"
      "理财子公司，燕西只是代销，有问题要她自己去找对方。购买时工作人员一直说是“我们行的理财”。",
      T(dates=("2026-06-08",), units=("MX", "YX"), complained=("YX",), business="银行代理业务", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm24_choice_card_unlock_only_with_paid_security_text_package",
      "客户反映，借记卡因密码输错被锁，11月7日到徐碧网点解锁，柜员说必须同时开通每月3元的“账户安全短信包”才能解，"
      "她说不要，柜员就不办。要求取消该短信包并退还已扣费用。",
      T(dates=("--11-07",), units=("XB",), complained=("XB",), business="银行卡", cause=CHOICE)),
    L("fm24_choice_wedding_loan_paid_out_only_after_buying_gold_bar",
      "来电人张先生称，在城东申请8万元婚庆消费贷款，审批通过后客户经理说要先在本行买一根20克的“龙凤呈祥”金条，"
      "贷款才能放，他只好买了。要求银行收回金条、退款。",
      T(complainant="张先生", units=("CD",), complained=("CD",), business="贷款", cause=CHOICE)),
    L("fm24_choice_exporters_spot_dollars_settled_only_with_forward_contract",
      "某肉脯出口企业财务反映，明溪支行要求其美元货款结汇前，必须先签一份一年期远期结汇协议，否则不给办理即期结汇，"
      "企业并不需要远期。要求按即期正常办理。",
      T(units=("MX",), complained=("MX",), business="外汇", cause=CHOICE)),
    L("fm24_choice_mushroom_coop_loan_needs_every_member_to_open_a_card",
      "来电人称其食用菌合作社在列西分理处申请50万元贷款，信贷员要求合作社28户社员每户都在列西开一张借记卡并存入500元，"
      "否则不予审批。社员多是老人，不愿办卡。要求取消这个附加要求。",
      T(units=("LJ",), complained=("LJ",), business="贷款", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm24_fee_fifty_dollar_birthday_gift_wire_cost_two_hundred_yuan",
      "客户反映10月16日在燕西给在国外读小学的孙女汇50美元生日红包，被扣了手续费加电报费近200元人民币，"
      "比汇出去的钱还多。认为太离谱，要求减免。",
      T(dates=("--10-16",), units=("YX",), complained=("YX",), business="外汇", cause=FEE)),
    L("fm24_fee_company_account_closing_charged_two_hundred",
      "建材店老板反映，店铺转让后到徐碧支行注销对公账户，被扣了“销户手续费”200元。他认为开户时没要钱，销户反倒要钱，"
      "要求退还。",
      T(units=("XB",), complained=("XB",), business="支付结算", cause=FEE)),
    L("fm24_fee_monthly_account_management_charge_on_home_loan",
      "上级行转来：客户反映其在明溪县支行办理的住房组合贷款，每月除本息外还扣10元“贷款账户管理费”，20年下来要2400元，"
      "认为银行乱要钱，要求停扣并退还已扣部分。",
      T(units=("MX",), complained=("MX",), business="贷款", cause=FEE)),
    # why: the card centre cites the agreement, but the customer objects to how much she was
    # charged for three days — the level of a charge (FEE), not a clause (CLAUSE).
    L("fm24_fee_three_days_late_card_penalty_too_high",
      "客户反映，信用卡账单晚还三天，被扣违约金120元，还按全部账单金额计了利息，三天花了快300元。"
      "信用卡中心答复是按领用协议执行。客户认为金额过高，要求减免。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE)),

    # ---- 产品收益 ----
    L("fm24_ret_herb_dealers_closed_end_wealth_ended_below_par",
      "客户（中药材收购商）反映，去年在列西买了20万元封闭式理财，2026年9月30日到期，最终净值0.97，本金亏了6000元。"
      "当时签过风险揭示书，但他觉得银行的理财不该亏本，要求补足本金。",
      T(dates=("2026-09-30",), units=("LJ",), complained=("LJ",), business="自营理财", cause=RET)),
    # why: she was told the seven-day yield floats; she objects to how low it has sunk, not to
    # anything left unsaid (DISC) — the return of an undisputed sale (RET).
    L("fm24_ret_agency_money_fund_yield_sank_to_one_point_three",
      "来电人称，三年前在明溪支行买的代销货币基金，当时七日年化2.8%，现在一路降到1.3%，还不如存定期。"
      "买时知道利率会变动，但没想到降这么多，要求银行给个说法，或免手续费帮她转成定期。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=RET)),
    L("fm24_ret_daily_open_wealth_fell_before_flat_payment",
      "客户到城东支行柜面称，她8月在燕西支行买的每日开放型理财，因债市下跌净值连续一个月往下走，"
      "赎回时亏了1.2%，准备交的购房尾款不够了。要求燕西支行补偿损失。",
      T(units=("CD", "YX"), complained=("YX",), business="自营理财", cause=RET)),
    L("fm24_ret_aussie_dollars_for_sons_study_sold_back_at_a_loss",
      "客户反映，2024年在城东支行买了澳元准备给儿子出国读书，儿子没去成，今年先到燕西支行问了价，又回城东结汇，"
      "前后亏了八千多元。要求银行补足汇差。",
      T(units=("CD", "YX"), complained=("CD",), business="外汇", cause=RET)),

    # ---- 合同条款 ----
    L("fm24_clause_safe_box_no_claim_for_undeclared_contents",
      "客户反映在徐碧网点租用保管箱，新版租用协议第九条写明“未事先书面申报的存放物品，如有丢失损毁，本行概不负责”，"
      "而协议另一条又规定银行不得查看箱内物品。客户认为这样银行怎么都不用赔，要求修改该约定。",
      T(units=("XB",), complained=("XB",), business="其他中间业务", cause=CLAUSE)),
    # why: the demand to repay at once is at stake, but he objects to the agreement making a
    # relative's arrears his default — an unfair clause (CLAUSE), not how a debt is chased (DEBT).
    L("fm24_clause_loan_called_over_brothers_overdue_car_loan",
      "来电人称其在燕西支行办了经营贷款，一直按时还款。借款协议里有一条“借款人直系亲属在本行任何贷款逾期，"
      "视为借款人违约，本行有权宣布贷款提前到期”。现在哥哥的车贷逾期，燕西就要求他一个月内还清全部贷款。"
      "他认为兄弟的债与他无关，要求撤销。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=CLAUSE)),
    L("fm24_clause_mortgage_default_if_flat_stands_empty_six_months",
      "客户到柜面称，他在列西分理处办的房贷，借款协议约定“抵押房屋连续空置满六个月视为违约”。他在外省打工，"
      "房子一直空着，列西来函要求半个月内入住或提前还款。他每月按时还款，要求删除这一约定。",
      T(units=("LJ",), complained=("LJ",), business="贷款", cause=CLAUSE)),
    # why: the bank did announce the change in its app, so nothing was withheld (DISC); she
    # objects to the term that lets the bank move her due date by a notice — CLAUSE.
    L("fm24_clause_card_due_date_movable_by_app_notice",
      "信用卡中心转来：客户反映领用协议约定“本行可通过手机银行公告调整账单日及到期还款日”，11月她的到期还款日被提前了五天，"
      "她按原来的日子还款，被记了逾期。公告她没注意，但她认为银行单方面就能改还款日不公平，要求删除逾期记录。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    L("fm24_funds_virtual_card_she_never_applied_for_spent",
      "客户反映11月9日收到一条消费短信，才发现名下多了一张从没申请过的虚拟信用卡，两天内被刷了1.9万元。"
      "她致电信用卡中心冻结，对方说是线上申请、人脸验证通过。要求查明并免除这笔欠款。",
      T(dates=("--11-09",), units=("CARD",), complained=("CARD",), business="银行卡", cause=FUNDS)),
    L("fm24_funds_water_purifier_lease_debits_from_shop_account",
      "12378热线转来：某小超市负责人反映，其在徐碧支行的对公账户从8月起每月被“代收”扣款398元，收款方是一家净水器租赁公司，"
      "他从未签过任何代扣授权，也没租过净水器。要求徐碧支行退回全部扣款并查明是谁签的授权。",
      T(units=("XB",), complained=("XB",), business="支付结算", cause=FUNDS)),
    # why: the card centre's loose checks let it happen, but she objects to 2.6万 spent without
    # any act of hers — money gone (FUNDS), not a clerk's mishandling of her (SVC).
    L("fm24_funds_impostor_moved_card_address_and_spent_replacement",
      "来电人钟女士称，有人冒充她给信用卡中心打电话，报出身份证号和生日就把账单地址改到了外省，又申请了补卡，"
      "新卡被刷了2.6万元。她自己的卡一直在身上，从没打过这个电话。要求全额退还。",
      T(complainant="钟女士", units=("CARD",), complained=("CARD",), business="银行卡", cause=FUNDS)),
    L("fm24_funds_wealth_redeemed_and_moved_while_he_was_underground",
      "客户反映10月22日他在萤石矿井下上夜班，井下没有手机信号，这期间他在明溪支行买的理财被全部赎回，"
      "4.3万元又被转到一个陌生账户。矿上有下井记录可证明。要求银行追回并赔偿。",
      T(dates=("--10-22",), units=("MX",), complained=("MX",), business="自营理财", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm24_data_guard_copied_her_atm_footage_for_quarrelling_neighbour",
      "客户反映与邻居因宅基地界线吵架，邻居把她在城东支行取款机取钱的监控截图发到村微信群，说她“有钱不还人情”。"
      "后打听到是城东支行保安私下拷给邻居的。要求查处并删除截图。",
      T(units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm24_data_clerk_told_car_salesman_his_deposit_on_the_phone",
      "来电人称11月在4S店看车时，销售当着他的面打电话给燕西支行“帮忙核实一下”，柜员在电话里就说出他有三十多万定期存款，"
      "随后销售一直劝他全款买高配。要求燕西说明谁泄露的。",
      T(units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA)),
    L("fm24_data_her_risk_form_posted_in_vip_chat_group",
      "客户反映，明溪县支行的理财经理把她填写的风险测评表照片（有收入、资产、家庭成员情况）误发到一个两百多人的"
      "“贵宾客户群”，过了半天才撤回，已有人截图。要求追究责任。",
      T(units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA)),
    L("fm24_data_outlet_article_named_her_cancer_and_loan",
      "上级部门转来：客户反映，徐碧支行公众号发布一篇“助农贷款暖人心”的文章，写了她的全名、患乳腺癌的病情和贷款金额，"
      "事先没有征得她同意，现在全村都知道了。要求删除文章并公开道歉。",
      T(units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm24_debt_loan_officer_took_delivery_motorbike_key",
      "客户反映10月28日列西分理处信贷员到他家讨要逾期两个月的贷款，拔走他摩托车钥匙，说“还了钱再来拿”。"
      "他靠这辆摩托车给饭店送菜，已经三天没法干活。承认欠款，愿意分期还，要求先归还钥匙。",
      T(dates=("--10-28",), units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT)),
    # why: his overdue card was told to others, but by the people chasing the arrears, to make
    # the fiancée's family pay — how an admitted debt is chased (DEBT), not data given away (DATA).
    L("fm24_debt_card_chasers_asked_fiancees_parents_to_pay",
      "来电人称信用卡逾期后，信用卡中心委托的外包人员打电话给他未婚妻的父母，让他们“替未来女婿把钱还了”，"
      "还说不还就去订婚宴上找人，婚事差点告吹。他承认欠款，要求停止骚扰他的家人。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm24_debt_officer_demanded_guarantors_pension_card_and_pin",
      "客户（70岁）反映，他给外甥在城东支行的贷款做了担保，外甥逾期后，城东的信贷员上门要他把养老金卡和密码交出来，"
      "说每月自动扣了抵债，他不交就天天来。老人表示愿意按担保责任还，但不愿交出卡和密码。",
      T(units=("CD",), complained=("CD",), business="债务催收", cause=DEBT)),
    L("fm24_debt_chasers_followed_his_birdwatching_tour",
      "观鸟向导反映，11月14日燕西支行委托的讨债人员跟着他带的观鸟团进山，一路当着十几位外地游客说他欠银行钱不还，"
      "两个团取消了后续预订。要求燕西停止这种做法并赔偿损失。",
      T(dates=("--11-14",), units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
)
