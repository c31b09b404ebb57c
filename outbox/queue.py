"""The transactional outbox: a promised mail is a row written with the change that causes it.

The caller's transaction holds both, so a crash either loses neither or keeps both; the
sender delivers rows later. A Message-ID already queued is not queued again, which makes
re-running a handler after a crash harmless. The row's Message-ID must be the one in the
mail's own header: the sender finds a mail in the Sent folder by it after a crash.
"""

from __future__ import annotations

import email.parser
import email.policy
from datetime import datetime
from typing import Protocol, Sequence

from sqlmodel import Session, select

from core.store.models import Case, OutboundMail
from outbox.states import OutboxState


class Outgoing(Protocol):
    kind: str
    to: Sequence[str]
    cc: Sequence[str]
    subject: str
    raw: bytes
    message_id: str


_HEADERS = email.parser.BytesHeaderParser(policy=email.policy.compat32)


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID written in the mail's header (what the Sent folder is searched by)."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    written = _one_line_message_id(head)
    if written is not None:
        return written
    value = _HEADERS.parsebytes(head).get("Message-ID")
    return " ".join(str(value).split()) if value else None


def _one_line_message_id(head: bytes) -> str | None:
    """The value of the header's only Message-ID line, as `outbox/compose.py` writes it (ASCII,
    never folded), found without parsing the header (a third of queueing a mail, issue 19);
    None for anything else — two of them, a folded or non-ASCII one — which the parser reads."""
    lines = b"\r\n" + head
    if lines.lower().count(b"\nmessage-id:") != 1:
        return None
    start = lines.find(b"\r\nMessage-ID:")
    if start < 0:
        return None
    start += len(b"\r\nMessage-ID:")
    end = lines.find(b"\r\n", start)
    end = len(lines) if end < 0 else end
    if lines[end + 2:end + 3] in (b" ", b"\t") or not lines[start:end].isascii():
        return None
    value = " ".join(lines[start:end].decode("ascii").split())
    return value or None


def _queued(session: Session, mail: Outgoing, case_id: str | None) -> bool:
    """A row with this Message-ID is in the table or waiting in the session to be written.

    Looked up without autoflush: flushing the caller's pending changes here only to look
    for one row cost more than the lookup; the pending rows are searched in memory instead.
    A mail about a case the session is about to insert needs no lookup at all: its
    Message-ID names that case, and no row can name a case that was never written.
    """
    pending = session.new
    if any(isinstance(row, OutboundMail) and row.message_id == mail.message_id for row in pending):
        return True
    if case_id is not None and mail.message_id.startswith(f"<{case_id}.") and any(
            isinstance(row, Case) and row.id == case_id for row in pending):
        return False
    with session.no_autoflush:
        return session.exec(select(OutboundMail.id).where(OutboundMail.message_id == mail.message_id)).first() is not None


def enqueue(session: Session, mail: Outgoing, *, case_id: str | None, now: datetime) -> OutboundMail | None:
    """Queue `mail` for delivery in the caller's transaction: one row per recipient's copy
    (a mail without copies is one row). The first copy's row; None when already queued."""
    rows = [_enqueue_one(session, mail, copy, case_id=case_id, now=now) for copy in (getattr(mail, "copies", ()) or (mail,))]
    return rows[0]


def _enqueue_one(session: Session, mail: Outgoing, copy: Outgoing, *, case_id: str | None,
                 now: datetime) -> OutboundMail | None:
    if header_message_id(copy.raw) != copy.message_id:
        raise ValueError(f"mail {copy.message_id!r}: its header carries {header_message_id(copy.raw)!r}")
    if _queued(session, copy, case_id):
        return None
    recipients = list(dict.fromkeys(a.lower() for a in [*copy.to, *copy.cc] if a))
    if not recipients:
        raise ValueError(f"mail {copy.message_id!r} has no recipient")
    row = OutboundMail(
        message_id=copy.message_id,
        case_id=case_id,
        kind=mail.kind,
        recipients=recipients,
        subject=mail.subject,
        raw=copy.raw,
        state=OutboxState.PENDING,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    return row
