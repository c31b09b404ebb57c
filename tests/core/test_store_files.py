"""The SQLite file holds complainants' data: private to the service's user from the start."""

from __future__ import annotations

import stat

from sqlalchemy import text

from core.store.db import make_engine


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_is_0600_in_a_new_0700_directory(tmp_path):
    path = tmp_path / "data" / "complaints.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('陈晓梅')"))
    assert _mode(path.parent) == 0o700 and _mode(path) == 0o600
    for sidecar in path.parent.glob("complaints.db-*"):  # WAL and shared memory follow the file
        assert _mode(sidecar) & 0o077 == 0, sidecar
    engine.dispose()


def test_an_existing_database_readable_by_others_is_narrowed(tmp_path):
    path = tmp_path / "complaints.db"
    path.touch(mode=0o644)
    path.chmod(0o644)
    make_engine(f"sqlite:///{path}").dispose()
    assert _mode(path) == 0o600
