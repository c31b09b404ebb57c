"""outbox waiting_on: why a pending row waits is a column, not a word in its sealed error text

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 06:00:00

`outbound_mail.waiting_on` (outbox.states.WaitingOn) says why an attempt put a row back to
pending: the relay was unreachable (its return releases the row at once) or this mail failed
for now (it keeps its back-off). Before, outbox/relay_return.py found the first kind by the
word "unreachable" in `last_error`, which 0003 sealed — so it had to decrypt every deferred
row each round, and broke when the column changed under it.

Rows waiting at upgrade time are given their reason from that text once, here (the error
lines of open_smtp carry the word); this reads `last_error` through the engine's data key,
which `complaints db upgrade` passes, and only for pending rows already tried.
"""
from alembic import op
import sqlalchemy as sa

from core.store.sealed import sealer_of

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

UNREACHABLE = "unreachable"  # the word open_smtp's error lines carried (outbox/smtp_connections.py)


def upgrade() -> None:
    with op.batch_alter_table("outbound_mail") as batch:
        batch.add_column(sa.Column("waiting_on", sa.String(length=32), nullable=True))
    bind = op.get_bind()
    t = sa.table("outbound_mail", sa.column("id"), sa.column("state"), sa.column("attempts"),
                 sa.column("last_error", sa.Text()), sa.column("waiting_on"))
    waiting = bind.execute(sa.select(t.c.id, t.c.last_error).where(t.c.state == "pending", t.c.attempts > 0)).all()
    if not waiting:
        return
    sealer = sealer_of(bind.dialect)  # rows to read and no data key: refuse rather than guess
    for row_id, sealed in waiting:
        error = sealer.open_text(sealed) if sealed else ""
        waiting_on = "relay" if UNREACHABLE in error else "backoff"
        bind.execute(sa.update(t).where(t.c.id == row_id).values(waiting_on=waiting_on))


def downgrade() -> None:
    with op.batch_alter_table("outbound_mail") as batch:
        batch.drop_column("waiting_on")
