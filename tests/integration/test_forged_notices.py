"""Forging a person's From cannot flood that person's mailbox, on the real servers and both databases.

Each unproven mail in a real person's name earns that person a ✗ at their own address
(`complaints/handlers/unverified.py`, `enquiry.py`, `commands.py`), so a forgery does not go
unseen; anyone with plain SMTP could send hundreds. `complaints.answer_cap` holds those
notices to one per person per `[limits] forged_notice_minutes` (an hour): the mails in
between change nothing and are counted, and the next notice says how many there were.
The forger (here 梅列支行, writing as the union clerk with its own Reply-To) receives nothing.
Two workers on PostgreSQL take turns on one person's notices (`core.store.locks`).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session, select

from complaints import answer_cap
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from core.store.db import make_engine
from core.store.locks import CORRESPONDENT_LOCK_CLASS
from core.store.models import OutboundMail
from outbox.mails import command_reply_mail
from outbox.queue import enqueue
from tests.ingest.helpers import wait_until
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, MEILIE, SANYUAN, case_of, csc_form_mail, kinds, only_case, parse, submit, text_of,
)
from tests.support.databases import reset_postgres
from tests.support.env import CSC, SERVICE, make_test_context

AT = datetime(2026, 8, 3, 9, 30, tzinfo=BRANCH_ZONE)   # a Monday
REFUSAL = "未能验证确为您本人所发"
WAIT = 30.0
COMMANDS = ("办结", "重大", "转办 梅列支行", "/close", "延期 10 天 原因：客户外出")


def _forged(named: str, subject: str, body: str) -> bytes:
    """What the forger sends over plain SMTP: the named person's From, the forger's Reply-To."""
    message = parse(complaint_mail(sender=named, to=SERVICE, subject=subject, body=body))
    message["Reply-To"] = MEILIE
    return message.as_bytes()


def _notices(mail, who: str, since: int) -> list[bytes]:
    return [m for m in mail.messages(who)[since:] if REFUSAL in text_of(m)]


def _notice_rows(ctx, who: str) -> list[OutboundMail]:
    with Session(ctx.engine) as session:
        rows = session.exec(select(OutboundMail).where(OutboundMail.kind == "forgery")).all()
    return [row for row in rows if who in row.recipients]


def _held_back_alike(ctx, mail, who: str, since: int, count: int) -> list[bytes]:
    """Every notice queued for `who` was sent, and `who`'s mailbox holds exactly those."""
    rows = _notice_rows(ctx, who)
    assert len(rows) == count and all(row.state == "sent" for row in rows), [(r.state, r.subject) for r in rows]
    mail.wait_for(who, since + count)
    got = _notices(mail, who, since)
    assert len(got) == count, [str(parse(m)["Subject"]) for m in got]
    return got


