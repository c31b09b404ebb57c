"""Waiting rules, reconnect backoff and the stall watch, without any server."""

import random
import threading
import time

import pytest
from pydantic import ValidationError

from core.config import ImapConfig
from core.retry import RECONNECT
from ingest.watch import REPEAT_SECONDS, Health, StallWatch, wait_seconds


def test_idle_is_renewed_before_29_minutes_and_cut_short_by_the_next_job():
    assert wait_seconds(idle=True, poll_seconds=60, renew_minutes=25, next_job_in=10_000) == 25 * 60
    assert wait_seconds(idle=True, poll_seconds=60, renew_minutes=25, next_job_in=42) == 42


def test_polling_waits_poll_seconds_or_less():
    assert wait_seconds(idle=False, poll_seconds=60, renew_minutes=25, next_job_in=300) == 60
    assert wait_seconds(idle=False, poll_seconds=60, renew_minutes=25, next_job_in=3) == 3
    assert wait_seconds(idle=False, poll_seconds=60, renew_minutes=25, next_job_in=0) > 0


def test_a_quiet_mailbox_gets_a_round_twice_per_stall_period():
    assert wait_seconds(idle=True, poll_seconds=60, renew_minutes=25, next_job_in=10_000, stall_minutes=10) == 300


def test_config_refuses_an_idle_renewal_servers_would_cut():
    with pytest.raises(ValidationError):
        ImapConfig(idle_renew_minutes=29)
    assert ImapConfig().idle_renew_minutes < 29


def test_reconnect_backoff_is_exponential_capped_and_jittered():
    rng = random.Random(7)
    delays = [RECONNECT.delay(n, rng) for n in range(1, 12)]
    assert delays[0] == pytest.approx(1, rel=0.21) and delays[3] == pytest.approx(8, rel=0.21)
    assert max(delays) <= RECONNECT.cap_seconds * 1.2
    assert delays[-1] >= RECONNECT.cap_seconds * 0.8
    spread = {round(RECONNECT.delay(5, rng), 3) for _ in range(20)}
    assert len(spread) > 10, "jitter spreads reconnecting clients apart"
    assert not RECONNECT.exhausted(10_000), "the service never gives up reconnecting"


def test_health_counts_faults_until_a_good_round():
    health = Health()
    assert health.fault("a") == 1 and health.fault("b") == 2
    health.good_round()
    assert health.failures == 0 and health.rounds == 1 and health.last_error == "b"


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_stall_watch_alerts_once_per_stall_then_hourly():
    ticks, texts = Ticks(), []
    health = Health(monotonic=ticks)
    watch = StallWatch(health, 30, texts.append, threading.Event())
    for _ in range(8):  # good rounds keep it quiet
        ticks.now += 10
        health.good_round()
        assert not watch.check()
    health.fault("connection: refused")
    ticks.now += 29
    assert not watch.check() and texts == []
    ticks.now += 2
    assert watch.check()
    assert len(texts) == 1 and "connection: refused" in texts[0] and "stall_minutes" in texts[0]
    ticks.now += 600
    assert not watch.check(), "one alert per stall ..."
    ticks.now += REPEAT_SECONDS
    assert watch.check() and len(texts) == 2, "... then hourly while it lasts"
    health.good_round()
    ticks.now += 31  # a new stall after a good round is reported again at once
    assert watch.check() and len(texts) == 3 and watch.alerts == 3


def test_a_failing_alert_does_not_kill_the_watch_and_is_tried_again():
    ticks, calls = Ticks(), []
    health = Health(monotonic=ticks)

    def broken(text):
        calls.append(text)
        raise RuntimeError("database away")

    watch = StallWatch(health, 10, broken, threading.Event())
    ticks.now += 11
    assert not watch.check() and not watch.check()
    assert len(calls) == 2 and watch.alerts == 0

