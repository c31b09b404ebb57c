"""The clocks commands run on: fixed for one-shot commands, shifted-and-running for serve."""

from __future__ import annotations

import time
from datetime import timedelta

from core.clock import BRANCH_ZONE, FixedClock, ShiftedClock, parse_instant


def test_parse_instant_reads_iso_times_in_branch_time():
    assert parse_instant("2031-02-20T10:15:00+08:00").isoformat() == "2031-02-20T10:15:00+08:00"
    naive = parse_instant("2031-02-20T10:15")
    assert naive.tzinfo is BRANCH_ZONE and naive.hour == 10
    day = parse_instant("2031-02-20")
    assert (day.hour, day.minute, day.tzinfo) == (9, 0, BRANCH_ZONE)


def test_shifted_clock_starts_at_the_instant_and_runs_on():
    start = parse_instant("2031-02-20T10:00:00+08:00")
    clock = ShiftedClock(start)
    first = clock.now()
    assert timedelta(0) <= first - start < timedelta(seconds=5)
    time.sleep(0.05)
    assert clock.now() - first >= timedelta(seconds=0.04)
    assert clock.now().tzinfo is not None


def test_fixed_clock_stands_still_until_moved():
    clock = FixedClock(parse_instant("2027-02-04T17:00"))
    assert clock.now() == clock.now()
    clock.advance(days=1)
    assert clock.now().date().isoformat() == "2027-02-05"
