"""A hostile mail on the real servers and both databases: it never stalls the pipeline.

A 200,000-character letter without spaces (the shape that made the letter reader take two
minutes) is handled like any letter, in seconds; a mail that still overruns the per-mail
budget (`[limits] mail_seconds`) is quarantined with a Chinese reason, and the mail behind
it is handled in the same pass.
"""

from __future__ import annotations

import time

from tests.ingest.helpers import CSC, SERVICE, append, cases, make_ctx, messages, plain_mail
from tests.support.env import run_until_idle

HOSTILE = "三元支行" + "投诉人王某某要求退款" * 20_000  # 200,000 characters, no space, no punctuation
GOOD = "客户反映三元支行柜员服务态度差，要求道歉。"


def test_a_hostile_letter_is_read_in_seconds_and_the_next_mail_follows(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    append(mail, SERVICE, plain_mail(sender=CSC, subject="超长来信", body=HOSTILE))
    append(mail, SERVICE, plain_mail(sender=CSC, subject="正常的投诉", body=GOOD))

    started = time.monotonic()
    run_until_idle(ctx)
    elapsed = time.monotonic() - started

    rows = {m.subject: m for m in messages(ctx.engine)}
    assert rows["超长来信"].state == "processed" and rows["正常的投诉"].state == "processed"
    assert len(cases(ctx.engine)) == 2
    assert elapsed < ctx.settings.limits.mail_seconds, "well inside the default budget (it took 117 s before)"


def test_a_mail_past_its_budget_is_quarantined_with_the_reason_and_the_pass_goes_on(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, limits={"mail_seconds": 0.02})
    append(mail, SERVICE, plain_mail(sender=CSC, subject="超长来信", body=HOSTILE))
    run_until_idle(ctx)
    [slow] = messages(ctx.engine)
    assert slow.state == "quarantined"
    assert "0.02 秒的时限" in slow.quarantine_reason and "mail_seconds" in slow.quarantine_reason
    assert cases(ctx.engine) == [], "the overrun mail's work was rolled back"
    assert len(mail.messages(SERVICE, "Quarantine")) == 1

    roomy = make_ctx(tmp_path, mail, db_url, limits={"mail_seconds": 30})
    append(mail, SERVICE, plain_mail(sender=CSC, subject="正常的投诉", body=GOOD))
    run_until_idle(roomy)
    [case] = cases(roomy.engine)
    assert case.status in ("routed", "triage"), "the next mail is handled"
