"""Two PostgreSQL workers handling one acceptance form at once open one case, not two.

PostgreSQL only (SQLite serialises writers, so there the second worker always sees the
first one's case). The real pipeline, the real mail servers; each worker is a thread with
its own engine, holding its batch's transaction open while the other one gets to the same
point, as `complaints serve` and a `complaints run-once` beside it would.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import psycopg
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from complaints import cases as case_store
from complaints import pipeline
from complaints.context import Context, make_context
from complaints.sample_mail import form_mail
from core.imap import connect
from core.store.db import make_engine
from core.store.locks import FORM_LOCK_CLASS
from core.store.models import Event
from ingest.fetcher import fetch_new
from tests.ingest.helpers import AT, CSC, SERVICE, append, cases, make_ctx, messages, outbound, wait_until
from tests.support.databases import reset_postgres

WAIT = 30.0


def form(number: str) -> dict[str, str]:
    return {"acceptance_number": number, "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行",
            "content": "客户反映排队时间过长。", "request": "要求道歉。"}


def stored(ctx: Context, mail, numbers: list[str]) -> list[int]:
    """One mail (each with its own Message-ID) per acceptance number, in this order, fetched."""
    for number in numbers:
        append(mail, SERVICE, form_mail(form(number), sender=CSC, to=SERVICE))
    with connect(ctx.settings.imap) as box:
        fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, AT)
    return [m.id for m in messages(ctx.engine)]


def two_workers(ctx: Context) -> tuple[list[pipeline.PassReport], list[BaseException]]:
    """`process_pending` in two threads at once, each on an engine of its own: what the
    workers reported, and what they raised. (The barriers and waits time out, so no hang.)"""
    other = make_context(ctx.settings, make_engine(ctx.settings.database.url, ctx.settings.data_key()), ctx.clock)
    with ThreadPoolExecutor(max_workers=2) as pool:
        passes = [pool.submit(pipeline.process_pending, worker) for worker in (ctx, other)]
    other.engine.dispose()
    errors = [p.exception() for p in passes if p.exception() is not None]
    return [p.result() for p in passes if p.exception() is None], errors


def waiting_for_a_form(ctx: Context) -> bool:
    """Some transaction is waiting for an acceptance form's lock."""
    with ctx.engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                                      " AND classid = :c"), {"c": FORM_LOCK_CLASS}).scalar())


def around_earlier_cases(monkeypatch, before: Callable[[], None], after: Callable[[], None]) -> None:
    """Run `before` and `after` around each thread's first `earlier_cases` (its first mail)."""
    real, seen = case_store.earlier_cases, threading.local()

    def earlier_cases(*args, **kwargs):
        first = not getattr(seen, "done", False)
        seen.done = True
        if first:
            before()
        result = real(*args, **kwargs)
        if first:
            after()
        return result

    monkeypatch.setattr(case_store, "earlier_cases", earlier_cases)


def _events(ctx: Context, kind: str) -> list[Event]:
    from sqlmodel import Session, select

    with Session(ctx.engine) as s:
        return list(s.exec(select(Event).where(Event.kind == kind).order_by(Event.id)).all())


def test_the_same_form_in_two_workers_at_once_opens_one_case(tmp_path, mail, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_MAILS", 1)  # one mail each: the second worker takes the second mail
    ctx = make_ctx(tmp_path, mail, reset_postgres())
    first, second = stored(ctx, mail, ["CSC-20261126-0301", "CSC-20261126-0301"])
    inside = threading.Barrier(2, timeout=WAIT)
    answered = []

    def both_answered_or_one_waits() -> None:
        """Keep this transaction open until the other worker has its answer too (no lock:
        both looked before either committed) or is waiting for this one's form lock."""
        answered.append(1)
        wait_until(lambda: len(answered) == 2 or waiting_for_a_form(ctx), timeout=WAIT,
                   what="the other worker to ask the store")

    around_earlier_cases(monkeypatch, inside.wait, both_answered_or_one_waits)
    reports, errors = two_workers(ctx)

    assert errors == []
    assert sum(r.processed for r in reports) == 2 and sum(r.quarantined for r in reports) == 0
    opened = cases(ctx.engine)
    assert [c.acceptance_number for c in opened] == ["CSC-20261126-0301"], "one case for the form"
    [case] = opened
    rows = {m.id: m for m in messages(ctx.engine)}
    assert rows[first].case_id == rows[second].case_id == case.id
    [duplicate] = _events(ctx, "duplicate_received")
    assert duplicate.case_id == case.id and duplicate.message_id in (first, second)
    assert _routing_to_unit(ctx) == 1, "the unit is asked once"


def test_two_batches_taking_two_forms_in_opposite_order_lose_nothing(tmp_path, mail, monkeypatch):
    """Worker A's batch holds forms X then Y, worker B's Y then X: each takes its first form,
    then one waits for the year's case-number row and the other for that one's second form.
    PostgreSQL ends one transaction (deadlock detected); its batch rolls back whole, its
    mails stay pending, and a later batch finds them duplicates of the winner's cases."""
    monkeypatch.setattr(pipeline, "BATCH_MAILS", 2)
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 600.0)
    ctx = make_ctx(tmp_path, mail, reset_postgres())
    x, y = "CSC-20261126-0401", "CSC-20261126-0402"
    ids = stored(ctx, mail, [x, y, y, x])
    both_hold_a_form = threading.Barrier(2, timeout=WAIT)
    around_earlier_cases(monkeypatch, lambda: None, both_hold_a_form.wait)

    reports, errors = two_workers(ctx)

    [error] = errors  # without the form lock neither waits for the other: no deadlock, but two cases a form
    assert isinstance(error, OperationalError) and isinstance(error.orig, psycopg.errors.DeadlockDetected)
    [winner] = reports  # its own batch, and the loser's too if it was rolled back before the winner looked again
    monkeypatch.undo()  # the real earlier_cases again, and the usual batches
    again = pipeline.process_pending(ctx)  # the next pass: whatever is still pending

    assert winner.processed + again.processed == len(ids) and winner.quarantined + again.quarantined == 0
    assert [m.state for m in messages(ctx.engine)] == ["processed"] * len(ids)
    assert sorted(c.acceptance_number for c in cases(ctx.engine)) == [x, y]
    assert len(_events(ctx, "duplicate_received")) == 2
    assert _routing_to_unit(ctx) == 2, "one routing mail per form"


def _routing_to_unit(ctx: Context) -> int:
    """Routing mails to the unit (its leader gets a masked copy of its own, one row per recipient)."""
    unit = ctx.directory.unit_by_code("SY")
    return sum(1 for o in outbound(ctx.engine) if o.kind == "routing" and unit.email in o.recipients)
