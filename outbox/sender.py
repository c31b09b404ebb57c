"""Deliver the outbox: each promised mail reaches the SMTP server once, and is never lost.

The hand-over protocol (per batch: `[smtp] connections` SMTP connections used at once and
one IMAP connection; rows in chunks of 20):

1. claim   — due rows (pending, or `sending` whose lease expired) become `sending` with a
             lease, committed before any network IO. The claim is a compare-and-set, so two
             senders (even on SQLite, which has no row locks) never take the same row.
2. stage   — the chunk's exact bytes are APPENDed to the Sent folder (one MULTIAPPEND),
             flagged `\\Seen $Sending`: "about to be handed over", before any SMTP.
3. send    — SMTP, one row per connection at a time; the server's final 250 is the hand-over.
4. confirm — at once, the `$Sending` keyword is removed from that row's copy (one UID STORE,
             shared by the confirmations of other connections that come in meanwhile).
5. commit  — accepted rows become `sent` in one transaction per 100 (and at the end of the
             batch): on SQLite every commit waits for the single write lock, which the
             pipeline's batches hold for up to 0.3 s at a time.

Steps 3 and 4 of a row run in a worker thread that has a connection to itself (the IMAP
connection is shared under a lock); claiming, staging, recovery and every database write
happen in the calling thread, so each row keeps its order whatever the others are doing.

After a crash the rows are still `sending`; once their lease expires the next sender looks
each Message-ID up in the Sent folder before anything else:
- copy without `$Sending`  → it was handed over (the crash fell between 4 and 5): marked
  sent, nothing is resent;
- no copy                   → it never reached SMTP: sent normally;
- copy still `$Sending`     → "maybe sent": staged, never confirmed. Decision: send it again
  (same Message-ID, same bytes), note it on the row and warn. Only a crash between the
  server's 250 and the STORE in step 4 — one round trip, well under a millisecond on a LAN —
  makes this a duplicate — at most one row per connection can be inside that window; the
  rows merely staged go out once.
  A lost 督办 mail costs a missed deadline; a duplicate with the same Message-ID is
  recognisable. A client timeout waiting for the final 250 is the same ambiguity and gets
  the same answer (retried as temporary).

Failures are typed: a temporary one (4xx, connection refused, timeout) puts the row back to
`pending` with `attempts` and `next_attempt_at` from `retry.DELIVERY` and discards its staged
copy; a permanent one (5xx) marks it `failed` and calls `on_permanent_failure` (the service
passes `notify.delivery_failed`, which tells the union office) in the same transaction. When
the server refuses only some recipients, the row is sent and the office is told about those.
If the SMTP server cannot be reached at all, the rest of the batch is deferred at once (not
one timeout per row); if the Sent folder cannot be written, the batch stops and its unsent
rows are released — the service reconnects. Without a Sent mailbox (`sent_box=None`, the
alerts sent while IMAP is down) steps 2 and 4 are skipped and so is the crash recovery.
"""

from __future__ import annotations

import itertools
import logging
import queue
import smtplib
import socket
import ssl
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterator

from sqlalchemy import bindparam, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from complaints.config import SmtpConfig
from complaints.errors import PermanentMailError, TransientMailError
from complaints.retry import DELIVERY, RetryPolicy
from complaints.store.db import is_postgres, session_scope
from complaints.store.models import OutboundMail
from ingest.imap import Mailbox

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
CHUNK = 20  # rows staged in the Sent folder with one MULTIAPPEND
COMMIT_ROWS = 100  # accepted rows marked sent in one transaction (what a crash leaves to the Sent-folder lookup)
STAGED = b"$Sending"  # IMAP keyword on a Sent copy whose SMTP hand-over is not confirmed yet
IN_DOUBT = "in doubt: lease expired while sending"
SmtpFactory = Callable[[SmtpConfig], smtplib.SMTP]
FailureHook = Callable[[Session, OutboundMail, str], None]
Checkpoint = Callable[[str, OutboundMail], None]  # test seam: ("accepted" | "confirmed", row)


