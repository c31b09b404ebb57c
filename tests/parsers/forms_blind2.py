"""A second blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms2`, blind — without reading the parsers, the router, the ingest code, the outbox,
the benchmark, the service code or the bodies of any other example set. Read only: the module
docstring and the first entries of forms_blind1.py (for the format and the labelling rules;
the view printed its first four entries and the `# why:` line of the fifth), the module
docstring of letters_fresh11.py, the `Truth`/`HeldOutLetter`/`heldout_directory` definitions
and the cause constants of letters_heldout.py (the view also showed that module's first TUNE
letter and the opening line of its second), and the list of earlier example ids, whose
situations are avoided. Written outside the repository, at /tmp/forms2.

Each text is one summary as a call-centre or counter clerk writes it on the acceptance form
("客户反映…", "来电人称…", … ending with the request), 4 per cause for the twelve causes other
than 其他, spread over every business, about a third of them near-misses between two causes (a
`# why:` comment names the deciding rule). Labelled by the rules of forms_blind1.py:
the rules written out in forms_blind1.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No text names its cause with the words of the cause's label.

Written outside the repository, at /tmp/forms2.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository) by the weighting
shipped then (973 examples, FORMS1 and TRAIN_E's 96 form summaries among them, `297ceaa`),
fixed before this set was read: cause 81.2 % (39/48), the rules alone 43.8 % (21/48);
business 89.6 %; unit found or triage 100 % (48 right); complainant 73.3 % precision (4 false:
"陈述" read from "据客户陈述" three times, "赵敏反" from "赵敏反映") / 91.7 % recall; dates
100 %. Then trained on, with FRESH12 (the 1,051-example weighting).
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS2: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    L("fm2_svc_certificate_english_name_misspelt",
      "客户王雅琴来电反映：10月28日在燕西支行为赴英探亲签证开具存款证明，英文姓名应按护照写作WANG YAQIN，柜员录成了WANG YAQING，当时未提醒客户核对。11月6日签证中心以证明与护照姓名不一致退件。客户11月9日回网点要求更正，柜员称须先撤销原证明再重开，又让其等了两天。客户因此改签机票，多花1400元。要求网点承担改签损失并书面致歉。",
      T(complainant="王雅琴", dates=("--10-28", "--11-06", "--11-09"), units=("YX",), complained=("YX",),
        business="其他中间业务", cause=SVC)),
    # why: the forgotten slip renewed itself for three years as the deposit terms say it will —
    # but what she objects to is that the clerk left one of three slips out (SVC), not the
    # renewal rule (RULE).
    L("fm2_svc_one_of_three_slips_left_out",
      "据客户陈述，11月2日其持三张到期定期存单到列西办理支取转活期，柜员只办了两张，漏掉一张，该张随后自动转存为三年期。11月20日客户急用钱，被告知现在支取只能按活期计息。要求按原到期日补办支取，不损失利息。",
      T(dates=("--11-02", "--11-20"), units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC)),
    L("fm2_svc_fake_note_taken_without_slip",
      "客户来电投诉：在城东支行柜台存现金时，柜员称其中一张100元是假币当场收走，没有当着客户的面加盖印章，也没开具收缴凭证，客户要求看鉴定过程被拒绝。诉求：说明情况并补开凭证。",
      T(units=("CD",), complained=("CD",), business="人民币管理", cause=SVC)),
    # why: surrender at cash value after the cooling-off period is the insurer's rule as
    # designed; she handed her papers in within the period and objects that the two outlets let
    # them lie (SVC), not the rule (RULE).
    L("fm2_svc_cooling_off_papers_passed_between_outlets",
      "客户张桂兰反映，其10月15日在徐碧网点买了一份保险公司的年金险，10月22日在犹豫期内回网点申请退保，交了保单和身份证复印件。网点说材料要交城东支行统一寄给保险公司，城东又说没收到，两边互相推。11月8日保险公司才收到材料，已过犹豫期，只能按现金价值退，少了近6000元。要求两个网点承担差额。",
      T(complainant="张桂兰", dates=("--10-15", "--10-22", "--11-08"), units=("XB", "CD"),
        complained=("XB", "CD"), business="银行代理业务", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("fm2_sys_cash_booking_lost",
      "来电人称11月16日通过手机银行预约11月18日在明溪支行取现金15万元付盖房工钱，页面显示预约成功。18日到网点被告知后台没有这笔预约，当天只能取5万元，工钱拖了一天。要求查明预约为何丢失。",
      T(dates=("--11-16", "--11-18"), units=("MX",), complained=("MX",), business="人民币管理", cause=SYS)),
    L("fm2_sys_app_guessed_wrong_payee_bank",
      "客户反映：11月9日用手机银行给福州一家装修公司转账8.6万元，输入卡号后页面自动带出的开户行是另一家银行，无法手动修改，提交后显示成功。经核实，款项于11月12日被对方银行退回，装修公司按合同扣了客户2000元定金。要求说明自动识别为何出错，并赔偿定金损失。",
      T(dates=("--11-09", "--11-12"), business="支付结算", cause=SYS)),
    # why: gold bought at the price of the moment it is filled is the designed rule; he objects
    # that the page showed a price it had not refreshed — a failed system (SYS), not RULE.
    L("fm2_sys_gold_page_showed_stale_quote",
      "客户投诉积存金买入：11月24日上午在手机银行买入积存金100克，页面报价每克612元，点确认后成交价却是每克619元，多付700元。客服说以成交时的价格为准。客户称页面上的价格几分钟没动过，是页面没刷新。要求按页面报价重新成交。",
      T(dates=("--11-24",), business="贵金属", cause=SYS)),
    # why: the money went into a product she had not chosen, but she had switched the renewal
    # off and the app did not keep it — a failed system (SYS), not an add-on pressed on her
    # (CHOICE).
    L("fm2_sys_auto_renew_switch_ignored",
      "客户赵敏反映：她经个金部客户经理推荐买的一款91天理财，9月30日已在手机银行关掉了'到期自动续买'，有截图。10月8日到期后本金连同利息又被自动买入下一期，还要锁91天。要求撤销这次续买，把钱退回卡里。",
      T(complainant="赵敏", dates=("--09-30", "--10-08"), units=("PF",), business="自营理财", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm2_rule_father_in_care_home_dollars",
      "客户女儿来电称，其父亲84岁住在养老院，美元账户里有1.2万美元要换成人民币交护理费，她持父亲身份证和户口本到燕西支行代办，被告知须本人到场或出具公证委托书。要求银行上门办理或允许家属代办。",
      T(units=("YX",), complained=("YX",), business="外汇", cause=RULE)),
    L("fm2_rule_certificate_only_where_deposit_opened",
      "客户反映：儿子在澳洲读书要一份存款证明，存款是在明溪县支行开的户，11月4日客户到离家近的东门网点申请，被告知只能回开户网点开，来回四十多公里。要求任何网点都能开。",
      T(dates=("--11-04",), units=("MX", "CD"), complained=("CD",), business="其他中间业务", cause=RULE)),
    L("fm2_rule_renovation_loan_only_to_contractor",
      "客户称在列西申请装修贷款30万元，银行要求钱直接付给装修公司，不能打到本人卡上，可他是自己找工人、自己买材料，拿不出装修公司的合同。要求放款到本人账户。",
      T(units=("LJ",), complained=("LJ",), business="贷款", cause=RULE)),
    L("fm2_rule_bond_cashed_only_where_bought",
      "客户李建国反映：2024年5月在徐碧网点买的凭证式国债，现因住院急需提前兑取，11月25日就近到城东支行办理，被告知只能回原购买网点。客户腿脚不便，要求就近办理。",
      T(complainant="李建国", dates=("--11-25",), units=("XB", "CD"), complained=("CD",),
        business="银行代理业务", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the cash-advance fee and the interest are the card's ordinary price; he objects that
    # the salesman told him the move was free to get him to take the card — misrepresentation to
    # sell (MKT), not the level of the charge (FEE).
    L("fm2_mkt_card_line_said_free_to_move",
      "客户来电称，燕西支行员工到厂里推销信用卡时说额度'随时转到储蓄卡上用，不要利息也不要手续费'。客户10月10日转出2万元交孩子学费，账单出来扣了200元手续费，还按日万分之五计息。要求退还手续费和利息。",
      T(dates=("--10-10",), units=("YX",), complained=("YX",), business="银行卡", cause=MKT)),
    # why: she was told a false risk level to make the sale (MKT), not merely left without one
    # (DISC).
    L("fm2_mkt_wealth_said_lowest_risk",
      "客户吴秀英反映：9月在明溪支行买理财时，客户经理对她说这款是'R1级，跟存款一样'，她就签了字。最近净值跌了3%，拿合同一看写的是R3级。客户称经理明知她只能买低风险的还这样说。要求退还全部本金。",
      T(complainant="吴秀英", units=("MX",), complained=("MX",), business="自营理财", cause=MKT)),
    # why: a low dividend is the stake, but he objects to the floor the lobby manager promised
    # and the contract does not hold — misrepresentation to sell (MKT), not the return (RET).
    L("fm2_mkt_dividend_floor_said_in_contract",
      "客户反映2023年在城东支行经大堂经理介绍买了一份分红型保险，每年交2万元，当时经理说'每年分红不低于5%，合同里写着的'。今年分红通知只有1.8%，翻遍合同也没有这句话。要求银行为销售人员的话负责，全额退保。",
      T(units=("CD",), complained=("CD",), business="银行代理业务", cause=MKT)),
    # why: repaying and re-applying at maturity is the loan's designed procedure; he objects to
    # the officer's promise of an automatic rollover that won him over (MKT), not RULE.
    L("fm2_mkt_business_loan_said_to_roll_over",
      "来电人陈先生称，去年12月在列西分理处办了50万元经营贷，客户经理当时说'到期不用还本，银行自动给你续上'。今年11月到期，银行要求先还清50万元再重新审批，他只好借民间高息周转。要求兑现当初的续贷说法。",
      T(complainant="陈先生", units=("LJ",), complained=("LJ",), business="贷款", cause=MKT)),

    # ---- 信息披露 ----
    # why: the six-tenths rate is how the product pays (not disputed as a return, RET); she
    # objects that the counter never said so when she put the money in (DISC).
    L("fm2_disc_flexible_deposit_rate_untold",
      "客户反映今年3月在徐碧存了一笔定活两便10万元，柜员只说'随时能取，利息比活期高'，没讲清利息是按一年定期利率打六折算的。10月支取时利息比她想的少了一大截。要求补足差额。",
      T(units=("XB",), complained=("XB",), business="人民币储蓄", cause=DISC)),
    L("fm2_disc_other_bank_card_repayment_next_day",
      "客户投诉：11月5日晚上（他行信用卡还款日）用本行手机银行向该卡还款5000元，页面只显示'提交成功'，没有任何提示说跨行还款次日才到账，结果他行按逾期扣了违约金并报了征信。要求银行出具到账延迟证明并承担违约金。",
      T(dates=("--11-05",), business="支付结算", cause=DISC)),
    # why: both parties signing at the counter is the escrow's designed procedure (RULE); he
    # objects that no one said so when he signed (DISC).
    L("fm2_disc_escrow_release_needs_both_in_person",
      "客户孙立群反映：其在城东支行办理二手房交易资金监管，10月12日签协议时工作人员只说'过户后钱自动转给卖方'。客户是卖方，人在厦门，11月过户完成后才被告知放款须买卖双方本人一起到柜台签字，只好专程回来一趟，耽误两天。要求补偿往返路费，并在签约时讲清放款条件。",
      T(complainant="孙立群", dates=("--10-12",), units=("CD",), complained=("CD",),
        business="其他中间业务", cause=DISC)),
    # why: a partial prepayment shortening the term by default is the designed procedure; he
    # objects that the clerk neither asked nor told him (DISC), not the default itself (RULE).
    L("fm2_disc_prepayment_cut_term_not_instalment",
      "客户来电称：2026年11月3日在明溪县支行提前还房贷10万元，本以为月供会减少，结果月供没变、期限缩短了4年。柜员办理时没有说明默认是缩短年限。客户现在每月压力仍大，要求改为减少月供。",
      T(dates=("2026-11-03",), units=("MX",), complained=("MX",), business="贷款", cause=DISC)),

    # ---- 自主选择权 ----
    # why: autopay from this bank's own debit card may be a designed rule, but it makes him open
    # a second product to have the first — a tie (CHOICE), not RULE.
    L("fm2_choice_card_autopay_needs_own_debit_card",
      "客户反映10月申请信用卡，信用卡中心告知自动还款只能绑本行借记卡，不能绑他在别的银行的工资卡，所以必须另开一张本行借记卡。客户不想多开卡。要求允许绑定他行卡自动还款。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=CHOICE)),
    # why: the outlet calls it its condition for giving change, but the condition is buying
    # another product — a tie (CHOICE), not a rule applied as designed (RULE).
    L("fm2_choice_small_change_only_with_merchant_code",
      "来电人称在列西分理处对面开小卖部，去网点换1元、5元零钱，网点要求先开通本行商户收款码、每月流水过万才给换，否则不换。要求正常兑换零钱，不附加条件。",
      T(units=("LJ",), complained=("LJ",), business="人民币管理", cause=CHOICE)),
    L("fm2_choice_zodiac_bar_with_rosewood_box",
      "客户投诉：11月20日在燕西买一根20克马年生肖金条，柜员说必须连同380元的红木礼盒一起买，不单卖。客户只要金条。要求退掉礼盒，退回380元。",
      T(dates=("--11-20",), units=("YX",), complained=("YX",), business="贵金属", cause=CHOICE)),
    L("fm2_choice_dollar_cash_deposit_needs_credit_card",
      "客户来电称：从国外带回6000美元现钞，想存进自己在城东支行的美元账户，柜员说必须同时办一张双币信用卡才能存。客户不需要信用卡。要求不附条件办理存入。",
      T(units=("CD",), complained=("CD",), business="外汇", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm2_fee_returned_remittance_charged_twice",
      "客户反映：11月7日在徐碧网点柜台给老家亲戚汇款3万元，扣手续费25元。因对方户名有一个字不符，11月10日款被退回，网点又扣了25元退汇手续费。客户认为钱没汇到却扣了两次，太多。要求退还退汇那笔手续费。",
      T(dates=("--11-07", "--11-10"), units=("XB",), complained=("XB",), business="支付结算", cause=FEE)),
    # why: how much of each note is paid out is the exchange rule and he accepts it; he objects
    # to the per-note charge on top (FEE), not the rule (RULE).
    L("fm2_fee_gnawed_notes_two_yuan_each",
      "客户来电投诉：拿一沓被老鼠咬过的百元券到东门网点兑换，能换的按规定换了，他没意见，但柜员按每张2元扣了手续费，共46元。客户称兑换残损票子本来就不该要钱。要求退还46元。",
      T(units=("CD",), complained=("CD",), business="人民币管理", cause=FEE)),
    L("fm2_fee_escrow_three_per_mille_each_side",
      "客户反映在明溪支行办理二手房资金监管，房款86万元，银行按千分之三扣了监管费2580元，买卖双方还各扣一次。客户认为只是代管四十来天，太贵。要求降低费率。",
      T(units=("MX",), complained=("MX",), business="其他中间业务", cause=FEE)),
    L("fm2_fee_dollar_cash_from_remitted_dollars",
      "客户李女士来电：她美元账户里的钱是儿子从美国汇来的，11月27日到燕西支行取2000美元现钞，被告知要按钞汇差价扣约1%，折合一百四十多元人民币。客户认为取自己的钱还扣这么多不合理。要求免除。",
      T(complainant="李女士", dates=("--11-27",), units=("YX",), complained=("YX",), business="外汇", cause=FEE)),

    # ---- 合同条款 ----
    # why: the duplicate charge is the occasion; the bank refuses by its agreement's time bar and
    # he asks for that term to go — an unfair clause (CLAUSE), not a rule applied (RULE).
    L("fm2_clause_card_disputes_only_before_due_date",
      "客户反映：9月信用卡账单上一笔3680元的加油消费重复入账，他12月1日才发现，到信用卡中心申请退回。经核实，领用合约第十二条写明'对账单有异议应在到期还款日前提出，逾期视为认可'，中心据此不予处理。客户认为这一约定把银行自己的差错推给持卡人。要求取消该约定并退还重复扣款。",
      T(dates=("--12-01",), units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    # why: two records disagree, but he does not ask for the fault to be found: he objects to the
    # signed term that makes the bank's own record win — an unfair clause (CLAUSE), not SYS.
    L("fm2_clause_bank_record_beats_passbook",
      "客户王德福称，存折上打印的利息和网点电脑里查到的差了300多元，柜员拿出开户时签的储蓄协议，上面写'存款金额、利息以银行记录为准'，说只能按电脑的算。客户认为自己手里的存折反倒不算数，这种约定不公平。要求修改协议，按存折打印的数支付。",
      T(complainant="王德福", business="人民币储蓄", cause=CLAUSE)),
    L("fm2_clause_gold_quality_by_banks_own_test",
      "客户来电投诉：去年在城东支行买的50克金条表面有气孔，11月要求退换。网点拿出购买确认书，上面写'质量争议以本行鉴定结论为准，客户不得异议'，银行自己鉴定说没问题。客户认为银行既当卖家又当裁判。要求删掉这句并找第三方检测。",
      T(units=("CD",), complained=("CD",), business="贵金属", cause=CLAUSE)),
    L("fm2_clause_late_borrowers_named_in_public",
      "客户反映在永安燕西支行签的个人借款协议里写着：借款人逾期的，银行有权在营业网点和媒体上公布其姓名及欠款。客户目前按时还款，但认为这一约定太霸道。要求删除或书面作出说明。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=CLAUSE)),

    # ---- 产品收益 ----
    L("fm2_ret_quarterly_payout_shrinking",
      "客户反映：去年在城东支行买的'季季享'理财，每季度派一次钱，前三次分别是1210元、760元、330元，一次比一次少。要求银行补足到第一次的水平。",
      T(units=("CD",), complained=("CD",), business="自营理财", cause=RET)),
    L("fm2_ret_index_fund_plan_down",
      "客户投诉：2023年起在明溪支行每月定投一只代销的指数基金1000元，三年共投3.6万元，现在市值只有2.95万元。客户说'银行卖的东西不该亏这么多'。要求银行赔偿亏损。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=RET)),
    L("fm2_ret_platinum_bar_fell",
      "来电人称去年8月在徐碧网点买了100克铂金条，现在按网点回购价算要亏4000多元。要求按原价回购。",
      T(units=("XB",), complained=("XB",), business="贵金属", cause=RET)),
    L("fm2_ret_euros_for_cancelled_trip_sold_back_lower",
      "客户周女士反映：今年7月为去欧洲旅游在列西兑换了5000欧元，后来行程取消，11月想换回人民币，汇价从7.9跌到7.6，要少拿1500元。要求按当初的价格换回。",
      T(complainant="周女士", units=("LJ",), complained=("LJ",), business="外汇", cause=RET)),

    # ---- 消费者资金安全 ----
    L("fm2_funds_card_locked_in_office_safe_swiped_next_province",
      "客户反映：11月22日凌晨收到短信，其借记卡在邻省一家金店连刷三笔，共4.7万元，而卡一直锁在单位保险柜里，本人当晚在本地值夜班，已报警。要求银行先行退还被刷款项。",
      T(dates=("--11-22",), business="银行卡", cause=FUNDS)),
    L("fm2_funds_card_hung_on_passbook_drew_it",
      "客户的儿子代为来电：其母亲在列西有一本活期存折，一直放在家里。11月查账发现10月下旬起被取走1.8万元，都是用一张挂在这本存折下的借记卡在ATM上取的，老人从没办过卡。要求查清这张卡是谁办的，退还被取走的钱。",
      T(units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=FUNDS)),
    L("fm2_funds_standing_transfer_payee_changed",
      "客户刘建华来电称，他在手机银行设了每月5日给女儿转生活费3000元的约定转账。11月5日女儿说没收到，一查收款人被改成了一个陌生人，9月、10月、11月三笔共9000元都转给了对方，本人从未改过，也没收到任何提醒。要求银行追回并赔偿。",
      T(complainant="刘建华", dates=("--11-05",), business="支付结算", cause=FUNDS)),
    L("fm2_funds_wealth_payout_to_strangers_account",
      "据客户陈述：其在燕西支行买的理财11月15日到期，本息10.4万元没有回到本人借记卡，而是转进了另一家银行的一个账户。经核实，该理财的回款账户10月底在手机银行上被改过，客户称从未操作，也没收到短信。要求银行全额赔付。",
      T(dates=("--11-15",), units=("YX",), complained=("YX",), business="自营理财", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm2_data_his_form_under_the_glass_as_sample",
      "客户投诉：11月19日在徐碧网点填单时，发现填单台玻璃下压着的'填写样本'竟是他上个月开户时填的申请书，姓名、身份证号、电话、住址一样没遮。要求立即撤下、查明原因并道歉。",
      T(dates=("--11-19",), units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("fm2_data_phone_number_opened_with_his_id",
      "客户反映：2026年12月2日接到通信营业厅电话，称他名下新开了一个手机号。营业厅说是明溪支行'存款送话费'活动时由银行统一提交的身份证资料办理的，客户从没同意过。要求注销该号码，并说明银行把他的资料交给了谁。",
      T(dates=("2026-12-02",), units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA)),
    L("fm2_data_fritters_wrapped_in_account_forms",
      "客户来电称，11月28日早上在早餐摊买油条，包油条的纸是开户申请表复印件，盖着城东支行的业务章，上面是邻居的姓名、身份证号和签名。客户担心自己的资料也这样流出去。要求银行说明作废资料如何销毁。",
      T(dates=("--11-28",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    # why: one could call it a careless mailing (SVC), but what went wrong is that his balance
    # lay open to whoever handled the card — personal data given away (DATA).
    L("fm2_data_statement_sent_as_open_postcard",
      "客户反映个金部寄来的年度对账单是明信片式的，没有信封，姓名、账号后六位和存款余额都印在外面，邮递员和收发室的人都能看到。要求改用密封信封，并说明还有多少客户这样寄过。",
      T(units=("PF",), complained=("PF",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm2_debt_banner_at_market_stall",
      "客户来电投诉：他信用卡欠款1.3万元逾期两个月，11月21日有三个自称受信用卡中心委托的人到他菜市场的摊位前拉横幅，写着'欠债不还'。欠款他认，正在筹钱。要求停止这种做法并撤下横幅。",
      T(dates=("--11-21",), units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    # why: her contact list was used, but for chasing a debt she admits — how the debt is chased
    # (DEBT), not personal data given away (DATA).
    L("fm2_debt_texts_to_whole_contact_list",
      "客户反映：其在燕西支行的消费贷逾期后，11月起手机通讯录里的亲戚朋友几乎都收到短信，说她'欠款不还，请督促'。客户承认欠款，已还了一期。要求停止给亲友发短信。",
      T(units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
    L("fm2_debt_four_men_at_door_from_six",
      "据客户陈述：11月26日早上6点，4名要账人员到他家门口，堵着门不让他出门上班，一直待到9点，单位记了他旷工。他的房贷逾期三期，他不否认。要求银行管住委托的外包人员。",
      T(dates=("--11-26",), business="债务催收", cause=DEBT)),
    L("fm2_debt_threat_to_sons_civil_service_vetting",
      "客户陈秀珍称，城东支行的贷款员在电话里说再不还钱就'让你儿子考公务员政审过不了'，她儿子正在备考，全家很紧张。欠款她认，要求道歉并不再这样说。",
      T(complainant="陈秀珍", units=("CD",), complained=("CD",), business="债务催收", cause=DEBT)),
)
