"""Database fixtures: a fresh SQLite file or PostgreSQL schema per test, and `migrated`.

`db_url` is parametrised over both back ends (ids `sqlite` and `postgresql`), so every
integration test that takes it runs twice. Nothing is mocked: it is the real server.

`migrated(engine)` is what the tests' helpers call for a schema at the newest migration:
the migrations run once per test process and back end (`upgrade`, into a template), and
each test gets a copy — on SQLite a file copy, on PostgreSQL `CREATE DATABASE … TEMPLATE`.
Running every migration again for each test cost about a second (SQLite rebuilds five
tables in 0003) and told nothing new: the migrations themselves are tested where they run,
in tests/core/test_*migration*.py and every `complaints db upgrade` of the CLI tests.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from core.store.db import make_engine, upgrade

# One database per test process (unless COMPLAINTS_TEST_PG names one): test runs of other
# sessions, helpers or a benchmark on this machine reset their own schema, never ours.
PG_URL = os.environ.get("COMPLAINTS_TEST_PG",
                        f"postgresql+psycopg://postgres@127.0.0.1:5432/complaints_test_{os.getpid()}")
_OWN_PREFIX = "complaints_test_"
_created: set[str] = set()  # databases this process created, dropped when the session ends
_OWN_PID = re.compile(rf"{_OWN_PREFIX}(\d+)")  # the creator's pid, before any suffix (`_b`, `_template`)
_templates: dict[str, str | Path] = {}  # back end (SQLite, or a PostgreSQL server) → its migrated template


def _pg_admin_dsn(url: str, dbname: str) -> str:
    u = make_url(url)
    return f"host={u.host or '127.0.0.1'} port={u.port or 5432} user={u.username or 'postgres'} dbname={dbname}" + (
        f" password={u.password}" if u.password else "")


def reset_postgres(url: str = PG_URL) -> str:
    """Create the test database if needed and empty its public schema; returns the URL."""
    name = make_url(url).database
    if name not in _created:
        with psycopg.connect(_pg_admin_dsn(url, "postgres"), autocommit=True) as conn:
            _drop_abandoned(conn)
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
                _created.add(name)
    with psycopg.connect(_pg_admin_dsn(url, name), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


def _drop_abandoned(conn) -> None:
    """Per-process databases whose process is gone (a killed run, a benchmark)."""
    for (name,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (_OWN_PREFIX + "%",)):
        pid = _OWN_PID.match(name)
        if pid and not _alive(int(pid.group(1))):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def migrated(engine: Engine) -> None:
    """`engine`'s database at the newest migration, as `upgrade(engine)` leaves it: a copy of
    this process's migrated template when the database is an empty one of the tests' own (a
    SQLite file just made, a PostgreSQL database this process created), else `upgrade`."""
    copied = _copy_sqlite_template(engine) if engine.dialect.name == "sqlite" else _copy_postgres_template(engine)
    if not copied:
        upgrade(engine)


def _copy_sqlite_template(engine: Engine) -> bool:
    path = Path(engine.url.database or "")
    if not path.is_file() or path.stat().st_size or any(Path(f"{path}{s}").exists() for s in ("-wal", "-journal")):
        return False  # :memory:, or a database someone wrote to
    engine.dispose()
    shutil.copyfile(_sqlite_template(), path)  # into the existing file: it keeps its 0600
    return True


def _sqlite_template() -> Path:
    if "sqlite" not in _templates:
        directory = Path(tempfile.mkdtemp(prefix="complaints-test-template-"))
        atexit.register(shutil.rmtree, directory, ignore_errors=True)
        path = directory / "migrated.db"
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        with engine.connect() as conn:  # everything in the file itself, none of it left in -wal
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        _templates["sqlite"] = path
    return Path(_templates["sqlite"])


def _copy_postgres_template(engine: Engine) -> bool:
    url = engine.url.render_as_string(hide_password=False)
    name = engine.url.database
    if name not in _created:
        return False  # COMPLAINTS_TEST_PG's database, or one this process did not make: never dropped here
    with engine.connect() as conn:
        if conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar():
            return False
    engine.dispose()
    template = _postgres_template(url)
    with psycopg.connect(_pg_admin_dsn(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return True


def _postgres_template(url: str) -> str:
    """This process's migrated template database on `url`'s server (made on first use)."""
    u = make_url(url)
    server = f"{u.host}:{u.port}"
    if server not in _templates:
        name = f"{_OWN_PREFIX}{os.getpid()}_template"
        with psycopg.connect(_pg_admin_dsn(url, "postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        _created.add(name)
        engine = make_engine(u.set(database=name).render_as_string(hide_password=False))
        upgrade(engine)
        engine.dispose()
        _templates[server] = name
    return str(_templates[server])


@pytest.fixture(scope="session", autouse=True)
def _drop_own_databases() -> Iterator[None]:
    yield
    if not _created:
        return
    with psycopg.connect(_pg_admin_dsn(PG_URL, "postgres"), autocommit=True) as conn:
        for name in sorted(_created):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _created.clear()
    _templates.clear()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'complaints.db'}"
    else:
        yield reset_postgres()
