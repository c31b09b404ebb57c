"""Raw first: fetch new mail by UID, commit the exact bytes, and only then touch the server copy.

A crash at any point leaves either nothing stored (the mail is fetched again) or the raw
mail stored and pending (it is processed on the next pass); the dedup key makes a second
fetch of the same mail a no-op. A second copy of a stored mail is moved to the processed
folder before the batch commits, so a crash cannot leave it behind the cursor in the inbox.
The server copies of handled mail are filed later, by `ingest.filing.settle`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.config import ImapConfig, LimitsConfig
from core.errors import new_error_id
from core.imap import Mailbox
from core.store.db import session_scope
from core.store.message_states import MessageState, ServerCopy
from core.store.models import MailboxCursor, Message
from ingest.batches import plan
from ingest.filing import settle  # noqa: F401  (re-exported: callers used to find it here)
from ingest.identity import Identity, RawHeaders, dedup_key, header_block, identify, read_headers  # noqa: F401

log = logging.getLogger(__name__)


@dataclass
class FetchResult:
    stored: int = 0
    duplicates: int = 0
    oversize: int = 0
    uidvalidity_changed: bool = False
    new_ids: list[int] = field(default_factory=list)
    last_uid: int = 0  # the cursor after this fetch: below it, every mail is stored or gone


def already_stored(session: Session, key: str) -> bool:
    return bool(stored_keys(session, [key]))


def stored_keys(session: Session, keys: list[str]) -> set[str]:
    """Which of these dedup keys are already stored (one query per batch)."""
    if not keys:
        return set()
    return set(session.exec(select(Message.dedup_key).where(Message.dedup_key.in_(keys))).all())


def store_raw(session: Session, raw: bytes, *, mailbox: str, uidvalidity: int | None, uid: int | None,
              now: datetime, state: MessageState = MessageState.PENDING, reason: str | None = None,
              identity: Identity | None = None) -> Message | None:
    """Insert the raw mail unless it is already stored; None means a duplicate."""
    ident = identity or identify(raw)
    if already_stored(session, ident.key):
        return None
    return _insert(session, raw, ident, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid, now=now,
                   state=state, reason=reason)


def _insert(session: Session, raw: bytes, ident: Identity, *, mailbox: str, uidvalidity: int | None,
            uid: int | None, now: datetime, state: MessageState = MessageState.PENDING,
            reason: str | None = None) -> Message:
    msg = Message(
        dedup_key=ident.key, message_id=ident.headers.message_id, sha256=ident.sha256, raw=raw, size=len(raw),
        mailbox=mailbox, uidvalidity=uidvalidity, uid=uid, stored_at=now, sender=ident.headers.sender,
        subject=ident.headers.subject, state=state, quarantine_reason=reason,
    )
    session.add(msg)
    session.flush()
    return msg


def _cursor(session: Session, folder: str, uidvalidity: int) -> tuple[MailboxCursor, bool]:
    cursor = session.get(MailboxCursor, folder)
    if cursor is None:
        cursor = MailboxCursor(mailbox=folder, uidvalidity=uidvalidity, last_uid=0)
        session.add(cursor)
        return cursor, False
    if cursor.uidvalidity != uidvalidity:
        log.warning("UIDVALIDITY of %s changed (%s → %s): rescanning, dedup keeps it exact",
                    folder, cursor.uidvalidity, uidvalidity)
        cursor.uidvalidity, cursor.last_uid = uidvalidity, 0
        session.add(cursor)
        return cursor, True
    return cursor, False


def fetch_new(mailbox: Mailbox, engine: Engine, cfg: ImapConfig, limits: LimitsConfig, now: datetime,
              *, at_most: int | None = None) -> FetchResult:
    """Store every mail above the cursor (the first `at_most` of them), batch by batch in UID
    order, committing as it goes.

    STATUS first: when UIDVALIDITY and UIDNEXT say nothing arrived, the pass costs one
    constant-time command, however many processed mails the inbox still holds. `serve`
    fetches a backlog `at_most` at a time, so the first 督办 goes out while the rest waits
    on the server (`last_uid` then stays below UIDNEXT, and serve goes round again at once).
    """
    status = mailbox.status(cfg.inbox)
    result = FetchResult()
    with session_scope(engine) as session:
        cursor, changed = _cursor(session, cfg.inbox, status.uidvalidity)
        last_uid = cursor.last_uid
    result.uidvalidity_changed, result.last_uid = changed, last_uid
    if status.uidnext and status.uidnext <= last_uid + 1:
        return result  # nothing arrived since the last pass
    status = mailbox.select(cfg.inbox)
    if status.uidvalidity != cursor.uidvalidity:  # changed between STATUS and SELECT
        return result  # the next pass starts over with the new one
    uids = mailbox.uids_after(last_uid)
    rest = at_most is not None and len(uids) > at_most
    uids = uids[:at_most] if rest else uids
    sizes = mailbox.sizes(uids) if uids else {}
    for batch in plan(uids, sizes, max_count=cfg.batch_size, max_bytes=cfg.batch_bytes,
                      max_message_bytes=limits.max_message_bytes):
        if batch.oversize:
            _store_oversize(mailbox, engine, cfg, status.uidvalidity, batch.uids[0], sizes[batch.uids[0]],
                            limits, now, result)
        else:
            _store_batch(mailbox, engine, cfg, status.uidvalidity, list(batch.uids), now, result)
        result.last_uid = max(result.last_uid, *batch.uids)
    if status.uidnext and status.uidnext - 1 > result.last_uid and not rest:
        # UIDs below UIDNEXT that SEARCH did not return were expunged by someone: never coming back
        with session_scope(engine) as session:
            _advance(session, cfg.inbox, status.uidnext - 1)
        result.last_uid = status.uidnext - 1
    return result


def _store_batch(mailbox, engine, cfg, uidvalidity, batch, now, result) -> None:
    raws = mailbox.fetch_raw(batch)
    idents = {uid: identify(raws[uid]) for uid in batch if uid in raws}  # missing: expunged meanwhile
    with session_scope(engine) as session:
        known = stored_keys(session, [i.key for i in idents.values()])
        fresh: list[tuple[int, Identity]] = []
        duplicates: list[int] = []
        for uid, ident in idents.items():
            if ident.key in known:
                duplicates.append(uid)
            else:
                known.add(ident.key)
                fresh.append((uid, ident))
        if duplicates:
            log.info("%d duplicate mail(s) already stored; moving the copies to %s", len(duplicates),
                     cfg.processed_folder)
            mailbox.move(duplicates, cfg.processed_folder)
            result.duplicates += len(duplicates)
        if fresh:
            rows = [_row(raws[uid], ident, mailbox=cfg.inbox, uidvalidity=uidvalidity, uid=uid, now=now)
                    for uid, ident in fresh]
            ids = session.execute(insert(Message).returning(Message.id, sort_by_parameter_order=True), rows)
            result.new_ids.extend(ids.scalars().all())
            result.stored += len(rows)
        _advance(session, cfg.inbox, max(batch))


def _row(raw: bytes, ident: Identity, *, mailbox: str, uidvalidity: int | None, uid: int | None,
         now: datetime) -> dict:
    """A message row as plain values, for one INSERT of the whole batch."""
    return dict(dedup_key=ident.key, message_id=ident.headers.message_id, sha256=ident.sha256, raw=raw,
                size=len(raw), mailbox=mailbox, uidvalidity=uidvalidity, uid=uid, stored_at=now,
                sender=ident.headers.sender, subject=ident.headers.subject, kind=None, state=MessageState.PENDING,
                server_state=ServerCopy.INBOX, case_id=None, quarantine_reason=None, error_id=None,
                quarantine_notified=False, processed_at=None)


def oversize_reason(size: int, limits: LimitsConfig, cfg: ImapConfig) -> str:
    return (f"邮件大小 {size} 字节，超过上限 max_message_bytes = {limits.max_message_bytes}；"
            f"原件保留在 {cfg.quarantine_folder} 文件夹，请联系发件人压缩或拆分后重发，"
            f"或调高上限后运行 complaints quarantine retry")


def _store_oversize(mailbox, engine, cfg, uidvalidity, uid, size, limits, now, result) -> None:
    """Too big to load: keep the header as the record, leave the mail itself for quarantine."""
    header = mailbox.fetch_headers([uid]).get(uid)
    ident = identify(header) if header is not None else None
    with session_scope(engine) as session:
        if ident is None:  # expunged meanwhile by another client
            pass
        elif already_stored(session, ident.key):
            mailbox.move([uid], cfg.processed_folder)
            result.duplicates += 1
        else:
            reason = oversize_reason(size, limits, cfg)
            msg = _insert(session, header, ident, mailbox=cfg.inbox, uidvalidity=uidvalidity, uid=uid, now=now,
                          state=MessageState.QUARANTINED, reason=reason)
            msg.kind, msg.processed_at, msg.size, msg.error_id = "oversize", now, size, new_error_id()
            session.add(msg)
            log.warning("message %s quarantined [%s]: %s", msg.id, msg.error_id, reason)
            result.new_ids.append(msg.id)
            result.oversize += 1
        _advance(session, cfg.inbox, uid)


def _advance(session: Session, folder: str, uid: int) -> None:
    cursor = session.get(MailboxCursor, folder)
    if cursor is not None and uid > cursor.last_uid:
        cursor.last_uid = uid
        session.add(cursor)
