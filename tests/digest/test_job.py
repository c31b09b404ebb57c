"""The scheduled digest: due at `[digest] weekday` + `time`, sent once per week, caught up once after downtime."""

from __future__ import annotations

from sqlmodel import Session, select

from complaints.digest.command import digest_command
from complaints.digest.job import digest_job
from complaints.digest.mail import digest_message_id
from core.store.db import session_scope
from core.store.models import OutboundMail
from core.store.state import get_state, set_state
from tests.digest.helpers import digest_context, parse_mail
from tests.digest.seed import at


def digests(ctx) -> list[str]:
    with Session(ctx.engine) as session:
        rows = session.exec(select(OutboundMail).where(OutboundMail.kind == "digest").order_by(OutboundMail.id)).all()
    return [r.message_id for r in rows]


def remember(ctx, week: str) -> None:
    with session_scope(ctx.engine) as session:
        set_state(session, "digest_last_week", week)


def test_sent_once_at_the_configured_time(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    remember(ctx, "2026-W12")  # last Monday's went out
    assert digest_job(ctx, at("03-30 08:29")) is None
    assert digests(ctx) == []
    assert digest_job(ctx, at("03-30 08:30")) == "digest 2026-W13 queued"
    assert digests(ctx) == [digest_message_id("2026-W13", ctx.settings)]
    assert get_state(ctx.engine, "digest_last_week") == "2026-W13"
    assert digest_job(ctx, at("03-30 08:35")) is None
    assert digest_job(ctx, at("04-06 08:29")) is None
    assert len(digests(ctx)) == 1
    with Session(ctx.engine) as session:
        raw = session.exec(select(OutboundMail.raw)).one()
    assert "2026年第13周" in parse_mail(raw)["Subject"]


def test_a_missed_digest_is_sent_once_when_the_service_returns(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    remember(ctx, "2026-W13")
    # down from Monday 6 April until Wednesday 22 April 10:00: W14, W15 and W16 fell due meanwhile
    outcome = digest_job(ctx, at("04-22 10:00"))
    assert outcome == "digest 2026-W16 queued (missed since 2026-W13; only the newest is sent)"
    assert digest_job(ctx, at("04-22 10:05")) is None
    assert digests(ctx) == [digest_message_id("2026-W16", ctx.settings)]
    assert get_state(ctx.engine, "digest_last_week") == "2026-W16"


def test_first_run_sends_the_due_week(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    assert digest_job(ctx, at("03-30 09:00")) == "digest 2026-W13 queued"
    assert digest_job(ctx, at("03-30 09:05")) is None
    assert len(digests(ctx)) == 1


def test_a_digest_sent_by_hand_is_not_sent_again(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)  # Monday 30 March 09:00
    remember(ctx, "2026-W12")
    digest_command(ctx, "2026-W13", send=True, out_dir=None)
    assert digest_job(ctx, at("03-30 09:00")) == "digest 2026-W13 was already queued"
    assert digests(ctx) == [digest_message_id("2026-W13", ctx.settings)]
    assert get_state(ctx.engine, "digest_last_week") == "2026-W13"


def test_a_fresh_install_starts_bookkeeping_without_an_empty_digest(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url, seeded=False)
    assert digest_job(ctx, at("03-30 09:00")) == "digest bookkeeping starts after 2026-W13 (no earlier cases)"
    assert digests(ctx) == []
    assert digest_job(ctx, at("04-06 09:00")) == "digest 2026-W14 queued"
