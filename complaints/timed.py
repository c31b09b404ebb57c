"""The built-in timed jobs, and `JOBS`: the table of every job a pass runs, in the order they run."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import select

from complaints import (
    comment_book_duty,
    deadline_jobs,
    holiday_arrangements,
    letter_part_jobs,
    provisional_jobs,
    retention,
)
from complaints.context import Context
from complaints.digest.job import digest_job
from complaints.enquiries import scheduled
from complaints.handlers import unverified
from complaints.jobs import Job
from core.store.db import session_scope
from core.store.message_states import MessageState
from core.store.models import Message
from core.store.state import get_state, set_state
from outbox import mails
from outbox.queue import enqueue
from outbox.views import QuarantineEntry

SUMMARY_EVERY = timedelta(hours=1)


def quarantine_summary(ctx: Context, now: datetime) -> str | None:
    """One mail to the office listing every newly quarantined mail, at most once an hour."""
    last = get_state(ctx.engine, "quarantine_summary_at")
    if last and now - datetime.fromisoformat(last) < SUMMARY_EVERY:
        return None
    with session_scope(ctx.engine) as session:
        rows = session.exec(select(Message).where(Message.state == MessageState.QUARANTINED,
                                                  Message.quarantine_notified == False)  # noqa: E712
                            .order_by(Message.id)).all()
        if not rows:
            return None
        entries = [QuarantineEntry(id=str(m.id), received_at=m.stored_at, sender=m.sender or "",
                                   subject=m.subject or "", reason=m.quarantine_reason or "",
                                   error_id=m.error_id or "") for m in rows]
        mail = mails.quarantine_summary_mail(entries, key=f"{now:%Y%m%d%H%M}-{rows[-1].id}",
                                             settings=ctx.settings, now=now)
        enqueue(session, mail, case_id=None, now=now)
        for m in rows:
            m.quarantine_notified = True
            session.add(m)
        set_state(session, "quarantine_summary_at", now.isoformat())
    return f"{len(rows)} quarantined mail(s) reported"


def weekly_digest(ctx: Context, now: datetime) -> str | None:
    """The digest of the previous week at [digest] weekday/time; a missed one when back up."""
    return digest_job(ctx, now)


JOBS: tuple[Job, ...] = (
    Job("letter parts", letter_part_jobs.open_waited),            # a letter whose parts did not all come opens
    Job("quarantine summary", quarantine_summary),
    Job("holiday arrangements", holiday_arrangements.learn),  # confirmed notices into the calendar
    Job("provisional calendar", provisional_jobs.announce),
    Job("provisional deadlines", provisional_jobs.recompute),  # before the steps that read the dates
    Job("deadlines", deadline_jobs.run),
    Job("comment book", comment_book_duty.run),
    Job("unverified summary", unverified.unverified_summary),     # forged/unproven case mail, once an hour
    Job("weekly digest", weekly_digest),
    Job("daily open-case list", scheduled.daily_open_list),       # the office's 在办清单 on working days
    Job("weekly unit open-case lists", scheduled.weekly_unit_lists),
    Job("period reports", scheduled.period_reports),               # month/quarter/year 考核
    Job("retention", retention.daily),                             # 第六条: old closed cases' personal data, daily
)
"""Every timed job, in the order a pass runs them; a new job is one line here."""
