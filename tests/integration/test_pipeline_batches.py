"""Stored mail is handled in batches, one transaction each, every mail in a savepoint.

On the real mail servers and both databases: a mail whose handler breaks after it has
written (a case, its events, its mails) is rolled back to its savepoint and quarantined
while the rest of the batch commits; a database failure in the middle of a batch undoes
the whole batch and the next pass does it all; two workers never handle one mail.
"""

from __future__ import annotations

import threading

import psycopg
import pytest
from sqlalchemy.exc import InterfaceError, OperationalError

from complaints import pipeline
from complaints.classify import Kind
from complaints.context import make_context
from complaints.handlers import new_case
from complaints.sample_mail import form_mail
from core.errors import ComplaintsError
from core.imap import connect
from core.store.db import make_engine
from core.store.models import Event
from ingest.fetcher import fetch_new
from tests.ingest.helpers import AT, CSC, SERVICE, append, cases, make_ctx, messages, outbound
from tests.support.databases import _pg_admin_dsn

UNITS = ["三元支行", "梅列支行", "城关分理处"]


def form(n: int) -> dict[str, str]:
    return {"acceptance_number": f"CSC-20261126-{n:04d}", "customer_name": "陈晓梅", "phone": f"1385901{n:04d}",
            "unit": UNITS[n % 3], "content": f"客户反映排队时间过长（第{n}笔）。", "request": "要求道歉。"}


def stored(ctx, mail, count: int) -> list[int]:
    """`count` acceptance forms in the service INBOX, fetched into the store; their row ids."""
    for n in range(1, count + 1):
        append(mail, SERVICE, form_mail(form(n), sender=CSC, to=SERVICE))
    with connect(ctx.settings.imap) as box:
        fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, AT)
    ids = [m.id for m in messages(ctx.engine)]
    assert len(ids) == count
    return ids


@pytest.fixture
def one_batch(monkeypatch):
    """Every test mail in one batch, however slow the machine is today."""
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 600.0)


class FormRejected(ComplaintsError):
    """A typed fault a handler raises on purpose, after it has written."""


def breaking_on(message_pk: int, fault):
    """The new-case handler, which on mail `message_pk` calls `fault(session)` once it has
    opened the case and queued its mails (nothing flushed yet beyond its savepoint)."""

    def handle(session, ctx, row, msg, found):
        outcome = new_case.handle(session, ctx, row, msg, found)
        if row.id == message_pk:
            session.flush()  # the case, its events and mails are written in the savepoint
            fault(session)
        return outcome

    return handle


def test_a_breaking_mail_in_the_middle_of_a_batch_is_quarantined_and_the_rest_commit(
        tmp_path, mail, db_url, monkeypatch, one_batch, caplog):
    ctx = make_ctx(tmp_path, mail, db_url)
    first, middle, last = stored(ctx, mail, 3)

    def fault(_session):
        raise FormRejected("受理单内容与系统记录不一致，请人工核对")

    monkeypatch.setitem(pipeline.HANDLERS, Kind.COMPLAINT, breaking_on(middle, fault))
    report = pipeline.process_pending(ctx)

    assert (report.processed, report.quarantined) == (2, 1)
    rows = {m.id: m for m in messages(ctx.engine)}
    assert rows[first].state == rows[last].state == "processed"
    bad = rows[middle]
    assert bad.state == "quarantined" and bad.quarantine_reason == "受理单内容与系统记录不一致，请人工核对"
    assert bad.error_id and bad.error_id in caplog.text
    assert bad.case_id is None and bad.kind is None, "the savepoint took back what the handler wrote"
    opened = cases(ctx.engine)
    assert [c.id for c in opened] == ["TS-2026-000001", "TS-2026-000002"], "the case number was given back"
    assert [rows[first].case_id, rows[last].case_id] == [c.id for c in opened]
    assert {o.case_id for o in outbound(ctx.engine)} == {c.id for c in opened}
    assert len(outbound(ctx.engine)) == 6  # 督办 (unit's and leader's copy) + acknowledgement for each of the two cases
    assert not [e for e in _events(ctx.engine) if e.message_id == middle]


