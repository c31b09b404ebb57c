"""The transactional outbox: a promised mail is a row written with the change that causes it.

The caller's transaction holds both, so a crash either loses neither or keeps both; the
sender delivers rows later. A Message-ID already queued is not queued again, which makes
re-running a handler after a crash harmless.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, Sequence

from sqlmodel import Session, select

from complaints.store.models import OutboundMail


class Outgoing(Protocol):
    kind: str
    to: Sequence[str]
    cc: Sequence[str]
    subject: str
    raw: bytes
    message_id: str


def enqueue(session: Session, mail: Outgoing, *, case_id: str | None, now: datetime) -> OutboundMail | None:
    """Queue `mail` for delivery in the caller's transaction; None when already queued."""
    exists = session.exec(select(OutboundMail.id).where(OutboundMail.message_id == mail.message_id)).first()
    if exists is not None:
        return None
    recipients = list(dict.fromkeys(a.lower() for a in [*mail.to, *mail.cc] if a))
    row = OutboundMail(
        message_id=mail.message_id,
        case_id=case_id,
        kind=mail.kind,
        recipients=recipients,
        subject=mail.subject,
        raw=mail.raw,
        state="pending",
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    return row
