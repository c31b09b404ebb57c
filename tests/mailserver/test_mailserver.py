"""Round trips through the real Dovecot and Postfix that integration tests rely on.

These pin down the behaviour other tests assume: delivery to every account, real DSN
bounces for unknown users and for any address outside the test domains, clean resets
that keep UIDs counting, auto-created folders, IDLE latency, MOVE, and fault injection.
"""

from __future__ import annotations

import email
import email.policy
import os
import smtplib
import subprocess
import time
import uuid
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient.exceptions import LoginError

from tests.support.mailservers import SCRIPT, MailServers, accounts, run_script

pytestmark = pytest.mark.integration

SERVICE = "complaints@branch.example"
STANDARD_FOLDERS = {"INBOX", "Processed", "Quarantine", "Sent"}


def message(sender: str, recipient: str, subject: str, body: str = "测试正文\n") -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = recipient
    mail["Subject"] = subject
    mail["Message-ID"] = f"<{uuid.uuid4().hex}@test.example>"
    mail.set_content(body)
    return mail.as_bytes(policy=email.policy.SMTP)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def delivery_status(bounce: email.message.EmailMessage) -> str:
    """The text of the message/delivery-status part of a DSN."""
    for part in bounce.walk():
        if part.get_content_type() == "message/delivery-status":
            return "\n".join(str(block) for block in part.get_payload())
    raise AssertionError("no message/delivery-status part in the bounce")


def test_mail_to_a_unit_lands_in_its_inbox(mail: MailServers) -> None:
    raw = message("union@branch.example", "sanyuan@branch.example", "督办 TS-2025-000001")
    mail.send(raw, "union@branch.example", ["sanyuan@branch.example"])

    (received,) = mail.wait_for("sanyuan@branch.example", 1)
    assert parse(received)["Subject"] == "督办 TS-2025-000001"
    assert parse(received)["Message-ID"] == parse(raw)["Message-ID"]
    assert parse(received).get_content().strip() == "测试正文"


def test_the_service_can_mail_its_own_account(mail: MailServers) -> None:
    mail.send(message(SERVICE, SERVICE, "to myself"), SERVICE, [SERVICE])

    (received,) = mail.wait_for(SERVICE, 1)
    assert parse(received)["Subject"] == "to myself"


def test_unknown_user_in_a_test_domain_bounces_with_a_dsn(mail: MailServers) -> None:
    raw = message(SERVICE, "nobody@branch.example", "to nobody")
    mail.send(raw, SERVICE, ["nobody@branch.example"])  # accepted: LMTP rejects later

    (raw_bounce,) = mail.wait_for(SERVICE, 1)
    bounce = parse(raw_bounce)
    assert bounce.get_content_type() == "multipart/report"
    assert bounce.get_param("report-type") == "delivery-status"
    status = delivery_status(bounce)
    assert "Final-Recipient: rfc822; nobody@branch.example" in status
    assert "Action: failed" in status
    assert "Status: 5.1.1" in status
    assert parse(raw)["Message-ID"].encode() in raw_bounce  # the original travels along


def test_nothing_leaves_the_machine(mail: MailServers) -> None:
    """Addresses outside the test domains are refused at RCPT time, never relayed."""
    outside = "someone@bank-outside.example.com"
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        mail.send(message(SERVICE, outside, "outward"), SERVICE, [outside, "admin@branch.example"])

    assert refused.value.recipients[outside][0] == 550
    (received,) = mail.wait_for("admin@branch.example", 1)  # the test-domain copy goes through
    assert parse(received)["Subject"] == "outward"


def test_every_account_has_the_standard_folders_subscribed(mail: MailServers) -> None:
    assert len(accounts()) >= 21
    for user in accounts():
        client = mail.imap(user)
        try:
            listed = {name for _flags, _delimiter, name in client.list_folders()}
            subscribed = {name for _flags, _delimiter, name in client.list_sub_folders()}
        finally:
            client.logout()
        assert listed == STANDARD_FOLDERS, user
        assert subscribed >= STANDARD_FOLDERS - {"INBOX"}, user


def test_reset_empties_every_mailbox_and_uids_keep_counting(mail: MailServers) -> None:
    units = ["meilie@branch.example", "card@branch.example"]
    mail.send(message(SERVICE, ", ".join(units), "before reset"), SERVICE, units)
    mail.wait_for(units[0], 1)
    mail.wait_for(units[1], 1)
    client = mail.imap(units[0])
    client.append("Processed", message(SERVICE, units[0], "appended"))
    client.create_folder("Archive/2025")
    client.append("Archive/2025", message(SERVICE, units[0], "archived"))
    before = client.select_folder("INBOX")
    client.logout()

    mail.reset()

    for user in units:
        for folder in STANDARD_FOLDERS:
            assert mail.messages(user, folder) == [], (user, folder)
    client = mail.imap(units[0])
    try:
        assert {name for _f, _d, name in client.list_folders()} == STANDARD_FOLDERS
        after = client.select_folder("INBOX")
        assert after[b"EXISTS"] == 0
        assert after[b"UIDVALIDITY"] == before[b"UIDVALIDITY"]
        mail.send(message(SERVICE, units[0], "after reset"), SERVICE, [units[0]])
        mail.wait_for(units[0], 1)
        client.noop()
        (uid,) = client.search(["ALL"])
        assert uid >= before[b"UIDNEXT"]
    finally:
        client.logout()