def test_a_failing_statement_after_writing_is_quarantined_with_an_error_id(tmp_path, mail, db_url, monkeypatch,
                                                                          one_batch, caplog):
    ctx = make_ctx(tmp_path, mail, db_url)
    first, middle, last = stored(ctx, mail, 3)

    def fault(session):
        session.add(Event(case_id="TS-1999-000001", at=AT, kind="note", actor="bug"))  # no such case
        session.flush()  # IntegrityError; PostgreSQL's transaction is usable again after the savepoint

    monkeypatch.setitem(pipeline.HANDLERS, Kind.COMPLAINT, breaking_on(middle, fault))
    report = pipeline.process_pending(ctx)

    assert (report.processed, report.quarantined) == (2, 1)
    bad = {m.id: m for m in messages(ctx.engine)}[middle]
    assert bad.state == "quarantined" and "程序错误" in bad.quarantine_reason and bad.error_id in bad.quarantine_reason
    assert f"message {middle} failed [{bad.error_id}]" in caplog.text
    assert len(cases(ctx.engine)) == 2 and len(outbound(ctx.engine)) == 6


def _go_away(ctx):
    """The database fails under the open batch: PostgreSQL loses the session's connection
    (pg_terminate_backend, as a restart or a DBA would); SQLite's disk is full (no page may
    be added to the file any more: SQLITE_FULL)."""

    def fault(session):
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with psycopg.connect(_pg_admin_dsn(ctx.settings.database.url, "postgres"), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            conn.exec_driver_sql("SELECT 1")
        else:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            conn.exec_driver_sql("INSERT INTO service_state (key, value) VALUES ('fill', ?)", (b"x" * 200_000,))

    return fault


def test_the_database_going_away_mid_batch_undoes_the_batch_and_the_next_pass_does_it(
        tmp_path, mail, db_url, monkeypatch, one_batch):
    ctx = make_ctx(tmp_path, mail, db_url)
    ids = stored(ctx, mail, 3)
    handled = []

    def handle(session, ctx_, row, msg, found):
        handled.append(row.id)
        return breaking_on(ids[1], _go_away(ctx))(session, ctx_, row, msg, found)

    monkeypatch.setitem(pipeline.HANDLERS, Kind.COMPLAINT, handle)
    with pytest.raises((OperationalError, InterfaceError)):
        pipeline.process_pending(ctx)

    assert handled == ids[:2], "the first mail was done (in its savepoint) before the failure"
    ctx.engine.dispose()  # the service reconnects; SQLite's disk has room again
    assert [m.state for m in messages(ctx.engine)] == ["pending"] * 3
    assert cases(ctx.engine) == [] and outbound(ctx.engine) == [] and _events(ctx.engine) == []

    monkeypatch.setitem(pipeline.HANDLERS, Kind.COMPLAINT, new_case.handle)
    report = pipeline.process_pending(ctx)
    assert (report.processed, report.quarantined) == (3, 0)
    assert [c.id for c in cases(ctx.engine)] == [f"TS-2026-00000{n}" for n in (1, 2, 3)]
    assert len(outbound(ctx.engine)) == 9  # three copies (unit, leader, source) per case


def test_stop_between_mails_commits_what_is_done(tmp_path, mail, db_url, one_batch):
    ctx = make_ctx(tmp_path, mail, db_url)
    ids = stored(ctx, mail, 3)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2  # asked before the batch, before mail 2, then before mail 3

    report = pipeline.process_pending(ctx, stop=stop)
    assert report.processed == 2
    assert [m.state for m in messages(ctx.engine)] == ["processed", "processed", "pending"]
    assert pipeline.process_pending(ctx).processed == 1 and messages(ctx.engine)[-1].id == ids[-1]


def test_two_workers_never_handle_the_same_mail(tmp_path, mail, db_url, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_MAILS", 2)
    ctx = make_ctx(tmp_path, mail, db_url)
    ids = stored(ctx, mail, 8)
    other = make_context(ctx.settings, make_engine(ctx.settings.database.url, ctx.settings.data_key()), ctx.clock)
    reports, errors = [], []

    def work(worker):
        try:
            reports.append(pipeline.process_pending(worker))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in (ctx, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert sum(r.processed for r in reports) == len(ids) and sum(r.quarantined for r in reports) == 0
    received = [e.message_id for e in _events(ctx.engine) if e.kind == "received"]
    assert sorted(received) == ids, "every mail opened exactly one case"
    assert not [e for e in _events(ctx.engine) if e.kind == "duplicate_received"]


def _events(engine) -> list[Event]:
    from sqlmodel import Session, select

    with Session(engine) as s:
        return list(s.exec(select(Event).order_by(Event.id)).all())
