"""A fifteenth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms15`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. What was read, exactly:
lines 1-61 of tests/parsers/forms_blind1.py (its docstring and first three entries, for the
labelling rules and the format), lines 1-45 of tests/parsers/letters_fresh11.py (the module
docstring), lines 1-67 of tests/parsers/letters_heldout.py (`Truth`, `HeldOutLetter`,
`heldout_directory` and the cause constants; its docstring names no letter), and the list of
earlier ids of letters_*.py, forms_blind*.py, /tmp/fresh*/letters_fresh*.py and
/tmp/forms*/forms_blind*.py (ids only, paged from a file of the grep's output), whose
situations are avoided. Nothing more was printed. Written outside the repository, at
/tmp/forms15.

Each text is one summary as the county branch 明溪县支行's own people write it on the
《投诉受理单》 (a lobby manager noting a walk-in complaint, a teller noting a phone call, the
union office summarising a letter), ending with the customer's request; 4 per cause over varied
businesses, about a third of them near-misses between two causes (a `# why:` comment names the
deciding rule). Labelled by the rules written out in forms_blind1.py's docstring (complainant a
name or a surname with a title, else None; dates ISO, a date without a year "--MM-DD", relative
dates and dates without a day not recorded; units every unit of heldout_directory() named,
complained the one(s) the grievance is about; cause what the bank did that the customer objects
to; business by the product at stake).

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`2bb72fd`: 1,753 examples, the unit
rules of `2bb72fd`): cause 87.5 % (42/48), the rules alone 56.2 % (27/48); business 91.7 %; unit
found or triage 93.8 % (38 right, 7 triage, 3 wrong); complainant 100 % / 95.8 %; fields 97.8 % /
91.7 %; mojibake 0. Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS15: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    L("fm15_svc_lobby_manager_sent_mother_with_crying_baby_outside",
      "大堂经理记：客户林女士反映，12月2日上午抱孩子到徐碧网点办理定期存款转存，孩子哭闹，大堂经理让其“抱到门外哄好了再进来”，回来时排的号已过号作废，在门口冷风里站了二十多分钟。要求明溪县支行督促网点负责人当面道歉。",
      T(complainant="林女士", dates=("--12-02",), units=("XB", "MX"), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    # why: the coins were handed short by the clerk at the counter with the customer present —
    # a clerk's mishandling (SVC), not money gone without the customer's act (FUNDS).
    L("fm15_svc_clerk_handed_fifteen_of_twenty_booked_commemorative_coins",
      "来电人称，其通过明溪县支行网上渠道预约兑换纪念币20枚，11月28日到城东支行领取，柜员只给了15枚，当时没有当面点数，回家才发现少了5枚，次日返回柜台询问，柜员称“当面点清，离柜不管”，不肯查看。要求调阅监控并补足纪念币。",
      T(dates=("--11-28",), units=("MX", "CD"), complained=("CD",), business="人民币管理", cause=SVC)),
    L("fm15_svc_teller_cracked_seeds_while_activating_card",
      "客户孙女士反映在列西分理处激活新借记卡时，2号窗口柜员一边嗑瓜子一边办理，瓜子壳吐在柜台上，客户的身份证也被沾上，问她话爱理不理。要求对该柜员批评教育。",
      T(complainant="孙女士", units=("LJ",), complained=("LJ",), business="银行卡", cause=SVC)),
    # why: the bank's own requirement for a renewal is the ID card alone; the clerk's invented
    # demand for a marriage certificate is a clerk's wrong answer (SVC), not a rule (RULE).
    L("fm15_svc_clerk_demanded_marriage_certificate_to_renew_own_deposit",
      "来电人吴先生称，12月1日到燕西支行将到期的三年定期转存，柜员要求其提供结婚证和户口簿，说“夫妻共同财产要两个人同意”，吴先生回家取来后又被告知不需要了。经向明溪县支行营业部核实，本人持身份证即可办理转存。要求燕西支行作出解释并道歉。",
      T(complainant="吴先生", dates=("--12-01",), units=("YX", "MX"), complained=("YX",),
        business="人民币储蓄", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("fm15_sys_village_video_counter_froze_during_pin_reset",
      "客户反映其母亲（78岁）在列西分理处用远程视频柜台重置银行卡密码，视频连线三次都在人脸比对时卡住断线，每次都要重新排队，前后两个多小时没办成，最后转到城东支行人工柜台才办好。要求尽快修好列西的视频柜台。",
      T(units=("LJ", "CD"), complained=("LJ",), business="银行卡", cause=SYS)),
    L("fm15_sys_card_hotline_voice_menu_rejects_id_ending_in_x",
      "来电人黄先生称，11月25日起多次拨打信用卡客服热线激活新卡，语音提示输入身份证号码，其号码末位是X，按*键、按0键都提示“输入有误”，连续三次后自动挂断，也转不到人工。要求给出能激活的办法。",
      T(complainant="黄先生", dates=("--11-25",), business="银行卡", cause=SYS)),
    # why: the receipt shows the clerk keyed the new number right; the change never reached the
    # codes the app sends — a failed system (SYS), not a clerk's mishandling (SVC).
    L("fm15_sys_new_phone_number_never_reached_verification_codes",
      "客户邓先生反映11月18日在东门网点柜台把预留手机号改成新号码，回单上新号码无误，但11月30日用手机银行给房东转房租时，验证码仍发到已停用的旧号码，转账一直做不成，房租晚交被房东扣了押金。要求查明原因并赔偿损失。",
      T(complainant="邓先生", dates=("--11-18", "--11-30"), units=("CD",), complained=("CD",),
        business="支付结算", cause=SYS)),
    # why: the rate came from a wrong parameter in the batch renewal, not from a product that
    # simply paid little — a failed system (SYS), not the return of an undisputed sale (RET).
    L("fm15_sys_time_deposit_renewed_at_demand_rate_by_batch_error",
      "客户郑阿姨反映，其五万元一年期定期11月20日到期自动转存，新存单上的利率却是0.15%，跟活期一样。徐碧支行柜员查后说是当天批量转存时利率参数出错，同一批还有别的客户，要等个人金融部统一处理，至今没有改过来。要求按正常一年期利率更正。",
      T(complainant="郑阿姨", dates=("--11-20",), units=("XB", "PF"), complained=("XB",),
        business="人民币储蓄", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm15_rule_gold_bars_over_fifty_thousand_only_paid_by_own_card",
      "客户江先生反映12月3日到徐碧网点买投资金条，金额约六万元，想用现金付款，柜员说行里规定贵金属单笔五万元以上必须从本人账户刷卡或转账，不收现金，只好先把现金存进卡里再买，多排了一次队。认为这个规定不合理，要求允许现金购买。",
      T(complainant="江先生", dates=("--12-03",), units=("XB",), complained=("XB",),
        business="贵金属", cause=RULE)),
    L("fm15_rule_mortgage_refused_building_over_thirty_years_old",
      "来电人称，其准备买县城一套1992年建成的二手房，向明溪县支行申请住房按揭，客户经理答复房龄超过30年的房子不能做抵押，贷款不予受理。来电人认为房子结构完好、产权清楚，要求重新审核。",
      T(units=("MX",), complained=("MX",), business="贷款", cause=RULE)),
    # why: both clerks applied the counter rule that a physical ID card must be checked; the
    # customer objects to that rule, not to how he was treated → RULE, not SVC.
    L("fm15_rule_electronic_id_on_phone_refused_for_withdrawal",
      "客户陈先生反映，其身份证丢了，12月4日拿手机上的电子身份证到城东支行支取定期一万元给母亲交住院押金，柜员说柜面取款必须核验实体身份证或临时身份证，电子证照不能用，没有办理；随后到徐碧网点也是同样答复。陈先生认为公安发的电子证照应该认可，要求银行改变做法。",
      T(complainant="陈先生", dates=("--12-04",), units=("CD", "XB"), complained=("CD", "XB"),
        business="人民币储蓄", cause=RULE)),
    L("fm15_rule_card_overseas_use_opened_only_from_old_mainland_number",
      "来电人肖女士称，其女儿在日本留学，借记卡到期换的新卡已由她代领寄到日本，但开通境外使用必须由持卡人用国内预留手机号来电或本人到柜台办理，女儿的国内号码已经销号，行里不同意改用境外号码，也不同意母亲代办。要求给个变通办法。",
      T(complainant="肖女士", business="银行卡", cause=RULE)),

    # ---- 营销方式和手段 ----
    L("fm15_mkt_card_points_said_to_pay_property_management_fee",
      "客户反映9月在徐碧网点门口办了一张信用卡，工作人员说“积分可以直接抵物业费，一年能省七八百”，办卡后打信用卡中心客服问，积分只能换指定商品，不能抵物业费。要求注销卡片并退还已扣的年费。",
      T(units=("XB", "CARD"), complained=("XB",), business="银行卡", cause=MKT)),
    # why: she objects that the fund was called the bank's own capital-kept product to sell it —
    # what was said to sell (MKT), not the loss in itself (RET).
    L("fm15_mkt_agency_bond_fund_said_to_be_the_banks_own_capital_kept_product",
      "工会办转来客户张女士来信摘要：张女士今年3月在燕西支行经客户经理推荐买了一只债券基金20万元，客户经理说“这是我们行自己发的保本产品，跟存款差不多”，现在亏了约七千元，才知道是代卖的基金公司产品，不保本。此前已向个金部反映，没有结果。要求银行承担损失。",
      T(complainant="张女士", units=("YX", "PF"), complained=("YX",), business="银行代理业务",
        cause=MKT)),
    # why: the rule that a large certificate cannot be put into a named relative's name is not
    # the grievance; the manager's claim that it could, made to sell it, is → MKT, not RULE.
    L("fm15_mkt_large_cd_said_transferable_to_grandson_free",
      "客户蔡大爷反映，城东支行客户经理推销大额存单时说“以后想给孙子，随时可以免费过户到孙子名下”，他因此把30万元存成三年期大额存单。11月26日到柜台要求过户，被告知大额存单不能指定转给亲属，只能提前支取或挂到平台转让给不认识的人。要求按当初的说法办理，或者不损失利息解约。",
      T(complainant="蔡大爷", dates=("--11-26",), units=("CD",), complained=("CD",),
        business="人民币储蓄", cause=MKT)),
    L("fm15_mkt_accident_cover_said_to_pay_lost_wages_while_off_work",
      "来电人称，其是泥水匠，去年在网点存钱时被推荐买了一份意外险，柜员说“干活受伤不能上工，每天有三百元误工补贴”。今年10月12日摔断手臂歇工两个月，理赔时保险公司说这个险只报销医疗费，没有误工补贴。要求银行给个说法。",
      T(dates=("--10-12",), business="银行代理业务", cause=MKT)),

    # ---- 信息披露 ----
    # why: he does not contest that only the child or his guardians may draw a child's deposit;
    # he objects that nobody told him so when it was opened → DISC, not RULE.
    L("fm15_disc_grandsons_deposit_drawable_only_by_child_or_guardian_untold",
      "客户罗大爷反映，2024年春节用自己的钱以孙子名义在徐碧网点存了三万元定期，当时柜员没说明存单户名是孙子，以后只能由孙子本人或监护人（儿子、儿媳）来取。现在急用钱到城东支行去取，被告知他本人不能支取，儿子在外地打工回不来。认为当初就该讲清楚，要求网点想办法。",
      T(complainant="罗大爷", units=("XB", "CD"), complained=("XB",), business="人民币储蓄",
        cause=DISC)),
    L("fm15_disc_farm_loan_interest_due_quarterly_untold",
      "客户反映今年4月在列西分理处办了一笔种植户贷款十万元，信贷员只说“一年后还本付息”，没讲利息按季度在每季末月20日扣。9月20日账户余额不够扣息，被记为逾期，逾期记录已由明溪县支行报上去。要求撤销逾期记录。",
      T(dates=("--09-20",), units=("LJ", "MX"), complained=("LJ",), business="贷款", cause=DISC)),
    L("fm15_disc_policy_claims_only_by_post_to_insurer_in_fuzhou_untold",
      "客户反映在城东支行柜台买的一份住院医疗险，住院后才知道这家保险公司在本市没有服务网点，理赔材料只能寄到福州的分公司，来回两个月还没结果。买的时候柜员只讲保什么，没提理赔要到外地办。要求银行帮助理赔并承担邮寄等费用。",
      T(units=("CD",), complained=("CD",), business="银行代理业务", cause=DISC)),
    # why: she does not dispute how much the commission is; she objects that it was never
    # mentioned when the plan was opened → DISC, not FEE.
    L("fm15_disc_gold_plan_monthly_buys_carry_commission_untold",
      "来电人何女士称，其在手机银行开通积存金每月定投1000元，开通时页面和客户经理都只说按当天金价买入，11月对账才发现每笔都另扣了0.5%的手续费。要求退还已扣的手续费。",
      T(complainant="何女士", business="贵金属", cause=DISC)),

    # ---- 定价收费 ----
    # why: the dead chip is not his grievance — the ¥15 asked for the new card is; the level
    # of a charge → FEE, not SYS.
    L("fm15_fee_chip_failed_card_replaced_within_a_year_charged",
      "客户反映其借记卡用了不到一年芯片就读不出来，12月1日到永安燕西支行换卡，被收了工本费15元。客户认为卡片本身出问题不该由客户出钱，要求退还。",
      T(dates=("--12-01",), units=("YX",), complained=("YX",), business="银行卡", cause=FEE)),
    L("fm15_fee_fund_sold_within_a_week_redemption_charge",
      "客户杨女士反映，11月在明溪支行买了一只代销债券基金5万元，买时柜员说过七天内赎回费用较高，第六天因家里急用赎回，被扣了1.5%赎回费750元。杨女士认为持有不到一周扣这么多太高，要求减免。",
      T(complainant="杨女士", units=("MX",), complained=("MX",), business="银行代理业务",
        cause=FEE)),
    L("fm15_fee_gold_bars_collected_at_other_outlet_transfer_charge",
      "客户反映在手机银行买了两根50克金条，页面显示可以在徐碧网点或列西分理处提货，其选了列西分理处，提货时被收调拨费每根50元，共100元。客户认为同一家银行网点之间调货还要客户出钱，标准太高，要求退还。",
      T(units=("XB", "LJ"), complained=("LJ",), business="贵金属", cause=FEE)),
    L("fm15_fee_card_bill_paid_in_cash_at_counter_charged_per_payment",
      "客户刘先生反映，其不会用手机，每月到城东支行柜台用现金还信用卡，每笔被扣10元，一年一百多元，问信用卡中心客服，说是网点柜台代还要另算。要求免收或降低。",
      T(complainant="刘先生", units=("CD", "CARD"), complained=("CD",), business="银行卡",
        cause=FEE)),

    # ---- 产品收益 ----
    L("fm15_ret_garment_factory_fixed_income_wealth_paid_one_point_three",
      "客户反映，其服装厂2025年6月用闲置货款在徐碧支行买了一年期固收类理财100万元，业绩比较基准2.8%-3.4%，到期实际年化只有1.3%。买时做过风险测评也签了字，客户说不是说银行骗他，只是到手的钱差得太多，产品由个人金融部管，要求银行补到基准下限。",
      T(units=("XB", "PF"), complained=("XB",), business="自营理财", cause=RET)),
    L("fm15_ret_semiconductor_theme_fund_down_a_third",
      "来电人称，2024年在我行代销渠道买的一只半导体主题基金投了8万元，拿了一年半亏了三成左右，多次问客户经理都说“再等等”。要求银行给个处理办法，能不能把本金退回来。",
      T(business="银行代理业务", cause=RET)),
    L("fm15_ret_nzd_deposit_for_study_lost_in_yuan",
      "客户许女士反映，去年为女儿出国读书在城东支行购汇存了新西兰元一年定期，后来女儿改在国内读研，到期后结汇换回人民币，比当初少了约六千元。许女士知道是汇率变了，但认为银行应适当补偿。",
      T(complainant="许女士", units=("CD",), complained=("CD",), business="外汇", cause=RET)),
    # why: nothing was hidden or misstated — he read the benchmark and the non-guarantee and
    # signed; he objects to the payout itself → RET, not DISC or MKT.
    L("fm15_ret_retired_postman_half_year_wealth_ended_point_nine",
      "工会办转来退休邮递员魏先生来信摘要：其2025年11月5日在列西分理处买了180天理财10万元，产品说明书写明业绩比较基准2.5%-3.0%、不保本，他本人看过并签了字。到期只拿到年化0.9%。他说不怪柜员，但这点钱还不如存定期，要求银行补差额。",
      T(complainant="魏先生", dates=("2025-11-05",), units=("LJ",), complained=("LJ",),
        business="自营理财", cause=RET)),

    # ---- 自主选择权 ----
    L("fm15_choice_tobacco_farm_loan_only_with_crop_cover_from_named_insurer",
      "客户反映其向列西分理处申请烟叶种植贷款五万元，信贷员说必须同时在行里代理的一家保险公司投保烟叶种植险，保费2400元从贷款里直接扣。客户已在乡里参加了政策性农险，要求取消这份强加的保险。",
      T(units=("LJ",), complained=("LJ",), business="贷款", cause=CHOICE)),
    L("fm15_choice_large_cd_only_after_applying_for_credit_card",
      "客户叶女士反映12月2日到徐碧网点买大额存单，理财经理说本月额度紧，“办一张信用卡才给你留额度”，叶女士不要信用卡，没买成；她说城东支行没有这个要求。要求不捆绑办卡，正常购买。",
      T(complainant="叶女士", dates=("--12-02",), units=("XB", "CD"), complained=("XB",),
        business="人民币储蓄", cause=CHOICE)),
    L("fm15_choice_foreign_cheque_cashed_only_into_new_dollar_time_deposit",
      "来电人称，其父亲收到美国亲戚寄来的美元支票，11月16日到柜台办理托收，柜员要求托收回来的钱只能存进新开的一年期美元定期，不能进现有活期账户，也不能直接结汇，父亲等着用钱。要求按客户意愿入账。",
      T(dates=("--11-16",), business="外汇", cause=CHOICE)),
    # why: he objects to a paid plan put on his card without being asked, not to its price →
    # CHOICE, not FEE.
    L("fm15_choice_truck_drivers_card_came_with_paid_roadside_rescue_plan",
      "客户王先生反映，其在明溪县支行办了一张货车司机主题借记卡，11月对账发现每月扣19.9元“道路救援会员费”，办卡时没人问他要不要，申请表上那个勾是事先打好的。要求取消会员并退还已扣款项。",
      T(complainant="王先生", units=("MX",), complained=("MX",), business="银行卡", cause=CHOICE)),

    # ---- 合同条款 ----
    L("fm15_clause_time_deposit_early_draw_only_with_banks_consent",
      "客户反映其在永安燕西支行签的定期存款协议上写着“提前支取须经银行同意”，12月3日家里办丧事急需用钱，柜员以要上报审批为由当天没给取。客户认为自己的存款什么时候取应由自己定，协议这样写不公平，要求删掉这一条并马上办理。",
      T(dates=("--12-03",), units=("YX",), complained=("YX",), business="人民币储蓄", cause=CLAUSE)),
    L("fm15_clause_gold_account_sold_out_by_bank_on_ten_percent_drop",
      "来电人称，其开的黄金账户协议第十二条约定“金价单日波动超过10%时，银行有权按当时价格卖出客户全部持仓”。来电人认为这样写等于银行可以随时替他平仓，风险全推给客户，要求删除这一约定。",
      T(business="贵金属", cause=CLAUSE)),
    # why: the payout was taken under a term of the loan contract he signed; he objects to that
    # term → CLAUSE, not money gone without his act (FUNDS).
    L("fm15_clause_pig_cover_payout_taken_for_loan_not_yet_due",
      "客户反映其在列西分理处办养猪贷款时，合同约定生猪保险第一受益人是银行，而且“保险赔款银行可直接用于归还贷款，不论贷款是否到期”。10月猪场发生疫病，8万元赔款全被银行扣去还了明年才到期的贷款，猪场没钱补栏。认为这个约定不公平，要求退回赔款。",
      T(units=("LJ",), complained=("LJ",), business="贷款", cause=CLAUSE)),
    L("fm15_clause_business_loan_due_at_once_if_spouse_late_anywhere",
      "客户郭先生反映，其在城东支行的经营贷款合同写有“借款人配偶在任何金融机构出现逾期，视为借款人违约，银行有权宣布贷款提前到期”。其妻子一笔网贷晚还了几天，银行就通知他一个月内还清全部贷款。郭先生认为妻子的欠款和他的经营贷款无关，要求撤销提前到期的通知。",
      T(complainant="郭先生", units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    L("fm15_funds_dollar_account_wired_to_hong_kong_on_emailed_forged_request",
      "客户反映其外币账户里的两万美元11月21日被汇到香港一个陌生账户，本人从没办过。问城东支行，答复是收到一份“客户本人签字”的汇款申请扫描件后办理的，客户称签字是伪造的。要求银行全额赔偿。",
      T(dates=("--11-21",), units=("CD",), complained=("CD",), business="外汇", cause=FUNDS)),
    L("fm15_funds_timber_yard_cheque_with_copied_seal_paid_at_counter",
      "来电人称，其木材加工厂在徐碧支行开的对公账户，11月7日被人拿一张转账支票在列西分理处转走12万元，厂里的支票簿和印章一直锁在保险柜，从没开过这张支票，支票上的财务章是仿刻的。要求银行说明怎么核对印鉴并赔偿。",
      T(dates=("--11-07",), units=("XB", "LJ"), complained=("LJ",), business="支付结算", cause=FUNDS)),
    L("fm15_funds_safe_box_cash_envelope_gone_key_never_left_her",
      "客户李女士反映，其在徐碧支行租的保管箱里放了一个装三万元现金的信封，12月1日开箱发现信封不见了，钥匙一直在自己身上，开箱记录显示近三个月只有她自己开过一次。要求银行查明并赔偿。",
      T(complainant="李女士", dates=("--12-01",), units=("XB",), complained=("XB",),
        business="其他中间业务", cause=FUNDS)),
    L("fm15_funds_business_loan_moved_out_minutes_after_drawdown",
      "客户反映12月1日在手机银行提款经营贷款20万元，到账几分钟就被分三笔转到一个陌生人的卡上，本人没操作，也没收到、没泄露过验证码，当晚到网点挂失并报了警。要求银行查清退回款项，查清前停止计息。",
      T(dates=("--12-01",), business="贷款", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm15_data_lobby_car_dealer_given_loan_enquiry_slips",
      "客户反映11月中旬在徐碧网点大堂填了一张汽车贷款咨询登记表，留了姓名、电话和月收入，之后一周接到四家汽车销售公司的电话，其中一家承认登记表是从网点合作的车商那里拿到的。要求查处并销毁登记表。",
      T(units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("fm15_data_wealth_manager_showed_her_holdings_to_next_client",
      "客户赵女士反映，12月1日在燕西支行办业务，听到理财经理向另一位客户推销时把电脑屏幕转过去说“你看这位赵女士买了两百万，都赚了”，屏幕上有她的全名和持仓金额，那位客户还是她同村的。要求严肃处理该理财经理。",
      T(complainant="赵女士", dates=("--12-01",), units=("YX",), complained=("YX",),
        business="个人金融信息", cause=DATA)),
    L("fm15_data_clerk_told_local_blogger_of_lottery_winners_deposit",
      "来电人称，其父亲中了彩票后把奖金存进列西分理处，几天后一个本地公众号发文说某村老汉中奖存了八十万，文中写了存款金额、存入日期和父亲的村名，作者说是“银行里的朋友”讲的，之后常有人上门借钱。要求追查是谁说出去的。",
      T(units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA)),
    # why: the link made without asking is not his grievance; that his balances and spending
    # were shown to his son is → DATA, not CHOICE.
    L("fm15_data_family_account_link_showed_fathers_balance_to_son",
      "客户周先生反映，其儿子在城东支行开通手机银行时，柜员顺手把周先生的账户加进儿子的“家庭账户”，周先生从没签过授权，儿子由此看到了他的全部存款和每笔支出，家里为此闹了矛盾。要求马上解除关联并追究经办人。",
      T(complainant="周先生", units=("CD",), complained=("CD",), business="个人金融信息",
        cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm15_debt_loan_chasers_followed_family_to_qingming_graves",
      "客户反映其在列西分理处的一笔农户贷款逾期两个月，4月5日全家上山扫墓，两名自称银行委托的人一路跟到坟前，当着族人的面大声讨要欠款，还拍照说要发到村群里。客户承认欠款，正在筹钱，要求银行停止这种做法。",
      T(dates=("--04-05",), units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT)),
    L("fm15_debt_card_caller_threatened_to_report_his_van_stolen",
      "来电人称，其在永安燕西支行办的信用卡欠款逾期，11月以来信用卡中心委托的人多次来电，说“再不还就向交警报你的面包车是赃车，上路就扣”，其靠这辆车送货谋生，非常害怕。要求信用卡中心管住外包人员。",
      T(units=("YX", "CARD"), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm15_debt_visitors_demanded_his_payment_app_password",
      "客户反映其在明溪县支行的消费贷款欠了三个月，12月2日两名自称银行委托的人到他家，要他当场交出手机支付软件密码，说“我们自己从你账上划”，不给就不走，一直坐到晚上十点。客户愿意分期还款，要求换正常方式沟通。",
      T(dates=("--12-02",), units=("MX",), complained=("MX",), business="债务催收", cause=DEBT)),
    # why: the son was told of the arrears to press for payment — how a debt is chased (DEBT),
    # not personal data given away (DATA).
    L("fm15_debt_caller_told_son_he_must_inherit_fathers_arrears",
      "客户钟先生反映，其在城东支行的装修贷款逾期，银行委托的外包人员打电话给他在厦门工作的儿子，说出欠款金额，还说“父债子还，你爸还不上就由你还，不然影响你以后贷款买房”。钟先生承认欠款，但认为不该牵扯儿子。要求停止联系其家人。",
      T(complainant="钟先生", units=("CD",), complained=("CD",), business="债务催收", cause=DEBT)),
)
