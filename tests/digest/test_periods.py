"""Report periods: the forms people type, their bounds in branch time, their Chinese titles."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from complaints.digest.periods import (
    BadPeriod, Month, Quarter, Year, noun, parse_period, period_title, report_name,
)
from complaints.digest.weeks import IsoWeek
from core.clock import BRANCH_ZONE


def test_each_form_reads_as_its_kind():
    assert parse_period("2026-W49") == IsoWeek(2026, 49)
    assert parse_period("2026-11") == parse_period("2026-11 ") == Month(2026, 11)
    assert parse_period("2026Q4") == parse_period("2026q4") == parse_period("2026-Q4") == Quarter(2026, 4)
    assert parse_period("2026") == Year(2026)


@pytest.mark.parametrize("text", ["2026-13", "2026Q5", "26", "2026-11-01", "", "十一月", "2026-W54"])
def test_anything_else_is_refused(text):
    with pytest.raises(BadPeriod):
        parse_period(text)


def test_bounds_are_branch_midnights_and_end_exclusive():
    month = Month(2026, 12)
    assert month.start == datetime(2026, 12, 1, tzinfo=BRANCH_ZONE)
    assert month.end == datetime(2027, 1, 1, tzinfo=BRANCH_ZONE)
    assert Quarter(2026, 4).start == datetime(2026, 10, 1, tzinfo=BRANCH_ZONE)
    assert Quarter(2026, 4).end == Year(2027).start
    assert Month(2026, 2).end - Month(2026, 2).start == datetime(2026, 3, 1) - datetime(2026, 2, 1)
    assert Month(2026, 1).shifted(-1) == Month(2025, 12) and Quarter(2026, 1).shifted(-1) == Quarter(2025, 4)
    assert [q.label for q in Quarter(2026, 2).with_previous(2)] == ["2025Q4", "2026Q1", "2026Q2"]


def test_last_complete_period_before_an_instant():
    first_of_december = datetime(2026, 12, 1, 0, 30, tzinfo=BRANCH_ZONE)
    assert Month.last_complete_before(first_of_december) == Month(2026, 11)
    assert Quarter.last_complete_before(first_of_december) == Quarter(2026, 3)
    assert Year.last_complete_before(first_of_december) == Year(2025)
    # 23:30 UTC on 30 November is already 1 December in the branch
    assert Month.last_complete_before(datetime(2026, 11, 30, 23, 30, tzinfo=timezone.utc)) == Month(2026, 11)
    assert Month.last_complete_before(datetime(2026, 11, 30, 15, 59, tzinfo=timezone.utc)) == Month(2026, 10)


def test_titles_as_a_report_writes_them():
    assert period_title(IsoWeek(2026, 49)) == "2026年第49周（11月30日—12月6日）"
    assert period_title(Month(2026, 11)) == "2026年11月"
    assert period_title(Quarter(2026, 4)) == "2026年第四季度"
    assert period_title(Year(2026)) == "2026年"
    assert [noun(p) for p in (IsoWeek(2026, 1), Month(2026, 1), Quarter(2026, 1), Year(2026))] == [
        "周", "月", "季度", "年"]
    assert report_name(Month(2026, 11)) == "客户投诉处理月度考核报告"
