"""The sender on real Postfix/Dovecot (and a real aiosmtpd for 4xx/5xx/timeouts), both databases.

What is checked is what the recipients' mailboxes and the Sent folder (the server's receipts)
hold, by Message-ID: once after a retry, once after a crash before or after the server's
acceptance, never zero.
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from datetime import datetime, timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import Session, select

from complaints import notify
from core.clock import BRANCH_ZONE
from core.contracts import SentFolder
from core.imap import ImapSentFolder, connect
from core.retry import RetryPolicy
from core.store.db import session_scope
from core.store.models import OutboundMail
from core.store.models import Message
from outbox.compose import compose_mail
from outbox.copies import OutgoingMail as Mail
from outbox.queue import enqueue
from outbox.sender import LEASE, Receipts, deliver_due
from outbox.states import OutboxState, WaitingOn
from tests.support.env import OFFICE, SERVICE, make_test_context

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
UNIT = "sanyuan@branch.example"
LEADER = "vp1@branch.example"
RECEIPT = "complaints+Sent@branch.example"


class Crash(BaseException):
    """Stands for the process dying at a checkpoint (nothing after it runs)."""


def _mail(n: int, to=(UNIT,), cc=(LEADER,)) -> Mail:
    mid = f"<TS-2026-0000{n:02d}.routing.SY.ktest{n:02d}@branch.example>"
    raw = compose_mail(
        from_address=SERVICE, from_name="分行客户投诉处理", to=list(to), cc=list(cc),
        subject=f"[TS-2026-0000{n:02d}] 客户投诉督办：三元支行", text="请于五个工作日内反馈。",
        html="<p>请于五个工作日内反馈。</p>", message_id=mid, in_reply_to="<form-1@province.example>",
        references=["<form-1@province.example>"], loop_address=SERVICE, date=AT,
    )
    return Mail("routing", tuple(to), tuple(cc), f"[TS-2026-0000{n:02d}] 客户投诉督办", raw, mid)


def _queue(ctx, *mails: Mail) -> None:
    with session_scope(ctx.engine) as session:
        for m in mails:
            enqueue(session, m, case_id=None, now=AT)


def _rows(ctx) -> list[OutboundMail]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(OutboundMail).order_by(OutboundMail.id)).all())


def _deliver(ctx, at=AT, *, connections: int | None = None, **kw):
    cfg = kw.pop("cfg", ctx.settings.smtp)
    if connections is not None:
        cfg = cfg.model_copy(update={"connections": connections})
    with connect(ctx.settings.imap) as box:
        return deliver_due(ctx.engine, cfg, at, sent_folder=ImapSentFolder(box, cfg.sent_folder), **kw)


def _ids(mail, user: str, folder: str = "INBOX") -> list[str]:
    """The Message-IDs in `folder` once Postfix has delivered everything it accepted (the
    server's 250 comes before its delivery to Dovecot, so an unwaited read can be early)."""
    mail.delivered()
    return [email.message_from_bytes(r, policy=email.policy.default)["Message-ID"]
            for r in mail.messages(user, folder)]


def _receipts(mail) -> list[str]:
    """The Message-IDs filed in the service's Sent folder once Postfix delivered everything."""
    return sorted(_ids(mail, SERVICE, "Sent"))


def _crash_at(stage: str, message_id: str | None = None):
    """Die at `stage` of the hand-over (of every row, or only of the one with `message_id`)."""
    def checkpoint(at: str, row: OutboundMail) -> None:
        if at == stage and message_id in (None, row.message_id):
            raise Crash(at)
    return checkpoint


def test_delivers_once_with_thread_and_loop_headers_and_a_sent_copy(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1), _mail(2))

    report = _deliver(ctx)
    again = _deliver(ctx, AT + timedelta(hours=1))

    assert (report.sent, again.sent) == (2, 0)
    arrived = [email.message_from_bytes(raw, policy=email.policy.default) for raw in mail.wait_for(UNIT, 2)]
    [msg] = [m for m in arrived if m["Message-ID"] == _mail(1).message_id]  # sent at once: either may come first
    assert msg["In-Reply-To"] == "<form-1@province.example>" and msg["References"] == "<form-1@province.example>"
    assert msg["X-Loop"] == SERVICE and msg["Auto-Submitted"] == "auto-generated"
    assert sorted(_ids(mail, LEADER)) == sorted([_mail(1).message_id, _mail(2).message_id])
    assert _receipts(mail) == sorted([_mail(1).message_id, _mail(2).message_id])
    assert _ids(mail, SERVICE) == [], "the receipts go to Sent, not to the inbox"
    assert [(r.state, r.attempts, r.sent_at is not None) for r in _rows(ctx)] == [("sent", 1, True)] * 2


