"""A relay down for three hours (simulated on the clock) loses no 督办 mail, tells the office once
each way, keeps `doctor` failing meanwhile; a mail the server refuses for good is resent by command."""

from __future__ import annotations

import email
import email.policy
import logging
import socket
from collections import Counter
from datetime import datetime, timedelta

from sqlmodel import Session, select

from complaints.context import make_context
from complaints.doctor import _service
from complaints.sample_mail import form_mail
from complaints.service import one_pass
from core.clock import BRANCH_ZONE
from core.imap import connect
from core.store.models import OutboundMail
from tests.integration.test_cli import cli
from tests.integration.test_commands import _command_mail, _lines
from tests.integration.test_lifecycle_helpers import CLERK1, submit, with_subject
from tests.integration.test_delivery import form
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle

AT = datetime(2026, 11, 26, 12, 5, tzinfo=BRANCH_ZONE)  # lunch break
UNIT = "sanyuan@branch.example"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _mails(mail, user: str) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(r, policy=email.policy.default) for r in mail.messages(user, "INBOX")]


def _routing(ctx) -> OutboundMail:
    """The unit's copy of the 督办 mail (its leader gets a copy of its own)."""
    with Session(ctx.engine) as session:
        [row] = [r for r in session.exec(select(OutboundMail).where(OutboundMail.kind == "routing"))
                 if UNIT in r.recipients]
        return row


class _App:
    """What `doctor`'s service check reads: settings, engine, a context at a time."""

    def __init__(self, ctx):
        self.ctx, self.settings = ctx, ctx.settings

    def engine(self, check: bool = True):
        return self.ctx.engine

    def context(self, at=None):
        return self.ctx


