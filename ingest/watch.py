"""How the service waits for mail and notices when it no longer gets any.

`wait_seconds` is the pure rule for one wait: IDLE is re-issued before servers drop it
(29 minutes, RFC 2177) and polling waits `poll_seconds`, both cut short by the next timed
job so deadlines and summaries run on time while the service idles. `Health` is the
bookkeeping of rounds and faults; `StallWatch` is a thread that alerts when no round has
succeeded for `stall_minutes` — a hung connection included, not only a failing one.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger(__name__)

MIN_WAIT_SECONDS = 0.05
REPEAT_SECONDS = 3600.0  # a stall that lasts is reported again every hour


def wait_seconds(*, idle: bool, poll_seconds: float, renew_minutes: float, next_job_in: float,
                 stall_minutes: float | None = None) -> float:
    """How long one IDLE (or one poll sleep) may last before the service must look again.

    A quiet mailbox still gets a full round at least twice per stall period, so a healthy
    IDLE is never mistaken for a stall (and a dead connection is found within one).
    """
    bound = renew_minutes * 60 if idle else poll_seconds
    if stall_minutes is not None:
        bound = min(bound, stall_minutes * 30)
    return max(MIN_WAIT_SECONDS, min(bound, next_job_in))


@dataclass
class Health:
    """What `serve` knows about its own progress, in seconds of `monotonic` (a seam for tests)."""

    monotonic: Callable[[], float] = time.monotonic
    last_good: float = -1.0  # set to "now" when created
    failures: int = 0  # consecutive faults since the last good round
    rounds: int = 0
    idle_waits: int = 0
    interruptions: int = 0
    last_error: str = ""
    mode: str = "starting"  # idle | poll

    def __post_init__(self) -> None:
        if self.last_good < 0:
            self.last_good = self.monotonic()

    def good_round(self) -> None:
        if self.failures:
            log.info("mail rounds work again after %d fault(s)", self.failures)
        self.last_good, self.failures = self.monotonic(), 0
        self.rounds += 1

    def fault(self, error: str) -> int:
        self.failures += 1
        self.last_error = error
        return self.failures

    def stalled_for(self) -> float:
        return self.monotonic() - self.last_good


class StallWatch(threading.Thread):
    """Alert (through `alert`, which limits itself to once an hour) while no round succeeds.

    The thread only ticks; `check` is one look, so tests drive it with their own clock.
    """

    def __init__(self, health: Health, limit_seconds: float, alert: Callable[[str], None],
                 stop: threading.Event, *, check_every: float | None = None):
        super().__init__(name="stall-watch", daemon=True)
        self.health, self.limit, self.alert, self.stop = health, limit_seconds, alert, stop
        self.check_every = check_every or max(0.2, min(60.0, limit_seconds / 5))
        self.alerts = 0
        self._alerted: tuple[float, float] | None = None  # (episode = last_good, when alerted)

    def run(self) -> None:
        while not self.stop.wait(self.check_every):
            self.check()

    def check(self) -> bool:
        """Alert if no round has succeeded within the limit (once per stall, then hourly).

        True when an alert went out; a failing alert is logged and tried at the next look.
        """
        idle_for = self.health.stalled_for()
        if idle_for < self.limit or not self._due():
            return False
        text = (f"{idle_for / 60:.1f} 分钟内没有成功收取过邮件（上限 stall_minutes = {self.limit / 60:g}）。"
                f"最近的错误：{self.health.last_error or '无（连接可能挂起）'}")
        log.error("stalled: %s", text)
        try:
            self.alert(text)
        except Exception:  # noqa: BLE001 - the watch must outlive a broken alert path
            log.exception("could not send the stall alert")
            return False
        self.alerts += 1
        self._alerted = (self.health.last_good, self.health.monotonic())
        return True

    def _due(self) -> bool:
        """Once per stall, then hourly while it lasts."""
        if self._alerted is None or self._alerted[0] != self.health.last_good:
            return True
        return self.health.monotonic() - self._alerted[1] >= REPEAT_SECONDS
