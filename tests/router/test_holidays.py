"""Statutory holidays derived from 《全国年节及纪念日放假办法》, checked against published schedules."""

from datetime import date

import chinese_calendar
import pytest

from router.holidays import Festival, RULES, qingming, rules_for, statutory_days_off, statutory_holidays
from tests.support.calendar import LAST_KNOWN_YEAR

PUBLISHED_YEARS = range(2008, LAST_KNOWN_YEAR + 1)   # every year chinesecalendar has the State Council's schedule for


@pytest.mark.parametrize("year", PUBLISHED_YEARS)
def test_derived_statutory_holidays_are_official_days_off(year):
    """Whatever the State Council adds (调休, bridges), the law's own days are always off."""
    working = sorted(d for d in statutory_days_off(year) if chinese_calendar.is_workday(d))
    assert working == []


@pytest.mark.parametrize("year", PUBLISHED_YEARS)
def test_every_festival_is_named_by_the_published_schedule(year):
    """chinesecalendar names each official holiday day; our days carry the same festival's name."""
    names = {Festival.NEW_YEAR: "New Year's Day", Festival.SPRING: "Spring Festival",
             Festival.QINGMING: "Tomb-sweeping Day", Festival.LABOUR: "Labour Day",
             Festival.DRAGON_BOAT: "Dragon Boat Festival", Festival.MID_AUTUMN: "Mid-autumn Festival",
             Festival.NATIONAL: "National Day"}
    for festival, days in statutory_holidays(year).items():
        for d in days:
            on, name = chinese_calendar.get_holiday_detail(d)
            assert on, (festival, d)
            if name is None:   # a festival on a weekend is listed as the weekend it is
                assert d.weekday() >= 5, (festival, d)
                continue
            # 2020 and 2025: 中秋 fell inside the National Day holiday, which is named for both
            assert name in (names[festival], names[Festival.NATIONAL], names[Festival.MID_AUTUMN]), (festival, d, name)


def test_the_rules_are_versioned_by_year():
    assert rules_for(2013).name.startswith("2007")
    assert rules_for(2014).name.startswith("2013") and rules_for(2024).name.startswith("2013")
    assert rules_for(2025).name.startswith("2024") and rules_for(2030) is RULES[-1]
    with pytest.raises(ValueError, match="2007"):
        rules_for(2007)


def test_the_2024_revision_would_not_fit_2024():
    """The rule version matters: 除夕 2024 (Feb 9) was a working day under the 2013 rules."""
    assert chinese_calendar.is_workday(date(2024, 2, 9))
    assert date(2024, 2, 9) not in statutory_days_off(2024)
    assert date(2025, 1, 28) in statutory_days_off(2025)          # 除夕 2025, by the 2024 revision
    assert date(2025, 5, 2) in statutory_days_off(2025)           # 劳动节's second day


def test_2027_by_the_2024_revision():
    got = statutory_holidays(2027)
    assert got[Festival.NEW_YEAR] == (date(2027, 1, 1),)
    assert got[Festival.SPRING] == (date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8))  # 除夕 to 初三
    assert got[Festival.QINGMING] == (date(2027, 4, 5),)
    assert got[Festival.LABOUR] == (date(2027, 5, 1), date(2027, 5, 2))
    assert got[Festival.DRAGON_BOAT] == (date(2027, 6, 9),)
    assert got[Festival.MID_AUTUMN] == (date(2027, 9, 15),)
    assert got[Festival.NATIONAL] == (date(2027, 10, 1), date(2027, 10, 2), date(2027, 10, 3))
    assert len(statutory_days_off(2027)) == 13


def test_2030_lunar_dates_and_qingming():
    got = statutory_holidays(2030)
    assert got[Festival.SPRING][0] == date(2030, 2, 2)              # 除夕; 正月初一 is Feb 3
    assert got[Festival.DRAGON_BOAT] == (date(2030, 6, 5),)
    assert got[Festival.MID_AUTUMN] == (date(2030, 9, 12),)
    assert qingming(2030) == date(2030, 4, 5)


@pytest.mark.parametrize("year, day", [(2008, 4), (2016, 4), (2019, 5), (2020, 4), (2024, 4), (2026, 5), (2028, 4)])
def test_qingming_falls_on_the_4th_or_5th_as_published(year, day):
    assert qingming(year) == date(year, 4, day)