def test_crash_after_the_servers_acceptance_is_recovered_from_its_receipt(tmp_path, mail, db_url):
    """Dead right after the server's 250, before any record of it: the receipt the server
    filed in Sent says it went. One connection, so the second row is certainly not begun."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1), _mail(2))

    with pytest.raises(Crash):
        _deliver(ctx, checkpoint=_crash_at("accepted"), connections=1)
    early = _deliver(ctx, AT + LEASE / 2)
    assert _receipts(mail) == sorted([_mail(1).message_id, _mail(2).message_id])
    later = _deliver(ctx, AT + LEASE + timedelta(seconds=1))

    assert (early.sent, early.recovered) == (1, 0), "the untried row is released; the crashed one keeps its lease"
    assert (later.recovered, later.sent) == (1, 0)
    mail.wait_for(UNIT, 2)
    assert sorted(_ids(mail, UNIT)) == sorted([_mail(1).message_id, _mail(2).message_id])
    assert [r.state for r in _rows(ctx)] == ["sent", "sent"]
    assert "recovered" in _rows(ctx)[0].last_error


def test_claimed_row_without_a_receipt_is_sent_after_the_lease(tmp_path, mail, db_url):
    """A crash after the claim but before the server accepted it: no receipt, so it is sent."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    with session_scope(ctx.engine) as session:
        row = session.exec(select(OutboundMail)).one()
        row.state, row.next_attempt_at = "sending", AT + LEASE
        session.add(row)

    report = _deliver(ctx, AT + LEASE)

    assert (report.sent, report.recovered) == (1, 0)
    assert _ids(mail, UNIT) == [_mail(1).message_id]
    assert _rows(ctx)[0].state == "sent" and _rows(ctx)[0].last_error is None
    assert _receipts(mail) == [_mail(1).message_id]


def test_refused_connection_defers_the_whole_batch_with_backoff(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, *[_mail(n) for n in range(1, 6)])
    closed = ctx.settings.smtp.model_copy(update={"port": _free_port()})

    report = _deliver(ctx, cfg=closed)

    assert (report.sent, report.retried, report.failed) == (0, 5, [])
    rows = _rows(ctx)
    assert all(r.state == "pending" and r.attempts == 1 and "unreachable" in r.last_error for r in rows)
    assert {r.waiting_on for r in rows} == {WaitingOn.RELAY}, "the relay's return releases them"
    assert all(AT + timedelta(seconds=24) <= r.next_attempt_at <= AT + timedelta(seconds=36) for r in rows)
    assert _receipts(mail) == [], "no receipt: nothing was handed over"
    assert _deliver(ctx, AT + timedelta(seconds=20)).sent == 0, "not due before its next attempt"
    assert _deliver(ctx, AT + timedelta(seconds=40)).sent == 5
    assert len(mail.wait_for(UNIT, 5)) == 5


