"""TRAINING data written by helper `train-e` on 2026-12-05: 96 short acceptance-form summaries
(《投诉受理单》 投诉内容 field) in a call-centre or counter clerk's telegraphic words — "客户反映…",
"来电人称…", "客户投诉…", "据客户反映…", "客户不满…" — each ending with the request ("要求…",
"希望…", "诉求：…"). 8 for each of the 12 causes, over every business. Training data, not a
test set: never score on it.

Labelled by the rules of letters_fresh8.py:
- complainant: the customer's name if the summary gives one (a surname with a title is a
  name), else None; phones as digits (summaries rarely carry one: ());
- dates ISO, every date stated with a day; a summary has no signing date, so a date without a
  year stays "--MM-DD"; relative dates are not recorded; signed=None;
- units: every unit of heldout_directory() the summary names (name or alias; "信用卡" alone
  is a line, not a name); complained: the unit(s) the grievance is about;
- cause: what the bank did that the customer objects to, not what is at stake: treatment or a
  clerk's mishandling → 服务态度及服务质量, a failed machine or system → 服务设施设备业务系统, a rule
  applied as designed → 管理制度业务规则与流程, misrepresentation to sell → 营销方式和手段, silence
  on a material fact → 信息披露, a tie or an add-on without consent → 自主选择权, the level of a
  charge → 定价收费, an unfair clause → 合同条款, the return of an undisputed sale → 产品收益,
  money gone without the customer's act → 消费者资金安全, personal data given away →
  消费者信息安全, how an admitted debt is chased → 债务催收方式和手段;
- business: cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers and drafts →
  支付结算, cash, damaged notes and coins → 人民币管理, foreign currency → 外汇, the bank's own
  wealth product → 自营理财, a third party's insurance → 银行代理业务, gold → 贵金属, fee
  services (deposit certificates, safe boxes) → 其他中间业务, personal data → 个人金融信息,
  chasing a debt → 债务催收, loans → 贷款.
No summary names its cause with the words of the cause's label. About a third are near-misses
between two causes; each carries a `# why:` comment naming the deciding rule.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS


TRAIN_E: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    L("te_svc_teller_on_phone_time_deposit",
      "客户反映11月3日在城东支行支取定期存款，叫号后柜员一直低头看手机，问话爱答不理，要求网点说明原因并道歉。",
      T(dates=("--11-03",), units=("CD",), complained=("CD",), business="人民币储蓄", cause=SVC)),
    L("te_svc_mother_shouted_pension",
      "来电人邱女士称其母亲在徐碧网点取养老金，因耳背听不清被柜员当众呵斥，老人回家哭了一晚。要求批评教育该员工并当面道歉。",
      T(complainant="邱女士", units=("XB",), complained=("XB",), business="人民币储蓄", cause=SVC)),
    # why: the name was mis-keyed by the clerk at opening; no system failed — a clerk's
    # mishandling (SVC), not a failed system (SYS).
    L("te_svc_name_miskeyed_at_card_opening",
      "客户称在列西开工资卡时柜员把姓名录错一个字，工资发不进来，前后跑了三趟才改好。要求赔偿误工。",
      T(units=("LJ",), complained=("LJ",), business="银行卡", cause=SVC)),
    # why: another outlet exchanged the same notes on the spot, so no rule barred it — the
    # clerk's refusal is mishandling (SVC), not a rule applied as designed (RULE).
    L("te_svc_worn_notes_refused_exchanged_elsewhere",
      "客户投诉燕西支行柜员拒收其两张边角破损的百元钞，称“烂钱不收”，后到城东支行当场兑换。要求说明拒收依据。",
      T(units=("YX", "CD"), complained=("YX",), business="人民币管理", cause=SVC)),
    L("te_svc_remittance_account_mistyped",
      "据客户反映，2026年12月1日在明溪县支行柜台汇款2万元，柜员将收款账号输错一位，款项被退回耽误三天。要求追究责任。",
      T(dates=("2026-12-01",), units=("MX",), complained=("MX",), business="支付结算", cause=SVC)),
    L("te_svc_hotline_hung_up_fx_remit",
      "来电人称多次拨打客服热线查询外币汇款到账情况，坐席不耐烦，两次直接挂断电话。要求调听录音并回复。",
      T(business="外汇", cause=SVC)),
    L("te_svc_gold_invoice_wrong_refused",
      "客户张先生反映在城东买投资金条，员工把发票抬头开错又拒绝重开，让其自己找上级行。诉求：重开发票。",
      T(complainant="张先生", units=("CD",), complained=("CD",), business="贵金属", cause=SVC)),
    # why: the two parties pushed the customer back and forth and nobody acted — mishandling
    # (SVC), not a rule of the surrender process (RULE).
    L("te_svc_surrender_pushed_back_and_forth",
      "客户不满：代理保险退保，网点让其找保险公司，保险公司又让其回网点，推诿两周无人受理。希望尽快办结。",
      T(business="银行代理业务", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("te_sys_atm_kept_card",
      "客户称在东门网点ATM取款时吞卡未退，卡内有工资急用，要求尽快退卡。",
      T(units=("CD",), complained=("CD",), business="银行卡", cause=SYS)),
    L("te_sys_mobile_transfer_system_busy",
      "客户反映11月20日上午九点至下午两点手机银行转账一直提示“系统繁忙”，期间拨打客服也无人说明，急用的3.6万元货款付不出去，被供货商扣了违约金。要求说明故障原因并赔偿损失。",
      T(dates=("--11-20",), business="支付结算", cause=SYS)),
    L("te_sys_coin_machine_kept_note",
      "客户反映徐碧网点硬币兑换机投入100元纸币后未吐出硬币，屏幕黑屏，要求清机退回。",
      T(units=("XB",), complained=("XB",), business="人民币管理", cause=SYS)),
    L("te_sys_queue_machine_numbers_jump",
      "据客户反映，城东支行叫号机故障，号码乱跳，等了两个小时定期转存仍未办成，要求尽快修复。",
      T(units=("CD",), complained=("CD",), business="人民币储蓄", cause=SYS)),
    # why: the redemption failed on a page error; the customer objects to the failure (SYS),
    # not to what the product returned (RET).
    L("te_sys_wealth_redeem_page_error",
      "客户称12月2日在手机银行赎回本行理财，页面报错未成交，错过开放日，要求按当日净值补办赎回。",
      T(dates=("--12-02",), business="自营理财", cause=SYS)),
    # why: the money was taken during the customer's own purchase by a page that froze — a
    # failed system (SYS), not money gone without his act (FUNDS).
    L("te_sys_fx_purchase_page_froze",
      "来电人称网银购汇页面卡死，人民币已扣款但未显示购汇结果，美元没有到账，要求查明处理。",
      T(business="外汇", cause=SYS)),
    L("te_sys_passbook_updater_broken",
      "客户不满明溪支行存折补登机长期坏了没人修，每次都要到柜台排队补登，要求修好。",
      T(units=("MX",), complained=("MX",), business="人民币储蓄", cause=SYS)),
    # why: the balance was there and the deduction did not run — a failed system (SYS), not
    # the way a debt is chased (DEBT).
    L("te_sys_mortgage_auto_debit_missed",
      "客户林国华反映11月25日卡内余额充足，系统却未扣房贷月供，被记为逾期。要求更正征信记录。",
      T(complainant="林国华", dates=("--11-25",), business="贷款", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: the clerks did what the rule requires of a proxy withdrawal — a rule applied as
    # designed (RULE), not their treatment (SVC).
    L("te_rule_bedridden_father_proxy_withdrawal",
      "客户李秀兰反映其父中风卧床半年，11月16日她持父亲身份证和存单到徐碧网点代为支取3万元定期存款用于住院，柜员按规定要求本人到场或办理公证，网点也无法上门。要求简化手续。",
      T(complainant="李秀兰", dates=("--11-16",), units=("XB",), complained=("XB",), business="人民币储蓄", cause=RULE)),
    L("te_rule_large_cash_booking",
      "客户称到列西取现8万元，被告知5万元以上须提前一天预约，白跑一趟。希望放宽预约要求。",
      T(units=("LJ",), complained=("LJ",), business="人民币管理", cause=RULE)),
    L("te_rule_card_opening_proof_of_work",
      "来电人称在外地打工，回明溪县支行开卡被要求出示工作证明和用途说明，手续繁琐。诉求：说明依据。",
      T(units=("MX",), complained=("MX",), business="银行卡", cause=RULE)),
    L("te_rule_transfer_limit_lowered",
      "客户投诉手机银行非柜面转账单日限额被调低为5000元，须到柜台提额，影响生意周转，要求恢复原额度。",
      T(business="支付结算", cause=RULE)),
    L("te_rule_fx_cash_booking_quota",
      "客户反映在城东支行换美元现钞须提前预约且每人限额，孩子出国急用没换成，要求说明规定。",
      T(units=("CD",), complained=("CD",), business="外汇", cause=RULE)),
    L("te_rule_risk_rating_blocks_purchase",
      "客户不满：购买行内理财时被告知风险测评过期须重做，重做后等级不够不能买。要求准予购买。",
      T(business="自营理财", cause=RULE)),
    L("te_rule_loan_renewal_needs_guarantor",
      "据客户反映，经营贷到期申请续贷，燕西支行称须追加担保人，无法按原条件续贷，希望予以通融。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=RULE)),
    L("te_rule_dormant_passbook_activation",
      "客户称存折多年未用被转为久悬户，取款须本人持身份证到柜面激活，认为麻烦，要求说明。",
      T(business="人民币储蓄", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the customer disputes what she was told at the sale ("same as a deposit"), so it
    # is misrepresentation to sell (MKT), not the return of an undisputed sale (RET).
    L("te_mkt_wealth_sold_as_safe_as_deposit",
      "客户反映在徐碧网点被理财经理说“跟存款一样保本”买了行内理财，到期亏了3%，要求赔偿本金。",
      T(units=("XB",), complained=("XB",), business="自营理财", cause=MKT)),
    L("te_mkt_insurance_sold_as_high_rate_deposit",
      "来电人王女士称2025年3月6日到明溪县支行存8万元，大堂经理推荐“高息存款，比定期划算”，签字后才知是保险公司分红险，现急用退保只能拿回6万余元。要求全额退还保费。",
      T(complainant="王女士", dates=("2025-03-06",), units=("MX",), complained=("MX",), business="银行代理业务", cause=MKT)),
    # why: the buy-back price promise was made to sell — misrepresentation (MKT), not the
    # gold's return (RET).
    L("te_mkt_gold_only_rises_promise",
      "客户投诉柜员推销金条时称“金价只涨不跌，随时原价回购”，现回购价低于买入价，要求按原价回购。",
      T(business="贵金属", cause=MKT)),
    # why: the fee is objected to because a salesman promised none — misrepresentation to
    # sell (MKT), not the level of the charge (FEE).
    L("te_mkt_card_lifetime_free_fee_promise",
      "客户称工作人员到厂里办信用卡时承诺“终身免年费”，现被扣年费200元，要求退还并核查推销人员。",
      T(business="银行卡", cause=MKT)),
    # why: the rate quoted to win the loan was false — misrepresentation (MKT), not the level
    # of the rate as such (FEE).
    L("te_mkt_loan_low_rate_quoted",
      "据客户反映，客户经理以“年息才3厘”揽其办消费贷，签约后实际利率远高于所说，要求按承诺利率执行。",
      T(business="贷款", cause=MKT)),
    L("te_mkt_usd_deposit_sure_gain",
      "客户反映2026年9月12日在城东支行被推荐美元定存，称“汇率稳赚不赔”，结汇时亏了两千多，要求解释并补偿。",
      T(dates=("2026-09-12",), units=("CD",), complained=("CD",), business="外汇", cause=MKT)),
    # why: the poster said "存5万送油" and the condition appeared only after the deposit — a
    # misleading offer made to sell (MKT), not mere silence (DISC).
    L("te_mkt_deposit_gift_poster",
      "客户不满燕西支行张贴“存5万送食用油”，存入后又说须存满三年才送，要求兑现。",
      T(units=("YX",), complained=("YX",), business="人民币储蓄", cause=MKT)),
    # why: "永久零手续费" was said to sign her up — misrepresentation (MKT), not the level of
    # the charge (FEE).
    L("te_mkt_merchant_qr_zero_fee_promise",
      "客户称列西员工推广收款码时说“永久零手续费”，用了三个月开始按0.38%扣费，要求退还。",
      T(units=("LJ",), complained=("LJ",), business="支付结算", cause=MKT)),

    # ---- 信息披露 ----
    # why: nobody said anything false; the clerk was silent on early-withdrawal interest —
    # silence on a material fact (DISC), not misrepresentation (MKT).
    L("te_disc_cd_early_withdrawal_not_told",
      "客户反映办大额存单时柜员未告知提前支取按活期计息，现急用支取少了近两千元利息，要求补偿。",
      T(business="人民币储蓄", cause=DISC)),
    L("te_disc_wealth_lockup_not_explained",
      "客户称在明溪支行买的行内理财有180天封闭期，买时无人说明，现急用赎不出来。要求提前赎回。",
      T(units=("MX",), complained=("MX",), business="自营理财", cause=DISC)),
    L("te_disc_annuity_cooling_off_not_told",
      "来电人称在燕西买了代理的年金险，销售时没讲犹豫期，过期退保只退现金价值。诉求：全额退还保费。",
      T(units=("YX",), complained=("YX",), business="银行代理业务", cause=DISC)),
    # why: the customer objects that the per-instalment fee was never mentioned — silence
    # (DISC), not the level of the charge (FEE).
    L("te_disc_instalment_fee_not_mentioned",
      "客户投诉电话邀约信用卡账单分期时坐席未提每期手续费，一年共扣了1300余元，要求退还。",
      T(business="银行卡", cause=DISC)),
    # why: she was not told of the intermediary bank's deduction — silence (DISC), not the
    # level of a charge (FEE).
    L("te_disc_intermediary_bank_deduction",
      "客户反映境外汇款到账少了30美元，办理时没人说会有中间行扣费，要求说明并补回。",
      T(business="外汇", cause=DISC)),
    # why: the lock-in is not disputed as unfair; the customer objects that nobody told him
    # of it at signing — silence (DISC), not a clause (CLAUSE).
    L("te_disc_mortgage_prepay_lockin_not_told",
      "据客户反映，在城东支行办房贷时无人说明须满一年才能提前还款，现想提前还被拒，希望给予说明。",
      T(units=("CD",), complained=("CD",), business="贷款", cause=DISC)),
    L("te_disc_commemorative_gold_no_buyback",
      "客户称2026年5月20日买的生肖纪念金条，现在想卖才知道行里不回购，购买时柜员只字未提，要求按金价回购。",
      T(dates=("2026-05-20",), business="贵金属", cause=DISC)),
    L("te_disc_next_day_transfer_not_explained",
      "客户不满：在徐碧网点跨行转账，柜员选了普通到账未讲明次日才到，货款逾期被罚500元，要求赔偿。",
      T(units=("XB",), complained=("XB",), business="支付结算", cause=DISC)),

    # ---- 自主选择权 ----
    # why: the insurance was a condition of the loan — a tie (CHOICE), not misrepresentation
    # (MKT).
    L("te_choice_loan_tied_accident_insurance",
      "客户反映在燕西支行办经营贷被要求同时买一份意外险，不买不放款，要求退保退费。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=CHOICE)),
    # why: he never asked for the SMS service; the objection is the add-on, not its price
    # (FEE).
    L("te_choice_sms_alert_never_requested",
      "客户称从未申请短信通知，存折每季度被扣短信费6元，要求关闭并退还。",
      T(business="人民币储蓄", cause=CHOICE)),
    L("te_choice_pension_needs_card_and_app",
      "来电人称到列西领社保待遇，被要求必须开借记卡并绑手机银行，不开不给办。要求只用存折。",
      T(units=("LJ",), complained=("LJ",), business="银行卡", cause=CHOICE)),
    L("te_choice_deposit_bundled_with_wealth",
      "客户投诉在城东存定期，柜员称须搭配5万元理财才给上浮利率，客户不愿意仍被办理。诉求：撤销理财。",
      T(units=("CD",), complained=("CD",), business="自营理财", cause=CHOICE)),
    # why: the plan was switched on without consent by the outlet — an add-on (CHOICE), not
    # money taken by a stranger (FUNDS).
    L("te_choice_gold_plan_opened_unasked",
      "客户不满开卡时网点未经同意为其开通积存金定投，每月扣500元，要求撤销并退款。",
      T(business="贵金属", cause=CHOICE)),
    L("te_choice_certificate_tied_travel_insurance",
      "客户称到明溪县支行开存款证明办签证，被要求同时买境外旅行险才给开，要求单独开具。",
      T(units=("MX",), complained=("MX",), business="其他中间业务", cause=CHOICE)),
    L("te_choice_qr_code_tied_deposit",
      "个体户吴先生称在徐碧办收款码，被要求先存2万元定期并开网银才给开通，要求取消捆绑。",
      T(complainant="吴先生", units=("XB",), complained=("XB",), business="支付结算", cause=CHOICE)),
    # why: nothing has been handed out yet; the app forces the consent — no choice (CHOICE),
    # not data given away (DATA).
    L("te_choice_app_forces_contact_sharing",
      "客户反映手机银行升级后必须同意共享通讯录才能登录，不同意就用不了，要求取消该授权。",
      T(business="个人金融信息", cause=CHOICE)),

    # ---- 定价收费 ----
    # why: the fee is charged under a published rule, but the customer objects to paying it
    # at all on a small balance — the level of a charge (FEE), not a rule (RULE).
    L("te_fee_small_balance_account_fee",
      "客户反映卡内余额不足300元，每季度被扣小额账户管理费3元，认为不合理，要求免收。",
      T(business="银行卡", cause=FEE)),
    L("te_fee_coin_counting_charge",
      "客户称在燕西存一袋硬币，网点要收清点费20元，认为太贵，要求免除。",
      T(units=("YX",), complained=("YX",), business="人民币管理", cause=FEE)),
    L("te_fee_deposit_certificate_per_copy",
      "客户投诉开存款证明每份收50元，孩子留学要开三份，要求降低费用。",
      T(business="其他中间业务", cause=FEE)),
    L("te_fee_wire_to_australia",
      "来电人称11月18日汇款到澳洲，电汇费加手续费共收280元，比别家高一倍，要求说明依据并退还部分。",
      T(dates=("--11-18",), business="外汇", cause=FEE)),
    L("te_fee_card_reissue_urgent",
      "客户不满：借记卡磁条损坏补办，网点收工本费加急费共35元，认为卡坏不是本人原因，要求减免。",
      T(business="银行卡", cause=FEE)),
    # why: the customer accepts the prepayment term and objects to how much it costs — the
    # level of the charge (FEE), not the clause (CLAUSE).
    L("te_fee_mortgage_prepay_penalty_amount",
      "客户反映在城东支行提前还清房贷，被收剩余本金1%的违约金共3100元，认为过高，要求减免。",
      T(units=("CD",), complained=("CD",), business="贷款", cause=FEE)),
    L("te_fee_wealth_redemption_charge",
      "客户称持有行内理财不满一年赎回，10万元被扣1.5%赎回费共1500元，比例太高，希望下调。",
      T(business="自营理财", cause=FEE)),
    L("te_fee_counter_interbank_transfer",
      "据客户反映，12月4日在明溪县支行柜台跨行转账5万元被收手续费50元，手机银行却免费，要求退还。",
      T(dates=("--12-04",), units=("MX",), complained=("MX",), business="支付结算", cause=FEE)),

    # ---- 合同条款 ----
    L("te_clause_unilateral_rate_change",
      "客户反映贷款合同约定“银行有权单方调整利率”，认为不公平，要求删除该约定。",
      T(business="贷款", cause=CLAUSE)),
    L("te_clause_wealth_bank_never_liable",
      "客户投诉理财协议写明“任何损失银行概不负责”，要求说明该约定是否有效。",
      T(business="自营理财", cause=CLAUSE)),
    # why: the refusal rests on the card rules' wording, and that wording is what she
    # objects to — an unfair clause (CLAUSE), not the money gone (FUNDS).
    L("te_clause_pin_deemed_own_act",
      "来电人称借记卡章程约定“凭密码交易均视为本人所为”，卡被复制盗刷后银行据此拒赔，要求修改该规定。",
      T(business="银行卡", cause=CLAUSE)),
    L("te_clause_guarantee_all_debts_no_term",
      "客户称为亲戚担保，合同写明对借款人全部债务承担连带责任且不设期限，要求解除担保。",
      T(business="贷款", cause=CLAUSE)),
    L("te_clause_lost_slip_bank_not_liable",
      "客户不满存单背面写有“挂失前被冒领银行不承担责任”，认为把责任全推给储户，要求修改。",
      T(business="人民币储蓄", cause=CLAUSE)),
    L("te_clause_safe_box_cap_500",
      "客户反映保管箱租赁协议约定箱内物品损失银行最高赔500元，认为不合理，要求修改。",
      T(business="其他中间业务", cause=CLAUSE)),
    L("te_clause_gold_redeem_suspend_no_notice",
      "客户称积存金协议约定银行可随时暂停赎回且不另行通知，要求说明并修改该约定。",
      T(business="贵金属", cause=CLAUSE)),
    L("te_clause_agent_bears_no_explanation_duty",
      "客户投诉徐碧网点代销保险的投保单写明“银行仅为代理，不承担解释责任”，要求银行承担说明义务。",
      T(units=("XB",), complained=("XB",), business="银行代理业务", cause=CLAUSE)),

    # ---- 产品收益 ----
    # why: the sale is not disputed (no false promise alleged); only the return fell short —
    # the return of an undisputed sale (RET), not misrepresentation (MKT).
    L("te_ret_wealth_below_benchmark",
      "客户反映2026年6月1日在个金部推荐下自愿买的行内理财，产品说明书和风险都看过，2026年12月1日到期年化仅2.1%，低于业绩比较基准3.5%，少拿了约1400元。要求说明原因。",
      T(dates=("2026-06-01", "2026-12-01"), units=("PF",), complained=("PF",), business="自营理财", cause=RET)),
    L("te_ret_structured_deposit_lowest_tier",
      "客户反映自愿买的本行结构性存款到期按最低档1.3%计息，没达到说明书所列区间上限3.2%，要求说明挂钩指标表现。",
      T(business="人民币储蓄", cause=RET)),
    L("te_ret_gold_plan_down",
      "客户反映积存金定投两年，每月500元，现在算下来亏了八百多元，要求银行说明价格怎么算的。",
      T(business="贵金属", cause=RET)),
    # why: no misstatement at the sale is alleged; the dividends paid fell short — the return
    # (RET), not misrepresentation (MKT).
    L("te_ret_participating_policy_dividend_low",
      "来电人称在明溪县支行代理买的分红险，五年分红远低于当初演示水平，要求说明。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=RET)),
    L("te_ret_agency_fund_down_15pct",
      "客户不满在徐碧网点代销买的基金一年亏了15%，买时已知风险，但认为亏得太多，要求说明原因。",
      T(units=("XB",), complained=("XB",), business="银行代理业务", cause=RET)),
    L("te_ret_nav_wealth_falling",
      "据客户反映，行内净值型理财近三个月净值持续下跌，亏损约4000元，购买系自愿，要求说明亏损原因。",
      T(business="自营理财", cause=RET)),
    L("te_ret_large_cd_transfer_discounted",
      "客户反映在燕西买的大额存单转让时利息被折算，到手比预想少一千多，要求解释。",
      T(units=("YX",), complained=("YX",), business="人民币储蓄", cause=RET)),
    L("te_ret_cash_wealth_seven_day_yield",
      "客户称本行现金管理类理财七日年化从2.8%跌到1.5%，认为太低，希望提高。",
      T(business="自营理财", cause=RET)),

    # ---- 消费者资金安全 ----
    L("te_funds_card_cashed_out_elsewhere",
      "客户称其在城东支行开的借记卡一直在身边，11月28日夜间收到短信，卡内被广东某地ATM连续取现3笔共1.5万元，当即挂失并报警，11月29日到网点打印了流水。要求查明并全额赔付。",
      T(dates=("--11-28", "--11-29"), units=("CD",), complained=("CD",), business="银行卡", cause=FUNDS)),
    # why: money left the passbook without the customer's act — FUNDS, even though the clerk
    # failed to check the ID (SVC).
    L("te_funds_passbook_impostor_fake_id",
      "客户陈月娥反映其存折存款2万元被他人持假身份证在列西冒领，要求赔偿。",
      T(complainant="陈月娥", units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=FUNDS)),
    L("te_funds_mobile_night_transfer_unknown",
      "来电人称手机银行凌晨被转出8000元到陌生账户，本人未操作，要求冻结对方账户并追回。",
      T(business="支付结算", cause=FUNDS)),
    L("te_funds_wealth_redeemed_by_other",
      "客户投诉行内理财被他人通过网银赎回并转走，本人不知情，要求追回。",
      T(business="自营理财", cause=FUNDS)),
    # why: the customer never applied; this is no admitted debt, so not DEBT — the loan money
    # was drawn without his act (FUNDS).
    L("te_funds_loan_in_his_name_drawn",
      "客户反映名下多出一笔未申请的消费贷，贷款资金已被转走，银行还要其还款，要求注销。",
      T(business="贷款", cause=FUNDS)),
    L("te_funds_usd_account_debited",
      "客户称外币账户内2000美元被不明扣划，本人未办理任何业务，要求退回。",
      T(business="外汇", cause=FUNDS)),
    # why: the debits ran on an agreement the customer never signed — money gone without her
    # act (FUNDS), not an add-on the bank sold her (CHOICE).
    L("te_funds_unsigned_debit_agreement",
      "客户不满其在燕西支行开的存折每月被代扣300元，本人从未签过代扣协议，要求停止并退回。",
      T(units=("YX",), complained=("YX",), business="人民币储蓄", cause=FUNDS)),
    L("te_funds_gold_sold_not_by_owner",
      "客户称积存金账户内30克黄金被卖出变现，本人未操作，要求恢复。",
      T(business="贵金属", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("te_data_mortgage_enquiry_brokers_call",
      "客户反映10月8日在城东支行咨询房贷并填写了申请表，此后一周内陆续接到五六家贷款中介电话，对方能说出其姓名、单位和申请金额。客户怀疑网点泄露，要求查处并给予书面答复。",
      T(dates=("--10-08",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    # why: the statement was handed to a third party — data given away (DATA), not the
    # clerk's manner (SVC).
    L("te_data_statement_printed_for_ex_husband",
      "客户称其流水被柜员打印给前夫用于离婚诉讼，本人未授权，要求追责。",
      T(business="个人金融信息", cause=DATA)),
    L("te_data_id_photo_in_wechat_group",
      "来电人称徐碧网点员工将其身份证照片发到私人微信群，要求删除并道歉。",
      T(units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("te_data_balance_told_to_neighbour",
      "客户投诉网点工作人员在菜市场向其邻居透露其存款余额及到期时间，现村里人人皆知，要求处理。",
      T(business="个人金融信息", cause=DATA)),
    L("te_data_credit_report_unknown_query",
      "据客户反映，其征信报告出现明溪县支行的贷款审批查询记录，本人从未申请，要求说明。",
      T(units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA)),
    # why: the insurer's call is only how she found out; the objection is that her purchase
    # data reached the insurer (DATA), not a sales pitch (MKT).
    L("te_data_insurer_knew_purchase_amount",
      "客户不满在燕西买理财后，有保险公司业务员来电推销，能说出其购买金额，要求说明信息来源。",
      T(units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA)),
    L("te_data_customer_list_on_notice_board",
      "客户称网点公示栏张贴的中奖客户名单含有其全名和完整手机号，要求撤下。",
      T(business="个人金融信息", cause=DATA)),
    L("te_data_phone_given_to_merchants",
      "客户反映其手机号被银行提供给合作商家，每天收到推销短信，要求删除并停止提供。",
      T(business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("te_debt_card_centre_calls_employer",
      "客户反映信用卡逾期两个月，信用卡中心催款人员多次打电话到其单位领导处，要求停止骚扰同事。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("te_debt_calls_after_ten_pm",
      "来电人称房贷逾期后，每晚十点以后仍接到催款电话，要求规范联系时间。",
      T(business="债务催收", cause=DEBT)),
    # why: the debt is admitted; what hurts is how it was chased in the village — DEBT, not
    # the clerk's manner at a counter (SVC).
    L("te_debt_shouting_in_village",
      "客户投诉：其农户贷款逾期三个月，本人已承认欠款并答应年底还清，12月2日列西两名工作人员仍到村里上门，在祠堂门口大声嚷嚷其欠钱不还，全村都知道了。要求当面道歉。",
      T(dates=("--12-02",), units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT)),
    L("te_debt_threatening_sms",
      "客户称收到信用卡欠款短信，称“再不还款将上门并通知亲友”，语气威胁，要求停止。",
      T(business="债务催收", cause=DEBT)),
    # why: calling her parents and wife is a way of chasing an admitted debt (DEBT), not
    # data handed to a third party (DATA).
    L("te_debt_parents_and_wife_called",
      "客户不满其消费贷逾期后，城东支行频繁联系其父母和妻子，要求只联系本人。",
      T(units=("CD",), complained=("CD",), business="债务催收", cause=DEBT)),
    L("te_debt_fake_court_letter",
      "据客户反映，受托催讨欠款的公司冒用法院名义寄送“律师函”，要求核实是否受银行委托。",
      T(business="债务催收", cause=DEBT)),
    # why: the deduction was taken against an admitted overdue loan — how a debt is chased
    # (DEBT), not money gone without the customer's act (FUNDS).
    L("te_debt_pension_set_off_without_notice",
      "客户郑火生称贷款逾期后，银行未通知即从其存折扣划养老金抵债，要求退回部分生活费。",
      T(complainant="郑火生", business="债务催收", cause=DEBT)),
    # why: posting the arrears in a village group is a way of chasing the debt (DEBT), not
    # data given away for another purpose (DATA).
    L("te_debt_arrears_posted_in_village_group",
      "客户反映经营贷晚还几天，燕西支行客户经理把其欠款情况发到村里微信群催还，要求撤回并道歉。",
      T(units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
)
