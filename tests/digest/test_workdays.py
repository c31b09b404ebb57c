"""OverdueDays gives router.deadlines.overdue_working_days' answer, over holidays and make-up days too."""

from __future__ import annotations

from datetime import datetime, timedelta

from complaints.digest.workdays import OverdueDays
from core.clock import BRANCH_ZONE
from router.calendar import WorkingCalendar
from router.deadlines import overdue_working_days


def test_same_as_the_deadlines_module_across_spring_festival():
    calendar = WorkingCalendar()
    at = datetime(2026, 3, 1, 23, 59, tzinfo=BRANCH_ZONE)  # Sunday after the 2026 Spring Festival break
    counter = OverdueDays(calendar, at)
    due = datetime(2026, 1, 20, 18, 0, tzinfo=BRANCH_ZONE)
    dues = [due + timedelta(days=d, hours=h) for d in range(0, 45) for h in (0, 7)]
    for d in reversed(dues):  # any order: the table grows backwards as needed
        assert counter(d) == overdue_working_days(d, at, calendar), d
    # 14 Feb (Saturday) and 28 Feb (Saturday) are make-up working days; 15-23 Feb are holidays
    assert counter(datetime(2026, 2, 13, 18, 0, tzinfo=BRANCH_ZONE)) == 6  # 14, 24, 25, 26, 27, 28 Feb
    assert counter(datetime(2026, 3, 1, 18, 0, tzinfo=BRANCH_ZONE)) == 0    # late the same day
    assert counter(datetime(2026, 3, 2, 18, 0, tzinfo=BRANCH_ZONE)) == 0    # not yet due
