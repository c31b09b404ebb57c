"""Personal data in free text: every pattern finds the real thing, leaves look-alikes alone, and masks it."""

import random

import pytest

from parsers.pii import (
    _mask_any_phone,
    chinese_number, find_accounts, find_amounts, find_dates, find_emails, find_id_numbers, find_landlines,
    find_mobiles, id_checksum_valid, mask_account, mask_id, mask_name, mask_personal_text, mask_phone, mask_text, scan,
)


def values(matches):
    return [m.value for m in matches]


@pytest.mark.parametrize("text, expected", [
    ("电话13812345678。", ["13812345678"]),
    ("手机 138-1234-5678", ["13812345678"]),
    ("call +86 139 5098 1234 please", ["13950981234"]),
    ("联系电话：１３９ ５０９８ ７６５４", ["13950987654"]),
    ("两个号13812345678、15959801234", ["13812345678", "15959801234"]),
])
def test_mobiles(text, expected):
    assert values(find_mobiles(text)) == expected


def test_mobile_not_taken_from_longer_digit_runs():
    assert find_mobiles("卡号6217001381234567890") == ()
    assert find_mobiles("订单号213812345678") == ()


def test_mobile_keeps_position_and_raw_text():
    (m,) = find_mobiles("我的手机：138 1234 5678，谢谢")
    assert (m.text, m.start, m.end) == ("138 1234 5678", 5, 18)


@pytest.mark.parametrize("text, expected", [
    ("座机0591-12345678", ["0591-12345678"]),
    ("(0598)8234567", ["0598-8234567"]),
    ("（０５９８）８２３４５６７", ["0598-8234567"]),
    ("电话：0598 5821234", ["0598-5821234"]),
    ("电话0598-8220000转8012也没人接", ["0598-8220000"]),
    ("家里电话87654321，", ["87654321"]),
])
def test_landlines(text, expected):
    assert values(find_landlines(text)) == expected


@pytest.mark.parametrize("text", ["日期20261008", "金额12,345,678元", "共计12345678元", "编号12345678", "价格1.23456789"])
def test_landline_look_alikes_are_ignored(text):
    assert find_landlines(text) == ()


def test_id_checksum():
    assert id_checksum_valid("350402198506150024")
    assert id_checksum_valid("11010519491231002X")
    assert id_checksum_valid("11010519491231002x")
    assert not id_checksum_valid("350402198506150025")  # wrong check digit
    assert not id_checksum_valid("350402198513150024")  # month 13
    assert not id_checksum_valid("35040219850615002")   # too short


def test_id_numbers_18_and_15():
    text = "身份证350402198506150024，老证350403800101123，作废的350402198506150025"
    assert values(find_id_numbers(text)) == ["350402198506150024", "350403800101123"]
    assert values(find_id_numbers("证件号：11010519491231002x")) == ["11010519491231002X"]


def test_invalid_id_next_to_its_label_is_not_an_account():
    assert find_accounts("身份证号：350402198506150025") == ()


@pytest.mark.parametrize("text, expected", [
    ("卡号6222 0212 3456 7890，", ["6222021234567890"]),
    ("账号：6228480012345678", ["6228480012345678"]),
    ("账户 6217 0012 3456 7890 123 里", ["6217001234567890123"]),
    ("贷款账号3505016123450000123。", ["3505016123450000123"]),
    ("卡 6222-0212-3456-7890", ["6222021234567890"]),
])
def test_accounts(text, expected):
    assert values(find_accounts(text)) == expected


def test_account_lengths_outside_16_to_19_are_not_accounts():
    assert find_accounts("编号123456789012345") == ()
    assert find_accounts("流水号12345678901234567890") == ()


def test_an_id_number_is_not_also_an_account():
    found = scan("350402198506150024")
    assert [(m.kind, m.value) for m in found] == [("id_number", "350402198506150024")]


@pytest.mark.parametrize("text, expected", [
    ("扣了¥1,200.50", ["1200.50"]),
    ("共1200元", ["1200"]),
    ("赔偿五千元", ["5000"]),
    ("存了1.2万元", ["12000"]),
    ("8万块钱", ["80000"]),
    ("RMB 45.00的短信费", ["45"]),
    ("人民币3000元整", ["3000"]),
    ("两千五百元和三万五千元", ["2500", "35000"]),
    ("只能拿回47,200元", ["47200"]),
])
def test_amounts(text, expected):
    assert values(find_amounts(text)) == expected


