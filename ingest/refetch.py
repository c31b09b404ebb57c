"""An oversize mail retried after the limit was raised: fetch its full raw from the server now.

Only the header of an oversize mail is stored at first (the mail stays on the server, in
quarantine). `complaints quarantine retry` marks it `refetch`; the next pass finds the
server copy where the row says it is, and — if it now fits `max_message_bytes` — stores
the exact bytes and makes the row pending, to be processed like any new mail.
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.config import ImapConfig, LimitsConfig
from core.errors import new_error_id
from core.imap import Mailbox
from core.store.db import session_scope
from core.store.message_states import MessageState, set_message_state
from core.store.models import Message
from ingest.fetcher import oversize_reason

log = logging.getLogger(__name__)

REFETCH = MessageState.REFETCH


def refetch_requested(mailbox: Mailbox, engine: Engine, cfg: ImapConfig, limits: LimitsConfig) -> int:
    """Load the raw of every row marked `refetch`; returns how many became pending."""
    with Session(engine) as session:
        rows = session.exec(select(Message.id, Message.mailbox, Message.uid, Message.uidvalidity, Message.message_id)
                            .where(Message.state == REFETCH).order_by(Message.id)).all()
    done = 0
    for row_id, folder, uid, uidvalidity, message_id in rows:
        done += _refetch_one(mailbox, engine, cfg, limits, row_id, folder, uid, uidvalidity, message_id)
    return done


def _locate(mailbox: Mailbox, folder: str, uid: int | None, uidvalidity: int | None,
            message_id: str | None) -> tuple[int | None, int | None]:
    """(UID, UIDVALIDITY) of the server copy in `folder`, by the remembered UID or by Message-ID."""
    if not mailbox.folder_exists(folder):
        return None, None
    status = mailbox.select(folder)
    if uid and uidvalidity == status.uidvalidity:
        return uid, uidvalidity
    found = mailbox.search_message_id(message_id) if message_id else []
    return (found[0], status.uidvalidity) if found else (None, None)


def _refetch_one(mailbox, engine, cfg, limits, row_id, folder, uid, uidvalidity, message_id) -> int:
    server_uid, validity = _locate(mailbox, folder, uid, uidvalidity, message_id)
    size = mailbox.sizes([server_uid]).get(server_uid) if server_uid else None
    if size is None:
        _requarantine(engine, row_id, f"原件已不在服务器的 {folder} 文件夹中，无法重新处理；请发件人重发")
        return 0
    if size > limits.max_message_bytes:
        _requarantine(engine, row_id, oversize_reason(size, limits, cfg))
        return 0
    raw = mailbox.fetch_raw([server_uid]).get(server_uid)
    if raw is None:
        return 0  # expunged between the two commands: the next pass says so
    with session_scope(engine) as session:
        msg = session.get(Message, row_id)
        msg.raw, msg.size, msg.sha256 = raw, len(raw), hashlib.sha256(raw).hexdigest()
        set_message_state(msg, MessageState.PENDING)
        msg.kind, msg.uid, msg.uidvalidity = None, server_uid, validity
        session.add(msg)
    log.info("message %s: full raw fetched from %s (%d bytes), processing it now", row_id, folder, size)
    return 1


def _requarantine(engine: Engine, row_id: int, reason: str) -> None:
    with session_scope(engine) as session:
        msg = session.get(Message, row_id)
        set_message_state(msg, MessageState.QUARANTINED)
        msg.quarantine_reason, msg.quarantine_notified = reason, False
        msg.error_id = new_error_id()
        log.warning("message %s quarantined again [%s]: %s", row_id, msg.error_id, reason)
        session.add(msg)

