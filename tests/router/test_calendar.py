"""The working-day calendar over 2026's holidays (chinesecalendar data) and unknown years."""

from datetime import date, timedelta

import pytest

from core.errors import CalendarUnknown, ConfigError
from router.calendar import WorkingCalendar
from tests.support.calendar import FIRST_UNKNOWN_YEAR

CAL = WorkingCalendar()


def test_2026_national_day_with_its_make_up_saturday():
    # 2026: National Day holiday Oct 1-7; Saturday Oct 10 is a make-up working day (调休).
    days = [date(2026, 9, 28) + timedelta(days=i) for i in range(14)]   # to Oct 11
    working = {d for d in days if CAL.is_working_day(d)}
    assert working == {
        date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30),
        date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10),
    }


def test_2026_spring_festival_with_both_make_up_saturdays():
    # 2026: Spring Festival holiday Feb 15-23; Saturdays Feb 14 and Feb 28 are working days.
    assert CAL.is_working_day(date(2026, 2, 14))
    assert all(not CAL.is_working_day(date(2026, 2, d)) for d in range(15, 24))
    assert CAL.is_working_day(date(2026, 2, 24))
    assert CAL.is_working_day(date(2026, 2, 28))
    assert not CAL.is_working_day(date(2026, 3, 1))


def test_add_working_days_skips_the_golden_week_and_counts_the_make_up_day():
    assert CAL.add_working_days(date(2026, 9, 29), 1) == date(2026, 9, 30)
    assert CAL.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CAL.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 10)   # a Saturday
    assert CAL.add_working_days(date(2026, 9, 30), 4) == date(2026, 10, 12)
    assert CAL.add_working_days(date(2026, 10, 3), 1) == date(2026, 10, 8)


def test_add_working_days_backwards_and_zero():
    assert CAL.add_working_days(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert CAL.add_working_days(date(2026, 2, 24), -1) == date(2026, 2, 14)
    assert CAL.add_working_days(date(2026, 10, 4), 0) == date(2026, 10, 4)


def test_next_working_day_on_or_after():
    assert CAL.next_working_day_on_or_after(date(2026, 10, 1)) == date(2026, 10, 8)
    assert CAL.next_working_day_on_or_after(date(2026, 10, 8)) == date(2026, 10, 8)
    assert CAL.next_working_day_on_or_after(date(2026, 2, 15)) == date(2026, 2, 24)


def test_working_days_between_counts_after_a_up_to_b():
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 12)) == 4
    assert CAL.working_days_between(date(2026, 10, 12), date(2026, 9, 30)) == -4
    assert CAL.working_days_between(date(2026, 10, 1), date(2026, 10, 7)) == 0
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 13)) == 0


def test_a_year_the_package_lacks_is_provisional_on_the_derived_holidays():
    assert CAL.is_provisional(FIRST_UNKNOWN_YEAR) and not CAL.is_provisional(FIRST_UNKNOWN_YEAR - 1)
    assert not CAL.is_working_day(date(2030, 2, 4))      # 2030 春节 (初二), a Monday
    assert not CAL.is_working_day(date(2030, 5, 2))      # 劳动节's second day, a Thursday
    assert CAL.is_working_day(date(2030, 5, 3))          # a Friday the State Council may bridge: unknown yet
    assert not CAL.is_working_day(date(2030, 5, 4))      # Saturday
    assert CAL.provisional_years(date(2026, 12, 1), date(2028, 1, 3)) == (2027, 2028)


def test_adding_days_across_spring_festival_2027_skips_it():
    # 除夕 2027 is Friday Feb 5; 初一 to 初三 Feb 6-8 (the weekend and Monday)
    assert CAL.add_working_days(date(2027, 2, 4), 1) == date(2027, 2, 9)
    assert CAL.next_working_day_on_or_after(date(2027, 2, 5)) == date(2027, 2, 9)


def test_a_year_before_the_rules_is_refused_with_the_keys_to_fill():
    with pytest.raises(CalendarUnknown) as err:
        CAL.is_working_day(date(2003, 3, 3))
    assert "2003" in str(err.value)
    assert "sla.extra_holidays" in str(err.value) and "sla.extra_workdays" in str(err.value)


def test_as_provisional_forgets_what_the_config_says_of_that_year():
    known = WorkingCalendar(extra_holidays=["2027-02-09", "2027-02-10"], extra_workdays=["2027-02-20"])
    assert not known.is_provisional(2027) and not known.is_working_day(date(2027, 2, 9))
    before = known.as_provisional([2027])
    assert before.is_provisional(2027)
    assert before.is_working_day(date(2027, 2, 9)) and not before.is_working_day(date(2027, 2, 20))
    assert before.is_provisional(2027) and not before.is_provisional(2026)


def test_config_covers_an_unknown_year_with_its_holidays_and_make_up_days():
    cal = WorkingCalendar(
        extra_holidays=["2031-01-01", "2031-01-02", date(2031, 1, 3)],
        extra_workdays=["2031-01-04"],
    )
    assert not cal.is_working_day(date(2031, 1, 2))       # listed holiday (a Thursday)
    assert cal.is_working_day(date(2031, 1, 4))           # listed make-up Saturday
    assert not cal.is_working_day(date(2031, 1, 5))       # ordinary Sunday
    assert cal.is_working_day(date(2031, 1, 6))           # ordinary Monday
    assert cal.add_working_days(date(2030, 12, 31), 1) == date(2031, 1, 4)


def test_config_overrides_win_over_the_package():
    cal = WorkingCalendar(extra_holidays=["2026-10-09"], extra_workdays=["2026-10-03"])
    assert not cal.is_working_day(date(2026, 10, 9))
    assert cal.is_working_day(date(2026, 10, 3))
    assert cal.is_working_day(date(2026, 10, 8))          # the rest still from the package


def test_make_up_days_alone_do_not_cover_a_year():
    cal = WorkingCalendar(extra_workdays=["2031-02-08"])
    assert cal.is_working_day(date(2031, 2, 8))           # the listed day itself is known
    assert cal.is_provisional(2031)
    assert not cal.is_working_day(date(2031, 1, 23))      # 除夕 2031, derived


def test_a_confirmed_arrangement_makes_a_provisional_year_known():
    cal = WorkingCalendar()
    assert cal.is_working_day(date(2030, 2, 8))                    # a Friday after 初三 2030: not derived
    assert not cal.is_working_day(date(2030, 1, 26))               # a Saturday; both answers are kept until…
    assert cal.add_arrangement(2030, [date(2030, 2, d) for d in range(2, 9)] + [date(2029, 12, 31)],
                               [date(2030, 1, 26)])
    assert not cal.is_provisional(2030) and cal.is_provisional(2031)
    assert not cal.is_working_day(date(2030, 2, 8)) and cal.is_working_day(date(2030, 1, 26))
    assert cal.is_working_day(date(2030, 1, 1))                      # not listed: the arrangement is the whole year
    assert cal.is_provisional(2029) and cal.is_working_day(date(2029, 12, 31))   # another year's day is not taken
    assert not cal.add_arrangement(2026, [date(2026, 3, 2)], [])      # the package knows 2026: kept
    assert cal.is_working_day(date(2026, 3, 2))


def test_bad_config_dates_name_their_key():
    with pytest.raises(ConfigError, match="sla.extra_holidays"):
        WorkingCalendar(extra_holidays=["2031/01/01"])
    with pytest.raises(ConfigError, match="2031-01-01"):
        WorkingCalendar(extra_holidays=["2031-01-01"], extra_workdays=["2031-01-01"])
