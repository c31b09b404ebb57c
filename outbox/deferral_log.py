"""Log lines for deferred mail, rate-limited: an outage must not flood the log.

With the relay down every due row is deferred on every pass (thousands of lines a minute
before). One line when the failure changes (a new error, or the first after mail flowed),
then one line per `every` with how many deferrals it stands for, and one when mail flows again.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

log = logging.getLogger("outbox.sender")

SUMMARY_EVERY = timedelta(minutes=10)


class DeferralLog:
    def __init__(self, every: timedelta = SUMMARY_EVERY):
        self.every = every
        self._lock = threading.Lock()
        self._error: str | None = None
        self._since: datetime | None = None
        self._last_line: datetime | None = None
        self._count = 0

    def note(self, now: datetime, row_id: int, attempt: int, error: str) -> bool:
        """One row deferred; returns whether a line was written."""
        with self._lock:
            if error != self._error:
                self._error, self._since, self._last_line, self._count = error, now, now, 0
                log.warning("outbound mail deferred (row %s, attempt %d): %s — retried with back-off; "
                            "repeats are summed up every %d min", row_id, attempt, error,
                            self.every.total_seconds() // 60)
                return True
            self._count += 1
            if now - self._last_line < self.every:
                return False
            count, self._count, self._last_line = self._count, 0, now
        log.warning("outbound mail still deferred since %s: %d more deferral(s), last row %s: %s",
                    f"{self._since:%Y-%m-%d %H:%M}", count, row_id, error)
        return True

    def flowing(self, now: datetime) -> bool:
        """A mail was handed over: the failure (if any) is over. Returns whether a line was written."""
        with self._lock:
            if self._error is None:
                return False
            error, since, count = self._error, self._since, self._count
            self._error, self._since, self._last_line, self._count = None, None, None, 0
        log.warning("outbound mail flows again (deferred since %s, %d repeat(s) not logged): %s",
                    f"{since:%Y-%m-%d %H:%M}", count, error)
        return True


DEFERRALS = DeferralLog()  # one per process: the sender's batches share it
