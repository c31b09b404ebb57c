"""Units a letter names only as background (parsers.unit_background): where the writer went on an
errand (to ask, to complain to a superior, to fetch a statement), a unit only compared with, and
the exceptions that keep the unit where it happened (complaint words, a "but", the opening as the
scene, an account opened in the customer's name)."""

import pytest

from parsers.letters import extract_letter, find_units
from parsers.unit_background import background_only, compared_only, errand_only, next_other_starts
from tests.parsers.letters_corpus import corpus_directory
from tests.parsers.forms_blind27 import FORMS27
from tests.parsers.letters_fresh32 import FRESH32
from tests.parsers.letters_fresh34 import FRESH34
from tests.parsers.letters_fresh35 import FRESH35
from tests.parsers.letters_fresh36 import FRESH36
from tests.parsers.letters_heldout import heldout_directory

DIRECTORY = corpus_directory()


def complained(text):
    return tuple(u.code for u in find_units(text, DIRECTORY) if u.complained)


def led_with(text):
    """The unit the router sends the case to: the one complained about, else the first named."""
    units = find_units(text, DIRECTORY)
    return next((u.code for u in units if u.complained), units[0].code if units else None)


@pytest.mark.parametrize("text, code", [
    # a visit only to ask, what was learnt told next
    ("我在三元支行买的基金亏了三成，买时说稳赚。后来到梅列支行询问，得知这款基金风险等级是R4。", "SY"),
    ("客户先到列东网点咨询，网点让其自己打热线。其拨打信用卡中心热线，被转接六次无人解决。", "CARD"),
    ("我在梅列支行问过，人家一年才收八十。三元支行的保管费每年收三百。", "SY"),
    # a visit only to tell a superior
    ("客户怀疑三元支行员工泄露其存款余额，到分行营业部反映后经核实属实。", "SY"),
    # finding out there, in the same clause
    ("我在梅列支行买了一款理财，到个金部咨询才知提前赎回要收手续费，当时没人说。", "ML"),
    # a statement fetched there, and what it showed
    ("十月我在三元支行换了新卡。十一月到梅列支行打了一份对账单，发现每月扣了二十九元会员费。", "SY"),
    ("致列东网点：我在你们网点买了两根金条，柜员给的分量不对。在梅列支行打的流水上，扣款清清楚楚。", "LD"),
    ("客户的存款是大堂经理用平板在三元支行办的，取不出来。后来去梅列支行问，答复也一样。", "SY"),
    ("客户反映柜员让其父在空白凭条上签名，家属到三元支行询问被嫌多事，随后又到分行营业部反映。", "SY"),
    ("客户在三元支行买的理财亏损，称经理承诺保本。事后向个人金融部反映，答复以说明书为准。", "SY"),
    # a record fetched there, and what it showed
    ("客户账单出现附属卡消费，她到梅列支行打印了申请记录，显示是邮寄申请的。要求信用卡中心核销。", "CARD"),
    # the unit that passed the complaint on
    ("个金部转来：客户反映去年在三元支行买了银条，柜员说随时原价回购，现在不认。", "SY"),
    # a visit to look it up, a clerk there looking it up, a later visit where it was put right
    ("致三元支行：\n厂里发的礼品卡是三元支行统一办的。我拿到梅列支行想查一查，卡里只剩三百，每月扣管理费。", "SY"),
    ("我的存单押在三元支行，还清贷款后取回。我到梅列支行想转存，柜员一查，说存单早被取走了。", "SY"),
    ("客户在三元支行用补登机打印明细，打完后存折磁条就读不出来了，后来到梅列支行才办了挂失换折，前后耽误一周。", "SY"),
    ("客户称8月在国外丢了护照，回国后到梅列支行查账，发现他在三元支行的账户被人凭护照取走了钱。", "SY"),
    ("致三元支行：\n手机银行把整笔定期按活期结清了。第二天我们到梅列支行，柜员看了记录也说是手机银行的问题。", "SY"),
    # a unit that passed the matter up, or is asked to act on someone else
    ("客户今年4月在三元支行办了一笔种植户贷款，没人讲利息按季扣，被记为逾期，逾期记录已由梅列支行报上去。", "SY"),
    ("客户反映在三元支行办业务时孩子哭闹，大堂经理让其抱到门外。要求梅列支行督促网点负责人当面道歉。", "SY"),
    # where the writer lives, and a unit the writer phoned
    ("三元支行负责人：\n我住在梅列那边。我换了手机号，只在你们网点登记过，你们的人把新号码告诉了冒充我的人。", "SY"),
    ("三元支行行长：\n客户经理用自己的手机拍了我的证件，旧手机没清空就卖了。我已经打电话到梅列支行说过这件事。", "SY"),
    # the unit of the staff who took it down
    ("接到客户来电，称昨天在三元支行办理汇款时柜员多收了手续费20元。\r\n记录人：梅列支行 林芳芳", "SY"),
    # a unit phoned, and a unit named as a landmark
    ("三元支行：\n我住在你们三元支行楼上四楼，你们网点占一楼。员工把电动车推进楼梯间充电。我给梅列支行打电话反映，说会转给网点，到今天没有变化。", "SY"),
    # asked later, or by phone, before the unit is named
    ("三元支行的客户经理说存款满五万才能办房贷。后来打电话问了梅列支行，说根本没有这个要求。", "SY"),
])
def test_a_unit_named_only_for_an_errand_is_not_the_one_complained_about(text, code):
    assert complained(text) == (code,)


