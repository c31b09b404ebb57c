"""Retention (第六条): a case closed longer ago than `[retention] years` loses its personal data
and its mails; its figures stay.

What goes: the customer's name, phone (and its lookup hash), ID and account numbers, e-mail,
the complaint, request and result texts, the form fields, event details, and the bytes,
senders and subjects of every mail received or sent about the case, with attachment names.
The service's own IMAP copies (Processed, Quarantine, Sent) of those mails are deleted too.
What stays: the case row's number, channel, unit, category, cause, severity, status, dates,
satisfaction level and reopen count, and each event's kind and time — everything the digest
and the 考核 reports count, so a report on an old period gives the same numbers after a purge.
The purge itself is an event on the case (`purged`), which is also how a case is known done.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from complaints.context import Context
from complaints.workflow import EventKind, record
from core.clock import local
from core.config import RetentionConfig, Settings
from core.imap import Mailbox, connect
from core.statuses import CaseStatus
from core.store.db import session_scope
from core.store.models import Attachment, Case, Event, Message, OutboundMail
from core.store.state import get_state, set_state

DAYS_A_YEAR = 365.25
STATE_KEY = "retention_purged_on"


@dataclass(frozen=True)
class PurgeReport:
    """What a purge erased (or, dry, would erase): counts and case numbers, no personal data."""

    case_ids: tuple[str, ...]
    messages: int
    outbound: int
    server_copies: int = 0

    def lines(self, dry_run: bool) -> list[str]:
        verb = "would erase" if dry_run else "erased"
        return [f"{verb}: personal data of {len(self.case_ids)} closed case(s), {self.messages} received "
                f"mail(s), {self.outbound} sent mail(s)"
                + ("" if dry_run else f"; {self.server_copies} copies on the mail server"), *self.case_ids]


def cutoff(now: datetime, cfg: RetentionConfig) -> datetime:
    return now - timedelta(days=cfg.years * DAYS_A_YEAR)


def due_cases(session: Session, now: datetime, cfg: RetentionConfig) -> list[str]:
    """Cases closed before the cutoff and not purged yet, oldest first."""
    purged = select(Event.case_id).where(Event.kind == str(EventKind.PURGED))
    query = (select(Case.id).where(Case.status == str(CaseStatus.CLOSED), Case.closed_at < cutoff(now, cfg),
                                   Case.id.not_in(purged)).order_by(Case.closed_at, Case.id))
    return list(session.exec(query).all())


def purge(engine: Engine, now: datetime, cfg: RetentionConfig, *, dry_run: bool = False,
          mailbox: Mailbox | None = None, folders: Iterable[str] = ()) -> PurgeReport:
    """Erase (or count, dry) the personal data of every case due. The server copies of its
    mails in `folders` go first, so a failure there leaves the cases due for the next run."""
    with Session(engine) as session:
        ids = due_cases(session, now, cfg)
        received = _of_cases(session, Message, ids)
        sent = _of_cases(session, OutboundMail, ids)
    report = PurgeReport(tuple(ids), len(received), len(sent))
    if dry_run or not ids:
        return report
    if mailbox is not None:
        mids = [m for _, m in received + sent if m]
        report = dataclasses.replace(report, server_copies=erase_server_copies(mailbox, folders, mids))
    with session_scope(engine) as session:
        _erase(session, ids, [pk for pk, _ in received], [pk for pk, _ in sent])
        for case in session.exec(select(Case).where(Case.id.in_(ids))).all():
            record(session, case, EventKind.PURGED, actor="retention", at=now,
                   detail=f"结案满 {cfg.years} 年，客户信息与邮件原文已删除（统计数据保留）")
    return report


def _of_cases(session: Session, table, ids: list[str]) -> list[tuple[int, str | None]]:
    if not ids:
        return []
    return [tuple(r) for r in session.exec(select(table.id, table.message_id).where(table.case_id.in_(ids))).all()]


def erase_server_copies(mailbox: Mailbox, folders: Iterable[str], message_ids: list[str]) -> int:
    """Delete every copy with one of these Message-IDs from the service's own folders
    (Processed, Quarantine, Sent); the INBOX holds none once a mail is handled."""
    deleted = 0
    for folder in folders:
        if not message_ids or not mailbox.folder_exists(folder):
            continue
        mailbox.select(folder)
        uids = sorted({uid for mid in message_ids for uid in mailbox.search_message_id(mid)})
        mailbox.delete_uids(uids)
        deleted += len(uids)
    return deleted


def service_folders(settings: Settings) -> tuple[str, ...]:
    return (settings.imap.processed_folder, settings.imap.quarantine_folder, settings.smtp.sent_folder)


def _erase(session: Session, ids: list[str], messages: list[int], outbound: list[int]) -> None:
    session.execute(update(Case).where(Case.id.in_(ids)).values(
        customer_name=None, customer_phone=None, customer_phone_hash=None, customer_id_number=None,
        customer_account=None, customer_email=None, source_address=None, content="", request="",
        result_text=None, fields={}))
    session.execute(update(Event).where(Event.case_id.in_(ids)).values(detail="", data={}))
    if messages:
        session.execute(update(Message).where(Message.id.in_(messages)).values(raw=b"", sender=None, subject=None))
        session.execute(update(Attachment).where(Attachment.message_id.in_(messages)).values(filename=""))
    if outbound:
        session.execute(update(OutboundMail).where(OutboundMail.id.in_(outbound)).values(
            raw=b"", recipients=[], last_error=None))


def daily(ctx: Context, now: datetime) -> str | None:
    """The timed job: one purge a day (the first pass of each local day)."""
    today = local(now).date().isoformat()
    if get_state(ctx.engine, STATE_KEY) == today:
        return None
    with Session(ctx.engine) as session:
        due = due_cases(session, now, ctx.settings.retention)
    report = PurgeReport((), 0, 0)
    if due:
        with connect(ctx.settings.imap) as box:
            report = purge(ctx.engine, now, ctx.settings.retention, mailbox=box,
                           folders=service_folders(ctx.settings))
    with session_scope(ctx.engine) as session:
        set_state(session, STATE_KEY, today)
    return f"retention: {len(report.case_ids)} case(s) purged" if report.case_ids else None
