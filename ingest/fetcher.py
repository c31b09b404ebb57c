"""Raw first: fetch new mail by UID, commit the exact bytes, and only then touch the server copy.

A crash at any point leaves either nothing stored (the mail is fetched again) or the raw
mail stored and pending (it is processed on the next pass); the dedup key makes a second
fetch of the same mail a no-op. Server copies are moved in `settle`, after processing.
"""

from __future__ import annotations

import email.header
import email.parser
import email.policy
import email.utils
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from complaints.config import ImapConfig, LimitsConfig
from complaints.store.db import session_scope
from complaints.store.models import MailboxCursor, Message
from ingest.imap import Mailbox, batched

log = logging.getLogger(__name__)

_HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)


@dataclass
class FetchResult:
    stored: int = 0
    duplicates: int = 0
    oversize: int = 0
    uidvalidity_changed: bool = False
    new_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class RawHeaders:
    message_id: str | None
    sender: str | None
    subject: str | None


def read_headers(raw: bytes) -> RawHeaders:
    """Just enough of the header to store and deduplicate; full parsing comes later."""
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    msg = _HEADER_PARSER.parsebytes(head)
    mid = (msg.get("Message-ID") or "").strip() or None
    if mid and len(mid) > 990:
        mid = mid[:990]
    sender = email.utils.parseaddr(str(msg.get("From") or ""))[1].lower() or None
    subject = _decode(msg.get("Subject"))
    return RawHeaders(message_id=mid, sender=sender, subject=subject)


def _decode(value) -> str | None:
    if value is None:
        return None
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except Exception:  # noqa: BLE001 - a broken header still gets stored, just undecoded
        return str(value)


def dedup_key(message_id: str | None, sha256: str) -> str:
    """Same Message-ID → same mail; without one, the same bytes are the same mail."""
    return f"mid:{message_id}" if message_id else f"sha256:{sha256}"


def store_raw(
    session: Session,
    raw: bytes,
    *,
    mailbox: str,
    uidvalidity: int | None,
    uid: int | None,
    now: datetime,
    state: str = "pending",
    reason: str | None = None,
) -> Message | None:
    """Insert the raw mail unless it is already stored; None means a duplicate."""
    sha = hashlib.sha256(raw).hexdigest()
    headers = read_headers(raw)
    key = dedup_key(headers.message_id, sha)
    if session.exec(select(Message.id).where(Message.dedup_key == key)).first() is not None:
        return None
    msg = Message(
        dedup_key=key,
        message_id=headers.message_id,
        sha256=sha,
        raw=raw,
        size=len(raw),
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=uid,
        stored_at=now,
        sender=headers.sender,
        subject=headers.subject,
        state=state,
        quarantine_reason=reason,
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


def fetch_new(mailbox: Mailbox, engine: Engine, cfg: ImapConfig, limits: LimitsConfig, now: datetime) -> FetchResult:
    """Store every mail above the cursor, batch by batch; move exact duplicates away at once."""
    status = mailbox.select(cfg.inbox)
    result = FetchResult()
    with session_scope(engine) as session:
        cursor, changed = _cursor(session, cfg.inbox, status.uidvalidity)
        last_uid = cursor.last_uid
    result.uidvalidity_changed = changed
    uids = mailbox.uids_after(last_uid)
    if not uids:
        return result
    sizes = mailbox.sizes(uids)
    small = [u for u in uids if sizes.get(u, 0) <= limits.max_message_bytes]
    for batch in batched(small, cfg.batch_size):
        _store_batch(mailbox, engine, cfg, status.uidvalidity, batch, now, result)
    for uid in (u for u in uids if u not in set(small)):
        _store_oversize(mailbox, engine, cfg, status.uidvalidity, uid, sizes[uid], limits, now, result)
    return result


def _store_batch(mailbox, engine, cfg, uidvalidity, batch, now, result) -> None:
    raws = mailbox.fetch_raw(batch)
    duplicates: list[int] = []
    with session_scope(engine) as session:
        for uid in batch:
            raw = raws.get(uid)
            if raw is None:  # expunged meanwhile by someone else
                continue
            msg = store_raw(session, raw, mailbox=cfg.inbox, uidvalidity=uidvalidity, uid=uid, now=now)
            if msg is None:
                duplicates.append(uid)
            else:
                result.stored += 1
                result.new_ids.append(msg.id)
        _advance(session, cfg.inbox, max(batch))
    if duplicates:
        log.info("%d duplicate mail(s) already stored; moving the copies to %s", len(duplicates), cfg.processed_folder)
        mailbox.move(duplicates, cfg.processed_folder)
        result.duplicates += len(duplicates)


def _store_oversize(mailbox, engine, cfg, uidvalidity, uid, size, limits, now, result) -> None:
    """Too big to load: keep the header as the record, leave the mail itself in quarantine."""
    header = mailbox.fetch_headers([uid]).get(uid, b"")
    reason = (f"邮件大小 {size} 字节，超过上限 max_message_bytes = {limits.max_message_bytes}；"
              f"原件保留在 {cfg.quarantine_folder} 文件夹，请联系发件人压缩或拆分后重发")
    with session_scope(engine) as session:
        msg = store_raw(session, header, mailbox=cfg.inbox, uidvalidity=uidvalidity, uid=uid, now=now,
                        state="quarantined", reason=reason)
        if msg is not None:
            msg.kind, msg.processed_at = "oversize", now
            result.new_ids.append(msg.id)
        _advance(session, cfg.inbox, uid)
    result.oversize += 1


def _advance(session: Session, folder: str, uid: int) -> None:
    cursor = session.get(MailboxCursor, folder)
    if cursor is not None and uid > cursor.last_uid:
        cursor.last_uid = uid
        session.add(cursor)


def settle(mailbox: Mailbox, engine: Engine, cfg: ImapConfig) -> int:
    """Move the server copies of handled mail to Processed or Quarantine (after the commit)."""
    status = mailbox.select(cfg.inbox)
    with Session(engine) as session:
        rows = session.exec(
            select(Message.id, Message.uid, Message.uidvalidity, Message.message_id, Message.state)
            .where(Message.server_state == "inbox", Message.state != "pending", Message.mailbox == cfg.inbox)
        ).all()
    targets: dict[str, list[tuple[int, int]]] = {}
    for row_id, uid, uidvalidity, mid, state in rows:
        folder = cfg.quarantine_folder if state == "quarantined" else cfg.processed_folder
        server_uids = [uid] if (uid and uidvalidity == status.uidvalidity) else (mailbox.search_message_id(mid) if mid else [])
        for su in server_uids:
            targets.setdefault(folder, []).append((row_id, su))
        if not server_uids:
            targets.setdefault("", []).append((row_id, 0))
    moved = 0
    for folder, pairs in targets.items():
        if folder:
            mailbox.move([su for _, su in pairs], folder)
        with session_scope(engine) as session:
            for row_id, _ in pairs:
                msg = session.get(Message, row_id)
                msg.server_state = "moved" if folder else "gone"
                session.add(msg)
        moved += len(pairs)
    return moved
