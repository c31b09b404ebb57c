"""`serve` sends its outbox from the delivery runner, beside the passes, on the real servers.

What must hold: the pass never sends (it only wakes the runner), every promised mail still
arrives once, a deferred mail goes out when it falls due without any new mail waking the
service, and a runner that cannot reach IMAP neither stops the passes nor loses the mail.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import replace

from complaints.sample_mail import complaint_mail
from complaints.service import one_pass
from core.errors import TransientMailError
from core.imap import connect
from core.retry import delivery_policy
from outbox import sender
from tests.ingest.helpers import CSC, SERVICE, cases, make_ctx, outbound, serving, wait_until

SANYUAN = "sanyuan@branch.example"
NEVER = lambda ctx: 600.0  # noqa: E731 - no timed job due


def _complaint(n: int) -> bytes:
    return complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉 {n}",
                          body=f"客户反映三元支行柜员服务态度差（第{n}件），要求道歉。")


def _states(ctx) -> Counter:
    return Counter(r.state for r in outbound(ctx.engine))


def test_the_runner_sends_what_the_passes_queue_each_once(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    for n in range(1, 6):
        mail.send(_complaint(n), CSC, [SERVICE])
    with serving(ctx, next_job_in=NEVER) as service:
        wait_until(lambda: len(cases(ctx.engine)) == 5 and _states(ctx) == {"sent": 15}, timeout=30,
                   what="five cases routed and their fifteen mails (unit, leader, source) sent")
        wait_until(lambda: service.outgoing.sent == 15, timeout=5, what="the runner's count: it sent them")
    mail.wait_for(SANYUAN, 5)
    assert len(mail.messages(SANYUAN)) == 5
    mail.delivered()
    assert len(mail.messages(SERVICE, "Sent")) == 15, "one receipt each"


def test_a_pass_with_a_runner_leaves_sending_to_it(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(_complaint(1), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)

    class Woken:
        calls = 0

        def wake(self) -> None:
            self.calls += 1

    runner = Woken()
    with connect(ctx.settings.imap) as box:
        summary = one_pass(ctx, box, outgoing=runner)
    assert summary.processed.processed == 1 and summary.delivered.sent == 0
    assert runner.calls == 2, "woken after the batch commit and at the end of the pass"
    assert _states(ctx) == {"pending": 3}


def test_a_deferred_mail_goes_out_when_due_without_new_mail(tmp_path, mail, db_url, monkeypatch):
    # The runner sleeps until the first retry falls due, in real seconds: with the production
    # back-off (30 s ± 20 %) this test waited up to 36 s of its 30-s limit. 5 s ± 20 % keeps
    # the deferred state in sight of the first wait_until and the retry well inside the second.
    monkeypatch.setattr(sender, "delivery_policy", lambda days: replace(delivery_policy(days), base_seconds=5))
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.stop_postfix()
    try:
        with mail.imap(SERVICE) as client:
            client.append("INBOX", _complaint(1))
        with serving(ctx, next_job_in=NEVER) as service:
            wait_until(lambda: cases(ctx.engine) and _states(ctx) == {"pending": 3}
                       and all(r.attempts == 1 for r in outbound(ctx.engine)), timeout=30,
                       what="the three mails deferred while Postfix is down")
            mail.start_postfix()
            ctx.clock.advance(minutes=10)  # the retry is due; nothing else happens to wake anyone
            wait_until(lambda: _states(ctx) == {"sent": 3}, timeout=30, what="the retry, sent by the runner")
            wait_until(lambda: service.outgoing.sent == 3, timeout=5, what="the runner's count")
    finally:
        mail.start_postfix()
    mail.wait_for(SANYUAN, 1)


def test_a_runner_that_cannot_connect_retries_and_the_passes_go_on(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    refused = []

    def flaky(c):
        if threading.current_thread().name == "delivery" and len(refused) < 3:
            refused.append(1)
            raise TransientMailError("IMAP refused the runner's connection (test)")
        return connect(c.settings.imap)

    mail.send(_complaint(1), CSC, [SERVICE])
    with serving(ctx, connector=flaky, next_job_in=NEVER) as service:
        wait_until(lambda: cases(ctx.engine), timeout=20, what="the case, routed by the passes")
        wait_until(lambda: _states(ctx) == {"sent": 3}, timeout=30, what="the mails, once the runner connects")
        assert len(refused) == 3 and service.health.failures == 0
    mail.wait_for(SANYUAN, 1)
