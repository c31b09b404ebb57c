"""Retention on the real servers: three years after closure (the clock moved), the daily job
erases a closed case's personal data and deletes the service's own copies of its mails from
Processed and Sent on Dovecot; an open case's mails stay."""

from __future__ import annotations

from datetime import timedelta

from complaints.retention import daily
from complaints.timed import JOBS
from core.imap import connect
from sqlmodel import Session, select

from core.store.models import Case, Message, OutboundMail
from tests.integration.test_commands import _command_mail
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, SANYUAN, case_of, csc_form_mail, only_case, reply_to, submit, with_subject,
)
from tests.integration.test_confidentiality import AT
from tests.support.env import CSC, make_test_context

OPEN = {**FORM, "acceptance_number": "CSC-20260805-0002", "customer_name": "林国栋", "phone": "13905991234"}


def _mail_ids(ctx, case_id: str) -> list[str]:
    with Session(ctx.engine) as session:
        received = session.exec(select(Message.message_id).where(Message.case_id == case_id)).all()
        sent = session.exec(select(OutboundMail.message_id).where(OutboundMail.case_id == case_id)).all()
    return [m for m in (*received, *sent) if m]


def _on_server(ctx, message_ids: list[str]) -> dict[str, int]:
    folders = (ctx.settings.imap.processed_folder, ctx.settings.smtp.sent_folder)
    with connect(ctx.settings.imap) as box:
        found = {}
        for folder in folders:
            box.select(folder)
            found[folder] = len({uid for mid in message_ids for uid in box.search_message_id(mid)})
    return found


def test_old_closed_cases_lose_their_data_and_their_server_copies(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    case_id = only_case(ctx).id
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户道歉，并调整了窗口排班。"), SANYUAN)
    submit(mail, ctx, _command_mail(case_id, "/satisfaction 满意"), CLERK1)
    closed = case_of(ctx, case_id)
    assert closed.status == "closed"
    ctx.clock.at = AT + timedelta(days=2)
    submit(mail, ctx, csc_form_mail(OPEN), CSC)
    open_id = next(i for i in _all_cases(ctx) if i != case_id)

    old, kept = _mail_ids(ctx, case_id), _mail_ids(ctx, open_id)
    before = _on_server(ctx, old)
    assert before[ctx.settings.imap.processed_folder] >= 3 and before[ctx.settings.smtp.sent_folder] >= 2, before
    kept_before = _on_server(ctx, kept)

    assert any(job.run is daily for job in JOBS), "a timed job runs the purge"
    assert daily(ctx, closed.closed_at + timedelta(days=3 * 365)) is None, "not before three years"
    later = closed.closed_at + timedelta(days=3 * 366)
    assert daily(ctx, later) == "retention: 1 case(s) purged"

    assert _on_server(ctx, old) == {k: 0 for k in before}, "the server copies are gone"
    assert _on_server(ctx, kept) == kept_before, "the open case's mails stay"
    purged = case_of(ctx, case_id)
    assert (purged.customer_name, purged.customer_phone, purged.content) == (None, None, "")
    assert (purged.status, purged.satisfaction, purged.closed_at) == ("closed", "满意", closed.closed_at)
    assert case_of(ctx, open_id).customer_name == "林国栋"
    with Session(ctx.engine) as session:
        assert set(session.exec(select(Message.raw).where(Message.case_id == case_id)).all()) == {b""}


def _all_cases(ctx) -> list[str]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Case.id)).all())
