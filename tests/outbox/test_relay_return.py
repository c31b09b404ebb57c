"""Rows waiting on an unreachable relay are released when it answers, found by their
`waiting_on` column in SQL — not by words in the (sealed) error text a person reads.

Real Postfix/Dovecot (the relay that answers), a closed port (the relay that does not), a real
aiosmtpd for the 4xx; both databases.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from core.store.db import make_engine
from core.store.models import OutboundMail
from outbox.relay_return import RelayWatch
from outbox.states import OutboxState, WaitingOn
from tests.outbox.test_sender import AT, _deliver, _free_port, _mail, _queue, _rows, scripted  # noqa: F401
from tests.support.env import make_test_context

# What a relay may well answer to one mail while it is itself reachable: the word is in the
# reply, but the relay is there — this row must keep its back-off.
NEXT_HOP_DOWN = "451 4.4.1 next hop unreachable, try again later"


def _deferred(ctx, scripted):
    """Rows 1–2 deferred on a closed port (no relay), row 3 deferred by a 4xx that names
    `unreachable`; returns the rows by message id."""
    _queue(ctx, _mail(1), _mail(2))
    closed = ctx.settings.smtp.model_copy(update={"port": _free_port()})
    assert _deliver(ctx, cfg=closed).retried == 2
    _queue(ctx, _mail(3))
    _, port = scripted(data=NEXT_HOP_DOWN)
    assert _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port})).retried == 1
    return {r.message_id: r for r in _rows(ctx)}


def test_the_sender_records_why_a_row_waits(tmp_path, mail, db_url, scripted):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)

    rows = _deferred(ctx, scripted)

    relay, backoff = WaitingOn.RELAY, WaitingOn.BACKOFF
    assert [(r.state, r.waiting_on) for r in rows.values()] == [("pending", relay), ("pending", relay),
                                                               ("pending", backoff)]
    assert "unreachable" in rows[_mail(3).message_id].last_error, "the 4xx's text names the word"
    with Session(ctx.engine) as session:
        waiting = session.exec(select(OutboundMail.message_id).where(OutboundMail.waiting_on == relay)).all()
    assert sorted(waiting) == [_mail(1).message_id, _mail(2).message_id]


def test_only_rows_waiting_on_the_relay_are_released_when_it_answers(tmp_path, mail, db_url, scripted):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    rows = _deferred(ctx, scripted)
    later = AT + timedelta(seconds=5)  # every row's next step is still ahead

    released = RelayWatch().release_if_back(ctx.engine, ctx.settings.smtp, later)

    assert released == 2
    after = {r.message_id: r for r in _rows(ctx)}
    assert [after[_mail(n).message_id].next_attempt_at for n in (1, 2)] == [later, later]
    kept = after[_mail(3).message_id]
    assert kept.next_attempt_at == rows[_mail(3).message_id].next_attempt_at > later, "the 4xx keeps its back-off"
    report = _deliver(ctx, later)
    assert report.sent == 2 and {r.waiting_on for r in _rows(ctx) if r.state == OutboxState.SENT} == {None}
    assert len(mail.wait_for("sanyuan@branch.example", 2)) == 2


def test_nothing_waiting_on_the_relay_means_no_probe(tmp_path, mail, db_url, scripted):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(3))
    _, port = scripted(data=NEXT_HOP_DOWN)
    _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port}))
    probes = []

    def factory(cfg):
        probes.append(cfg.port)
        raise AssertionError("no row waits on the relay: it is not probed")

    # An engine without the data key: finding the rows that wait on the relay reads no sealed text.
    keyless = make_engine(ctx.settings.database.url)
    assert RelayWatch().release_if_back(keyless, ctx.settings.smtp, AT + timedelta(seconds=5), factory) == 0
    assert probes == []
