"""A fifth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms5`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set (only the module docstring
and first three entries of forms_blind1.py for the format and the labelling rules, the module
docstring of letters_fresh11.py, the `Truth`/`HeldOutLetter`/`heldout_directory` definitions
and cause constants of letters_heldout.py, and the list of earlier example ids, whose
situations are avoided). Written outside the repository, at /tmp/forms5.

Each text is one summary as a call-centre or counter clerk writes it on the acceptance form
("客户反映…", "来电人称…", "据客户陈述…", "经查…", … ending with the request), 4 per cause for
the 12 causes other than 其他, over every business, about a third of them near-misses between
two causes (a `# why:` comment names the deciding rule).
Labelled by the rules of forms_blind1.py:
the rules written out in forms_blind1.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No text names its cause with the words of the cause's label.

Written outside the repository, at /tmp/forms5.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository) by the weighting
shipped then (1,207 examples, FORMS1 … FORMS4 and TRAIN_E among them, `d1985bb`), fixed before
this set was read: cause 89.6 % (43/48), the rules alone 54.2 % (26/48); business 87.5 %; unit
found or triage 95.8 % (46 right, 2 wrong); complainant 100 % / 100 %; fields 98.5 % / 97.8 %.
Then trained on, with FRESH15 (the 1,285-example weighting).
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS5: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    L("fm5_svc_coin_jar_sent_away_at_closing",
      "客户反映11月18日下午四点到列西分理处存两罐硬币（约六百元），柜员称“快下班了，点不过来，明天早点来”，"
      "次日再去又被告知要等机器空出来，前后等了两个多小时，最后在徐碧网点十分钟就存好了。要求网点改进，并向其道歉。",
      T(dates=("--11-18",), units=("LJ", "XB"), complained=("LJ",), business="人民币管理", cause=SVC)),
    L("fm5_svc_asked_for_euros_handed_swiss_francs",
      "来电人何先生称，11月2日在东门网点预约兑换欧元3000元，柜员实际付给其瑞士法郎，水单上也打成瑞郎，"
      "其到机场换乘时才发现，境外无法使用，损失换汇差价约四百元。要求网点承担差价并追究经办柜员责任。",
      T(complainant="何先生", dates=("--11-02",), units=("CD",), complained=("CD",), business="外汇", cause=SVC)),
    # why: the lapse came from the teller keying her renewal premium onto her husband's policy
    # at the counter — a clerk's mishandling (SVC), not a system that failed (SYS).
    L("fm5_svc_premium_keyed_onto_husbands_policy",
      "客户梁女士来电投诉：10月28日在燕西支行柜台续交代理销售的重疾险年保费5600元，柜员将保费录入其丈夫名下的另一份保单，"
      "导致其本人保单在宽限期满后被保险公司通知中止。经核实，柜台交易流水显示录入保单号与客户所报不符。"
      "客户要求网点出面协调保险公司恢复保单效力，并对经办人予以处理。",
      T(complainant="梁女士", dates=("--10-28",), units=("YX",), complained=("YX",),
        business="银行代理业务", cause=SVC)),
    L("fm5_svc_painter_told_off_the_lobby_sofa",
      "客户郑先生反映，12月1日穿工作服到城东支行办理借记卡密码重置，大堂经理当众说“你这身油漆别坐沙发，站着等”，"
      "周围客户都在看，其感到受辱。要求大堂经理当面道歉。",
      T(complainant="郑先生", dates=("--12-01",), units=("CD",), complained=("CD",), business="银行卡", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: the clerk did as asked and printed a success slip; the transfer came back because the
    # interbank batch failed — a failed system (SYS), not a clerk's mishandling (SVC).
    L("fm5_sys_counter_transfer_slip_said_done_came_back",
      "客户反映：11月6日在列西分理处柜台向外地供货商跨行转账18600元，回单显示“交易成功”，11月11日款项原路退回，"
      "供货商因未收到货款停止发货。经查，当日跨行清算批次处理异常，部分业务被系统退回，柜员操作无误。"
      "客户要求说明原因并赔偿停货损失。",
      T(dates=("--11-06", "--11-11"), units=("LJ",), complained=("LJ",), business="支付结算", cause=SYS)),
    L("fm5_sys_gold_buyback_scale_read_light",
      "来电人称在明溪支行用自助回购机回售一根50克金条，机器称重显示48.6克，按此计价少付约一千二百元；"
      "随后网点用台秤复称为50.02克。要求按实际重量补足差额，并检修该机器。",
      T(units=("MX",), complained=("MX",), business="贵金属", cause=SYS)),
    # why: the product allows same-day redemption and the button was greyed out by an outage —
    # a failed system (SYS), not a redemption rule applied as designed (RULE).
    L("fm5_sys_wealth_redeem_button_grey_before_surgery",
      "据客户陈述，其持有本行一款可随时赎回的现金管理类理财，11月20日至22日手机银行赎回按钮一直灰色，"
      "提示“系统维护中，请稍后再试”，其母亲11月21日手术需交押金，只得向亲戚借款。要求解释三天无法赎回的原因并给予补偿。",
      T(dates=("--11-20", "--11-22", "--11-21"), business="自营理财", cause=SYS)),
    L("fm5_sys_deposit_interest_shown_zero_after_upgrade",
      "客户林阿姨反映，11月3日在徐碧网点支取到期的三年定期存款五万元，系统计息结果为0元，柜员称11月1日系统升级后多笔出现同样问题，"
      "需等上级处理，让其先回家。至今利息未到账。要求尽快补付利息。",
      T(complainant="林阿姨", dates=("--11-03", "--11-01"), units=("XB",), complained=("XB",),
        business="人民币储蓄", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm5_rule_taiwan_permit_holder_sent_to_city_for_dollars",
      "客户反映其持台湾居民来往大陆通行证到燕西支行购汇两千美元，网点称按规定县域网点只受理身份证，须到市分行办理。"
      "要求县内网点开放此类证件办理外币兑换。",
      T(units=("YX",), complained=("YX",), business="外汇", cause=RULE)),
    # why: the outlet applies its renewal procedure as written (all guarantors in person on the
    # day); nobody was rude or wrong — a rule (RULE), not the service (SVC).
    L("fm5_rule_three_guarantors_same_day_in_person",
      "来电人吴先生称，其在明溪支行的农户联保贷款12月20日到期，续贷须三名联保人同一天到网点面签，其中一人在广东打工，"
      "春节前回不来，网点表示“规定如此，不能视频也不能分开签”。其担心逾期影响征信。要求网点变通办理续贷手续。",
      T(complainant="吴先生", dates=("--12-20",), units=("MX",), complained=("MX",), business="贷款", cause=RULE)),
    L("fm5_rule_laundromat_two_coin_rolls_a_day",
      "客户经营自助洗衣店，每周需兑换一元硬币约一千元，徐碧支行按规定每人每天只兑两卷（一百元），"
      "要求多兑须提前一周书面申请。客户称跑了五趟仍不够用，要求取消限额或给商户单独额度。",
      T(units=("XB",), complained=("XB",), business="人民币管理", cause=RULE)),
    L("fm5_rule_apprentice_sixteen_needs_guardian_for_card",
      "客户反映其十六岁的儿子在汽修厂当学徒，厂里要求办本行借记卡发工资，列西分理处称未满十八周岁须监护人本人到场，"
      "其本人在外省务工无法回来，委托书也不接受。要求允许凭委托书或视频核实办卡。",
      T(units=("LJ",), complained=("LJ",), business="银行卡", cause=RULE)),

    # ---- 营销方式和手段 ----
    L("fm5_mkt_policy_said_to_cut_income_tax_in_full",
      "客户宋先生来电反映：11月9日城东支行理财经理向其推荐一款代理销售的年金保险，称“每年交的两万保费可以全额抵个税”，"
      "其据此购买。年底申报时税务部门告知该产品不在税前扣除范围。要求退保并全额退还保费。",
      T(complainant="宋先生", dates=("--11-09",), units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT)),
    L("fm5_mkt_gold_account_said_to_pay_yearly_interest",
      "客户反映工作人员在燕西推荐黄金积存业务时说“放在里面每年还有2%的利息，比定期强”，"
      "其积存了半年，到明溪支行咨询才知道黄金积存没有任何利息。要求赎回并按当初购买价退还本金。",
      T(units=("YX", "MX"), complained=("YX",), business="贵金属", cause=MKT)),
    # why: she complains that the adviser said the wealth product could be pledged for a loan at
    # any time, which it cannot — misrepresentation to sell (MKT), not silence (DISC).
    L("fm5_mkt_wealth_said_pledgeable_for_a_loan_any_time",
      "据客户陈述，2026年9月15日徐碧支行客户经理推荐其购买一年期封闭式理财二十万元，明确说“急用钱随时可以拿理财质押贷款，利息很低”。"
      "11月其开店缺钱申请质押，网点告知该产品不可质押。客户要求提前赎回理财并退还本金。",
      T(dates=("2026-09-15",), units=("XB",), complained=("XB",), business="自营理财", cause=MKT)),
    L("fm5_mkt_business_loan_said_to_carry_state_subsidy",
      "客户反映明溪支行信贷员上门推荐经营贷时称“这是创业贴息贷款，利息政府出一半”，其借款三十万元，"
      "按月还款后发现全部利息由本人承担，人社部门称其从未申报过贴息。要求按宣传的利率退还多收利息。",
      T(units=("MX",), complained=("MX",), business="贷款", cause=MKT)),

    # ---- 信息披露 ----
    # why: the scheduled transfer ran as designed; he objects that nobody said a failed
    # scheduled transfer is never retried — silence on a material fact (DISC), not a fault (SYS).
    L("fm5_disc_scheduled_rent_transfer_never_retried",
      "客户反映：其在手机银行设置每月5日预约转账付房租，12月5日零点执行时工资尚未到账，转账失败后系统不再重试，"
      "房东以逾期为由扣了押金。开通预约转账时页面和客服均未说明失败后不会再次扣款。要求银行承担押金损失。",
      T(dates=("--12-05",), business="支付结算", cause=DISC)),
    L("fm5_disc_wealth_payout_came_as_new_shares",
      "来电人邓女士称，其在个金部推荐下购买本行一款“每季分红”理财，以为分红是现金到账，"
      "10月15日发现分红全部自动转为理财份额，无法支取给孙子交学费。购买时销售人员未提及分红方式默认为再投资。要求改为现金分红并补付。",
      T(complainant="邓女士", dates=("--10-15",), units=("PF",), complained=("PF",), business="自营理财", cause=DISC)),
    # why: the margin itself was in the contract she signed; she objects that no one told her a
    # tenth of the loan would stay frozen — silence (DISC), not a tie (CHOICE).
    L("fm5_disc_tenth_of_loan_frozen_as_margin",
      "客户反映11月8日在城东支行办妥二十万元担保贷款，放款后发现其中两万元被转入保证金账户冻结至还清，"
      "实际到手十八万元却按二十万元计息。经办信贷员签约时只让其签字，从未讲过保证金的事。要求解冻保证金或按实际到手金额计息。",
      T(dates=("--11-08",), units=("CD",), complained=("CD",), business="贷款", cause=DISC)),
    L("fm5_disc_card_cash_draw_interest_from_day_one",
      "客户孙先生反映，其用信用卡在ATM取现五千元，到还款日全额还款后仍被收取利息八十余元，"
      "信用卡中心称取现无免息期、自取现当日起计息。其称办卡和激活时从未被告知。要求退还利息。",
      T(complainant="孙先生", units=("CARD",), complained=("CARD",), business="银行卡", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm5_choice_child_passbook_came_with_monthly_plan",
      "客户反映11月14日在徐碧网点给五岁女儿开立储蓄存折，柜员一并开通了“成长计划”每月自动扣款三百元，"
      "其并未要求，也没人询问，12月1日发现被扣款。要求取消该计划并退回扣款。",
      T(dates=("--11-14", "--12-01"), units=("XB",), complained=("XB",), business="人民币储蓄", cause=CHOICE)),
    L("fm5_choice_payroll_only_if_workers_take_credit_cards",
      "来电人称其经营一家小竹制品厂，到明溪支行申请代发工资，网点要求厂里二十名工人每人办理一张本行信用卡，否则不予开通代发。"
      "工人多为老人，不愿办卡。要求单独开通代发工资。",
      T(units=("MX",), complained=("MX",), business="其他中间业务", cause=CHOICE)),
    # why: she could not have her euros paid out in yuan cash unless she put the yuan into a new
    # three-year deposit — a tie she did not agree to (CHOICE), not the bank's rule on exchange.
    L("fm5_choice_euros_paid_only_into_three_year_deposit",
      "客户冯女士反映：12月2日持女儿带回的欧元现钞四千欧到城东办理结汇，柜员称结汇后的人民币须存成三年定期，不能取现金，"
      "其要求取现被拒绝。经核实，结汇业务本身并无此要求。客户要求网点撤销该笔定期，按活期无损支取。",
      T(complainant="冯女士", dates=("--12-02",), units=("CD",), complained=("CD",), business="外汇", cause=CHOICE)),
    L("fm5_choice_mortgage_drawdown_held_for_appliance_card",
      "客户反映燕西支行在其房贷审批通过后，要求其先办理一张家电分期信用卡并刷满三万元，才安排放款。"
      "其拒绝后放款被拖延两周，被开发商催缴违约金。要求立即放款，并取消搭售。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=CHOICE)),

    # ---- 定价收费 ----
    # why: he does not dispute having to book large cash; he objects to 0.5% (1000 yuan) taken
    # for not booking — the level of a charge (FEE), not the booking rule (RULE).
    L("fm5_fee_unbooked_large_cash_half_percent",
      "客户反映11月25日在徐碧支行提取现金二十万元用于给工人结账，因未提前预约被收取千分之五手续费一千元。"
      "客户表示可以理解预约规定，但认为一千元太高，同行业从不收。要求退还手续费。",
      T(dates=("--11-25",), units=("XB",), complained=("XB",), business="人民币管理", cause=FEE)),
    L("fm5_fee_fifty_a_try_to_recall_misdirected_transfer",
      "客户曾女士来电称，其转账时输错一位账号，到列西分理处申请协助追回，网点每发起一次查询退汇收取五十元，"
      "前后三次共一百五十元，款项仍未追回。要求退还费用。",
      T(complainant="曾女士", units=("LJ",), complained=("LJ",), business="支付结算", cause=FEE)),
    L("fm5_fee_two_yuan_per_utility_bill_in_app",
      "客户反映本行手机银行代缴水电燃气费每笔收取二元，其家中每月三笔，一年七十多元，其他渠道均免费。要求取消代缴手续费。",
      T(business="其他中间业务", cause=FEE)),
    L("fm5_fee_fifteen_a_gram_to_take_out_gold_account",
      "客户反映：其黄金积存账户累计120克，12月3日到明溪支行申请提取实物金条，被告知每克加收加工费十五元，共一千八百元，"
      "比市面金店工费还高。要求降低提取时的加工费。",
      T(dates=("--12-03",), units=("MX",), complained=("MX",), business="贵金属", cause=FEE)),

    # ---- 合同条款 ----
    L("fm5_clause_card_limit_cut_without_notice_then_overlimit",
      "客户反映其信用卡领用合约中约定“银行有权随时调整信用额度且无需事先通知”，信用卡中心11月将其额度从三万调至一万，"
      "其不知情，已分期的消费导致超限并被收取费用。客户认为这样约定不公平，要求恢复额度并退还费用。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    # why: the product ran to its terms; he objects to the term in the contract that lets the
    # bank alone stretch the maturity by up to a year — an unfair clause (CLAUSE), not the return.
    L("fm5_clause_bank_may_stretch_wealth_term_a_year",
      "据客户陈述，其购买的本行一年期理财原定11月30日到期，到期前收到通知称因底层资产变现困难延期至明年，"
      "网点出示产品说明书中“管理人有权单方延长产品期限不超过十二个月”的约定。客户认为这一条只对银行有利，要求按期兑付本金和回报。",
      T(dates=("--11-30",), business="自营理财", cause=CLAUSE)),
    L("fm5_clause_large_cd_transfer_at_banks_discretion",
      "客户反映其在燕西支行购买的大额存单，协议约定“转让须经本行同意，本行可不说明理由拒绝”，"
      "其急需用钱申请转让被拒，只能提前支取按活期计息。要求修改该约定并允许转让。",
      T(units=("YX",), complained=("YX",), business="人民币储蓄", cause=CLAUSE)),
    L("fm5_clause_loan_rate_up_if_average_deposit_falls",
      "客户卢先生称其在城东支行的经营贷合同约定：借款人须在本行保持日均存款不低于贷款额10%，否则利率上浮30%。"
      "其周转紧张时日均不足，被上调利率。客户认为借了钱还要押存款不合理，要求取消该约定。",
      T(complainant="卢先生", units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE)),

    # ---- 产品收益 ----
    L("fm5_ret_grandsons_tuition_wealth_point_three_five",
      "客户反映2025年11月在列西购买本行一年期理财八万元，准备给孙子交学费，2026年11月20日到期全年到手仅280元，"
      "折合年化0.35%，不及活期。客户承认购买时了解产品风险，但认为太低，要求银行补足至业绩比较基准。",
      T(dates=("2026-11-20",), units=("LJ",), complained=("LJ",), business="自营理财", cause=RET)),
    # why: he says himself he was told bond funds can fall; what he objects to is the 6% loss —
    # the return of an undisputed sale (RET), not misrepresentation (MKT).
    L("fm5_ret_pension_bond_fund_down_six",
      "客户周先生来电反映，其去年在徐碧网点通过本行代销购买债券基金十万元准备养老，当时理财经理也讲过“债基也可能亏”，"
      "但一年下来亏损约六千元。其称“买的时候没想到债基也能亏这么多”。要求银行协调减少损失。",
      T(complainant="周先生", units=("XB",), complained=("XB",), business="银行代理业务", cause=RET)),
    # why: the deposit settled at its floor exactly as the terms say and nothing was hidden; he
    # objects to the yield — the return of an undisputed sale (RET), not silence (DISC).
    L("fm5_ret_gold_linked_deposit_ended_at_floor",
      "客户反映其在明溪支行存入挂钩金价的结构性存款十万元，期限六个月，宣传区间1.05%—3.2%，经查已按说明书约定结算，"
      "最终按最低1.05%兑付。客户对此不满意，要求按中间档计付利息。",
      T(units=("MX",), complained=("MX",), business="人民币储蓄", cause=RET)),
    L("fm5_ret_hong_kong_dollars_for_flat_slid",
      "来电人称其2026年3月2日在城东支行将积蓄换成港币存定期，准备在香港买房，后购房取消，12月换回人民币时因汇率下跌损失约九千元。"
      "要求银行补偿汇兑损失。",
      T(dates=("2026-03-02",), units=("CD",), complained=("CD",), business="外汇", cause=RET)),

    # ---- 消费者资金安全 ----
    # why: his card never left his wallet; someone added it to a phone wallet and spent — money
    # gone without his act (FUNDS), not a system outage (SYS).
    L("fm5_funds_card_added_to_strangers_phone_wallet",
      "客户反映其借记卡一直在身上，11月17日晚收到短信，称其卡已绑定至一部陌生手机的支付钱包，随后在外省商户消费七笔共九千四百元。"
      "其本人未收到也未提供过验证码，当晚即到城东支行挂失。要求银行查明并退还被盗刷款项。",
      T(dates=("--11-17",), units=("CD",), business="银行卡", cause=FUNDS)),
    L("fm5_funds_ex_husband_drew_deposit_on_forged_proxy",
      "客户黄女士反映：其名下定期存单五万元一直由本人保管，12月1日到徐碧支行支取时被告知已于10月23日被提前支取，"
      "经核实系其前夫持委托书代办，委托书签名非其本人笔迹。要求银行退还存款本息并追究责任。",
      T(complainant="黄女士", dates=("--12-01", "--10-23"), units=("XB",), complained=("XB",),
        business="人民币储蓄", cause=FUNDS)),
    # why: her old number was reissued by the carrier and the new holder reset her app and moved
    # her money — money gone without her act (FUNDS), not her data given away by the bank (DATA).
    L("fm5_funds_recycled_phone_number_reset_app_transfer",
      "据客户陈述，其已停用两年的旧手机号被运营商重新放号，新号主用该号码通过短信验证重置了其手机银行登录密码，"
      "11月27日分四笔转走存款三万二千元。客户称从未收到任何提醒，要求银行全额赔付。",
      T(dates=("--11-27",), business="支付结算", cause=FUNDS)),
    L("fm5_funds_survival_benefit_paid_to_fake_account",
      "客户反映其通过燕西支行代理购买的年金险，本年度生存金一万二千元被支付到一个以其名义在列西新开的账户并当天取走，"
      "其本人从未开过该账户。要求银行查明开户经过并赔偿损失。",
      T(units=("YX", "LJ"), complained=("LJ",), business="银行代理业务", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm5_data_visitor_register_left_at_the_door",
      "客户反映列西分理处门口桌上放着来访登记本，写有客户姓名、身份证号、手机号和办理事项，任何人都可翻看拍照，"
      "其本人的也在其中。要求立即收回并说明其资料是否已外泄。",
      T(units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA)),
    L("fm5_data_maturity_text_with_amount_sent_to_wife",
      "客户钱先生来电称，本行发来的“您的定期存款二十三万元即将到期”推广短信发到了其妻子手机上，其妻由此得知其私房存款，夫妻争吵。"
      "经查，系明溪支行客户经理擅自将其联系电话改为其妻号码。要求追究责任并恢复原号码。",
      T(complainant="钱先生", units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA)),
    # why: the teller handed his new number to a man claiming to be family; no debt is involved —
    # personal data given away (DATA).
    L("fm5_data_teller_gave_new_number_to_stalker",
      "客户反映：其为躲避前女友纠缠更换了手机号，11月19日到城东支行更新预留电话，当天前女友即打来电话。"
      "经核实，一名自称其“表哥”的男子当日下午到该网点询问，柜员将新号码告知。客户要求严肃处理泄露者，并书面道歉。",
      T(dates=("--11-19",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm5_data_survey_envelope_window_showed_id_number",
      "客户反映个人金融部寄来的满意度调查信，信封透明窗口直接露出其全名、身份证号和账号，信件经过小区物业多人之手。"
      "要求整改寄送方式并向其道歉。",
      T(units=("PF",), complained=("PF",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm5_debt_caller_asked_landlord_to_evict",
      "客户反映其信用卡逾期两个月，信用卡中心的讨债电话打给了其房东，称其“欠钱不还，建议尽快让他搬走”，房东已要求其月底前退租。"
      "客户承认欠款，愿意分期偿还，要求停止联系房东。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm5_debt_loan_staff_took_tricycle_key",
      "客户陈先生反映，12月2日明溪支行两名工作人员到其家中追讨逾期贷款，拔走其三轮车钥匙，称“还了钱再来拿”，"
      "其无法出摊卖菜。要求立即归还钥匙，停止此类做法。",
      T(complainant="陈先生", dates=("--12-02",), units=("MX",), complained=("MX",), business="债务催收", cause=DEBT)),
    L("fm5_debt_caller_posed_as_hospital_about_mother",
      "来电人称，11月30日接到自称县医院的电话，说其母亲摔倒住院让其马上过去，赶到医院发现根本没有此事，"
      "随后讨债人员在门口等候逼其还款。其承认有一笔贷款逾期，但认为以家人住院骗人不可接受。要求追究相关人员责任。",
      T(dates=("--11-30",), business="债务催收", cause=DEBT)),
    # why: the arrears were told to the fiance's family to press her father to pay an admitted
    # debt — how a debt is chased (DEBT), not data given away for its own sake (DATA).
    L("fm5_debt_arrears_told_at_daughters_engagement",
      "客户反映其在燕西支行的贷款逾期三期，11月22日女儿订婚当天，网点讨债人员到男方家中，当着双方亲属说“你们亲家欠银行钱，让他先还”，"
      "婚事因此搁置。客户承认欠款，正在筹钱。要求网点停止向亲属施压，并向其家人道歉。",
      T(dates=("--11-22",), units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
)
