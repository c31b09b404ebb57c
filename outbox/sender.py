"""Deliver the outbox: each promised mail reaches the SMTP server once, and is never lost.

This is the outbox's state machine and its receipts; one mail's SMTP transaction is
`outbox/smtp_transaction.py`, the connections `outbox/smtp_connections.py`.

The hand-over protocol (per batch: `[smtp] connections` SMTP connections used at once):

1. claim   — due pending rows become `sending` with a lease (a `sending` row whose lease
             expired becomes `in_doubt`, also with a lease), committed before any network IO. The claim is a compare-and-set, so two
             senders (even on SQLite, which has no row locks) never take the same row.
2. send    — one SMTP transaction per row. Its envelope holds the row's recipients and, once
             one of them is accepted, one more: the receipt address (`[smtp] receipt_address`,
             by default the service's own address + "+Sent"). The server's final 250 is the
             hand-over, and with it the server itself files a copy into the Sent folder: the
             *receipt*. There is no moment when the mail is accepted and its receipt is not.
3. commit  — accepted rows become `sent` in one transaction per 100 (and at the end of the
             batch): on SQLite every commit waits for the single write lock, which the
             pipeline's batches hold for up to 0.3 s at a time.

Step 2 of a row runs in a worker thread with a connection to itself; claiming, recovery and
every database write happen in the calling thread.

The states and their one writer are `outbox/states.py`. After a crash the rows are still
`sending`; once their lease expires they are `in_doubt`, and (5 minutes — ample
time for the server to file its copies) the next sender looks each Message-ID up before
anything else:
- a receipt in the Sent folder (or one that came back to the inbox, recorded as our own
  mail, on a server that ignores the "+Sent" detail) → it was handed over: marked sent,
  nothing is resent;
- no receipt → the server never accepted it: sent normally.
The same holds when the connection breaks, or times out, after the mail's data went out
(the server may have accepted it): the row becomes `in_doubt` and is looked up once its lease
expires, like after a crash (`transaction` writes the DATA phase itself to know that
moment). A duplicate needs the server to accept a mail and then take longer than the lease
to file its receipt (its local delivery stalled that long); `complaints doctor` checks
that receipts arrive. A mail whose receipt the server refused is sent and noted on its row
(after a crash it could go twice), and the error log says to fix `receipt_address`.

Failures are typed: a temporary one (4xx, connection refused, timeout) puts the row back to
`pending` with `attempts` and `next_attempt_at` from `retry.DELIVERY` (for days, as MTAs
do: `[smtp] give_up_days`); a permanent one (5xx)
marks it `failed` and calls `on_permanent_failure` (the service passes
`notify.delivery_failed`, which tells the union office) in the same transaction. When the
server refuses only some recipients, the row is sent and the office is told about those.
If the SMTP server cannot be reached at all, the rest of the batch is deferred at once (not
one timeout per row); if the Sent folder cannot be read during recovery, the batch stops and
its unsent rows are released — the service reconnects. A sender without IMAP
(`sent_folder=None`, the alerts sent while IMAP is down) cannot look receipts up, so it leaves
rows in doubt alone.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import Row, bindparam, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from core.config import SmtpConfig
from core.contracts import SentFolder
from core.errors import PermanentMailError, TransientMailError
from core.retry import RetryPolicy, delivery_policy
from core.store.db import is_postgres, session_scope
from core.store.models import Message, OutboundMail
from outbox.deferral_log import DEFERRALS
from outbox.states import WAITING, OutboxState, WaitingOn, move, moved
from outbox.smtp_connections import SmtpFactory, SmtpPool, Unreachable, open_smtp
from outbox.smtp_transaction import HandOverUnknown, Refused

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
CHUNK = 20  # rows handed to the connections at a time (a stopped batch leaves the rest untouched)
COMMIT_ROWS = 100  # accepted rows marked sent in one transaction (what a crash leaves to the receipts)
FailureHook = Callable[[Session, OutboundMail, str], None]
Checkpoint = Callable[[str, OutboundMail], None]  # test seam: ("accepted", row) after the server's 250


@dataclass
class DeliveryReport:
    sent: int = 0
    recovered: int = 0          # found handed over (a receipt) after a crash
    in_doubt: int = 0           # no answer after the data went out: left to the receipt
    retried: int = 0
    failed: list[int] = field(default_factory=list)
    notified: int = 0           # `on_permanent_failure` calls (failed rows and refused recipients)


class SentUnavailable(TransientMailError):
    """The Sent folder cannot be read: a row in doubt may not be sent without looking."""


class Receipts:
    """The copies the server filed for the mails it accepted, looked up after a crash."""

    def __init__(self, sent: SentFolder, engine: Engine):
        self.sent, self.engine = sent, engine

    def holds(self, message_id: str) -> bool:
        """Did the server accept this mail? A copy in the Sent folder says so, and so does the
        copy that came back to the inbox and was recorded as our own mail (a server that
        ignores the "+Sent" detail delivers it there)."""
        try:
            if self.sent.holds(message_id):
                return True
        except TransientMailError as exc:
            raise SentUnavailable(f"cannot search the {self.sent.name} folder: {exc}") from exc
        return came_back(self.engine, message_id)


def came_back(engine: Engine, message_id: str) -> bool:
    """Was this mail of ours delivered back to the inbox and recorded as our own mail (the
    receipt, on a server that ignores the "+Sent" detail)?"""
    with Session(engine) as session:
        query = select(Message.id).where(Message.message_id == message_id, Message.kind == "loop")
        return session.exec(query.limit(1)).first() is not None


@dataclass
class _Batch:
    engine: Engine
    cfg: SmtpConfig
    now: datetime
    policy: RetryPolicy
    smtp: SmtpPool
    receipts: Receipts | None
    on_failure: FailureHook | None
    checkpoint: Checkpoint | None
    report: DeliveryReport = field(default_factory=DeliveryReport)
    handed: list[tuple[int, str | None, Refused]] = field(default_factory=list)  # sent, not committed yet
    stopped: threading.Event = field(default_factory=threading.Event)  # no further hand-over begins
    begun: set[int] = field(default_factory=set)  # row ids whose SMTP transaction began (workers add)


def deliver_due(
    engine: Engine,
    cfg: SmtpConfig,
    now: datetime,
    *,
    sent_folder: SentFolder | None,
    smtp_factory: SmtpFactory = open_smtp,
    policy: RetryPolicy | None = None,
    limit: int = 500,
    on_permanent_failure: FailureHook | None = None,
    checkpoint: Checkpoint | None = None,
) -> DeliveryReport:
    """Send every due row once, over `cfg.connections` SMTP connections at a time; returns
    what happened for logs and tests.

    Only the SMTP transactions run in the worker threads; recovery and every database write
    stay in the calling thread.

    Raises TransientMailError (after releasing the unsent rows) when the Sent folder cannot
    be read: the caller's IMAP connection is broken and must be reopened.
    """
    receipts = Receipts(sent_folder, engine) if sent_folder is not None else None
    policy = policy or delivery_policy(cfg.give_up_days)
    batch = _Batch(engine, cfg, now, policy, SmtpPool(cfg, smtp_factory), receipts, on_permanent_failure, checkpoint)
    untried = {row.id: row for row in _claim(engine, now, limit, in_doubt=receipts is not None)}
    try:
        while untried:
            _deliver_chunk(batch, list(itertools.islice(untried.values(), CHUNK)), untried)
            if len(batch.handed) >= COMMIT_ROWS:
                _commit_handed(batch)
    except Unreachable as exc:
        _defer(batch, list(untried.values()), exc)  # they met the dead server: nothing was handed over
        untried.clear()
    finally:
        _commit_handed(batch)
        batch.smtp.close()
        # A row whose hand-over began but was never recorded (something broke meanwhile)
        # stays `sending`: recovery decides. Only rows never begun are released.
        _abandon(batch, [row for row in untried.values() if row.id not in batch.begun])
    return batch.report


def _deliver_chunk(batch: _Batch, chunk: list[OutboundMail], untried: dict[int, OutboundMail]) -> None:
    """Hand the chunk's rows over on the pool's connections, record each outcome here
    (removing the row from `untried`). Rows not begun because the batch stopped stay in
    `untried`; raises Unreachable after recording the others when the server is gone."""
    to_send = []
    for row in chunk:
        if _recovered(batch, row):
            del untried[row.id]
        else:
            to_send.append(row)
    batch.smtp.ready()
    tasks = [(row, batch.smtp.workers.submit(_hand_over, batch, row)) for row in to_send]
    broke: BaseException | None = None
    unreachable: Unreachable | None = None
    for row, task in tasks:
        try:
            outcome = task.result()
        except BaseException as exc:  # the hand-over broke off (a crash, in the tests' words)
            del untried[row.id]  # stays `sending`: recovery decides after the lease
            broke = broke or exc
            continue
        if outcome is None or isinstance(outcome, Unreachable):
            unreachable = unreachable or outcome
            continue
        del untried[row.id]
        _record(batch, row, outcome)
    if broke is not None:
        raise broke
    if unreachable is not None:
        raise unreachable


def _recovered(batch: _Batch, row: OutboundMail) -> bool:
    """A row in doubt (a crash, or no answer after its data went out) whose receipt is there
    was handed over: marked sent."""
    if row.state != OutboxState.IN_DOUBT or batch.receipts is None:
        return False
    if not batch.receipts.holds(row.message_id):
        log.info("outbound %s: in doubt, no receipt: never handed over, sending it", row.message_id)
        return False
    batch.handed.append((row.id, "recovered: its receipt shows the server accepted it", {}))
    batch.report.recovered += 1
    return True


_Outcome = Refused | TransientMailError | PermanentMailError | None


def _hand_over(batch: _Batch, row: OutboundMail) -> _Outcome:
    """Worker thread: one row's SMTP transaction. Returns the recipients refused (the row was
    handed over), the error that refused it, or None when the batch stopped before it began.
    Anything raised stops the batch, as a crash would."""
    if batch.stopped.is_set():
        return None
    try:
        with batch.smtp.borrowed() as link:
            try:
                link.ready()
            except Unreachable as exc:
                batch.stopped.set()  # every row would fail alike: the rest is deferred at once
                return exc
            batch.begun.add(row.id)
            try:
                refused = link.send(row)
            except (TransientMailError, PermanentMailError) as exc:
                return exc
        if batch.checkpoint:
            batch.checkpoint("accepted", row)
        return refused
    except BaseException:
        batch.stopped.set()
        raise


def _record(batch: _Batch, row: OutboundMail, outcome: _Outcome) -> None:
    """In the calling thread: what a hand-over ended in goes to the database."""
    if isinstance(outcome, PermanentMailError):
        _fail(batch, row.id, str(outcome))
    elif isinstance(outcome, HandOverUnknown):
        _leave_in_doubt(batch, row.id, str(outcome))
    elif isinstance(outcome, TransientMailError):
        _retry(batch, row.id, outcome)
    else:
        refused = dict(outcome)
        notes = []
        receipt = refused.pop(batch.cfg.receipt_recipient(), None)
        if receipt is not None:
            notes.append(f"no receipt: the server refused {batch.cfg.receipt_recipient()} {receipt}; "
                         "after a crash this mail could be sent twice")
            log.error("outbound %s sent, but the server refused its receipt (%s): fix [smtp] receipt_address, "
                      "or crash recovery cannot see what was sent", row.message_id, receipt)
        if refused:
            notes.append(f"some recipients refused: {refused}")
        batch.handed.append((row.id, "; ".join(notes) or None, refused))
        batch.report.sent += 1
        DEFERRALS.flowing(batch.now)


def next_due(engine: Engine) -> datetime | None:
    """When the earliest waiting row (a deferred retry, an expired lease) falls due."""
    with Session(engine) as session:
        return session.exec(select(func.min(OutboundMail.next_attempt_at))
                            .where(OutboundMail.state.in_(WAITING))).one()


def _claim(engine: Engine, now: datetime, limit: int, *, in_doubt: bool) -> list[Row]:
    """Take due rows (pending, or in doubt: sending with an expired lease) by compare-and-set: one
    UPDATE … RETURNING per state seen, each row taken only if it is still in that state and
    still due, so two senders (even on SQLite, which has no row locks) never take the same
    row. Rows in doubt are only taken by a sender that can look them up in the Sent folder.
    (RETURNING needs SQLite ≥ 3.35, 2021; PostgreSQL has it.)"""
    with session_scope(engine) as session:
        query = (
            select(OutboundMail.id, OutboundMail.state)
            .where(OutboundMail.state.in_(WAITING if in_doubt else (OutboxState.PENDING,)))
            .where(OutboundMail.next_attempt_at <= now)
            .order_by(OutboundMail.id)
            .limit(limit)
        )
        if is_postgres(engine):
            query = query.with_for_update(skip_locked=True)
        seen: dict[str, list[int]] = {}
        for row_id, state in session.exec(query).all():
            seen.setdefault(state, []).append(row_id)
        claimed: list[Row] = []
        table = OutboundMail.__table__
        for state, ids in seen.items():
            taken = OutboxState.SENDING if state == OutboxState.PENDING else OutboxState.IN_DOUBT
            values = {**moved(state, taken), "next_attempt_at": now + LEASE}
            # Plain result rows (the same names, read-only), not ORM objects: nothing writes to a
            # claimed row, and building and tracking an object for each was half of claiming's
            # time in a profile (issue 19).
            claimed += session.execute(
                update(table)
                .where(table.c.id.in_(ids), table.c.state == state, table.c.next_attempt_at <= now)
                .values(**values)
                .returning(*table.c)
            ).all()
    return sorted(claimed, key=lambda row: row.id)


def _abandon(batch: _Batch, rows: list[OutboundMail]) -> None:
    """Rows claimed but not tried (the batch stopped): due again at once, no attempt counted.
    A row in doubt stays in doubt, so the next sender still looks its receipt up."""
    if not rows:
        return
    with session_scope(batch.engine) as session:
        for row_id in (r.id for r in rows):
            row = session.get(OutboundMail, row_id)
            if row is not None and row.state in (OutboxState.SENDING, OutboxState.IN_DOUBT):
                if row.state == OutboxState.SENDING:
                    move(row, OutboxState.PENDING)
                row.next_attempt_at = batch.now
                session.add(row)


def _defer(batch: _Batch, rows: list[OutboundMail], error: Unreachable) -> None:
    for row in rows:
        _retry(batch, row.id, error)


def _commit_handed(batch: _Batch) -> None:
    """Mark what the server accepted as sent, in one transaction (a crash before it is what
    the receipts recover from)."""
    if not batch.handed:
        return
    handed, batch.handed = batch.handed, []
    table = OutboundMail.__table__
    mark_sent = (update(table).where(table.c.id == bindparam("row_id"))
                 .values(**moved(OutboxState.SENDING, OutboxState.SENT), sent_at=batch.now, last_error=bindparam("note"), attempts=table.c.attempts + 1))
    with session_scope(batch.engine) as session:
        session.execute(mark_sent, [{"row_id": row_id, "note": note} for row_id, note, _ in handed])
        for row_id, _, refused in handed:
            if refused and batch.on_failure is not None:
                batch.on_failure(session, session.get(OutboundMail, row_id), f"recipients refused: {refused}")
                batch.report.notified += 1


def _retry(batch: _Batch, row_id: int, exc: TransientMailError) -> None:
    """Back to pending with its back-off, and why: no SMTP session at all (the relay's return
    releases it early) or this mail failing for now, a 4xx (it keeps its back-off)."""
    error = str(exc)
    waiting_on = WaitingOn.RELAY if isinstance(exc, Unreachable) else WaitingOn.BACKOFF
    with session_scope(batch.engine) as session:
        row = session.get(OutboundMail, row_id)
        row.attempts += 1
        if batch.policy.exhausted(row.attempts, row.created_at, batch.now):
            session.add(row)
            session.commit()
            _fail(batch, row_id, f"gave up after {row.attempts} attempts since {row.created_at:%Y-%m-%d %H:%M}: {error}")
            return
        move(row, OutboxState.PENDING, waiting_on)
        row.last_error = error
        row.next_attempt_at = batch.policy.next_attempt(batch.now, row.attempts)
        session.add(row)
    batch.report.retried += 1
    DEFERRALS.note(batch.now, row_id, row.attempts, error)


def _leave_in_doubt(batch: _Batch, row_id: int, error: str) -> None:
    """The server may have the mail: not retried blindly, but `in_doubt` with a fresh lease,
    after which the next sender looks its receipt up (as after a crash)."""
    with session_scope(batch.engine) as session:
        row = session.get(OutboundMail, row_id)
        row.attempts += 1
        move(row, OutboxState.IN_DOUBT)
        row.last_error = f"{error}; its receipt decides after {batch.now + LEASE:%H:%M}"
        row.next_attempt_at = batch.now + LEASE
        session.add(row)
    batch.report.in_doubt += 1
    log.warning("outbound %s: %s", row_id, error)


def _fail(batch: _Batch, row_id: int, error: str) -> None:
    with session_scope(batch.engine) as session:
        row = session.get(OutboundMail, row_id)
        move(row, OutboxState.FAILED)
        row.last_error = error
        session.add(row)
        if batch.on_failure is not None:
            batch.on_failure(session, row, error)
            batch.report.notified += 1
    batch.report.failed.append(row_id)
    log.error("outbound %s failed permanently: %s", row_id, error)
