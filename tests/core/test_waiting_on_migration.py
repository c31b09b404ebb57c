"""Migration 0004 gives the rows already waiting their reason (`waiting_on`) from their sealed
error text, once; afterwards only the column is read (outbox/relay_return.py)."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import command
from sqlmodel import Session, select

from core.store.db import _alembic_config, make_engine, upgrade
from core.store.models import OutboundMail
from tests.support.keys import TEST_SEALER

AT = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)
ROWS = {  # message id: (state, attempts, last_error as 0003 stored it, sealed)
    "<relay@x>": ("pending", 3, "SMTP 127.0.0.1:25 unreachable: [Errno 111] Connection refused"),
    "<4xx@x>": ("pending", 1, "SMTP 452: b'4.2.2 Mailbox full'"),
    "<new@x>": ("pending", 0, None),
    "<sent@x>": ("sent", 1, None),
}


def test_rows_waiting_at_upgrade_get_their_reason(db_url):
    engine = make_engine(db_url, TEST_SEALER)
    command.upgrade(_alembic_config(engine), "0003")
    with engine.begin() as conn:
        for mid, (state, attempts, error) in ROWS.items():
            conn.execute(sa.text(
                "INSERT INTO outbound_mail (message_id, kind, recipients, subject, raw, state, attempts, "
                "next_attempt_at, last_error, created_at) VALUES (:mid, 'routing', :rcpt, 's', :raw, :state, "
                ":attempts, :at, :error, :at)"),
                {"mid": mid, "rcpt": TEST_SEALER.seal_text('["a@b.example"]'), "raw": bytes(TEST_SEALER.seal(b"x")),
                 "state": state, "attempts": attempts, "at": AT,
                 "error": TEST_SEALER.seal_text(error) if error else None})

    upgrade(engine)

    with Session(engine) as session:
        got = dict(session.exec(select(OutboundMail.message_id, OutboundMail.waiting_on)).all())
    assert got == {"<relay@x>": "relay", "<4xx@x>": "backoff", "<new@x>": None, "<sent@x>": None}
