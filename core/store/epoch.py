"""The database's Message-ID epoch (`service_state` `message_id_epoch`), made once, replaced on restore.

A restored (older) copy of the database brings back an older case counter and an outbox
that forgot what was sent after the copy: every id it would make again could already be
out there, and the sender, looking for a receipt after a crash, would take the old mail's
copy in Sent for the new one. The epoch is part of every Message-ID (`core/message_ids.py`);
`complaints restore`, and the catch-up at start that finds the database behind its Sent
folder (`complaints/catch_up.py`), replace it, so ids made afterwards are new. A `serve`
already running (a restore forced under it, another worker's start-up catch-up) takes the
new epoch at its next round (`complaints.context.with_current_epoch`), not its next start.
"""

from __future__ import annotations

import logging

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from core.message_ids import new_epoch
from core.store.db import session_scope
from core.store.models import ServiceState
from core.store.state import set_state

log = logging.getLogger(__name__)

EPOCH_KEY = "message_id_epoch"


def current_epoch(engine: Engine) -> str:
    """The epoch, made on first use (two workers starting together agree on one). A database
    that cannot take the row (read-only, full: `serve` starts anyway and reports the fault)
    gets an epoch for this process alone — new ids all the same, only not kept."""
    with Session(engine) as session:
        row = session.get(ServiceState, EPOCH_KEY)
        if row is not None:
            return row.value
    try:
        with session_scope(engine) as session:
            conn = session.connection()
            insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            conn.execute(insert(ServiceState.__table__).values(key=EPOCH_KEY, value=new_epoch())
                         .on_conflict_do_nothing())
            return session.get(ServiceState, EPOCH_KEY).value
    except SQLAlchemyError as exc:
        log.warning("could not store a Message-ID epoch (%s): this process uses one of its own", type(exc).__name__)
        return new_epoch()


def stored_epoch(engine: Engine) -> str | None:
    """The epoch the database holds now (one primary-key read), None before one was made."""
    with Session(engine) as session:
        row = session.get(ServiceState, EPOCH_KEY)
        return row.value if row is not None else None


def rotate_epoch(session: Session) -> str:
    """A new epoch, in the caller's transaction; returns it."""
    epoch = new_epoch()
    set_state(session, EPOCH_KEY, epoch)
    return epoch
