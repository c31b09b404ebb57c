"""Deadlines across 2026's National Day and Spring Festival, extensions and lateness."""

from datetime import date, datetime, timedelta, timezone

import pytest

from core.clock import BRANCH_ZONE
from core.config import SlaConfig
from core.errors import CalendarUnknown
from router.calendar import WorkingCalendar
from router.deadlines import (CalendarGap, Deadlines, compute_deadlines, extend_due, first_receipt_without_deadlines,
                              is_provisional, overdue_working_days, provisional_years_ahead, translate_due)
from tests.support.calendar import FIRST_UNKNOWN_YEAR

CAL = WorkingCalendar()
SLA = SlaConfig()   # 5 working days, remind 1 working day before, 15 calendar days


def at(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=BRANCH_ZONE)


def test_received_before_national_day():
    got = compute_deadlines(at(2026, 9, 29, 10), SLA, CAL)
    # working days after Sep 29: Sep 30, Oct 8, 9, 10 (make-up Saturday), 12
    assert got == Deadlines(
        due_at=at(2026, 10, 12, 18),
        remind_at=at(2026, 10, 10, 9),
        regulatory_due_at=at(2026, 10, 14, 18),   # Sep 29 + 15 days, a Wednesday
    )


def test_received_during_the_holiday_counts_from_the_first_working_day():
    got = compute_deadlines(at(2026, 10, 2, 16), SLA, CAL)
    # counted from Thu Oct 8: Oct 9, 10, 12, 13, 14
    assert got.due_at == at(2026, 10, 14, 18)
    assert got.remind_at == at(2026, 10, 13, 9)
    assert got.regulatory_due_at == at(2026, 10, 19, 18)   # Oct 17 is a Saturday → Monday


def test_received_before_spring_festival():
    got = compute_deadlines(at(2026, 2, 12, 11), SLA, CAL)
    # after Thu Feb 12: Feb 13, 14 (make-up Saturday), 24, 25, 26
    assert got.due_at == at(2026, 2, 26, 18)
    assert got.remind_at == at(2026, 2, 25, 9)
    assert got.regulatory_due_at == at(2026, 2, 27, 18)


def test_regulatory_date_on_a_holiday_moves_to_the_next_working_day():
    got = compute_deadlines(at(2026, 9, 20, 9), SLA, CAL)   # + 15 days = Oct 5, in the holiday
    assert got.regulatory_due_at == at(2026, 10, 8, 18)
    extended = compute_deadlines(at(2026, 9, 20, 9), SLA, CAL, extra_regulatory_days=15)
    assert extended.regulatory_due_at == at(2026, 10, 20, 18)


def test_results_are_aware_in_branch_time_whatever_the_input_zone():
    utc = datetime(2026, 9, 29, 2, 0, tzinfo=timezone.utc)   # 10:00 Shanghai
    got = compute_deadlines(utc, SLA, CAL)
    assert got.due_at.tzinfo is BRANCH_ZONE and got.due_at == at(2026, 10, 12, 18)


def test_reminder_is_never_before_receipt():
    sla = SlaConfig(handle_working_days=1, remind_before_working_days=1)
    received = at(2026, 3, 16, 15)   # a Monday afternoon
    got = compute_deadlines(received, sla, CAL)
    assert got.due_at == at(2026, 3, 17, 18)
    assert got.remind_at == received


def test_extend_due_by_working_days():
    assert extend_due(at(2026, 9, 30, 18), 3, CAL) == at(2026, 10, 10, 18)
    assert extend_due(at(2026, 2, 13, 18), 2, CAL) == at(2026, 2, 24, 18)
    with pytest.raises(ValueError):
        extend_due(at(2026, 2, 13, 18), -1, CAL)


def test_overdue_working_days():
    due = at(2026, 9, 30, 18)
    assert overdue_working_days(due, at(2026, 9, 30, 17), CAL) == 0
    assert overdue_working_days(due, at(2026, 9, 30, 19), CAL) == 0   # late, but not a day late
    assert overdue_working_days(due, at(2026, 10, 6, 12), CAL) == 0   # only holidays since
    assert overdue_working_days(due, at(2026, 10, 8, 9), CAL) == 1
    assert overdue_working_days(due, at(2026, 10, 11, 9), CAL) == 3   # Oct 8, 9, 10


