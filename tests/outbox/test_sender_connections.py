"""The sender over several SMTP connections at once, on real Postfix/Dovecot, both databases.

Each row keeps its own order (claimed → 250 → committed) whatever the others do: every
Message-ID arrives once, crash or not, and the Sent folder ends with one receipt of each.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest

from core.errors import TransientMailError
from outbox.sender import LEASE
from outbox.smtp_connections import open_smtp
from tests.outbox.test_sender import AT, UNIT, Crash, _crash_at, _deliver, _ids, _mail, _queue, _receipts, _rows
from tests.support.env import make_test_context


class _Rendezvous:
    """An SMTP factory whose first `parties` transactions wait for each other before sending:
    the batch only gets past them if that many hand-overs are in progress at once (a
    serial sender breaks the barrier, and the test, instead of passing slowly)."""

    def __init__(self, parties: int):
        self.barrier = threading.Barrier(parties, timeout=30)
        self.parties, self.opened, self.sends = parties, 0, 0
        self.lock = threading.Lock()

    def __call__(self, cfg):
        smtp = open_smtp(cfg)
        with self.lock:
            self.opened += 1
        begin = smtp.ehlo_or_helo_if_needed  # the first call of every transaction

        def meeting_mail(*args, **kwargs):
            with self.lock:
                self.sends += 1
                first = self.sends <= self.parties
            if first:
                self.barrier.wait()
            return begin(*args, **kwargs)

        smtp.ehlo_or_helo_if_needed = meeting_mail
        return smtp


def _assert_each_once(mail, wanted: list[str]) -> None:
    mail.wait_for(UNIT, len(wanted))
    assert Counter(_ids(mail, UNIT)) == Counter(wanted)
    assert _receipts(mail) == sorted(wanted)


def test_forty_rows_over_four_connections_arrive_once_each(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mails = [_mail(n) for n in range(1, 41)]
    _queue(ctx, *mails)
    factory = _Rendezvous(4)

    report = _deliver(ctx, connections=4, smtp_factory=factory)

    assert (report.sent, report.retried, report.failed) == (40, 0, [])
    assert factory.opened == 4, "one connection per worker, kept for the whole batch"
    assert [(r.state, r.attempts) for r in _rows(ctx)] == [("sent", 1)] * 40
    _assert_each_once(mail, [m.message_id for m in mails])


def test_a_small_batch_opens_only_the_connections_it_needs(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    factory = _Rendezvous(1)

    report = _deliver(ctx, connections=4, smtp_factory=factory)

    assert report.sent == 1 and factory.opened == 1
    _assert_each_once(mail, [_mail(1).message_id])


def test_a_crash_in_one_hand_over_loses_nothing_while_the_others_run(tmp_path, mail, db_url):
    """Row 3 dies right after the server accepted it while the other connections are busy
    with their rows: those finish and are recorded, the rows not begun are released, row 3
    waits for its lease and is then recovered from its receipt, not sent again."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mails = [_mail(n) for n in range(1, 13)]
    _queue(ctx, *mails)
    crashed = mails[2].message_id

    with pytest.raises(Crash):
        _deliver(ctx, connections=4, checkpoint=_crash_at("accepted", crashed))
    [row] = [r for r in _rows(ctx) if r.message_id == crashed]
    assert row.state == "sending" and row.next_attempt_at == AT + LEASE, "it keeps its lease"
    early = _deliver(ctx, AT + LEASE / 2, connections=4)
    mail.delivered()
    later = _deliver(ctx, AT + LEASE + timedelta(seconds=1), connections=4)

    assert (later.sent, later.recovered, early.recovered) == (0, 1, 0)
    assert [r.state for r in _rows(ctx)] == ["sent"] * 12
    [row] = [r for r in _rows(ctx) if r.message_id == crashed]
    assert "recovered" in row.last_error
    _assert_each_once(mail, [m.message_id for m in mails])


def test_a_connection_that_cannot_be_opened_defers_the_rest_of_the_batch(tmp_path, mail, db_url):
    """The first connection works; the next one finds the server gone. The row in progress
    on the first one finishes, nothing else begins, the rest is deferred at once, and goes
    out once on the next attempt."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mails = [_mail(n) for n in range(1, 31)]
    _queue(ctx, *mails)
    refused, calls = threading.Event(), []

    def only_one_connection(cfg):
        calls.append(cfg)
        if len(calls) > 1:
            refused.set()
            raise TransientMailError("SMTP unreachable: connection refused")
        smtp = open_smtp(cfg)
        begin = smtp.ehlo_or_helo_if_needed  # the first call of every transaction

        def after_the_refusal(*args, **kwargs):
            assert refused.wait(30), "no second connection was tried"
            return begin(*args, **kwargs)

        smtp.ehlo_or_helo_if_needed = after_the_refusal
        return smtp

    report = _deliver(ctx, connections=4, smtp_factory=only_one_connection)

    rows = _rows(ctx)
    assert report.sent >= 1 and report.retried >= 1 and report.sent + report.retried == 30
    assert Counter(r.state for r in rows) == {"sent": report.sent, "pending": report.retried}
    assert all(r.attempts == 1 and "unreachable" in r.last_error for r in rows if r.state == "pending")
    assert _receipts(mail) == sorted(r.message_id for r in rows if r.state == "sent")
    assert _deliver(ctx, AT + timedelta(seconds=40)).sent == report.retried
    _assert_each_once(mail, [m.message_id for m in mails])