@dataclass
class DeliveryReport:
    sent: int = 0
    recovered: int = 0          # found handed over in the Sent folder after a crash
    resent_in_doubt: int = 0    # staged but unconfirmed after a crash: sent again
    retried: int = 0
    failed: list[int] = field(default_factory=list)
    notified: int = 0           # `on_permanent_failure` calls (failed rows and refused recipients)


def open_smtp(cfg: SmtpConfig) -> smtplib.SMTP:
    """The seam for the SMTP connection: plain, STARTTLS or SSL, with login when configured."""
    try:
        if cfg.security == "ssl":
            smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
        else:
            smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
            if cfg.security == "starttls":
                smtp.starttls()
        if cfg.username:
            smtp.login(cfg.username, cfg.secret())
        sock = getattr(smtp, "sock", None)
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return smtp
    except smtplib.SMTPAuthenticationError as exc:
        raise PermanentMailError(f"SMTP {cfg.host}:{cfg.port} refused the login: {exc}") from exc
    except (OSError, socket.timeout, ssl.SSLError, smtplib.SMTPException) as exc:
        raise TransientMailError(f"SMTP {cfg.host}:{cfg.port} unreachable: {exc}") from exc


class Unreachable(TransientMailError):
    """The SMTP server cannot be reached at all: every row of the batch would fail alike."""


class SentUnavailable(TransientMailError):
    """The Sent folder cannot be written: nothing may be handed over without its copy."""


@dataclass(frozen=True)
class SentCopy:
    """What the Sent folder knows about one Message-ID."""

    confirmed: bool              # some copy lost its `$Sending` mark: handed over
    staged: tuple[int, ...]      # UIDs of copies still marked `$Sending`

    @property
    def absent(self) -> bool:
        return not self.confirmed and not self.staged


class SentFolder:
    """The Sent folder as the sender's crash journal (stage → confirm, or discard).

    The batch's SMTP workers share it: a lock lets one IMAP command through at a time (each
    is one round trip, short next to an SMTP transaction)."""

    def __init__(self, box: Mailbox, folder: str):
        self.box, self.folder = box, folder
        self._ready = False
        self._lock = threading.RLock()       # one IMAP command at a time
        self._turn = threading.Condition()   # confirmations waiting for the next UID STORE
        self._waiting: set[int] = set()      # UIDs to confirm, not on the wire yet
        self._storing = False                # a UID STORE is on the wire
        self._done: dict[int, Exception | None] = {}  # confirmed UIDs (and the STORE's error) not yet collected

    def _select(self) -> None:
        if not self._ready or self.box.selected != self.folder:
            self.box.ensure_folders([self.folder])
            self.box.select(self.folder)
            self._ready = True

    def stage(self, raw: bytes) -> int | None:
        """APPEND the copy marked `$Sending`; its UID (None if the server lacks UIDPLUS)."""
        return self.stage_many([raw])[0]

    def stage_many(self, raws: list[bytes]) -> list[int | None]:
        """Stage several copies in one round trip (MULTIAPPEND where the server has it)."""
        try:
            with self._lock:
                self._select()
                return self.box.append_many(self.folder, raws, (b"\\Seen", STAGED))
        except TransientMailError as exc:
            raise SentUnavailable(f"cannot write the {self.folder} folder: {exc}") from exc

    def confirm(self, uid: int | None, message_id: str) -> None:
        """The server accepted the mail: drop the `$Sending` mark (best effort, see module doc).
        Returns once this copy's mark is gone (or could not be removed: a warning)."""
        try:
            if uid is None:
                with self._lock:
                    self.box.remove_flags(list(self.lookup(message_id).staged), [STAGED])
            else:
                self._confirm_together(uid)
        except TransientMailError as exc:
            log.warning("outbound %s sent, but its Sent copy keeps %s: %s", message_id, STAGED.decode(), exc)

    def _confirm_together(self, uid: int) -> None:
        """Group commit: confirmations that come in while a UID STORE is on the wire go out
        together in the next one, sent by the first of them to get its turn. A STORE costs
        about the same for one UID as for eight, so the workers do not queue behind each
        other's round trips. Raises the STORE's error for each of its UIDs."""
        with self._turn:
            self._waiting.add(uid)
            self._turn.wait_for(lambda: uid in self._done or (uid in self._waiting and not self._storing))
            if uid in self._done:
                error = self._done.pop(uid)
                if error is not None:
                    raise error
                return
            uids, self._storing = sorted(self._waiting), True
            self._waiting.clear()
        error: Exception | None = TransientMailError("UID STORE interrupted")  # until it returns
        try:
            with self._lock:
                self.box.remove_flags(uids, [STAGED])
            error = None
        except Exception as exc:  # noqa: BLE001 - handed to every UID of this STORE, raised below
            error = exc
        finally:  # even on a BaseException: the others must not wait forever
            with self._turn:
                self._storing = False
                self._done.update(dict.fromkeys(uids, error))
                self._done.pop(uid)
                self._turn.notify_all()
        if error is not None:
            raise error

    def discard(self, uid: int | None) -> None:
        """The server refused the mail: remove the staged copy (a retry stages a new one)."""
        if uid is None:
            return
        try:
            with self._lock:
                self.box.delete_uids([uid])
        except TransientMailError as exc:
            log.warning("could not remove staged copy %s from %s: %s", uid, self.folder, exc)

    def lookup(self, message_id: str) -> SentCopy:
        try:
            with self._lock:
                self._select()
                flags = self.box.flags(self.box.search_message_id(message_id))
        except TransientMailError as exc:
            raise SentUnavailable(f"cannot search the {self.folder} folder: {exc}") from exc
        staged = tuple(sorted(uid for uid, found in flags.items() if STAGED.lower() in found))
        return SentCopy(confirmed=len(staged) < len(flags), staged=staged)


