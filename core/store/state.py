"""The service's small memory (table `service_state`): when a job last ran, what it last told.

Timed jobs, alerts and the digest keep their bookkeeping here under a key of their own, so
that a pass run at any time (`run-once --at`, a restart) knows what is already done.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session

from core.store.db import session_scope
from core.store.models import ServiceState


def get_state(engine: Engine, key: str) -> str | None:
    """The value stored under `key`, read in a transaction of its own; None when never set."""
    with session_scope(engine) as session:
        row = session.get(ServiceState, key)
        return row.value if row else None


def set_state(session: Session, key: str, value: str) -> None:
    """Store `value` under `key` in the caller's transaction (written with the work it records)."""
    row = session.get(ServiceState, key)
    if row is None:
        row = ServiceState(key=key, value=value)
    row.value = value
    session.add(row)