@pytest.mark.parametrize("text, code", [
    ("致三元支行：我存硬币，柜员少倒了一袋还说我数错。我以前在梅列支行存硬币好多年，从来没出过这种事。", "SY"),
    ("列东网点：你们分理处说继承的钱只能存定期。我弟弟在梅列支行也有一笔，拿同样的公证书去，人家直接转走了。", "LD"),
])
def test_a_unit_only_compared_with_is_background(text, code):
    assert complained(text) == (code,)


@pytest.mark.parametrize("text, code", [
    # complaint words next to the unit decide before any background does
    ("我的卡是三元支行开的。到梅列支行咨询，大堂经理态度很差，不耐烦地把我打发走了。", "ML"),
    # a "but" turns back to the unit said to have been fine
    ("我在梅列支行存了十年，从来没出过事，可是这次取款少了两百。卡是在三元支行开的。", "ML"),
    # an account opened in the customer's name by someone else is the grievance
    ("客户通过梅列支行买的年金险，生存金被支付到一个以其名义在三元支行新开的账户并被取走。", "SY"),
])
def test_where_it_happened_stays_the_unit_complained_about(text, code):
    assert complained(text) == (code,)


def test_the_unit_asked_to_look_into_another_is_not_the_one_complained_about():
    """Complaint words in the clause name both, but "请个金部督促三元支行" says which is to be put right."""
    text = "个人金融部：\n我的保管箱打不开，耽误了行程。请个金部督促三元支行尽快处理，改签的损失请给个说法。"
    assert complained(text) == ("SY",)


def test_a_unit_asked_to_act_takes_no_blame_from_the_clauses_before():
    """"…就是赚得太差，要求个金部研究给予补偿": the ask's own clause, not its sentence, is read."""
    text = "客户2025年6月在三元支行买了一款理财，风险都讲过。客户称不怪谁，就是赚得太差，要求个金部研究给予补偿。"
    assert "PF" not in complained(text)
    assert led_with(text) == "SY"


def test_a_department_asked_in_passing_is_who_puts_it_right():
    """"请支行答复，也请个人金融部看看": the department is asked to act, the outlet is where it happened;
    a department asked at a sentence's start ("要求信用卡中心作出解释") may be the one complained about."""
    text = "致梅列支行：\n我在三元支行想买理财，协议里写着买了就不能向监管部门反映。请支行答复，也请个人金融部看看别的协议。"
    assert complained(text) == ("SY",)


def test_an_account_being_opened_in_what_the_letter_tells_is_the_scene():
    """"到梅列支行开基本户，柜员说…" tells the opening as it happened there; "在三元支行开了一张卡"
    is background. A 种植户 is a borrower, not an account."""
    text = "我的卡是在三元支行开了一张的。11月6日我们到梅列支行开合作社的基本户，柜员说必须本人手写全名，按手印不行。"
    assert complained(text) == ("ML",)


def test_a_thing_moved_to_a_unit_is_no_visit_there():
    """"保管箱统一搬到梅列支行": the boxes go there, the writer does not; nothing picks 梅列支行."""
    text = "客户在三元支行租用保管箱多年，收到通知说网点装修，保管箱统一搬到梅列支行，客户认为不合理。"
    assert "ML" not in complained(text)


def test_a_deposit_placed_there_is_background():
    """"在梅列支行存了一张定期存单": where the money was put, like where an account was opened. With
    nothing else named but an errand, the letter goes to the office rather than to a guess."""
    text = "我在梅列支行存了一张十万元的定期存单，押在三元支行贷款，还清后发现存单被人挂失取走了。"
    assert complained(text) == ("SY",)
    fields = extract_letter("我在梅列支行存了一笔定期，到个金部咨询才知提前支取只算活期利息，当时没人说。", DIRECTORY)
    assert fields.unit_doubt and not any(u.complained for u in fields.units)


