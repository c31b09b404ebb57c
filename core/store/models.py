"""The case store's tables: cases, events, inbound messages, attachments, outbound mail.

Times are timezone-aware (stored as UTC); convert with `core.clock.local` before
asking which working day, week or date they fall on in the branch.
The audit trail is the `event` table: every change to a case is a row there.
Personal data and raw mails are sealed columns (core/store/sealed.py): ciphertext in the file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.store.sealed import SealedBytes, SealedJSON, SealedText, keep_phone_hash


# The default factories are plain functions, not `list` and `dict`: pydantic asks a factory for
# its signature at every construction that uses it, and a builtin's is parsed from its text with
# `compile` — 0.2-0.3 ms a field, two thirds of building a Case (issue 19).
def _empty_list() -> list:
    return []


def _empty_dict() -> dict:
    return {}


class Case(SQLModel, table=True):
    """One complaint, from receipt to closure. `id` is TS-YYYY-NNNNNN."""

    __tablename__ = "case"

    id: str = Field(primary_key=True, max_length=20)
    status: str = Field(index=True, max_length=16)
    channel: str = Field(index=True, max_length=16)
    unit: Optional[str] = Field(default=None, index=True, max_length=32)
    co_units: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    category: Optional[str] = Field(default=None, max_length=32)
    cause: Optional[str] = Field(default=None, max_length=32)
    severity: str = Field(default="normal", max_length=8)
    received_at: datetime = Field(index=True)
    due_at: Optional[datetime] = Field(default=None, index=True)
    regulatory_due_at: Optional[datetime] = None
    overdue: bool = False
    acceptance_number: Optional[str] = Field(default=None, index=True, max_length=64)
    customer_name: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    customer_phone: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    customer_phone_hash: Optional[str] = Field(default=None, index=True, max_length=64)  # sealed.keep_phone_hash
    customer_id_number: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    customer_account: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    customer_email: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    content: str = Field(default="", sa_column=Column(SealedText, nullable=False))
    request: str = Field(default="", sa_column=Column(SealedText, nullable=False))
    source_address: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    source_message_id: Optional[str] = Field(default=None, max_length=998)
    fields: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(SealedJSON, nullable=False))
    routing: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(JSON, nullable=False))
    result_text: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    handler: Optional[str] = Field(default=None, max_length=64)
    answered_at: Optional[datetime] = Field(default=None, index=True)
    satisfaction: Optional[str] = Field(default=None, max_length=8)
    closed_at: Optional[datetime] = Field(default=None, index=True)
    reopen_count: int = 0
    updated_at: datetime


keep_phone_hash(Case)


class CaseSequence(SQLModel, table=True):
    """The last case number given out per year (TS-YYYY-NNNNNN)."""

    __tablename__ = "case_sequence"

    year: int = Field(primary_key=True)
    last: int = 0


class Event(SQLModel, table=True):
    """One change to a case: who, when, what, from which message. The audit trail."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_kind_at", "kind", "at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="case.id", index=True, max_length=20)
    at: datetime
    kind: str = Field(max_length=32)
    actor: str = Field(max_length=254)
    detail: str = Field(default="", sa_column=Column(SealedText, nullable=False))
    message_id: Optional[int] = Field(default=None, foreign_key="message.id")
    data: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(SealedJSON, nullable=False))


class Message(SQLModel, table=True):
    """One inbound mail, stored raw before anything is done with it or to its server copy."""

    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("dedup_key", name="uq_message_dedup_key"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    dedup_key: str = Field(max_length=1000)
    message_id: Optional[str] = Field(default=None, index=True, max_length=998)
    sha256: str = Field(index=True, max_length=64)
    raw: bytes = Field(sa_column=Column(SealedBytes, nullable=False))
    size: int
    mailbox: str = Field(max_length=255)
    uidvalidity: Optional[int] = None
    uid: Optional[int] = None
    stored_at: datetime
    sender: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    subject: Optional[str] = Field(default=None, sa_column=Column(SealedText))
    kind: Optional[str] = Field(default=None, max_length=16)
    state: str = Field(default="pending", index=True, max_length=16)
    server_state: str = Field(default="inbox", index=True, max_length=16)
    case_id: Optional[str] = Field(default=None, foreign_key="case.id", index=True, max_length=20)
    quarantine_reason: Optional[str] = Field(default=None, sa_column=Column(Text))
    error_id: Optional[str] = Field(default=None, max_length=32)
    quarantine_notified: bool = False
    processed_at: Optional[datetime] = None


class Attachment(SQLModel, table=True):
    """What a message carried; the bytes stay in the raw message (one copy only)."""

    __tablename__ = "attachment"

    id: Optional[int] = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    filename: str = Field(sa_column=Column(SealedText, nullable=False))
    content_type: str = Field(max_length=255)
    size: int
    sha256: str = Field(max_length=64)


class OutboundMail(SQLModel, table=True):
    """A mail we promised, written with the state change that caused it; the sender delivers it."""

    __tablename__ = "outbound_mail"
    __table_args__ = (Index("ix_outbound_due", "state", "next_attempt_at"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    message_id: str = Field(unique=True, max_length=998)
    case_id: Optional[str] = Field(default=None, foreign_key="case.id", index=True, max_length=20)
    kind: str = Field(max_length=32)
    recipients: list[str] = Field(default_factory=_empty_list, sa_column=Column(SealedJSON, nullable=False))
    subject: str = Field(sa_column=Column(Text, nullable=False))
    raw: bytes = Field(sa_column=Column(SealedBytes, nullable=False))
    state: str = Field(default="pending", max_length=16)
    waiting_on: Optional[str] = Field(default=None, max_length=32)  # outbox.states.WaitingOn, with state
    attempts: int = 0
    next_attempt_at: datetime
    last_error: Optional[str] = Field(default=None, sa_column=Column(SealedText))  # a bounce names the address
    created_at: datetime
    sent_at: Optional[datetime] = None


class MailboxCursor(SQLModel, table=True):
    """Where ingest stopped in a mailbox: only UIDs above `last_uid` are fetched."""

    __tablename__ = "mailbox_cursor"

    mailbox: str = Field(primary_key=True, max_length=255)
    uidvalidity: int
    last_uid: int = 0


class ServiceState(SQLModel, table=True):
    """Small facts the service must remember across restarts (last alert sent, last digest)."""

    __tablename__ = "service_state"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))