def test_retries_run_out_and_the_office_is_told(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    closed = ctx.settings.smtp.model_copy(update={"port": _free_port()})
    hook = lambda s, row, err: notify.delivery_failed(s, ctx, row, err)  # noqa: E731
    policy = RetryPolicy(base_seconds=1, cap_seconds=1, max_attempts=2, jitter=0)

    first = _deliver(ctx, cfg=closed, policy=policy, on_permanent_failure=hook)
    second = _deliver(ctx, AT + timedelta(seconds=2), cfg=closed, policy=policy, on_permanent_failure=hook)
    alert = _deliver(ctx, AT + timedelta(seconds=2))

    assert (first.retried, second.failed) == (1, [1])
    assert _rows(ctx)[0].state == "failed" and "gave up after 2 attempts" in _rows(ctx)[0].last_error
    assert alert.sent == 1
    [notice] = mail.wait_for(OFFICE, 1)
    assert "邮件无法投递" in email.message_from_bytes(notice, policy=email.policy.default)["Subject"]


class _ScriptedServer:
    """A real SMTP server (aiosmtpd) answering what a test scripts: 4xx, 5xx, slowness."""

    def __init__(self, rcpt=None, data="250 OK", delay=0.0, greet_delay=0.0, pipelining=False, mail=()):
        self.rcpt, self.data, self.delay, self.accepted, self.asked = rcpt or {}, data, delay, [], []
        self.greet_delay, self.pipelining, self.mail = greet_delay, pipelining, list(mail)

    async def handle_MAIL(self, server, session, envelope, address, options):
        answer = self.mail.pop(0) if self.mail else "250 OK"
        if answer.startswith("250"):
            envelope.mail_from, envelope.mail_options = address, list(options)
        return answer

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        import asyncio

        await asyncio.sleep(self.greet_delay)
        session.host_name = hostname
        if self.pipelining:  # as Postfix does: the sender then writes its RCPTs (and DATA) at once
            responses.insert(1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, options):
        self.asked.append(address)
        answer = self.rcpt.get(address, "250 OK")
        if answer.startswith("250"):
            envelope.rcpt_tos.append(address)
        return answer

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        await asyncio.sleep(self.delay)
        if self.data.startswith("250"):
            self.accepted.append((tuple(envelope.rcpt_tos), envelope.content))
        return self.data


@pytest.fixture(params=["one command at a time", "pipelining"])
def scripted(request):
    servers = []

    def start(**kw) -> tuple[_ScriptedServer, int]:
        handler, port = _ScriptedServer(**kw, pipelining=request.param == "pipelining"), _free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        servers.append(controller)
        return handler, port

    yield start
    for controller in servers:
        controller.stop()


@pytest.mark.parametrize("answer", ["451 4.3.0 try again later", "421 4.4.2 too busy"])
def test_temporary_refusal_backs_off_and_leaves_no_receipt(tmp_path, mail, db_url, scripted, answer):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    server, port = scripted(data=answer)

    report = _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port}))

    assert (report.retried, report.sent) == (1, 0)
    [row] = _rows(ctx)
    assert row.state == "pending" and row.attempts == 1 and answer[:3] in row.last_error
    assert row.waiting_on == WaitingOn.BACKOFF, "the relay answered: this mail keeps its back-off"
    assert row.next_attempt_at > AT
    assert server.accepted == [], "refused at DATA: no copy, the receipt neither"


def test_a_timeout_before_the_data_is_temporary(tmp_path, mail, db_url, scripted):
    """Nothing of the mail went out (the server is slow to greet): a plain retry."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    server, port = scripted(greet_delay=3)

    report = _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port, "timeout_seconds": 1}))

    assert (report.retried, report.in_doubt) == (1, 0)
    assert _rows(ctx)[0].state == "pending" and "timed out" in _rows(ctx)[0].last_error


@pytest.mark.parametrize("accepted", [True, False], ids=["accepted-late", "never-accepted"])
def test_a_timeout_after_the_data_leaves_the_row_to_its_receipt(tmp_path, mail, db_url, scripted, accepted):
    """No answer to the mail's data within the timeout: the server may have taken it. The
    row waits for its lease like after a crash; then its receipt says sent (nothing is
    resent), or its absence says never accepted (sent, once)."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    server, port = scripted(delay=3)

    report = _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port, "timeout_seconds": 1}))

    assert (report.in_doubt, report.retried, report.sent) == (1, 0, 0)
    [row] = _rows(ctx)
    assert row.state == OutboxState.IN_DOUBT and row.attempts == 1 and row.next_attempt_at == AT + LEASE
    assert "receipt decides" in row.last_error
    if accepted:  # the slow server took it after all and filed the receipt, as Postfix would
        client = mail.imap(SERVICE)
        client.append("Sent", _mail(1).raw)
        client.logout()
    assert _deliver(ctx, AT + LEASE - timedelta(seconds=1)).sent == 0, "not before the lease ends"
    later = _deliver(ctx, AT + LEASE)

    assert (later.recovered, later.sent) == ((1, 0) if accepted else (0, 1))
    assert _rows(ctx)[0].state == "sent"
    assert _ids(mail, UNIT) == ([] if accepted else [_mail(1).message_id])