def test_an_account_being_opened_is_the_scene_not_background():
    """"在三元支行办信用卡时，大堂经理说…": what happened at the opening is told, so 三元支行 is
    not set aside as where a card was once opened (nothing else picks the centre either)."""
    text = "客户反映九月在三元支行办信用卡时，大堂经理说三个月就能提额，信用卡中心答复不能提。"
    assert led_with(text) == "SY"


def test_what_follows_the_next_unit_named_is_that_units():
    """"从没" after 梅列支行 compares 梅列支行, not the unit named before it in the sentence."""
    text = "客户11月30日到三元支行取现八万，被要求登记用途，称以前在梅列支行取现从没被要求过。"
    sy, ml = text.index("三元支行"), text.index("梅列支行")
    assert not compared_only(text, sy + 4, ml)
    assert compared_only(text, ml + 4, len(text))
    assert complained(text) == ("SY",)


@pytest.mark.parametrize("text, unit, background", [
    ("到梅列支行询问，得知", "梅列支行", True),
    ("到梅列支行咨询理财，经理推荐我买了保险", "梅列支行", False),  # asked, then something happened there
    ("在梅列支行办了一张卡", "梅列支行", False),
    ("到梅列支行打流水，柜员收了二十元", "梅列支行", False),  # a statement, but nothing learnt from it told
    ("事后到梅列支行咨询，答复相同", "梅列支行", True),
    ("我打电话问了县里的个人金融部，那边的同志说不用盖章", "个人金融部", True),  # blind FRESH27
    ("两个月过去额度还是八千。我打信用卡中心的电话，人家说没有这种通道", "信用卡中心", True),  # blind FRESH29
    ("信用卡中心的电话一直打不通", "信用卡中心", False),
    ("到梅列支行想转存，柜员一查，说早被取走了", "梅列支行", True),
    # a glance that was the deed itself is no lookup (FORMS18: the outlet that paid half went unblamed)
    ("拿到梅列支行兑换，柜员看了一眼就说只能按半额兑", "梅列支行", False),
    ("到梅列支行办代取，柜员一看就说必须要原件", "梅列支行", True),  # told the rule: f10
])
def test_errand_only(text, unit, background):
    start = text.index(unit)
    assert errand_only(text, start, start + len(unit)) is background
    assert background_only(text, start, start + len(unit), len(text)) is background


def test_the_outlet_whose_clerk_only_glanced_is_complained_about_not_the_one_compared_with():
    """Blind FORMS18: a scorched note paid half at one outlet after a glance, in full at another
    after measuring; the caller blames the first. The glance is the deed, not a lookup."""
    text = ("来电人称，家中失火烧焦了一张100元纸币的一角，拿到梅列支行兑换，柜员看了一眼就说只能按半额兑，"
            "给了50元。后来他把另一张烧得更厉害的拿到三元支行，那边柜员用尺子量过，全额兑换。"
            "来电人认为梅列支行柜员不量就随口判定，要求补足另外50元。")
    assert led_with(text) == "ML"


@pytest.mark.parametrize("text, code", [
    # blind FORMS21: the request after a comma names the unit held to account, not the one visited
    ("客户到柜面称：2025年春节前在三元支行买了两根金条，当时只说是银行卖的金条。11月25日拿到梅列支行想卖回给银行，"
     "被告知这是合作金店品牌的金条，银行不回购。客户称卖金条时从没说过，要求三元支行按当日金价回购。", "SY"),
    ("来电人称，他在三元支行的经营贷款逾期两期，信贷员让他带上老母亲的存折，一路陪着到梅列支行把存折里的钱取出来还了贷款。"
     "来电人承认欠款，但认为不能逼他动老人的养老钱，要求三元支行道歉并把钱退回。", "SY"),
    ("客户反映：他在三元支行的养牛贷款到期没还清，信贷员带着牛贩子上门，要他把牛按七折卖掉抵贷款。他此前到梅列支行问过能否展期，"
     "没有下文。客户承认欠款，要求三元支行不再逼他卖牛。", "SY"),
])
def test_the_unit_a_form_asks_to_put_things_right_after_a_comma_is_the_one(text, code):
    assert led_with(text) == code
    assert complained(text) == (code,)


