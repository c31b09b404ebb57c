"""`serve`'s outgoing runner: delivers the outbox in its own thread, beside the mail passes.

Why a second runner: handing a mail to SMTP is mostly waiting on the mail server, while
reading and routing mail is work for this process. In one thread the two add up; here the
pass goes on with the next mails while the runner sends what the last ones promised (like
Mailman's separate incoming and outgoing runners).

The runner owns its connections (one IMAP session to look receipts up after a crash, the
sender's SMTP sessions), wakes when the pass says it committed mail to send (`wake`) or when
a deferred row falls due, and sends until nothing is due. Exactly-once is the sender's
business: its claims are compare-and-set, so a `complaints run-once` started beside `serve`
is harmless.
Faults are logged and retried with `retry.RECONNECT` backoff; the runner never exits on
its own and never takes the service down.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from complaints.context import Context, with_current_epoch
from core.errors import TransientMailError
from core.imap import Mailbox
from core.retry import RECONNECT, RetryPolicy
from outbox.sender import DeliveryReport, next_due

log = logging.getLogger(__name__)

LONGEST_SLEEP = 60.0  # look again at least this often, e.g. for rows another process queued
SHORTEST_SLEEP = 0.05  # a row due "now" that no batch could take must not spin the runner


class DeliveryRunner(threading.Thread):
    def __init__(self, ctx: Context, connector: Callable[[Context], Mailbox],
                 deliver: Callable[[Context, Mailbox], DeliveryReport], *,
                 stop: threading.Event, reconnect: RetryPolicy = RECONNECT):
        super().__init__(name="delivery", daemon=True)
        self.ctx, self.connector, self.deliver = ctx, connector, deliver
        self.stop_event, self.reconnect = stop, reconnect
        self._wake = threading.Event()
        self.sent = 0
        self.failures = 0

    def wake(self) -> None:
        """Mail was committed to the outbox: send it now rather than at the next due time."""
        self._wake.set()

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                with self.connector(self.ctx) as box:
                    self._serve(box)
            except (TransientMailError, OSError, SQLAlchemyError) as exc:
                self._fault(exc)
            except Exception as exc:  # noqa: BLE001 - a bug must not end an unattended service
                log.exception("delivery runner: unexpected fault")
                self._fault(exc)

    def _serve(self, box: Mailbox) -> None:
        while not self.stop_event.is_set():
            self._wake.clear()
            self.ctx = with_current_epoch(self.ctx)  # its office notices carry Message-IDs too
            report = self.deliver(self.ctx, box)
            self.sent += report.sent
            self.failures = 0
            if report.sent or report.retried or report.recovered or report.in_doubt:
                log.info("delivery: sent %d, retried %d, recovered %d, in doubt %d", report.sent, report.retried,
                         report.recovered, report.in_doubt)
                continue  # a full batch may have left more behind
            self._wake.wait(self._sleep_seconds())

    def _sleep_seconds(self) -> float:
        due = next_due(self.ctx.engine)
        if due is None:
            return LONGEST_SLEEP
        return max(SHORTEST_SLEEP, min(LONGEST_SLEEP, (due - self.ctx.clock.now()).total_seconds()))

    def _fault(self, exc: BaseException) -> None:
        self.failures += 1
        delay = self.reconnect.delay(self.failures)
        log.error("delivery runner fault, retrying in %.1f s: %s", delay, exc)
        self.stop_event.wait(delay)
