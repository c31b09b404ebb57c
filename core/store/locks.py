"""Coordination between several workers on PostgreSQL: one fetcher per mailbox at a time,
one worker at a time running a timed job, one worker at a time deciding whether an
acceptance form opens a case.

PostgreSQL's own advisory locks, not a home-made coordinator: a worker that cannot take a
mailbox's lock skips fetching and filing for that pass (another worker is doing it) and
still processes stored mail, whose rows it claims with SKIP LOCKED. SQLite serialises
writers itself, so there the locks are always granted (and never taken).
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from core.store.db import is_postgres


def lock_key(name: str, kind: str = "mailbox") -> int:
    """A stable signed 64-bit key for a mailbox (or, with `kind="job"`, a timed job's) name."""
    return int.from_bytes(hashlib.sha256(f"complaints:{kind}:{name}".encode()).digest()[:8], "big", signed=True)


@contextmanager
def mailbox_lock(engine: Engine, mailbox: str) -> Iterator[bool]:
    """Yield True when this worker holds the mailbox (always on SQLite), False when another does."""
    with _try_lock(engine, lock_key(mailbox)) as held:
        yield held


@contextmanager
def job_lock(engine: Engine, job: str) -> Iterator[bool]:
    """Yield True when this worker may run the timed job now, False while another runs it.

    The jobs are due-based and commit their bookkeeping before they return, so the worker
    that takes the lock next sees the period done: each job runs once per period, by
    whichever worker gets there first (on SQLite, by whichever writes first)."""
    with _try_lock(engine, lock_key(job, "job")) as held:
        yield held


@contextmanager
def _try_lock(engine: Engine, key: int) -> Iterator[bool]:
    """A session-level advisory lock on its own connection, released on leaving (or when
    the worker dies: PostgreSQL drops a dead connection's locks)."""
    if not is_postgres(engine):
        yield True
        return
    with engine.connect() as conn:
        held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()
        try:
            yield held
        finally:
            if held:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()


FORM_LOCK_CLASS = 0x46524D31  # "FRM1"
"""The first key of every acceptance-form lock. Form locks take PostgreSQL's two-int4 form
of advisory lock, whose key space does not overlap the one-bigint space of `lock_key`, so
a form can never block a mailbox whatever the hashes are."""


def form_key(acceptance_number: str) -> int:
    """A stable signed 32-bit key for an acceptance number (the second key of its lock).
    Two numbers that share one only take turns: a wait, never a wrong answer."""
    return int.from_bytes(hashlib.sha256(f"complaints:form:{acceptance_number}".encode()).digest()[:4], "big",
                          signed=True)


def lock_acceptance_form(conn: Connection, acceptance_number: str) -> None:
    """Hold the acceptance form until the caller's transaction ends (nothing on SQLite).

    Two workers on PostgreSQL (READ COMMITTED) handling two mails carrying one form would
    otherwise both find no case for it and both open one. The second now waits here until
    the first's batch commits; its next query then sees that case: a duplicate. Keyed on
    the number alone, not on number and sender, so it also covers a sender that is unknown.
    A worker can wait for two forms in opposite order to another (or for a form while the
    other waits for the year's case-number row); PostgreSQL then ends one transaction with
    a deadlock error, which the pipeline treats like any database failure: the whole batch
    rolls back, its mails stay pending and the next pass handles them.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.execute(_LOCK_FORM, {"c": FORM_LOCK_CLASS, "k": form_key(acceptance_number)})


_LOCK_FORM = text("SELECT pg_advisory_xact_lock(CAST(:c AS integer), CAST(:k AS integer))")

CORRESPONDENT_LOCK_CLASS = 0x464F5231  # "FOR1"
"""The first key of every forgery-notice lock (the two-int4 space, apart from the forms')."""


def lock_correspondent(conn: Connection, address: str) -> None:
    """Hold one address's forgery-notice bookkeeping until the caller's transaction ends
    (nothing on SQLite; `complaints.answer_cap.forgery_notice_due`).

    Two workers on PostgreSQL handling two forged mails in one person's name would otherwise
    both find no recent notice and both send one, and both insert the row counting the held
    ones (one batch then fails). The second now waits here until the first's batch commits,
    then sees its notice. A deadlock between two batches is handled as for forms (above).
    """
    if conn.dialect.name != "postgresql":
        return
    key = int.from_bytes(hashlib.sha256(f"complaints:correspondent:{address.strip().lower()}".encode()).digest()[:4],
                         "big", signed=True)
    conn.execute(_LOCK_FORM, {"c": CORRESPONDENT_LOCK_CLASS, "k": key})