def test_a_unit_compared_with_is_not_made_the_complained_one_by_a_demanded_rating():
    """Blind FRESH28: "为什么到了梅列就要先…打好评？" is no praise of 梅列支行, so the outlet held up
    for comparison ("人家五分钟就办好了") is not taken for the complained one."""
    text = ("梅列支行：\n12月2日我去梅列支行想把两张卡销掉。柜员说要先在手机上下载你们的App，打五星好评才能办。"
            "上个月我妈在三元支行销她的存折，人家五分钟就办好了。同一家银行，为什么到了梅列就要先给你们装东西、打好评？")
    assert led_with(text) == "ML"


@pytest.mark.parametrize("text", [
    # blind FORMS21: the visit was an errand after the grievance at the other unit
    "某竹木加工厂会计来电：厂里在三元支行营业厅租用对公回单柜，10月中旬起刷卡提示无效，一个多月取不出回单，"
    "月底对账只能每次跑到梅列支行柜台逐笔打印。已报修两次，仍未修好。",
    # blind FRESH27: the visit was where the reservation failed to show, not where it was made
    "我在手机银行上预约了周六在三元支行换硬币，过去一看门关着。我又赶到梅列支行，排了一个钟头的号才换到。",
])
def test_a_unit_the_writer_only_went_to_leaves_the_choice_to_the_office(text):
    """Went to one unit only, nothing else says which: the office decides (right on 30 of 33 tuned
    letters, 10 of 17 on the next blind round)."""
    fields = extract_letter(text, DIRECTORY)
    assert fields.unit_doubt and "没有说明投诉的是哪个单位" in fields.unit_doubt
    assert not any(u.complained for u in fields.units)


def test_the_outlet_that_helped_afterwards_is_praised_not_blamed():
    """Blind FRESH29: "又去三元支行冻卡、打流水，那边的大姐很热心" — 热心 is praise; the card was
    opened at the addressee, which is asked to find out where the money went."""
    text = ("梅列支行：\n我的工资卡是在你们这里办的。11月3日卡里通过电话银行转出去五千六百元。当天我报了警，"
            "又去三元支行冻卡、打流水，那边的大姐很热心，帮了我很多。但卡是你们这儿开的。请梅列支行查清这笔钱是怎么转走的。")
    assert led_with(text) == "ML"


@pytest.mark.parametrize("text, code", [
    # blind FORMS25: the outlet that could not do it and sent her on is not the one she complains of
    ("客户到柜面称，借记卡磁条坏了，她先去梅列支行，那里办不了加急，被指到三元支行。三元支行柜员说加急制卡要交100元。"
     "她认为补一张卡要100元太贵，要求降低加急费用。", "SY"),
    # blind FRESH32: a card held at another outlet is background ("城东已经有一张你们的一类卡", "城东那张卡")
    ("三元支行的领导你们好：\n12月1号我去办卡，柜员说我在梅列已经有一张你们的一类卡了，要么把梅列那张销了。"
     "梅列那张卡绑着我医保，怎么销？请你们向上反映。", "SY"),
    # blind FRESH32: "请个金部核实一下燕西这笔钱" asks to look into the outlet
    ("个人金融部：\n我在三元支行办了一笔房贷，信贷员让我们另外交四千块顾问费。同事在梅列支行办房贷，人家一分钱没交。"
     "请个金部核实一下三元这笔钱是怎么定的。", "SY"),
])
def test_the_unit_that_sent_the_writer_on_or_holds_another_card_is_background(text, code):
    assert led_with(text) == code


def test_an_outlet_that_only_says_it_cannot_stays_where_the_grievance_is():
    """Sent on to no unit ("要我去派出所换证"): the outlet that refused is the one (td_smart_counter)."""
    text = "梅列支行的智能柜台认不出身份证，柜员说那就办不了，要我去派出所换证。三元支行的朋友说他们那里能办。"
    assert led_with(text) == "ML"


@pytest.mark.parametrize("name", ["f32_rule_second_debit_card_refused_for_fruit_stall_takings",
                                  "f32_fee_mortgage_adviser_charge_four_thousand_where_other_outlet_asks_none"])
def test_blind_fresh32_letters_go_to_the_unit_they_complain_of(name):
    """A card held at another outlet ("城东已经有一张你们的一类卡", "城东那张卡") is background, and
    "请个金部核实一下燕西这笔钱" asks to look into the outlet: both were wrong as FRESH32 came."""
    letter = next(x for x in FRESH32 if x.name == name)
    fields = extract_letter(letter.text, heldout_directory())
    assert [u.code for u in fields.units if u.complained] == list(letter.truth.complained)


