"""What `serve` shows Prometheus at /metrics: its own passes, and the state of the store.

Two kinds of figures. Counters of this process (mails fetched, processed, quarantined;
faults; the pass duration histogram) are fed by the service after each pass. Everything
that describes the work — mails by kind and state, cases by status, the outbox and its
oldest waiting mail, the last good round, provisional calendar years — is read from the
database at each scrape, so it is the same whichever worker is asked and survives restarts.
A scrape never fails because the database does: `complaints_store_up` says 0 instead.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlmodel import Session, func, select

from complaints.context import Context
from complaints.jobs import LAST_ROUND_KEY
from complaints.provisional_jobs import LOOKAHEAD_DAYS
from core.store.models import Case, Message, OutboundMail, ServiceState
from outbox.states import WAITING
from router.deadlines import provisional_years_ahead

log = logging.getLogger(__name__)

PASS_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)


class ServiceMetrics:
    """The registry `serve` exposes; one per service (tests run several in one process)."""

    def __init__(self, ctx: Context, *, reading_depth: Callable[[], int] = lambda: 0):
        self.registry = CollectorRegistry()
        self.fetched = Counter("complaints_mails_fetched", "Mails this process fetched from the mailbox, by outcome",
                               ["outcome"], registry=self.registry)
        self.processed = Counter("complaints_mails_processed", "Mails this process read and acted on",
                                 registry=self.registry)
        self.quarantined = Counter("complaints_mails_quarantined", "Mails this process could not use (quarantined)",
                                   registry=self.registry)
        self.faults = Counter("complaints_faults", "Faults the service retried, by what failed", ["what"],
                              registry=self.registry)
        self.pass_seconds = Histogram("complaints_pass_duration_seconds", "Time of one pass (fetch, process, jobs, file)",
                                      buckets=PASS_BUCKETS, registry=self.registry)
        self.ocr_queue = Gauge("complaints_ocr_queue_depth", "Scans and .doc files queued or being read by the "
                               "reading pool (their mails wait, the rest flow past)", registry=self.registry)
        self.ocr_queue.set_function(reading_depth)
        self.registry.register(StoreCollector(ctx))

    def record_pass(self, summary, seconds: float) -> None:
        """After a good pass: its `PassSummary` and how long it took."""
        self.fetched.labels("stored").inc(summary.fetched.stored)
        self.fetched.labels("duplicate").inc(summary.fetched.duplicates)
        self.fetched.labels("oversize").inc(summary.fetched.oversize)
        self.processed.inc(summary.processed.processed)
        self.quarantined.inc(summary.processed.quarantined)
        self.pass_seconds.observe(seconds)

    def record_fault(self, what: str) -> None:
        self.faults.labels(what).inc()


class StoreCollector(Collector):
    """Gauges read from the database at scrape time."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("complaints_store_up", "1 when the database answered this scrape")
        started = time.monotonic()
        try:
            families = list(self._from_store())
        except Exception as exc:  # noqa: BLE001 - a scrape reports the fault, it does not fail
            log.warning("metrics: cannot read the database: %s", exc)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families
        took = GaugeMetricFamily("complaints_store_scrape_seconds", "Time to read the store's figures")
        took.add_metric([], time.monotonic() - started)
        yield took

    def _from_store(self) -> Iterator[Metric]:
        now = self.ctx.clock.now()
        with Session(self.ctx.engine) as session:
            mails = session.exec(select(Message.kind, Message.state, func.count()).group_by(Message.kind, Message.state)).all()
            cases = session.exec(select(Case.status, func.count()).group_by(Case.status)).all()
            outbox = session.exec(select(OutboundMail.state, func.count()).group_by(OutboundMail.state)).all()
            oldest = session.exec(select(func.min(OutboundMail.created_at)).where(OutboundMail.state.in_(WAITING))).one()
            last = session.get(ServiceState, LAST_ROUND_KEY)
        yield _family("complaints_mails", "Stored inbound mails by kind (none: not read yet) and state",
                      ["kind", "state"], [((kind or "none", state), n) for kind, state, n in mails])
        yield _family("complaints_cases", "Cases by status", ["status"], [((status,), n) for status, n in cases])
        yield _family("complaints_outbox", "Outbound mails by state (pending/sending: waiting)", ["state"],
                      [((state,), n) for state, n in outbox])
        age = GaugeMetricFamily("complaints_outbox_oldest_waiting_seconds",
                                "Age of the oldest outbound mail not yet sent (0 when none waits)")
        age.add_metric([], max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)
        yield age
        if last is not None:
            good = GaugeMetricFamily("complaints_last_good_round_timestamp_seconds",
                                     "When serve or run-once last completed a round (Unix time)")
            good.add_metric([], datetime.fromisoformat(last.value).timestamp())
            yield good
        yield from _provisional(self.ctx, now)


def _provisional(ctx: Context, now) -> Iterator[Metric]:
    years = provisional_years_ahead(now.date(), LOOKAHEAD_DAYS, ctx.settings.sla, ctx.calendar)
    count = GaugeMetricFamily("complaints_calendar_provisional_years",
                              f"Years within {LOOKAHEAD_DAYS} days whose deadlines are provisional (调休 not known)")
    count.add_metric([], len(years))
    yield count
    yield _family("complaints_calendar_provisional_year", "1 for each provisional year", ["year"],
                  [((str(year),), 1) for year in years])


def _family(name: str, doc: str, labels: list[str], rows: list[tuple[tuple[str, ...], float]]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=labels)
    for values, n in rows:
        family.add_metric(list(values), n)
    return family
