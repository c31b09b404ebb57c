"""The one retry policy: capped exponential backoff with jitter, for mail delivery and reconnects.

Kept as a validated value (like rq's `Retry`) so the bookkeeping (attempts, next attempt)
lives on the record that is retried, and the numbers are decided here only.

Delivery retries like an MTA (Postfix's `maximal_queue_lifetime`, 5 days): a relay down over
a lunch break or a night must not lose a 督办 mail, so a temporary failure is retried with
back-off growing to an hour until `give_up_after` has passed since the mail was queued.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    base_seconds: float = 5.0
    cap_seconds: float = 900.0
    max_attempts: int = 12
    jitter: float = 0.2
    give_up_after: timedelta | None = None  # None: only `max_attempts` ends the retries

    def __post_init__(self) -> None:
        if self.base_seconds <= 0 or self.cap_seconds < self.base_seconds or self.max_attempts < 1:
            raise ValueError("RetryPolicy needs 0 < base ≤ cap and max_attempts ≥ 1")

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt counts from 1)."""
        raw = min(self.cap_seconds, self.base_seconds * (2 ** max(0, min(attempt - 1, 62))))
        spread = raw * self.jitter
        return max(0.0, raw + (rng or random).uniform(-spread, spread))

    def next_attempt(self, now: datetime, attempt: int) -> datetime:
        return now + timedelta(seconds=self.delay(attempt))

    def exhausted(self, attempt: int, since: datetime | None = None, now: datetime | None = None) -> bool:
        """Give up? After `max_attempts`, or once `give_up_after` has passed since `since`
        (when the mail was queued)."""
        if attempt >= self.max_attempts:
            return True
        return self.give_up_after is not None and since is not None and now is not None \
            and now - since >= self.give_up_after


DELIVERY = RetryPolicy(base_seconds=30, cap_seconds=3600, max_attempts=1_000_000, give_up_after=timedelta(days=5))
RECONNECT = RetryPolicy(base_seconds=1, cap_seconds=60, max_attempts=1_000_000)


def delivery_policy(give_up_days: float) -> RetryPolicy:
    """`DELIVERY` with the configured period (`[smtp] give_up_days`) before a mail is given up."""
    return replace(DELIVERY, give_up_after=timedelta(days=give_up_days))
