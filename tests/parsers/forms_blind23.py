"""A twenty-third blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-06 by
helper `forms23`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set (only lines 1-61 of
forms_blind1.py for the rules, the format and its first entries, lines 1-45 of
letters_fresh11.py for the labelling rules, lines 1-67 of letters_heldout.py for the
`Truth`/`HeldOutLetter`/`heldout_directory` definitions and the cause constants, and the list of
earlier letter and form ids, whose situations are avoided). Written outside the repository, at
/tmp/forms23.

Each text is one summary as a call-centre or counter clerk of 明溪县支行 writes it on the
acceptance form ("客户反映…", "来电人称…", "客户到柜面称…", referrals from the 12378 hotline,
a superior department or 个金部, …), 4 per cause over every business, about a third of them
near-misses between two causes (a `# why:` comment names the deciding rule). Units are named in
many ways: by name or alias, as an outlet the customer only asked at or was sent on from, as the
department that passed the complaint on, two outlets compared, the unit recording the form.
Labelled by the rules of letters_fresh11.py / forms_blind1.py:
- complainant: the customer's name if the form gives one (a surname with a title is a name),
  else None; phones none; dates ISO, every date stated with a day; a date without a year stays
  "--MM-DD" (forms carry no signing date, signed=None); relative dates and dates without a day
  are not recorded;
- units: every unit of heldout_directory() the text names (name or alias); complained: the
  unit(s) the grievance is about, empty when the text does not say;
- cause and business as in forms_blind1.py.

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`d036171`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `d036171`): cause 93.8 % (45/48), the rules alone 43.8 % (21/48); business 95.8 %; unit found or
triage 100 % (46 right, 2 triage, 0 wrong); complainant 100 % / 100 %; fields 98.5 % / 97.7 %;
mojibake 0. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS23: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: the wire came back because the clerk picked the wrong purpose code, not because a
    # machine failed — a clerk's mishandling (SVC), not SYS.
    L("fm23_svc_purpose_code_keyed_as_tourism_tuition_wire_returned",
      "客户到柜面称，12月1日在东门网点给在墨尔本读书的女儿汇学费，柜员把汇款用途选成了“旅游”，"
      "钱被境外银行退回，来回损失汇差四百多元，学校还加了滞纳金。客户要求网点赔偿损失，并说明经办人员为何不核对用途。",
      T(dates=("--12-01",), units=("CD",), complained=("CD",), business="外汇", cause=SVC)),
    L("fm23_svc_lobby_manager_mocked_repeat_passbook_loss",
      "12378热线转来：来电人罗先生称，2026年11月24日在徐碧网点办理存折挂失，大堂经理当着排队的人大声说"
      "“又是你，上个月刚丢过”，还把他的身份证复印件甩在台面上。罗先生要求当面道歉。",
      T(complainant="罗先生", dates=("2026-11-24",), units=("XB",), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    L("fm23_svc_clerk_wrote_done_on_notarial_certificate",
      "客户反映：其为办理已故父亲的存款继承，持公证书原件到列西分理处支取，柜员在公证书上用圆珠笔写了“已办”两字并签名。"
      "该公证书还要拿到另一家银行用，对方以原件被涂写为由不予受理，只能重新公证。客户要求列西承担重新公证的花费。",
      T(units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC)),
    # why: the buyback is refused under the rule that the invoice must match the seller, but she
    # objects to the clerk who bagged her bars with another customer's invoice (SVC), not RULE.
    L("fm23_svc_gold_invoice_swapped_buyback_refused",
      "客户邓桂香到明溪支行反映，今年3月在该行买了两根50克金条，柜员装袋时把她的发票和另一位客户的弄混了，发票上是别人的名字，"
      "她一直没留意。12月5日去回购时被告知票据与本人不符，不能办理。要求查清并给她更正发票。",
      T(complainant="邓桂香", dates=("--12-05",), units=("MX",), complained=("MX",),
        business="贵金属", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("fm23_sys_smart_counter_social_card_activation_never_took",
      "客户称12月3日在明溪县支行大厅的智能柜台激活社保卡，机器提示“激活成功”并打出回单，到县医院挂号刷卡仍显示未激活，"
      "前后跑了三趟，最后在柜面重新办理才好。要求解释机器为何显示成功。",
      T(dates=("--12-03",), units=("MX",), complained=("MX",), business="银行卡", cause=SYS)),
    # why: a penalty was charged, but he does not object to its amount (FEE) — he objects that a
    # repayment shown as successful was posted two days late (SYS).
    L("fm23_sys_app_loan_repayment_not_posted_penalty_charged",
      "来电人称，11月15日通过手机银行向燕西支行的经营贷还款账户转入5200元，显示转账成功，但贷款账户直到11月17日才入账，"
      "中间被记逾期并扣了罚息31元。客户说不是嫌罚息多少，钱早就转过去了，要求撤销逾期记录。",
      T(dates=("--11-15", "--11-17"), units=("YX",), complained=("YX",), business="贷款", cause=SYS)),
    L("fm23_sys_dongmen_fx_exchanger_swallowed_hundred_dollars",
      "客户反映12.2晚上在城东支行门口的外币自助兑换机投入一张100美元，机器把钞票收进去后屏幕黑了，随后显示“暂停服务”，"
      "人民币一分没吐出来，打客服也说查不到这笔交易。要求退还。",
      T(dates=("--12-02",), units=("CD",), complained=("CD",), business="外汇", cause=SYS)),
    L("fm23_sys_wealth_debited_two_days_before_booked_date",
      "个金部转来：客户黄女士在手机银行预约购买一款理财，预约单上写明2026年12月1日扣款，结果2026年11月29日就被扣走20万元，"
      "当天她卡里的房租自动转账因余额不足没转成，被房东上门讨要。客户要求说明为何提前扣款。",
      T(complainant="黄女士", dates=("2026-12-01", "2026-11-29"), units=("PF",), complained=(),
        business="自营理财", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: the clerk did what the coin-exchange rule says (register and send for appraisal); he
    # objects to that rule itself, not to how he was treated — RULE, not SVC.
    L("fm23_rule_fire_warped_coins_sent_for_appraisal",
      "客户到燕西支行称，他的小卖部上月失火，抽屉里约三百元的一元硬币被烧得变形、粘成块，拿到柜面兑换，柜员说变形硬币不能当场兑换，"
      "只能登记后送人民银行鉴定，大约要一个月。客户认为钱明明是真的，要求当场兑换。",
      T(units=("YX",), complained=("YX",), business="人民币管理", cause=RULE)),
    L("fm23_rule_egg_wholesaler_refused_account_without_lease",
      "来电人称其做鸡蛋批发，办了个体执照，先在列西分理处问过，被让去城东支行开对公结算账户。城东要求提供经营场所租赁合同，"
      "他的仓库是自家宅基地上盖的房子，没有租赁合同，村委会出的证明也不认，至今开不了户，超市的货款收不进来。",
      T(units=("LJ", "CD"), complained=("CD",), business="支付结算", cause=RULE)),
    L("fm23_rule_old_series_pound_notes_not_exchanged",
      "客户反映：11月27日带着儿子从英国带回的旧版20英镑纸币15张到明溪县支行兑换，被告知旧版已退出流通，本行不予兑换，"
      "只能自己寄到英格兰银行去换。此前他在徐碧网点问过，得到的也是同样答复。客户认为银行应当代为办理。",
      T(dates=("--11-27",), units=("MX", "XB"), complained=("MX",), business="外汇", cause=RULE)),
    L("fm23_rule_renewed_card_only_to_statement_address",
      "（明溪县支行客服中心受理）客户称其信用卡本月到期，信用卡中心说新卡只能寄往账单地址。她已搬到厦门，电话要求改寄新住址被拒，"
      "要她先改账单地址、等三个工作日生效后再寄，耽误她下周出国用卡。要求直接改寄。",
      T(units=("MX", "CARD"), complained=("CARD",), business="银行卡", cause=RULE)),

    # ---- 营销方式和手段 ----
    L("fm23_mkt_tax_record_loan_said_credit_report_not_checked",
      "客户反映，城东支行客户经理上门推荐“税易贷”，说只要有纳税记录就能批30万，“不看征信、不查负债”。他申请后却因征信上有逾期被拒，"
      "还多了一条贷款审批查询记录，影响他到别家银行贷款。要求给个说法。",
      T(units=("CD",), complained=("CD",), business="贷款", cause=MKT)),
    # why: the outpatient exclusion was not merely left unsaid (DISC); she was told the opposite
    # to make the sale — MKT.
    L("fm23_mkt_accident_cover_said_to_pay_ebike_outpatient",
      "来电人周女士称，今年8月在燕西存钱时，柜台旁的员工推荐她买一份代理的意外险，说“骑电动车摔了，看门诊也能报”。"
      "11月20日她骑车摔伤看了门诊，保险公司称门诊费用不在保障范围。她要求燕西支行负责。",
      T(complainant="周女士", dates=("--11-20",), units=("YX",), complained=("YX",),
        business="银行代理业务", cause=MKT)),
    # why: a per-gram deduction at buyback is mentioned, but he objects to the promise made to
    # sell him the bar, not to the size of the deduction — MKT, not FEE.
    L("fm23_mkt_gold_bar_said_buyback_at_any_bank",
      "客户称在明溪支行买“吉祥如意”金条时，员工说这金条“全国哪家银行都能按当天金价回收”。他到外地一家银行去卖，对方不收；"
      "回本行回购又要每克扣十几元。要求退货。",
      T(units=("MX",), complained=("MX",), business="贵金属", cause=MKT)),
    # why: the product lost money, but it was sold as "like a time deposit" — the complaint is
    # the misrepresentation (MKT), not the return of a fairly sold product (RET).
    L("fm23_mkt_net_value_wealth_said_like_a_deposit_double_rate",
      "客户到柜面称：2026年5月在列西分理处买了一款理财，员工说“跟定期一样，存满一年才能取，利息比定期高一倍”，她以为保本。"
      "现在账户显示比本金少了1800元，才知道是净值型产品。要求赔偿本金损失。",
      T(units=("LJ",), complained=("LJ",), business="自营理财", cause=MKT)),

    # ---- 信息披露 ----
    # why: the freeze during the certificate's term is the rule (RULE), but she objects that
    # nobody told her of it when the certificate was issued — DISC.
    L("fm23_disc_visa_deposit_certificate_froze_money_for_mothers_surgery",
      "个人金融部转来：客户11月初在徐碧支行为女儿留学签证开了一份存款证明，金额20万元，有效期到2027年2月。网点当时没告诉她"
      "证明有效期内这笔存款不能支取。现在母亲住院要做手术急需用钱，网点说要先交回证明原件才能解冻，而证明已寄给使馆。要求尽快解冻。",
      T(units=("PF", "XB"), complained=("XB",), business="其他中间业务", cause=DISC)),
    # why: 750 yuan was taken, but he objects that the short-holding redemption charge was never
    # mentioned, not to its rate (FEE); "随时可以赎回" was true, so not MKT.
    L("fm23_disc_agency_bond_fund_seven_day_redemption_charge_untold",
      "客户称11月18日在城东支行买了5万元代销债券基金，11月22日急用钱赎回，被扣了1.5%的赎回费750元。"
      "买的时候客户经理只说“随时可以赎回”，没提7天内赎回要扣1.5%。客户要求退还。",
      T(dates=("--11-18", "--11-22"), units=("CD",), complained=("CD",), business="银行代理业务", cause=DISC)),
    L("fm23_disc_cashiers_promissory_note_two_month_limit_untold",
      "客户到柜面称，9月在永安燕西支行申请了一张8万元银行本票用于买二手挖掘机，卖方拖了两个多月才去兑付，对方银行说已过提示付款期拒收。"
      "客户称开票时柜员没告诉他本票只有两个月期限，要求燕西支行退款并承担损失。",
      T(units=("YX",), complained=("YX",), business="支付结算", cause=DISC)),
    # why: she got less than she expected (RET), but what she objects to is that how the
    # interest would be counted was never told when she deposited — DISC.
    L("fm23_disc_flexible_deposit_paid_sixty_percent_of_term_rate",
      "12378转办件：客户吴阿姨称2025年6月10日在列西存了6万元“定活两便”，2026年11月30日支取时，利息按一年定期利率打六折计算，"
      "比她以为的少了近一半。办理时柜员只说“随时能取”，没讲利息怎么算。要求按定期利率补足。",
      T(complainant="吴阿姨", dates=("2025-06-10", "2026-11-30"), units=("LJ",), complained=("LJ",),
        business="人民币储蓄", cause=DISC)),

    # ---- 自主选择权 ----
    # why: keeping a tenth on deposit raises his real cost, but he objects to being made to take
    # the deposit as the price of the loan — a tie (CHOICE), not the rate (FEE).
    L("fm23_choice_farm_loan_tenth_kept_as_time_deposit",
      "客户反映：11月在燕西支行申请10万元农户小额贷款种烟叶，放款时客户经理要求把其中1万元存成一年定期“作为保证”，不存就不放款，"
      "他实际只能用9万元却要付10万元的利息。要求解除这笔定期。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=CHOICE)),
    L("fm23_choice_wedding_new_notes_only_with_zodiac_coins",
      "客户到柜面称：12月4日到列西分理处兑换2万元新版百元钞给儿子办婚礼，柜员说新钞紧张，要同时预约买一套生肖纪念币才给换。"
      "客户不想买纪念币，要求正常兑换。",
      T(dates=("--12-04",), units=("LJ",), complained=("LJ",), business="人民币管理", cause=CHOICE)),
    L("fm23_choice_silver_coin_booking_only_with_gold_accumulation_plan",
      "来电人称，想在城东预约即将发行的熊猫银币，网点员工说只有签了本行“积存金”定投、每月扣款的客户才有预约资格。"
      "他只想买银币，不想做定投，认为不合理。",
      T(units=("CD",), complained=("CD",), business="贵金属", cause=CHOICE)),
    # why: three days' booking for euro cash is a rule (RULE), but it was waived only against
    # buying the travel cover — the tie is what he objects to (CHOICE).
    L("fm23_choice_same_day_euro_cash_only_with_travel_cover",
      "客户反映，12月2日在明溪县支行买3000欧元现钞准备去德国探亲，柜员称欧元现钞要提前三天预约，如果当场买一份境外旅行意外险就能当天调款。"
      "客户第二天就要出发，只好买了保险。要求退保并退还保费。",
      T(dates=("--12-02",), units=("MX",), complained=("MX",), business="外汇", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm23_fee_card_over_limit_charge_five_percent",
      "客户称信用卡中心在她额度用满后仍放行了一笔1200元的刷卡，随后按5%扣了60元超限费。她认为银行自己放行的交易还要扣钱，"
      "而且比例太高，要求退还。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE)),
    L("fm23_fee_safe_box_rent_doubled_at_renewal",
      "客户到柜面称：其在徐碧租的小号保管箱，去年年租金300元，今年续租涨到600元，城东支行同样大小的箱子只要350元。"
      "客户认为涨得太多，要求按原价续租。",
      T(units=("XB", "CD"), complained=("XB",), business="其他中间业务", cause=FEE)),
    L("fm23_fee_tea_coop_account_yearly_management_charge",
      "来电人称其所在的茶叶专业合作社在燕西支行开了对公账户，一年只有十几笔往来，银行每年扣账户管理费360元，另加网银证书年费100元，"
      "合作社账上本来就没多少钱。要求减免。",
      T(units=("YX",), complained=("YX",), business="支付结算", cause=FEE)),
    L("fm23_fee_pound_cash_rate_far_above_neighbouring_county_bank",
      "客户反映，11月26日在明溪支行用人民币买了2000英镑现钞，现钞卖出价比邻县另一家银行同日的牌价高出不少，算下来多花了三百多元。"
      "客户认为点差太大，要求退还差额。",
      T(dates=("--11-26",), units=("MX",), complained=("MX",), business="外汇", cause=FEE)),

    # ---- 产品收益 ----
    # why: he says the sale and its papers were fair and the risk was clear; only the result
    # displeases him — RET, not MKT.
    L("fm23_ret_retired_postman_quarterly_wealth_ended_one_point_three",
      "客户称2026年8月20日在城东支行买了10万元三个月期理财，业绩比较基准2.8%-3.3%，11月20日到期实际年化只有1.3%。"
      "销售时的材料他都看过，风险等级也清楚，就是觉得收益太低，要求补到基准下限。客户是退休邮递员，这笔钱准备给孙女。",
      T(dates=("2026-08-20", "--11-20"), units=("CD",), complained=("CD",), business="自营理财", cause=RET)),
    L("fm23_ret_agency_convertible_bond_fund_for_piano_lessons_down",
      "客户反映，去年在徐碧支行买的5万元代销可转债基金，本想给小女儿交钢琴课学费，现在亏了15%左右。"
      "客户说买时知道有风险，没想到亏这么多，要求银行想办法弥补。",
      T(units=("XB",), complained=("XB",), business="银行代理业务", cause=RET)),
    L("fm23_ret_elders_association_cash_wealth_yield_halved",
      "经列西分理处报送：村老年协会会计称，协会2万元活动经费放在列西的现金管理类理财“日日盈”里，年初七日年化还有2.6%，"
      "现在只有1.2%左右，会员意见很大，要求说明为何越来越低并给予补偿。",
      T(units=("LJ",), complained=("LJ",), business="自营理财", cause=RET)),
    # why: she agrees the seller explained the investment risk; only the account value
    # displeases her — RET, not MKT.
    L("fm23_ret_unit_linked_policy_value_below_premiums",
      "客户到明溪县支行柜面称，2023年在该行代理购买的投资连结保险，三年共交保费3.6万元，账户价值现在只有3.1万元。"
      "客户表示买时销售人员讲过有投资风险，只是对结果不满意，要求退保时不亏本。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=RET)),

    # ---- 合同条款 ----
    # why: no location data has been handed to anyone yet (DATA); he objects to the term that
    # allows it — CLAUSE.
    L("fm23_clause_car_loan_gps_data_shared_with_partners",
      "客户反映，在东门网点办车贷时，合同第十二条写着“借款人同意贷款人及其合作机构随时调取车辆GPS定位数据”，"
      "他认为这条对他不公平，签约前要求删除被拒。要求修改合同。",
      T(units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE)),
    # why: the order of set-off is written into the card agreement she signed and she objects to
    # that term as one-sided — CLAUSE, not a rule of practice (RULE).
    L("fm23_clause_card_repayment_pays_fees_before_principal",
      "来电人称，信用卡中心的领用合约规定还款先抵费用、再抵利息，最后才抵本金，她每月还的钱大半被利息吃掉，本金一直不见少，"
      "认为这条约定只对银行有利，要求改为先还本金。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    # why: nothing has failed yet (SYS); he objects to the exemption written into the agreement.
    L("fm23_clause_wealth_agreement_waives_liability_for_app_outage",
      "客户到柜面称，在徐碧网点签理财协议时看到一条“因系统故障、网络中断导致投资者未能及时赎回的，银行不承担任何责任”，"
      "认为银行自己的系统出问题也不负责不合理，要求删去这一条再签。",
      T(units=("XB",), complained=("XB",), business="自营理财", cause=CLAUSE)),
    L("fm23_clause_account_frozen_if_reserved_phone_cut_thirty_days",
      "客户反映，其在燕西支行的存折账户被冻结，网点拿出开户协议里的一条：“预留手机号停机超过三十日的，银行有权冻结账户”。"
      "客户称他外出打工换了号码，钱就取不出来，认为这条约定太霸道，要求删除并解冻。",
      T(units=("YX",), complained=("YX",), business="人民币储蓄", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    L("fm23_funds_pension_card_swiped_in_other_province_after_hospital_kiosk",
      "客户反映：其父亲在城东支行办的养老金借记卡一直放在家里，12月4日凌晨手机收到短信，卡在外省一个加油站被连刷3笔共3200元。"
      "父亲此前只在县医院自助挂号机上插过卡。要求查明并退回。",
      T(dates=("--12-04",), units=("CD",), complained=("CD",), business="银行卡", cause=FUNDS)),
    # why: the counter's check failed, but the customer was not there and did nothing — money
    # gone without his act (FUNDS), not a clerk's error done with him (SVC).
    L("fm23_funds_company_account_drained_via_forged_authorisation",
      "省分行转来：某竹制品厂会计称，2026年11月21日有人持伪造的法人授权书，在徐碧支行柜面为该厂对公账户更换了网银证书，"
      "当天转走8万元。厂里从未授权任何人办理。要求徐碧支行赔付。",
      T(dates=("2026-11-21",), units=("XB",), complained=("XB",), business="支付结算", cause=FUNDS)),
    L("fm23_funds_family_pay_link_to_stranger_monthly_debits",
      "来电人陈先生称，他从没开通过“亲属卡”，但从11月起他的借记卡每月被一个陌生支付账户自动扣走1000元，已扣两次，"
      "是到列西分理处打流水才发现的。要求止付并退回。",
      T(complainant="陈先生", units=("LJ",), complained=(), business="银行卡", cause=FUNDS)),
    # why: he is asked to repay, but he admits no debt and does not object to how it is chased
    # (DEBT); a loan drawn and moved out without his act — FUNDS.
    L("fm23_funds_consumer_loan_in_his_name_never_applied",
      "客户到柜面称，12月1日收到短信，说他在城东支行有一笔5万元消费贷下月到期。他从未申请过，查下来是10月有人用他的身份信息在手机银行申请，"
      "放款后当即转到外地一张卡上。客户拒绝还款，要求撤销这笔贷款。",
      T(dates=("--12-01",), units=("CD",), complained=("CD",), business="贷款", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm23_data_queue_screen_showed_name_and_overdue_loan_settlement",
      "客户反映11月25日在东门网点取号办贷款结清，大厅叫号屏上显示了他的全名和“逾期贷款结清”几个字，在场好几个同村人都看到了，"
      "回村后被人议论。要求网点道歉并整改。",
      T(dates=("--11-25",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm23_data_credit_lines_read_aloud_at_village_meeting",
      "村民反映：燕西支行客户经理到村里开整村授信会，当着全村人的面把每户的授信额度和已用金额一户户念出来，他家欠多少大家都知道了。"
      "要求燕西支行给说法。",
      T(units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA)),
    # why: signing a register for a large withdrawal may be a rule (RULE), but she objects that
    # the open book shows everyone's identity and sums to anyone — DATA.
    L("fm23_data_visitor_register_with_balances_left_open",
      "客户称，12月3日到徐碧支行办理大额取款，大堂经理要她在一本登记簿上写姓名、身份证号、手机号和取款金额，"
      "登记簿就摊在取号机旁边谁都能翻，她看到前面几十个人的信息都在上面。客户要求收回登记簿。",
      T(dates=("--12-03",), units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("fm23_data_livestream_showed_her_balance_on_counter_screen",
      "个金部转办：客户称明溪县支行在网上直播宣传时，镜头扫过柜台，屏幕上她的姓名和账户余额清清楚楚，直播回放至今还挂在网上。"
      "要求删除回放并道歉。",
      T(units=("PF", "MX"), complained=("MX",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    # why: the posts make her arrears public, but they are how an admitted debt is chased —
    # DEBT, not DATA.
    L("fm23_debt_collector_comments_on_online_shop_reviews",
      "客户称其信用卡逾期两个月，她承认欠款，正在协商分期，但信用卡中心委托的外包人员在她网店的商品评价区连发几十条“店主欠钱不还”，"
      "顾客纷纷退单。要求立即停止并删除。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm23_debt_loudspeaker_at_tea_buying_point",
      "来电人称，他在永安燕西支行的经营贷逾期一个月，信贷员连续三天到他村口的茶青收购点，用喇叭循环播放“某某欠银行二十万不还”，"
      "茶农都不敢把茶青卖给他了。他愿意还款，只求别再这样。",
      T(units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
    L("fm23_debt_caller_threatened_to_cut_minimum_living_allowance",
      "12378热线转来：来电人雷先生称，他在列西分理处的助学贷款逾期，近期有自称银行的人打电话给他母亲，说“再不还就让民政把你家低保停掉”，"
      "母亲吓得住了院。雷先生承认欠款，要求银行规范做法。",
      T(complainant="雷先生", units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT)),
    L("fm23_debt_missing_person_poster_at_bus_station",
      "客户反映：2026年12月2日县汽车站公告栏上出现一张印着他照片的“寻人启事”，写着“欠信用卡中心透支款，知情者请联系”，"
      "落款是一家讨债公司。他确有欠款，但一直按月还最低额。要求撤下并道歉。",
      T(dates=("2026-12-02",), units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
)
