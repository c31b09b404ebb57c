"""A twenty-ninth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-06 by
helper `forms29`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. Exactly four things were
read: lines 1-61 of forms_blind1.py (its docstring, imports and first entries: the rules and the
format), lines 1-45 of letters_fresh11.py (its docstring: the labelling rules), lines 1-67 of
letters_heldout.py (the cause constants and the `heldout_directory`/`Truth`/`HeldOutLetter`
definitions) and /tmp/prompts/ids.txt (the ids of every earlier letter and form, whose
situations are avoided and whose ids are not reused). Written outside the repository, at
/tmp/forms29.

Each text is one summary as a call-centre or counter clerk of 明溪县支行 writes it on the
acceptance form ("客户反映…", "来电人称…", "客户到柜面称…", referrals from the 12378 hotline, a
superior department or 个人金融部, … ending with the request), 4 per cause (the 12 causes other
than 其他) over every business, about a third of them near-misses between two causes (a `# why:`
comment names the deciding rule). Units are named by name, by alias, as an outlet the customer
was only sent on from or only asked at, as the department that passed the complaint, as two
outlets compared, as where an account is merely held, or as the unit recording the form; where
the text does not say which unit the grievance is about, `complained` is empty.
Labelled by the rules of letters_fresh10.py (as forms_blind1.py lays them out):
- complainant: the customer's name if the form gives one (a surname with a title is a name),
  else None; phones none; dates ISO, every date stated with a day; a date without a year stays
  "--MM-DD" (forms carry no signing date, signed=None); relative dates are not recorded;
- units: every unit of heldout_directory() the text names (name or alias); complained: the
  unit(s) the grievance is about;
- cause: what the bank did that the customer objects to, not what is at stake: treatment or a
  clerk's mishandling → 服务态度及服务质量, a failed machine or system → 服务设施设备业务系统, a
  rule applied as designed → 管理制度业务规则与流程, misrepresentation to sell → 营销方式和手段,
  silence on a material fact → 信息披露, a tie or an add-on without consent → 自主选择权, the
  level of a charge → 定价收费, an unfair clause → 合同条款, the return of an undisputed sale →
  产品收益, money gone without the customer's act → 消费者资金安全, personal data given away →
  消费者信息安全, how an admitted debt is chased → 债务催收方式和手段;
- business: cards → 银行卡, passbooks and time deposits → 人民币储蓄, transfers and drafts →
  支付结算, cash, damaged notes and coins → 人民币管理, foreign currency → 外汇, the bank's own
  wealth product → 自营理财, a third party's insurance → 银行代理业务, gold → 贵金属, fee
  services (deposit certificates) → 其他中间业务, personal data → 个人金融信息, chasing a debt →
  债务催收, loans → 贷款.

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`f5dbea5`: the 2,443-example
weighting, not trained on this set, and the unit and name rules of `3672db2`): cause 93.8 % (45/48), the rules alone 43.8 % (21/48); business 95.8 %; unit found or
triage 100 % (45 right, 3 triage, 0 wrong); complainant 85.7 % / 85.7 %; fields 98.4 % / 96.9 %;
mojibake 0. Not trained on. Then both names (白跑一 read from "客户白跑一趟"; 钟先生 after a role,
"个金部转来：牛蛙养殖户钟先生今年…") were fixed.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS29: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: no rule asks a right-handed signature — the outlet's own supervisor later said a
    # thumbprint and the ID card would do; the refusal was the clerk's own (SVC), not a rule
    # applied as designed (RULE).
    L("fm29_svc_clerk_refused_left_hand_signature_of_man_in_cast",
      "客户反映11月18日到列西分理处支取一笔到期定期存款交住院押金，因右手打着石膏只能用左手签字，柜员说字迹跟预留的对不上，不给办，让他等拆了石膏再来。后经分理处主任核实，按手印加核对身份证即可办理，客户白跑一趟，押金也晚交了一天。要求经办柜员道歉。",
      T(dates=("--11-18",), units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=SVC)),
    L("fm29_svc_pound_notes_booked_into_euro_account",
      "来电人黄先生称，11月4日在城东支行存入英镑现钞1500镑，柜员点收后存进了他的欧元账户，回单币种也打成欧元，他11月20日查账才发现。找网点更正，又让他带齐原件再跑一趟。要求尽快更正入账币种并说明原因。",
      T(complainant="黄先生", dates=("--11-04", "--11-20"), units=("CD",), complained=("CD",),
        business="外汇", cause=SVC)),
    # why: the coins went short while the clerk, in front of her, kept taking them to make change
    # at the next window — a clerk's mishandling with the customer present (SVC), not money gone
    # without her act (FUNDS).
    L("fm29_svc_teller_used_her_coins_as_change_for_next_window",
      "客户反映其开小卖部攒了一袋一元硬币到徐碧网点兑换纸币，柜员一边清点一边抓了几把给隔壁窗口找零，点完说只有1314元，比她在家数好扎好的少了86元，她提出异议，柜员说'机器点的就是这个数'，不肯重点。要求重新清点并补足差额。",
      T(units=("XB",), complained=("XB",), business="人民币管理", cause=SVC)),
    # why: slips written in traditional characters are not barred by any rule (the supervisor
    # took it at once); the clerk's own refusal and remarks are the grievance (SVC), not RULE.
    L("fm29_svc_transfer_slip_in_traditional_characters_thrown_back",
      "客户到柜面称，其刚从香港回乡定居，11月26日在燕西支行办理一笔给装修队的转账，汇款单是用繁体字填写的，柜员说'看不懂，重写'，把单子扔回来，还说'回来了就要学简体字'。客户重填后值班主任说繁体字本来就可以办理。要求柜员道歉。",
      T(dates=("--11-26",), units=("YX",), complained=("YX",), business="支付结算", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("fm29_sys_kiosk_mortgage_interest_certificate_showed_zero",
      "来电人称在永安燕西支行大厅自助机打印房贷年度利息证明，'本年已还利息'一栏显示0元，拿去申报个税专项附加扣除被退回；柜台手工查询显示今年已还利息一万二千多元。自助机连打三次都是0元。要求出具正确的利息证明并修好自助机。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=SYS)),
    # why: paying demand rate on an unbooked withdrawal is the deposit's design, but the booking
    # was made and shown as done by the app, then lost — a failed system (SYS), not RULE. The
    # account is merely held at 燕西; no unit is said to be at fault.
    L("fm29_sys_phone_banking_lost_notice_deposit_booking",
      "客户反映其在燕西开户的一笔20万元七天通知存款，11月2日已通过手机银行预约支取，手机银行'我的预约'里显示预约成功；11月9日在手机银行支取时却提示'无预约记录'，钱按活期利息到账。要求按通知存款利率补足利息。",
      T(dates=("--11-02", "--11-09"), units=("YX",), complained=(), business="人民币储蓄", cause=SYS)),
    L("fm29_sys_deposit_machine_spat_out_new_fifty_notes_and_kept_one",
      "客户反映11月21日晚在东门网点自助存款机存现，机器把她的2019年版50元纸币一张张全部退出，最后一次退钞时卡住一张，既不退出也不入账，屏幕提示'交易失败'。第二天柜台说要等清机核对，至今没有结果。要求退还被吞的钱并修好机器。",
      T(dates=("--11-21",), units=("CD",), complained=("CD",), business="人民币管理", cause=SYS)),
    # why: the buyback was refused on the tester's reading, and the same bar passed at 城东 that
    # day — a failed machine (SYS), not the buyback rule applied as designed (RULE).
    L("fm29_sys_buyback_tester_flagged_banks_own_bar_impure",
      "个人金融部转来：客户谢女士2024年6月18日在明溪县支行营业部购买的50克金条，12月1日拿回营业部回购，检测仪两次显示成色不足，不予回购；同一根金条当天下午在城东支行检测合格。要求营业部检修仪器并按当天价格回购。",
      T(complainant="谢女士", dates=("2024-06-18", "--12-01"), units=("PF", "MX", "CD"), complained=("MX",),
        business="贵金属", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm29_rule_study_money_not_remitted_to_sons_landlord",
      "客户反映儿子在英国读书，房东要求直接汇房租到房东个人账户，他先到列西分理处问，列西说要去城东支行办；城东支行称因私购汇汇出只能汇给学生本人或学校，不能汇给房东个人。客户认为房租也是留学费用。要求给予办理。",
      T(units=("LJ", "CD"), complained=("CD",), business="外汇", cause=RULE)),
    # why: the clerk applied the 50-yuan floor of a time deposit correctly and kindly; the
    # customer objects to the floor itself (RULE), not to the clerk (SVC).
    L("fm29_rule_child_thirty_yuan_below_time_deposit_floor",
      "客户反映带孙女拿30元压岁钱到列西分理处，想给孩子存一张三个月定期'像大人一样'，柜员说整存整取起存金额是50元，30元只能存活期。客户认为银行对小孩子太死板。要求给孩子开这张定期。",
      T(units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=RULE)),
    L("fm29_rule_loan_refused_while_she_guarantees_an_overdue_loan",
      "来电人称2026年11月6日在徐碧支行申请10万元装修贷款被拒，信贷员说她给表哥的一笔贷款做了担保，表哥已经逾期，按规定担保人名下有逾期担保的不能新增贷款。客户认为逾期的不是她本人。要求重新审批。",
      T(dates=("2026-11-06",), units=("XB",), complained=("XB",), business="贷款", cause=RULE)),
    L("fm29_rule_deposit_certificate_not_issued_for_a_past_date",
      "客户到明溪支行营业部柜面称，办理出国探亲签证，使馆要求提供今年9月30日当天的存款余额证明，营业部称只能开具开证当天及以后的存款证明，不能开具以前日期的时点证明。要求按9月30日出具证明。",
      T(dates=("--09-30",), units=("MX",), complained=("MX",), business="其他中间业务", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the code works as a code; what she objects to is the manager's claim that it would
    # issue invoices by itself, made to sign her up — a misstatement to sell (MKT), not a
    # failed system (SYS).
    L("fm29_mkt_homestay_pay_code_said_to_issue_invoices_itself",
      "客户反映其开民宿，10月在城东支行办理收款码时，客户经理说这个码'客人扫码付款后自动给客人开电子发票，不用再请会计'，她才把原来的收款码换掉；结果客人要发票时码里根本没有开票功能，只能自己去税务局代开，丢了好几单团客。要求赔偿损失。",
      T(units=("CD",), complained=("CD",), business="支付结算", cause=MKT)),
    L("fm29_mkt_illness_cover_said_to_pay_on_any_three_day_stay",
      "12378热线转来：客户郑女士称今年4月在徐碧支行理财经理推荐下买了一份保险公司的重疾险，经理说'住院满三天就一次赔五万'，她11月因肺炎住院五天去理赔，保险公司说只有合同列明的重大疾病确诊才赔。要求退还全部保费。",
      T(complainant="郑女士", units=("XB",), complained=("XB",), business="银行代理业务", cause=MKT)),
    L("fm29_mkt_wealth_said_tax_free_unlike_deposit_interest",
      "客户反映在列西分理处买理财时，理财经理说'存定期利息要交20%的利息税，理财不用交'，她才把到期的三年定期全部转买理财；后来听邻居说存款利息早就不交税了。要求赎回理财并按原定期利率补偿。",
      T(units=("LJ",), complained=("LJ",), business="自营理财", cause=MKT)),
    # why: the officer did not merely leave the monthly payments unsaid — he said the loan
    # would rest during the fishing ban; an affirmative misstatement to sell (MKT), not DISC.
    L("fm29_mkt_boat_loan_said_to_pause_in_fishing_ban",
      "来电人称今年在燕西支行贷款买渔船发动机，信贷员说'休渔期三个月不用还，开海了再还'，他才签的字；休渔期间每月照样从卡里扣款，卡里没钱被记了逾期。要求撤销逾期记录，并按当初说的休渔期暂停还款。",
      T(units=("YX",), complained=("YX",), business="贷款", cause=MKT)),

    # ---- 信息披露 ----
    # why: he does not dispute the size of the daily charge; he objects that no one told him
    # class C carries one — silence on a material fact (DISC), not the level of a charge (FEE).
    L("fm29_disc_agency_fund_class_c_daily_charge_untold",
      "客户反映在燕西支行柜台买了一只代销的债券基金，柜员推荐他买C类，说'C类不收申购费'，却没说C类每天都要计提销售服务费；他持有一年多，算下来比买A类还多付了几百元。客户说钱多少是其次，柜员当时一句也没讲。要求补偿差额。",
      T(units=("YX",), complained=("YX",), business="银行代理业务", cause=DISC)),
    L("fm29_disc_business_loan_renewal_needs_fresh_approval_untold",
      "客户反映其在徐碧支行的50万元经营贷款11月底到期，原以为可以直接续上，到期前才被告知续贷要重新提交流水、重新审批，来不及准备只能先借高息钱还上。签合同时信贷员从没提过到期续贷要重新审批。要求延期并给予续贷。",
      T(units=("XB",), complained=("XB",), business="贷款", cause=DISC)),
    L("fm29_disc_dollar_transfer_to_her_other_bank_sent_as_a_wire",
      "客户反映11月10日在城东支行把自己账上的1万美元转到她在另一家银行的美元账户，柜员没说境内美元跨行转账要按国际汇款走，钱四天后才到，还被中间行扣了手续费，她因此错过了孩子学校的缴费截止日。要求退还被扣费用。",
      T(dates=("--11-10",), units=("CD",), complained=("CD",), business="外汇", cause=DISC)),
    L("fm29_disc_gold_account_buy_sell_gap_untold",
      "客户反映10月在列西开通积存金账户，当天买入20克，第二天金价几乎没动，她想卖出却发现要亏三百多元，才知道买入价和卖出价之间有价差。开户时柜员只讲'随时能买随时能卖'，价差的事一个字都没提。要求退还损失。",
      T(units=("LJ",), complained=("LJ",), business="贵金属", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm29_choice_wealth_sold_only_paired_with_low_rate_product",
      "客户反映11月8日在燕西支行想买一款业绩比较基准3.2%的一年期理财，理财经理说这款额度紧张，只有同时买等额的一款1.5%的现金类理财才能配到额度，不同意就不给买。客户只想买一款。要求单独购买。",
      T(dates=("--11-08",), units=("YX",), complained=("YX",), business="自营理财", cause=CHOICE)),
    # why: the three extra debits were added on purpose, 'for the outlet's target', without
    # asking her — an add-on without consent (CHOICE), not a clerk's slip (SVC).
    L("fm29_choice_one_water_debit_signed_as_four",
      "客户反映11月10日到列西分理处只想签自来水费代扣，柜员说'网点有任务，一起签了方便'，把电费、燃气费、有线电视费代扣也一并签上，没有问她同不同意，她收到扣款短信才知道。要求取消另外三项代扣。",
      T(dates=("--11-10",), units=("LJ",), complained=("LJ",), business="支付结算", cause=CHOICE)),
    L("fm29_choice_app_transfers_opened_only_with_paid_usb_key",
      "来电人称想在徐碧网点开通手机银行转账给在外地的女儿打生活费，柜员说必须同时买一个60元的U盾才给开通转账功能，用短信验证码不行。客户不用电脑，也用不上U盾。要求不买U盾开通转账。",
      T(units=("XB",), complained=("XB",), business="支付结算", cause=CHOICE)),
    L("fm29_choice_reissued_card_came_with_paid_card_sleeve",
      "客户反映11月17日在城东支行补办借记卡，柜员把新卡装在一个'防盗刷卡套'里递给她，事后才发现卡里被扣了15元卡套费，柜员从头到尾没问她要不要。要求退还15元。",
      T(dates=("--11-17",), units=("CD",), complained=("CD",), business="银行卡", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm29_fee_cancelling_a_wire_ten_minutes_later",
      "客户反映11月12日在明溪县支行营业部给在澳洲的女儿汇款，十分钟后发现收款行代码填错，当即要求撤销，营业部称汇款已发出，撤销要收取150元手续费加电报费，几乎跟汇一笔的费用一样。客户认为十分钟内撤回要这么多钱太贵。要求减免。",
      T(dates=("--11-12",), units=("MX",), complained=("MX",), business="外汇", cause=FEE)),
    L("fm29_fee_twenty_yuan_per_sales_slip_copy",
      "客户反映对信用卡账单上三笔商户消费有疑问，致电信用卡中心要求调阅签购单，客服说每调一张20元，三张60元，不管查出来是不是她本人签的都要付。客户认为为了核对自己的账还要花这么多钱太贵。要求免除调单费。",
      T(units=("CARD",), business="银行卡", cause=FEE, complained=("CARD",))),
    L("fm29_fee_farm_loan_reappraised_every_yearly_renewal",
      "来电人吴先生称其在列西分理处用自家房屋抵押的30万元经营贷款每年续贷一次，每次续贷都要重新评估房屋，评估费一次1500元，房子还是那套房子，三年交了三次。要求减免评估费。",
      T(complainant="吴先生", units=("LJ",), complained=("LJ",), business="贷款", cause=FEE)),
    # why: the form is taken at 明溪县支行 and 城东支行 is only the comparison; the grievance is
    # the amount 燕西支行 asked.
    L("fm29_fee_english_deposit_certificate_ten_times_dearer_at_yanxi",
      "客户到明溪县支行营业部柜面称，她在燕西支行开一份英文版存款证明用于留学签证，被收了200元；她丈夫上个月在城东支行开同样的英文版证明只花了20元。客户认为同一家银行不同网点相差十倍说不过去。要求燕西支行退还多出的部分。",
      T(units=("MX", "YX", "CD"), complained=("YX",), business="其他中间业务", cause=FEE)),

    # ---- 产品收益 ----
    L("fm29_ret_quail_egg_money_daily_wealth_fell_to_one_point_zero_five",
      "客户反映去年卖鹌鹑蛋攒下的8万元放在徐碧支行一款每日可赎回的理财里，买的时候七日年化2.3%左右，今年越来越低，11月只有1.05%，还不如存定期。客户表示当初就知道是浮动的，只是觉得太少。要求银行多补一点或推荐别的产品。",
      T(units=("XB",), complained=("XB",), business="自营理财", cause=RET)),
    L("fm29_ret_low_altitude_economy_fund_down_a_fifth",
      "客户反映2025年3月在城东支行买了一只代销的低空经济主题基金，准备给儿子买车用，现在亏了21%，赎回的话连车的首付都不够。客户说风险测评和告知书都签了，也没人说过保本，就是亏得太多。要求银行想办法弥补。",
      T(units=("CD",), complained=("CD",), business="银行代理业务", cause=RET)),
    L("fm29_ret_roubles_for_sons_study_in_moscow_fell",
      "来电人称今年初在燕西支行购买了卢布现钞准备给在莫斯科留学的儿子带去，儿子学校推迟开学没去成，现在卢布跌了，按燕西当天的牌价换回人民币要亏六千多元。客户认可牌价是按市场走的，只是亏得太多。要求给予补贴。",
      T(units=("YX",), complained=("YX",), business="外汇", cause=RET)),
    # why: he disputes nothing that was said or left unsaid at the sale — he read and signed the
    # risk notice and the manager promised nothing; he objects to a low result of an undisputed
    # sale (RET), not MKT or DISC.
    L("fm29_ret_bullfrog_farmers_ninety_day_wealth_ended_point_six",
      "个金部转来：牛蛙养殖户钟先生今年5月在列西分理处买了一款90天期净值型理财，业绩比较基准2.4%，到期年化只有0.6%。客户说买的时候风险揭示书看过也签了，知道不保证，理财经理也没乱讲，只是比活期高不了多少，心里不平衡。要求银行解释并给予补偿。",
      T(complainant="钟先生", units=("PF", "LJ"), complained=("LJ",), business="自营理财", cause=RET)),

    # ---- 合同条款 ----
    L("fm29_clause_card_agreement_waives_time_bar_defence",
      "来电人称翻看信用卡领用合约，发现其中一条写着'持卡人同意放弃对本合约项下欠款的诉讼时效抗辩'，他认为银行用一句印好的格式文字让客户放弃法律给的权利不公平。客户目前没有欠款。要求信用卡中心删除该内容并书面答复。",
      T(units=("CARD",), complained=("CARD",), business="银行卡", cause=CLAUSE)),
    L("fm29_clause_heirs_paid_demand_rate_for_whole_term",
      "上级行转办：客户反映父亲去世后到徐碧支行办理父亲一笔五年期定期存款的继承支取，网点出示存款凭证背面的约定'存款人身故的，继承人支取时全部存期按活期利率计息'，五年利息只剩几百元。客户认为这句约定让继承人白白损失利息，不公平。要求按五年期利率计息。",
      T(units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE)),
    # why: the debit was made as the deposit agreement allows; what he objects to is that term,
    # which leaves any later back-office finding on the depositor — an unfair clause (CLAUSE),
    # not money gone without his act (FUNDS).
    L("fm29_clause_dollar_cash_debited_on_later_back_office_finding",
      "客户反映10月在城东支行存入美元现钞3000美元，11月13日账户被扣回100美元，网点说后台清分时发现其中一张是假钞，按存款协议'事后清分发现的假币由存款人承担'直接扣款，既没有当面鉴别，也没给收缴凭证。客户认为协议这一条把银行的责任全推给了客户。要求退回100美元。",
      T(dates=("--11-13",), units=("CD",), complained=("CD",), business="外汇", cause=CLAUSE)),
    # why: he does not complain of how anyone chases him — he repays on time; he objects to the
    # contract's term that lets one member's default call every loan (CLAUSE), not DEBT.
    L("fm29_clause_one_default_in_joint_group_calls_every_loan",
      "来电人称其在徐碧支行参加五户联保贷款，合同写明'联保小组任一成员逾期，银行有权宣布全部成员贷款提前到期'，这次小组里一户养殖场失火还不上，银行要求其余四户本月内全部还清。客户认为自己一直按时还款，却因别人逾期被提前收回，不公平。要求按原期限还款。",
      T(units=("XB",), complained=("XB",), business="贷款", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    # why: she never asked for the change and was not there — money left without her act
    # (FUNDS), not a clerk's visible slip in her presence (SVC); 列西 merely holds the deposit.
    L("fm29_funds_monthly_interest_redirected_to_strangers_card",
      "客户反映其在列西分理处有一笔50万元存本取息定期存款，每月利息原本自动转入她的借记卡，9月起利息不再到账；查询发现8月2日有人在燕西支行柜台把利息转入账户改成了一张陌生人的卡，三个月利息四千多元已被转走，她本人从未办理过。要求追回利息并查明经办情况。",
      T(dates=("--08-02",), units=("LJ", "YX"), complained=("YX",), business="人民币储蓄", cause=FUNDS)),
    L("fm29_funds_card_billed_for_inflight_duty_free_never_flown",
      "来电人称其信用卡账单上出现两笔国际航班机上免税品消费共八千多元，消费当天她在县医院上班，卡一直在身上，她今年根本没坐过飞机。要求追回款项并停止扣收。",
      T(business="银行卡", cause=FUNDS)),
    L("fm29_funds_agency_policy_surrendered_by_impostor",
      "客户反映11月25日接到保险公司回访才知道，她在燕西支行买的一份分红型两全保险已于11月20日在燕西支行柜台被人拿着她的身份证复印件和代签的退保申请办理了退保，退保金3万多元转入了一张不是她的卡。她本人从未去过，也没委托任何人。要求恢复保单或追回退保金。",
      T(dates=("--11-25", "--11-20"), units=("YX",), complained=("YX",), business="银行代理业务", cause=FUNDS)),
    L("fm29_funds_dollar_deposit_drawn_on_forged_notarised_proxy",
      "客户张先生在美国务工，其弟到柜面代为反映：张先生在城东支行的2万美元定期存款11月11日被人持一份所谓'经公证的委托书'在柜台提前支取并转走，张先生本人从未出具过任何委托书，当时人在美国。要求追回存款并追究责任。",
      T(complainant="张先生", dates=("--11-11",), units=("CD",), complained=("CD",), business="外汇", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm29_data_counter_printed_mothers_history_for_her_daughter",
      "来电人称其母亲八十多岁，11月14日她大姐拿着母亲的身份证和存折到徐碧网点，柜员没有母亲本人到场也没要授权书，就把母亲近三年的存取款明细打给了大姐，大姐拿着明细在家里闹分家产。要求追究柜员责任。",
      T(dates=("--11-14",), units=("XB",), complained=("XB",), business="个人金融信息", cause=DATA)),
    L("fm29_data_outlet_told_self_styled_godson_mothers_deposits",
      "来电人刘女士称母亲去世后，一名自称是母亲'干儿子'的男子到列西分理处打听，柜员没要任何继承证明，就告诉了他母亲在分理处有几笔存款、各多少钱，此人随后到家里闹着要分钱。要求追究柜员责任。",
      T(complainant="刘女士", units=("LJ",), complained=("LJ",), business="个人金融信息", cause=DATA)),
    # why: the anti-fraud check on a large transfer is a rule, and she accepts it; what she
    # objects to is the clerk reading through and photographing her private chats — personal
    # data taken and passed on (DATA), not RULE.
    L("fm29_data_antifraud_check_clerk_read_and_photographed_her_chats",
      "客户到柜面称，12月2日在明溪县支行营业部办理一笔大额转账，柜员以防诈骗核实为由让她解锁手机，翻看了她的微信聊天记录和相册，还用自己的手机拍了几张聊天截图，说要'发给领导看'。客户不反对核实，但认为私人聊天不该被翻看和拍走。要求删除照片并道歉。",
      T(dates=("--12-02",), units=("MX",), complained=("MX",), business="个人金融信息", cause=DATA)),
    L("fm29_data_thank_you_pennant_for_her_deposit_sent_to_her_school",
      "12378热线转来：客户反映她把卖房款100万元存到城东支行后，城东支行为表示感谢，派人带着感谢信和锦旗送到她任教的学校，在办公室当众宣读'感谢某某老师存入100万元'，还拍照发到了网点公众号。客户认为存多少钱是个人隐私。要求删除文章并书面道歉。",
      T(units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm29_debt_card_chaser_called_every_firm_he_applied_to",
      "来电人称其信用卡逾期三个月，欠款他认，正在找工作筹钱还款，但信用卡中心委托的追款人员从网上找到他投的简历，挨个打电话给他投过简历的几家公司，说他欠信用卡钱不还，结果几家公司都不再约他面试。要求停止这种做法。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm29_debt_caller_used_sons_cloned_voice",
      "客户反映其丈夫的信用卡欠款确实未还，近日她接到一个电话，声音和在外地上大学的儿子一模一样，哭着说'妈，银行说再不还钱就到学校找我'，后来对方承认是信用卡中心委托的追款公司用软件合成的声音。要求停止用这种方式吓唬家人。",
      T(units=("CARD",), complained=("CARD",), business="债务催收", cause=DEBT)),
    # why: his debt and its amount reached the village Party branch, but in the course of
    # chasing a debt he admits — how an admitted debt is chased (DEBT), not DATA.
    L("fm29_debt_loan_staff_reported_him_to_village_party_branch",
      "客户反映其在燕西支行的消费贷款逾期三个月，他承认欠款，但燕西支行的人找到村党支部书记，说他'党员欠钱不还，影响不好'，要求支部做他工作，还报了欠款金额，支部书记在党员会上点了他的名。要求停止找无关的人。",
      T(units=("YX",), complained=("YX",), business="债务催收", cause=DEBT)),
    L("fm29_debt_loan_officer_warned_buyers_at_cattle_market",
      "客户反映其在城东支行的养牛贷款有两期逾期，他认账，11月27日到县牛市卖牛准备还款，城东支行信贷员跟在旁边，对每个来看牛的买主说'这牛押给银行了，买了要出事'，结果一头也没卖出去。要求信贷员停止这种做法，让他卖牛还款。",
      T(dates=("--11-27",), units=("CD",), complained=("CD",), business="债务催收", cause=DEBT)),
)
