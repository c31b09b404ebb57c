"""Queue a digest mail in the transactional outbox, with the job's bookkeeping in the same transaction.

The Message-ID is the week's, so queueing the same week twice (the command and the job,
or two workers) leaves one row: the second attempt finds it and reports "already queued".
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError

from complaints.context import Context
from core.store.db import session_scope
from core.store.state import set_state
from outbox.copies import OutgoingMail
from outbox.queue import enqueue

STATE_KEY = "digest_last_week"


def queue_digest(ctx: Context, mail: OutgoingMail, now: datetime, *, remember_week: str | None = None,
                 state_key: str = STATE_KEY) -> bool:
    """Put the mail in the outbox (True) or find it already there (False).

    With `remember_week` (a period's label), `service_state[state_key]` is set in the same
    transaction, so a crash leaves either both or neither.
    """
    try:
        with session_scope(ctx.engine) as session:
            row = enqueue(session, mail, case_id=None, now=now)
            if remember_week is not None:
                set_state(session, state_key, remember_week)
    except IntegrityError:  # another worker queued this Message-ID between our check and insert
        return False
    return row is not None