def test_five_forged_commands_in_a_row_earn_the_person_named_one_notice(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    before, trail = (case.status, case.unit, case.severity, case.due_at), kinds(ctx, case.id)
    clerk_had, forger_had = len(mail.messages(CLERK1)), len(mail.messages(MEILIE))

    for n, command in enumerate(COMMANDS):   # one at a time, each in passes of its own
        ctx.clock.at = AT + timedelta(minutes=10 + n)
        submit(mail, ctx, _forged(CLERK1, f"[{case.id}] 指令", command), MEILIE)

    [notice] = _held_back_alike(ctx, mail, CLERK1, clerk_had, 1)
    assert "✗" in text_of(notice) and "此前另有" not in text_of(notice) and "每 1 小时内最多" in text_of(notice)
    assert len(mail.messages(MEILIE)) == forger_had, "the forger's mailbox receives nothing"
    after = case_of(ctx, case.id)
    assert (after.status, after.unit, after.severity, after.due_at) == before, "no forged command acted"
    assert kinds(ctx, case.id) == trail + ["unverified_note"] * len(COMMANDS), "each is kept on the case"

    ctx.clock.at = AT + timedelta(minutes=10 + 59)   # within the hour of the first notice: still held
    submit(mail, ctx, _forged(CLERK1, f"[{case.id}] 指令", "办结"), MEILIE)
    _held_back_alike(ctx, mail, CLERK1, clerk_had, 1)

    ctx.clock.at = AT + timedelta(minutes=10 + 60)   # the period is over: one more, with the count
    submit(mail, ctx, _forged(CLERK1, f"[{case.id}] 指令", "办结"), MEILIE)
    later = _held_back_alike(ctx, mail, CLERK1, clerk_had, 2)[-1]
    assert "此前另有 5 封" in text_of(later), text_of(later)
    assert len(mail.messages(MEILIE)) == forger_had
    assert case_of(ctx, case.id).status == before[0]


def test_the_notices_are_held_per_person_whatever_the_forged_mail_asks(tmp_path, mail, db_url):
    """A forged query, a forged command about no case and a forged case command in the same
    hour, each in the clerk's name: the clerk hears once; 三元支行, forged in the same hour, hears once too."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    had = {who: len(mail.messages(who)) for who in (CLERK1, SANYUAN, MEILIE)}

    ctx.clock.at = AT + timedelta(minutes=5)
    for named, subject, body in ((CLERK1, "查询", "在办清单"), (CLERK1, "放假安排", "确认放假安排 2027"),
                                 (CLERK1, f"[{case.id}] 指令", "办结"), (SANYUAN, f"[{case.id}] 处理情况", "办结"),
                                 (SANYUAN, "查询", f"查询 {case.id}")):
        submit(mail, ctx, _forged(named, subject, body), MEILIE)

    [clerk] = _held_back_alike(ctx, mail, CLERK1, had[CLERK1], 1)
    [unit] = _held_back_alike(ctx, mail, SANYUAN, had[SANYUAN], 1)
    assert "查询" in str(parse(clerk)["Subject"]), "the first forged mail is the one answered"
    assert f"[{case.id}]" in str(parse(unit)["Subject"]), "the first forged mail is the one answered"
    assert len(mail.messages(MEILIE)) == had[MEILIE], "the forger's mailbox receives nothing"
    assert case_of(ctx, case.id).status == case.status


def _waiting_for_a_correspondent(engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                                      " AND classid = :c"), {"c": CORRESPONDENT_LOCK_CLASS}).scalar())


def test_two_workers_at_once_send_the_person_one_notice(tmp_path, mail):
    """PostgreSQL only (SQLite serialises writers): a worker whose batch has queued a notice
    to the clerk but not committed holds the clerk's lock; another worker handling a forged
    mail in the clerk's name waits for it, then finds the notice and holds its own back."""
    ctx = make_test_context(tmp_path, mail, reset_postgres(), at=AT)
    every = timedelta(minutes=ctx.settings.limits.forged_notice_minutes)
    other = make_engine(ctx.settings.database.url, ctx.settings.data_key())

    def second_worker() -> int | None:
        with Session(other) as session:
            held = answer_cap.forgery_notice_due(session, CLERK1, every, AT + timedelta(minutes=1))
            session.commit()
            return held

    with Session(ctx.engine) as first, ThreadPoolExecutor(max_workers=1) as pool:
        assert answer_cap.forgery_notice_due(first, CLERK1, every, AT) == 0
        enqueue(first, command_reply_mail(None, CLERK1, None, [], False, ["✗ 未能验证"], settings=ctx.settings,
                                          now=AT, key="forged-1", kind=answer_cap.FORGERY_NOTICE),
                case_id=None, now=AT)
        first.flush()
        second = pool.submit(second_worker)
        wait_until(lambda: _waiting_for_a_correspondent(ctx.engine), timeout=WAIT,
                   what="the second worker to wait for the clerk's lock")
        assert not second.done()
        first.commit()
        assert second.result(timeout=WAIT) is None, "the first worker's notice is seen: this one is held back"
    other.dispose()
    with Session(ctx.engine) as session:
        assert answer_cap.forgery_notice_due(session, CLERK1, every, AT + every) == 1, "and counted for the next"
