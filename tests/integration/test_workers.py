"""Several workers on PostgreSQL: the mailbox's advisory lock lets one fetch at a time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from complaints.reports import case_rows
from complaints.sample_mail import form_mail
from core.clock import BRANCH_ZONE
from core.store.db import make_engine
from core.store.locks import lock_key, mailbox_lock
from tests.support.databases import reset_postgres
from tests.support.env import CSC, SERVICE, make_test_context, run_until_idle
from tests.support.keys import TEST_SEALER

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
FORM = {"acceptance_number": "W-1", "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行",
        "content": "客户反映排队时间过长。", "request": "要求道歉。"}


def test_a_worker_skips_fetching_while_another_holds_the_mailbox(tmp_path, mail):
    ctx = make_test_context(tmp_path, mail, reset_postgres(), at=AT)
    mail.send(form_mail(FORM, sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    other = make_engine(ctx.settings.database.url, ctx.settings.data_key())
    with other.connect() as conn:
        assert conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": lock_key("INBOX")}).scalar()
        conn.commit()
        [summary] = run_until_idle(ctx)[:1]
        assert summary.fetched.stored == 0 and case_rows(ctx.engine, AT) == []
        with mailbox_lock(ctx.engine, "INBOX") as held:
            assert held is False
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": lock_key("INBOX")})
        conn.commit()
    run_until_idle(ctx)
    [case] = case_rows(ctx.engine, AT)
    assert case["unit"] == "SY"


def test_sqlite_always_grants_the_lock(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}", TEST_SEALER)
    with mailbox_lock(engine, "INBOX") as held:
        assert held is True


def test_a_timed_job_is_skipped_while_another_worker_runs_it(tmp_path):
    from types import SimpleNamespace

    from complaints import jobs
    from core.store.locks import job_lock

    offline = SimpleNamespace(imap_port=1, smtp_port=1)  # the job below needs no mail server
    ctx = make_test_context(tmp_path, offline, reset_postgres(), at=AT)
    runs: list[datetime] = []
    table = [jobs.Job("probe", lambda c, now: runs.append(now) or "ran")]
    other = make_engine(ctx.settings.database.url, ctx.settings.data_key())
    with job_lock(other, "probe") as held:
        assert held
        assert jobs.run_due(ctx, table) == [] and runs == [], "another worker is running it"
    assert jobs.run_due(ctx, table) == ["probe: ran"] and runs == [AT], "its turn once the other is done"
    with job_lock(ctx.engine, "INBOX") as job, mailbox_lock(other, "INBOX") as mailbox:
        assert job and mailbox, "a job's lock and a mailbox's of the same name are different locks"
