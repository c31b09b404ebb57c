"""The case list streams on a second PostgreSQL connection in the first one's exported snapshot:
it must see the data as the figures do, not what was written since."""

from __future__ import annotations

from sqlalchemy import func, select, update

from complaints.digest import figures, queries
from complaints.digest.predicates import CASE, C
from tests.digest.helpers import digest_context
from tests.support.databases import reset_postgres


def test_the_second_connection_sees_the_snapshot_not_later_writes(tmp_path):
    ctx = digest_context(tmp_path, reset_postgres())
    moved = select(func.count()).select_from(CASE).where(C.unit == "ZZ")
    with figures._snapshot(ctx.engine) as conn:
        snapshot = queries.export_snapshot(conn)
        with ctx.engine.begin() as writer:
            changed = writer.execute(update(CASE).values(unit="ZZ")).rowcount
        with figures._same_snapshot(ctx.engine, snapshot) as other:
            assert other.execute(moved).scalar_one() == 0
        assert conn.execute(moved).scalar_one() == 0
    with ctx.engine.connect() as after:
        assert after.execute(moved).scalar_one() == changed > 0
