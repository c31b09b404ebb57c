"""A twentieth blind set of acceptance-form summaries: 48 投诉内容 texts written on 2026-12-06 by
helper `forms20`, blind — without reading the parsers, the router, the ingest code, the
benchmark, the service code or the bodies of any other example set. Read (besides the brief),
and nothing else in the repository: lines 1-61 of tests/parsers/forms_blind1.py (rules, format and its first
three entries), lines 1-45 of tests/parsers/letters_fresh11.py (labelling rules), lines 1-67 of
tests/parsers/letters_heldout.py (`Truth`, `HeldOutLetter`, `heldout_directory`, the cause
constants), and the list of ids of every earlier letter and form (/tmp/prompts/ids.txt), whose
situations are avoided. Written outside the repository, at /tmp/forms20.

This round was asked to lean toward texts naming two or more units: an outlet and a department,
two outlets compared, the unit that passed the complaint on, an outlet the customer only asked,
phoned or was sent on to, the unit recording the form. Every unit named is in `units` (a name
or an alias, once each, in the order first named); `complained` holds only the unit(s) the
grievance is about.

Each text is one summary as a call-centre or counter clerk of 明溪县支行 writes it on the
acceptance form ("客户反映…", "来电人称…", "客户到柜面称…", referrals from the 12378 hotline, a
department or a superior unit, … ending with the request), 4 per cause (every cause but 其他)
over every business, about a third of them near-misses between two causes (a `# why:` comment
names the deciding rule). Labelled by the rules of letters_fresh11.py / forms_blind1.py:
- complainant: the customer's name if the form gives one (a surname with a title is a name; a
  masked name is not), else None; phones none; dates ISO, every date stated with a day; a date
  without a year stays "--MM-DD" (forms carry no signing date, signed=None); relative dates
  ("次日", "11月下旬") and months without a day are not recorded;
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
  wealth product → 自营理财, a third party's insurance or fund → 银行代理业务, gold → 贵金属, fee
  services (safe boxes) → 其他中间业务, personal data → 个人金融信息,
  chasing a debt → 债务催收, loans → 贷款.

No text names its cause with the words of the cause's label.

Scored once, blind, on 2026-12-06 (a scratch script outside the repository, the figures of
bench.heldout_letters) by the weighting and rules shipped then (`320d09e`: the 1,753-example
weighting of `bc0ce14`, the unit and name rules of `320d09e`): cause 87.5 % (42/48), the rules alone 50.0 % (24/48); business 83.3 %; unit found or
triage 100 % (43 right, 5 triage, 0 wrong); complainant 100 % / 100 %; fields 99.5 % / 94.4 %;
mojibake 0. Not trained on. Then a unit asked to put things right after a comma
("…，要求城东支行…") was taken as the one complained about: 4 of the 5 sent to the office are now
right, none worse.
"""

from __future__ import annotations

from tests.parsers.letters_heldout import HeldOutLetter as L
from tests.parsers.letters_heldout import Truth as T
from tests.parsers.letters_heldout import CHOICE, CLAUSE, DATA, DEBT, DISC, FEE, FUNDS, MKT, RET, RULE, SVC, SYS