def test_reset_flushes_mail_waiting_in_the_queue(mail: MailServers) -> None:
    mail.stop_dovecot()
    try:
        mail.send(message(SERVICE, "vp1@branch.example", "stuck"), SERVICE, ["vp1@branch.example"])
        (stuck,) = mail.queued()  # Dovecot is down: it cannot leave the queue
        assert stuck["recipients"][0]["address"] == "vp1@branch.example"
        mail.flush_queue()  # what reset() does first; reset() itself needs Dovecot up
        assert mail.queued() == []
    finally:
        mail.start_dovecot()
    mail.reset()
    mail.deliver_now()
    mail.delivered()  # a message the flush missed would be delivered by now
    assert mail.messages("vp1@branch.example") == []


def test_up_twice_is_fine_and_fast(mail: MailServers) -> None:
    run_script("up", mail.state_dir)
    started = time.monotonic()
    output = run_script("up", mail.state_dir)
    assert time.monotonic() - started < 2.0
    assert f"IMAP 127.0.0.1:{mail.imap_port}" in output
    assert f"SMTP 127.0.0.1:{mail.smtp_port}" in output
    run_script("status", mail.state_dir)
    mail.send(message(SERVICE, "vp2@branch.example", "still up"), SERVICE, ["vp2@branch.example"])
    mail.wait_for("vp2@branch.example", 1)


def test_idle_sees_a_new_delivery_within_three_seconds(mail: MailServers) -> None:
    user = "union@branch.example"
    client = mail.imap(user)
    try:
        client.select_folder("INBOX")
        client.idle()
        sent_at = time.monotonic()
        mail.send(message(SERVICE, user, "wake up"), SERVICE, [user])
        responses = client.idle_check(timeout=3)
        latency = time.monotonic() - sent_at
        client.idle_done()
    finally:
        client.logout()
    assert (1, b"EXISTS") in responses, responses
    assert latency < 3


def test_move_to_processed(mail: MailServers) -> None:
    mail.send(message("customer@customer.example", SERVICE, "投诉"), "customer@customer.example", [SERVICE])
    mail.wait_for(SERVICE, 1)
    client = mail.imap(SERVICE)
    try:
        assert client.has_capability("MOVE") and client.has_capability("IDLE")
        client.select_folder("INBOX")
        client.move(client.search(["ALL"]), "Processed")
    finally:
        client.logout()
    assert mail.messages(SERVICE) == []
    assert len(mail.messages(SERVICE, "Processed")) == 1


def test_wrong_password_fails_login(mail: MailServers) -> None:
    with pytest.raises(LoginError):
        mail.imap(SERVICE, password="not-the-password")


def test_mail_waits_while_dovecot_is_down(mail: MailServers) -> None:
    mail.stop_dovecot()
    try:
        with pytest.raises(ConnectionRefusedError):
            mail.imap(SERVICE)
        mail.send(message(SERVICE, "clerk1@branch.example", "deferred"), SERVICE, ["clerk1@branch.example"])
    finally:
        mail.start_dovecot()
    mail.deliver_now()
    (received,) = mail.wait_for("clerk1@branch.example", 1)
    assert parse(received)["Subject"] == "deferred"


def test_smtp_is_refused_while_postfix_is_down(mail: MailServers) -> None:
    mail.stop_postfix()
    try:
        with pytest.raises((ConnectionRefusedError, smtplib.SMTPServerDisconnected)):
            mail.send(message(SERVICE, "clerk2@branch.example", "x"), SERVICE, ["clerk2@branch.example"])
    finally:
        mail.start_postfix()
    mail.send(message(SERVICE, "clerk2@branch.example", "back"), SERVICE, ["clerk2@branch.example"])
    mail.wait_for("clerk2@branch.example", 1)


PID_FILES = {"postfix": "postfix-queue/pid/master.pid", "dovecot": "dovecot/run/master.pid"}


@pytest.mark.parametrize("daemon", sorted(PID_FILES))
def test_a_stale_pid_now_owned_by_another_process_is_not_a_running_daemon(mail: MailServers, daemon: str) -> None:
    """A machine restored from a snapshot keeps the pid files and loses the daemons; a later
    process may get the same number. CI once met exactly that: `up` took a stranger for the
    TLS instance's Postfix, started nothing, and every test of that instance met a refused
    port. The stranger must neither stop `up` from starting the daemon nor be signalled."""
    getattr(mail, f"stop_{daemon}")()
    stranger = subprocess.Popen(["sleep", "120"])
    try:
        pid_file = Path(mail.state_dir) / PID_FILES[daemon]
        pid_file.parent.mkdir(parents=True, exist_ok=True)
        pid_file.write_text(f"{stranger.pid:>10}\n" if daemon == "postfix" else f"{stranger.pid}\n")
        assert daemon + ": stopped" in _status(mail)
        run_script("up", mail.state_dir)
        assert daemon + ": running" in _status(mail)
        run_script("stop-" + daemon, mail.state_dir)
        run_script("up", mail.state_dir)
        assert stranger.poll() is None, "the stranger holding the old pid was not signalled"
    finally:
        stranger.kill()
        stranger.wait()
        run_script("up", mail.state_dir)
    mail.reset()
    mail.send(message(SERVICE, "clerk2@branch.example", "after a restore"), SERVICE, ["clerk2@branch.example"])
    (received,) = mail.wait_for("clerk2@branch.example", 1)
    assert parse(received)["Subject"] == "after a restore"


def _status(mail: MailServers) -> str:
    result = subprocess.run([str(SCRIPT), "status"], env=dict(os.environ, COMPLAINTS_MAIL_DIR=mail.state_dir),
                            capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)
    return result.stdout
