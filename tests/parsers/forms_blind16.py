"""A sixteenth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms16`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. What was read, exactly:
lines 1-61 of tests/parsers/forms_blind1.py (its docstring and first three entries, whose
situations are avoided), lines 1-45 of tests/parsers/letters_fresh11.py (the module docstring),
lines 1-67 of tests/parsers/letters_heldout.py (`Truth`/`HeldOutLetter`/`heldout_directory` and
the cause constants), and the list of earlier ids (`L("…"` of letters_*.py, forms_blind*.py and
the sets under /tmp), whose situations are barred. Nothing more was printed. Written outside
the repository, at /tmp/forms16.

Each text is one summary as a call-centre or counter clerk of 明溪县支行 writes it on the
《投诉受理单》 ("客户反映…", "来电人称…", … ending with the request), 4 per cause for the twelve
causes over varied businesses, about a third of them near-misses between two causes (a `# why:`
comment names the deciding rule). Labelled by the rules written out in forms_blind1.py's
docstring (complainant a name or a surname with a title, else None; no phones; dates with a day,
without a year kept "--MM-DD", signed=None; units every unit of heldout_directory() named by name
or alias, complained the unit(s) the grievance is about).

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`d31bf86`: 1,753 examples, the unit
rules of `d31bf86`): cause 93.8 % (45/48), the rules alone 52.1 % (25/48); business 89.6 %; unit
found or triage 95.8 % (40 right, 6 triage, 2 wrong); complainant 100 % / 100 %; fields 98.6 % /
93.9 %; mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS16: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    L("fm16_svc_teller_waved_off_interest_question",
      "客户罗先生反映，11月28日在徐碧网点支取到期的三年期定期存款，对利息金额有疑问，请柜员说明怎么算的，柜员只说“电脑算的，自己看墙上利率牌”，随即叫下一个号，未作任何解释。他说以前在城东支行问过类似问题，都有人耐心讲。要求网点重新说明利息计算并对该柜员批评教育。",
      T(complainant="罗先生", dates=("--11-28",), units=("XB", "CD"), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    L("fm16_svc_deaf_remitter_refused_written_notes",
      "来电人称其父亲有听力障碍，12月2日到城东支行给外地亲戚汇款，请柜员把要问的话写在纸上，柜员嫌麻烦，隔着玻璃大声喊话，最后让老人回家叫家属陪同再来，汇款没办成，后来改到燕西支行才汇出。要求城东支行道歉并改进对残障客户的接待。",
      T(dates=("--12-02",), units=("CD", "YX"), complained=("CD",), business="支付结算", cause=SVC)),
    # why: the papers are what the bank asks of every borrower; she objects that the officer
    # named them one at a time over four trips — a clerk's mishandling (SVC), not the rule (RULE).
    L("fm16_svc_loan_officer_gave_document_list_piecemeal",
      "客户吴女士反映，在燕西支行申请个人经营贷款，客户经理第一次只让提供营业执照和银行流水，第二次又说要纳税证明，第三次再要房产证复印件，每次只说一样，前后跑了四趟，贷款至今未受理。要求一次性告知所需材料并尽快受理。",
      T(complainant="吴女士", units=("YX",), complained=("YX",), business="贷款", cause=SVC)),
    # why: the notes went missing in the clerk's handing-over at the counter with the customer
    # present — a clerk's mishandling (SVC), not money gone without his act (FUNDS).
    L("fm16_svc_hkd_sealed_in_envelope_uncounted_two_notes_short",
      "客户反映11月25日在列西分理处兑换港币现钞5000元，柜员点完后直接装进信封封口交给他，未让其当面清点，回家拆开发现少了两张500元面额的。网点称当时已点清。要求调取监控核实并补足。",
      T(dates=("--11-25",), units=("LJ",), complained=("LJ",), business="外汇", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: the overdue mark follows from the repayment page failing while the money was on the
    # card — a failed system (SYS), not the overdue rule applied as designed (RULE).
    L("fm16_sys_loan_app_repay_page_failed_on_due_day",
      "来电人黄先生称，其个人消费贷款每月20日还款，11月20日晚在手机银行主动还款时页面一直提示“交易处理中”，卡内余额足够却没扣成，次日被记为逾期并产生罚息。要求撤销逾期记录、退还罚息。",
      T(complainant="黄先生", dates=("--11-20",), business="贷款", cause=SYS)),
    L("fm16_sys_smart_counter_could_not_read_new_id_card",
      "客户陈女士反映，12月3日到城东支行办借记卡，大堂经理引导到智能柜台办理，柜台连续五次读不出她新换的身份证，重启后依旧，等了一个多小时没办成，第二天到徐碧支行才办好。要求城东支行尽快修好机器或安排人工办理。",
      T(complainant="陈女士", dates=("--12-03",), units=("CD", "XB"), complained=("CD",),
        business="银行卡", cause=SYS)),
    # why: the loss he shows is a page's wrong figure that made him sell, not what the product
    # really earned — a failed system (SYS), not the return of a sale (RET).
    L("fm16_sys_wealth_app_showed_false_loss_he_redeemed",
      "来电人称11月17日打开手机银行，看到持有的本行理财“稳盈”显示亏损近三成，慌忙全部赎回，第二天客服告知是页面显示错误，实际净值正常，但赎回已无法撤销，持有到期的利息也没了。要求恢复原持有或赔偿差额。",
      T(dates=("--11-17",), business="自营理财", cause=SYS)),
    L("fm16_sys_counter_could_not_type_rare_character_in_payee_name",
      "客户刘先生反映，11月30日到徐碧支行柜台给房东汇房租，柜员称房东名字中的“䶮”字柜台电脑打不出来，只能用同音字代替，汇出后被收款行退回，来回三次，房租逾期被房东扣了违约金。要求解决生僻字录入问题并赔偿违约金。",
      T(complainant="刘先生", dates=("--11-30",), units=("XB",), complained=("XB",),
        business="支付结算", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: she calls it obstruction, but the clerk asked what the bank asks of every heir — a
    # rule applied as designed (RULE), not a clerk's mishandling (SVC).
    L("fm16_rule_all_heirs_present_for_late_mothers_deposit",
      "客户张女士反映，母亲去世后留下一张列西分理处3万元定期存单，她持死亡证明和户口本去支取，柜员要求全部继承人（她和两个在外省打工的弟弟）一同到场或办理继承公证，打个金部电话也是同样答复，她认为是故意刁难。要求简化手续，允许凭现有材料支取。",
      T(complainant="张女士", units=("LJ", "PF"), complained=("LJ",), business="人民币储蓄", cause=RULE)),
    L("fm16_rule_car_loan_refused_local_social_insurance_under_a_year",
      "来电人称在燕西支行申请购车贷款，因本地社保连续缴纳不满12个月被拒，其在外地已缴了五年、今年刚回县里工作，打个金部电话也说是统一要求，认为不合理。要求按实际工作年限重新审批。",
      T(units=("YX", "PF"), complained=("YX",), business="贷款", cause=RULE)),
    L("fm16_rule_shop_account_wage_transfer_held_for_payroll_sheet",
      "客户郑先生反映，12月1日从自家建材店的对公账户向个人卡转账8万元准备发工人工资，徐碧支行要求先提供工资表和用途证明才能办理，当天工人没拿到钱。要求取消限制，当天办理。",
      T(complainant="郑先生", dates=("--12-01",), units=("XB",), complained=("XB",),
        business="支付结算", cause=RULE)),
    L("fm16_rule_deposit_proof_not_on_grandfathers_money_for_grandsons_visa",
      "客户反映孙子出国留学办签证，爷爷在城东支行有20万元定期，想以此给孙子开存款证明，网点称存款证明只能开在存款人本人名下，要先把钱转到孙子账户并冻结后再开，客户认为手续繁琐。要求直接以爷爷的存款为孙子开具证明。",
      T(units=("CD",), complained=("CD",), business="其他中间业务", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: she was told in words there would be no charge — misrepresentation to sell (MKT),
    # not the level of the charge (FEE) nor a fact left untold (DISC).
    L("fm16_mkt_card_tuition_instalments_said_free",
      "客户何女士反映，9月在徐碧网点办信用卡时，工作人员称女儿大学学费可分12期“零利息、零手续费”，她刷卡1.2万元分期后，每期账单都有72元手续费，信用卡中心答复按标准执行。要求退还全部分期手续费。",
      T(complainant="何女士", units=("XB", "CARD"), complained=("XB",), business="银行卡", cause=MKT)),
    # why: a pledge is the bank's ordinary demand for such a loan, but he objects to being told
    # there would be none to win him over — misrepresentation to sell (MKT), not the rule (RULE).
    L("fm16_mkt_business_loan_said_no_pledge_needed",
      "来电人邱先生称，燕西支行客户经理上门推介经营贷时说“纯信用、不用抵押”，他因此结清了别家的贷款，11月26日签约时却被要求用住房抵押，否则不放款。要求按当初说的发放信用贷款或赔偿其损失。",
      T(complainant="邱先生", dates=("--11-26",), units=("YX",), complained=("YX",), business="贷款", cause=MKT)),
    L("fm16_mkt_gold_bar_said_bought_back_at_any_bank",
      "客户反映在列西分理处买了100克金条，柜员当时说“以后全国哪家银行都能按当天金价回购”，近日去他行回购被拒，回来又被告知只能在本网点回购。要求按当初的说法办理回购。",
      T(units=("LJ",), complained=("LJ",), business="贵金属", cause=MKT)),
    L("fm16_mkt_pension_policy_said_payments_start_next_year",
      "客户杨阿姨反映，去年在明溪县支行柜台经工作人员推荐买了一份代理的养老保险，当时说“交满一年，明年起每月领钱”，今年到列西分理处问才知道要到60岁才开始领，她现在才52岁。要求退保并全额退还已交保费。",
      T(complainant="杨阿姨", units=("MX", "LJ"), complained=("MX",), business="银行代理业务", cause=MKT)),

    # ---- 信息披露 ----
    L("fm16_disc_card_minimum_payment_interest_on_whole_bill_untold",
      "客户反映信用卡账单4800元，他按最低还款额还了480元，下月账单出现按全部4800元计算的利息，信用卡中心在办卡时和每月短信里都没说过还最低额会对全部欠款计息。要求退还这笔利息。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=DISC)),
    L("fm16_disc_tuition_wire_abroad_days_in_transit_untold",
      "来电人孔先生称，11月24日在城东支行给在英国的女儿汇学费，柜员只说当天汇出，没说境外到账要三到五个工作日，后来打个金部电话才知道，结果错过学校缴费截止日，女儿被加收滞纳金。要求赔偿滞纳金。",
      T(complainant="孔先生", dates=("--11-24",), units=("CD", "PF"), complained=("CD",),
        business="外汇", cause=DISC)),
    # why: the officer said nothing false; he was silent on the yearly guarantee charge until
    # drawdown — silence on a material fact (DISC), not misrepresentation (MKT) nor its level (FEE).
    L("fm16_disc_business_loan_guarantee_charge_untold",
      "客户叶先生反映，11月在徐碧支行办理30万元经营贷，签约前客户经理只讲了年利率3.6%，没提还要由担保公司担保、每年另交担保费6000元，放款当天才通知他缴。要求说明情况并退还担保费。",
      T(complainant="叶先生", units=("XB",), complained=("XB",), business="贷款", cause=DISC)),
    # why: she objects that the early-surrender loss was never mentioned, not to what the policy
    # earned — silence on a material fact (DISC), not the return of a sale (RET).
    L("fm16_disc_policy_early_surrender_loss_untold",
      "客户反映2023年在列西分理处买的代理分红保险，每年交1万元，交了三年共3万元，今年家里急用去退保，只退回9400多元。办理时柜员没提前几年退保只能拿回现金价值、会损失大半。要求全额退还保费。",
      T(units=("LJ",), complained=("LJ",), business="银行代理业务", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm16_choice_farm_loan_needed_wealth_purchase",
      "来电人称在燕西支行申请20万元种植贷款，客户经理说必须先拿其中2万元买本行一款理财，否则不批，放款后这2万元半年内不能动。要求取消这一要求，足额放款。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=CHOICE)),
    L("fm16_choice_new_debit_card_bound_to_shopping_platform_unasked",
      "客户韩女士反映，12月1日在列西分理处新办借记卡，几天后到城东支行查询时才发现这张卡已开通某购物平台的快捷支付和小额免密，她从未申请也没签字同意。要求列西分理处关闭并说明是谁办理的。",
      T(complainant="韩女士", dates=("--12-01",), units=("LJ", "CD"), complained=("LJ",),
        business="银行卡", cause=CHOICE)),
    L("fm16_choice_snack_shop_collection_code_only_with_consumer_loan",
      "客户钟先生反映，在徐碧支行为自家小吃店申请收款码，工作人员要求他同时申请一笔消费贷款才给开通，说是网点的任务。要求单独开通收款码。",
      T(complainant="钟先生", units=("XB",), complained=("XB",), business="支付结算", cause=CHOICE)),
    # why: the outlet still opens passbooks, so no rule stood in the way; the card came as a paid
    # package the old man did not want — a tie without consent (CHOICE), not a rule (RULE).
    L("fm16_choice_old_man_pushed_to_paid_card_instead_of_passbook",
      "客户反映78岁的父亲11月19日到城东支行存定期，要求开存折，柜员称“现在不开存折了”，只能办一张带年费的卡，后来听邻居说同一天在该网点开了存折。要求给老人改开存折并退还卡的年费。",
      T(dates=("--11-19",), units=("CD",), complained=("CD",), business="人民币储蓄", cause=CHOICE)),

    # ---- 定价收费 ----
    # why: he knew of the charge abroad and objects to its level for a mere enquiry — the level
    # of a charge (FEE), not a fact left untold (DISC).
    L("fm16_fee_overseas_atm_balance_enquiry_four_yuan_each",
      "客户反映儿子在日本打工，用借记卡在当地ATM查余额，每查一次扣4元，一个月查了十几次扣了五十多元。他知道境外取现要手续费，但认为只查个余额也扣钱太贵。要求降低或免除。",
      T(business="银行卡", cause=FEE)),
    L("fm16_fee_mortgage_account_yearly_management_charge",
      "客户曾先生反映，在明溪县支行办理的个人住房贷款每年扣一笔200元的“贷款账户管理费”，他问过的其他银行都没有这笔钱，认为不合理。要求取消并退还已扣部分。",
      T(complainant="曾先生", units=("MX",), complained=("MX",), business="贷款", cause=FEE)),
    L("fm16_fee_vegetable_stall_small_notes_counting_charge",
      "客户反映自己摆菜摊，12月4日到列西分理处存一袋5元、10元的零散纸币共6000元，被扣了12元清点手续费，以前在徐碧网点存从没扣过，认为太高。要求退还。",
      T(dates=("--12-04",), units=("LJ", "XB"), complained=("LJ",), business="人民币管理", cause=FEE)),
    L("fm16_fee_sole_trader_settlement_card_yearly_charge",
      "来电人称其个体户结算卡是在城东支行办的，每年被扣300元年费，一年只用几次，到燕西支行柜台问也说是统一标准，认为太贵。要求城东支行降低年费。",
      T(units=("CD", "YX"), complained=("CD",), business="支付结算", cause=FEE)),

    # ---- 产品收益 ----
    L("fm16_ret_yen_savings_for_sons_study_lost_in_yuan",
      "客户反映2024年为儿子留学在城东支行换了100万日元存成定期，今年到期后在徐碧支行取出时日元汇率跌了，折成人民币比当初少了近4000元。要求银行补偿汇率损失。",
      T(units=("CD", "XB"), complained=("CD",), business="外汇", cause=RET)),
    # why: no false word is recorded — he owns he read the risk note and objects to what the
    # wealth product paid — the return of a sale (RET), not misrepresentation (MKT).
    L("fm16_ret_tobacco_money_half_year_wealth_ended_point_eight",
      "客户林先生反映，把烟叶款10万元从燕西支行的卡转到徐碧支行买了一款半年期本行理财，业绩比较基准3.2%，12月1日到期年化只有0.8%，还不如存定期。他说理财经理没讲会这么低，但承认买前看过风险提示。要求按基准补足利息。",
      T(complainant="林先生", dates=("--12-01",), units=("YX", "XB"), complained=("XB",),
        business="自营理财", cause=RET)),
    L("fm16_ret_agency_tourism_theme_fund_down_fifteen",
      "来电人罗女士称，年初在列西分理处买的代销旅游主题基金，到现在亏了15%，本想过年前赚点钱给孙子包红包。要求银行承担部分亏损。",
      T(complainant="罗女士", units=("LJ",), complained=("LJ",), business="银行代理业务", cause=RET)),
    # why: the buyback is the ordinary spread plus the fall of the gold price; he objects to
    # what the bar is worth now — the return of a sale (RET), not the level of a charge (FEE).
    L("fm16_ret_zodiac_gold_bar_bought_back_far_below_cost",
      "客户反映10月在燕西支行买了一根50克生肖金条，12月2日拿回去回购，回购价比买入时每克低了近80元，一根少了近4000元。柜员解释是金价回落。客户认为亏得太多。要求按原价回购。",
      T(dates=("--12-02",), units=("YX",), complained=("YX",), business="贵金属", cause=RET)),

    # ---- 合同条款 ----
    L("fm16_clause_loan_rate_up_if_debts_elsewhere_grow",
      "客户反映其在燕西支行的经营贷协议写明“借款人在其他金融机构新增负债的，贷款人有权上调利率”，11月银行据此把利率从3.8%调到5%，到明溪县支行咨询也答复按协议执行，他认为这一条只对银行有利。要求取消该约定并恢复原利率。",
      T(units=("YX", "MX"), complained=("YX",), business="贷款", cause=CLAUSE)),
    L("fm16_clause_card_bill_deemed_received_once_pushed_in_app",
      "来电人汪女士称，信用卡中心的领用协议约定账单一经手机银行推送即视为送达，她很少用手机银行，没看到账单导致逾期，被扣了违约金。她认为这样约定对持卡人不公平。要求恢复纸质账单并退还违约金。",
      T(complainant="汪女士", units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    L("fm16_clause_wealth_payout_delayable_ten_working_days",
      "客户潘先生反映，在城东支行买的本行理财协议写着“到期后银行可在十个工作日内划付本息，期间不计息”，他11月30日到期的钱至今未到账，网点答复协议有约定。他认为银行可以白拖十天不付利息不合理。要求修改该约定并补付期间利息。",
      T(complainant="潘先生", dates=("--11-30",), units=("CD",), complained=("CD",), business="自营理财", cause=CLAUSE)),
    # why: she was told of the term when signing and objects to the term itself — an unfair
    # clause (CLAUSE), not a fact left untold (DISC) nor a rule (RULE).
    L("fm16_clause_time_deposit_early_draw_forfeits_all_interest",
      "客户反映在徐碧支行存的“惠民定期”，签的协议写明提前支取不计任何利息，连活期利息也没有。她因住院提前取出5万元，存了两年多一分利息没拿到。她说签字时柜员讲过，但认为这种约定不公平。要求按活期补付利息。",
      T(units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    L("fm16_funds_euro_savings_sold_and_sent_out_overnight",
      "客户方女士反映，12月3日凌晨其欧元账户里8000欧元被通过手机银行结汇成人民币后转到一个陌生账户，她当晚手机关机放在床头，没收到任何验证码。要求银行查明并追回。",
      T(complainant="方女士", dates=("--12-03",), business="外汇", cause=FUNDS)),
    L("fm16_funds_passbook_drawn_online_never_opened_online_banking",
      "客户反映其母亲只有一本列西分理处的存折，从未开通网银和手机银行，11月下旬到城东支行补登时发现9月以来有六笔“网上转账”共4.2万元转出，存折一直放在家里。要求列西分理处查明是谁开通的网银并赔偿。",
      T(units=("LJ", "CD"), complained=("LJ",), business="人民币储蓄", cause=FUNDS)),
    L("fm16_funds_debit_card_bought_jewellery_online_while_he_was_at_sea",
      "来电人称其是远洋船员，11月8日至12日出海期间银行卡锁在家里抽屉，卡却在网上连续消费了三笔首饰共1.6万元，靠岸后看到短信才发现。要求银行退还被盗刷的钱。",
      T(dates=("--11-08", "--11-12"), business="银行卡", cause=FUNDS)),
    # why: whatever let the stranger in, she objects that her money went out without any act of
    # hers — money gone (FUNDS), not data given away (DATA) nor a failed machine (SYS).
    L("fm16_funds_wealth_redeemed_after_stranger_changed_her_phone_number",
      "客户卢女士反映，11月21日有人在城东支行自助机上把她账户绑定的手机号改成陌生号码，当天她的本行理财6万元被赎回并转走，她本人当时在福州住院。要求查明是谁改的手机号并赔偿6万元。",
      T(complainant="卢女士", dates=("--11-21",), units=("CD",), complained=("CD",),
        business="自营理财", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm16_data_loan_officer_told_village_head_loan_was_refused",
      "客户邓先生反映，11月在列西分理处申请养殖贷款被拒，几天后村主任在村里说他“贷款没批下来，征信有问题”，打听后得知是客户经理到村里核实时告诉村主任的。要求处理泄露其贷款情况的客户经理。",
      T(complainant="邓先生", units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA)),
    L("fm16_data_care_home_recruiter_knew_her_pension_and_maturity",
      "来电人称一家养老院的推销员上门，准确说出她每月养老金到账金额和定期存款到期日，说是燕西支行工作人员介绍来的。要求查明是谁把她的情况给了外人并追责。",
      T(units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA)),
    L("fm16_data_card_bills_still_texted_to_recycled_old_number",
      "客户彭女士反映，10月已通过信用卡中心把手机号从旧号改成新号，旧号已被运营商回收给别人，但信用卡中心每月仍往旧号发账单短信，含欠款金额和卡号后四位，新机主打电话告诉了她。要求立即停发并查明原因。",
      T(complainant="彭女士", units=("CARD",), complained=("CARD",), business="个人金融信息", cause=DATA)),
    # why: a clerk's slip, but what she objects to is her papers handed to a stranger — personal
    # data given away (DATA), not a clerk's mishandling (SVC).
    L("fm16_data_clerk_handed_her_id_copies_to_next_customer",
      "客户反映12月4日在城东支行办开户，柜员把她的身份证复印件和开户申请表错给了下一位客户，那人走到门口才发现送回来。要求网点说明有无被拍照复制并处理经办柜员。",
      T(dates=("--12-04",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm16_debt_collector_posed_as_courier_to_get_in_door",
      "客户反映其在燕西支行的经营贷款逾期两个月，11月29日有人冒充快递员敲门，进屋后才说是银行委托来要钱的，在客厅坐了两个多小时不走。他承认欠款，但认为这种做法不妥。要求停止此类上门行为。",
      T(dates=("--11-29",), units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
    L("fm16_debt_card_caller_said_wife_and_childrens_accounts_would_be_frozen",
      "来电人程先生称，其信用卡欠款1.3万元未还，近一周信用卡中心委托的人每天打电话，说再不还就冻结他老婆和两个孩子名下所有银行账户。他同意分期还款。要求停止恐吓。",
      T(complainant="程先生", units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm16_debt_loan_staff_came_to_dialysis_bed_for_signature",
      "客户反映其丈夫在徐碧支行的养殖贷款逾期，12月2日丈夫在县医院做透析时，两名工作人员进到透析室床边要他签还款承诺书，旁边病人都听见了，家属已向明溪县支行当面反映。要求处理当事人并停止到医院要账。",
      T(dates=("--12-02",), units=("XB", "MX"), complained=("XB",), business="债务催收", cause=DEBT)),
    # why: the bill went to her brother-in-law as a means of chasing a debt she admits — how a
    # debt is chased (DEBT), not personal data given away (DATA).
    L("fm16_debt_card_bill_screenshots_sent_to_brother_in_law",
      "客户石女士反映，其信用卡逾期后，催款人员把她的账单截图发给她姐夫，让姐夫“帮着还”，现在全家都知道了。她承认欠款，正在筹钱。要求停止联系其亲属。",
      T(complainant="石女士", business="债务催收", cause=DEBT)),
)