FORMS20: tuple[L, ...] = (
    # ---- 服务态度及服务质量 ----
    # why: no rule is at issue — the 燕西 clerk looked up the wrong account and told her there
    # was nothing; a clerk's wrong answer (SVC), not a failed system (SYS).
    L("fm20_svc_yanxi_told_widow_husbands_account_was_empty",
      "来电人邱女士称，丈夫11月3日去世，11月5日她打电话到燕西支行询问丈夫存折里还有多少钱，工作人员查询后称“账户余额为零，早就取空了”，她只好向亲戚借钱办丧事。11月20日她带着存折到明溪县支行办理销户，才发现折上还有八万多元。邱女士认为燕西支行随便查查就答复，害得她借钱欠人情。要求燕西支行说明原因并道歉。",
      T(complainant="邱女士", dates=("--11-03", "--11-05", "--11-20"), units=("YX", "MX"), complained=("YX",),
        business="人民币储蓄", cause=SVC)),
    L("fm20_svc_yanxi_teller_sneered_at_dollar_savings",
      "个人金融部转来：来电人吴女士称，12月1日到燕西支行存入在意大利打工攒下的6000美元现钞，柜员清点时当着其他客户的面说“洗盘子攒的吧，这么多零票数得手都软了”，还边数边摇头叹气，吴女士觉得受到羞辱。要求燕西支行当面赔礼道歉。",
      T(complainant="吴女士", dates=("--12-01",), units=("PF", "YX"), complained=("YX",),
        business="外汇", cause=SVC)),
    # why: early withdrawal at the demand rate is allowed; the 徐碧 clerk wrongly said it was not,
    # and 城东 then did it — a clerk's wrong answer (SVC), not a rule (RULE).
    L("fm20_svc_xubi_said_time_deposit_could_not_be_drawn_early",
      "客户称10月中旬父亲住院急需用钱，打电话问徐碧网点其五年期定期能否提前支取，工作人员答复“没到期一分都取不出来”，客户只好向私人借了五万元，约定月息一分五。10月28日他到城东支行办其他事，顺便一问，柜员说定期可以提前支取，只是按活期计息，当场就取了出来。客户认为徐碧网点的错误答复让他白白多付了借款利息。要求徐碧网点赔偿利息损失。",
      T(dates=("--10-28",), units=("XB", "CD"), complained=("XB",),
        business="人民币储蓄", cause=SVC)),
    L("fm20_svc_chengdong_officer_read_someone_elses_credit_report",
      "客户反映：11月12日到城东支行咨询房贷，信贷员查询后说他“征信上有三笔逾期，是黑名单，哪家银行都贷不了”，客户因此放弃了看中的房子，定金两万元被开发商扣下。11月26日他到明溪县支行打印本人征信报告，报告上没有任何逾期记录，才知道是城东支行信贷员看错了人。要求城东支行赔偿定金损失并当面道歉。",
      T(dates=("--11-12", "--11-26"), units=("CD", "MX"), complained=("CD",),
        business="贷款", cause=SVC)),

    # ---- 服务设施设备业务系统 ----
    # why: a failed alert platform sent a wrong figure; nothing was taken from him (FUNDS) and
    # no clerk was involved (SVC).
    L("fm20_sys_balance_text_showed_a_tenth_of_his_money",
      "来电人称，11月16日晚收到城东支行借记卡的动账短信，显示余额只有3265元，而卡里应有32650元，他以为被盗刷，连夜报警并冻结了卡。第二天到明溪县支行查询，余额一分不少，工作人员说是短信平台出错，少显示了一位数。来电人称为此白跑派出所，卡冻结后两天不能用。要求查明短信出错原因并给予补偿。",
      T(dates=("--11-16",), units=("CD", "MX"), complained=("CD",),
        business="银行卡", cause=SYS)),
    L("fm20_sys_mingxi_gold_bar_machine_took_payment_gave_no_bar",
      "客户称12月2日在明溪县支行大厅的自助售金机上用借记卡购买一根20克金条，机器扣款9800余元后提示“出货失败”，金条没有出来，钱也没有退回。网点工作人员称售金机由个人金融部统一管理，要等个金部来人开机核对。客户等了一个星期还没结果。要求尽快退款或交付金条。",
      T(dates=("--12-02",), units=("MX", "PF"), complained=("MX", "PF"),
        business="贵金属", cause=SYS)),
    # why: he pressed the right number; the touch screen registered another — a failed machine
    # (SYS), not his own error, and not money taken by a stranger (FUNDS).
    L("fm20_sys_lixi_kiosk_touchscreen_paid_neighbours_water_bill",
      "客户反映，11月9日在列西分理处的自助缴费机上缴水费，输入户号时屏幕反应错位，按的是“3”却跳出“6”，确认页面字太小没看清，680元缴到了别人家户号上。客户事后到徐碧网点打印交易明细才发现，自来水公司说要银行出具证明才能退。客户称那台机器的触摸屏早就不灵，多人反映过。要求列西分理处修好机器，协助追回水费。",
      T(dates=("--11-09",), units=("LJ", "XB"), complained=("LJ",),
        business="支付结算", cause=SYS)),
    L("fm20_sys_chengdong_transfer_receipt_code_not_found_by_court",
      "客户称11月20日在东门网点柜面向县法院执行款账户转账38000元，拿到的电子回单上印有验证码，法院工作人员扫码查验一直显示“查无此单”，法院不予认可，让其补充证明。客户又到明溪县支行，工作人员上网也查不到这张回单，只能手写证明盖章。要求东门网点修复回单查验，并向法院出具书面说明。",
      T(dates=("--11-20",), units=("CD", "MX"), complained=("CD",),
        business="支付结算", cause=SYS)),

    # ---- 管理制度业务规则与流程 ----
    L("fm20_rule_yanxi_minor_athletes_prize_money_kept_out_of_wealth",
      "来电人称，其儿子今年17岁，是省队射击运动员，11月获得奖金6万元，想买一款理财。此前到城东支行咨询，11月30日到燕西支行办理，燕西支行称未满18周岁购买理财须法定监护人陪同签字，而他和妻子都在外省务工，一时回不来。来电人认为钱是孩子自己挣的，孩子有身份证和银行卡，应当可以自己买。要求燕西支行为其子办理。",
      T(dates=("--11-30",), units=("CD", "YX"), complained=("YX",),
        business="自营理财", cause=RULE)),
    L("fm20_rule_lixi_refused_big_cash_deposit_after_four",
      "来电人陈女士（某客运公司出纳）称，11月21日下午四点二十分携带当天票款约31万元到列西分理处存款，工作人员称该网点下午四点以后不受理五万元以上的现金存入，让其第二天再来或者去明溪县支行。陈女士只好带着现金打车到明溪县支行办理。她认为列西的这个规定不合理，带着大额现金在路上来回跑风险很大。要求列西分理处取消该限制。",
      T(complainant="陈女士", dates=("--11-21",), units=("LJ", "MX"), complained=("LJ",),
        business="人民币管理", cause=RULE)),
    L("fm20_rule_yanxi_sends_provident_fund_combo_loans_to_mingxi",
      "客户反映：其在城关购买商品房，申请公积金组合贷款，家附近的燕西支行称组合贷款只能到明溪县支行办理，燕西不受理。客户11月10日、11月17日两次往返明溪县支行交材料、面签，每次都要请一天假。客户认为燕西支行也是同一家银行，没有理由不能办。要求燕西支行直接受理组合贷款。",
      T(dates=("--11-10", "--11-17"), units=("YX", "MX"), complained=("YX",),
        business="贷款", cause=RULE)),
    L("fm20_rule_lixi_grandma_cannot_open_passbook_for_grandson",
      "客户（七十岁老人）到柜面称，儿子儿媳在外打工，孙子由她带大，她想用孙子的户口本给孙子开一个存折存压岁钱。12月4日到列西分理处，工作人员称未成年人开户须由父母或法定监护人带证件办理，祖父母不行。她此前打电话问过徐碧网点，也是同样答复。老人认为自己才是天天带孩子的人，要求列西分理处为其办理。",
      T(dates=("--12-04",), units=("LJ", "XB"), complained=("LJ",),
        business="人民币储蓄", cause=RULE)),

    # ---- 营销方式和手段 ----
    # why: she was told the rate would follow the LPR upward — a false statement made to sell
    # (MKT), not a fact merely left out (DISC).
    L("fm20_mkt_large_cd_said_to_float_up_with_lpr",
      "客户刘女士到柜面称，2026年3月在明溪县支行大厅参加个人金融部组织的理财讲座，个人金融部的工作人员介绍大额存单时说“利率跟着LPR走，以后LPR往上调，存单利息也会跟着涨”，她当场认购了20万元三年期大额存单。近日才知道大额存单是固定利率，不会上调。刘女士认为被误导，要求个人金融部兑现讲座上的说法，或允许其提前支取且不损失利息。",
      T(complainant="刘女士", units=("MX", "PF"), complained=("PF",),
        business="人民币储蓄", cause=MKT)),
    # why: she was told the policy covered her husband as well — a false statement to sell
    # (MKT), not a limit merely left unsaid (DISC).
    L("fm20_mkt_illness_policy_said_to_cover_husband_too",
      "个人金融部转来：客户范女士称，2025年9月在城东支行购买一份代理的重大疾病保险，理财经理介绍说“一人投保，夫妻两个都保，老公生病也能赔”，她才买了年交8000元的这一款。今年10月丈夫确诊肾病申请理赔，保险公司称被保险人只有她本人。范女士认为被城东支行误导，要求退还全部保费。",
      T(complainant="范女士", units=("PF", "CD"), complained=("CD",),
        business="银行代理业务", cause=MKT)),
    L("fm20_mkt_wealth_said_to_roll_into_three_point_five_deposit",
      "客户称2025年12月在列西分理处买了一款一年期理财，理财经理说到期后会“自动转成三年定期，利率锁定3.5%”，比燕西支行那边推荐的还划算，客户才买的。今年12月理财到期，钱直接回到了活期账户，问列西分理处才知道根本没有自动转存一说，现在三年定期利率不到2%。要求列西分理处兑现当初的说法。",
      T(units=("LJ", "YX"), complained=("LJ",), business="自营理财", cause=MKT)),
    L("fm20_mkt_card_limit_said_to_count_as_visa_savings",
      "客户反映：11月在徐碧网点大厅，信用卡中心的推广人员向其推荐信用卡，称“额度五万，办签证时额度就能当存款证明用，不用再冻结存款”，客户正准备给女儿办出国签证，当场申请。拿到卡后去办签证，签证中心称信用卡额度不能作为资产证明。客户认为推广人员为了办卡乱说，耽误了其行程。要求信用卡中心销卡并道歉。",
      T(units=("XB", "CARD"), complained=("CARD",), business="银行卡", cause=MKT)),

    # ---- 信息披露 ----
    L("fm20_disc_split_savings_across_outlets_thinking_each_insured",
      "客户反映，其把卖房款120万元分成三份，分别存在明溪县支行、徐碧网点和列西分理处，以为每个网点各有50万元存款保险保障，三处工作人员都没提醒过。近日看新闻才知道存款保险是按同一家银行合并计算，最高50万元。客户认为三个网点都应该主动告知。要求明溪县支行给出书面说明。",
      T(units=("MX", "XB", "LJ"), complained=("MX", "XB", "LJ"),
        business="人民币储蓄", cause=DISC)),
    # why: he does not dispute the yearly check itself; he objects that no one at rental told
    # him a missed check freezes the box (DISC), not to the rule as such (RULE).
    L("fm20_disc_safe_box_frozen_for_missed_yearly_check",
      "客户称2024年在明溪县支行租了一个保管箱，12月1日去开箱取房产证，被告知因未参加年度核验，箱子已被冻结，须补办手续、等三个工作日才能开。客户称租箱时工作人员只说了租金，从没说过每年要来核验一次。打电话问个人金融部，对方说核验要求写在租箱须知里。客户当天要用房产证办过户，只好改期。要求明溪县支行立即解冻并赔偿损失。",
      T(dates=("--12-01",), units=("MX", "PF"), complained=("MX",),
        business="其他中间业务", cause=DISC)),
    L("fm20_disc_five_year_deposit_renewed_for_five_more_years",
      "客户称2021年在列西分理处存了一笔五年期定期，当时柜员勾选了自动转存，但没说清转存后还是五年期。今年8月到期后自动转成了新的五年期，11月他需要用钱到城东支行支取，才知道只能按活期提前支取，前面几个月的利息也少了。客户称如果知道会再转五年，当初就不会选自动转存。要求列西分理处按到期日支取处理。",
      T(units=("LJ", "CD"), complained=("LJ",), business="人民币储蓄", cause=DISC)),
    # why: he does not call the cap itself unfair; he objects that no one told him cash drawing
    # has its own, lower limit (DISC), not to a term of the agreement (CLAUSE).
    L("fm20_disc_card_cash_draw_capped_at_half_the_limit",
      "来电人称，其在燕西支行办的信用卡额度4万元，11月在泰国旅游时钱包被偷，想用信用卡在当地ATM取现应急，取到2万元后就提示超限，事后才知道取现额度只有信用额度的一半。来电人称办卡时没有任何人告诉他取现有单独的额度，害他在国外差点回不了酒店。要求信用卡中心解释并改进告知。",
      T(units=("YX", "CARD"), complained=("CARD",), business="银行卡", cause=DISC)),

    # ---- 自主选择权 ----
    L("fm20_choice_debit_card_came_with_a_credit_card_unasked",
      "客户反映：11月7日在徐碧网点办借记卡，大堂里信用卡中心的工作人员拿来一叠表格让她签字，说是“开卡要签的”。11月底她收到寄来的一张信用卡，月底账单还扣了年费200元。客户称从未申请过信用卡。要求信用卡中心注销该卡、退还年费，并删除其申请资料。",
      T(dates=("--11-07",), units=("XB", "CARD"), complained=("CARD",),
        business="银行卡", cause=CHOICE)),
    # why: he asked for the matured money to go to his current account; putting half into a
    # three-year certificate he never chose is an unasked add-on (CHOICE), not a keying slip
    # (SVC) — the clerk meant to do it "to earn him more".
    L("fm20_choice_lixi_put_half_of_matured_deposit_into_large_cd",
      "客户到明溪县支行柜面称，10月15日在列西分理处支取到期的10万元定期，明确要求全部转入活期，柜员说“帮你多拿点利息”，把其中5万元转成了三年期大额存单，客户当时没看清回单就签了字。11月他要用钱买车，到明溪县支行才发现只有5万元可用，大额存单提前支取利息大减。要求列西分理处撤销大额存单，按活期返还。",
      T(dates=("--10-15",), units=("MX", "LJ"), complained=("LJ",),
        business="人民币储蓄", cause=CHOICE)),
    L("fm20_choice_car_instalment_only_with_named_insurers_cover",
      "来电人称，11月在城东支行申请信用卡购车分期，城东支行客户经理和信用卡中心的审批人员都说，必须在银行合作的那家保险公司一次性买足三年车险，否则分期不批。来电人原本打算在另一家保险公司投保，价格便宜近两千元。要求城东支行和信用卡中心取消该要求，允许其自行投保。",
      T(units=("CD", "CARD"), complained=("CD", "CARD"), business="银行卡", cause=CHOICE)),
    L("fm20_choice_yanxi_tea_pledge_loan_needs_paid_bank_warehouse",
      "客户（茶叶加工户）反映，12月3日到燕西支行申请茶叶仓单质押贷款，信贷员称茶叶必须存放在银行指定的仓库，仓储费每月每吨300元由客户承担，存在自家冷库不行。客户此前在城东支行咨询时，对方并没有这一要求。客户认为燕西支行借放贷硬塞仓储，要求取消指定仓库。",
      T(dates=("--12-03",), units=("YX", "CD"), complained=("YX",),
        business="贷款", cause=CHOICE)),

    # ---- 定价收费 ----
    L("fm20_fee_xubi_two_hundred_to_move_repricing_day",
      "客户称其房贷在徐碧支行办理，利率每年年初调整一次，11月18日申请把利率调整日改为贷款发放日的对应日，徐碧支行同意办理，但要扣“变更手续费”200元。客户称邻居在城东支行办同样的变更一分钱没花。认为改个日期就扣200元太贵。要求徐碧支行免除或降低该费用。",
      T(dates=("--11-18",), units=("XB", "CD"), complained=("XB",),
        business="贷款", cause=FEE)),
    L("fm20_fee_chengdong_bill_collection_eighty_per_note",
      "明溪县支行公司业务部转来：某木材加工厂财务人员反映，该厂11月在城东支行办理商业承兑汇票委托收款，每张扣托收手续费和邮寄费共80元，一个月托收了十四张，合计1120元。该厂称票面多是一两万元的小票，每张80元太高，要求城东支行降低标准并退还多扣部分。",
      T(units=("MX", "CD"), complained=("CD",), business="支付结算", cause=FEE)),
    L("fm20_fee_yanxi_ten_yuan_per_card_to_change_phone_number",
      "客户反映：12月2日到燕西支行给自己名下三张借记卡更换预留手机号，每张卡扣了10元，共30元。客户称他妹妹上个月在列西分理处换手机号没扣钱。客户认为换个号码就要钱，三张卡扣30元太不合理，要求燕西支行退还。",
      T(dates=("--12-02",), units=("YX", "LJ"), complained=("YX",),
        business="银行卡", cause=FEE)),
    L("fm20_fee_mingxi_hundred_yuan_for_a_wire_message_copy",
      "客户称其12月1日汇给在澳大利亚读书的儿子的学费，学校要求提供汇款报文（MT103）复印件证明付款。客户先到徐碧网点，网点称只有明溪县支行能打印，12月4日到明溪县支行，打印一页报文被扣了100元。客户认为一页纸就要100元，远超合理水平。要求明溪县支行退还或降低。",
      T(dates=("--12-01", "--12-04"), units=("XB", "MX"), complained=("MX",),
        business="外汇", cause=FEE)),

    # ---- 产品收益 ----
    # why: she says the seller called the benchmark a reference, not a promise; nothing was
    # misstated — she objects only to what the product paid (RET), not to the sale (MKT).
    L("fm20_ret_mochi_shop_owner_wealth_ended_one_point_five",
      "客户（麻糍店店主）称，2025年6月在列西分理处用店里攒的12万元买了一款一年半期理财，业绩比较基准为3.0%—3.5%，今年12月到期，实际年化只有1.5%左右，比同期存定期还少。客户前几天到徐碧网点打印对账单才看清楚。客户称买的时候工作人员也说过基准只是参考、不保证，但没想到差这么多。要求列西分理处补足到基准下限。",
      T(units=("LJ", "XB"), complained=("LJ",), business="自营理财", cause=RET)),
    L("fm20_ret_driving_coach_new_year_wealth_below_benchmark",
      "来电人陈国栋（驾校教练）称，今年1月在城东支行购买了个人金融部推出的“新春专享”一年期理财10万元，宣传单上的业绩比较基准为2.8%—3.3%，近日到期只拿到约1500元，年化1.5%。来电人对到手这么少很不满，要求城东支行和个人金融部解释原因并给予补偿。",
      T(complainant="陈国栋", units=("CD", "PF"), complained=("CD", "PF"),
        business="自营理财", cause=RET)),
    L("fm20_ret_won_bought_for_korean_school_sold_back_lower",
      "客户称今年4月在明溪县支行购汇约1000万韩元存入外币账户（徐碧网点称不办韩元，让其去明溪县支行），准备给女儿交韩国语言学校的学费，后来女儿推迟出国，11月25日到明溪县支行把韩元卖回，算下来亏了近4000元人民币。客户称当初以为外币放着不会亏，现在亏钱无法接受。要求明溪县支行按原价回购。",
      T(dates=("--11-25",), units=("MX", "XB"), complained=("MX",),
        business="外汇", cause=RET)),
    L("fm20_ret_anime_theme_fund_for_daughter_down_a_third",
      "客户反映：2023年在燕西支行购买了一只代销的动漫游戏主题基金5万元，准备给女儿将来读大学用，当时是看了新闻自己要买的。持有近三年，目前亏损约三分之一。客户近日到明溪县支行咨询，理财经理称只能继续持有等待。客户要求燕西支行帮其挽回损失。",
      T(units=("YX", "MX"), complained=("YX",), business="银行代理业务", cause=RET)),

    # ---- 合同条款 ----
    # why: the bank relies on a written term letting it demand more security when prices fall;
    # he objects to that term (CLAUSE), not to a rule of the bank's own (RULE).
    L("fm20_clause_mortgage_extra_security_when_house_prices_fall",
      "客户称11月25日收到明溪县支行发来的通知，称其房屋评估价下跌超过20%，依据其在城东支行签订的借款协议中“抵押物价值下降的，借款人应在十日内追加担保或提前归还部分贷款”的约定，要求其追加担保。客户称每月按时还款从未逾期，房价下跌不是他的责任。要求明溪县支行撤回通知，城东支行删除该约定。",
      T(dates=("--11-25",), units=("MX", "CD"), complained=("MX", "CD"),
        business="贷款", cause=CLAUSE)),
    L("fm20_clause_guarantee_binds_guarantors_wife_who_never_signed",
      "来电人称，其为朋友在燕西支行的经营贷款做保证人，近日朋友逾期，燕西支行向其妻子发函，称担保协议中写明“保证人配偶同意以夫妻共同财产承担连带保证责任”。来电人称妻子从未签字，协议是他一个人签的，这条是格式文字，他签字时也没注意。来电人此前在城东支行为亲戚担保时，协议里并没有这一条。要求燕西支行删除该约定，不得向其妻子追偿。",
      T(units=("YX", "CD"), complained=("YX",), business="贷款", cause=CLAUSE)),
    # why: the father drew as a lawful guardian under the agreement she signed; she objects to
    # that term (CLAUSE), not to money gone without cause (FUNDS).
    L("fm20_clause_child_account_either_guardian_may_draw_alone",
      "客户到柜面称，2023年在明溪县支行给女儿开立存折，存入压岁钱和外婆给的钱共6万元。她与前夫离婚后，前夫于11月11日带着户口本到燕西支行把钱全部取走。燕西支行称符合规定，开户时签的协议写明“未成年人账户的任一监护人均可单独办理支取”。客户不怪燕西支行的柜员，但认为明溪县支行开户时让她签的这条约定对孩子不公平。要求明溪县支行修改该约定并协助追回款项。",
      T(dates=("--11-11",), units=("MX", "YX"), complained=("MX",),
        business="人民币储蓄", cause=CLAUSE)),
    L("fm20_clause_guarantor_must_hand_in_monthly_statements",
      "来电人称，其为朋友在列西分理处的一笔经营贷款做担保，担保协议是在徐碧网点签的。近日列西分理处信贷员通知他每月须提交本人在所有银行账户的流水，否则按协议每次违约金一千元。来电人称签字时没注意，协议里确实写着“保证人应按月提供其在各金融机构全部账户的交易明细”。他认为自己只是担保人，这样的约定加重负担、侵犯隐私。要求列西分理处取消该约定。",
      T(units=("LJ", "XB"), complained=("LJ",), business="贷款", cause=CLAUSE)),

    # ---- 消费者资金安全 ----
    L("fm20_funds_gift_card_drained_before_it_was_given",
      "客户称11月10日在徐碧网点买了两张面值各2000元的银行储值卡，准备春节送给父母。12月3日父亲去超市使用，提示余额为零。客户到城东支行查询，两张卡11月中旬已在外地网上商城被消费一空，而卡一直锁在客户家抽屉里。客户怀疑卡号密码在出售环节被泄露。要求徐碧网点退还4000元。",
      T(dates=("--11-10", "--12-03"), units=("XB", "CD"), complained=("XB",),
        business="银行卡", cause=FUNDS)),
    L("fm20_funds_company_e_bill_endorsed_away_online",
      "明溪县支行公司业务部转来：某竹木制品公司财务人员反映，该公司在城东支行账户下收到的一张60万元电子银行承兑汇票，11月21日被通过网银背书转让给一家外省公司，而该公司从未发起过背书，网银U盾一直锁在财务室保险柜里。要求城东支行查明原因并追回汇票。",
      T(dates=("--11-21",), units=("MX", "CD"), complained=("CD",),
        business="支付结算", cause=FUNDS)),
    L("fm20_funds_son_drew_fathers_passbook_on_forged_guardianship",
      "客户（八十一岁老人）到燕西支行反映，其存折上的林地补偿款4.6万元于11月13日被在城东支行柜面全部取走。经了解，是其多年不来往的儿子拿着一份伪造的“法院指定监护人”文书，称老人失智，由其代为支取。老人称自己头脑清楚，从未被任何法院认定过。要求城东支行赔偿被取走的钱。",
      T(dates=("--11-13",), units=("YX", "CD"), complained=("CD",),
        business="人民币储蓄", cause=FUNDS)),
    # why: no clerk served him and he gave no instruction; money ran through and out of his card
    # by a staff member's hand without his act (FUNDS), not a clerk's slip at his counter (SVC).
    L("fm20_funds_xubi_officer_ran_loan_money_through_his_card",
      "客户反映，近日打印徐碧支行借记卡流水，发现今年9月至11月卡里多次有几万元到十几万元的款项进出，都不是他本人操作，最后卡里少了3000元。经询问，是徐碧支行一名信贷员借用其账户给别人周转过桥。客户已向明溪县支行反映，尚无结果。要求徐碧支行退还3000元并处理该员工。",
      T(units=("XB", "MX"), complained=("XB",), business="银行卡", cause=FUNDS)),

    # ---- 消费者信息安全 ----
    L("fm20_data_yanxi_gave_her_number_to_wrong_payee_sender",
      "来电人卢女士称，11月17号有人通过城东支行误转给她8000元，她的开户网点燕西支行的工作人员未经她同意，就把她的全名和手机号告诉了汇款人。此后汇款人天天打电话骂她是骗子，还找到她单位去闹。卢女士称钱她本来就愿意退，应由银行居中联系，而不是把她的号码给别人。要求燕西支行道歉并承担责任。",
      T(complainant="卢女士", dates=("--11-17",), units=("CD", "YX"), complained=("YX",),
        business="个人金融信息", cause=DATA)),
    L("fm20_data_antifraud_article_showed_her_case_in_detail",
      "客户反映：个人金融部在公众号上发了一篇防诈骗文章，用了她上月在燕西支行被劝阻转账的事，文中写明她所在村名、年龄、职业、差点转出的金额和儿子在外地工作，村里人一看就知道是她，现在到处有人议论。客户称事先没人问过她同不同意。要求个人金融部删除文章并道歉。",
      T(units=("PF", "YX"), complained=("PF",), business="个人金融信息", cause=DATA)),
    L("fm20_data_newborn_accounts_list_reached_photo_studio",
      "12378热线转办：来电人称，10月在徐碧网点给刚满月的孩子开了存折，之后县城一家儿童摄影店就打电话推销满月照、百日照，能准确说出孩子的姓名、出生日期和开户网点。来电人问影楼，对方说名单是“银行的朋友”给的。来电人怀疑是徐碧网点泄露，要求徐碧网点和明溪县支行彻查。",
      T(units=("XB", "MX"), complained=("XB",), business="个人金融信息", cause=DATA)),
    # why: the card was not overdue, so no debt was being chased; the card centre told his
    # spending to a third person (DATA), not a way of pressing for a debt (DEBT).
    L("fm20_data_card_centre_told_wife_of_ktv_spending",
      "来电人称，其信用卡并未逾期，11月30日信用卡中心工作人员打电话核实一笔大额消费，他没接，对方转而打给他预留的紧急联系人（妻子），告诉她该卡在某KTV消费了4800元，导致夫妻吵架。来电人曾到燕西支行要求调取通话录音，燕西支行让他直接找信用卡中心。要求信用卡中心道歉，并说明为何向他人透露其消费情况。",
      T(dates=("--11-30",), units=("CARD", "YX"), complained=("CARD",),
        business="个人金融信息", cause=DATA)),

    # ---- 债务催收方式和手段 ----
    L("fm20_debt_caller_posed_as_12378_hotline",
      "12378热线转办：投诉人称其信用卡逾期三个月，欠款约2万元，本人承认欠款，正在协商分期。12月1日起连续接到自称“12378监管热线”的电话，称已将其列入“金融失信黑名单”，再不还款就通报其单位并影响子女上学。经核实，12378从未致电该投诉人，来电号码属于信用卡中心委托的外包公司。投诉人的卡是在城东支行办理的。要求信用卡中心立即停止冒用监管名义的做法。",
      T(dates=("--12-01",), units=("CARD", "CD"), complained=("CARD",),
        business="债务催收", cause=DEBT)),
    # why: the loan is admitted overdue and the sticker is put there to press him to pay — how a
    # debt is chased (DEBT), not data handed to someone for its own sake (DATA).
    L("fm20_debt_car_sticker_qr_code_showed_his_arrears",
      "客户称其在城东支行的消费贷款逾期两期，本人认账，已到徐碧网点还过一期。11月29日他发现自己车窗上被贴了一张二维码贴纸，路人扫码就能看到“某某欠城东支行贷款未还”和欠款金额，停在小区几天，邻居都扫过了。经询问，是城东支行委托的人员贴的。要求城东支行立即停止这种做法并公开道歉。",
      T(dates=("--11-29",), units=("CD", "XB"), complained=("CD",),
        business="债务催收", cause=DEBT)),
    L("fm20_debt_card_collector_messaged_his_online_game_guild",
      "来电人称其信用卡逾期一个多月，欠款属实，卡是在列西分理处办的。近日信用卡中心委托的人员在他常玩的一款网络游戏里加入了他所在的公会，在公会群里发消息说他“欠银行钱跑路”，让公会成员转告他还款，他在游戏里的朋友都知道了。要求信用卡中心停止骚扰其游戏好友，并书面道歉。",
      T(units=("LJ", "CARD"), complained=("CARD",), business="债务催收", cause=DEBT)),
    L("fm20_debt_loan_officers_pulled_bakery_power_at_dawn",
      "客户蔡先生到柜面称，其在徐碧支行的经营贷款逾期一个月，本人认账。11月27日早上五点，徐碧支行两名信贷员到其面包店，趁他发面时拉掉店里的总电闸，说“不谈好还款今天就别开张”，一炉面包全部报废。蔡先生此前已到明溪县支行递交了展期申请。要求徐碧支行赔偿损失并处理相关人员。",
      T(complainant="蔡先生", dates=("--11-27",), units=("XB", "MX"), complained=("XB",),
        business="债务催收", cause=DEBT)),
)
