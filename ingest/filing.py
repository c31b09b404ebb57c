"""Filing the server copies: handled mail goes to Processed, quarantined mail to Quarantine.

Runs after the records are committed (raw first), so a crash before or during a move only
means the move is done again (the server skips UIDs that are already gone). Each row
remembers where its server copy is (`mailbox`, `uidvalidity`, `uid`); `server_state`
"inbox" means "waits to be filed". After a move the row points at the copy's new place
(COPYUID), so a quarantined mail retried after a fix moves from Quarantine to Processed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.orm import load_only
from sqlmodel import Session, select

from core.config import ImapConfig
from core.errors import TransientMailError
from core.imap import Mailbox
from core.store.db import session_scope
from core.store.message_states import MessageState, ServerCopy, set_server_copy
from core.store.models import Message

log = logging.getLogger(__name__)

WAITING = ServerCopy.INBOX  # a row whose server copy is still to be filed


@dataclass(frozen=True)
class _Row:
    id: int
    folder: str
    uid: int | None
    uidvalidity: int | None
    message_id: str | None
    state: str


def settle(mailbox: Mailbox, engine: Engine, cfg: ImapConfig) -> int:
    """Move the server copies of handled mail; returns how many rows were filed."""
    with Session(engine) as session:
        found = session.exec(
            select(Message.id, Message.mailbox, Message.uid, Message.uidvalidity, Message.message_id, Message.state)
            .where(Message.server_state == WAITING, Message.state.in_((MessageState.PROCESSED, MessageState.QUARANTINED)))
            .order_by(Message.id)
        ).all()
    if not found:
        return 0  # the common idle pass: no IMAP command at all
    by_folder: dict[str, list[_Row]] = defaultdict(list)
    for values in found:
        row = _Row(*values)
        by_folder[row.folder].append(row)
    return sum(_file_folder(mailbox, engine, cfg, folder, rows) for folder, rows in by_folder.items())


def target_folder(state: str, cfg: ImapConfig) -> str:
    return cfg.quarantine_folder if state == MessageState.QUARANTINED else cfg.processed_folder


def _file_folder(mailbox: Mailbox, engine: Engine, cfg: ImapConfig, folder: str, rows: list[_Row]) -> int:
    try:
        status = mailbox.select(folder)
    except TransientMailError:
        if mailbox.folder_exists(folder):
            raise
        log.warning("folder %s is gone: %d server copies cannot be filed", folder, len(rows))
        _mark(engine, [(r, None, None) for r in rows], folder, None)
        return len(rows)
    plan: dict[str, list[tuple[_Row, list[int]]]] = defaultdict(list)
    for row in rows:
        target = target_folder(row.state, cfg)
        if target == folder:
            _mark(engine, [(row, row.uid, row.uidvalidity)], folder, ServerCopy.MOVED)
            continue
        if row.uid and row.uidvalidity == status.uidvalidity:
            server_uids = [row.uid]
        else:  # UIDVALIDITY changed or the copy's UID is unknown: find it by Message-ID
            server_uids = mailbox.search_message_id(row.message_id) if row.message_id else []
        plan[target].append((row, server_uids))
    for target, pairs in plan.items():
        uids = [u for _, found in pairs for u in found]
        where = mailbox.move(uids, target) if uids else None
        filed = [(row, _new_uid(where, found), where.uidvalidity if where else None)
                 for row, found in pairs if found]
        _mark(engine, filed, target, ServerCopy.MOVED)
        lost = [(row, None, None) for row, found in pairs if not found]
        if lost:
            log.warning("%d server copies not found in %s (removed by someone?)", len(lost), folder)
            _mark(engine, lost, folder, None)
    return len(rows)


def _new_uid(where, found: list[int]) -> int | None:
    if where is None:
        return None
    return next((where.mapping[u] for u in found if u in where.mapping), None)


def _mark(engine: Engine, rows: list[tuple[_Row, int | None, int | None]], folder: str,
          state: ServerCopy | None) -> None:
    """Record where each copy now is; state None means the copy could not be found ("gone").

    The rows are loaded with only the columns written here, in one query per 500: loading
    each whole row opened its sealed raw mail and sender and subject only to move a pointer."""
    if not rows:
        return
    with session_scope(engine) as session:
        loaded: dict[int, Message] = {}
        for start in range(0, len(rows), 500):
            ids = [row.id for row, _, _ in rows[start:start + 500]]
            query = select(Message).where(Message.id.in_(ids)).options(
                load_only(Message.id, Message.server_state, Message.mailbox, Message.uid, Message.uidvalidity))
            loaded.update((msg.id, msg) for msg in session.exec(query).all())
        for row, uid, uidvalidity in rows:
            msg = loaded[row.id]
            set_server_copy(msg, state or ServerCopy.GONE)
            if state:
                msg.mailbox, msg.uid, msg.uidvalidity = folder, uid, uidvalidity
            session.add(msg)
