"""A seventh blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms7`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set (only the module docstring
and first three entries of forms_blind1.py for the labelling rules and the format, the module
docstring of letters_fresh11.py, the `Truth`/`HeldOutLetter`/`heldout_directory` definitions
and the cause constants of letters_heldout.py — printing them also showed that module's first
TUNE letter, whose situation is avoided — and the list of earlier ids, whose situations are
avoided). Written outside the repository, at /tmp/forms7.

Each text is one summary as a call-centre or counter clerk writes it on the acceptance form
("客户反映…", "来电人称…", … ending with the request), 4 per cause over every business, about a
third of them near-misses between two causes (a `# why:` comment names the deciding rule).
This set especially tests which unit a form is about: about half name two units, one only as
background (where the account was opened, where the customer only asked or found out, one
compared with), and a few name none.
Labelled by the rules of letters_fresh10.py:
the rules written out in forms_blind1.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No text names its cause with the words of the cause's label.

Written outside the repository, at /tmp/forms7. Its writer was asked to make about half the
forms name two units, one only as background — shapes the unit rules had just been fixed for.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository) by the weighting and
rules shipped then (`f5c5f46`, 1,285 examples): cause 89.6 % (43/48), the rules alone 45.8 %
(22/48); business 89.6 %; unit found or triage 91.7 % (44 right, 4 wrong); complainant 100 % /
100 %; fields 95.9 % / 94.0 %. Not trained or tuned on.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS7: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    L("fm7_svc_blind_man_left_to_fill_loss_form_alone",
      "客户陆先生来电反映，其为视力残疾人，11月18日到徐碧网点办理定期存单（原在明溪县支行开立）挂失，大堂经理把申请书往台面一放让其自己填，称“看不见就叫家里人来”，未提供任何协助，其只得回家。要求网点书面致歉并改进助残服务。",
      T(complainant="陆先生", dates=("--11-18",), units=("XB", "MX"), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    # why: the remittance bounced because the clerk copied the receiving bank's code wrongly by
    # hand (verified), not a system fault — a clerk's mishandling (SVC), not SYS. 明溪县支行 is
    # only where the dollar account was opened.
    L("fm7_svc_clerk_miscopied_bank_code_tuition_bounced",
      "客户反映，其美元账户开立于明溪县支行，2026年11月9日在城东支行柜台为在澳大利亚读书的女儿汇学费，款项11月16日被境外银行退回，往返手续费及汇差损失约600元。柜员事后称“系统自动带出的”，经核实收款行代码系经办柜员手工录入时抄错一位。要求城东支行承担损失。",
      T(dates=("2026-11-09", "--11-16"), units=("MX", "CD"), complained=("CD",),
        business="外汇", cause=SVC)),
    L("fm7_svc_settlement_letter_promised_never_sent",
      "客户来电投诉：11月2日在燕西支行提前结清经营贷款，客户经理答应一周内把结清证明寄到家里以便办理抵押注销，至今近一个月未收到，其先后打了五次电话，对方每次都说“在走流程”，再打就不接。要求尽快出具证明并给予答复。",
      T(dates=("--11-02",), units=("YX",), complained=("YX",), business="贷款", cause=SVC)),
    L("fm7_svc_hotline_transferred_five_times_for_temp_limit",
      "来电人称，其先到燕西支行咨询，网点让其自行打热线。11月25日拨打信用卡中心客服热线申请临时提额，前后被转接五次，每转一次都要重新核对身份信息，通话四十七分钟，最后被告知“请明天再来电”。客户原话：“我是来办事的，不是来背身份证号的。”要求给予解释并改进。",
      T(dates=("--11-25",), units=("YX", "CARD"), complained=("CARD",), business="银行卡", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: the outlet is only where she went to ask; the money is stuck in the batch crediting
    # that failed during an upgrade — a system fault (SYS), and no unit is complained of.
    L("fm7_sys_market_stall_scan_payments_not_credited",
      "客户反映其在菜市场摆摊，使用本行收款码收款。11月21日至23日系统升级期间，顾客付款均显示成功，但其账户始终没有到账，共17笔合计1460元。后到明溪支行查询，才知是批量入账失败。要求尽快入账并说明原因。",
      T(dates=("--11-21", "--11-23"), units=("MX",), complained=(), business="支付结算", cause=SYS)),
    # why: the questionnaire page kept starting over, so she could not finish it in time — a
    # failed page (SYS), not the rule that a risk test must precede a purchase (RULE).
    L("fm7_sys_risk_questionnaire_kept_resetting_missed_window",
      "客户郑女士反映，12月1日晚在手机银行购买一款新发行的理财产品，按要求先做风险测评，每答到第八题页面就跳回第一题，反复六次无法完成，次日产品已募集结束。要求查明页面故障并给予补偿。",
      T(complainant="郑女士", dates=("--12-01",), units=(), complained=(), business="自营理财",
        cause=SYS)),
    L("fm7_sys_gold_plan_debited_grams_credited_five_days_late",
      "据客户陈述：其在手机银行开通积存金定投，每月10日扣款。11月10日账户已扣款2000元，但克数直到11月15日才到账，且按15日较高金价折算，少了约0.3克。到城东支行询问，柜员也说“后台看不到原因”。要求按扣款当日价格补足克数。",
      T(dates=("--11-10", "--11-15"), units=("CD",), complained=(), business="贵金属", cause=SYS)),
    # why: both counts were the note counter's, and the machine's own clearing later found the
    # hundred it had skipped — a failed machine (SYS), not the teller's carelessness (SVC).
    L("fm7_sys_counter_note_counter_skipped_one_hundred",
      "客户11月27日在徐碧支行柜台存入现金5万元，点钞机连点两次均显示少一张，柜员按49900元入账，客户当场表示不认可。经核实，网点当日轧账时长款100元，系点钞机卡钞漏点。客户要求补记100元并把点钞机修好。",
      T(dates=("--11-27",), units=("XB",), complained=("XB",), business="人民币管理", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: 明溪县支行 asked for the police's name-change certificate as the rules require of
    # every outlet — a rule applied as designed (RULE); 列西 is only where the deposit was opened.
    L("fm7_rule_renamed_depositor_needs_police_certificate",
      "客户黄女士反映，其三年前在列西分理处存了一笔五年期定期，去年户口上名字改了一个字，12月2日到明溪县支行支取时，柜员要求出具派出所的更名证明才能办理，其认为身份证号没变就能证明是本人。要求简化手续、当场支取。",
      T(complainant="黄女士", dates=("--12-02",), units=("LJ", "MX"), complained=("MX",),
        business="人民币储蓄", cause=RULE)),
    L("fm7_rule_consumer_loan_refused_employer_not_on_list",
      "客户来电称，11月中旬向燕西支行申请装修消费贷款，工资卡开在城东支行，流水、社保齐全，客户经理告知其所在的民营物流公司不在行内准入单位名单内，不能办理。客户认为“按单位挑人不公平”。要求重新审批。",
      T(units=("YX", "CD"), complained=("YX",), business="贷款", cause=RULE)),
    L("fm7_rule_large_cash_draw_must_state_purpose",
      "客户反映：2026年11月30日到明溪县支行取现8万元用于给工人发年底工钱，柜员要求其填写现金用途登记并出示用工名单，客户认为“取自己的钱还要交代用途”，当场与柜员争执，称以前在徐碧网点取现从没被要求过。经核实为大额现金管理规定。客户要求取消该要求。",
      T(dates=("2026-11-30",), units=("MX", "XB"), complained=("MX",), business="人民币管理", cause=RULE)),
    # why: the certificate was refused because only deposits count for it by the bank's rule —
    # a rule applied as designed (RULE), not a clerk refusing to help (SVC).
    L("fm7_rule_deposit_certificate_refused_for_wealth_holdings",
      "客户为办理出国探亲签证，11月20日到城东支行申请开立存款证明，其名下主要是本行理财产品约30万元，柜员称理财产品不属于存款，不能开证明，只能先赎回转成定期。客户认为是刁难。要求按理财持仓出具证明。",
      T(dates=("--11-20",), units=("CD",), complained=("CD",), business="其他中间业务", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the manager invented an "internal quota" that ran out that day to rush the sale —
    # misrepresentation to sell (MKT). 个金部 is only where the customer later asked.
    L("fm7_mkt_fake_internal_quota_expiring_today",
      "客户反映11月6日在燕西支行，理财经理称有一款产品是个金部专门给老客户的“内部额度”，只剩当天，催其当场购买20万元。客户事后到个金部询问，才知道该产品对所有客户公开发售，并无内部额度一说。要求追究理财经理责任。",
      T(dates=("--11-06",), units=("YX", "PF"), complained=("YX",), business="自营理财", cause=MKT)),
    # why: the clerk said in so many words that any e-bike accident is paid in full — an
    # affirmative false statement to sell (MKT), not mere silence on the exclusion (DISC).
    L("fm7_mkt_accident_cover_said_to_pay_any_ebike_crash",
      "客户钟先生称，今年8月在列西分理处柜台买了一份代销的意外险，柜员当时说“骑电动车出了事全赔”。11月其骑电动车摔伤，保险公司以车辆无牌照属免责为由拒赔。客户要求网点承担责任，退还保费。",
      T(complainant="钟先生", units=("LJ",), complained=("LJ",), business="银行代理业务", cause=MKT)),
    L("fm7_mkt_loan_said_not_to_show_on_credit_report",
      "客户来电反映，明溪支行客户经理推荐其办理一笔5万元信用贷款时称“这个产品不上征信，不影响你以后买房”。12月3日其到城东支行申请房贷时被告知征信上有该笔贷款记录，负债率过高。要求明溪支行出具说明。",
      T(dates=("--12-03",), units=("MX", "CD"), complained=("MX",), business="贷款", cause=MKT)),
    L("fm7_mkt_gold_plan_said_to_be_taken_out_at_any_outlet",
      "客户何女士在城东支行购买积存金时，理财经理称“攒够克数随时到任何网点免费换金条”。11月28日其到徐碧网点要求提取，被告知需提前预约、只能在指定网点提取且另收加工费。客户认为当初是被误导才购买。要求城东支行给予说法。",
      T(complainant="何女士", dates=("--11-28",), units=("CD", "XB"), complained=("CD",),
        business="贵金属", cause=MKT)),

    # ---- 信息披露 ----
    L("fm7_disc_holiday_large_transfer_not_arriving_untold",
      "客户反映：10月1日通过手机银行向外地开发商转购房款35万元，页面未作任何提示，款项直到10月8日才到账，其因此被开发商收取违约金。事后才知跨行大额汇款节假日不到账。要求银行承担违约金。",
      T(dates=("--10-01", "--10-08"), units=(), complained=(), business="支付结算", cause=DISC)),
    L("fm7_disc_safe_box_contents_not_covered_for_flood",
      "客户来电称其在列西分理处租用保管箱，今年夏天网点地下室进水，箱内字画受潮损毁，网点称保管箱内物品不在保险范围内、银行只对箱体负责。客户事后到个金部咨询才知道这一点，表示租用时从未有人告知。要求赔偿。",
      T(units=("LJ", "PF"), complained=("LJ",), business="其他中间业务", cause=DISC)),
    # why: he does not dispute the size of the cash-to-remittance spread; he objects that
    # nobody told him at deposit that dollars kept as cash would cost it to send — silence on a
    # material fact (DISC), not the level of a charge (FEE).
    L("fm7_disc_cash_dollars_cost_spread_to_remit_untold",
      "客户范先生反映，2026年9月把在外务工带回的1万美元现钞存入徐碧网点，11月14日要汇给在新加坡的儿子时，被告知现钞户汇出须按钞汇差价折算，损失约700元人民币。存入时柜员未说明现钞和现汇有区别。要求退还差价。",
      T(complainant="范先生", dates=("--11-14",), units=("XB",), complained=("XB",), business="外汇",
        cause=DISC)),
    L("fm7_disc_flexible_term_deposit_at_sixty_percent_untold",
      "客户11月29日在明溪县支行支取一笔存了两年的定活两便存款，发现利息只按一年期定期利率的六折计算，与其理解的“两年期利息”相差较大。经核实，开户时柜员未向其说明计息方式。客户要求按两年期定期利率补足利息。",
      T(dates=("--11-29",), units=("MX",), complained=("MX",), business="人民币储蓄", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm7_choice_new_notes_only_with_gift_pack",
      "客户反映春节前到燕西支行兑换新钞2000元用于发红包，柜员称新钞只随“新春礼包”（含红包、对联，售价38元）一起兑换，不买礼包不给换，而徐碧网点可以直接兑换。要求单独兑换新钞。",
      T(units=("YX", "XB"), complained=("YX",), business="人民币管理", cause=CHOICE)),
    # why: the monthly plan was added to her fund purchase without her consent — an add-on she
    # did not choose (CHOICE), though money left her account each month (not FUNDS: her own
    # signature sits on the bundled form). 明溪支行 only printed the statement.
    L("fm7_choice_fund_plan_added_to_one_off_purchase",
      "客户苏女士称，8月在燕西支行买了一笔代销的债券基金，当时只说一次性买入。12月1日到明溪支行打流水才发现，每月5日还被扣500元定投该基金，已扣四期。经核实，定投协议夹在购买材料中一并签字，柜员未作说明。要求取消定投并退回款项。",
      T(complainant="苏女士", dates=("--12-01",), units=("YX", "MX"), complained=("YX",),
        business="银行代理业务", cause=CHOICE)),
    # why: no data has gone anywhere yet; she objects that the sharing consent was ticked in
    # advance and could not be unticked to open the account — consent not freely given (CHOICE),
    # not data given away (DATA).
    L("fm7_choice_data_sharing_box_cannot_be_unticked",
      "来电人称，12月4日在列西分理处开立个人账户时，电子签名板上“同意向合作机构共享本人信息用于营销”一项已默认勾选，想取消时柜员说“不勾办不了”。客户要求开户不以同意共享信息为前提。",
      T(dates=("--12-04",), units=("LJ",), complained=("LJ",), business="个人金融信息",
        cause=CHOICE)),
    L("fm7_choice_medical_insurance_payment_needs_app",
      "客户反映，11月24日到徐碧支行代缴城乡居民医保，柜员称必须先开通手机银行并绑定社保卡才能缴，不能现金缴纳。客户年近七十，不会用智能手机。要求保留柜台现金代缴。",
      T(dates=("--11-24",), units=("XB",), complained=("XB",), business="银行代理业务", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm7_fee_new_passbook_when_old_one_full",
      "客户在列西分理处开户的存折用满，11月19日到明溪县支行换新折，被收取工本费10元。客户称“本子写满了又不是我弄丢的，凭什么要钱”。要求退还。",
      T(dates=("--11-19",), units=("LJ", "MX"), complained=("MX",), business="人民币储蓄", cause=FEE)),
    # why: the fee was shown on the instalment screen and he accepted it; his grievance is that
    # 0.75 % a month is far too high — the level of the charge (FEE), not silence (DISC).
    L("fm7_fee_card_instalment_charge_too_high",
      "客户温先生来电，称其11月用信用卡分24期买了一辆电动汽车的配件，每期手续费0.75%，折算年化近17%，远高于银行贷款利率。客户认可当时看过费率，但认为这个价钱太高。要求信用卡中心降低费率。",
      T(complainant="温先生", units=("CARD",), complained=("CARD",), business="银行卡", cause=FEE)),
    L("fm7_fee_safe_box_deposit_raised_sixfold",
      "客户称其在燕西支行租用的小号保管箱11月续租时，押金由500元调到3000元，年租金不变，网点称是统一调整。客户认为押金上调幅度过大。要求按原标准续租。",
      T(units=("YX",), complained=("YX",), business="其他中间业务", cause=FEE)),
    L("fm7_fee_standing_rent_transfer_two_yuan_each_time",
      "经查，客户在城东支行开通定期定额转账，每月向房东在燕西支行的账户转房租1800元，每次执行收取手续费2元另加短信费。客户认为同行转账本应免费，定时转账不应再另外扣钱。要求免收。",
      T(units=("CD", "YX"), complained=("CD",), business="支付结算", cause=FEE)),

    # ---- 合同条款 ----
    L("fm7_clause_wealth_may_be_moved_to_subsidiary",
      "客户反映其购买的理财产品说明书中有一条：“银行有权将本产品的管理人变更为银行设立的理财子公司，无需另行征得投资者同意”。客户认为产品管理人变更应经本人同意。要求删除该条款或允许无费用提前退出。",
      T(units=(), complained=(), business="自营理财", cause=CLAUSE)),
    # why: nothing has been set off yet; he objects to the term letting the card centre take any
    # deposit without notice — an unfair clause (CLAUSE), not money gone (FUNDS).
    L("fm7_clause_card_debt_set_off_from_any_deposit",
      "客户称，其在明溪支行柜台重新签署信用卡领用合约时看到“持卡人逾期时，发卡行有权不经通知直接从持卡人在本行任一账户扣收欠款”。客户目前无逾期，但认为该条款过于霸道。要求信用卡中心作出解释并修改。",
      T(units=("MX", "CARD"), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    L("fm7_clause_safe_box_liability_capped_at_a_thousand",
      "客户来电反映，徐碧网点保管箱租用协议约定：“因银行原因导致箱内物品损失的，银行赔偿以人民币1000元为限”。客户箱内存放房产证、金饰等，认为该限额显失公平。要求修改协议。",
      T(units=("XB",), complained=("XB",), business="其他中间业务", cause=CLAUSE)),
    L("fm7_clause_guarantee_covers_borrowers_future_loans",
      "客户邱先生反映，2026年3月为朋友在明溪县支行的一笔20万元贷款签了担保合同，近日才发现合同写明“保证人对借款人今后在本行的全部借款承担连带责任”。其只同意担保那一笔。要求变更合同。",
      T(complainant="邱先生", units=("MX",), complained=("MX",), business="贷款", cause=CLAUSE)),

    # ---- 产品收益 ----
    # why: he was told nothing false; the product simply earns less than when he bought it and
    # less than what his neighbour earns at 明溪县支行 (only compared with) — the return of an
    # undisputed sale (RET), not misrepresentation (MKT).
    L("fm7_ret_cash_product_yield_fell_below_neighbours",
      "客户反映，今年4月在徐碧网点买的现金管理类理财，当时七日年化2.4%，现在只有0.9%，比邻居在明溪县支行存的定期还低。客户承认购买时没人承诺收益。要求银行给予合理解释，提高收益。",
      T(units=("XB", "MX"), complained=("XB",), business="自营理财", cause=RET)),
    L("fm7_ret_county_anniversary_gold_medal_bought_back_at_melt",
      "客户2023年在燕西支行以每枚6800元购买县庆纪念金章两枚，11月26日想卖回，网点只按当日金价回购，每枚仅得约4300元。客户认为纪念品应有收藏价值。要求按购买价回购。",
      T(dates=("--11-26",), units=("YX",), complained=("YX",), business="贵金属", cause=RET)),
    L("fm7_ret_whole_life_cash_value_below_premiums",
      "客户吴阿姨称，2021年在列西分理处买了一份代销的增额终身寿险，已交五年保费共10万元，12月初到个金部咨询才知现金价值只有9.1万元，退保要亏。客户表示当初的材料写得清楚，只是觉得收益太低。要求保险公司提高现金价值。",
      T(complainant="吴阿姨", units=("LJ", "PF"), complained=("LJ",), business="银行代理业务",
        cause=RET)),
    L("fm7_ret_aussie_dollar_deposit_lost_in_yuan",
      "客户来电：去年用人民币换了5万澳元存一年期定期，到期后澳元跌了9%，连本带息折回人民币亏了两万多元。客户称“存钱怎么还会亏”。要求银行弥补损失。",
      T(units=(), complained=(), business="外汇", cause=RET)),

    # ---- 消费者资金安全 ----
    # why: she never signed up for the game subscription; the charges ran without any act of
    # hers (FUNDS), not an add-on the bank tied to the card (CHOICE).
    L("fm7_funds_card_billed_monthly_for_game_never_subscribed",
      "客户邓女士反映，其信用卡自8月起每月被一家游戏公司扣款68元，共四笔，11月到东门网点打印对账单才发现，其本人及家人从未玩过该游戏，卡一直在身边。向信用卡中心申请拒付后，对方称需其自行联系商户。要求先行退款并查明原因。",
      T(complainant="邓女士", units=("CD", "CARD"), complained=("CARD",), business="银行卡", cause=FUNDS)),
    L("fm7_funds_gold_account_sold_after_photo_passed_face_check",
      "据客户陈述，11月22日夜间其手机银行积存金账户内120克黄金被全部卖出，所得资金随即转至陌生账户。经核实，登录设备为新设备，人脸识别系用其照片通过。客户称手机、身份证一直在身上。要求全额赔付。",
      T(dates=("--11-22",), units=(), complained=(), business="贵金属", cause=FUNDS)),
    # why: the clerk at 列西 did not act wrongly in front of him — a debit agreement for a
    # neighbour's meter was set up on his account without him and money drained for months
    # (FUNDS), not a mishandling he witnessed (SVC).
    L("fm7_funds_neighbours_electricity_debited_from_his_account",
      "客户反映，其在列西分理处开立的结算账户从今年5月起每月被代扣电费，核对户号发现是邻居家的电表，已扣七次共1130元。客户从未签过代扣协议。要求退回全部款项并查明协议由谁办理。",
      T(units=("LJ",), complained=("LJ",), business="支付结算", cause=FUNDS)),
    L("fm7_funds_son_remittance_credited_to_namesake_who_spent_it",
      "客户龙先生称，儿子11月3日从意大利汇给他3000欧元，收款账户为其在城东支行的账户，但一直未到账。经核实，款项被明溪支行按同名入账到另一位同名客户账户，对方已取走大部分。要求明溪支行负责追回并先行赔付。",
      T(complainant="龙先生", dates=("--11-03",), units=("CD", "MX"), complained=("MX",),
        business="外汇", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm7_data_queue_screen_showed_names_and_business",
      "客户来电投诉，11月17日在东门网点等候时，大厅叫号屏显示“X号 李某某 大额取现10万元”，全名和金额都能看到，旁边多人围观。客户认为信息被公开。要求整改叫号屏显示内容。",
      T(dates=("--11-17",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm7_data_wealth_chat_group_nicknames_show_assets",
      "客户反映徐碧支行理财经理建了一个两百多人的客户微信群，要求群内昵称统一改为“姓名+资产级别”，并把其昵称改成“张某 金卡500万”。客户认为资产情况被泄露给群里其他人。要求解散该群并道歉。",
      T(units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("fm7_data_outsourced_callers_knew_maturity_and_balance",
      "客户梁先生称，12月2日接到一家营销公司电话，对方准确说出其定期存款到期日和金额，推荐买保险，自称“受个人金融部委托做回访”。客户要求个人金融部说明为何把其信息交给外部公司，并停止此类外呼。",
      T(complainant="梁先生", dates=("--12-02",), units=("PF",), complained=("PF",),
        business="个人金融信息", cause=DATA)),
    # why: the landlord learnt the pay dates from 列西's staff; 明溪县支行 is only where she went
    # to report it — complained is 列西.
    L("fm7_data_staff_told_landlord_salary_dates",
      "客户反映其房东在列西分理处有熟人，房东每月在其工资到账当天就上门收租，还说出了具体金额。客户怀疑是网点员工告知，到明溪县支行反映后经核实属实。要求处理相关员工。",
      T(units=("LJ", "MX"), complained=("LJ",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm7_debt_calls_on_fathers_funeral_day",
      "客户来电称，其信用卡逾期两期，11月12日父亲出殡当天，催收人员打来四十多个电话，下午还派人到殡仪馆找他。客户承认欠款，正在筹钱。要求信用卡中心约束催收人员。",
      T(dates=("--11-12",), units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm7_debt_collector_threatened_driving_instructor_licence",
      "客户彭先生系驾校教练，因经营贷款逾期，燕西支行催收人员多次称“不还钱就向交管部门举报，吊销你的教练证”，并到驾校训练场当着学员的面催款。要求停止此类威胁。",
      T(complainant="彭先生", units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
    # why: the collector pushing him towards an online lender is how the debt is chased (DEBT);
    # 城东支行 is only where he asked who the collector was.
    L("fm7_debt_collector_pushed_online_lender_to_repay",
      "据客户陈述，信用卡欠款逾期后，催收员多次让其下载一个网贷平台借钱还卡，称“借了就不上门”，还发来邀请码。客户到城东支行询问，得知该催收员为信用卡中心委托机构人员。要求停止诱导借贷。",
      T(units=("CD", "CARD"), complained=("CARD",), business="债务催收", cause=DEBT)),
    # why: the collector read out his arrears to a neighbour — a data disclosure, but done to
    # chase an admitted debt, so how the debt is chased (DEBT), not DATA.
    L("fm7_debt_loan_officer_asked_neighbour_to_relay_arrears",
      "客户11月8日反映，明溪县支行信贷员上门催收未遇，把其欠款金额、逾期天数告诉对门邻居，托邻居“带个话，再不还就起诉”。客户承认贷款逾期。要求信贷员向其道歉并不得再向邻居透露。",
      T(dates=("--11-08",), units=("MX",), complained=("MX",), business="债务催收", cause=DEBT)),
)
