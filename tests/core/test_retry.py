"""The delivery policy retries like an MTA: for days, back-off capped at an hour."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from core.retry import DELIVERY, delivery_policy

T0 = datetime(2026, 11, 26, 1, 30, tzinfo=timezone.utc)


def test_backoff_grows_to_an_hour_and_stays_there():
    rng = random.Random(7)
    delays = [DELIVERY.delay(n, rng) for n in range(1, 40)]
    assert delays[0] < 60
    assert max(delays) <= 3600 * (1 + DELIVERY.jitter)
    assert all(d >= 3600 * (1 - DELIVERY.jitter) for d in delays[10:]), "an hour apart once the outage is long"


def test_a_three_hour_outage_is_not_given_up_but_five_days_are():
    policy = delivery_policy(5)
    assert not policy.exhausted(500, T0, T0 + timedelta(hours=3))
    assert not policy.exhausted(500, T0, T0 + timedelta(days=4, hours=23))
    assert policy.exhausted(120, T0, T0 + timedelta(days=5))


def test_the_period_is_configured():
    assert delivery_policy(0.5).exhausted(3, T0, T0 + timedelta(hours=12))
    assert not delivery_policy(2).exhausted(3, T0, T0 + timedelta(hours=12))
