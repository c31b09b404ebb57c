"""Letters: every corpus letter yields the fields a clerk reads from it, with evidence and confidence."""

import pytest

from parsers.letter_names import name_at
from parsers.letters import extract_letter, find_complainant, find_request, find_units
from tests.parsers.letters_corpus import LETTERS, corpus_directory

DIRECTORY = corpus_directory()


def by_name(name):
    return next(letter for letter in LETTERS if letter.name == name)


def test_corpus_is_big_and_varied():
    assert len(LETTERS) >= 20
    assert len({letter.name for letter in LETTERS}) == len(LETTERS)


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.name)
def test_letter_fields(letter):
    fields = extract_letter(letter.text, DIRECTORY)
    want = letter.expected
    assert (fields.complainant.value if fields.complainant else None) == want.complainant
    assert tuple(p.value for p in fields.phones) == want.phones
    assert tuple(a.value for a in fields.accounts) == want.accounts
    assert tuple(i.value for i in fields.id_numbers) == want.id_numbers
    assert tuple(a.value for a in fields.amounts) == want.amounts
    assert tuple(d.value for d in fields.dates) == want.dates
    assert tuple(u.code for u in fields.units) == want.units
    assert tuple(u.code for u in fields.units if u.complained) == want.complained
    assert (fields.request.value if fields.request else None) == want.request
    assert (fields.email.value if fields.email else None) == want.email


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.name)
def test_every_value_has_evidence_from_the_letter_and_a_confidence(letter):
    fields = extract_letter(letter.text, DIRECTORY)
    singles = [fields.complainant, fields.request, fields.email]
    for item in [*fields.phones, *fields.accounts, *fields.id_numbers, *fields.amounts, *fields.dates, *singles]:
        if item is None:
            continue
        assert 0.5 <= item.confidence <= 1.0
        assert item.evidence and item.evidence.replace(" ", "") in " ".join(letter.text.split()).replace(" ", "")
    for unit in fields.units:
        assert letter.text[unit.start:unit.start + len(unit.text)] == unit.text
        assert 0.5 <= unit.confidence <= 1.0


def test_formal_letter_signature_beats_nothing_and_keeps_dates_in_order():
    fields = extract_letter(by_name("formal_waiting").text, DIRECTORY)
    assert fields.complainant.value == "王建国"
    assert fields.complainant.confidence == 0.9
    assert "王建国" in fields.complainant.evidence
    assert [d.value for d in fields.dates] == ["2026-09-28", "2026-10-08"]


def test_labelled_complainant_is_most_confident():
    complainant = find_complainant("投诉人：张海燕\n联系电话：0598-8234567")
    assert (complainant.value, complainant.confidence) == ("张海燕", 0.95)


@pytest.mark.parametrize("text, name", [
    ("我是李晓梅，持有贵行信用卡", "李晓梅"),
    ("本人王五于2026年开户", "王五"),
    ("本人姓名：赵小明，男", "赵小明"),
    ("客户刘某某反映，其于…", "刘某某"),
    ("意见：排队太久。——客户赵女士", "赵女士"),
    ("投 诉 人：杨 帆\n", "杨帆"),
    ("……谢谢！\n此致\n敬礼\n——司马青 敬上\n2026年10月1日", "司马青"),
    ("希望尽快处理。王振华，手机13509871234", "王振华"),
    ("Thanks,\nZhou Min (周敏)\nzhoumin@qq.com", "周敏"),
    # 月 ends a given name before a comma or a space, and is a month after a numeral
    ("本人严秋月，退休教师，在城东支行租了一个保管箱。", "严秋月"),
    ("请尽快处理。\n李明月　13859076631", "李明月"),
    ("本人张三月初去网点办过一次。", "张三"),
    # a clerk's summary opening with its caller
    ("汤女士来电反映，多年前在燕西支行开的美元账户每年扣十美元。要求免掉。", "汤女士"),
    ("罗阿姨在徐碧网点柜台反映，10月办零存整取时柜员把金额录错了。", "罗阿姨"),
    # after whoever passed it on, and with the caller's role before the name (blind FORMS18/19)
    ("12378热线转来：邱先生反映，其在燕西支行申请的贷款已审批，客户经理两次爽约。", "邱先生"),
    ("县侨联转来来信摘要：返乡华侨郑立新称，城东支行客户经理说理财有侨联担保。", "郑立新"),
    ("12378转来投诉：买房人傅女士称，监管账户里的钱已全部划给卖方。", "傅女士"),
    ("信用卡中心转来：持卡人邓女士申请换个性卡面，被扣工本费50元。", "邓女士"),
    ("信用卡中心转办：持卡人彭先生承认欠款已逾期三个月，但称有人冒充其表弟。", "彭先生"),
    ("储户林大爷反映存折上的利息少算了。", "林大爷"),
    ("来电人饭店老板郑先生称，网点工作人员推收款码时说钱秒到。", "郑先生"),
    ("个金部转办：退休护林员邱先生称，其在网点买的养老理财年化只有1.1%。", "邱先生"),
])
def test_complainant_patterns(text, name):
    assert find_complainant(text).value == name