class _SmtpLink:
    """One SMTP connection for a batch, opened on first use and reopened after a failure."""

    def __init__(self, cfg: SmtpConfig, factory: SmtpFactory):
        self.cfg, self.factory = cfg, factory
        self.smtp: smtplib.SMTP | None = None

    def ready(self) -> None:
        if self.smtp is None:
            try:
                self.smtp = self.factory(self.cfg)
            except TransientMailError as exc:
                raise Unreachable(str(exc)) from exc

    def send(self, row: OutboundMail) -> dict[str, tuple[int, bytes]]:
        """Hand the row over; the recipients refused while others were accepted."""
        self.ready()
        try:
            return _send_one(self.smtp, self.cfg, row)
        except (TransientMailError, PermanentMailError):
            self.close()  # a broken or confused session is not reused
            raise

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except Exception:  # noqa: BLE001 - a dead connection is dropped either way
                self.smtp.close()
            self.smtp = None


def _send_one(smtp: smtplib.SMTP, cfg: SmtpConfig, row: OutboundMail) -> dict[str, tuple[int, bytes]]:
    try:
        return smtp.sendmail(cfg.from_address, list(row.recipients), row.raw)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = {code for code, _ in exc.recipients.values()}
        if all(400 <= c < 500 for c in codes):
            raise TransientMailError(f"recipients deferred: {exc.recipients}") from exc
        raise PermanentMailError(f"recipients refused: {exc.recipients}") from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise TransientMailError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}") from exc
        raise PermanentMailError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}") from exc
    except (OSError, socket.timeout, smtplib.SMTPException) as exc:
        raise TransientMailError(f"SMTP failed: {exc}") from exc


class _SmtpPool:
    """The batch's SMTP connections and the worker threads that use them: each connection
    serves one thread at a time and is opened on first use. Borrowed last-in first-out, so a
    batch of one or two mails keeps reusing the connection it opened first."""

    def __init__(self, cfg: SmtpConfig, factory: SmtpFactory):
        self.links = [_SmtpLink(cfg, factory) for _ in range(cfg.connections)]
        self._idle: queue.LifoQueue[_SmtpLink] = queue.LifoQueue()
        for link in reversed(self.links):
            self._idle.put(link)
        self.workers = ThreadPoolExecutor(max_workers=cfg.connections, thread_name_prefix="smtp")

    @contextmanager
    def borrowed(self) -> Iterator[_SmtpLink]:
        link = self._idle.get()  # never waits: as many connections as worker threads
        try:
            yield link
        finally:
            self._idle.put(link)

    def ready(self) -> None:
        """Raises Unreachable unless one connection is open (checked before staging anything)."""
        with self.borrowed() as link:
            link.ready()

    def close(self) -> None:
        """Wait for the hand-overs in progress, then close every connection."""
        self.workers.shutdown(wait=True, cancel_futures=True)
        for link in self.links:
            link.close()


