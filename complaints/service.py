"""The service loop: one pass of every job, run once (cron, drills, tests) or unattended.

A pass: fetch new mail raw-first → process stored mail → timed jobs → deliver the outbox →
file the server copies. `serve` repeats passes and in between waits on IMAP IDLE (or sleeps
`poll_seconds` where IDLE is missing or switched off), each wait bounded by the next timed
job and by the IDLE renewal time; its outbox is sent by `delivery.DeliveryRunner` in a
thread of its own, woken by each pass. Any fault — mail server, login, database, a bug — is
logged and retried with `retry.RECONNECT` backoff; the service never exits on its own.
A login failure mails the union office (at most hourly), and so does a stall (no good
round for `stall_minutes`). SIGTERM/SIGINT stop it between messages.
Under systemd (`deploy/complaints.service`, Type=notify) it reports READY once its first
round has ended (good, or a fault it will retry), its state as STATUS, and feeds the
watchdog only while rounds succeed (`sd_notify`).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from complaints import jobs, notify, outbox_watch, timed
from complaints.context import Context, with_current_epoch
from complaints.delivery import DeliveryRunner
from complaints.health_endpoint import HealthEndpoint
from complaints.logs import fields
from complaints.metrics import ServiceMetrics
from complaints.pipeline import PassReport, process_pending
from complaints.sd_notify import Notifier, Watchdog
from core.errors import LoginFailed, TransientMailError, new_error_id
from core.imap import IdleInterrupted, ImapSentFolder, Mailbox, connect
from core.retry import RECONNECT, RetryPolicy
from core.store.db import session_scope
from core.store.faults import explain
from core.store.locks import mailbox_lock
from core.store.state import set_state
from ingest.fetcher import FetchResult, fetch_new
from ingest.filing import settle
from ingest.refetch import refetch_requested
from ingest.watch import Health, StallWatch, wait_seconds
from outbox.relay_return import RELAY
from outbox.sender import DeliveryReport, deliver_due
from parsers import readings
from parsers.reading_pool import ReadingPool, default_size

log = logging.getLogger(__name__)

Connector = Callable[[Context], Mailbox]
QUICK_RECONNECTS = (5, 60.0)  # an IDLE interruption reconnects at once, up to 5 times a minute
HEARTBEAT_SECONDS = 60.0  # serve records its last good round at most this often
DIRECT_ALERT_SECONDS = 3600.0  # an alert sent past the database goes at most once an hour per kind
FETCH_PER_PASS = 200  # serve takes a backlog this many mails a pass: the first 督办 out in seconds, memory flat


def default_connector(ctx: Context) -> Mailbox:
    return connect(ctx.settings.imap)


@dataclass
class PassSummary:
    fetched: FetchResult = field(default_factory=FetchResult)
    processed: PassReport = field(default_factory=PassReport)
    delivered: DeliveryReport = field(default_factory=DeliveryReport)
    settled: int = 0
    refetched: int = 0
    jobs: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"fetched {self.fetched.stored} (+{self.fetched.duplicates} dup), processed {self.processed.processed}, "
                f"quarantined {self.processed.quarantined}, sent {self.delivered.sent}, moved {self.settled}"
                + (f", jobs: {', '.join(self.jobs)}" if self.jobs else ""))

    def counts(self) -> dict[str, int]:
        """The pass's figures as the JSON log's `counts`."""
        return {"fetched": self.fetched.stored, "duplicates": self.fetched.duplicates,
                "oversize": self.fetched.oversize, "refetched": self.refetched,
                "processed": self.processed.processed, "quarantined": self.processed.quarantined,
                "sent": self.delivered.sent, "moved": self.settled, "jobs": len(self.jobs)}

    def busy(self) -> bool:
        return bool(self.fetched.stored or self.fetched.duplicates or self.fetched.oversize or self.refetched
                    or self.processed.processed or self.processed.quarantined)

    def idle(self) -> bool:
        """Nothing came in, was handled or went out: a driver (demo, tests) may stop passing."""
        return not (self.busy() or self.delivered.sent)


def one_pass(ctx: Context, box: Mailbox, *, stop: Callable[[], bool] = lambda: False,
             outgoing: DeliveryRunner | None = None, fetch_at_most: int | None = None) -> PassSummary:
    """Every job once, on an open mailbox. Each step commits its own work.

    With an `outgoing` runner (serve) the pass only wakes it; without one (run-once, tests)
    the pass delivers the outbox itself, so one pass does everything. `fetch_at_most`
    (serve) leaves the rest of a backlog to the next pass.
    """
    cfg = ctx.settings
    summary = PassSummary()
    box.ensure_folders([cfg.imap.processed_folder, cfg.imap.quarantine_folder, cfg.smtp.sent_folder])
    with mailbox_lock(ctx.engine, cfg.imap.inbox) as fetcher:  # one worker per mailbox on PostgreSQL
        if fetcher:
            summary.refetched = refetch_requested(box, ctx.engine, cfg.imap, cfg.limits)
            summary.fetched = fetch_new(box, ctx.engine, cfg.imap, cfg.limits, ctx.clock.now(), at_most=fetch_at_most)
    summary.processed = process_pending(ctx, stop=stop, committed=outgoing.wake if outgoing else lambda: None)
    summary.jobs = jobs.run_due(ctx, timed.JOBS)
    if outgoing is None:
        summary.delivered = deliver(ctx, box)
    else:
        outgoing.wake()
    with mailbox_lock(ctx.engine, cfg.imap.inbox) as fetcher:
        if fetcher:
            summary.settled = settle(box, ctx.engine, cfg.imap)
    return summary


def deliver(ctx: Context, box: Mailbox) -> DeliveryReport:
    """Send what is due (`box` looks up receipts after a crash); the office hears of failures at
    once; mail that waited on a dead relay is due at once when the relay is back."""
    RELAY.release_if_back(ctx.engine, ctx.settings.smtp, ctx.clock.now())
    sent = ImapSentFolder(box, ctx.settings.smtp.sent_folder)
    report = deliver_due(ctx.engine, ctx.settings.smtp, ctx.clock.now(), sent_folder=sent,
                         on_permanent_failure=lambda s, row, err: notify.delivery_failed(s, ctx, row, err))
    told = outbox_watch.watch(ctx)  # a 督办 mail waiting too long, or out after all
    if report.failed or report.notified or told:  # the office's notices are queued: send them in this pass
        more = deliver_due(ctx.engine, ctx.settings.smtp, ctx.clock.now(), sent_folder=sent)
        report.sent += more.sent
    return report


def run_once(ctx: Context, connector: Connector = default_connector) -> PassSummary:
    with connector(ctx) as box:
        summary = one_pass(ctx, box)
    record_good_round(ctx)
    return summary


def record_good_round(ctx: Context) -> None:
    """Remember the last good round in the database, so that `complaints doctor`, run beside
    a hung or stopped service (or a cron job that stopped running), can tell."""
    with session_scope(ctx.engine) as session:
        set_state(session, jobs.LAST_ROUND_KEY, ctx.clock.now().isoformat())


class Service:
    """`complaints serve`: passes forever, until asked to stop."""

    def __init__(self, ctx: Context, connector: Connector = default_connector, *,
                 reconnect: RetryPolicy = RECONNECT, stall_minutes: float | None = None,
                 next_job_in: Callable[[Context], float] = jobs.seconds_until_next,
                 notifier: Notifier | None = None):
        self.ctx = ctx
        self.cfg = ctx.settings.imap
        self.connector = connector
        self.reconnect = reconnect
        self.next_job_in = next_job_in
        self.stop_event = threading.Event()
        self.stall_seconds = (stall_minutes if stall_minutes is not None else self.cfg.stall_minutes) * 60
        self.health = Health()
        self._interrupts: deque[float] = deque(maxlen=QUICK_RECONNECTS[0])
        self._direct_alerts: dict[str, float] = {}  # alert kind → when last sent straight over SMTP
        self._last_heartbeat = float("-inf")
        self.outgoing = DeliveryRunner(ctx, connector, deliver, stop=self.stop_event, reconnect=reconnect)
        self.notifier = notifier if notifier is not None else Notifier.from_environment()
        self.watchdog = Watchdog(self.notifier, self.health, self.stall_seconds, self.stop_event)
        self._told: str | None = None  # the last STATUS sent to systemd; None until READY
        self.readings = ReadingPool(ctx.settings.limits.reading_workers or default_size())
        self.metrics = ServiceMetrics(ctx, reading_depth=self.readings.depth)
        address = ctx.settings.health.address()
        self.endpoint = HealthEndpoint(address, ctx, self.metrics) if address else None

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.stop_event.set())

    def stopping(self) -> bool:
        return self.stop_event.is_set()

    def stop(self) -> None:
        self.stop_event.set()

    def run(self) -> None:
        log.info("service started", extra=fields("service_started"))
        watch = StallWatch(self.health, self.stall_seconds, lambda text: self._alert("stall", text), self.stop_event)
        watch.start()
        self.outgoing.start()
        if self.watchdog.needed:
            self.watchdog.start()
        if self.endpoint:
            self.endpoint.start()
        self.readings.start()
        readings.install(self.readings)  # scans and .doc are read beside the passes of this thread
        try:
            while not self.stopping():
                self._connected()
        finally:
            readings.install(None)
            self.readings.close()
            self.notifier.stopping()
            self.stop_event.set()
            self.outgoing.wake()
            watch.join(timeout=5)
            self.outgoing.join(timeout=30)
            if self.endpoint:
                self.endpoint.stop()
        log.info("service stopped", extra=fields("service_stopped"))

    def _connected(self) -> None:
        """One connection's life; every way it can end is handled here, none ends the service."""
        try:
            with self.connector(self.ctx) as box:
                self._session(box)
        except IdleInterrupted as exc:
            self.health.interruptions += 1
            now = time.monotonic()
            quick = len(self._interrupts) < QUICK_RECONNECTS[0] or now - self._interrupts[0] > QUICK_RECONNECTS[1]
            self._interrupts.append(now)
            if quick:
                log.info("%s: reconnecting at once to look for new mail", exc)
            else:
                self._fault(exc, "connection")
        except LoginFailed as exc:
            self._fault(exc, "login")
        except (TransientMailError, OSError) as exc:
            self._fault(exc, "connection")
        except SQLAlchemyError as exc:
            self._fault(explain(self.ctx.settings.database.url, exc), "database")
        except Exception as exc:  # noqa: BLE001 - a bug must not end an unattended service
            error_id = new_error_id()
            log.error("unexpected fault [%s]", error_id, exc_info=exc, extra=fields("bug", error_id=error_id))
            self._fault(RuntimeError(f"程序错误（{type(exc).__name__}），错误编号 {error_id}"), "bug")

    def _session(self, box: Mailbox) -> None:
        use_idle = self.cfg.idle and "IDLE" in box.capabilities()
        self.health.mode = "idle" if use_idle else "poll"
        while not self.stopping():
            started = time.monotonic()
            self.ctx = with_current_epoch(self.ctx)  # a restore or catch-up meanwhile: ids go on anew
            self.readings.news.clear()  # files read from now on wake the wait below
            summary = one_pass(self.ctx, box, stop=self.stopping, outgoing=self.outgoing, fetch_at_most=FETCH_PER_PASS)
            self.metrics.record_pass(summary, time.monotonic() - started)
            self.health.good_round()
            if summary.busy() or not (self._told or "").startswith("serving"):  # a quiet round keeps the last news
                self._tell(f"serving ({self.health.mode})" + (f"; last pass: {summary.line()}" if summary.busy() else ""))
            self._heartbeat()
            if summary.busy():
                log.info("pass: %s", summary.line(), extra=fields("pass", counts=summary.counts()))
            if self.stopping():
                return
            wait = wait_seconds(idle=use_idle, poll_seconds=self.cfg.poll_seconds,
                                renew_minutes=self.cfg.idle_renew_minutes, next_job_in=self.next_job_in(self.ctx),
                                stall_minutes=self.stall_seconds / 60)
            if self._woken():
                continue  # a held mail's scans were read during the pass: handle it now
            if not use_idle:
                self._sleep(wait)
            elif box.status(self.cfg.inbox).uidnext - 1 <= summary.fetched.last_uid:
                if box.selected != self.cfg.inbox:
                    box.select(self.cfg.inbox)  # IDLE watches the selected folder
                self.health.idle_waits += 1
                box.idle_wait(wait, stop=self._woken)
            # else: mail arrived during the pass — go round again at once

    def _woken(self) -> bool:
        """Stop waiting: the service stops, or the reading pool has read a held mail's file."""
        return self.stopping() or self.readings.news.is_set()

    def _sleep(self, seconds: float) -> None:
        """Poll mode's wait, cut short like IDLE's (looked at every second)."""
        deadline = time.monotonic() + seconds
        while not self._woken() and time.monotonic() < deadline:
            self.stop_event.wait(min(1.0, deadline - time.monotonic()))

    def _heartbeat(self) -> None:
        """`record_good_round`, at most once a minute."""
        if time.monotonic() - self._last_heartbeat >= HEARTBEAT_SECONDS:
            record_good_round(self.ctx)
            self._last_heartbeat = time.monotonic()

    def _fault(self, exc: BaseException, what: str) -> None:
        failures = self.health.fault(f"{what}: {exc}")
        self.metrics.record_fault(what)
        delay = self.reconnect.delay(failures)
        log.error("%s fault, retrying in %.1f s: %s", what, delay, exc,
                  extra=fields(f"{what}_fault", counts={"failures": failures}))
        self._tell(f"{what} fault #{failures}, retrying in {delay:.0f} s")
        if what in ("login", "database"):
            self._alert(what, str(exc))
        self.stop_event.wait(delay)

    def _tell(self, status: str) -> None:
        """READY with the first round's outcome, then STATUS when it changes (systemctl status shows it)."""
        if self._told is None:
            self.notifier.ready(status)
        elif status != self._told:
            self.notifier.status(status)
        self._told = status

    def _alert(self, kind: str, text: str) -> None:
        """Queue the office's alert; when the database cannot take it, send it straight over
        SMTP (at most once an hour per kind, counted here: the database cannot count it)."""
        try:
            notify.service_alert(self.ctx, kind, text)
            return
        except SQLAlchemyError as exc:
            log.warning("could not queue the %s alert (%s); sending it directly", kind, exc.__class__.__name__)
        except Exception:  # noqa: BLE001 - a bug here must not end the service
            log.exception("could not record the %s alert", kind)
            return
        last = self._direct_alerts.get(kind)
        if last is not None and time.monotonic() - last < DIRECT_ALERT_SECONDS:
            return
        try:
            notify.direct_alert(self.ctx, kind, text)
            self._direct_alerts[kind] = time.monotonic()
        except Exception:  # noqa: BLE001 - the mail server may be down too; the log keeps it
            log.exception("could not send the %s alert directly either", kind)


def now_text(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")