@pytest.mark.parametrize("text", [
    "我是贵行的老客户，一直在这里存钱。",
    "我是一名退休教师。",
    "客户经理王五说可以免年费。",
    "柜员李娜态度很差。\n谢谢！",
    "本人于2026年10月在网点办理业务。",
    # an amount after a word is no phone after a name ("费用150元" once named 费用)
    "网点扣了手续费200元，另加打印历年对账单费用150元。",
    "张经理称系统升级，请客户次日再来。",
    # a noun after a bare 本人 is no name, and the bank's own people before a name are staff
    "客户发现开户申请书背面印有“同意本行在宣传资料中使用本人肖像”，要求删除。",
    "本人钱款被盗，要求赔偿。",
    "网点负责人张明称已按规定办理。",
    "网点营业员王芳称已按规定办理。",
    "信贷员刘强称客户逾期两期。",
])
def test_no_complainant_where_there_is_none(text):
    assert find_complainant(text) is None


@pytest.mark.parametrize("sign_off", ["省分行消保办 陈志明", "三明分行个人金融部  陈志明", "客户服务中心 陈志明 2026年12月3日"])
def test_a_department_signing_off_is_the_sender_not_the_customer(sign_off):
    """A summary the superior bank types names the customer in it; the sign-off under it with a
    department before the name is the sender's (issue 12, blind round four)."""
    text = f"三明分行：\n客户林海燕反映城关分理处拒绝为其办理零钞兑换，要求道歉。请按时限办理。\n\n{sign_off}"
    assert find_complainant(text).value == "林海燕"
    assert find_complainant(f"请调监控查清楚，把少的一百块还我。\n\n{sign_off}") is None


def test_a_place_is_not_a_name():
    fields = extract_letter("我是梅列区的居民，梅列支行的柜员态度很差。", DIRECTORY)
    assert fields.complainant is None
    assert name_at("梅列区居民", 0) is None


def test_name_at():
    assert name_at("我是王五，", 2) == "王五"
    assert name_at("欧阳娜娜于", 0) == "欧阳娜娜"
    assert name_at("林先生来电", 0) == "林先生"
    assert name_at("王小明在", 0) == "王小明"
    assert name_at("王在", 0) is None
    assert name_at("贵行", 0) is None


def test_units_longest_match_first_and_never_overlapping():
    units = find_units("我在三元区支行开户，后来去三元支行营业部办理。", DIRECTORY)
    assert [(u.code, u.text, u.count) for u in units] == [("SY", "三元区支行", 2)]


def test_outlet_suffix_joins_the_unit_not_another_unit():
    units = find_units("客户在梅列支行营业部取现。", DIRECTORY)
    assert [(u.code, u.text) for u in units] == [("ML", "梅列支行营业部")]
    assert [u.code for u in find_units("到分行营业部办理。", DIRECTORY)] == ["FH"]


def test_outlet_stem_with_another_suffix_is_the_same_outlet():
    (unit,) = find_units("城关网点的保安不让进门。", DIRECTORY)
    assert (unit.code, unit.text, unit.confidence) == ("CG", "城关网点", 0.85)