def test_deadlines_into_an_unknown_year_are_provisional():
    got = compute_deadlines(at(FIRST_UNKNOWN_YEAR - 1, 12, 28, 10), SLA, CAL)
    assert got.provisional_years == (FIRST_UNKNOWN_YEAR,)
    assert is_provisional(got.due_at, got.provisional_years)
    assert compute_deadlines(at(FIRST_UNKNOWN_YEAR - 1, 11, 2, 10), SLA, CAL).provisional_years == ()


def test_received_on_the_eve_of_spring_festival_2027():
    # Thu 2027-02-04; 除夕 Fri Feb 5 to 初三 Mon Feb 8 are statutory: Feb 9, 10, 11, 12, 15
    got = compute_deadlines(at(2027, 2, 4, 16), SLA, CAL)
    assert got == Deadlines(due_at=at(2027, 2, 15, 18), remind_at=at(2027, 2, 12, 9),
                            regulatory_due_at=at(2027, 2, 19, 18), provisional_years=(2027,))


def test_received_on_chuxi_2027_counts_from_the_first_working_day_after_it():
    got = compute_deadlines(at(2027, 2, 5, 9), SLA, CAL)
    assert got.due_at == at(2027, 2, 16, 18)              # counted from Tue Feb 9: 10, 11, 12, 15, 16
    assert got.regulatory_due_at == at(2027, 2, 22, 18)   # Feb 20 is a Saturday


def test_a_2030_case_over_labour_day():
    got = compute_deadlines(at(2030, 4, 29, 10), SLA, CAL)   # Monday; May 1-2 statutory, 4-5 weekend
    assert got.due_at == at(2030, 5, 8, 18)                   # Apr 30, May 3, 6, 7, 8
    assert CAL.working_days_between(date(2030, 4, 29), date(2030, 5, 8)) == 5
    assert got.provisional_years == (2030,)


# a stand-in for the State Council's 2027 arrangement: 春节 Feb 5-12 off, Sun Jan 31 and Sat Feb 20 worked
OFFICIAL_2027 = WorkingCalendar(extra_holidays=["2027-01-01"] + [f"2027-02-{d:02d}" for d in range(5, 13)],
                                extra_workdays=["2027-01-31", "2027-02-20"])


@pytest.mark.parametrize("received", [at(2027, 2, 4, 16), at(2027, 2, 12, 10), at(2027, 1, 29, 9), at(2026, 12, 24, 9)])
def test_translate_due_lands_where_the_official_calendar_would_count(received):
    derived = OFFICIAL_2027.as_provisional([2027])
    due = compute_deadlines(received, SLA, derived).due_at
    assert translate_due(due, received, derived, OFFICIAL_2027) == compute_deadlines(received, SLA, OFFICIAL_2027).due_at


def test_translate_due_of_the_eve_of_spring_festival():
    derived = OFFICIAL_2027.as_provisional([2027])
    received = at(2027, 2, 4, 16)
    assert compute_deadlines(received, SLA, derived).due_at == at(2027, 2, 15, 18)
    assert translate_due(at(2027, 2, 15, 18), received, derived, OFFICIAL_2027) == at(2027, 2, 19, 18)
    # an extended due date keeps its working-day count from receipt: the 10th (Feb 9…22 derived;
    # Feb 15-19, Saturday 20 worked, 22-25 official)
    assert translate_due(at(2027, 2, 22, 18), received, derived, OFFICIAL_2027) == at(2027, 2, 25, 18)
    assert translate_due(at(2026, 12, 30, 18), at(2026, 12, 22, 9), derived, OFFICIAL_2027) == at(2026, 12, 30, 18)


def test_the_years_ahead_that_are_provisional():
    last_known = FIRST_UNKNOWN_YEAR - 1
    assert provisional_years_ahead(date(last_known, 11, 1), 20, SLA, CAL) == ()
    assert provisional_years_ahead(date(last_known, 12, 1), 45, SLA, CAL) == (FIRST_UNKNOWN_YEAR,)
    covered = WorkingCalendar(extra_holidays=[f"{FIRST_UNKNOWN_YEAR}-01-01"])
    assert provisional_years_ahead(date(last_known, 12, 1), 45, SLA, covered) == ()


def test_the_first_receipt_without_deadlines_is_none_within_the_rules():
    assert first_receipt_without_deadlines(date(FIRST_UNKNOWN_YEAR - 1, 11, 1), 90, SLA, CAL) is None
    assert first_receipt_without_deadlines(date(2003, 12, 1), 60, SLA, CAL) == CalendarGap(date(2003, 12, 1), 2003)
