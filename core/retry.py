"""The one retry policy: capped exponential backoff with jitter, for mail delivery and reconnects.

Kept as a validated value (like rq's `Retry`) so the bookkeeping (attempts, next attempt)
lives on the record that is retried, and the numbers are decided here only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    base_seconds: float = 5.0
    cap_seconds: float = 900.0
    max_attempts: int = 12
    jitter: float = 0.2

    def __post_init__(self) -> None:
        if self.base_seconds <= 0 or self.cap_seconds < self.base_seconds or self.max_attempts < 1:
            raise ValueError("RetryPolicy needs 0 < base ≤ cap and max_attempts ≥ 1")

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt counts from 1)."""
        raw = min(self.cap_seconds, self.base_seconds * (2 ** max(0, attempt - 1)))
        spread = raw * self.jitter
        return max(0.0, raw + (rng or random).uniform(-spread, spread))

    def next_attempt(self, now: datetime, attempt: int) -> datetime:
        return now + timedelta(seconds=self.delay(attempt))

    def exhausted(self, attempt: int) -> bool:
        return attempt >= self.max_attempts


DELIVERY = RetryPolicy(base_seconds=5, cap_seconds=900, max_attempts=12)
RECONNECT = RetryPolicy(base_seconds=1, cap_seconds=60, max_attempts=1_000_000)