def test_street_named_like_an_outlet_is_not_the_outlet():
    assert find_units("我住在列东街道。", DIRECTORY) == ()
    assert [u.code for u in find_units("我住在列东街道，常去列东网点。", DIRECTORY)] == ["LD"]


@pytest.mark.parametrize("text, code, written", [
    ("信用卡中\n心:\n  本人近两个月收到的信用卡对帐单", "CARD", "信用卡中\n心"),  # the line ends inside the name
    ("我在梅列 支行取款被吞卡。", "ML", "梅列 支行"),                              # OCR's space
    ("个人金融\n部的经理", "PF", "个人金融\n部"),
])
def test_a_unit_name_broken_by_a_line_end_or_a_space(text, code, written):
    (unit,) = find_units(text, DIRECTORY)
    assert (unit.code, unit.text) == (code, written)


def test_a_short_alias_is_not_made_of_two_lines_that_meet():
    assert find_units("队伍排成一列\n东边的门没开。", DIRECTORY) == ()   # 列 + 东 is no 列东
    assert find_units("我交了三\n元手续费。", DIRECTORY) == ()


def test_alias_that_reads_as_money_needs_a_place_context():
    assert find_units("柜员收了我三元手续费。", DIRECTORY) == ()
    (unit,) = find_units("我在三元办业务多年。", DIRECTORY)
    assert (unit.code, unit.text, unit.confidence) == ("SY", "三元", 0.7)


def test_complained_flag_follows_complaint_words_not_mere_mentions():
    text = "我的卡是在三元支行开的，上个月在梅列支行取款时被吞卡。我对梅列支行非常不满。"
    units = find_units(text, DIRECTORY)
    assert [(u.code, u.complained) for u in units] == [("SY", False), ("ML", True)]


