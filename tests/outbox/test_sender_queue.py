"""The outbox queue the sender relies on: one row per Message-ID, and that id in the mail's header."""

from __future__ import annotations

import email.parser
import email.policy
from dataclasses import replace
from datetime import datetime

import pytest
from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from core.store.db import make_engine, session_scope
from core.store.models import OutboundMail
from tests.support.databases import migrated
from tests.support.keys import TEST_SEALER
from outbox.compose import compose_mail
from outbox.copies import OutgoingMail as Mail
from outbox.queue import enqueue, header_message_id

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
MID = "<TS-2026-000001.routing.SY.kq1@branch.example>"


def _mail(**kw) -> Mail:
    raw = compose_mail(from_address="complaints@branch.example", from_name="分行客户投诉处理",
                       to=["Sanyuan@Branch.example"], cc=["vp1@branch.example", "sanyuan@branch.example"],
                       subject="[TS-2026-000001] 督办", text="请反馈。", html=None, message_id=MID,
                       loop_address="complaints@branch.example", date=AT)
    base = Mail("routing", ("Sanyuan@Branch.example",), ("vp1@branch.example", "sanyuan@branch.example"),
                "[TS-2026-000001] 督办", raw, MID)
    return replace(base, **kw)


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url, TEST_SEALER)
    migrated(engine)
    return engine


def test_one_row_per_message_id_with_recipients_once_each(engine):
    with session_scope(engine) as session:
        first = enqueue(session, _mail(), case_id=None, now=AT)
        again = enqueue(session, _mail(), case_id=None, now=AT)
    with Session(engine) as session:
        [row] = session.exec(select(OutboundMail)).all()
    assert first is not None and again is None
    assert row.recipients == ["sanyuan@branch.example", "vp1@branch.example"]
    assert (row.state, row.attempts, row.next_attempt_at) == ("pending", 0, AT)
    assert header_message_id(row.raw) == MID


def test_a_mail_whose_header_disagrees_with_its_id_is_refused(engine):
    with session_scope(engine) as session, pytest.raises(ValueError, match="header carries"):
        enqueue(session, _mail(message_id="<other@branch.example>"), case_id=None, now=AT)


def test_a_mail_without_recipients_is_refused(engine):
    with session_scope(engine) as session, pytest.raises(ValueError, match="no recipient"):
        enqueue(session, _mail(to=(), cc=()), case_id=None, now=AT)


@pytest.mark.parametrize("head", [
    b"From: a@x\r\nMessage-ID: <a@x>\r\nTo: b@x", b"Message-ID: <a@x>", b"From: a@x\r\nMessage-Id: <a@x>",
    b"From: a@x\r\nMessage-ID:\r\n <a@x>", b"From: a@x\r\nMessage-ID: <a@x>\r\nMessage-ID: <b@x>",
    b"From: a@x\r\nMessage-ID:   <a@x>  ", b"From: a@x\r\nX-Message-ID: <q@x>\r\nMessage-ID: <a@x>",
    b"From: a@x\r\nMessage-ID: ", b"From: a@x", b"From: a@x\r\nMessage-ID: <\xe9@x>",
])
def test_the_header_message_id_is_what_the_header_parser_reads(head):
    """The one-line Message-ID that compose writes is read without the parser; every other
    shape (another spelling, folded, twice, missing, not ASCII) gives what the parser gives."""
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head).get("Message-ID")
    expected = " ".join(str(parsed).split()) if parsed else None
    assert header_message_id(head + b"\r\n\r\nbody\r\n") == expected
