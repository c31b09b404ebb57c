"""The built-in timed jobs, registered with `complaints.jobs` in the order they run."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import select

from complaints import jobs
from complaints.context import Context
from complaints.store.db import session_scope
from complaints.store.models import Message
from outbox import mails
from outbox.queue import enqueue
from outbox.views import QuarantineEntry

SUMMARY_EVERY = timedelta(hours=1)


@jobs.register("quarantine summary")
def quarantine_summary(ctx: Context, now: datetime) -> str | None:
    """One mail to the office listing every newly quarantined mail, at most once an hour."""
    last = jobs.get_state(ctx, "quarantine_summary_at")
    if last and now - datetime.fromisoformat(last) < SUMMARY_EVERY:
        return None
    with session_scope(ctx.engine) as session:
        rows = session.exec(select(Message).where(Message.state == "quarantined",
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
        jobs.set_state(session, "quarantine_summary_at", now.isoformat())
    return f"{len(rows)} quarantined mail(s) reported"


CALENDAR_LOOKAHEAD_DAYS = 45


@jobs.register("calendar check")
def calendar_check(ctx: Context, now: datetime) -> str | None:
    """Once a day: warn the office (weekly, until fixed) while receipts within 45 days would get
    no deadlines because the working-day calendar does not know a year they reach."""
    from complaints import notify
    from router.deadlines import first_receipt_without_deadlines

    today = now.date().isoformat()
    if jobs.get_state(ctx, "calendar_checked_on") == today:
        return None
    gap = first_receipt_without_deadlines(now.date(), CALENDAR_LOOKAHEAD_DAYS, ctx.settings.sla, ctx.calendar)
    with session_scope(ctx.engine) as session:
        jobs.set_state(session, "calendar_checked_on", today)
        if gap is None:
            return None
        notify.office_alert(session, ctx, f"工作日历缺少 {gap.year} 年的节假日安排", [
            f"从 {gap.first_receipt.isoformat()} 起收到的投诉，办理时限会延伸到 {gap.year} 年，而系统的工作日历"
            f"还不知道 {gap.year} 年的节假日：这些案件照常分派，但没有到期日，也不会被催办。",
            f"请 IT 人员在 complaints.toml 的 [sla] 中填写 {gap.year} 年的法定节假日（extra_holidays）和调休"
            "上班日（extra_workdays），以国务院办公厅公布的放假安排为准；或升级 chinesecalendar 软件包。"
            "修正后本提醒自动停止，在此之前每周提醒一次。"],
            {"受影响的收件日期": f"{gap.first_receipt.isoformat()} 起", "缺少的年份": str(gap.year)},
            key=f"calendar-gap-{gap.year}-{now:%G-W%V}", now=now)
    return f"calendar gap for {gap.year} from {gap.first_receipt.isoformat()} reported"


# The case lifecycle's jobs (deadlines, the daily comment-book duty): registered here, built elsewhere.
from complaints import comment_book_duty, deadline_jobs  # noqa: E402

jobs.register("deadlines")(deadline_jobs.run)
jobs.register("comment book")(comment_book_duty.run)


@jobs.register("weekly digest")
def weekly_digest(ctx: Context, now: datetime) -> str | None:
    """The digest of the previous week at [digest] weekday/time; a missed one when back up."""
    from complaints.digest.job import digest_job

    return digest_job(ctx, now)