@pytest.mark.parametrize("text, complained", [
    # thanks first, then the complaint: the unit thanked is not the one complained about
    ("先要感谢列东网点的小林，帮我找回了存折。\n再说说梅列支行，我排了一个钟头，柜台只开一个窗口，"
     "柜员还一直在看手机。希望梅列支行管一管。", ("ML",)),
    # the complaint first, the thanks after, in one sentence each
    ("三元支行的柜员把我的存单利率算错了，少给我一百多块。后来到城关分理处，经理耐心地帮我核对，非常感谢。",
     ("SY",)),
    # the praised unit named again later in a neutral clause is still only praised
    ("表扬三元支行的大堂经理，服务热情。我在三元开户后去梅列支行转账，等了两个小时。", ("ML",)),
])
def test_a_letter_that_thanks_one_unit_complains_about_the_others(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained


def test_a_letter_thanking_every_unit_it_names_complains_about_none():
    units = find_units("感谢三元支行的小王，也感谢梅列支行的李经理，服务周到。", DIRECTORY)
    assert [u.code for u in units] == ["SY", "ML"] and not any(u.complained for u in units)


def test_a_letter_naming_one_unit_complains_about_it():
    (unit,) = find_units("我去城关分理处报案，到现在一个多星期了没有答复。", DIRECTORY)
    assert unit.complained


def test_unknown_units_give_nothing():
    assert extract_letter("我在建设路网点办业务被刁难。", DIRECTORY).units == ()


def test_request_prefers_the_customers_own_ask():
    text = "去网点要求查看监控，网点推脱。本人已向热线反映，请贵行尽快核实并退还。"
    request = find_request(text)
    assert (request.value, request.confidence) == ("请贵行尽快核实并退还。", 0.9)


def test_what_staff_demanded_is_not_the_customers_request():
    assert find_request("柜员要求我出示身份证，还要求其次日再来。") is None
    assert find_request("请问这是哪条规定？") is None


def test_request_label_wins():
    request = find_request("我很生气。\n诉求：赔偿全部损失。\n希望尽快答复。")
    assert (request.value, request.confidence) == ("赔偿全部损失。", 0.95)


def test_request_keeps_the_letter_as_written():
    request = find_request("希望贵行加强管理，并批评教育当事人。")
    assert request.value == "希望贵行加强管理，并批评教育当事人。"
    assert request.confidence == 0.9


def test_phones_keep_order_and_landline_confidence_depends_on_label():
    fields = extract_letter("家里电话(0598)5821234，白天打13859012345，或者88234567", DIRECTORY)
    assert [(p.value, p.confidence) for p in fields.phones] == [
        ("0598-5821234", 0.9), ("13859012345", 0.95), ("88234567", 0.6)]


def test_repeated_values_are_reported_once():
    fields = extract_letter("退还300元年费。诉求：退还300元。电话13600591234，再说一遍13600591234", DIRECTORY)
    assert [a.value for a in fields.amounts] == ["300"]
    assert [p.value for p in fields.phones] == ["13600591234"]


def test_empty_letter():
    fields = extract_letter("", DIRECTORY)
    assert fields.complainant is None and fields.request is None and fields.units == () and fields.phones == ()


def test_dates_in_words_and_without_a_year_take_the_signed_year():
    """"十月二十日" and "11月1日" told in a letter signed 二〇二六年十一月四日 are 2026 dates;
    "十二月三十日" told in it is the December before."""
    text = ("十二月三十日开的户，十月二十日和11月1日卡里的钱被转走了，请查清楚。\n罗建华 13595982233\n"
            "二〇二六年十一月四日")
    dates = {d.value for d in extract_letter(text, corpus_directory()).dates}
    assert dates == {"2025-12-30", "2026-10-20", "2026-11-01", "2026-11-04"}
    undated = extract_letter("十月二十日去的网点，没人理我。", corpus_directory()).dates
    assert [d.value for d in undated] == ["--10-20"]


@pytest.mark.parametrize("told, value", [
    ("也答应12月15日前先还5000。", "2026-12-15"),                    # a promise: still to come
    ("11月11日我请假去预约了，12月11日还得再请一次。", "2026-12-11"),  # an appointment
    ("工作人员约好12月20日上门。", "2026-12-20"),
    ("12月15日我去网点取过钱。", "2025-12-15"),                      # told as done: last December
])
def test_a_date_ahead_of_the_signing_is_this_years_when_told_as_to_come(told, value):
    text = f"{told}请给个说法。\n罗建华 13595982233\n二〇二六年十一月二十六日"
    assert value in {d.value for d in extract_letter(text, corpus_directory()).dates}


def test_a_year_told_in_words_counts_back_from_the_signing_year():
    """"前年12月8日" in a letter signed in 2026 is 2024; "去年11月18日" and "今年11月18日" are two
    dates (blind FRESH29 took the first for 2025 and folded the other two into one)."""
    text = ("前年12月8日我在网点买了金条。去年11月18日我看到你们的广告，今年11月18日到期，利息只有一点点。\n"
            "罗建华 13595982233\n2026年11月27日")
    dates = {d.value for d in extract_letter(text, corpus_directory()).dates}
    assert {"2024-12-08", "2025-11-18", "2026-11-18"} <= dates
    undated = extract_letter("去年11月18日去的网点，没人理我。", corpus_directory()).dates
    assert [d.value for d in undated] == ["--11-18"]


def test_a_fujian_surname_signs_the_letter():
    """赖 is among the commonest surnames where the branch is; a letter signed with it has a writer."""
    got = find_complainant("请调监控查清楚，把少的一百块还我。\n赖秋菊  手机 １８６ ５９８０ ３４５６")
    assert got is not None and got.value == "赖秋菊"
    assert find_complainant("他们说我是老赖，请停止骚扰我的家人。") is None


@pytest.mark.parametrize("text, name", [
    # 家 ends a name in prose ("王家住在…"), not alone on a signature line
    ("请把录像调出来，给我们一个说法。\n儿子 陈家明\n手机：188-5982-0931\n2026年11月2日", "陈家明"),
    # two signers with their phones: the first writes, the second signs beside
    ("请以后当面讲清楚。\n家长 彭丽萍 电话 13605983308\n女儿 彭思雨 电话 18359870214\n二〇二六年十月九日", "彭丽萍"),
    ("请你们停下来。\n谢永斌  电话：15880573926\n我老婆陈丽 电话：15880574117\n2026年11月28日", "谢永斌"),
    # 贵 ends a name in prose (贵行), not alone on a signature line
    ("请赶紧修好或者换掉。\n黄德贵 139 5986 0037\n2026年10月26日", "黄德贵"),
    # one signer, a phone on the next line: still the signer
    ("请给说法。\n女儿 陈丽华\n电话 138 5987 6620", "陈丽华"),
])
def test_the_signer_of_a_signature_block(text, name):
    got = find_complainant(text)
    assert got is not None and got.value == name


@pytest.mark.parametrize("text, name", [
    # a form's words of telling are no name and end one (FORMS2: "陈述" and "赵敏反" were read)
    ("据客户陈述，她11月3日在三元支行取款，柜员少付了一百元。", None),
    ("来电人陈述称其存折在柜台被弄丢。", None),
    ("客户赵敏反映：她在手机银行关掉了自动续买。", "赵敏"),
    ("客户李建国来电反映其卡被吞。", "李建国"),
    ("客户陈述明来电投诉柜员态度差。", "陈述明"),  # a name that merely starts like 陈述
])
def test_words_of_telling_on_a_form_are_not_the_customers_name(text, name):
    got = find_complainant(text)
    assert (got.value if got else None) == name, got


def test_a_name_run_into_a_landline_by_ocr_is_the_writer():
    """OCR drops the spaces of "菜市场 李阿姨 电话 0598 8223344"; the name before the phone stays."""
    got = find_complainant("人民币你们银行都不收，还讲不讲理？\n菜市场李阿姨电话05988223344")
    assert got is not None and got.value == "李阿姨"
    got = find_complainant("请退还短信费。\n退休职工王丽华0598-8336677")
    assert got is not None and got.value == "王丽华"


@pytest.mark.parametrize("text, complained", [
    # the addressee on the first line is who the letter is written to, not where it happened
    ("梅列支行：\n我十一月九日到城关分理处换零钱，等了五十分钟，柜台只开了一个窗口。\n请给个答复。", ("CG",)),
    ("尊敬的三元支行领导：\n上周我在梅列支行排队两个多小时，轮到我已经下班了。", ("ML",)),
    # where the card was once opened is background; where the writer went is where it happened
    ("我的卡是十年前在三元支行办的卡，三元离我家远。上个月去梅列支行改密码，说只能回原网点办。", ("ML",)),
    # the unit asked to put things right, when another is only praised in passing
    ("我在三元支行办了三趟才办成，每次都说少一样材料。后来去城关分理处问，那边一次讲清楚。\n"
     "请三元支行查明原因。", ("SY",)),
])
def test_with_no_complaint_words_the_unit_is_where_it_happened(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained, units


def test_an_addressee_that_is_also_where_it_happened_is_still_complained_about():
    """Only the addressee line is set aside: the letter naming the same unit again as the place
    it went to keeps it."""
    units = find_units("梅列支行：\n我十一月三日去梅列支行取钱，排了一个钟头。我的卡是在三元支行开的户。", DIRECTORY)
    assert [u.code for u in units if u.complained] == ["ML"], units


@pytest.mark.parametrize("text, complained", [
    # the card's branch told as "卡是在X办的" is background; the addressee is who it turns to
    ("信用卡中心：\n卡是在梅列支行办的。催收的人冒充警察给我老婆打电话，请你们停止这种做法。", ("CARD",)),
    # the unit that sent the writer on to the addressee is background too
    ("个人金融部的领导：\n三元支行的理财经理说这事要找你们，我就写给你们。理财产品收益一年少了一半。", ("PF",)),
    ("个人金融部：\n梅列支行让我来找你们。我买的理财到期没有按时到账。", ("PF",)),
])
def test_when_every_unit_named_is_background_the_addressee_is_complained_about(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained, units


def test_a_letter_passed_on_through_one_unit_is_addressed_to_the_other():
    """"明溪支行，请转信用卡中心：": the first unit only carries the letter."""
    units = find_units("梅列支行，请转信用卡中心：\n讨债公司打电话给我儿子的班主任，叫老师转告孩子还钱。", DIRECTORY)
    assert [u.code for u in units if u.complained] == ["CARD"], units


@pytest.mark.parametrize("text, complained", [
    # praised in its own clause; the failure later in the sentence is the system's
    ("个人金融部：\n我到三元支行查，三元的员工很耐心，查了半天告诉我，是行里的短信平台出了故障。", ("PF",)),
    # praised, "but" what it did wrong follows: it is complained about
    ("个人金融部：\n我到三元支行查，三元的柜员很热情，但是把我的钱转错了账户。", ("SY",)),
])
def test_a_unit_praised_in_its_own_clause_is_not_blamed_for_what_follows(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained, units


@pytest.mark.parametrize("text, complained", [
    # the unit to be looked into, not the one asked to look
    ("个人金融部领导：\n理财经理帮我母亲填了风险问卷。请个人金融部查一查三元支行这位理财经理，退回本金。", ("SY",)),
    # other verbs of the same ask: 管一管, 督促, 过问, 核实
    ("个金部负责同志：\n我陪奶奶去三元支行回购金条，柜员当众说是假的。后来梅列支行查了编号是真的。"
     "请个金部核实三元支行那天的情况。", ("SY",)),
    ("个人金融部领导：\n我去三元支行办存折销户，材料被弄丢了。请个人金融部管一管三元支行。", ("SY",)),
    ("信用卡中心：\n梅列支行给我办卡时把地址写错，账单寄丢了。请你们督促梅列支行改过来。", ("ML",)),
    # "yours" is the unit the letter talks to; the other is only compared with
    ("梅列支行：\n我隔几天拿到你们梅列支行存一次钱，验钞机总把旧钱退出来。我去了三元支行，人家的机器一张不退。", ("ML",)),
])
def test_the_unit_looked_into_or_called_yours_is_complained_about(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained, units


@pytest.mark.parametrize("text, doubt", [
    # to a department, telling of an outlet, nothing saying which: the office decides
    ("信用卡中心：\n我去三元支行问信用卡的事，客户经理说父母可以免费用机场贵宾厅，到了机场才知道要收费。", True),
    # the card opened at the outlet is background: the centre it is written to is complained about
    ("信用卡中心：\n我在三元支行办的信用卡，客户经理说父母可以免费用机场贵宾厅，到了机场才知道要收费。", False),
    # to a department, the outlet's clerk blamed next to it: no doubt
    ("个人金融部：\n三元支行的柜员态度很差，把我的理财产品买错了。", False),
    # the department written to is asked again ("请个金部看看"): the outlet, but the office decides
    ("梅列支行个人金融部：\n五月我在三元支行买了大额存单，柜员说随时可以取。上个月去取才知道不能部分支取。\n请个金部看看。", True),
    # the department written to is asked to look into it, nothing more: that says nothing of which
    ("致个人金融部：\n我到三元支行存美元现钞，柜员给我换成了人民币。请个金部查一查，把差价退给我。", True),
    # to a department, asking it to look into the outlet: that says which
    ("个人金融部：\n我去三元支行办存折销户，材料被弄丢了。请个人金融部管一管三元支行。", False),
    # to a branch about its outlet: the outlet
    ("梅列支行：\n我十一月九日到城关分理处换零钱，等了五十分钟，柜台只开了一个窗口。", False),
])
def test_a_letter_to_a_department_about_an_outlet_is_left_to_the_office(text, doubt):
    fields = extract_letter(text, DIRECTORY)
    assert bool(fields.unit_doubt) == doubt, fields.unit_doubt


@pytest.mark.parametrize("text", [
    "客户反映其在三元支行和梅列支行各买了一笔理财，到期后资金七天才到账，事先无人说起。要求给予解释。",
    "我去梅列支行取钱，又去三元支行取，都说系统升级。",
])
def test_several_units_with_nothing_to_say_which_are_left_to_the_office(text):
    """No complaint word, thanks, ask, visit or address picks one: the office decides, not the
    order the units happen to be named in."""
    fields = extract_letter(text, DIRECTORY)
    assert fields.unit_doubt and "没有说明投诉的是哪个单位" in fields.unit_doubt
    assert "三元支行" in fields.unit_doubt and "梅列支行" in fields.unit_doubt


def test_a_loan_taken_at_a_unit_is_no_account_opened_there():
    """"在三元支行办了一个农户信用贷款": 户 of 农户 is no account, and what the letter tells
    happened at the unit that sold the loan, not at the department it is written to."""
    units = find_units("梅列支行信贷部门：\n我前年在三元支行办了一个二十万的农户信用贷款，年审的事没人跟我讲过，"
                       "额度冻结了。请你们查一查。", DIRECTORY)
    assert [u.code for u in units if u.complained] == ["SY"], units


@pytest.mark.parametrize("text, complained", [
    # where the writer went only to find out is background: what it found out happened elsewhere
    ("客户反映工作人员在三元支行推荐黄金积存时说每年有2%的利息，其积存半年后到梅列支行咨询才知道没有利息。要求退还本金。", ("SY",)),
    ("客户反映11月21日在三元支行ATM查询后忘了退卡，后一人用其卡取走3000元，次日到梅列支行打流水才发现。", ("SY",)),
    # a later visit only to ask is background too
    ("客户反映在三元支行买金条时柜员称必须同时投保遗失险，事后到梅列支行询问，对方称单买即可。要求退还保费。", ("SY",)),
    ("来电人称在三元支行买的理财到期亏了1400元，其后又到梅列支行咨询，答复相同。希望补上本金。", ("SY",)),
    # a card opened in the customer's name by someone else is the grievance, not background
    ("个人金融部：\n存折一直放在家里，后来才知道有人冒用我的名义在三元支行办了一张卡，把钱取走了。", ("SY",)),
])
def test_where_the_writer_found_out_is_background_and_an_account_opened_in_their_name_is_not(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained, units


def test_an_account_closed_at_a_unit_is_not_where_it_was_opened():
    """"去三元支行办存折的销户" tells what happened there; only an opening is background."""
    units = find_units("个人金融部：\n我去三元支行办他存折的销户，交了证明，她们把材料弄丢了也不道歉。", DIRECTORY)
    assert [u.code for u in units if u.complained] == ["SY"], units


@pytest.mark.parametrize("text, complained", [
    # "到你们那里" is a visit to the outlet written to; the other outlet is only compared with
    ("致三元支行负责同志：\n十一月二十日我到你们那里换两千元新票，柜员要收整理费。以前在梅列支行换，从来没收过钱。", ("SY",)),
    # "去你们那换" too; the outlet where the writer once changed notes is only compared with
    ("三元支行负责人：\n12月1日我拿旧票子去你们那换新的，柜员用夹子一张张夹起来，说臭死了。上个月我在梅列支行换过一次，人家客客气气。", ("SY",)),
    # "在你们那里留的手机号" is no visit: what happened was at the other outlet
    ("致三元支行：\n我在梅列支行办完业务把身份证落在柜台，梅列的人把照片发到了微信群，还附上我在你们那里留的手机号。", ("ML",)),
])
def test_yours_in_a_letter_to_an_outlet_stands_for_it(text, complained):
    units = find_units(text, DIRECTORY)
    assert tuple(u.code for u in units if u.complained) == complained, units


def test_the_addressee_is_not_taken_over_the_unit_where_it_happened():
    """The addressee is the last resort: a unit the writer went to comes first."""
    units = find_units("信用卡中心：\n十一月五日我去三元支行还款，柜员说系统没有我的卡，让我等了一个钟头。", DIRECTORY)
    assert [u.code for u in units if u.complained] == ["SY"], units


def test_two_places_the_writer_went_to_say_nothing_about_which_is_complained_about():
    """No rule picks between two units visited alike (the router then leads with the first named)."""
    units = find_units("我去梅列支行取钱，又去三元支行取，都说系统升级。", DIRECTORY)
    assert [u.code for u in units] == ["ML", "SY"] and not any(u.complained for u in units)
    # went to one only to ask ("又去三元支行问，"): the other is where it happened (parsers.unit_background)
    units = find_units("我去梅列支行取钱，又去三元支行问，都说系统升级。", DIRECTORY)
    assert [u.code for u in units if u.complained] == ["ML"]
