"""The service loop: one pass of every job, run once (cron, drills, tests) or unattended.

A pass: fetch new mail raw-first → process stored mail → deliver the outbox → move the
server copies → run the timed jobs (deadlines, summaries, digest). `serve` repeats passes,
waits on IMAP IDLE (or sleeps `poll_seconds`) bounded by the next timed job, reconnects
with backoff on any mail-server fault, and stops between messages on SIGTERM/SIGINT.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from complaints import jobs
from complaints.context import Context
from complaints.errors import LoginFailed, TransientMailError
from complaints.pipeline import PassReport, process_pending
from complaints.retry import RECONNECT
from ingest.fetcher import FetchResult, fetch_new, settle
from ingest.imap import Mailbox, connect
from outbox.sender import DeliveryReport, deliver_due

log = logging.getLogger(__name__)

Connector = Callable[[Context], Mailbox]


def default_connector(ctx: Context) -> Mailbox:
    return connect(ctx.settings.imap)


@dataclass
class PassSummary:
    fetched: FetchResult = field(default_factory=FetchResult)
    processed: PassReport = field(default_factory=PassReport)
    delivered: DeliveryReport = field(default_factory=DeliveryReport)
    settled: int = 0
    jobs: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"fetched {self.fetched.stored} (+{self.fetched.duplicates} dup), processed {self.processed.processed}, "
                f"quarantined {self.processed.quarantined}, sent {self.delivered.sent}, moved {self.settled}"
                + (f", jobs: {', '.join(self.jobs)}" if self.jobs else ""))


def one_pass(ctx: Context, box: Mailbox, *, stop: Callable[[], bool] = lambda: False) -> PassSummary:
    """Every job once, on an open mailbox. Each step commits its own work."""
    cfg = ctx.settings
    summary = PassSummary()
    box.ensure_folders([cfg.imap.processed_folder, cfg.imap.quarantine_folder, cfg.smtp.sent_folder])
    summary.fetched = fetch_new(box, ctx.engine, cfg.imap, cfg.limits, ctx.clock.now())
    summary.processed = process_pending(ctx, stop=stop)
    summary.jobs = jobs.run_due(ctx)
    summary.delivered = _deliver(ctx, box)
    summary.settled = settle(box, ctx.engine, cfg.imap)
    return summary


def _deliver(ctx: Context, box: Mailbox) -> DeliveryReport:
    from complaints import notify

    report = deliver_due(ctx.engine, ctx.settings.smtp, ctx.clock.now(), sent_box=box,
                         on_permanent_failure=lambda s, row, err: notify.delivery_failed(s, ctx, row, err))
    if report.failed:  # the failure notices themselves are queued: send them in this pass
        more = deliver_due(ctx.engine, ctx.settings.smtp, ctx.clock.now(), sent_box=box)
        report.sent += more.sent
    return report


def run_once(ctx: Context, connector: Connector = default_connector) -> PassSummary:
    with connector(ctx) as box:
        return one_pass(ctx, box)


class Service:
    """`complaints serve`: passes forever, until asked to stop."""

    def __init__(self, ctx: Context, connector: Connector = default_connector, *, stall_minutes: float = 10):
        self.ctx = ctx
        self.connector = connector
        self.stop_event = threading.Event()
        self.stall_seconds = stall_minutes * 60
        self.last_good = time.monotonic()
        self.failures = 0

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.stop_event.set())

    def stopping(self) -> bool:
        return self.stop_event.is_set()

    def run(self) -> None:
        log.info("service started")
        while not self.stopping():
            try:
                with self.connector(self.ctx) as box:
                    self.failures = 0
                    self._session(box)
            except LoginFailed as exc:
                self._fault(exc, login=True)
            except (TransientMailError, OSError) as exc:
                self._fault(exc, login=False)
        log.info("service stopped")

    def _session(self, box: Mailbox) -> None:
        idle = self.ctx.settings.imap.idle and "IDLE" in box.capabilities()
        while not self.stopping():
            summary = one_pass(self.ctx, box, stop=self.stopping)
            self.last_good = time.monotonic()
            if summary.fetched.stored or summary.processed.processed or summary.processed.quarantined:
                log.info("pass: %s", summary.line())
            wait = min(self.ctx.settings.imap.poll_seconds, jobs.seconds_until_next(self.ctx), 29 * 60)
            if self.stopping():
                return
            if idle:
                box.select(self.ctx.settings.imap.inbox)
                box.idle_wait(max(0.05, wait))
            else:
                self.stop_event.wait(max(0.05, wait))

    def _fault(self, exc: Exception, *, login: bool) -> None:
        from complaints import notify

        self.failures += 1
        delay = RECONNECT.delay(self.failures)
        log.error("mail server fault (%s), retrying in %.1f s: %s", "login" if login else "connection", delay, exc)
        stalled = time.monotonic() - self.last_good > self.stall_seconds
        if login or stalled:
            notify.service_alert(self.ctx, "login" if login else "stall", str(exc))
        self.stop_event.wait(delay)


def now_text(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")
