"""ISO weeks in branch time: parsing, bounds, the last complete week, and the job's due week."""

from __future__ import annotations

from datetime import datetime, time, timezone

import pytest

from complaints.digest.job import due_week, send_time
from complaints.digest.weeks import BadWeek, IsoWeek
from core.clock import BRANCH_ZONE
from core.config import DigestConfig


def test_parse_and_bounds_in_branch_time():
    week = IsoWeek.parse("2026-W13")
    assert week == IsoWeek.parse("2026w13") == IsoWeek(2026, 13)
    assert week.label == "2026-W13"
    assert week.start == datetime(2026, 3, 23, 0, 0, tzinfo=BRANCH_ZONE)
    assert week.end == datetime(2026, 3, 30, 0, 0, tzinfo=BRANCH_ZONE)
    assert week.start.astimezone(timezone.utc) == datetime(2026, 3, 22, 16, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", ["2026-13", "W13", "2026-W54", "2026-W00", "", "2026-W13x"])
def test_bad_weeks_are_refused_with_the_expected_form(text):
    with pytest.raises(BadWeek, match="YYYY-Www|does not exist"):
        IsoWeek.parse(text)


def test_week_53_and_year_boundaries():
    assert IsoWeek.parse("2026-W53").monday.isoformat() == "2026-12-28"
    assert IsoWeek(2026, 53).shifted(1) == IsoWeek(2027, 1)
    assert IsoWeek.containing(datetime(2027, 1, 1, 12, tzinfo=BRANCH_ZONE)) == IsoWeek(2026, 53)


def test_last_complete_week_uses_branch_time_not_utc():
    # Sunday 23:30 in the branch is still inside W13; 00:30 on Monday is already W14.
    assert IsoWeek.last_complete_before(datetime(2026, 3, 29, 23, 30, tzinfo=BRANCH_ZONE)) == IsoWeek(2026, 12)
    monday = datetime(2026, 3, 29, 16, 30, tzinfo=timezone.utc)  # = Mon 30 March 00:30 in Shanghai
    assert IsoWeek.last_complete_before(monday) == IsoWeek(2026, 13)
    assert IsoWeek.last_complete_before(datetime(2026, 3, 30, 0, 0, tzinfo=BRANCH_ZONE)) == IsoWeek(2026, 13)


def test_previous_weeks_oldest_first():
    assert [w.label for w in IsoWeek(2026, 2).with_previous(4)] == [
        "2025-W50", "2025-W51", "2025-W52", "2026-W01", "2026-W02"]


def test_due_week_turns_at_the_configured_weekday_and_time():
    monday_0830 = DigestConfig(weekday="monday", time=time(8, 30))
    assert send_time(IsoWeek(2026, 13), monday_0830) == datetime(2026, 3, 30, 8, 30, tzinfo=BRANCH_ZONE)
    assert due_week(datetime(2026, 3, 30, 8, 29, tzinfo=BRANCH_ZONE), monday_0830) == IsoWeek(2026, 12)
    assert due_week(datetime(2026, 3, 30, 8, 30, tzinfo=BRANCH_ZONE), monday_0830) == IsoWeek(2026, 13)
    wednesday = DigestConfig(weekday="wednesday", time=time(17, 0))
    assert due_week(datetime(2026, 4, 1, 16, 59, tzinfo=BRANCH_ZONE), wednesday) == IsoWeek(2026, 12)
    assert due_week(datetime(2026, 4, 1, 17, 0, tzinfo=BRANCH_ZONE), wednesday) == IsoWeek(2026, 13)
