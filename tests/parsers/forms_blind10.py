"""A tenth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms10`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. What was read: lines 1-61
of tests/parsers/forms_blind1.py (its module docstring, imports and first three entries —
those three situations are avoided), lines 1-45 of tests/parsers/letters_fresh11.py (its
module docstring only), lines 1-67 of tests/parsers/letters_heldout.py (the module docstring,
the cause constants, `heldout_directory`, `Truth`, `HeldOutLetter`), and the list of earlier
ids (grep of `L("…"` over letters_*.py, forms_blind*.py and the /tmp sets fresh18, fresh19,
forms8, forms9 — ids only), whose situations are avoided. Written outside the repository, at
/tmp/forms10.

Each text is one summary as a call-centre agent or a counter clerk of 明溪县支行 writes it on
the 《投诉受理单》 ("客户反映…", "来电人称…", some opening with the unit or line that transferred
it, some repeat complaints), ending with the customer's request; 4 per cause for the twelve
causes CHOICE … SYS, over varied businesses, about a third of them near-misses between two
causes (a `# why:` comment names the deciding rule).

Labelled by the rules written out in forms_blind1.py's docstring: complainant the customer's
name if the form gives one (a surname with a title is a name); phones none; dates ISO, every
date stated with a day, "--MM-DD" without a year, relative dates and months without a day not
recorded; signed=None; units every unit of heldout_directory() the text names, complained the
unit(s) the grievance is about (a unit that only transferred the form, where the customer only
asked or was served elsewhere, is named but not complained); cause what the bank did that the
customer objects to; business by the product at stake (personal data → 个人金融信息, chasing a
debt → 债务催收).

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`793ee37`: 1,441 examples, the unit
rules of `793ee37`): cause 89.6 % (43/48), the rules alone 45.8 % (22/48); business 91.7 %; unit
found or triage 97.9 % (45 right, 2 triage, 1 wrong); complainant 100 % / 94.1 %; fields 99.3 % /
97.4 %; mojibake 0. Its writer was asked for forms opening with who transferred them (个金部转来：) and
naming units where the customer only asked or printed a record — shapes the unit rules had just been
fixed for — so it leans toward them, though written blind. Not trained or tuned on before it was
scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS10: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: he does not dispute the fee schedule or a sales pitch; the hotline agent gave him a
    # wrong answer after the card was issued — a clerk's mishandling (SVC), not the level of a
    # charge (FEE) nor misrepresentation to sell (MKT).
    L("fm10_svc_card_hotline_said_annual_fee_waived_then_charged",
      "信用卡中心转来：来电人郑先生称，10月8日致电信用卡客服询问年费，坐席明确答复其卡片首年免年费、刷满五次次年也免，并说已做备注。11月20日账单仍扣年费300元，再次来电时另一坐席称从无此说法，是前一位同事答错了。客户认为客服答复前后矛盾，要求退还年费并对答错的坐席作出处理。",
      T(complainant="郑先生", dates=("--10-08", "--11-20"), units=("CARD",), complained=("CARD",),
        business="银行卡", cause=SVC)),
    # why: no such requirement exists — 城东支行 paid the same deposit the next day on her ID
    # alone — so it is one clerk's wrong answer (SVC), not a rule applied as designed (RULE).
    L("fm10_svc_clerk_demanded_husband_for_wifes_own_deposit",
      "客户林女士反映，11月17日到徐碧网点支取本人名下一张三年期定期存单，柜员称属于夫妻共同财产，须丈夫到场签字才能取，客户丈夫在外地跑货车，只好作罢。次日客户到城东支行，柜员核对身份证后当场办理。客户认为徐碧网点乱设门槛，耽误其交房款，要求徐碧网点说明依据并道歉。",
      T(complainant="林女士", dates=("--11-17",), units=("XB", "CD"), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    L("fm10_svc_draft_amount_in_words_written_wrong_rejected_by_payee",
      "来电人称，11月24日在燕西支行申请开立一张银行汇票支付建材款，金额86500元，柜员填写大写金额时把“捌万陆仟伍佰元整”写成“捌万伍仟陆佰元整”，大小写不一致，被收款方开户行拒收退回，来回跑了两趟才重开，耽误提货三天。客户要求燕西支行赔偿误工损失。",
      T(dates=("--11-24",), units=("YX",), complained=("YX",), business="支付结算", cause=SVC)),
    L("fm10_svc_teller_gave_dime_coins_for_half_yuan_and_refused_to_redo",
      "客户反映12月2日上午在列西分理处兑换一百元五角硬币给早餐店找零，柜员拿出的是一角硬币，说五角的没有了，让她凑合用。客户看到柜员身后就放着五角硬币卷，要求换，柜员不耐烦地说“要么拿走要么别换”，后面排队的人都在看。客户要求换回五角硬币并由该柜员道歉。",
      T(dates=("--12-02",), units=("LJ",), complained=("LJ",), business="人民币管理", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: the counter's signature pad failed to keep his signature, so the purchase was
    # undone — a failed machine (SYS); the clerk asking him to sign again is not what he
    # objects to (not SVC).
    L("fm10_sys_signature_pad_lost_signature_wealth_purchase_undone",
      "个金部转来：客户黄先生11月9日在城东支行认购一款一年期理财5万元，柜台电子签名板反应迟缓，柜员让其重签了四次。11月12日城东支行来电称签名没有保存成功，认购已被撤销，钱退回活期，而该产品募集期已经结束。客户认为是银行的机器出了毛病，要求按原产品恢复认购。",
      T(complainant="黄先生", dates=("--11-09", "--11-12"), units=("PF", "CD"), complained=("CD",),
        business="自营理财", cause=SYS)),
    L("fm10_sys_passbook_stripe_wiped_by_update_machine",
      "客户反映12月1日在列西分理处用存折补登机打印明细，打完后存折磁条就读不出来了，柜台也刷不了，后来到明溪县支行营业部才办了挂失换折，前后耽误一周。客户称列西的补登机吞吐存折时声音就不对，要求列西分理处检修补登机，别再坏别人的存折。",
      T(dates=("--12-01",), units=("LJ", "MX"), complained=("LJ",), business="人民币储蓄", cause=SYS)),
    L("fm10_sys_mortgage_kept_old_rate_two_months_after_repricing_day",
      "客户反映其在明溪县支行办理的房贷约定每年9月按LPR调整一次利率，今年9月本应下调，但客户核对扣款明细发现，直到11月20日银行仍在按旧利率扣月供，多扣了两个多月的利息。客户经理答复是批量调整时他的贷款“漏掉了”。客户要求退还多扣利息并重算月供。",
      T(dates=("--11-20",), units=("MX",), complained=("MX",), business="贷款", cause=SYS)),
    # why: the money was taken by the bank's own processing failing to record the early
    # payoff, no one else took it — a failed system (SYS), not money gone by another's act
    # (FUNDS).
    L("fm10_sys_card_instalments_kept_debiting_after_early_payoff",
      "客户许女士反映，其信用卡一笔12期账单分期已于10月15日在徐碧网点柜台一次性提前还清，柜员打印了结清回单。但11月、12月账单仍各出现一期分期本金1250元，并从绑定的借记卡自动扣走。致电信用卡中心，答复是后台没有同步，至今未退。客户要求退回多扣款项。",
      T(complainant="许女士", dates=("--10-15",), units=("XB", "CARD"), complained=("CARD",),
        business="银行卡", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm10_rule_time_deposit_not_transferable_to_grandsons_name",
      "客户反映11月18日持本人两张定期存单到明溪县支行营业部，想把存单直接“过户”到孙子名下作为上大学的钱，工作人员称存款不能更名转让，只能本人支取后再以孙子名义另行开户，孙子未满十八周岁，还须其父母带户口本到场。客户嫌手续繁琐，要求直接过户。",
      T(dates=("--11-18",), units=("MX",), complained=("MX",), business="人民币储蓄", cause=RULE)),
    # why: the outlet asked for the papers every incoming gift of this kind needs and held the
    # money until they come — a rule applied as designed (RULE); no clerk erred (not SVC).
    L("fm10_rule_incoming_dollar_gift_held_for_relationship_proof",
      "客户赖先生反映，其在新加坡的表哥于11月20日汇来1.2万美元作为其女儿的结婚礼金，城东支行通知须提供亲属关系证明和赠与说明才能解付入账，表哥在国外开不出这些证明，款项至今挂在行里。客户认为是自家亲戚的钱，要求立即入账。",
      T(complainant="赖先生", dates=("--11-20",), units=("CD",), complained=("CD",), business="外汇",
        cause=RULE)),
    L("fm10_rule_stall_loan_renewal_asks_tax_records_of_flat_rate_trader",
      "个金部转来：客户吴女士在燕西支行有一笔20万元个人经营贷款，12月10日到期，申请续贷时客户经理要求提供近一年的纳税证明和经营流水，客户是定期定额纳税的个体户，税务所只能出具定额通知书，客户经理称不符合要求，不能续贷。客户要求按以往办法续贷。",
      T(complainant="吴女士", dates=("--12-10",), units=("PF", "YX"), complained=("YX",),
        business="贷款", cause=RULE)),
    # why: an outlet cannot lift a court's freeze on the customer's receipt; the clerk applied
    # the rule as designed (RULE) and told him so correctly (not SVC).
    L("fm10_rule_court_freeze_not_lifted_without_courts_release_notice",
      "来电人称其工资卡本月初被法院冻结，11月28日已把判决款全部交到法院，持法院收据到列西分理处要求解冻，柜员称必须等法院出具解除冻结通知书送达银行才能解冻，银行不能自行解除。客户认为钱已经交清，银行有意拖延，要求当天解冻。",
      T(dates=("--11-28",), units=("LJ",), complained=("LJ",), business="银行卡", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the manager said early draws keep the full rate — a false claim made to sell (MKT),
    # not mere silence about the early-draw rate (DISC).
    L("fm10_mkt_large_cd_said_drawable_early_at_full_rate",
      "客户邓先生反映，10月份徐碧网点客户经理向其推荐三年期大额存单，称“急用钱随时可以提前取，利息一分不少”，客户遂存入30万元。11月29日因儿子买房需提前支取10万元，才知道提前支取部分按活期计息，损失利息数千元。客户要求按原利率计息。",
      T(complainant="邓先生", dates=("--11-29",), units=("XB",), complained=("XB",),
        business="人民币储蓄", cause=MKT)),
    L("fm10_mkt_wealth_said_to_pay_out_monthly_was_lump_at_maturity",
      "客户反映今年8月在城东支行买了一款一年期理财，理财经理说这款产品“每个月分一次钱，可以当退休金领”，客户就是看中这一点才买的。三个多月过去一分钱没到账，再去问才说是到期一次性兑付。客户每月靠这笔钱贴补生活，要求退回本金。",
      T(units=("CD",), complained=("CD",), business="自营理财", cause=MKT)),
    L("fm10_mkt_annuity_said_premiums_could_be_skipped_in_a_lean_year",
      "客户反映去年经明溪县支行工作人员推荐，买了一份保险公司的十年交年金险，当时工作人员说“哪年手头紧可以不交，停一年不影响”。今年果园歉收没有续交，保险公司通知保单已中止，要复效得补交利息还要重新体检。客户要求银行承担责任。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=MKT)),
    L("fm10_mkt_farm_credit_line_said_to_rise_to_three_hundred_thousand",
      "燕西支行转来：茶农罗先生称，去年在列西分理处办农户信用贷款时，客户经理说“先贷10万，按时还满一年，明年额度直接提到30万”，罗先生据此扩种茶园、签了租地协议。今年续贷只批了12万，客户经理说额度要重新评估。罗先生认为被误导，要求按当初的说法提额。",
      T(complainant="罗先生", units=("YX", "LJ"), complained=("LJ",), business="贷款", cause=MKT)),

    # ---- 信息披露 ----
    # why: she objects that the 3% deduction was never mentioned when she bought, not to its
    # size — silence on a material fact (DISC), not the level of a charge (FEE).
    L("fm10_disc_universal_policy_initial_charge_untold",
      "客户反映10月12日在城东支行经理财经理介绍，买了一份保险公司的万能险，一次交10万元。11月查保单账户价值只有9.7万元，才知道每笔保费要先扣3%的初始费用。购买时理财经理只讲了结算利率，从没提过先扣钱的事，客户称早知道就不会买，要求退还被扣的3000元。",
      T(dates=("--10-12",), units=("CD",), complained=("CD",), business="银行代理业务", cause=DISC)),
    L("fm10_disc_interest_paid_monthly_deposit_claws_back_on_early_draw",
      "来电人何阿姨称，前年在徐碧网点存了5万元三年期存本取息，每月领利息。11月21日因老伴住院提前支取，网点按活期重算，把两年来已领利息的差额从本金里扣回近2000元。何阿姨称存的时候柜员只说每月有利息拿，没说过提前取要倒扣已经领过的利息，要求退回扣款。",
      T(complainant="何阿姨", dates=("--11-21",), units=("XB",), complained=("XB",),
        business="人民币储蓄", cause=DISC)),
    L("fm10_disc_gold_accumulation_orders_after_cutoff_priced_next_day_untold",
      "客户反映11月13日晚上八点在手机银行买入积存金50克，页面显示委托成功，结果次日才按第二天的金价成交，每克比下单时贵了9元。客户称当初在徐碧网点开通积存金时，工作人员没说过下午三点半以后的委托要按第二天价格成交，要求按下单时的价格成交。",
      T(dates=("--11-13",), units=("XB",), complained=("XB",), business="贵金属", cause=DISC)),
    L("fm10_disc_card_temporary_limit_due_in_full_untold",
      "信用卡中心转来：客户陈先生10月因装修申请临时额度2万元，客服只说“可以用三个月”。本期账单出来，临时额度部分要求一次性全额还款，不能最低还款也不能分期，客户一时拿不出，已经逾期。客户称办理时没有人告诉他临时额度到期要一次还清，要求取消逾期记录。",
      T(complainant="陈先生", units=("CARD",), complained=("CARD",), business="银行卡", cause=DISC)),

    # ---- 自主选择权 ----
    # why: he objects to being sent to the one notary office the bank names as a condition of
    # the loan (CHOICE), not to the amount the notary charges (FEE).
    L("fm10_choice_mortgage_contract_notarised_only_at_banks_named_notary",
      "客户反映11月在明溪县支行办理二手房贷款，客户经理要求借款协议必须到银行指定的一家公证处办公证，公证费1800元由客户承担。客户想去离家近的公证处，被告知“只认这一家”，不去就不放款。客户要求取消指定，由他自己找公证处。",
      T(units=("MX",), complained=("MX",), business="贷款", cause=CHOICE)),
    L("fm10_choice_gold_buyback_money_paid_only_into_a_one_year_deposit",
      "来电人称12月3日到城东支行回购两根50克金条，柜员称回购款不能直接转活期或取现，必须存成本行一年期定期才给办理。客户急着用这笔钱给母亲交住院押金，只好放弃回购。客户要求回购款直接进活期账户。",
      T(dates=("--12-03",), units=("CD",), complained=("CD",), business="贵金属", cause=CHOICE)),
    L("fm10_choice_rural_medical_premium_taken_only_with_commercial_top_up_cover",
      "燕西支行转来：客户朱先生11月25日到列西分理处为全家四口代缴明年的城乡居民医保，柜员称须同时买一份补充医疗保险，每人99元，才给代缴。朱先生不想买，柜员说“大家都买了”，朱先生只好到社保所自己交。朱先生要求列西分理处不要再搭着卖。",
      T(complainant="朱先生", dates=("--11-25",), units=("YX", "LJ"), complained=("LJ",),
        business="银行代理业务", cause=CHOICE)),
    # why: she objects to the urgent option put on her transfer without her asking (CHOICE),
    # not to what urgent transfers cost (FEE).
    L("fm10_choice_counter_transfer_sent_urgent_unasked",
      "客户反映11月19日在徐碧网点柜台给外省读书的女儿转账2万元生活费，填单时没有勾加急，柜员却按实时加急办理，多扣了加急手续费，客户回家看回单才发现。客户称她本来就不急，第二天到账就行，要求退还加急的钱，以后不要替她做主。",
      T(dates=("--11-19",), units=("XB",), complained=("XB",), business="支付结算", cause=CHOICE)),

    # ---- 定价收费 ----
    # why: he read the charge in the agreement and knew of it; what he objects to is its size
    # (FEE) — not silence (DISC) nor the term itself (CLAUSE).
    L("fm10_fee_card_cash_instalment_early_payoff_three_percent",
      "客户反映其去年在信用卡中心办了一笔5万元现金分期，分24期。今年11月想一次结清，被告知须按剩余本金的3%付提前还款手续费约900元，另加当期手续费。客户称协议上这一条看过，知道要交，但认为3%太高，别的银行只要1%，要求减免。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE)),
    L("fm10_fee_farm_household_credit_rating_charge",
      "客户反映11月22日到燕西支行申请农户小额贷款，客户经理称要先做家庭信用等级评定，每户交评定费200元，而贷款只批了3万元。客户认为200元太多，利息之外还要另外掏钱，要求退还。",
      T(dates=("--11-22",), units=("YX",), complained=("YX",), business="贷款", cause=FEE)),
    L("fm10_fee_note_authentication_charged_per_note",
      "客户反映12月4日上午拿收到的一沓百元货款到列西分理处，请柜员帮忙看看有没有假币，柜员用机器过了一遍，说每张要0.5元鉴别费，共扣了38元。客户认为请银行看看真假还要掏这么多钱，太贵，要求退还。",
      T(dates=("--12-04",), units=("LJ",), complained=("LJ",), business="人民币管理", cause=FEE)),
    L("fm10_fee_bank_draft_for_car_purchase_per_mille",
      "来电人称11月27日在明溪县支行开一张28万元银行汇票付购车款，被扣手续费140元外加工本费，而同一天在手机上跨行转账一分不要。客户认为汇票手续费按金额比例算太高，要求改按固定金额或退还差额。",
      T(dates=("--11-27",), units=("MX",), complained=("MX",), business="支付结算", cause=FEE)),

    # ---- 产品收益 ----
    # why: nothing was promised or hidden — he read the prospectus and does not dispute the
    # sale; he objects to what the product earned (RET), not to how it was sold (MKT, DISC).
    L("fm10_ret_fishpond_rent_daily_open_wealth_year_at_one_point_zero_six",
      "客户反映去年12月在徐碧网点用鱼塘租金8万元买了一款每日开放的固收类理财，业绩比较基准2.3%至2.8%，持有满一年后赎回，实际年化只有1.06%，还不如存一年定期。客户称说明书当时看过，也没人跟他保证过什么，就是觉得赚得太少，要求银行补足到基准下限。",
      T(units=("XB",), complained=("XB",), business="自营理财", cause=RET)),
    L("fm10_ret_gold_etf_feeder_fund_bought_in_spring_down_nine_percent",
      "个金部转来：客户潘女士今年4月在城东支行柜台自己申购了代销的黄金ETF联接基金6万元，近来金价回落，基金净值比买入时跌了约9%，亏了5000多元。客户要求银行按买入价赎回。",
      T(complainant="潘女士", units=("PF", "CD"), complained=("CD",), business="银行代理业务",
        cause=RET)),
    L("fm10_ret_interbank_cd_index_fund_parked_house_money_earned_point_eight",
      "客户反映其在明溪县支行买了一只代销的同业存单指数基金，放的是准备交房的15万元，7个月后赎回只赚了约700元，折合年化0.8%左右，比放活期好不了多少。客户认为这只基金表现太差，要求补偿利息损失。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=RET)),
    # why: he picked it himself in the app, with no one selling or withholding anything; he
    # objects to the return of an undisputed purchase (RET), not to a sales claim (MKT).
    L("fm10_ret_app_wealth_named_steady_gain_paid_one_point_nine",
      "客户反映今年3月自己在手机银行上挑了一款名叫“稳享增利”的六个月理财，没有找任何工作人员咨询，9月到期年化只有1.9%。客户认为名字叫“增利”就应该比定期高，结果赚得这么少，要求银行补到3%。",
      T(business="自营理财", cause=RET)),

    # ---- 合同条款 ----
    # why: the change was announced as the agreement allows; she objects to the term that
    # lets the bank move her repayment day at will (CLAUSE), not to being left uninformed (DISC).
    L("fm10_clause_card_repayment_day_moved_by_bank_at_will",
      "客户反映其信用卡领用合约第十二条写着“发卡机构有权根据经营需要调整账单日及到期还款日，调整后以短信通知为准”。今年10月信用卡中心把她的还款日从每月25日改到每月5日，她每月15日才发工资，11月因此逾期一次。客户认为这一条让银行想改就改，对持卡人不公平，要求恢复原还款日并消除逾期。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    L("fm10_clause_gold_custody_loss_compensated_at_half_purchase_price",
      "客户反映其在城东支行买金条后签了《实物贵金属代保管协议》，把金条寄存在行里。最近细看协议，第七条写着“保管期间因不可抗力或第三方原因造成损失的，银行按购买价格的50%赔偿”。客户认为金条放在银行，丢了却只赔一半，这一条明显偏向银行，要求修改或把金条取回不收保管费。",
      T(units=("CD",), complained=("CD",), business="贵金属", cause=CLAUSE)),
    # why: the officer read the term to him and he knew of it; he objects to what the term
    # puts on him (CLAUSE), not to not being told (DISC).
    L("fm10_clause_mortgage_rate_up_thirty_percent_if_deed_late",
      "个金部转来：客户蔡先生在明溪县支行办理期房按揭，借款协议第十九条约定“借款人在放款后两年内未办妥房产抵押登记的，贷款利率上浮30%”。现开发商延期交房，产证办不下来，银行从11月起已按上浮后的利率扣款。蔡先生称签约时客户经理逐条讲过，他也知道这一条，但开发商的问题要他来承担不合理，要求取消上浮。",
      T(complainant="蔡先生", units=("PF", "MX"), complained=("MX",), business="贷款", cause=CLAUSE)),
    L("fm10_clause_large_cd_callable_by_bank_with_demand_rate_interest",
      "来电人称其8月在徐碧网点认购的三年期大额存单，认购书上有一条“本行有权在存单到期前提前兑付，已存期间按活期利率计息”，近日接到网点通知，银行将于12月15日提前兑付这批存单。客户认为银行可以随时提前结束，还只给活期利息，这种约定只对银行有利，要求按原利率计息。",
      T(dates=("--12-15",), units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    # why: the money left without his act, taken by an impostor on forged papers (FUNDS); that
    # the counter accepted them is how it happened, not a clerk's slip he objects to (SVC).
    L("fm10_funds_time_deposit_paid_out_on_forged_death_certificate",
      "客户刘先生反映，其在外地打工三年，11月回乡到燕西支行取定期存款，发现8万元存款已于9月14日被人以继承名义取走，对方拿的是伪造的刘先生死亡证明和亲属关系证明。刘先生本人好好的，也从未委托任何人，要求银行全额赔付并报警处理。",
      T(complainant="刘先生", dates=("--09-14",), units=("YX",), complained=("YX",),
        business="人民币储蓄", cause=FUNDS)),
    L("fm10_funds_stored_gold_bars_came_back_as_plated_copper",
      "客户反映12月1日到城东支行提取寄存的三根100克金条，回家后觉得分量不对，拿到金店检测是镀金铜条，编号也和购买凭证对不上。金条是2024年在明溪县支行买的，之后一直寄存在城东支行。客户要求城东支行查明并照价赔偿。",
      T(dates=("--12-01",), units=("CD", "MX"), complained=("CD",), business="贵金属", cause=FUNDS)),
    # why: he objects that money left his account without his act (FUNDS); the lost card not
    # being blocked is how it happened, not a machine fault he was served by (SYS).
    L("fm10_funds_lost_social_card_still_paid_at_pharmacy_after_replacement",
      "客户反映其社保卡10月遗失，已在列西分理处挂失并补办了新卡，但本月查明细发现旧卡在县城两家药店仍被刷了六笔，共4200元。客户称挂失回执还留着，钱不是自己花的，要求银行退回被盗刷的钱。",
      T(units=("LJ",), complained=("LJ",), business="银行卡", cause=FUNDS)),
    L("fm10_funds_card_overpayment_balance_moved_out_by_someone",
      "12378热线转来：来电人称其信用卡10月多还了5000元，11月查账发现这5000元溢缴款被转出到一张从没见过的他行卡上，本人从未申请转出，也没把卡号密码告诉过别人。信用卡中心答复正在核查。客户要求尽快退回。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm10_data_emergency_contact_sister_got_wealth_sales_calls",
      "客户反映其11月在徐碧网点开卡时填了妹妹作为紧急联系人，之后妹妹接连接到徐碧网点理财经理推销理财的电话，对方还说“你姐姐在我们行开了卡”。客户认为银行把她登记的家人电话拿去推销，要求删除妹妹的号码并停止来电。",
      T(units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    # why: no rule has the bank tell a neighbourhood worker what he drew and for whom; the
    # outlet handed his withdrawal to a third party (DATA), not a rule applied as designed (RULE).
    L("fm10_data_grid_worker_told_of_pensioners_cash_withdrawal",
      "客户魏大爷反映，11月30日在列西分理处取现5万元给孙子买车，第二天社区网格员就上门，说是银行通知的，魏大爷“大额取现有被骗风险”，还当着邻居的面问他取了多少、给了谁。魏大爷认为自己取多少钱被银行随便告诉外人，要求列西分理处说明情况并道歉。",
      T(complainant="魏大爷", dates=("--11-30",), units=("LJ",), complained=("LJ",),
        business="个人金融信息", cause=DATA)),
    L("fm10_data_closed_passbooks_dumped_at_rubbish_point",
      "来电人称12月3日在城东支行后巷的垃圾点看到一袋旧存折、旧存单，上面有户名、账号和余额，其中一本是她母亲已经销户的存折。来电人认为银行没有销毁客户资料就随手丢弃，要求查明处理并告知相关客户。",
      T(dates=("--12-03",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm10_data_divorce_agreement_copy_left_in_lobby_rack",
      "个金部转来：客户冯女士称，11月在燕西支行办理房贷借款人变更时交了离婚协议复印件，12月2日她的同事在燕西支行大堂填单台的资料架上看到了这份复印件，财产分割、孩子抚养的内容都看得到。冯女士要求追查责任并收回所有复印件。",
      T(complainant="冯女士", dates=("--12-02",), units=("PF", "YX"), complained=("YX",),
        business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm10_debt_caller_played_police_siren_recordings_down_the_line",
      "客户反映其信用卡逾期两个月，欠款她认，也在筹钱，但近一个月接到的催款电话里，对方多次播放警笛声和“人带走”之类的录音，说“警察已经在路上了”，把她上初中的儿子吓得不敢一个人在家。来电的人自称受信用卡中心委托，客户要求信用卡中心管好外包人员。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm10_debt_collector_brought_pos_to_cash_out_his_other_card",
      "来电人称其在明溪县支行的经营贷款逾期一个月，12月1日两名催款人员上门，带着一台POS机，要他刷另一家银行的信用卡套现还款，他不肯，对方就坐在店里不走，影响做生意。客户承认欠款，愿意分期还，要求银行停止这种做法。",
      T(dates=("--12-01",), units=("MX",), complained=("MX",), business="债务催收", cause=DEBT)),
    L("fm10_debt_collector_demanded_daily_location_and_selfie",
      "客户再次来电反映：其信用卡欠款已经签了分期还款协议，每月按时还，但催款专员仍要求他每天晚上九点前发实时定位和手持身份证的自拍“报到”，哪天没发就给他母亲打电话。客户称自己不是犯人，上次投诉后没有改变，要求立即停止。",
      T(business="债务催收", cause=DEBT)),
    L("fm10_debt_loan_chaser_demanded_childs_passbook_as_repayment",
      "列西分理处转来：客户姜女士称其农户贷款逾期，11月23日燕西支行信贷员上门催款，看到她女儿的压岁钱存折，要她当场交出，说“先拿孩子的钱顶上”，还让她在取款单上签字。姜女士承认欠款，但不同意动孩子的钱，要求更换信贷员。",
      T(complainant="姜女士", dates=("--11-23",), units=("LJ", "YX"), complained=("YX",),
        business="债务催收", cause=DEBT)),
)
