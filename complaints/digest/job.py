"""The scheduled weekly digest: at `[digest] weekday` + `time` (branch time), the previous week's digest, once.

Due-based, like every timed job: each pass asks "which week's digest is due by now?" —
the last complete week once its send time has come, else the week before — and sends it
unless `service_state['digest_last_week']` says it (or a later one) went already. A
service that was down over the send time sends the digest when it comes back, once; if
several weeks were missed, only the newest is sent (older digests are stale news; the
command can still send them by hand). The bookkeeping is written in the transaction that
queues the mail.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import select

from complaints.context import Context
from complaints.digest.figures import compute_figures
from complaints.digest.mail import digest_mail
from complaints.digest.sending import STATE_KEY, queue_digest
from complaints.digest.weeks import IsoWeek
from core.clock import BRANCH_ZONE, local
from core.config import DigestConfig
from core.store.db import session_scope
from core.store.models import Case
from core.store.state import get_state, set_state

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def send_time(week: IsoWeek, cfg: DigestConfig) -> datetime:
    """When the digest of `week` falls due: the configured weekday and time of the week after it."""
    day = week.shifted(1).monday + timedelta(days=WEEKDAYS.index(cfg.weekday))
    return datetime.combine(day, cfg.time, tzinfo=BRANCH_ZONE)


def due_week(now: datetime, cfg: DigestConfig) -> IsoWeek:
    """The newest week whose digest is due at `now`."""
    week = IsoWeek.last_complete_before(now)
    return week if local(now) >= send_time(week, cfg) else week.shifted(-1)


def digest_job(ctx: Context, now: datetime) -> str | None:
    """Queue the digest that is due and not yet sent; None when there is nothing to do."""
    week = due_week(now, ctx.settings.digest)
    last = get_state(ctx.engine, STATE_KEY)
    if last is not None and IsoWeek.parse(last) >= week:
        return None
    if last is None and not any_case_before(ctx, week.end):
        with session_scope(ctx.engine) as session:  # a fresh install has no past week to report
            set_state(session, STATE_KEY, week.label)
        return f"digest bookkeeping starts after {week.label} (no earlier cases)"
    figures = compute_figures(ctx.engine, week, directory=ctx.directory, calendar=ctx.calendar, now=now)
    mail = digest_mail(figures, ctx.settings, now)
    queued = queue_digest(ctx, mail, now, remember_week=week.label)
    skipped = ""
    if last is not None and IsoWeek.parse(last).shifted(1) < week:
        skipped = f" (missed since {last}; only the newest is sent)"
    return f"digest {week.label} {'queued' if queued else 'was already queued'}{skipped}"


def any_case_before(ctx: Context, end: datetime) -> bool:
    with session_scope(ctx.engine) as session:
        return session.exec(select(Case.id).where(Case.received_at < end).limit(1)).first() is not None
