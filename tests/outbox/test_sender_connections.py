"""The sender over several SMTP connections at once, on real Postfix/Dovecot, both databases.

Each row keeps its own order (staged → 250 → confirmed → committed) whatever the others do:
every Message-ID arrives once, crash or not, and the Sent folder ends with one confirmed
copy of each.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest

from complaints.errors import TransientMailError
from outbox.sender import LEASE, STAGED, SentFolder, open_smtp
from tests.outbox.test_sender import (AT, UNIT, Crash, _crash_at, _deliver, _ids, _mail, _queue, _rows,
                                      _sent_flags)
from ingest.imap import connect
from tests.support.env import SERVICE, make_test_context


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
        sendmail = smtp.sendmail

        def meeting_sendmail(*args, **kwargs):
            with self.lock:
                self.sends += 1
                first = self.sends <= self.parties
            if first:
                self.barrier.wait()
            return sendmail(*args, **kwargs)

        smtp.sendmail = meeting_sendmail
        return smtp


def _assert_each_once(mail, wanted: list[str], *, twice: tuple[str, ...] = ()) -> None:
    mail.wait_for(UNIT, len(wanted) + len(twice))
    assert Counter(_ids(mail, UNIT)) == Counter(wanted + list(twice))
    assert sorted(_ids(mail, SERVICE, "Sent")) == sorted(wanted)
    assert all(STAGED not in flags for flags in _sent_flags(mail)), "every copy is confirmed"


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


@pytest.mark.parametrize("stage", ["confirmed", "accepted"])
def test_a_crash_in_one_hand_over_loses_nothing_while_the_others_run(tmp_path, mail, db_url, stage):
    """Row 3 dies at `stage` while the other connections are busy with their rows: those
    finish and are recorded, the rows not begun are released, row 3 waits for its lease and
    is then recovered (confirmed) or sent again (accepted but never confirmed)."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mails = [_mail(n) for n in range(1, 13)]
    _queue(ctx, *mails)
    crashed = mails[2].message_id

    with pytest.raises(Crash):
        _deliver(ctx, connections=4, checkpoint=_crash_at(stage, crashed))
    [row] = [r for r in _rows(ctx) if r.message_id == crashed]
    assert row.state == "sending" and row.next_attempt_at == AT + LEASE, "it keeps its lease"
    early = _deliver(ctx, AT + LEASE / 2, connections=4)
    later = _deliver(ctx, AT + LEASE + timedelta(seconds=1), connections=4)

    assert later.sent + later.recovered == 1 and early.recovered == 0
    assert [r.state for r in _rows(ctx)] == ["sent"] * 12
    [row] = [r for r in _rows(ctx) if r.message_id == crashed]
    if stage == "confirmed":
        assert later.recovered == 1 and "recovered" in row.last_error
        _assert_each_once(mail, [m.message_id for m in mails])
    else:
        assert later.resent_in_doubt == 1 and "duplicate is possible" in row.last_error
        _assert_each_once(mail, [m.message_id for m in mails], twice=(crashed,))


def test_a_connection_that_cannot_be_opened_defers_the_rest_of_the_batch(tmp_path, mail, db_url):
    """The first connection works; the next one finds the server gone. The row in progress
    on the first one finishes, nothing else begins, the rest is deferred at once with its
    staged copies discarded, and goes out once on the next attempt."""
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
        sendmail = smtp.sendmail

        def after_the_refusal(*args, **kwargs):
            assert refused.wait(30), "no second connection was tried"
            return sendmail(*args, **kwargs)

        smtp.sendmail = after_the_refusal
        return smtp

    report = _deliver(ctx, connections=4, smtp_factory=only_one_connection)

    rows = _rows(ctx)
    assert report.sent >= 1 and report.retried >= 1 and report.sent + report.retried == 30
    assert Counter(r.state for r in rows) == {"sent": report.sent, "pending": report.retried}
    assert all(r.attempts == 1 and "unreachable" in r.last_error for r in rows if r.state == "pending")
    assert sorted(_ids(mail, SERVICE, "Sent")) == sorted(r.message_id for r in rows if r.state == "sent")
    assert _deliver(ctx, AT + timedelta(seconds=10)).sent == report.retried
    _assert_each_once(mail, [m.message_id for m in mails])


def test_mailbox_journal_methods_on_dovecot(tmp_path, mail, db_url):
    """append_many (one MULTIAPPEND), flags, remove_flags, delete_uids on the real server."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    raws = [_mail(n).raw for n in range(1, 4)]
    with connect(ctx.settings.imap) as box:
        box.ensure_folders(["Sent"])
        box.select("Sent")
        uids = box.append_many("Sent", raws, (b"\\Seen", STAGED))
        [single] = box.append_many("Sent", [_mail(4).raw], (b"\\Seen",))

        assert len(set(uids)) == 3 and None not in uids and single > max(uids)
        flags = box.flags(uids + [single])
        assert [b"\\seen" in flags[u] and STAGED.lower() in flags[u] for u in uids] == [True] * 3
        assert b"\\seen" in flags[single] and STAGED.lower() not in flags[single]
        box.remove_flags(uids[:2], [STAGED])
        assert [STAGED.lower() in f for f in box.flags(uids).values()] == [False, False, True]
        box.delete_uids([uids[0], single])
        assert sorted(box.flags(uids + [single])) == uids[1:], "only the others are left"
        assert box.flags([]) == {} and box.remove_flags([], [STAGED]) is None

    assert sorted(_ids(mail, SERVICE, "Sent")) == sorted([_mail(2).message_id, _mail(3).message_id])


def test_confirmations_from_many_threads_each_return_once_their_copy_is_confirmed(tmp_path, mail, db_url):
    """Confirmations arriving together share UID STOREs; none returns before its own copy lost
    the `$Sending` mark, and none is forgotten."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mails = [_mail(n) for n in range(1, 17)]
    with connect(ctx.settings.imap) as box:
        sent = SentFolder(box, "Sent")
        uids = sent.stage_many([m.raw for m in mails])
        unconfirmed_on_return, start = [], threading.Barrier(len(mails), timeout=30)

        def confirm(uid, message_id):
            start.wait()
            sent.confirm(uid, message_id)
            if not sent.lookup(message_id).confirmed:
                unconfirmed_on_return.append(message_id)

        threads = [threading.Thread(target=confirm, args=(uid, m.message_id)) for uid, m in zip(uids, mails)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)

        assert unconfirmed_on_return == [] and not any(t.is_alive() for t in threads)
        assert all(sent.lookup(m.message_id).confirmed for m in mails)
