"""Engine and sessions for SQLite (WAL) and PostgreSQL, and the schema version check.

The service refuses to run against a database that `complaints db upgrade` has not brought
to the code's schema: a half-migrated store would lose or misfile cases silently.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from core.errors import DatabaseNotMigrated
from core.sealing import Sealer
from core.store.sealed import attach_sealer

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


WRITES = "complaints_writes"
"""Execution option of a transaction that means to write: on SQLite it begins IMMEDIATE."""


def make_engine(url: str, sealer: Sealer | None = None) -> Engine:
    """The engine for `url`, carrying the data key (`Settings.data_key()`) its sealed columns
    need; one made without it reads and writes everything but personal data and mails."""
    if url.startswith("sqlite"):
        private_sqlite_file(url)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return attach_sealer(_savepoints_as_text(engine), sealer)


def _savepoints_as_text(engine: Engine) -> Engine:
    """SAVEPOINT, RELEASE and ROLLBACK TO as plain statements: every mail is handled in a
    savepoint of its own, and SQLAlchemy compiled these anew each time (its cache keeps no
    key for them) — a statement compiled twice a mail. The same SQL, written once here; the
    names are SQLAlchemy's own (`sa_savepoint_N`), quoted as its compiler quotes them."""
    dialect, quote = engine.dialect, engine.dialect.identifier_preparer.quote
    dialect.do_savepoint = lambda conn, name: conn.exec_driver_sql(f"SAVEPOINT {quote(name)}")
    dialect.do_release_savepoint = lambda conn, name: conn.exec_driver_sql(f"RELEASE SAVEPOINT {quote(name)}")
    dialect.do_rollback_to_savepoint = lambda conn, name: conn.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {quote(name)}")
    return engine


def private_sqlite_file(url: str) -> None:
    """The database holds complainants' data: its directory is made 0700 when missing and the
    file is created 0600 (SQLite gives its -wal and -shm files the file's mode); an existing
    file readable by others is narrowed to 0600."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        elif path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError as exc:  # a read-only or immutable file: the database's own fault line says so
        log.debug("could not make the database file %s private: %s", path, exc.strerror or exc)


def _sqlite_connect(dbapi_conn, _record) -> None:
    """WAL, foreign keys, a 30 s busy wait, deleted content overwritten; and pysqlite's own
    BEGIN handling off.

    pysqlite (Python < 3.12 legacy mode) emits BEGIN only before a DML statement, so a
    SAVEPOINT issued first opens the transaction itself and its RELEASE commits everything.
    With `isolation_level = None` it emits nothing and `_sqlite_begin` begins every
    transaction (SQLAlchemy's documented recipe for SQLite savepoints).
    """
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA secure_delete=ON")   # erased data (a purge, a superseded value) is zeroed in the file
    cur.close()


def _sqlite_begin(conn) -> None:
    """A writing transaction takes the write lock at once (BEGIN IMMEDIATE), waiting up to
    busy_timeout for another writer; a deferred one that read first could not wait: SQLite
    refuses its later write at once (SQLITE_BUSY) when another writer committed meanwhile.
    Reading transactions stay deferred: in WAL mode they never block and never wait."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITES) else "BEGIN")


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    command.upgrade(_alembic_config(engine), "head")


def check_migrated(engine: Engine) -> None:
    """Raise DatabaseNotMigrated unless the database is at the code's newest migration."""
    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        shown = current or "empty"
        raise DatabaseNotMigrated(
            f"database {engine.url.render_as_string(hide_password=True)} is at schema "
            f"{shown}, the code needs {head}: run `complaints db upgrade`"
        )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One writing transaction: commit on success, roll back on any error.

    On SQLite the threads of this process take turns first (`WriterTurns`), so SQLite's own
    lock is only ever contended by other processes."""
    with _writer_turn(engine), Session(engine, expire_on_commit=False, execution_options={WRITES: True}) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


class WriterTurns:
    """SQLite's single write lock, handed between this process's threads in the order they
    asked. SQLite's own busy wait polls with growing sleeps, so a thread that commits and
    begins again at once (the pipeline, batch after batch) keeps the lock while another
    (the delivery runner) sleeps through every gap — seconds of waiting per thousand mails.
    Re-entrant: a thread that already has the turn (a nested scope) goes on."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._next = self._serving = 0
        self._owner: int | None = None
        self._depth = 0

    def __enter__(self) -> None:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return
            ticket, self._next = self._next, self._next + 1
            self._cond.wait_for(lambda: self._serving == ticket)
            self._owner, self._depth = me, 1

    def __exit__(self, *exc) -> None:
        with self._cond:
            self._depth -= 1
            if self._depth == 0:
                self._owner, self._serving = None, self._serving + 1
                self._cond.notify_all()


_TURNS: "weakref.WeakKeyDictionary[Engine, WriterTurns]" = weakref.WeakKeyDictionary()
_TURNS_LOCK = threading.Lock()


def _writer_turn(engine: Engine) -> WriterTurns | contextlib.nullcontext:
    if engine.dialect.name != "sqlite":
        return contextlib.nullcontext()
    with _TURNS_LOCK:
        return _TURNS.setdefault(engine, WriterTurns())
