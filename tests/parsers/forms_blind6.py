"""A sixth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-05 by
helper `forms6`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. Read were only: the module
docstring and first three entries of forms_blind1.py (the format and the labelling rules), the
module docstring of letters_fresh11.py, the `Truth`/`HeldOutLetter`/`heldout_directory`
definitions and the cause constants of letters_heldout.py (its module docstring came with
them; none of its letters), and the list of earlier letter and form ids, whose situations are
avoided. Written outside the repository, at /tmp/forms6.

Each text is one summary as a call-centre or counter clerk writes it on the acceptance form
("客户反映…", "来电人称…", "据客户陈述…", "经查…", … ending with the request), 4 per cause over
every business, about a third of them near-misses between two causes (a `# why:` comment names
the deciding rule). Labelled by the rules of letters_fresh10.py as forms_blind1.py states them:
the rules written out in forms_blind1.py's docstring, which the writer was given and copied
here word for word (complainant, phones, dates, units, complained, cause, business).

No text names its cause with the words of the cause's label. Dates are listed in the order the
text first states them.

Written outside the repository, at /tmp/forms6.

Scored once, blind, on 2026-12-05 (a scratch script outside the repository) by the weighting
shipped then (1,285 examples, FORMS1 … FORMS5 and TRAIN_E among them, `5dedea9`): cause 89.6 %
(43/48), the rules alone 47.9 % (23/48); business 93.8 %; unit found or triage 95.8 % (46 right,
2 wrong); complainant 100 % / 90.9 %; fields 96.9 % / 96.9 %. Not trained on: with FRESH16 it
is the blind measure of the shipped weighting's cause. Its two wrong units were then fixed by rule
(a later visit only to ask, 事后到X询问, is background), so its unit figure is no longer blind.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS6: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: the outlet itself paid the taped note out and she had not left the counter; "离柜不负责"
    # was misapplied by the clerk — a clerk's mishandling (SVC), not a rule applied as designed.
    L("fm6_svc_taped_note_paid_out_swap_refused_at_counter",
      "客户反映12月1日在列西分理处取现5000元，当场清点时发现其中一张百元券断成两截、用透明胶粘着，人还站在窗口前就要求调换，柜员称“钱已经出去了，离柜概不负责”，拒不调换，并嫌其挡着后面排队的人。客户认为残缺券是网点自己付出去的。要求调换该券，并由网点负责人当面致歉。",
      T(dates=("--12-01",), units=("LJ",), complained=("LJ",), business="人民币管理", cause=SVC)),
    # why: the remittance had been waiting since the 16th and the second outlet found it at once —
    # the first outlet's clerks did not look properly (SVC), not a failed system (SYS).
    L("fm6_svc_canada_remittance_said_not_arrived_for_a_week",
      "来电人黄女士称，其子从加拿大汇来3000加元，11月17日起她先后三次到徐碧网点查询，柜员每次看一眼电脑就说“没到，回去等”。11月24日改到城东支行查询，工作人员当即告知款项11月16日已到，挂在待客户确认状态，本人签字即可入账。黄女士称因此拖欠房租一周。要求徐碧网点说明为何查不到，并向其道歉。",
      T(complainant="黄女士", dates=("--11-17", "--11-24", "--11-16"), units=("XB", "CD"),
        complained=("XB",), business="外汇", cause=SVC)),
    L("fm6_svc_clerk_redeemed_the_wrong_one_of_two_wealth_products",
      "据客户沈女士陈述：11月23日到徐碧支行，要求赎回所持两款理财中的“季季红”，保留“年年享”。柜员操作时选错，将“年年享”全部赎回。该产品未满一年，提前赎回损失约600元，且已停售无法再买回。沈女士当时未核对回单，次日看到短信才发现。要求网点承担损失并恢复其原持有产品。",
      T(complainant="沈女士", dates=("--11-23",), units=("XB",), complained=("XB",),
        business="自营理财", cause=SVC)),
    L("fm6_svc_premium_payer_told_to_use_app_and_scolded",
      "一位七十三岁客户到明溪支行柜台续交其在该行代买的一份保险的年度保费，大堂经理和柜员都让他“自己下载保险公司APP交”。客户称不会用智能手机，柜员当着排队的人说“这点事都学不会，别占着窗口”。客户在大厅坐了一个多小时无人过问，最后由孙子赶来用手机代交。要求网点给个说法，今后老年人能在柜台正常办理。",
      T(units=("MX",), complained=("MX",), business="银行代理业务", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    L("fm6_sys_new_card_expiry_mismatched_online_payments_declined",
      "客户反映：借记卡到期后于11月9日在城东支行换领新卡，此后网上支付、绑定第三方支付均提示“有效期错误”，在商店刷卡正常。网点两次让其解绑重绑均无效。12月3日网点回电称新卡卡面有效期与后台登记不一致，需重新制卡。其间水费、燃气费代扣失败，产生滞纳金42元。要求尽快换卡并承担滞纳金。",
      T(dates=("--11-09", "--12-03"), units=("CD",), complained=("CD",), business="银行卡", cause=SYS)),
    # why: she set the order herself and it still reads "每周五" — the bank's program ran it on the
    # wrong days; a failed system (SYS), not money gone without her act (FUNDS).
    L("fm6_sys_weekly_transfer_to_carer_ran_three_times",
      "据客户陈述，其在手机银行设置了每周五向护工转账1500元的定期转账。11月27日（周五）、11月28日、11月29日连续三天各转出1500元，多转3000元，护工已退回1000元。客户称设置从未改动，手机银行页面至今仍显示“每周五”，已到燕西打印了流水。要求查明原因，协助追回剩余多转款项，并保证不再出现。",
      T(dates=("--11-27", "--11-28", "--11-29"), units=("YX",), business="支付结算", cause=SYS)),
    L("fm6_sys_gold_account_showed_half_grams_after_maintenance",
      "客户来电投诉：其手机银行积存金账户持有200克，12月1日凌晨维护后页面显示只剩100克，“卖出”按钮为灰色，无法操作。12月1日至12月4日金价连续上涨，客户原计划分批卖出，因持仓显示错误未能卖出。个金部答复数据已恢复、持仓没有减少。客户不认可，认为错过了卖出时机。要求按12月2日最高价补偿差价。",
      T(dates=("--12-01", "--12-04", "--12-02"), units=("PF",), business="贵金属", cause=SYS)),
    L("fm6_sys_old_deposit_slip_not_found_after_migration",
      "客户王秀兰持2019年3月在原信用社存入的整存整取存单一张（4万元），11月30日到永安燕西支行支取，柜台查询提示“账户不存在”。工作人员称可能是机构合并时数据没有迁移过来，让她回家等通知，至今五天无人联系。客户年近八十，担心存款没了，情绪激动。要求尽快查清并兑付本息。",
      T(complainant="王秀兰", dates=("--11-30",), units=("YX",), complained=("YX",),
        business="人民币储蓄", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    # why: the outlet told her politely where the notes can be exchanged; notes withdrawn from
    # circulation go to the central bank's outlets — a rule applied as designed (RULE), not a
    # clerk's mishandling (SVC).
    L("fm6_rule_fourth_series_jiao_notes_sent_to_central_bank",
      "客户反映，其整理老人遗物时找出第四套人民币一角、二角纸币约80元，12月2日到列西兑换。网点称这两种券别已停止流通，网点不能收兑，需本人到人民银行指定机构兑换，并告知了地址。客户认为都是人民币，银行就该收，让她为几十块钱跑县城不合理。要求列西分理处直接办理兑换。",
      T(dates=("--12-02",), units=("LJ",), complained=("LJ",), business="人民币管理", cause=RULE)),
    L("fm6_rule_euro_coins_from_trip_not_bought_back",
      "来电人周先生称，11月25日携带旅游剩下的欧元硬币约46欧元和两张20欧元纸币到明溪县支行结汇，网点只收纸币，硬币一律不收，称“外币硬币不办理兑换”。周先生认为都是欧元，银行只收一半说不过去。要求网点收兑硬币，或出示书面依据。",
      T(complainant="周先生", dates=("--11-25",), units=("MX",), complained=("MX",), business="外汇",
        cause=RULE)),
    L("fm6_rule_baker_loan_flows_in_wifes_name_not_counted",
      "客户陈建华在城东经营面包店，11月中旬向城东支行申请30万元经营贷款。客户经理告知须提供借款人本人名下近12个月的经营流水，因店里收款码一直绑定在其妻子账户上，流水不予认可，贷款申请未受理。客户称夫妻共同经营，营业执照登记在他名下。要求认可其妻子账户的流水，重新受理申请。",
      T(complainant="陈建华", units=("CD",), complained=("CD",), business="贷款", cause=RULE)),
    L("fm6_rule_certificate_for_past_date_refused",
      "客户反映：12月3日到徐碧网点，要求开具一份截至9月1日的存款余额证明，用于孩子留学申请补件。网点答复存款证明只能证明当日或以后某一日的存款，不能出具过去日期的证明，建议打印该日的账户流水并加盖业务章代替。客户称学校要的就是那一天的证明。要求网点按其要求出具证明。",
      T(dates=("--12-03", "--09-01"), units=("XB",), complained=("XB",), business="其他中间业务",
        cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: the contract says LPR plus a spread; she objects that the officer told her the rate was
    # fixed to win her from another bank — a false statement to sell (MKT), not silence (DISC).
    L("fm6_mkt_mortgage_rate_said_fixed_thirty_years",
      "客户何丽华来电：2026年3月在燕西支行办理房贷，客户经理口头承诺“利率3.1%，三十年不变”，她因此放弃了另一家银行的方案。近日收到短信，称1月1日起贷款重新定价，执行利率调整为3.35%，翻出借款合同才知是LPR加点的浮动利率。何女士称客户经理当时说的就是固定利率，还拍着胸脯保证。要求按3.1%执行。",
      T(complainant="何丽华", dates=("--01-01",), units=("YX",), complained=("YX",), business="贷款",
        cause=MKT)),
    L("fm6_mkt_card_said_to_insure_whole_family_on_train_trips",
      "客户反映10月在商场门口经信用卡中心推广人员介绍办理信用卡，推广人员称“用这张卡买火车票，全家人都有百万意外险”。11月8日其母亲乘火车途中摔伤，申请理赔时被告知该保障仅限持卡人本人且仅限购买机票。客户称推广人员当时讲得很清楚是全家、火车票也算。要求按办卡时的说法理赔，否则销卡并退还年费。",
      T(dates=("--11-08",), units=("CARD",), complained=("CARD",), business="银行卡", cause=MKT)),
    L("fm6_mkt_hometown_transfer_said_two_hours",
      "来电人称，11月28日在东门网点给外省老家的母亲汇手术费，大堂经理推荐开通“快汇”服务，说“两小时到账，比普通汇款快多了”，当场帮其开通，另扣了开通费20元。款项12月1日才到账，老人住院押金因此晚交。事后看说明才知该服务到账时间为一至两个工作日。要求退还开通费，并对大堂经理的说法作出解释。",
      T(dates=("--11-28", "--12-01"), units=("CD",), complained=("CD",), business="支付结算",
        cause=MKT)),
    L("fm6_mkt_five_year_deposit_said_to_help_son_get_bank_job",
      "客户罗先生反映，11月初在明溪支行存入征地补偿款50万元，存期五年，当时网点工作人员称“在我们这存满五年，你儿子考我们行能加分”。其子今年参加该行招聘，被告知招聘不存在任何存款加分。罗先生称就是冲着这句话才存的五年。要求提前支取并按五年期利率计息。",
      T(complainant="罗先生", units=("MX",), complained=("MX",), business="人民币储蓄", cause=MKT)),

    # ---- 信息披露 ----
    # why: the product paid exactly as designed; he objects that nobody mentioned the record date
    # when he redeemed the day before it — silence on a material fact (DISC), not the return (RET).
    L("fm6_disc_wealth_sold_day_before_record_date_lost_quarter",
      "客户吴先生反映，其持有本行一款按季分红的理财产品，12月1日在列西分理处全部赎回。事后得知12月2日是该产品的权益登记日，登记日前赎回的不享有当季分红，约少拿1100元。吴先生称赎回时柜员只问了金额，没有任何人提过登记日，早知道晚一天再赎。要求补发当季分红。",
      T(complainant="吴先生", dates=("--12-01", "--12-02"), units=("LJ",), complained=("LJ",),
        business="自营理财", cause=DISC)),
    # why: the classification of an extended loan is the rule; he objects that he signed the
    # extension without being told it shows on his credit report — silence (DISC), not the rule.
    L("fm6_disc_loan_extension_marked_on_credit_report_untold",
      "客户反映，2026年6月其在徐碧支行的经营贷款到期无力归还，客户经理为其办理了展期，当时只让其在几处签字，未说明展期后贷款在征信报告中的分类会发生变化。11月申请房贷时，他行告知其征信显示该笔贷款为“关注类”，房贷未获批。客户称若事先知道，宁可找亲戚借钱先还上。要求更正征信记录，或给出书面说明。",
      T(units=("XB",), complained=("XB",), business="贷款", cause=DISC)),
    L("fm6_disc_medical_cover_renewal_not_guaranteed_untold",
      "客户来电投诉：2025年在城东支行柜台经工作人员介绍购买某保险公司医疗保险，一年一续。今年11月保险公司以其上年住院理赔为由不予续保。客户称购买时工作人员从未说过这款保险“不保证续保”、保险公司可以拒绝续保，如果知道就不会买。客户已向个金部反映，答复称续保由保险公司决定。要求银行协调续保，或退还历年所交保费。",
      T(units=("CD", "PF"), complained=("CD",), business="银行代理业务", cause=DISC)),
    # why: the fingerprint check is the box's rule and it was applied as designed; she objects that
    # at renting nobody said so or offered a co-renter — silence on a material fact (DISC).
    L("fm6_disc_safe_box_opens_only_by_holders_fingerprint_untold",
      "客户张女士称，其丈夫2024年在燕西支行租用保管箱一个。11月其丈夫中风住院，她持丈夫身份证、钥匙和结婚证前往开箱取房产证，网点称须承租人本人指纹验证，家属不能代开。张女士称租箱时网点从没提过开箱要本人指纹，也没说可以登记家属为共同承租人，否则当时就会加上她。要求网点协助开箱。",
      T(complainant="张女士", units=("YX",), complained=("YX",), business="其他中间业务", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm6_choice_time_deposit_only_if_pension_moved_here",
      "客户反映12月4日到列西分理处存一年定期6万元，柜员称“存定期要先把养老金代发转到我们这”，客户不同意，柜员即不予办理，客户只得拿着现金离开。客户认为存钱是自己的事，不应附带条件。要求网点说明理由，并无条件为其办理定期存款。",
      T(dates=("--12-04",), units=("LJ",), complained=("LJ",), business="人民币储蓄", cause=CHOICE)),
    # why: he objects to being made to sign up for a pick-up he does not want, not to what the
    # 30 yuan a month comes to — an add-on without consent (CHOICE), not the charge (FEE).
    L("fm6_choice_coin_deposits_only_with_paid_pickup_service",
      "菜市场摊主李先生来电，称其每周到东门网点存一两次零钞硬币，11月起网点不再在柜台收，要求他签约“上门收款”服务，每月30元，由网点派人上门取款。李先生称摊位离网点不过两百米，根本用不着上门，是被逼着签的约。要求解约，恢复在柜台存入零钞。",
      T(complainant="李先生", units=("CD",), complained=("CD",), business="人民币管理", cause=CHOICE)),
    # why: another outlet sells the bar alone; the clerk's "系统不能出库" is the excuse for an add-on
    # forced with the sale (CHOICE), not a failed machine (SYS) or a rule (RULE).
    L("fm6_choice_gold_bar_sold_only_with_loss_insurance",
      "客户反映，11月22日在徐碧支行为孙子周岁购买20克生肖金条，柜员称买金条必须同时投保一份“贵金属遗失险”，保费68元，“不买系统不能出库”。客户不需要保险，但周岁宴在即只好买了。事后到城东支行询问，对方称单买金条即可，没有这个要求。要求退还保费，取消该保险。",
      T(dates=("--11-22",), units=("XB", "CD"), complained=("XB",), business="贵金属", cause=CHOICE)),
    L("fm6_choice_credit_standing_letter_only_with_credit_card_application",
      "客户孔先生称，为参加工程投标需开具个人资信证明，12月1日到明溪县支行申请。客户经理表示“先办一张我们的信用卡，资信证明才好开”，随即拿出信用卡申请表让其签字。孔先生拒绝后，对方改口称资信证明要等一周。要求网点立即出具资信证明，不得以办卡为条件。",
      T(complainant="孔先生", dates=("--12-01",), units=("MX",), complained=("MX",),
        business="其他中间业务", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm6_fee_three_supplementary_cards_hundred_each",
      "客户反映，其信用卡主卡年费已按刷卡次数免除，但为三个子女办的三张附属卡每张每年扣年费100元，11月账单共扣300元。客户称附属卡一年每张只刷几百元，这个价钱太高，别的银行附属卡基本不要年费。要求免除附属卡年费，退回已扣的300元。",
      T(business="银行卡", cause=FEE)),
    L("fm6_fee_forty_transfer_receipts_five_each",
      "来电人为个体工商户，称因税务核查需补打今年的转账回单40张，11月26日到永安燕西支行柜台打印，每张5元，共付200元。来电人认为回单本是转账的凭证，打一张纸要5元太贵，手机银行又只能查看不能打印。要求退还或降低标准。",
      T(dates=("--11-26",), units=("YX",), complained=("YX",), business="支付结算", cause=FEE)),
    L("fm6_fee_small_dollar_bills_taken_at_two_percent_off",
      "客户反映12月2日到城东支行将出国务工带回的美元现钞结汇，其中1美元、5美元小面额钞票共约600美元，网点称小面额现钞要另扣2%的手续费，比大面额多扣了约80元人民币。客户认为同样是美元，不应因面额小多扣钱。要求按大面额标准结汇，退回多扣部分。",
      T(dates=("--12-02",), units=("CD",), complained=("CD",), business="外汇", cause=FEE)),
    L("fm6_fee_gold_bar_buyback_test_fee_two_hundred",
      "客户刘女士来电：11月18日持2024年在明溪支行购买的50克金条（发票、证书齐全，包装未拆）到该行申请回购，网点称每根金条须先交检测费200元，检测后再按当日回购价回购。刘女士认为金条是银行自己卖出的，包装都没拆，200元检测费太高。要求免除或降低检测费。",
      T(complainant="刘女士", dates=("--11-18",), units=("MX",), complained=("MX",), business="贵金属",
        cause=FEE)),

    # ---- 合同条款 ----
    # why: the rollover was done under article 7 of the agreement she signed; she objects to that
    # term (CLAUSE), not to an add-on done without her consent (CHOICE).
    L("fm6_clause_matured_deposit_rolled_into_banks_chosen_product",
      "客户反映：2023年11月在徐碧支行存入三年期定期20万元，11月21日到期后，本息被自动转入一款期限半年的结构性存款。网点出示其当年签署的存款协议，第七条写明“存款到期未支取的，乙方同意甲方将本息转入甲方指定产品”。客户称这一条字很小，钱转去哪里全由银行说了算，不公平。要求撤销转存，本息转回活期。",
      T(dates=("--11-21",), units=("XB",), complained=("XB",), business="人民币储蓄", cause=CLAUSE)),
    L("fm6_clause_renovation_loan_undrawn_part_stopped_at_will",
      "客户邱先生来电：其在燕西支行办理装修贷款20万元，按工程进度分三次支用。第一笔8万元支用后，银行于11月19日通知剩余额度停止支用，依据是借款协议约定“贷款人有权视情况随时停止发放未提取款项，且无需说明理由”。邱先生称装修已经开工，施工队工钱没有着落，这样的约定只约束借款人不约束银行。要求恢复剩余额度的支用。",
      T(complainant="邱先生", dates=("--11-19",), units=("YX",), complained=("YX",), business="贷款",
        cause=CLAUSE)),
    # why: the sale was done under the agreement's term on lapsed risk tests; she objects that the
    # term lets the bank sell her out at a low (CLAUSE), not that nobody reminded her (DISC).
    L("fm6_clause_wealth_force_redeemed_when_risk_test_lapsed",
      "客户反映，其持有的本行一款R3级理财产品于11月12日被全部自动赎回，当日净值比买入时低约4%。经查，客户风险测评已于11月10日到期未重新测评，理财协议约定“风险测评过期的，银行有权对不匹配产品予以赎回”。客户称测评过期重做就行，银行凭这一句约定就能在低点替她卖掉，对客户不公平。要求恢复其持有份额。",
      T(dates=("--11-12", "--11-10"), business="自营理财", cause=CLAUSE)),
    # why: the debits ran on the authorisation's own term that only the insurer may revoke it; he
    # objects to that term (CLAUSE), not to money gone without his act (FUNDS).
    L("fm6_clause_premium_debit_revocable_only_by_insurer",
      "客户反映其在列西分理处代理购买的某保险公司分红险已于10月退保，但11月、12月保费仍从其储蓄卡被代扣。网点称客户签署的《代收保费授权书》写明“本授权在保险公司通知撤销前持续有效”，客户本人不能直接撤销，须等保险公司发出撤销通知。客户认为授权是自己签的却撤不了，不合理。要求立即停止扣款，退回两期保费。",
      T(units=("LJ",), complained=("LJ",), business="银行代理业务", cause=CLAUSE)),

    # ---- 产品收益 ----
    L("fm6_ret_pig_sale_money_wealth_nav_under_one",
      "来电人邓先生，养猪户，称2025年初将卖猪所得12万元在明溪支行购买一款一年期净值型理财，说明书和风险提示都签过字，也知道不保本。11月到期赎回仅得118,600元，亏了1400元。其后又到城东支行咨询，答复相同。邓先生称不是说银行骗他，就是想不通钱放银行一年还少了，希望银行把本金补上。",
      T(complainant="邓先生", units=("MX", "CD"), complained=("MX",), business="自营理财", cause=RET)),
    # why: he says he knew the account value moves with the market and raises no mis-selling; he
    # wants the loss of an undisputed sale made good (RET), not a misrepresentation (MKT).
    L("fm6_ret_unit_linked_policy_account_down_eighteen",
      "据客户陈述，2024年在城东支行购买某保险公司投资连结保险，一次交清10万元，购买时已知账户价值随投资波动。截至11月30日账户价值约8.2万元，两年跌了18%。客户表示不追究当初销售的问题，但跌得太多难以接受。要求银行与保险公司协调，至少保证返还本金。",
      T(dates=("--11-30",), units=("CD",), complained=("CD",), business="银行代理业务", cause=RET)),
    L("fm6_ret_palladium_bar_down_thirty_percent",
      "客户赵女士反映，2024年在徐碧网点购买钯金条两根共100克，每克约300元。近日到网点询问回购，回购价仅约每克210元，两根亏了近9000元。赵女士表示买时自己也看好钯金，没想到跌了三成。要求银行按原价回购或给予补偿。",
      T(complainant="赵女士", units=("XB",), complained=("XB",), business="贵金属", cause=RET)),
    L("fm6_ret_dollar_range_deposit_counted_nine_days",
      "客户钱先生称，6月10日在永安燕西支行用5万美元购买六个月期美元结构性存款，挂钩美元兑日元汇率，区间内每天计息，区间外不计息。12月1日到期，182天中仅9天在区间内，利息只有约30美元。钱先生称计息办法当初已经看过，但半年只拿这点钱，还不如普通美元定期。要求按普通美元定期利率补足利息。",
      T(complainant="钱先生", dates=("--06-10", "--12-01"), units=("YX",), complained=("YX",),
        business="外汇", cause=RET)),

    # ---- 消费者资金安全 ----
    L("fm6_funds_card_keyed_in_by_hand_at_jeweller_while_in_her_purse",
      "客户反映：11月15日晚收到短信，其借记卡在一家珠宝店消费6800元，交易方式显示为“手工输入卡号”。当时客户在家，卡在钱包里，从未去过该店，也没把卡号告诉过任何人。当晚即致电客服冻结，次日到明溪县支行调取了交易凭证并已报警。要求银行查明并退回被盗刷款项。",
      T(dates=("--11-15",), units=("MX",), business="银行卡", cause=FUNDS)),
    # why: she checked and signed the slip and the clerk read the account back to her; the payee
    # changed afterwards by no act of hers — money gone without her act (FUNDS), not a clerk's
    # slip made before her eyes (SVC).
    L("fm6_funds_counter_remittance_payee_altered_after_signing",
      "客户钟女士11月10日在列西分理处柜台汇款2.8万元至其父亲在外省的账户，11月16日父亲说一直没收到。经核实，该笔汇款的收款账号与客户所填汇款单不一致，款项已进入一个陌生人账户。客户称汇款单是本人填写并核对签字的，柜员当时也复述过账号无误。个人金融部已介入调查。要求查明账号被改的经过，追回款项。",
      T(complainant="钟女士", dates=("--11-10", "--11-16"), units=("LJ", "PF"), complained=("LJ",),
        business="支付结算", cause=FUNDS)),
    L("fm6_funds_safe_box_opened_by_impostor_with_copied_key",
      "客户蔡先生来电反映：12月4日到城东支行开保管箱，发现箱内现金3万元和两只金手镯不见了。经网点查开箱记录，11月12日有人持伪造的蔡先生身份证和一把钥匙开过箱，网点当时未识别出证件有假。蔡先生称钥匙一直在自己手中，从未授权他人开箱。要求网点赔偿全部损失。",
      T(complainant="蔡先生", dates=("--12-04", "--11-12"), units=("CD",), complained=("CD",),
        business="其他中间业务", cause=FUNDS)),
    # why: the takings were handed to the bank's own courier against a signed slip and vanished
    # afterwards — money gone without his act (FUNDS), not a clerk's miscount before him (SVC).
    L("fm6_funds_door_to_door_cash_pickup_never_credited",
      "客户反映，其经营的超市与东门网点签有上门收款协议。11月29日网点收款人员上门收走当日营业款23,400元，并在交接单上签字，但该款至今未入账。网点称当天收款人员交回的款箱里没有这笔钱。客户出示了签字交接单。要求立即查明款项去向并入账。",
      T(dates=("--11-29",), units=("CD",), complained=("CD",), business="人民币管理", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm6_data_staff_posted_deposit_slips_to_show_sales_target",
      "客户反映：12月2日发现城东支行一名员工在朋友圈晒“今日揽存战报”，配图是多张存款凭条照片，其中一张清楚显示其姓名、账号后八位和存入金额15万元，已被多位共同好友看到。要求立即删除照片，对该员工严肃处理，并书面致歉。",
      T(dates=("--12-02",), units=("CD",), complained=("CD",), business="个人金融信息", cause=DATA)),
    L("fm6_data_payroll_salaries_given_to_flat_developer",
      "客户赖先生投诉：近一个月连续接到某楼盘置业顾问电话，对方能准确说出其单位名称和每月工资到账金额，还说“你们单位在燕西支行代发工资的都在我们名单上”。赖先生工资只在燕西支行代发，从未向任何房产中介提供过收入情况。要求查明名单来源，追究泄露人员责任。",
      T(complainant="赖先生", units=("YX",), complained=("YX",), business="个人金融信息", cause=DATA)),
    # why: nothing was taken — the caller failed at the code; the clerk gave her card details to a
    # stranger on the phone — personal data given away (DATA), not money gone (FUNDS).
    L("fm6_data_teller_read_card_number_to_caller_posing_as_son",
      "来电人郑阿姨称，12月1日有人冒充她儿子打电话到列西分理处，说母亲住院要帮忙办事，柜员即在电话里报出了她的卡号、有效期和预留手机号。该人随后打电话向她索要验证码，被她识破挂断，账户没有损失。郑阿姨认为银行不该在电话里把这些告诉别人。要求为其换卡，并追究柜员责任。",
      T(complainant="郑阿姨", dates=("--12-01",), units=("LJ",), complained=("LJ",),
        business="个人金融信息", cause=DATA)),
    L("fm6_data_year_end_summary_sent_to_office_mailbox",
      "客户反映，我行11月下旬发出的年度账户对账单（含各账户余额和理财持仓）被发到其工作单位的公共邮箱，单位行政人员都能看到。客户从未向银行留过这个邮箱，怀疑是个人金融部从别的渠道取得后录入的。要求查明该邮箱从何而来，删除该地址，并向其单位说明情况。",
      T(units=("PF",), complained=("PF",), business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm6_debt_collector_ordered_funeral_wreath_to_his_shop",
      "客户余先生称，其信用卡欠款1.6万元逾期三个月，欠款本人承认，已在与信用卡中心商量分期。11月20日有人以“受信用卡中心委托”的名义往其五金店送来一个花圈，挽联上写着他的名字和“欠债不还”，店里的顾客都看见了。要求信用卡中心查明是否其委托的机构所为，严肃处理并公开道歉。",
      T(complainant="余先生", dates=("--11-20",), units=("CARD",), complained=("CARD",),
        business="债务催收", cause=DEBT)),
    L("fm6_debt_collector_booked_his_taxi_to_corner_him",
      "来电人称，其为网约车司机，在我行有一笔消费贷款逾期，欠款他认。12月以来，上门要账的人员多次用打车软件叫他的车，上车后一路要求当场还款，说不还就不下车。12月3日一人在车上坐了两个多小时，耽误其接单。要求银行立即停止这种做法。",
      T(dates=("--12-03",), business="债务催收", cause=DEBT)),
    L("fm6_debt_collector_told_his_tenants_to_pay_rent_to_bank",
      "客户古先生反映，其在明溪县支行的经营贷款逾期两期，本息约3.2万元，对欠款没有异议。11月下旬，该行贷款人员找到其出租的两间店面的租户，要求租户“以后房租直接交给银行”，还说“他欠银行钱，房子迟早要拍卖”，现两户租户已提出退租。要求停止此类做法，赔偿租金损失。",
      T(complainant="古先生", units=("MX",), complained=("MX",), business="债务催收", cause=DEBT)),
    # why: his debt and name were spread in the course of chasing a debt he admits — how the debt
    # is chased (DEBT), not personal data given away for another end (DATA).
    L("fm6_debt_arrears_posted_in_sons_football_parents_group",
      "客户反映，其信用卡逾期未还约9000元，欠款属实。12月2日，一名自称受托追讨的人员加入其儿子所在少年足球队的家长微信群，发布了他的姓名、欠款金额，并写着“请各位家长转告”。客户称欠钱还钱，但不该闹到孩子的家长群里。要求撤回该消息，停止联系与欠款无关的人。",
      T(dates=("--12-02",), business="债务催收", cause=DEBT)),
)
