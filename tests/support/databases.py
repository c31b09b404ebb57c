"""Database fixtures: a fresh, migrated SQLite file or PostgreSQL schema per test.

`db_url` is parametrised over both back ends (ids `sqlite` and `postgresql`), so every
integration test that takes it runs twice. Nothing is mocked: it is the real server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

# One database per test process (unless COMPLAINTS_TEST_PG names one): test runs of other
# sessions, helpers or a benchmark on this machine reset their own schema, never ours.
PG_URL = os.environ.get("COMPLAINTS_TEST_PG",
                        f"postgresql+psycopg://postgres@127.0.0.1:5432/complaints_test_{os.getpid()}")
_OWN_PREFIX = "complaints_test_"
_created: set[str] = set()  # databases this process created, dropped when the session ends


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
        pid = name.removeprefix(_OWN_PREFIX)
        if pid.isdigit() and not _alive(int(pid)):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.fixture(scope="session", autouse=True)
def _drop_own_databases() -> Iterator[None]:
    yield
    if not _created:
        return
    with psycopg.connect(_pg_admin_dsn(PG_URL, "postgres"), autocommit=True) as conn:
        for name in sorted(_created):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _created.clear()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'complaints.db'}"
    else:
        yield reset_postgres()
