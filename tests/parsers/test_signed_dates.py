"""A letter's signed date as OCR returns the signature: run into the line before it, broken
over two lines, in words, with look-alike letters — and never a date the letter tells of."""

from datetime import datetime

import pytest

from core.clock import BRANCH_ZONE
from parsers.loose_dates import letter_date, signed_day

BODY = "尊敬的领导：\n十一月二十日我在网点排队两个小时，没有人管，请给个说法。\n"


@pytest.mark.parametrize("signature, signed", [
    ("外甥 邹明辉 电话 : 05 9 8- 6 12 3 4 5 6二〇二六年十二月廿一日", "2026-12-21"),  # run into the phone line
    ("退休教师 方淑华 1 3 9 0 5 9 8 7 6 5 4 2026.12.3", "2026-12-03"),
    ("方淑华\n二〇二六年十二\n月三日", "2026-12-03"),                     # broken over two lines
    ("方淑华\n2026年12月\n3日", "2026-12-03"),
    ("方淑华\n2O26年l2月3日", "2026-12-03"),                               # look-alikes
    ("方淑华\n2026/12/03", "2026-12-03"),
    ("方淑华\n二零二六年十二月卅一日", "2026-12-31"),
    ("方淑华\n２０２６年１２月３日", "2026-12-03"),
    ("方淑华 二〇二六年十二月三日 敬上", "2026-12-03"),
    ("投诉人:顾长林\n电话:1 3 8 5 9 8 2 0 6 4 7\n2026年3月26曰", "2026-03-26"),  # 日 as 曰
    ("秦海燕电话138590588162026年4月6日", "2026-04-06"),                # run into the mobile
])
def test_the_signed_date_in_ocr_shapes(signature, signed):
    got = letter_date(BODY + signature)
    assert got is not None and got.date().isoformat() == signed


def test_a_time_written_with_the_signature_is_kept():
    assert letter_date(BODY + "方淑华\n2026年12月3日 下午4:05") == datetime(2026, 12, 3, 16, 5, tzinfo=BRANCH_ZONE)


@pytest.mark.parametrize("text", [
    BODY + "方淑华 13905987654",                                            # no date at all
    BODY + "方淑华\n十二月三日",                                            # no year: not a signed date
    "请处理。\n二〇二六年十一月三日我在网点被柜员骂了一顿，到现在还很生气，希望你们严肃处理这个柜员，给个说法。",
    "请处理。\n方淑华\n我在2026年12月3日去网点办业务的时候等了很久很久很久很久很久很久很久很久，太差了",
])
def test_no_signed_date(text):
    assert letter_date(text) is None


ARRIVED = datetime(2026, 12, 5, 9, 30, tzinfo=BRANCH_ZONE)


@pytest.mark.parametrize("signature, day, signed", [
    ("林女士5月21日15880623417", "--05-21", "2026-05-21"),           # run into the name and phone
    ("郭晓峰13860597240\n12月3号", "--12-03", "2026-12-03"),
    ("钟福生\n电话 0598-8324617\n十一月二十八日", "--11-28", "2026-11-28"),
    ("卖菜的包春妹手机15880602937\n12月15日", "--12-15", "2025-12-15"),  # still to come: the year before
    ("方淑华\n12月\n3日", "--12-03", "2026-12-03"),                    # broken over two lines
])
def test_a_signature_without_a_year_is_in_the_year_the_letter_arrived(signature, day, signed):
    assert signed_day(BODY + signature) == day
    assert letter_date(BODY + signature, ARRIVED) == datetime.fromisoformat(signed).replace(tzinfo=BRANCH_ZONE)
    assert letter_date(BODY + signature) is None  # no arrival, no year to put it in


@pytest.mark.parametrize("text", [
    BODY + "方淑华 13905987654\n请在12月20日前答复",     # a deadline the letter sets, no signature
    BODY + "最迟，12月20日。",
    BODY + "方淑华\n12月20日前请回电话",
])
def test_a_yearless_date_that_is_no_signature(text):
    assert signed_day(text) is None and letter_date(text, ARRIVED) is None


def test_a_full_signed_date_wins_over_a_yearless_one():
    assert signed_day(BODY + "方淑华 12月3日\n2026年12月4日") == "2026-12-04"
    assert signed_day(BODY + "方淑华 2026年12月4日\n12月3日") == "2026-12-04"


# Forwarded mails printed and scanned: the date is in the header OCR ran together.
@pytest.mark.parametrize("header, signed", [
    ("..-.Original Message....\nFrom: 周海涛 <zhouhaitao88@example.com>Sent: Thursday, July 9, 2026 8:47 PM"
     "To: Ij@county.example\nSubject:：贷款的事", "2026-07-09"),
    ("-..Original Message..\nFrom: 何建华 <hjh1979@163.com>\nSent: Monday, November 23, 2026 8:14 PMTo:客服邮箱",
     "2026-11-23"),
    ("原始邮件\n发件人:\"李卫东\"<liweidong@example.net>;\n发送时间：2026年2月9日(星期一）凌晨1:15\n收件人:\"分行工会\"",
     "2026-02-09"),
    ("Forwarded message\nFrom: 王佳 <wangjia.cn@example.com>Date:2026年5月11日周一下午3:02\nSubject: 关于", "2026-05-11"),
])
def test_a_printed_forward_is_dated_by_its_header(header, signed):
    text = f"请工会按客户来信处理。\n{header}\n{BODY}希望尽快处理。\n周海涛\n电话：181-5981-7730"
    assert signed_day(text) == signed


def test_a_dated_line_without_a_from_field_is_no_header():
    text = "投诉登记\n日期：2026年11月3日\nDate: 2026-11-03\n" + BODY + "周海涛\n电话：181-5981-7730"
    assert signed_day(text) is None


def test_the_signature_date_wins_over_the_header():
    text = "From: 王佳 <wangjia.cn@example.com>\nDate:2026年5月11日\n" + BODY + "王佳\n2026年5月10日"
    assert signed_day(text) == "2026-05-10"