@dataclass
class _Batch:
    engine: Engine
    now: datetime
    policy: RetryPolicy
    smtp: _SmtpPool
    sent: SentFolder | None
    on_failure: FailureHook | None
    checkpoint: Checkpoint | None
    report: DeliveryReport = field(default_factory=DeliveryReport)
    staged: dict[int, int | None] = field(default_factory=dict)   # row id → UID of its staged copy
    notes: dict[int, str] = field(default_factory=dict)           # row id → what recovery found
    handed: list[tuple[int, str | None, dict]] = field(default_factory=list)  # sent, not committed yet
    stopped: threading.Event = field(default_factory=threading.Event)  # no further hand-over begins
    begun: set[int] = field(default_factory=set)  # row ids whose SMTP transaction began (workers add)


def deliver_due(
    engine: Engine,
    cfg: SmtpConfig,
    now: datetime,
    *,
    sent_box: Mailbox | None,
    smtp_factory: SmtpFactory = open_smtp,
    policy: RetryPolicy = DELIVERY,
    limit: int = 500,
    on_permanent_failure: FailureHook | None = None,
    checkpoint: Checkpoint | None = None,
) -> DeliveryReport:
    """Send every due row once, over `cfg.connections` SMTP connections at a time; returns
    what happened for logs and tests.

    Only the hand-over itself (SMTP, then the confirmation in the Sent folder) runs in the
    worker threads; staging, recovery and every database write stay in the calling thread.

    Raises TransientMailError (after releasing the unsent rows) when the Sent folder cannot
    be written: the caller's IMAP connection is broken and must be reopened.
    """
    batch = _Batch(engine, now, policy, _SmtpPool(cfg, smtp_factory),
                   SentFolder(sent_box, cfg.sent_folder) if sent_box is not None else None,
                   on_permanent_failure, checkpoint)
    untried = {row.id: row for row in _claim(engine, now, limit, in_doubt=sent_box is not None)}
    try:
        while untried:
            _deliver_chunk(batch, list(itertools.islice(untried.values(), CHUNK)), untried)
            if len(batch.handed) >= COMMIT_ROWS:
                _commit_handed(batch)
    except Unreachable as exc:
        _defer(batch, list(untried.values()), str(exc))  # they met the dead server: nothing was handed over
        untried.clear()
    finally:
        _commit_handed(batch)
        batch.smtp.close()
        # A row whose hand-over began but was never recorded (something broke meanwhile)
        # stays `sending`: recovery decides. Only rows never begun are released.
        _abandon(batch, [row for row in untried.values() if row.id not in batch.begun])
    return batch.report


def _deliver_chunk(batch: _Batch, chunk: list[OutboundMail], untried: dict[int, OutboundMail]) -> None:
    """Stage the chunk, hand its rows over on the pool's connections, record each outcome here
    (removing the row from `untried`). Rows not begun because the batch stopped stay in
    `untried`; raises Unreachable after recording the others when the server is gone."""
    to_send = _prepare(batch, chunk)
    for row in chunk:
        if row.id not in to_send:
            del untried[row.id]  # recovered from the Sent folder
    tasks = [(row, batch.smtp.workers.submit(_hand_over, batch, row, batch.staged.get(row.id)))
             for row in chunk if row.id in to_send]
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


