"""Timed jobs: deadline chasing, the hourly quarantine summary, the weekly digest.

Each job is due-based and idempotent: every pass asks it to do what is due at the clock's
`now` and it keeps its own bookkeeping (events, `service_state`), so `run-once --at` in a
drill does exactly what `serve` would have done at that time, and a job missed while the
service was down runs when it comes back. `schedule` only decides when `serve` wakes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

import schedule

from complaints.context import Context
from core.store.db import session_scope
from core.store.models import ServiceState

log = logging.getLogger(__name__)

JobFn = Callable[[Context, datetime], "str | None"]
LAST_ROUND_KEY = "serve_last_good_round"  # service_state: the last good round of serve or run-once (doctor, /metrics)


@dataclass(frozen=True)
class Job:
    name: str
    run: JobFn


_JOBS: list[Job] = []


def register(name: str) -> Callable[[JobFn], JobFn]:
    """Add a job to every pass; jobs run in registration order."""

    def wrap(fn: JobFn) -> JobFn:
        _JOBS.append(Job(name, fn))
        return fn

    return wrap


def run_due(ctx: Context) -> list[str]:
    """Run every job once at the clock's now; a failing job is logged and does not stop others."""
    _load_builtin_jobs()
    done: list[str] = []
    for job in _JOBS:
        try:
            outcome = job.run(ctx, ctx.clock.now())
        except Exception:  # noqa: BLE001 - one broken job must not stop mail handling
            log.exception("job %s failed", job.name)
            continue
        if outcome:
            done.append(f"{job.name}: {outcome}")
    return done


def _load_builtin_jobs() -> None:
    if not _JOBS:
        import complaints.timed  # noqa: F401  (registers the built-in jobs)


def wake_schedule(ctx: Context) -> schedule.Scheduler:
    """When `serve` must be awake besides new mail: the digest time and every few minutes."""
    sched = schedule.Scheduler()
    sched.every(5).minutes.do(lambda: None)
    digest = ctx.settings.digest
    getattr(sched.every(), digest.weekday).at(digest.time.strftime("%H:%M")).do(lambda: None)
    return sched


_SCHEDULES: dict[int, schedule.Scheduler] = {}


def seconds_until_next(ctx: Context) -> float:
    sched = _SCHEDULES.setdefault(id(ctx), wake_schedule(ctx))
    sched.run_pending()
    idle = sched.idle_seconds
    return max(1.0, idle) if idle is not None else 300.0


def get_state(ctx: Context, key: str) -> str | None:
    with session_scope(ctx.engine) as session:
        row = session.get(ServiceState, key)
        return row.value if row else None


def set_state(session, key: str, value: str) -> None:
    row = session.get(ServiceState, key)
    if row is None:
        row = ServiceState(key=key, value=value)
    row.value = value
    session.add(row)
