"""`complaints backup DIR`: a consistent copy of the database and the signing and data keys, together.

SQLite: the online backup API (a consistent snapshot while `serve` runs, WAL included),
checked with `PRAGMA integrity_check`. PostgreSQL: `pg_dump --format=custom` of the configured
database (restore with `pg_restore --clean --dbname …`). The key file is copied beside it
(mode 0600): a database restored without the key it was signed with cannot recognise the
replies to its own mails. Files are named by the instant, so backups never overwrite.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from core.config import Settings, key_path
from core.errors import ComplaintsError


class BackupFailed(ComplaintsError):
    """The copy could not be made or checked; the message says which part and why."""


@dataclass(frozen=True)
class Backup:
    database: Path
    key: Path | None
    data_key: Path | None = None


def backup(settings: Settings, directory: Path, now: datetime) -> Backup:
    """Copy the database and the key file into `directory` (created if missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    url = make_url(settings.database.url)
    if url.get_backend_name() == "sqlite":
        database = _sqlite(Path(url.database), directory / f"complaints-{stamp}.db")
    else:
        database = dump_postgres(url, directory / f"complaints-{stamp}.dump")
    return Backup(database, _key(settings, directory / f"complaints-{stamp}.key"),
                  _copy_key(settings.security.data_key_file, settings, directory / f"complaints-{stamp}.datakey"))


def _sqlite(source: Path, target: Path) -> Path:
    if not source.exists():
        raise BackupFailed(f"数据库文件 {source} 不存在，无法备份")
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise BackupFailed(f"数据库文件 {source} 的备份未通过完整性检查（{verdict}）：原文件可能已损坏")
    return target


def dump_postgres(url, target: Path) -> Path:
    """`pg_dump --format=custom` of the database at `url` into `target` (also `complaints restore`'s safety copy)."""
    if shutil.which("pg_dump") is None:
        raise BackupFailed("找不到 pg_dump：请安装 PostgreSQL 客户端（Debian: apt-get install postgresql-client）")
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run(["pg_dump", "--format=custom", "--no-owner", f"--file={target}", plain],
                          capture_output=True, text=True)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        first = (done.stderr.strip().splitlines() or ["(no message)"])[0]
        raise BackupFailed(f"pg_dump 失败（PostgreSQL {url.host}:{url.port or 5432}/{url.database}）：{first}")
    return target


def _key(settings: Settings, target: Path) -> Path | None:
    return _copy_key(settings.security.key_file, settings, target, "签名密钥")


def _copy_key(key_file: str, settings: Settings, target: Path, what: str = "数据密钥") -> Path | None:
    """The key file copied beside the database (0600); the data key opens the database's
    sealed columns, so a backup without it is unreadable."""
    if not key_file:
        return None  # the key comes from the environment: the operator keeps it elsewhere
    source = key_path(key_file, settings.base_dir)
    if not source.exists():
        raise BackupFailed(f"{what}文件 {source} 不存在，无法与数据库一起备份")
    target.touch(mode=0o600)
    target.write_bytes(source.read_bytes())
    return target
