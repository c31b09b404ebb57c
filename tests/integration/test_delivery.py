"""Every promised mail arrives once: Postfix gone mid-batch, the sender SIGKILLed mid-hand-over,
a unit address that does not exist. Real Dovecot/Postfix, both databases; mailboxes checked
by Message-ID.
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from complaints.context import make_context
from complaints.pipeline import process_pending
from complaints.reports import case_detail, case_rows
from complaints.sample_mail import form_mail
from core.clock import BRANCH_ZONE, FixedClock
from core.config import load_settings
from core.imap import ImapSentFolder, connect
from core.store.db import make_engine
from core.store.models import OutboundMail
from ingest.fetcher import fetch_new
from outbox.sender import LEASE, deliver_due
from outbox.smtp_connections import open_smtp
from tests.support.databases import migrated
from tests.support.env import CSC, OFFICE, SERVICE, run_until_idle, with_receipt_address, write_config

ROOT = Path(__file__).resolve().parents[2]
AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
UNIT, LEADER = "sanyuan@branch.example", "vp1@branch.example"


def form(n: int, unit: str = "三元支行") -> dict[str, str]:
    return {
        "acceptance_number": f"CSC-20261126-{n:04d}", "accepted_at": "2026-11-26 09:12",
        "channel": "省行客户服务中心", "customer_name": "陈晓梅", "phone": f"1385901{n:04d}", "unit": unit,
        "category": "人民币储蓄", "content": f"客户反映在营业部办理定期存款支取（第{n}笔），排队等候一个半小时。",
        "request": "要求网点说明原因并道歉。", "urgency": "一般", "accepted_by": "省行客服 林芳",
    }


def context(tmp_path, mail, db_url, *, unit_email: str | None = None, receipt_address: str | None = None):
    path = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    if receipt_address:
        with_receipt_address(path, receipt_address)
    if unit_email:
        units = tmp_path / "units.toml"
        units.write_text(units.read_text(encoding="utf-8").replace(UNIT, unit_email), encoding="utf-8")
    settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    migrated(engine)
    return make_context(settings, engine, FixedClock(AT)), path


def receive(ctx, mail, count: int) -> None:
    """Forms in, cases routed, mails queued — nothing delivered yet."""
    for n in range(1, count + 1):
        mail.send(form_mail(form(n), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, count)
    with connect(ctx.settings.imap) as box:
        box.ensure_folders([ctx.settings.smtp.sent_folder])
        fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, AT)
    assert process_pending(ctx).processed == count


def rows(ctx) -> list[OutboundMail]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(OutboundMail).order_by(OutboundMail.id)).all())


def ids_in(mail, user: str, folder: str = "INBOX") -> Counter:
    return Counter(email.message_from_bytes(r, policy=email.policy.default)["Message-ID"]
                   for r in mail.messages(user, folder))


def expected_per_user(ctx) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for row in rows(ctx):
        for address in row.recipients:
            wanted.setdefault(address, set()).add(row.message_id)
    return wanted


def assert_each_once(mail, ctx) -> None:
    for user, mids in expected_per_user(ctx).items():
        mail.wait_for(user, len(mids))
        got = ids_in(mail, user)
        assert set(got) == mids, f"{user}: missing {mids - set(got)}, unexpected {set(got) - mids}"
        assert max(got.values()) == 1, f"{user} got a mail twice: {got.most_common(1)}"


class _OutageAfter:
    """Postfix goes down once `count` mails are accepted. Sends not begun by then wait until
    it is down; those already on the wire finish and Postfix delivers what it accepted before
    it stops — a SIGTERM in the middle of a local delivery makes Postfix itself deliver that
    mail again after the restart (its at-least-once), which is not what is tested here."""

    def __init__(self, mail, count: int):
        self.mail, self.count = mail, count
        self.lock = threading.Condition()
        self.confirmed = self.on_the_wire = 0
        self.stopping, self.down = False, threading.Event()

    def smtp_factory(self, cfg):
        smtp = open_smtp(cfg)
        begin = smtp.ehlo_or_helo_if_needed  # the first call of every transaction

        def gated_mail(*args, **kwargs):  # a transaction begins
            with self.lock:
                late = self.stopping
                self.on_the_wire += not late
            if late:
                assert self.down.wait(60), "Postfix was never stopped"
            return begin(*args, **kwargs)

        smtp.ehlo_or_helo_if_needed = gated_mail
        return smtp

    def checkpoint(self, stage: str, row: OutboundMail) -> None:
        if stage != "accepted":
            return
        with self.lock:
            self.on_the_wire -= 1  # this transaction is over
            self.confirmed += 1
            self.lock.notify_all()
            if self.confirmed != self.count:
                return
            self.stopping = True
            assert self.lock.wait_for(lambda: self.on_the_wire == 0, timeout=60)
        self.mail.delivered(timeout=60)  # Postfix emptied its queue
        self.mail.stop_postfix()
        self.down.set()


@pytest.mark.parametrize("connections", [1, 4])
def test_postfix_stopped_mid_batch_delivers_everything_once_when_back(tmp_path, mail, db_url, connections):
    """With one connection exactly the five confirmed rows are sent; with several, the rows
    on the other connections when the fifth is confirmed get through as well."""
    ctx, _ = context(tmp_path, mail, db_url)
    receive(ctx, mail, 8)
    assert len(rows(ctx)) == 24  # a 督办 mail (the unit's and its leader's copy) and an acknowledgement per case
    outage = _OutageAfter(mail, 5)

    cfg = ctx.settings.smtp.model_copy(update={"connections": connections})
    try:
        with connect(ctx.settings.imap) as box:
            report = deliver_due(ctx.engine, cfg, AT, sent_folder=ImapSentFolder(box, cfg.sent_folder),
                                 smtp_factory=outage.smtp_factory,
                                 checkpoint=outage.checkpoint)
        states = Counter(r.state for r in rows(ctx))
        assert report.failed == [] and report.sent + report.retried == 24
        assert 5 <= report.sent <= 4 + connections
        assert states == {"sent": report.sent, "pending": report.retried}
        assert all(r.attempts == 1 and r.next_attempt_at > AT for r in rows(ctx) if r.state == "pending")
    finally:
        mail.start_postfix()

    ctx.clock.advance(seconds=40)  # the first retry: 30 s ± 20 %
    run_until_idle(ctx)

    assert Counter(r.state for r in rows(ctx)) == {"sent": 24}
    assert_each_once(mail, ctx)
    assert sum(ids_in(mail, SERVICE, "Sent").values()) == 24


_SENDER = """
import sys, time
from datetime import datetime
from core.config import load_settings
from core.store.db import make_engine
from core.imap import ImapSentFolder, connect
from outbox.sender import deliver_due