def test_permanent_refusal_fails_the_row_and_tells_the_office(tmp_path, mail, db_url, scripted):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    _, port = scripted(data="554 5.7.1 rejected by policy")
    hook = lambda s, row, err: notify.delivery_failed(s, ctx, row, err)  # noqa: E731

    report = _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port}), on_permanent_failure=hook)
    alerts = _deliver(ctx)

    assert report.failed == [1] and report.notified == 1 and alerts.sent == 1
    rows = _rows(ctx)
    assert rows[0].state == "failed" and "554" in rows[0].last_error
    assert rows[1].kind == "alert" and rows[1].state == "sent"
    [notice] = mail.wait_for(OFFICE, 1)
    body = email.message_from_bytes(notice, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "554" in body and UNIT in body
    assert "无需重新转办" in body and "complaints outbox retry 1" in body, "resending is how it goes out, not 转办"
    assert _receipts(mail) == [rows[1].message_id]


@pytest.mark.parametrize("answer", ["451 4.7.1 sender deferred", "553 5.7.1 sender rejected"])
def test_a_refused_sender_is_typed_and_the_next_mail_still_goes(tmp_path, mail, db_url, scripted, answer):
    """With PIPELINING the MAIL and RCPT commands go in one write: a refused MAIL is a temporary
    or permanent failure of that mail alone, as without, and the next mail is handed over."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1), _mail(2))
    server, port = scripted(mail=[answer])

    report = _deliver(ctx, connections=1, cfg=ctx.settings.smtp.model_copy(update={"port": port}))

    first, second = _rows(ctx)
    assert report.sent == 1 and (report.retried, report.failed) == ((1, []) if answer[0] == "4" else (0, [1]))
    assert first.state == ("pending" if answer[0] == "4" else "failed") and answer[:3] in first.last_error
    assert second.state == "sent" and server.accepted[0][0] == (UNIT, LEADER, RECEIPT)


def _one_mail_refusing(ctx, scripted, *addresses: str):
    """Row 1 sent to a scripted server that refuses these recipients at RCPT; the report,
    the server, and what the office would have been told (row id, error)."""
    _queue(ctx, _mail(1))
    server, port = scripted(rcpt={a: "550 5.1.1 no such user" for a in addresses})
    told = []
    report = _deliver(ctx, cfg=ctx.settings.smtp.model_copy(update={"port": port}),
                      on_permanent_failure=lambda s, row, err: told.append((row.id, err)))
    return report, server, told


def test_one_refused_recipient_is_reported_and_the_rest_delivered(tmp_path, mail, db_url, scripted):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    report, server, told = _one_mail_refusing(ctx, scripted, LEADER)

    assert report.sent == 1 and server.accepted[0][0] == (UNIT, RECEIPT)
    assert told and told[0][0] == 1 and LEADER in told[0][1] and report.notified == 1
    assert _rows(ctx)[0].state == "sent" and LEADER in _rows(ctx)[0].last_error


def test_no_receipt_is_asked_for_when_every_real_recipient_is_refused(tmp_path, mail, db_url, scripted):
    """Otherwise the server would take the mail for the receipt address alone, and a receipt
    would claim a mail went out that nobody got."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    report, server, _ = _one_mail_refusing(ctx, scripted, UNIT, LEADER)

    assert report.failed == [1] and server.accepted == [] and server.asked == [UNIT, LEADER]
    assert _rows(ctx)[0].state == "failed"


def test_a_refused_receipt_still_sends_and_says_so_on_the_row(tmp_path, mail, db_url, scripted):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    report, server, told = _one_mail_refusing(ctx, scripted, RECEIPT)

    assert report.sent == 1 and server.accepted[0][0] == (UNIT, LEADER)
    assert told == [] and report.notified == 0, "the units got it: nothing for the office"
    [row] = _rows(ctx)
    assert row.state == "sent" and "no receipt" in row.last_error and RECEIPT in row.last_error


@pytest.mark.parametrize("ending", [b"\r\n", b""], ids=["crlf-ended", "unended"])
def test_lines_starting_with_a_dot_arrive_intact(tmp_path, mail, db_url, ending):
    """The sender writes the DATA phase itself (to know when the mail has gone out), so it
    must dot-stuff as SMTP requires: a lone "." line would otherwise end the mail early."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mid = "<dots-1@branch.example>"
    body = b".\r\n.leading dot\r\n..two dots\r\nlast line" + ending
    raw = (f"From: {SERVICE}\r\nTo: {UNIT}\r\nSubject: dots\r\nMessage-ID: {mid}\r\n\r\n").encode() + body
    _queue(ctx, Mail("routing", (UNIT,), (), "dots", raw, mid))

    assert _deliver(ctx).sent == 1
    [got] = mail.wait_for(UNIT, 1)
    assert got.split(b"\r\n\r\n", 1)[1].rstrip(b"\r\n") == body.rstrip(b"\r\n")


def test_two_senders_at_once_never_send_a_row_twice(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, *[_mail(n) for n in range(1, 31)])
    reports, errors = [], []

    def run():
        try:
            reports.append(_deliver(ctx, limit=30))
        except Exception as exc:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == [] and sum(r.sent for r in reports) == 30
    mail.wait_for(UNIT, 30)
    assert sorted(_ids(mail, UNIT)) == sorted(_mail(n).message_id for n in range(1, 31))
    assert _receipts(mail) == sorted(_mail(n).message_id for n in range(1, 31))


def test_receipts_are_found_in_sent_or_as_our_own_mail_come_back(tmp_path, mail, db_url):
    """In Sent (the server honours the "+Sent" detail), or recorded as our own mail come back
    (a server that delivers it to the inbox, and the pipeline filed it as a loop); not a copy
    an earlier version staged (`$Sending`) and never confirmed."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    _deliver(ctx)
    mail.delivered()
    with session_scope(ctx.engine) as session:
        for n, kind in ((2, "loop"), (3, "reply")):
            raw = _mail(n).raw
            session.add(Message(dedup_key=f"test-{n}", message_id=_mail(n).message_id, sha256=f"{n}" * 64,
                                raw=raw, size=len(raw), mailbox="INBOX", stored_at=AT, kind=kind,
                                state="processed"))
    client = mail.imap(SERVICE)  # what an earlier version left: a copy staged, never confirmed
    client.append("Sent", _mail(5).raw, flags=[b"\\Seen", b"$Sending"])
    client.logout()
    with connect(ctx.settings.imap) as box:
        receipts = Receipts(ImapSentFolder(box, "Sent"), ctx.engine)
        assert [receipts.holds(_mail(n).message_id) for n in (1, 2, 3, 4, 5)] == [True, True, False, False, False]


def test_a_sender_without_a_sent_folder_leaves_rows_in_doubt_alone(tmp_path, mail, db_url):
    """The office alerts sent while IMAP is down (`sent_folder=None`) must not resend a row
    whose fate only the Sent folder knows."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    with pytest.raises(Crash):
        _deliver(ctx, checkpoint=_crash_at("accepted"))
    _queue(ctx, _mail(2))
    mail.delivered()

    blind = deliver_due(ctx.engine, ctx.settings.smtp, AT + LEASE * 2, sent_folder=None)
    later = _deliver(ctx, AT + LEASE * 2)

    assert (blind.sent, blind.recovered) == (1, 0), "only the new row"
    assert (later.recovered, later.sent) == (1, 0)
    mail.wait_for(UNIT, 2)
    assert sorted(_ids(mail, UNIT)) == sorted([_mail(1).message_id, _mail(2).message_id])


def test_a_row_is_in_doubt_only_once_its_lease_expired(tmp_path, mail, db_url):
    """Before the lease ends nobody touches the row (its sender may still be at work); after,
    it is looked up, not blindly sent."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    _queue(ctx, _mail(1))
    with pytest.raises(Crash):
        _deliver(ctx, checkpoint=_crash_at("accepted"))
    [row] = _rows(ctx)
    assert row.state == "sending" and row.last_error is None and row.next_attempt_at == AT + LEASE
    mail.delivered()

    early = _deliver(ctx, AT + LEASE - timedelta(seconds=1))
    assert (early.sent, early.recovered) == (0, 0) and _rows(ctx)[0].last_error is None
    later = _deliver(ctx, AT + LEASE)
    assert (later.sent, later.recovered) == (0, 1) and "recovered" in _rows(ctx)[0].last_error
    assert _ids(mail, UNIT) == [_mail(1).message_id]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_imap_adapter_is_what_the_sender_asks_of_the_sent_folder(tmp_path, mail, db_url):
    """The sender knows the Sent folder only by `SentFolder`; the IMAP adapter answers it."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    with connect(ctx.settings.imap) as box:
        assert isinstance(ImapSentFolder(box, "Sent"), SentFolder)
    assert not isinstance(box, SentFolder), "the mailbox itself is not the interface"
