"""The migrations build exactly the schema the models declare, on SQLite and PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import core.store.models  # noqa: F401
from core.errors import DatabaseNotMigrated
from core.store.db import check_migrated, make_engine, upgrade
from tests.support.keys import TEST_SEALER


def test_migrations_match_models_and_are_idempotent(db_url):
    engine = make_engine(db_url, TEST_SEALER)
    try:
        check_migrated(engine)
        raise AssertionError("an empty database must be refused")
    except DatabaseNotMigrated as exc:
        assert "complaints db upgrade" in str(exc)
    upgrade(engine)
    upgrade(engine)
    check_migrated(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
