"""How timed jobs run: each pass runs a table of jobs (`complaints.timed.JOBS`) in order.

Each job is due-based and idempotent: every pass asks it to do what is due at the clock's
`now` and it keeps its own bookkeeping (events, `service_state`), so `run-once --at` in a
drill does exactly what `serve` would have done at that time, and a job missed while the
service was down runs when it comes back. `schedule` only decides when `serve` wakes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Sequence

import schedule

from complaints.context import Context
from core.store.locks import job_lock

log = logging.getLogger(__name__)

JobFn = Callable[[Context, datetime], "str | None"]
LAST_ROUND_KEY = "serve_last_good_round"  # service_state: the last good round of serve or run-once (doctor, /metrics)


@dataclass(frozen=True)
class Job:
    name: str
    run: JobFn


def run_due(ctx: Context, table: Sequence[Job]) -> list[str]:
    """Run every job of `table` once at the clock's now, each under its worker lock
    (`job_lock`: on PostgreSQL another worker may be running it, and its bookkeeping then
    tells us next pass); a failing job is logged and does not stop others."""
    done: list[str] = []
    for job in table:
        with job_lock(ctx.engine, job.name) as mine:
            if not mine:
                continue
            try:
                outcome = job.run(ctx, ctx.clock.now())
            except Exception:  # noqa: BLE001 - one broken job must not stop mail handling
                log.exception("job %s failed", job.name)
                continue
        if outcome:
            done.append(f"{job.name}: {outcome}")
    return done


def wake_schedule(ctx: Context) -> schedule.Scheduler:
    """When `serve` must be awake besides new mail: the digest time and every few minutes."""
    sched = schedule.Scheduler()
    sched.every(5).minutes.do(lambda: None)
    digest = ctx.settings.digest
    getattr(sched.every(), digest.weekday).at(digest.time.strftime("%H:%M")).do(lambda: None)
    sched.every().day.at(digest.open_list_time.strftime("%H:%M")).do(lambda: None)
    sched.every().day.at(digest.time.strftime("%H:%M")).do(lambda: None)   # the period reports
    return sched


_SCHEDULES: dict[int, schedule.Scheduler] = {}


def seconds_until_next(ctx: Context) -> float:
    sched = _SCHEDULES.setdefault(id(ctx), wake_schedule(ctx))
    sched.run_pending()
    idle = sched.idle_seconds
    return max(1.0, idle) if idle is not None else 300.0