def _prepare(batch: _Batch, chunk: list[OutboundMail]) -> set[int]:
    """Resolve rows in doubt against the Sent folder, connect, stage the chunk's copies at once.
    Returns the ids still to send (recovered rows are finished here)."""
    to_send = []
    for row in chunk:
        found = _recovered(batch, row) if row.last_error == IN_DOUBT and batch.sent is not None else False
        if not found:
            to_send.append(row)
    batch.smtp.ready()
    fresh = [r for r in to_send if r.id not in batch.staged]
    if batch.sent is not None and fresh:
        for row, uid in zip(fresh, batch.sent.stage_many([r.raw for r in fresh])):
            batch.staged[row.id] = uid
    return {r.id for r in to_send}


def _recovered(batch: _Batch, row: OutboundMail) -> bool:
    copy = batch.sent.lookup(row.message_id)
    if copy.confirmed:
        batch.handed.append((row.id, "recovered: found handed over in the Sent folder after a crash", {}))
        batch.report.recovered += 1
        return True
    if copy.staged:
        batch.staged[row.id] = copy.staged[-1]
        batch.notes[row.id] = ("resent: staged before a crash and never confirmed; a duplicate is possible "
                               "if the crash fell inside its hand-over")
        batch.report.resent_in_doubt += 1
        log.warning("outbound %s: %s", row.message_id, batch.notes[row.id])
    return False


_Outcome = dict | TransientMailError | PermanentMailError | None


def _hand_over(batch: _Batch, row: OutboundMail, uid: int | None) -> _Outcome:
    """Worker thread: one row's SMTP transaction and, at once, its confirmation. Returns the
    recipients refused (the row was handed over), the error that refused it, or None when
    the batch stopped before it began. Anything raised stops the batch, as a crash would."""
    if batch.stopped.is_set():
        return None
    try:
        outcome = _transmit(batch, row)
        if isinstance(outcome, dict):
            _confirm(batch, row, uid)
        return outcome
    except BaseException:
        batch.stopped.set()
        raise


def _transmit(batch: _Batch, row: OutboundMail) -> _Outcome:
    with batch.smtp.borrowed() as link:
        try:
            link.ready()
        except Unreachable as exc:
            batch.stopped.set()  # every row would fail alike: the rest is deferred at once
            return exc
        batch.begun.add(row.id)
        try:
            return link.send(row)
        except (TransientMailError, PermanentMailError) as exc:
            return exc


def _confirm(batch: _Batch, row: OutboundMail, uid: int | None) -> None:
    if batch.checkpoint:
        batch.checkpoint("accepted", row)
    if batch.sent is not None:
        batch.sent.confirm(uid, row.message_id)
    if batch.checkpoint:
        batch.checkpoint("confirmed", row)


def _record(batch: _Batch, row: OutboundMail, outcome: _Outcome) -> None:
    """In the calling thread: what a hand-over ended in goes to the database."""
    if isinstance(outcome, PermanentMailError):
        _discard(batch, row.id)
        _fail(batch, row.id, str(outcome))
    elif isinstance(outcome, TransientMailError):
        _discard(batch, row.id)
        _retry(batch, row.id, str(outcome))
    else:
        batch.staged.pop(row.id, None)
        note = batch.notes.pop(row.id, None)
        if outcome:
            note = "; ".join(filter(None, [note, f"some recipients refused: {outcome}"]))
        batch.handed.append((row.id, note, outcome))
        batch.report.sent += 1


def _discard(batch: _Batch, row_id: int) -> None:
    uid = batch.staged.pop(row_id, None)
    if batch.sent is not None:
        batch.sent.discard(uid)


WAITING = ("pending", "sending")  # states a row can be taken from (`sending` once its lease expired)


def next_due(engine: Engine) -> datetime | None:
    """When the earliest waiting row (a deferred retry, an expired lease) falls due."""
    with Session(engine) as session:
        return session.exec(select(func.min(OutboundMail.next_attempt_at))
                            .where(OutboundMail.state.in_(WAITING))).one()


