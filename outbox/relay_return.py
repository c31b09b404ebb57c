"""Mail deferred because the relay was down goes out as soon as the relay answers again.

The sender backs a deferred row off up to an hour (`core.retry.DELIVERY`), as MTAs do, so
a relay back after a long outage would see its 督办 mails only at each row's next step —
up to an hour late. While rows wait on an unreachable relay, each delivery round (serve's
runner looks at least once a minute; `run-once` each time) opens one SMTP connection, at
most once per `PROBE_EVERY`; when the server answers, those rows are due at once. Rows
deferred for another reason (a 4xx to one mail: a full mailbox, greylisting) keep their
back-off: the relay answering says nothing about them.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.config import SmtpConfig
from core.errors import TransientMailError
from core.store.db import session_scope
from core.store.models import OutboundMail
from outbox.smtp_connections import SmtpFactory, open_smtp
from outbox.states import WaitingOn, OutboxState

log = logging.getLogger(__name__)

PROBE_EVERY = timedelta(minutes=1)


def _waiting_on_relay(now: datetime) -> tuple:
    """The SQL condition for deferred rows not due yet whose last attempt found the relay
    unreachable: plain columns (`waiting_on` is written by the sender with the state), so the
    database answers it through the due index and no sealed text is read."""
    return (OutboundMail.state == OutboxState.PENDING, OutboundMail.waiting_on == WaitingOn.RELAY,
            OutboundMail.next_attempt_at > now)


class RelayWatch:
    """One per process: when each relay was last tried on behalf of the rows waiting on it
    (per database and relay: two branches in one process do not share a probe)."""

    def __init__(self, every: timedelta = PROBE_EVERY):
        self.every = every
        self._lock = threading.Lock()
        self._last: dict[tuple[str, str, int], datetime] = {}

    def release_if_back(self, engine: Engine, cfg: SmtpConfig, now: datetime,
                        smtp_factory: SmtpFactory = open_smtp) -> int:
        """Rows waiting on an unreachable relay, not due yet, are made due now when the relay
        answers; returns how many (0 without a probe: none waiting, or probed lately)."""
        with Session(engine) as session:
            if session.exec(select(OutboundMail.id).where(*_waiting_on_relay(now)).limit(1)).first() is None:
                return 0
        which = (str(engine.url), cfg.host, cfg.port)
        with self._lock:
            last = self._last.get(which)
            if last is not None and abs(now - last) < self.every:
                return 0
            self._last[which] = now
        try:
            smtp_factory(cfg).quit()
        except TransientMailError:
            return 0  # still down: the rows keep their back-off
        except Exception:  # noqa: BLE001 - a refused login or the like: the sender reports it
            return 0
        with session_scope(engine) as session:
            released = session.execute(update(OutboundMail).where(*_waiting_on_relay(now))
                                       .values(next_attempt_at=now)).rowcount
        log.warning("SMTP %s:%s answers again: %d deferred mail(s) sent now", cfg.host, cfg.port, released)
        return released


RELAY = RelayWatch()