config, at, marker, stage, connections = sys.argv[1:6]
settings = load_settings(config)
smtp = settings.smtp.model_copy(update={"connections": int(connections)})

def checkpoint(where, row):
    if where == stage and row.kind == "routing":
        with open(marker, "w") as f:
            f.write(row.message_id)
        time.sleep(600)

with connect(settings.imap) as box:
    deliver_due(make_engine(settings.database.url, settings.data_key()), smtp, datetime.fromisoformat(at),
                sent_folder=ImapSentFolder(box, smtp.sent_folder), checkpoint=checkpoint)
"""


def kill_sender_at(stage: str, config: Path, tmp_path: Path, connections: int) -> str:
    """Run the sender in a process, SIGKILL it when its 督办 mail reaches `stage` (the other
    connections may have handed the acknowledgement over meanwhile); that Message-ID."""
    marker = tmp_path / "at-checkpoint"
    proc = subprocess.Popen([sys.executable, "-c", _SENDER, str(config), AT.isoformat(), str(marker), stage,
                             str(connections)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() or not marker.read_text():
            assert proc.poll() is None, f"the sender exited ({proc.returncode}) before {stage}"
            assert time.monotonic() < deadline, f"the sender never reached {stage}"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return marker.read_text()


@pytest.mark.parametrize("connections", [1, 4])
def test_sigkill_between_smtp_acceptance_and_commit_sends_no_duplicate(tmp_path, mail, db_url, connections):
    """Killed right after the server's 250, before anything is recorded: the server filed the
    receipt in Sent with the hand-over, so the next sender finds it and sends nothing again."""
    ctx, config = context(tmp_path, mail, db_url)
    receive(ctx, mail, 1)

    killed_on = kill_sender_at("accepted", config, tmp_path, connections)

    mail.wait_for(UNIT, 1)  # Postfix had accepted it: it arrives
    mail.delivered()
    routing = next(r for r in rows(ctx) if r.message_id == killed_on)
    assert routing.state == "sending", "the commit never happened"
    ctx.clock.advance(seconds=LEASE.total_seconds() + 1)
    summaries = run_until_idle(ctx)

    recovered = sum(s.delivered.recovered for s in summaries)
    assert recovered == 1 if connections == 1 else recovered in (1, 2, 3), "other copies may have been handed over too"
    assert [r.state for r in rows(ctx)] == ["sent", "sent", "sent"]
    assert "recovered" in next(r for r in rows(ctx) if r.message_id == killed_on).last_error
    assert_each_once(mail, ctx)
    assert ids_in(mail, routing.recipients[0])[killed_on] == 1
    assert ids_in(mail, SERVICE, "Sent") == Counter({r.message_id: 1 for r in rows(ctx)}), "one receipt each"


def test_a_receipt_filed_while_the_sent_folder_stays_selected_is_found(tmp_path, mail, db_url):
    """The delivery runner keeps one IMAP session with Sent selected between lookups. A
    receipt filed after its last lookup must still be found (Dovecot searches the session's
    last sync), or the mail goes out twice — two submissions, two Postfix queue ids."""
    ctx, config = context(tmp_path, mail, db_url)
    receive(ctx, mail, 1)
    cfg = ctx.settings.smtp
    with connect(ctx.settings.imap) as box:
        sent = ImapSentFolder(box, cfg.sent_folder)
        assert not sent.holds("<an-earlier-lookup@soak.example>")  # Sent selected, as in the runner

        killed_on = kill_sender_at("accepted", config, tmp_path, 1)
        mail.wait_for(UNIT, 1)
        mail.delivered()  # its receipt is in Sent now, after the session's last command
        ctx.clock.advance(seconds=LEASE.total_seconds() + 1)
        report = deliver_due(ctx.engine, cfg, ctx.clock.now(), sent_folder=sent)

    assert report.recovered >= 1
    assert "recovered" in next(r for r in rows(ctx) if r.message_id == killed_on).last_error
    assert_each_once(mail, ctx)
    assert ids_in(mail, UNIT)[killed_on] == 1


def test_receipts_that_come_back_to_the_inbox_also_prevent_a_resend(tmp_path, mail, db_url):
    """A server that ignores the "+Sent" detail: here the receipt address is the service's
    plain address, so receipts land in its inbox. The pipeline files them as our own mail
    (recorded, never answered), and recovery finds them there."""
    ctx, config = context(tmp_path, mail, db_url, receipt_address=SERVICE)
    receive(ctx, mail, 1)

    killed_on = kill_sender_at("accepted", config, tmp_path, 1)
    mail.wait_for(SERVICE, 1)  # the receipt, in the inbox
    mail.delivered()
    ctx.clock.advance(seconds=LEASE.total_seconds() + 1)
    summaries = run_until_idle(ctx)

    assert sum(s.delivered.recovered for s in summaries) == 1
    assert "recovered" in next(r for r in rows(ctx) if r.message_id == killed_on).last_error
    assert_each_once(mail, ctx)
    assert ids_in(mail, SERVICE, "Sent") == Counter(), "nothing went to Sent on this server"
    assert mail.messages(SERVICE) == [], "the receipts were filed out of the inbox"


def test_unknown_unit_address_bounces_and_the_office_is_told(tmp_path, mail, db_url):
    ctx, _ = context(tmp_path, mail, db_url, unit_email="nobody@branch.example")
    mail.send(form_mail(form(1), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)

    deadline = time.monotonic() + 30
    while not mail.messages(OFFICE):
        assert time.monotonic() < deadline, "the office never heard of the bounce"
        run_until_idle(ctx, max_passes=3)
        time.sleep(0.3)

    [alert] = mail.messages(OFFICE)
    msg = email.message_from_bytes(alert, policy=email.policy.default)
    assert "退信" in msg["Subject"]
    assert "nobody@branch.example" in msg.get_body(("plain",)).get_content()
    routing = next(r for r in rows(ctx) if r.kind == "routing" and "nobody@branch.example" in r.recipients)
    assert routing.state == "failed" and "bounced" in routing.last_error
    [case] = case_rows(ctx.engine, AT)
    assert "mail_failed" in [e["kind"] for e in case_detail(ctx.engine, case["id"], AT)["events"]]
    leader_copy = next(r for r in rows(ctx) if r.kind == "routing" and LEADER in r.recipients)
    assert ids_in(mail, LEADER) == Counter({leader_copy.message_id: 1}), "the leader still got its copy"
    assert ids_in(mail, SERVICE, "Processed"), "the bounce itself is filed, not left in the INBOX"


def test_permanent_smtp_refusal_reaches_the_office_through_the_service(tmp_path, mail, db_url):
    """A 5xx at RCPT (an address outside the test domains) fails the row and alerts the office."""
    ctx, _ = context(tmp_path, mail, db_url, unit_email="sanyuan@elsewhere.example")
    mail.send(form_mail(form(1), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)

    run_until_idle(ctx)

    routing = next(r for r in rows(ctx) if r.kind == "routing" and "sanyuan@elsewhere.example" in r.recipients)
    assert routing.state == "failed" and "sanyuan@elsewhere.example" in routing.last_error
    [alert] = mail.wait_for(OFFICE, 1)
    body = email.message_from_bytes(alert, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "sanyuan@elsewhere.example" in body
    leader_copy = next(r for r in rows(ctx) if r.kind == "routing" and LEADER in r.recipients)
    assert ids_in(mail, LEADER) == Counter({leader_copy.message_id: 1})
