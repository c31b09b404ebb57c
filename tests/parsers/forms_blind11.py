"""An eleventh blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms11`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. Read exactly: lines 1-61 of
tests/parsers/forms_blind1.py (its docstring, with the labelling rules, and its first three
entries, for the format — their situations are avoided), lines 1-45 of
tests/parsers/letters_fresh11.py (its module docstring only), lines 1-67 of
tests/parsers/letters_heldout.py (the cause constants and the `heldout_directory` / `Truth` /
`HeldOutLetter` definitions, no letters), and the list of earlier ids of letters_*.py,
forms_blind*.py, /tmp/fresh18, /tmp/fresh19, /tmp/forms8 and /tmp/forms9 (ids only; their
situations are avoided). Nothing more was printed. Written outside the repository, at
/tmp/forms11.

Each text is one summary as a call-centre or counter clerk of 明溪县支行 writes it on the
《投诉受理单》 ("客户反映…", "来电人称…", a few longer counter records quoting the customer),
ending with the customer's request; 4 per cause for the 12 causes, over varied businesses,
19 of them near-misses between two causes (a `# why:` comment names the deciding rule).
Labelled by the rules written out in forms_blind1.py's docstring (complainant only if named,
a surname with a title being a name; dates ISO, every date stated with a day, a date without a
year kept as "--MM-DD", relative dates not recorded; units every unit of heldout_directory()
named, by name or alias, also as an address or background; complained the unit(s) the
grievance is about). No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`7acc22d`: 1,441 examples, the unit
rules of `890a1e4`): cause 83.3 % (40/48), the rules alone 47.9 % (23/48); business 89.6 %; unit
found or triage 91.7 % (44 right, 4 wrong — each a form naming two units with nothing to say which,
sent to the first named; `793ee37` then left such forms to the office); complainant 100 % / 100 %;
fields 100 % / 93.8 %; mojibake 0. Not trained or tuned on before it was scored.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS11: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: the agreement ended is the one the clerk picked, not the one she asked to end — a
    # clerk's mishandling (SVC), not a failed system (SYS).
    L("fm11_svc_clerk_cancelled_water_debit_instead_of_gas",
      "客户郑女士反映，11月20日到城东支行要求取消燃气费代扣，柜员却把水费代扣解约了，12月2日家中因欠费被停水，燃气费照扣不误。要求恢复水费代扣并赔偿滞纳金。",
      T(complainant="郑女士", dates=("--11-20", "--12-02"), units=("CD",), complained=("CD",),
        business="支付结算", cause=SVC)),
    L("fm11_svc_defaced_dollar_notes_handed_out_for_trip",
      "来电人称11月9日在徐碧网点兑换了3000美元现钞，其中十几张有折角和圆珠笔字迹，出国后多家商店拒收；回国找网点，柜员一句“钞票出了柜台概不负责”就打发了。此前已打电话给个金部，个金部让其找网点。要求网点换回破损美钞并道歉。",
      T(dates=("--11-09",), units=("XB", "PF"), complained=("XB",), business="外汇", cause=SVC)),
    # why: the clerk sent him off because the counter was busy, citing no rule — how a nearly
    # blind old man was treated (SVC), not a rule applied as designed (RULE).
    L("fm11_svc_nearly_blind_pensioner_sent_to_machine_alone",
      "柜台记录：客户陈大爷（78岁）持存折到列西分理处取养老钱，自述：“我眼睛不好，就取两千块，柜员说柜台忙，小钱都去外面机器上自己弄。我说我看不清屏幕，她说看不清叫家里人来。大堂也没人管，我在机器前站了半个钟头，最后是门口保安帮我按的密码。”客户担心密码被旁人看到。要求网点负责人道歉，以后老年人取款在柜台给办。",
      T(complainant="陈大爷", units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC)),
    L("fm11_svc_loan_officer_refused_copy_of_signed_contract",
      "客户反映在燕西支行办理经营贷，签合同时客户经理说副本随后给，两个月过去一直没给；11月26日上门去要，客户经理称“合同都一样，自己上网查”，拒绝复印。要求提供合同副本。",
      T(dates=("--11-26",), units=("YX",), complained=("YX",), business="贷款", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: the due date was stated — wrongly — by the automated statement text; a failed
    # system (SYS), not silence on a material fact (DISC).
    L("fm11_sys_card_due_date_text_gave_wrong_day",
      "来电人林先生称，信用卡中心发来的账单短信写到期还款日为12月8日，实际到期日是12月3日，其按短信日期从城东支行的借记卡转账还款，被收了违约金和利息，征信也显示逾期。要求撤销逾期记录、退还违约金和利息。",
      T(complainant="林先生", dates=("--12-08", "--12-03"), units=("CARD", "CD"), complained=("CARD",),
        business="银行卡", cause=SYS)),
    L("fm11_sys_school_fee_kiosk_debited_but_printed_failure",
      "客户反映12月1日在列西分理处自助终端为孩子缴学费1860元，卡里钱扣了，凭条却打印“交易失败”，学校至今显示未缴，老师已催两次。卡是在徐碧网点开的。要求尽快查明，或退款或补缴到账。",
      T(dates=("--12-01",), units=("LJ", "XB"), complained=("LJ",), business="支付结算", cause=SYS)),
    L("fm11_sys_loan_renewal_page_stuck_at_face_check",
      "来电人罗先生称，其个人经营贷11月30日到期，到期前三天在手机银行申请续贷，每次走到人脸识别就卡住退出，打客服只说在升级。贷款因此逾期两天。要求消除逾期记录，不计罚息。",
      T(complainant="罗先生", dates=("--11-30",), business="贷款", cause=SYS)),
    L("fm11_sys_exchange_memo_printer_down_visa_missed",
      "客户反映11月24日在城东支行兑换欧元后需要打印外汇兑换水单，柜员说机器打不出来，连跑三天都是同样故障，签证材料没交上，预约作废。要求尽快补打水单并说明原因。",
      T(dates=("--11-24",), units=("CD",), complained=("CD",), business="外汇", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: the outlet applied the adult-depositor requirement as designed — a rule (RULE), not
    # a clerk's mishandling (SVC).
    L("fm11_rule_grown_sons_deposit_not_drawable_by_parents",
      "来电人称，儿子出生时以儿子名义在徐碧支行存了一笔定期，现儿子已满18岁在外省读大学，家里急用钱，先去了离家近的列西分理处，被告知要到开户网点；到了徐碧支行又说存款人已成年，须本人持身份证或办理公证委托，父母不能代取。要求通融让父母取款。",
      T(units=("XB", "LJ"), complained=("XB",), business="人民币储蓄", cause=RULE)),
    L("fm11_rule_other_banks_gold_bars_refused_for_buyback",
      "客户周女士反映，11月18日拿两根在外地其他银行买的投资金条到燕西支行要求回购，网点称只回购本行品牌金条，他行金条一律不收。要求按当日金价回购。",
      T(complainant="周女士", dates=("--11-18",), units=("YX",), complained=("YX",), business="贵金属",
        cause=RULE)),
    # why: the money is held, not lost — the product pays back only to the card it was bought
    # with; a rule applied as designed (RULE), not a failed system (SYS).
    L("fm11_rule_wealth_redemption_only_to_closed_original_card",
      "客户反映其理财产品到期，赎回款只能回到购买时用的那张卡，而那张卡去年已在列西分理处销户，现在钱挂着取不出，城东支行说要先补办原卡号才行。要求把钱直接转入其现用卡。",
      T(units=("LJ", "CD"), complained=("CD",), business="自营理财", cause=RULE)),
    L("fm11_rule_loan_refused_over_online_lender_inquiries",
      "来电人黄先生称，11月15日在明溪支行申请装修贷款被拒，客户经理说其征信半年内有十几次网贷机构查询记录，按规定不予受理。其称只是点开过网贷广告，从未借款，房贷在城东支行也一直按时还。要求重新审批。",
      T(complainant="黄先生", dates=("--11-15",), units=("MX", "CD"), complained=("MX",), business="贷款",
        cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: he was told something untrue about the guarantee to get his signature —
    # misrepresentation (MKT), not mere silence about what a guarantor owes (DISC).
    L("fm11_mkt_guarantee_signature_called_a_formality",
      "客户反映2025年6月经城东支行客户经理动员，为邻居的养殖贷款签字担保，客户经理当时说“签个字走个形式，出了事也找不到你头上”。现邻居贷款逾期，银行要求其代还8万元。要求解除担保责任。",
      T(units=("CD",), complained=("CD",), business="贷款", cause=MKT)),
    L("fm11_mkt_child_medical_cover_said_to_pay_for_braces",
      "来电人吴女士称，10月在徐碧网点柜台给孩子买了一份代理的少儿医疗险，理财经理说牙齿矫正也能报，孩子做矫正花了1.6万元，保险公司以矫正不在保障范围内拒赔。要求退保退费。",
      T(complainant="吴女士", units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT)),
    L("fm11_mkt_senior_card_said_to_ride_county_buses_free",
      "客户反映银行员工在小区门口摆摊办“敬老卡”，说办了以后坐县里公交全免，其当场办了一张，公交公司称从无此合作，刷卡照常扣钱。要求注销该卡并给个说法。",
      T(business="银行卡", cause=MKT)),
    # why: she was told the money could be drawn any day — a false statement to sell (MKT),
    # not silence on the monthly open day (DISC).
    L("fm11_mkt_wealth_said_drawable_any_day_for_house_deal",
      "客户何先生在柜台陈述：“9月卖房的钱，我跟列西的理财经理讲清楚了年底要付新房尾款，她说这个产品‘跟活期一样，哪天要哪天取’，我才买的。12月1日我要取，手机上赎不了，才知道每月只开放一天，下次要到12月28日，可开发商12月10日就要收款。”客户要求立即赎回，并赔偿逾期付款的违约金。",
      T(complainant="何先生", dates=("--12-01", "--12-28", "--12-10"), units=("LJ",), complained=("LJ",),
        business="自营理财", cause=MKT)),

    # ---- 信息披露 ----
    # why: nothing false was said — the catch (premiums back only at seventy) was left out;
    # silence on a material fact (DISC), not misrepresentation (MKT).
    L("fm11_disc_endowment_premiums_back_only_at_seventy",
      "客户反映2021年在银行柜台买的代理两全保险，当时只讲“满期保费全返”，没说要活到70岁才返，今年交满五年想拿回保费，保险公司说现在退保只能拿现金价值。要求全额退还保费。",
      T(business="银行代理业务", cause=DISC)),
    # why: she does not contest the seven working days; she objects that no one mentioned
    # them when she bought — silence on a material fact (DISC), not a rule (RULE).
    L("fm11_disc_wealth_redemption_takes_seven_days_untold",
      "来电人孙女士称，母亲在燕西支行旁边的医院等着做手术，11月27日赎回在徐碧支行买的理财准备交手术费，才知道赎回款要七个工作日到账，购买时没人提过。要求加急到账。",
      T(complainant="孙女士", dates=("--11-27",), units=("YX", "XB"), complained=("XB",),
        business="自营理财", cause=DISC)),
    L("fm11_disc_gold_bars_on_card_instalments_held_till_paid",
      "客户反映在燕西支行用信用卡分12期买了200克金条，付完首期才被告知金条要等分期全部还清才能提走，现由网点代存，办理时柜员只讲了免息。要求立即交付金条。",
      T(units=("YX",), complained=("YX",), business="贵金属", cause=DISC)),
    L("fm11_disc_credit_letter_thirty_day_validity_untold",
      "来电人称11月3日凭城东支行的定期存款在列西分理处开了资信证明办签证，12月4日递交时被退回，证明上印着“自开具之日起三十日内有效”，开具时没人提醒。要求免费重开。",
      T(dates=("--11-03", "--12-04"), units=("CD", "LJ"), complained=("LJ",), business="其他中间业务",
        cause=DISC)),

    # ---- 自主选择权 ----
    # why: the arrears plan was made conditional on an unrelated paid cover — a tie (CHOICE),
    # not the level of a charge (FEE) nor how the arrears are chased (DEBT).
    L("fm11_choice_card_arrears_plan_came_with_account_cover",
      "客户卓先生反映，其信用卡逾期后先到徐碧网点咨询，柜员让其找信用卡中心；信用卡中心称申请个性化分期必须同时买一份“账户安全险”，每月随账单扣38元，否则不批。要求取消保险、单独办理分期。",
      T(complainant="卓先生", units=("XB", "CARD"), complained=("CARD",), business="银行卡", cause=CHOICE)),
    L("fm11_choice_dollar_cash_only_with_dollar_wealth",
      "来电人马先生称，12月2日到城东支行想买2000美元现钞出国探亲，柜员说现钞紧张，要同时认购一万美元的外币理财才给预约。要求直接兑换。",
      T(complainant="马先生", dates=("--12-02",), units=("CD",), complained=("CD",), business="外汇",
        cause=CHOICE)),
    # why: paying the builder directly may be a rule, but naming the one firm he must sign
    # with is a tie (CHOICE), not a rule applied as designed (RULE).
    L("fm11_choice_renovation_loan_only_with_partner_decorator",
      "客户反映在徐碧网点申请装修贷款，客户经理要求必须与其推荐的装修公司签约，自己找的施工队不行，否则不放款。要求按自己找的施工队发放贷款。",
      T(units=("XB",), complained=("XB",), business="贷款", cause=CHOICE)),
    L("fm11_choice_early_redemption_only_if_reinvested",
      "客户方女士在柜台称：“合同写着持有满90天可以提前赎回，我满了，燕西的理财经理说提前赎回要先买一期新的，不然不给办。我就是等钱用才赎的，哪来的钱再买？”客户要求按合同办理提前赎回。",
      T(complainant="方女士", units=("YX",), complained=("YX",), business="自营理财", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm11_fee_stop_payment_on_lost_cashiers_order",
      "客户反映11月21日遗失一张在列西分理处申请的5万元银行本票，去挂失止付被要求交挂失手续费100元另加工本费，认为太贵。要求减免。",
      T(dates=("--11-21",), units=("LJ",), complained=("LJ",), business="支付结算", cause=FEE)),
    # why: he does not say a machine failed; what he disputes is paying 150 yuan for each
    # trace — the level of a charge (FEE), not a failed system (SYS).
    L("fm11_fee_wire_trace_charge_for_missing_tuition",
      "来电人许先生称，10月28日从城东支行汇给在英国读书女儿的学费至今未到，申请查询被要求先交查询费150元，每查一次收一次。认为一次查询要150元太离谱。要求免收查询费。",
      T(complainant="许先生", dates=("--10-28",), units=("CD",), complained=("CD",), business="外汇",
        cause=FEE)),
    L("fm11_fee_repayment_card_change_two_hundred",
      "客户反映其在燕西支行的房贷想把还款卡换成在徐碧网点开的工资卡，燕西支行说变更还款账户要交200元手续费。要求免费变更。",
      T(units=("YX", "XB"), complained=("YX",), business="贷款", cause=FEE)),
    # why: the charge was shown before she paid; she objects to its size — the level of a
    # charge (FEE), not silence (DISC).
    L("fm11_fee_overseas_course_card_conversion_charge",
      "客户刘女士反映，用借记卡在境外网站交网课学费，每笔被扣1.5%的货币转换费，付款前页面有提示，但比其他银行高出一倍。要求降低比例或退还部分。",
      T(complainant="刘女士", business="银行卡", cause=FEE)),

    # ---- 产品收益 ----
    # why: the 2.8% was printed as last year's figure and he claims no promise; he objects to
    # what the product paid — its return (RET), not misrepresentation (MKT).
    L("fm11_ret_house_sale_money_in_daily_wealth_earned_one_percent",
      "来电人称5月把卖房款40万元在徐碧支行买了一款每日开放的理财，宣传页上印着“近一年年化2.8%”，半年下来实际年化只有1.1%，还不如在列西分理处存定期的1.9%。要求补足差额。",
      T(units=("XB", "LJ"), complained=("XB",), business="自营理财", cause=RET)),
    L("fm11_ret_solar_theme_fund_down_a_third",
      "客户反映2024年3月在网点柜台买的一只光伏主题基金，至今亏了35%，当时知道是股票型基金，但没想到跌这么多。要求银行想办法弥补亏损。",
      T(business="银行代理业务", cause=RET)),
    L("fm11_ret_annuity_pays_two_hundred_a_month_at_sixty",
      "客户赖阿姨在柜台称：“我在列西交了十年养老年金，一共15万，今年满60岁开始领，每个月只有210块，算下来要活到一百多岁才回本。后来问燕西支行，同样的钱买他们代理的年金每月能领三百多。”客户要求提高领取金额或退回保费。",
      T(complainant="赖阿姨", units=("LJ", "YX"), complained=("LJ",), business="银行代理业务", cause=RET)),
    L("fm11_ret_principal_kept_interest_drawn_deposit_earned_less",
      "来电人称三年前在明溪支行存了20万元存本取息，每月领利息，今年到期一算，总利息比邻居同期存的整存整取少了四千多。要求按整存整取利率补足。",
      T(units=("MX",), complained=("MX",), business="人民币储蓄", cause=RET)),

    # ---- 合同条款 ----
    L("fm11_clause_mortgage_lets_bank_inspect_home_any_time",
      "客户反映其在城东支行签的房贷抵押合同写有“贷款人有权随时进入抵押房屋检查，借款人应予配合”，11月29日客户经理据此要求入户拍照。认为侵犯居住权。要求删除这一约定。",
      T(dates=("--11-29",), units=("CD",), complained=("CD",), business="贷款", cause=CLAUSE)),
    # why: he knew the exclusion and signed under it; he objects to the term itself — an
    # unfair clause (CLAUSE), not silence on a material fact (DISC).
    L("fm11_clause_accident_cover_void_on_any_alcohol",
      "来电人邱先生称，在徐碧网点给父亲买的代理意外险，父亲喝了一杯米酒后骑车摔伤，保险公司依据保单“被保险人体内检出酒精即不予赔付”拒赔。其承认签字时看过，但认为一杯酒就一分不赔太霸道。要求重新理赔。",
      T(complainant="邱先生", units=("XB",), complained=("XB",), business="银行代理业务", cause=CLAUSE)),
    # why: the grams were sold under the agreement's dormancy term, not by a stranger — an
    # unfair clause (CLAUSE), not money gone without the customer's act (FUNDS).
    L("fm11_clause_idle_gold_account_sold_after_two_years",
      "客户反映其黄金积存账户两年没操作，被银行按协议“连续24个月无交易视为休眠，银行有权按当日回购价卖出”直接卖掉，卖出当天金价正低。要求恢复克数。",
      T(business="贵金属", cause=CLAUSE)),
    L("fm11_clause_credit_card_renews_with_fee_unless_cancelled_early",
      "客户钟女士反映，信用卡中心的领用合约规定卡片到期自动续卡，续卡即收年费600元，除非到期前60天书面申请不续。其近日收到新卡和年费账单。要求免年费并取消这一约定。",
      T(complainant="钟女士", units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    L("fm11_funds_digital_yuan_wallet_tied_to_card_and_spent",
      "来电人称其借记卡11月25日夜间被绑定到一个不认识的数字人民币钱包，连续充值四次共9000元后在外省消费，本人从未开通过数字人民币，卡一直在身边。要求追回被刷走的钱。",
      T(dates=("--11-25",), business="银行卡", cause=FUNDS)),
    L("fm11_funds_policy_loan_taken_on_his_agency_policy",
      "客户严大伯反映，在城东支行代理买的分红寿险，上月被人以其名义办了保单贷款3.2万元，转进一个陌生账户，本人从未申请，保险公司说申请是通过银行渠道提交的。要求撤销贷款、追究责任。",
      T(complainant="严大伯", units=("CD",), complained=("CD",), business="银行代理业务", cause=FUNDS)),
    L("fm11_funds_large_cd_transferred_to_stranger_on_app",
      "客户江女士反映，其在列西分理处买的30万元大额存单，12月1日在手机银行转让专区被挂牌转给陌生人，钱进了一个不认识的账户，本人没操作，手机也没丢。手机银行是在明溪县支行营业部开通的。要求追回存单。",
      T(complainant="江女士", dates=("--12-01",), units=("LJ", "MX"), complained=("LJ",),
        business="人民币储蓄", cause=FUNDS)),
    # why: the money left on a fraudster's e-mail without the borrower's act (FUNDS), unlike a
    # clerk's keying error made with the customer at the counter (SVC).
    L("fm11_funds_loan_paid_to_forged_supplier_account",
      "来电人谢先生称，其在徐碧支行办的经营贷走受托支付，11月19日网点收到一封冒充供货商的邮件要求更改收款账户，没跟他核实就把18万元付到新账户，供货商至今没收到钱。要求银行承担损失。",
      T(complainant="谢先生", dates=("--11-19",), units=("XB",), complained=("XB",), business="贷款",
        cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm11_data_prize_list_posted_with_full_phone_and_id",
      "客户反映其在列西分理处参加了开门红抽奖，明溪县支行微信公众号12月3日公布中奖名单，其姓名、完整手机号和身份证号都在上面，没有打码，现在天天接到推销电话。要求立即删除并道歉。",
      T(dates=("--12-03",), units=("LJ", "MX"), complained=("MX",), business="个人金融信息", cause=DATA)),
    L("fm11_data_antifraud_volunteers_given_balances_list",
      "来电人杨阿姨称，村里几位反诈志愿者上门“提醒防骗”，手里拿着徐碧网点给的名单，上面有她的名字和存款余额，围观的邻居都看到了。要求收回名单、追究责任。",
      T(complainant="杨阿姨", units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("fm11_data_staff_uploaded_id_scans_to_online_tool",
      "客户反映在网上搜自己名字，搜出了身份证正反面扫描件，上面盖着城东支行“仅供开户使用”的章；网点员工承认是图省事把客户证件传到一个免费在线识别网站。要求删除并赔偿。",
      T(units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm11_data_card_courier_knew_limit_and_sold_loans",
      "客户潘女士称，信用卡中心寄新卡的快递员几天后打电话给她推销网贷，报出了她的卡额度和单位地址。卡是在徐碧支行申请的。怀疑银行把资料交给外包快递后被倒卖。要求查明处理。",
      T(complainant="潘女士", units=("CARD", "XB"), complained=("CARD",), business="个人金融信息",
        cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm11_debt_chaser_sent_photos_of_door_and_daughters_schoolbag",
      "客户反映信用卡逾期后，要账的人11月22日给其发来他家门口和女儿书包的照片，附言“你家住哪我们都清楚”，女儿吓得不敢上学。其承认欠钱，正在筹款。要求停止这种做法。",
      T(dates=("--11-22",), business="债务催收", cause=DEBT)),
    L("fm11_debt_caller_told_grandmother_to_use_burial_savings",
      "来电人温先生称，其在列西分理处的消费贷逾期两个月，银行打电话给他86岁的奶奶，让老人拿出“棺材本”替他还，老人血压升高住了院。要求停止骚扰家人。",
      T(complainant="温先生", units=("LJ",), complained=("LJ",), business="债务催收", cause=DEBT)),
    # why: telling the matchmaker was a way to press him for an admitted arrear — how a debt
    # is chased (DEBT), not personal data given away for its own sake (DATA).
    L("fm11_debt_loan_officer_told_matchmaker_of_arrears",
      "客户戴先生反映，其在燕西支行的助业贷款逾期后，客户经理得知其正在相亲，找到介绍人说他欠银行钱不还，让介绍人转告“先还钱再谈婚事”，亲事因此告吹。要求道歉并停止这种做法。",
      T(complainant="戴先生", units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
    L("fm11_debt_threat_to_show_face_on_square_screen",
      "客户陈述：“贷款是我欠的，我认。可城东支行的人上门说再不还，就把我的照片和名字放到县城广场的大屏幕上滚动播，还说已经跟广场管理处打好招呼了。”客户称已向个金部反映，没有下文。要求停止威胁。",
      T(units=("CD", "PF"), complained=("CD",), business="债务催收", cause=DEBT)),
)
