"""The State Council's holiday notice as the office forwards it, read and checked against the
schedules chinesecalendar publishes for the same years."""

from datetime import date
from email.message import EmailMessage
from html import escape
from pathlib import Path

import chinese_calendar
import pytest

from parsers.holiday_notice import HolidayNotice, NoticeError, notice_text, notice_year, parse_notice
from parsers.mail import parse_message
from router.holidays import statutory_days_off

NOTICES = Path(__file__).parent / "notices"
HALF_WIDTH = str.maketrans({"：": ":", "，": ",", "（": "(", "）": ")", "　": " "})


def _official(year: int) -> tuple[set[date], set[date]]:
    """chinesecalendar's weekday holidays and its 调休 workdays of `year`."""
    off = {d for d in chinese_calendar.holidays if d.year == year and d.weekday() < 5}
    work = {d for d in chinese_calendar.workdays if d.year == year}
    return off, work


@pytest.mark.parametrize("year", [2014, 2023, 2025, 2026])
def test_a_forwarded_notice_gives_the_published_schedule(year):
    notice = parse_notice((NOTICES / f"{year}.txt").read_text(encoding="utf-8"))
    assert isinstance(notice, HolidayNotice), notice
    assert notice.year == year
    off, work = _official(year)
    assert {d for d in notice.days_off if d.weekday() < 5} == off
    assert set(notice.workdays) == work


def test_half_width_punctuation_as_web_copies_have_it():
    text = (NOTICES / "2026.txt").read_text(encoding="utf-8").translate(HALF_WIDTH)
    notice = parse_notice(text)
    assert isinstance(notice, HolidayNotice) and notice.workdays == (
        date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10))


def test_new_years_day_running_over_from_december_stays_in_its_own_year():
    notice = parse_notice((NOTICES / "2023.txt").read_text(encoding="utf-8"))
    assert notice.items[0].days_off == (date(2022, 12, 31), date(2023, 1, 1), date(2023, 1, 2))
    assert notice.days_off[0] == date(2023, 1, 1)


def test_a_combined_item_and_a_range_over_a_month_end():
    notice = parse_notice((NOTICES / "2025.txt").read_text(encoding="utf-8"))
    assert notice.items[4].days_off == (date(2025, 5, 31), date(2025, 6, 1), date(2025, 6, 2))
    assert notice.items[5].names == "国庆节、中秋节" and len(notice.items[5].days_off) == 8


def test_the_2027_stand_in_covers_every_statutory_day():
    notice = parse_notice((NOTICES / "2027-stand-in.txt").read_text(encoding="utf-8"))
    assert notice.year == 2027 and notice.items[1].days_off[0] == date(2027, 2, 5)
    assert notice.workdays == (date(2027, 1, 31), date(2027, 2, 20), date(2027, 4, 25), date(2027, 5, 8),
                               date(2027, 9, 26), date(2027, 10, 9))
    assert statutory_days_off(2027) <= set(notice.days_off)


def test_a_count_that_does_not_match_the_dates_is_an_error():
    text = (NOTICES / "2026.txt").read_text(encoding="utf-8").replace("至7日（周三）放假调休，共7天", "至7日（周三）放假调休，共8天")
    got = parse_notice(text)
    assert isinstance(got, NoticeError) and "国庆节" in got.message and "共 8 天" in got.message


def test_a_notice_missing_a_festival_is_refused():
    text = "\n".join(ln for ln in (NOTICES / "2026.txt").read_text(encoding="utf-8").splitlines() if "端午节：" not in ln)
    got = parse_notice(text)
    assert isinstance(got, NoticeError) and "端午节" in got.message


def test_other_mail_is_not_a_notice():
    assert notice_year("关于2027年春节期间营业安排的通知") is None
    assert isinstance(parse_notice("请查收附件。"), NoticeError)
    assert notice_year("转发：国务院办公厅关于 2027 年部分节假日安排的通知") == 2027


def _notice_2027() -> str:
    return (NOTICES / "2027-stand-in.txt").read_text(encoding="utf-8")


def test_a_notice_forwarded_as_an_attachment_is_found():
    inner = EmailMessage()
    inner["From"] = "综合管理部 <office@branch.example>"
    inner["Subject"] = "国务院办公厅关于2027年部分节假日安排的通知"
    inner.set_content(_notice_2027(), charset="gbk", cte="base64")
    outer = EmailMessage()
    outer["From"] = "clerk1@branch.example"
    outer["Subject"] = "转发"
    outer.set_content("请系统更新。")
    outer.add_attachment(inner)
    msg = parse_message(outer.as_bytes())
    assert "一、元旦" not in msg.text
    notice = parse_notice(notice_text(msg))
    assert isinstance(notice, HolidayNotice) and notice.year == 2027 and len(notice.items) == 7


def test_a_notice_pasted_into_an_html_mail_is_read():
    paragraphs = "".join(f"<p style='text-indent:2em'>{escape(line)}</p>" for line in _notice_2027().splitlines())
    mail = EmailMessage()
    mail["From"] = "clerk1@branch.example"
    mail["Subject"] = "FW: 国务院办公厅关于2027年部分节假日安排的通知"
    mail.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    notice = parse_notice(notice_text(parse_message(mail.as_bytes())))
    assert isinstance(notice, HolidayNotice) and notice.workdays[:2] == (date(2027, 1, 31), date(2027, 2, 20))
