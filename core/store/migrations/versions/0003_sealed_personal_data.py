"""sealed personal data: customers' data, complaint texts and raw mails encrypted at rest (issue 16)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 02:40:00

The columns core/store/sealed.py seals become text (base64 of nonce + AES-GCM ciphertext)
where they were short strings or JSON, and every existing row is sealed in place with the
engine's data key (`make_engine(url, settings.data_key())`; `complaints db upgrade` passes
it). The phone gets a keyed-hash column beside it, the only way to find a case by phone now;
the old index on the clear phone goes. On SQLite the tables are rebuilt (batch mode) with
`secure_delete` on, so the clear text is overwritten, not left in free pages.
Downgrade is not offered: it would write the data back in the clear.
"""
import json

from alembic import op
import sqlalchemy as sa

from core.sealing import phone_lookup
from core.store.sealed import sealer_of

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

TO_TEXT = {  # table: columns that become text (short strings and JSON before)
    "case": ("customer_name", "customer_phone", "customer_id_number", "customer_account", "customer_email",
             "source_address", "fields"),
    "message": ("sender",),
    "attachment": ("filename",),
    "event": ("data",),
    "outbound_mail": ("recipients",),
}
SEALED_TEXT = {
    "case": ("customer_name", "customer_phone", "customer_id_number", "customer_account", "customer_email",
             "source_address", "fields", "content", "request", "result_text"),
    "message": ("sender", "subject"),
    "attachment": ("filename",),
    "event": ("detail", "data"),
    "outbound_mail": ("recipients", "last_error"),
}
SEALED_BYTES = {"message": ("raw",), "outbound_mail": ("raw",)}
JSON_COLUMNS = {("case", "fields"), ("event", "data"), ("outbound_mail", "recipients")}


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("case") as batch:
        batch.drop_index("ix_case_customer_phone")
        batch.add_column(sa.Column("customer_phone_hash", sa.String(length=64), nullable=True))
        batch.create_index("ix_case_customer_phone_hash", ["customer_phone_hash"], unique=False)
    for table, columns in TO_TEXT.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                using = f"{column}::text" if bind.dialect.name == "postgresql" else None
                batch.alter_column(column, type_=sa.Text(), postgresql_using=using)
    for table in ("case", "message", "attachment", "event", "outbound_mail"):
        _seal_rows(bind, table)


def _seal_rows(bind, table: str) -> None:
    """Every row's sealed columns rewritten sealed, one row at a time (no row is held twice)."""
    texts, blobs = SEALED_TEXT.get(table, ()), SEALED_BYTES.get(table, ())
    columns = texts + blobs
    extra = (sa.column("customer_phone_hash"),) if table == "case" else ()
    t = sa.table(table, sa.column("id"), *(sa.column(c, sa.Text()) for c in texts),
                 *(sa.column(c, sa.LargeBinary()) for c in blobs), *extra)
    if not bind.execute(sa.select(sa.func.count()).select_from(t)).scalar():
        return
    sealer = sealer_of(bind.dialect)  # rows to seal and no data key: refuse, never leave them clear
    ids = [row[0] for row in bind.execute(sa.select(t.c.id).order_by(t.c.id))]
    for row_id in ids:
        row = bind.execute(sa.select(*(t.c[c] for c in columns)).where(t.c.id == row_id)).mappings().one()
        values = {c: sealer.seal_text(_as_text(table, c, row[c])) for c in texts if row[c] is not None}
        values.update({c: sealer.seal(bytes(row[c])) for c in blobs if row[c] is not None})
        if table == "case":
            values["customer_phone_hash"] = phone_lookup(sealer, row["customer_phone"])
        bind.execute(sa.update(t).where(t.c.id == row_id).values(**values))


def _as_text(table: str, column: str, value) -> str:
    """A JSON column's text (already text after the type change; parsed, should a driver parse it)."""
    if (table, column) in JSON_COLUMNS and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def downgrade() -> None:
    raise NotImplementedError("0003 seals personal data; going back would write it in the clear")
