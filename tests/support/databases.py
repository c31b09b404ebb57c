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

PG_URL = os.environ.get("COMPLAINTS_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/complaints_test")


def _pg_admin_dsn(url: str, dbname: str) -> str:
    u = make_url(url)
    return f"host={u.host or '127.0.0.1'} port={u.port or 5432} user={u.username or 'postgres'} dbname={dbname}" + (
        f" password={u.password}" if u.password else "")


def reset_postgres(url: str = PG_URL) -> str:
    """Create the test database if needed and empty its public schema; returns the URL."""
    name = make_url(url).database
    with psycopg.connect(_pg_admin_dsn(url, "postgres"), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(_pg_admin_dsn(url, name), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'complaints.db'}"
    else:
        yield reset_postgres()