def _claim(engine: Engine, now: datetime, limit: int, *, in_doubt: bool) -> list[OutboundMail]:
    """Take due rows (pending, or sending with an expired lease) by compare-and-set: one
    UPDATE … RETURNING per state seen, each row taken only if it is still in that state and
    still due, so two senders (even on SQLite, which has no row locks) never take the same
    row. Rows in doubt are only taken by a sender that can look them up in the Sent folder.
    (RETURNING needs SQLite ≥ 3.35, 2021; PostgreSQL has it.)"""
    with session_scope(engine) as session:
        query = (
            select(OutboundMail.id, OutboundMail.state)
            .where(OutboundMail.state.in_(WAITING if in_doubt else ("pending",)))
            .where(OutboundMail.next_attempt_at <= now)
            .order_by(OutboundMail.id)
            .limit(limit)
        )
        if is_postgres(engine):
            query = query.with_for_update(skip_locked=True)
        seen: dict[str, list[int]] = {}
        for row_id, state in session.exec(query).all():
            seen.setdefault(state, []).append(row_id)
        claimed: list[OutboundMail] = []
        for state, ids in seen.items():
            values = {"state": "sending", "next_attempt_at": now + LEASE}
            if state == "sending":
                values["last_error"] = IN_DOUBT
            claimed += session.scalars(
                update(OutboundMail)
                .where(OutboundMail.id.in_(ids), OutboundMail.state == state, OutboundMail.next_attempt_at <= now)
                .values(**values)
                .returning(OutboundMail)
            ).all()
    return sorted(claimed, key=lambda row: row.id)


def _abandon(batch: _Batch, rows: list[OutboundMail]) -> None:
    """Rows claimed but not tried (the batch stopped): copies discarded, due again at once, no
    attempt counted. A row in doubt stays `sending`, so the next sender still looks it up."""
    if not rows:
        return
    for row in rows:
        _discard(batch, row.id)
    with session_scope(batch.engine) as session:
        for row_id in (r.id for r in rows):
            row = session.get(OutboundMail, row_id)
            if row is not None and row.state == "sending":
                row.state = "sending" if row.last_error == IN_DOUBT else "pending"
                row.next_attempt_at = batch.now
                session.add(row)


def _defer(batch: _Batch, rows: list[OutboundMail], error: str) -> None:
    for row in rows:
        _discard(batch, row.id)
        _retry(batch, row.id, error)


def _commit_handed(batch: _Batch) -> None:
    """Mark what the server accepted as sent, in one transaction (a crash before it is what
    the Sent folder's confirmed copies recover from)."""
    if not batch.handed:
        return
    handed, batch.handed = batch.handed, []
    table = OutboundMail.__table__
    mark_sent = (update(table).where(table.c.id == bindparam("row_id"))
                 .values(state="sent", sent_at=batch.now, last_error=bindparam("note"), attempts=table.c.attempts + 1))
    with session_scope(batch.engine) as session:
        session.execute(mark_sent, [{"row_id": row_id, "note": note} for row_id, note, _ in handed])
        for row_id, _, refused in handed:
            if refused and batch.on_failure is not None:
                batch.on_failure(session, session.get(OutboundMail, row_id), f"recipients refused: {refused}")
                batch.report.notified += 1


def _retry(batch: _Batch, row_id: int, error: str) -> None:
    with session_scope(batch.engine) as session:
        row = session.get(OutboundMail, row_id)
        row.attempts += 1
        if batch.policy.exhausted(row.attempts):
            session.add(row)
            session.commit()
            _fail(batch, row_id, f"gave up after {row.attempts} attempts: {error}")
            return
        row.state, row.last_error = "pending", error
        row.next_attempt_at = batch.policy.next_attempt(batch.now, row.attempts)
        session.add(row)
    batch.report.retried += 1
    log.info("outbound %s deferred (attempt %d): %s", row_id, row.attempts, error)


def _fail(batch: _Batch, row_id: int, error: str) -> None:
    with session_scope(batch.engine) as session:
        row = session.get(OutboundMail, row_id)
        row.state, row.last_error = "failed", error
        session.add(row)
        if batch.on_failure is not None:
            batch.on_failure(session, row, error)
            batch.report.notified += 1
    batch.report.failed.append(row_id)
    log.error("outbound %s failed permanently: %s", row_id, error)
