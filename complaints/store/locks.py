"""Coordination between several workers on PostgreSQL: one fetcher per mailbox at a time.

PostgreSQL's own advisory locks, not a home-made coordinator: a worker that cannot take a
mailbox's lock skips fetching and filing for that pass (another worker is doing it) and
still processes stored mail, whose rows it claims with SKIP LOCKED. SQLite serialises
writers itself, so there the lock is always granted.
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine

from complaints.store.db import is_postgres


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a mailbox name."""
    return int.from_bytes(hashlib.sha256(f"complaints:mailbox:{name}".encode()).digest()[:8], "big", signed=True)


@contextmanager
def mailbox_lock(engine: Engine, mailbox: str) -> Iterator[bool]:
    """Yield True when this worker holds the mailbox (always on SQLite), False when another does."""
    if not is_postgres(engine):
        yield True
        return
    key = lock_key(mailbox)
    with engine.connect() as conn:
        held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()
        try:
            yield held
        finally:
            if held:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
