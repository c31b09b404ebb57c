"""`serve` on the real servers and both databases: IDLE, polling, faults, stalls, bad passwords.

The service runs in a thread (`serving`); the tests change the world under it — mail
arrives, Dovecot stops and starts, the password is wrong and then right, a line arrives in
two halves — and check that it copes by itself, loses nothing and tells the office.
"""

from __future__ import annotations

import email
import email.policy
import logging

from click.testing import CliRunner

from complaints.cli import main
from complaints.sample_mail import complaint_mail
from core.imap import connect
from tests.ingest.helpers import (CSC, OFFICE, SERVICE, Proxy, cases, make_ctx, messages, outbound, plain_mail,
                                  serving, wait_until)

NEVER = lambda ctx: 600.0  # noqa: E731 - no timed job due: only IDLE can wake the service


def _complaint(n: int) -> bytes:
    return complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉 {n}",
                          body=f"客户反映三元支行柜员服务态度差（第{n}件），要求道歉。")


def _subjects(user: str) -> list[str]:
    from tests.support.mailservers import servers_from_environment

    raws = servers_from_environment().messages(user)
    return [str(email.message_from_bytes(r, policy=email.policy.default)["Subject"]) for r in raws]


def _text(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)).get_content()


def test_idle_wakes_on_new_mail(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    with serving(ctx, next_job_in=NEVER) as service:
        wait_until(lambda: service.health.idle_waits >= 1, what="the first IDLE")
        mail.send(_complaint(1), CSC, [SERVICE])
        wait_until(lambda: cases(ctx.engine), timeout=5, what="the case, woken by IDLE")
        assert service.health.mode == "idle" and service.health.failures == 0


def test_timed_jobs_run_on_time_while_idling(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(plain_mail(sender="customer@customer.example", subject="第一封"), CSC, [SERVICE])
    with serving(ctx, next_job_in=lambda c: 0.4) as service:
        wait_until(lambda: len(mail.messages(OFFICE)) == 1, what="the first quarantine summary")
        mail.send(plain_mail(sender="customer@customer.example", subject="第二封"), CSC, [SERVICE])
        wait_until(lambda: len(messages(ctx.engine)) == 2 and service.health.idle_waits >= 2, what="the second mail")
        assert len(mail.messages(OFFICE)) == 1, "the summary waits for the hour"
        waits = service.health.idle_waits
        ctx.clock.advance(minutes=61)  # no mail arrives: only the bounded IDLE lets the job run
        wait_until(lambda: len(mail.messages(OFFICE)) == 2, timeout=5, what="the next summary while idling")
        assert service.health.idle_waits > waits and service.health.mode == "idle"


def test_polls_when_idle_is_switched_off(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, imap={"idle": False, "poll_seconds": 0.5})
    with serving(ctx, next_job_in=NEVER) as service:
        wait_until(lambda: service.health.rounds >= 1, what="the first round")
        mail.send(_complaint(1), CSC, [SERVICE])
        wait_until(lambda: cases(ctx.engine), timeout=5, what="the case, found by polling")
        assert service.health.mode == "poll" and service.health.idle_waits == 0


def test_polls_when_the_server_lacks_idle(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, imap={"poll_seconds": 0.5})
    no_idle = lambda c: connect(c.settings.imap, disabled={"IDLE"})  # noqa: E731
    with serving(ctx, connector=no_idle, next_job_in=NEVER) as service:
        wait_until(lambda: service.health.rounds >= 1, what="the first round")
        mail.send(_complaint(1), CSC, [SERVICE])
        wait_until(lambda: cases(ctx.engine), timeout=5, what="the case, found by polling")
        assert service.health.mode == "poll" and service.health.idle_waits == 0


def test_idle_line_cut_in_two_wakes_and_reconnects(tmp_path, mail, db_url):
    proxy = Proxy(mail.imap_port, split=b" EXISTS\r\n")  # imapclient #519: half a line, "unterminated line"
    try:
        ctx = make_ctx(tmp_path, mail, db_url, imap_port=proxy.port)
        with serving(ctx, next_job_in=NEVER) as service:
            for n in range(3):
                waits = service.health.idle_waits
                wait_until(lambda: service.health.idle_waits > waits, what="IDLE")
                mail.send(_complaint(n), CSC, [SERVICE])
                wait_until(lambda: len(cases(ctx.engine)) == n + 1, timeout=8, what=f"case {n + 1}")
            assert service.health.interruptions >= 1 and proxy.splits >= 3
            assert service.health.failures == 0
    finally:
        proxy.close()


def test_dovecot_stopped_and_restarted_mid_run(tmp_path, mail, db_url):
    """Dovecot's stop leaves established sessions running here, so the proxy drops them too,
    as a restart with shutdown_clients or a network fault does."""
    proxy = Proxy(mail.imap_port)
    try:
        ctx = make_ctx(tmp_path, mail, db_url, imap={"stall_minutes": 0.1}, imap_port=proxy.port)
        with serving(ctx, next_job_in=NEVER) as service:
            for n in range(3):
                mail.send(_complaint(n), CSC, [SERVICE])
            wait_until(lambda: len(cases(ctx.engine)) == 3, timeout=15, what="the first three cases")
            mail.stop_dovecot()
            proxy.cut()
            try:
                for n in range(3, 6):
                    mail.send(_complaint(n), CSC, [SERVICE])  # Postfix keeps them while LMTP is down
                wait_until(lambda: service.health.failures >= 2, what="reconnect attempts")
                [alert] = wait_until(lambda: [o for o in outbound(ctx.engine) if "长时间" in o.subject],
                                     what="the stall alert")
                assert b"unreachable" in alert.raw or "unreachable" in _text(alert.raw), "the alert says why"
            finally:
                mail.start_dovecot()
            mail.deliver_now()
            wait_until(lambda: len(cases(ctx.engine)) == 6, timeout=30, what="all six cases after the restart")
            wait_until(lambda: service.health.failures == 0, what="a good round")
            assert "connection" in service.health.last_error
    finally:
        proxy.close()
    assert len(messages(ctx.engine)) == 6 and mail.messages(SERVICE) == []
    mail.deliver_now()
    wait_until(lambda: any("长时间" in s for s in _subjects(OFFICE)), what="the stall alert in the office")


def test_wrong_password_is_reported_and_retried_until_fixed(tmp_path, mail, db_url, monkeypatch, caplog):
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(_complaint(1), CSC, [SERVICE])
    monkeypatch.setenv("COMPLAINTS_IMAP_PASSWORD", "wrong")
    with caplog.at_level(logging.ERROR), serving(ctx, next_job_in=NEVER) as service:
        wait_until(lambda: service.health.failures >= 3, what="three refused logins")
        doctor = CliRunner().invoke(main, ["--config", str(tmp_path / "complaints.toml"), "doctor"])
        alerts = wait_until(lambda: [s for s in _subjects(OFFICE) if "登录失败" in s], what="the login alert")
        assert cases(ctx.engine) == []
        monkeypatch.setenv("COMPLAINTS_IMAP_PASSWORD", "secret")  # the operator fixes it
        wait_until(lambda: cases(ctx.engine), timeout=10, what="the case after the fix")
        wait_until(lambda: service.health.failures == 0, what="a good round")
    assert doctor.exit_code == 1
    assert "FAIL  imap: IMAP 127.0.0.1" in doctor.output and "refused the login of complaints@branch.example" \
        in doctor.output and "COMPLAINTS_IMAP_PASSWORD" in doctor.output
    assert any("login fault" in r.getMessage() and "refused the login" in r.getMessage() for r in caplog.records)
    assert len(alerts) == 1, "at most one login alert an hour, however often it retries"
    assert len([o for o in outbound(ctx.engine) if o.kind == "alert"]) == 1


def test_serve_process_stops_cleanly_on_sigterm(tmp_path, mail, db_url):
    import signal
    import subprocess
    import sys
    import time

    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(_complaint(1), CSC, [SERVICE])
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(tmp_path / "complaints.toml"),
                             "serve"], stdout=log, stderr=log, cwd=tmp_path)
    try:
        wait_until(lambda: cases(ctx.engine), timeout=30, what="the case from `complaints serve`")
        time.sleep(1)  # in IDLE by now
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        assert time.monotonic() - started < 3, "SIGTERM ends an IDLE wait within about a second"
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    assert "service stopped" in (tmp_path / "serve.log").read_text(errors="replace")