def test_three_hours_without_postfix_the_routing_mail_arrives_once_and_the_office_hears_twice(
        tmp_path, mail, db_url, caplog):
    up = make_test_context(tmp_path, mail, db_url, at=AT)
    dead_smtp = up.settings.smtp.model_copy(update={"port": _closed_port()})
    down = make_context(up.settings.model_copy(update={"smtp": dead_smtp}), up.engine, up.clock)
    mail.send(form_mail(form(1), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)

    caplog.set_level(logging.INFO, logger="outbox.sender")
    doctor_lines = []
    with connect(up.settings.imap) as box:
        for _ in range(3 * 12):  # a pass every 5 minutes for three hours
            one_pass(down, box)
            doctor_lines.append(list(_service(_App(down), None)))
            up.clock.advance(seconds=300)
    row = _routing(up)
    assert row.state == "pending" and row.attempts >= 8, "retried all along, not given up"
    assert row.next_attempt_at - up.clock.now() <= timedelta(hours=1, minutes=15)
    assert all(ok is True for _, ok in doctor_lines[5]), "under the alert time doctor is content"
    assert any(ok is False and "督办" in line for line, ok in doctor_lines[-1]), doctor_lines[-1]
    deferred = [r for r in caplog.records if "deferred" in r.getMessage()]
    assert 1 <= len(deferred) <= 3 * 6 + 2, f"{len(deferred)} deferral lines for three hours"
    listing = cli(tmp_path / "complaints.toml", "--at", up.clock.now().isoformat(), "outbox").stdout
    assert row.case_id in listing and UNIT in listing and "pending (mail server unreachable)" in listing

    up.clock.advance(seconds=3600 * 1.25)  # Postfix is back; the next try (at most an hour apart) comes by
    run_until_idle(up)

    assert _routing(up).state == "sent"
    routing = [m for m in _mails(mail, UNIT) if m["Message-ID"] == row.message_id]
    assert len(routing) == 1, "the 督办 arrives exactly once"
    subjects = Counter(m["Subject"] for m in _mails(mail, OFFICE))
    waiting = [s for s in subjects.elements() if "督办邮件暂未发出" in s]
    recovered = [s for s in subjects.elements() if "督办邮件已补发成功" in s]
    assert len(waiting) == 1 and len(recovered) == 1, subjects
    assert not any("邮件无法投递" in s for s in subjects), "a delay is not a failure"
    [notice] = [m for m in _mails(mail, OFFICE) if "督办邮件暂未发出" in m["Subject"]]
    text = notice.get_body(("plain",)).get_content()
    assert row.case_id in text and "转办" in text and "无需重新转办" in text
    assert all(ok is not False for _, ok in _service(_App(up), None)), "doctor content once it went out"
    assert any("flows again" in r.getMessage() for r in caplog.records)


def _given_up(tmp_path, mail, db_url):
    """A routing mail given up after 0.1 day of a dead relay: the context with the live one, and the row."""
    up = make_test_context(tmp_path, mail, db_url, at=AT)
    dead_smtp = up.settings.smtp.model_copy(update={"port": _closed_port(), "give_up_days": 0.1})
    down = make_context(up.settings.model_copy(update={"smtp": dead_smtp}), up.engine, up.clock)
    mail.send(form_mail(form(1), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    with connect(up.settings.imap) as box:
        for _ in range(6):  # 0.1 day = 2 h 24 min
            one_pass(down, box)
            up.clock.advance(seconds=1800)
    row = _routing(up)
    assert row.state == "failed" and "gave up" in row.last_error
    return up, row


def test_a_mail_given_up_is_listed_and_resent_by_command(tmp_path, mail, db_url):
    up, row = _given_up(tmp_path, mail, db_url)
    config = tmp_path / "complaints.toml"
    at = ["--at", up.clock.now().isoformat()]
    assert any(ok is False and "督办" in line for line, ok in _service(_App(up), None))
    listing = cli(config, *at, "outbox").stdout
    assert f"{row.id}\t{row.case_id}\trouting\tfailed" in listing
    assert cli(config, *at, "outbox", "retry", check=False).returncode == 2
    assert f"{row.id}: queued again" in cli(config, *at, "outbox", "retry", str(row.id)).stdout
    assert cli(config, *at, "outbox", "retry", str(row.id), check=False).returncode == 1, "not failed any more"

    run_until_idle(up)

    assert _routing(up).state == "sent"
    assert [m["Message-ID"] for m in _mails(mail, UNIT)].count(row.message_id) == 1


def test_the_office_resends_a_cases_failed_mail_by_mail(tmp_path, mail, db_url):
    up, row = _given_up(tmp_path, mail, db_url)

    submit(mail, up, _command_mail(row.case_id, f"重发 {row.case_id}\n重发 TS-2020-000009"), CLERK1)

    [answer] = with_subject(mail, CLERK1, f"[{row.case_id}]")
    assert [mark for mark, _ in _lines(answer)] == ["✓", "✗"], _lines(answer)
    run_until_idle(up)
    assert _routing(up).state == "sent"
    assert [m["Message-ID"] for m in _mails(mail, UNIT)].count(row.message_id) == 1


def test_when_postfix_returns_the_waiting_mail_goes_out_at_once_not_at_its_next_step(tmp_path, mail, db_url):
    """Postfix stopped for hours (the clock moved): the 督办 backs off towards an hour
    between tries; Postfix started again, the next round — a minute later — sends it."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mail.send(form_mail(form(1), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    mail.stop_postfix()
    try:
        with connect(ctx.settings.imap) as box:
            for _ in range(3 * 12):  # a round every 5 minutes, until a try leaves the next one far off
                one_pass(ctx, box)
                ctx.clock.advance(seconds=300)
                row = _routing(ctx)
                if row.attempts >= 6 and row.next_attempt_at - ctx.clock.now() > timedelta(minutes=20):
                    break
    finally:
        mail.start_postfix()
    row = _routing(ctx)
    assert row.state == "pending" and row.attempts >= 6
    assert row.next_attempt_at - ctx.clock.now() > timedelta(minutes=20), "its next step is far off"

    ctx.clock.advance(seconds=60)
    with connect(ctx.settings.imap) as box:
        one_pass(ctx, box)

    assert _routing(ctx).state == "sent", "sent by the first round after Postfix came back"
    got = mail.wait_for(UNIT, 1)
    assert [m["Message-ID"] for m in _mails(mail, UNIT)].count(row.message_id) == 1 and len(got) == 1
