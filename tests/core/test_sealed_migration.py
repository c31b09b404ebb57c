"""Migration 0003 seals the personal data a database already holds, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from core.errors import DataKeyWrong
from core.store.db import _alembic_config, make_engine, upgrade
from core.store.models import Case, Event, Message
from core.store.sealed import phone_hash_for
from tests.support.keys import TEST_SEALER

AT = datetime(2025, 3, 1, 2, 0, tzinfo=timezone.utc)
NAME, PHONE, ACCOUNT = "郑美玲", "13805981122", "6222020000111122223"
RAW = f"From: a@b.example\r\nSubject: x\r\n\r\n客户{NAME}电话{PHONE}".encode("utf-8")


def _old_rows(engine) -> None:
    """A case, its event and its mail as 0002 stored them: in the clear."""
    command.upgrade(_alembic_config(engine), "0002")
    with engine.begin() as conn:
        conn.execute(sa.text(
            'INSERT INTO "case" (id, status, channel, co_units, severity, received_at, overdue, customer_name, '
            "customer_phone, customer_account, content, request, fields, routing, reopen_count, updated_at) VALUES "
            "('TS-2025-000001', 'closed', 'csc', '[]', 'normal', :at, false, :name, :phone, :account, :content, '', "
            ":fields, '{}', 0, :at)"),
            {"at": AT, "name": NAME, "phone": PHONE, "account": ACCOUNT, "content": f"客户{NAME}反映排队过长",
             "fields": f'{{"customer_name": {{"value": "{NAME}"}}}}'})
        conn.execute(sa.text(
            "INSERT INTO message (dedup_key, sha256, raw, size, mailbox, stored_at, sender, subject, state, "
            "server_state, case_id, quarantine_notified) VALUES ('k1', 'x', :raw, 10, 'INBOX', :at, "
            "'csc@province.example', :subject, 'done', 'processed', 'TS-2025-000001', false)"),
            {"raw": RAW, "at": AT, "subject": f"{NAME}的投诉"})
        conn.execute(sa.text(
            "INSERT INTO event (case_id, at, kind, actor, detail, data) VALUES "
            "('TS-2025-000001', :at, 'answered', 'unit', :detail, '{}')"), {"at": AT, "detail": f"已致电{NAME}"})


def test_existing_rows_are_sealed_and_still_read(db_url, tmp_path):
    engine = make_engine(db_url, TEST_SEALER)
    _old_rows(engine)
    upgrade(engine)
    with Session(engine) as session:
        case = session.get(Case, "TS-2025-000001")
        assert (case.customer_name, case.customer_phone, case.customer_account) == (NAME, PHONE, ACCOUNT)
        assert case.fields == {"customer_name": {"value": NAME}} and NAME in case.content
        assert session.exec(select(Message.raw)).one() == RAW
        assert session.exec(select(Event.detail)).one() == f"已致电{NAME}"
        found = session.exec(select(Case.id).where(Case.customer_phone_hash == phone_hash_for(session, PHONE)))
        assert found.all() == ["TS-2025-000001"]
    with engine.connect() as conn:
        stored = " ".join(str(v) for table in ("case", "message", "event")
                          for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')) for v in row)
    assert NAME not in stored and PHONE not in stored and ACCOUNT not in stored
    engine.dispose()
    if db_url.startswith("sqlite"):
        data = open(make_url(db_url).database, "rb").read()
        assert NAME.encode() not in data and PHONE.encode() not in data, "no clear copy left in free pages"


def test_rows_to_seal_and_no_data_key_stop_the_migration(db_url):
    engine = make_engine(db_url)
    _old_rows(engine)
    with pytest.raises(DataKeyWrong):
        upgrade(engine)
