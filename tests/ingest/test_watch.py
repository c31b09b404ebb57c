"""Waiting rules, reconnect backoff and the stall watch, without any server."""

import random
import threading
import time

import pytest
from pydantic import ValidationError

from complaints.config import ImapConfig
from complaints.retry import RECONNECT
from ingest.watch import Health, StallWatch, wait_seconds


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


def test_stall_watch_alerts_only_while_stalled():
    health, stop, texts = Health(), threading.Event(), []
    watch = StallWatch(health, 0.3, texts.append, stop, check_every=0.05)
    watch.start()
    try:
        for _ in range(8):  # good rounds keep it quiet
            health.good_round()
            time.sleep(0.05)
        assert texts == []
        health.fault("connection: refused")
        time.sleep(0.6)
        assert len(texts) == 1, "one alert per stall (then hourly)"
        assert "connection: refused" in texts[0] and "stall_minutes" in texts[0]
        health.good_round()
        health.last_good -= 1  # a new stall after a good round is reported again
        time.sleep(0.3)
        assert len(texts) == 2
    finally:
        stop.set()
        watch.join(2)


def test_a_failing_alert_does_not_kill_the_watch():
    health, stop = Health(), threading.Event()
    calls = []

    def broken(text):
        calls.append(text)
        raise RuntimeError("database away")

    health.last_good -= 10
    watch = StallWatch(health, 0.1, broken, stop, check_every=0.05)
    watch.start()
    time.sleep(0.3)
    stop.set()
    watch.join(2)
    assert len(calls) >= 2
