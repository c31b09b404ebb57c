"""Deadlines across 2026's National Day and Spring Festival, extensions and lateness."""

from datetime import date, datetime, timedelta, timezone

import pytest

from complaints.clock import BRANCH_ZONE
from complaints.config import SlaConfig
from complaints.errors import CalendarUnknown
from router.calendar import WorkingCalendar
from router.deadlines import (CalendarGap, Deadlines, compute_deadlines, extend_due, first_receipt_without_deadlines,
                              overdue_working_days)
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


def test_deadlines_into_an_unknown_year_are_refused():
    with pytest.raises(CalendarUnknown, match=str(FIRST_UNKNOWN_YEAR)):
        compute_deadlines(at(FIRST_UNKNOWN_YEAR - 1, 12, 28, 10), SLA, CAL)


def test_the_first_receipt_without_deadlines_is_found_ahead_of_time():
    last_known = FIRST_UNKNOWN_YEAR - 1
    gap = first_receipt_without_deadlines(date(last_known, 11, 1), 90, SLA, CAL)
    assert gap is not None and gap.year == FIRST_UNKNOWN_YEAR
    first = gap.first_receipt
    # the 15-day regulatory limit is the first to reach into the unknown year
    assert date(last_known, 12, 10) <= first <= date(last_known, 12, 31)
    with pytest.raises(CalendarUnknown):
        compute_deadlines(at(first.year, first.month, first.day, 12), SLA, CAL)
    compute_deadlines(at(first.year, first.month, first.day, 12) - timedelta(days=1), SLA, CAL)
    assert first_receipt_without_deadlines(date(last_known, 11, 1), 20, SLA, CAL) is None


def test_next_years_holidays_in_the_config_close_the_gap():
    last_known = FIRST_UNKNOWN_YEAR - 1
    covered = WorkingCalendar(extra_holidays=[f"{FIRST_UNKNOWN_YEAR}-01-01"])
    assert first_receipt_without_deadlines(date(last_known, 12, 1), 60, SLA, covered) is None


def test_a_receipt_inside_the_unknown_year_names_that_year():
    gap = first_receipt_without_deadlines(date(FIRST_UNKNOWN_YEAR, 3, 1), 5, SLA, CAL)
    assert gap == CalendarGap(date(FIRST_UNKNOWN_YEAR, 3, 1), FIRST_UNKNOWN_YEAR)
