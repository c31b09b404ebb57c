"""Alembic environment: the engine is handed in by core.store.db, never read from an ini.

On SQLite, a migration that changes a column rebuilds its table (batch mode: copy, drop,
rename); with foreign keys enforced, dropping a table other rows point at fails. They are
off during the migration (SQLite ignores the pragma inside a transaction, so it is set on
the driver's connection before the transaction begins), checked afterwards, and back on.
"""

from alembic import context
from sqlmodel import SQLModel

import core.store.models  # noqa: F401  (registers the tables)

target_metadata = SQLModel.metadata
engine = context.config.attributes["engine"]
sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=sqlite)
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                assert not broken, f"a migration broke references: {broken[:5]}"
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
