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


# Phone numbers as RapidOCR returned them from rendered scans: spaces anywhere inside the
# number, a date run into the line after it, look-alike letters, full-width digits.
@pytest.mark.parametrize("text, expected", [
    ("儿子 范志强1 5 9 0 5 98 22 3 3", ["15905982233"]),
    ("手机 １８９ ５９８０ ７７６６", ["18959807766"]),
    ("电话 l59 O598 2233", ["15905982233"]),
    ("手机：139-0598 - 7654", ["13905987654"]),
    ("联系人：何敏 138 5980 11 22二〇二六年十二月一日", ["13859801122"]),
])
def test_mobiles_as_ocr_spaces_them(text, expected):
    assert values(find_mobiles(text)) == expected


@pytest.mark.parametrize("text, mobile, date", [
    ("秦海燕电话138590588162026年4月6日", "13859058816", "2026-04-06"),      # the signed date run in
    ("电话1 3 8 5 9 0 5 8 8 1 6 2026年4月6日", "13859058816", "2026-04-06"),
    ("手机159059822332026 年 12 月 1 日", "15905982233", "2026-12-01"),
])
def test_a_year_run_into_a_mobile_ends_the_number(text, mobile, date):
    assert (values(find_mobiles(text)), values(find_dates(text))) == ([mobile], [date])


@pytest.mark.parametrize("text", [
    "编号138590588162026",          # no 年: one long number, no phone in it
    "流水号1385905881620261年",     # twelve digits before the year's
])
def test_no_mobile_cut_from_a_longer_number_without_a_year(text):
    assert find_mobiles(text) == ()


@pytest.mark.parametrize("text", [
    "账号 6 2 2 2 0 2 1 3 8 0 5 9 8 1 1 2 2",  # a longer spaced run: no mobile cut out of it
    "序号 1 3 5 7 9 2 4 6 8 0 1 2",             # twelve spaced digits
    "序号 2 1 3 5 7 9 2 4 6 8 0 1",             # a spaced digit before it
])
def test_a_spaced_mobile_is_not_cut_out_of_a_longer_run(text):
    assert find_mobiles(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("电话 : 05 9 8- 6 12 3 4 5 6", ["0598-6123456"]),            # dash kept, spaces anywhere
    ("职工邓红059 8-61 2345 6", ["0598-6123456"]),
    ("座机 (059 8) 612 3456", ["0598-6123456"]),
    ("电话 0598 6123 456", ["0598-6123456"]),                       # no dash: the area-code plan splits
    ("电话 010 6234 5678", ["010-62345678"]),                       # Beijing: three-digit code
    ("电话 021 5012 3456", ["021-50123456"]),
    ("电话 0598一6123456", ["0598-6123456"]),                       # the dash read as 一
    ("电话 O598-6l23456", ["0598-6123456"]),                        # look-alikes
    ("电话：05 98-612 34 56二〇二六年十一月二日", ["0598-6123456"]),
])
def test_landlines_as_ocr_spaces_them(text, expected):
    assert values(find_landlines(text)) == expected


@pytest.mark.parametrize("text", [
    "电话 0 1 2 3 4 5 6 7 8 9",  # 01x other than 010 is no area code
    "编号 0598 1234 567",         # a local number starts with 2-9
    "0598-61234",                 # too short
])
def test_spaced_digits_that_are_no_landline(text):
    assert find_landlines(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("二〇二六年十一月廿五日", ["2026-11-25"]),
    ("二零二六年十二月卅一日", ["2026-12-31"]),
    ("二O二六年十月八日", ["2026-10-08"]),                # OCR's letter O for 〇
    ("2O26年l1月3日", ["2026-11-03"]),                    # look-alikes in a digit date
    ("2026年十一月三日", ["2026-11-03"]),                 # digits and words mixed
    ("2026. 11. 3", ["2026-11-03"]),
    ("2026 /11/ 03", ["2026-11-03"]),
    ("今年九月一日起", ["--09-01"]),                      # 今年 is no year in digits
    ("元月三日", ["--01-03"]),
    ("十二月廿一日", ["--12-21"]),
    ("二〇二六年十一\n月三日", ["2026-11-03"]),           # broken over two OCR lines
    ("二〇二六年十\n一月三日", ["2026-11-03"]),           # … even inside a numeral
    ("2026年11月\n3日", ["2026-11-03"]),
    ("2 2二〇二六年十一月二十日", ["2026-11-20"]),        # run into the phone's last digits
    ("手机13705985126\n12月1日", ["--12-01"]),           # a year-less date signed under the phone
    ("电话 0598-8324617\n十一月二十八日", ["--11-28"]),
    ("13860597240\n12月3号", ["--12-03"]),
    ("2026年3月26曰", ["2026-03-26"]),                  # 日 read (or typed) as 曰
    ("今年3月18曰产品到期", ["--03-18"]),
])
def test_dates_as_ocr_reads_them(text, expected):
    assert values(find_dates(text)) == expected


@pytest.mark.parametrize("text", [
    "十\n一月",            # no day
    "三十\n一月",
    "100元月供",
    "26年11月",
    "二十\n一月三日",       # the tail of 二十一 is no month
])
def test_broken_numerals_make_no_date(text):
    assert find_dates(text) == ()


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


@pytest.mark.parametrize("text, expected", [
    ("Sent: Monday, November 23, 2026 8:14 PMTo:客服邮箱", ["2026-11-23"]),   # a forward's header, OCR'd
    ("Date: Tue, 1 Dec 2026 16:05:12 +0800", ["2026-12-01"]),
    ("Nov. 3, 2026", ["2026-11-03"]),
    ("Mayday 5, 2026", []),                                                 # no month's name
    ("Decimal 12 2026", []),
])
def test_dates_in_english(text, expected):
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