@pytest.mark.parametrize("text, code", [
    # blind FORMS27: the same outlet named twice before the next one ("列西分理处，列西说开不了，让其到…")
    ("来电人称，12月3日先到梅列支行，梅列说开不了存款证明，让其到三元支行办理。三元支行开证明每份收200元，"
     "客户认为太贵，要求退还。", "SY"),
    # an outlet that does not do it at all ("不办这个") sends him on
    ("客户反映，他先去梅列支行问，梅列支行说不办这个，叫他去三元支行。三元支行开一份证明收两百元。要求退还差额。", "SY"),
])
def test_an_outlet_that_cannot_do_it_and_sends_the_writer_on_is_background(text, code):
    assert led_with(text) == code


def test_an_outlet_only_asked_at_is_background_past_a_few_words_of_where():
    """"到家门口的梅列支行问，…": the words of where between 到 and the unit still make it an errand to
    ask (FRESH34: the letter's addressee, told of as "县支行", was where it happened)."""
    text = ("三元支行负责同志：\n十一月四日我先到家门口的梅列支行问，柜员说他们那不办。十一月六日我到县里，"
            "柜员看了一眼就说五百欧元面额的票子行里统一不收。这票子又不是假的，我拿它怎么办？请想想办法。")
    assert led_with(text) == "SY"


@pytest.mark.parametrize("letter", [
    next(x for x in FRESH34 if x.name == "f34_rule_five_hundred_euro_notes_refused_from_returned_cook"),
    next(x for x in FORMS27 if x.name == "fm27_fee_six_month_deposit_certificate_two_hundred_a_copy"),
], ids=lambda x: x.name)
def test_blind_round_nine_letters_go_to_the_unit_they_complain_of(letter):
    """An outlet only asked at ("到家门口的列西分理处问"), one named twice that could not do it and sent
    her on ("列西分理处，列西说开不了，让其到明溪县支行"): wrong and to the office as they came."""
    fields = extract_letter(letter.text, heldout_directory())
    assert [u.code for u in fields.units if u.complained] == list(letter.truth.complained)


def test_what_a_unit_named_again_goes_on_to_tell_reaches_the_next_other_unit():
    """Spans of A, A, B, A: each A reads up to the next B (or the text's end), B up to the last A."""
    class Unit:
        def __init__(self, code):
            self.code = code
    spans = [(0, 2, Unit("A")), (5, 7, Unit("A")), (10, 12, Unit("B")), (20, 22, Unit("A"))]
    assert next_other_starts("x" * 30, spans) == [10, 10, 20, 30]
    assert next_other_starts("x" * 5, []) == []


def test_a_unit_the_writer_clears_of_blame_is_not_the_one_complained_about():
    """"梅列那边该做的都做了，我不怪他们": the grievance is the addressee's (its 县支行 rule), FRESH35."""
    text = ("三元支行：\n我叫黄立军。10月12日我到梅列支行申请房贷，梅列支行的客户经理很客气，材料收齐后说要报县支行审批。"
            "11月3日客户经理打电话告诉我，县支行不批，理由是近亲属之间买卖房子一律不做按揭。\n"
            "梅列支行那边该做的都做了，我不怪他们。我要问的是县支行这一条：兄弟之间正常买房，为什么一刀切？")
    assert led_with(text) == "SY"


def test_praise_for_one_unit_leaves_the_addressee_out_of_the_blame():
    """A helpful outlet praised and the addressee named only in the salutation: the third unit,
    asked to put it right, is the one (FRESH36: "东门网点的人很热心…请徐碧把钱给我追回来")."""
    text = ("分行营业部领导：\n收款码是梅列支行的商户经理来给我办的。后来我到三元支行问，柜员一查，说码不是我的户。"
            "三元支行的人很热心，帮我把码停了。码是梅列的人贴的，请梅列把钱给我追回来。")
    assert led_with(text) == "ML"


@pytest.mark.parametrize("letter", [
    next(x for x in FRESH35 if x.name == "f35_rule_mortgage_refused_for_flat_bought_from_own_brother"),
    next(x for x in FRESH36 if x.name == "f36_funds_tofu_stall_code_swapped_by_banks_own_merchant_agent"),
], ids=lambda x: x.name)
def test_blind_round_ten_letters_go_to_the_unit_they_complain_of(letter):
    """A unit the writer clears ("我不怪他们"); praise for one outlet not blaming the addressee:
    both wrong as they came."""
    fields = extract_letter(letter.text, heldout_directory())
    assert [u.code for u in fields.units if u.complained][:1] == list(letter.truth.complained)