@pytest.mark.parametrize("text", ["三元支行", "三元区", "汇款100美元", "2026年", "我们一块去", "利率4.5%"])
def test_amount_look_alikes_are_ignored(text):
    assert find_amounts(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("2026年10月8日", ["2026-10-08"]),
    ("2026 年 9 月 28 日上午", ["2026-09-28"]),
    ("2026-10-09", ["2026-10-09"]),
    ("2026/9/21被扣", ["2026-09-21"]),
    ("2026.10.8", ["2026-10-08"]),
    ("今年10月3日", ["--10-03"]),
    ("二〇二六年十月十二日", ["2026-10-12"]),
    ("10月8号", ["--10-08"]),
    ("十一月三日晚上", ["--11-03"]),
    ("十月二十日上午", ["--10-20"]),
    ("三月三十一号", ["--03-31"]),
    ("一个月前，二十一月", []),
])
def test_dates(text, expected):
    assert values(find_dates(text)) == expected


def test_impossible_dates_are_ignored():
    assert find_dates("2026年2月30日和13月1日") == ()


def test_emails():
    assert values(find_emails("邮箱：Wang.Wu@163.com。")) == ["wang.wu@163.com"]


@pytest.mark.parametrize("text, value", [("五千", 5000), ("三万五千", 35000), ("十二", 12), ("两千五百", 2500),
                                         ("九千八百", 9800), ("一万", 10000), ("二十", 20), ("十", 10)])
def test_chinese_number(text, value):
    assert chinese_number(text) == value


def test_mask_name():
    assert mask_name("张三") == "张*"
    assert mask_name("王建国") == "王**"
    assert mask_name("欧阳娜娜") == "欧阳**"
    assert mask_name("王某某") == "王**"
    assert mask_name("林先生") == "林先生"


def test_mask_phone():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138-1234-5678") == "138-****-5678"
    assert mask_phone("0591-12345678") == "0591-****5678"
    assert mask_phone("(0598)8234567") == "(0598)***4567"
    assert mask_phone("87654321") == "****4321"


def test_mask_phone_shortcut_for_plain_mobiles_gives_the_general_answer():
    rng = random.Random(5)
    numbers = ["13812345678", "19900000000", "12345678901", "10987654321", "86138123456", "1381234567a"]
    numbers += [f"1{rng.randrange(10)}{rng.randrange(10**9):09d}" for _ in range(2_000)]
    for number in numbers:
        assert mask_phone(number) == _mask_any_phone(number), number


def test_mask_id_and_account():
    assert mask_id("350402198506150024") == "3504**********0024"
    assert mask_id("11010519491231002X") == "1101**********002X"
    assert mask_account("6222021234567890") == "************7890"
    assert mask_account("6222 0212 3456 7890") == "**** **** **** 7890"


def test_mask_text_hides_every_phone_id_and_account_and_keeps_the_rest():
    text = ("本人王五，电话13812345678，座机0591-12345678，卡号6222 0212 3456 7890，"
            "身份证350402198506150024，作废证号350402198506150025，金额1200元，2026年10月8日。")
    masked = mask_text(text)
    assert masked == ("本人王五，电话138****5678，座机0591-****5678，卡号**** **** **** 7890，"
                      "身份证3504**********0024，作废证号**************0025，金额1200元，2026年10月8日。")
    for secret in ("13812345678", "12345678", "0212 3456", "350402198506150024", "35040219850615002"):
        assert secret not in masked


def test_mask_text_keeps_full_width_text_as_written():
    assert mask_text("电话１３８１２３４５６７８，好") == "电话１３８****５６７８，好"


def test_free_text_for_those_without_a_need_to_know():
    letter = ("本人李桂兰，身份证350403199001011234，住和平路12号3栋502室。上周周女士和王先生陪我去网点，"
              "李阿姨也在。卡号6222021234567890123，电话13859012345。")
    masked = mask_personal_text(letter, ("李桂兰",))
    for secret in ("李桂兰", "350403199001011234", "和平路12号", "周女士", "王先生", "李阿姨",
                   "6222021234567890123", "13859012345", "502室"):
        assert secret not in masked, secret
    assert "李**" in masked and "*女士" in masked and "[地址]" in masked and "138****2345" in masked
    assert mask_personal_text("三元支行营业部柜员态度冷淡，排队一个半小时。") == "三元支行营业部柜员态度冷淡，排队一个半小时。"


def test_a_dash_ocr_read_as_a_character_still_joins_a_phone():
    assert values(find_landlines("电话0598一8336677")) == ["0598-8336677"]
    assert values(find_mobiles("手机159_5980~1234")) == ["15959801234"]
