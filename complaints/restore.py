"""`complaints restore BACKUP`: a copy made by `complaints backup` back in place, and the database
told that it may be behind what the service already sent.

BACKUP is a file (`complaints-YYYYMMDD-HHMMSS.db`, `.dump` or `.sql`) or the backup
directory (its newest). Before anything is replaced:
- `serve` must be stopped: the current database's last good round must be older than
  `RUNNING_WITHIN` (`--force` when the service is known to be down; a broken database
  passes, that is why one restores);
- the key: the key file saved beside the copy must be the configured key or one of its
  older keys, or no reply to a mail the copy knows could be verified; a missing key file is
  put back from the backup (mode 0600); the data key (`.datakey`, which opens the sealed
  columns) must be the configured one, or is put back when missing;
- SQLite: the copy must pass `PRAGMA integrity_check`. The current file is kept beside it
  as `….replaced-STAMP` (with its WAL), the copy goes in by an atomic rename.
- PostgreSQL: the current database is saved first (`pg_dump` to `replaced-STAMP.dump`
  beside the backup), its tables are dropped, and the copy is loaded in one transaction
  (`pg_restore --single-transaction --no-owner`, or `psql --single-transaction -f` for a
  plain `.sql`).
Afterwards the schema is migrated (an older copy may predate a migration), the Message-ID
epoch is replaced, and the Sent folder is read (`complaints/catch_up.py`) so that case
numbers go on after the highest one already sent.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import MetaData
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from complaints.backup import BackupFailed, dump_postgres
from complaints.catch_up import CatchUp, catch_up
from complaints.jobs import LAST_ROUND_KEY
from core.config import Settings, key_path
from core.errors import ComplaintsError, ConfigError, MailError
from core.imap import connect
from core.keys import read_key_file
from core.store.db import make_engine, session_scope, upgrade
from core.store.epoch import rotate_epoch
from core.store.state import get_state

RUNNING_WITHIN = timedelta(minutes=5)  # serve records a good round at least once a minute
SUFFIXES = (".db", ".dump", ".sql")


class RestoreFailed(ComplaintsError):
    """The copy was not put in place; the message says why and what to do."""


@dataclass
class Restored:
    database: Path
    kept: str              # where the database it replaced went
    key: str               # what happened with the key
    caught_up: CatchUp | None


def restore(settings: Settings, source: Path, now: datetime, *, force: bool = False) -> Restored:
    database, key_file = find_backup(source)
    url = make_url(settings.database.url)
    sqlite = url.get_backend_name() == "sqlite"
    if (database.suffix == ".db") != sqlite:
        raise RestoreFailed(f"{database.name} 是{'SQLite' if database.suffix == '.db' else 'PostgreSQL'} 备份，"
                            f"而配置的数据库是{'SQLite' if sqlite else 'PostgreSQL'}（[database] url）")
    if not force:
        _not_running(settings, now)
    key = _key(settings, key_file)
    key += "；" + _data_key(settings, database.with_suffix(".datakey"))
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = _sqlite(database, Path(url.database), stamp) if sqlite else _postgres(url, database, stamp)
    engine = make_engine(settings.database.url, settings.data_key())
    upgrade(engine)
    return Restored(database, kept, key, _caught_up(settings, engine))


def find_backup(source: Path) -> tuple[Path, Path | None]:
    """The backup file (the newest `complaints-*` in a directory) and its key file, if saved."""
    if source.is_dir():
        found = sorted((p for p in source.glob("complaints-*") if p.suffix in SUFFIXES), key=lambda p: p.name)
        if not found:
            raise RestoreFailed(f"目录 {source} 中没有 complaints backup 生成的备份（complaints-*.db / .dump / .sql）")
        source = found[-1]
    if not source.is_file():
        raise RestoreFailed(f"备份文件 {source} 不存在")
    if source.suffix not in SUFFIXES:
        raise RestoreFailed(f"{source.name}：不是 complaints backup 的备份（应为 .db、.dump 或 .sql）")
    key = source.with_suffix(".key")
    return source, key if key.is_file() else None


def _not_running(settings: Settings, now: datetime) -> None:
    try:
        last = get_state(make_engine(settings.database.url), LAST_ROUND_KEY)
    except SQLAlchemyError:
        return  # a broken or missing database: nothing is running on it
    if last and now - datetime.fromisoformat(last) < RUNNING_WITHIN:
        raise RestoreFailed(f"serve 似乎仍在运行（最近一轮 {last}）：请先停止（systemctl stop complaints），"
                            "再恢复；确认已停止时加 --force")


def _key(settings: Settings, saved: Path | None) -> str:
    """The key that signed the copy's mail must stay usable."""
    if saved is None:
        return "备份旁没有密钥文件：沿用当前密钥（若备份时密钥来自环境变量，请确认仍是同一个）"
    backup_keys = read_key_file(saved, settings.security.previous_key_days)
    if not settings.security.key_file:
        current = settings.keyring().every()
        if backup_keys.current not in current:
            raise RestoreFailed(f"备份的签名密钥（{saved}）与环境变量中的密钥不同：恢复后无法识别对已发邮件的回复")
        return "密钥来自环境变量，与备份一致"
    target = key_path(settings.security.key_file, settings.base_dir)
    if not target.exists():
        _put_back(saved, target)
        return f"密钥文件 {target} 不存在，已从备份恢复（0600）"
    try:
        current = read_key_file(target, settings.security.previous_key_days).every()
    except ConfigError as exc:
        raise RestoreFailed(f"当前密钥文件不可用（{exc}）；请先把 {saved} 复制为 {target}（0600）") from None
    if backup_keys.current not in current:
        raise RestoreFailed(f"备份的签名密钥与 {target} 中的密钥都不同：恢复后无法识别对已发邮件的回复。"
                            f"请先把 {saved} 复制为 {target}（0600），或用 key rotate 把它并入")
    return f"密钥 {target} 与备份一致"


def _put_back(saved: Path, target: Path) -> None:
    """A key file missing where the config names it, copied from beside the backup, 0600."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch(mode=0o600)
    target.write_bytes(saved.read_bytes())


def _data_key(settings: Settings, saved: Path) -> str:
    """The data key that sealed the copy's columns: put back when missing, never replaced."""
    if not saved.is_file():
        return "备份旁没有数据密钥文件：沿用当前数据密钥"
    if not settings.security.data_key_file:
        return "数据密钥来自环境变量：请确认与备份旁的 .datakey 相同"
    target = key_path(settings.security.data_key_file, settings.base_dir)
    if not target.exists():
        _put_back(saved, target)
        return f"数据密钥文件 {target} 不存在，已从备份恢复（0600）"
    if target.read_bytes() != saved.read_bytes():
        raise RestoreFailed(f"备份的数据密钥与 {target} 不同：恢复后的数据无法读取。请先把 {saved} 复制为 {target}（0600）")
    return f"数据密钥 {target} 与备份一致"


def _sqlite(copy: Path, target: Path, stamp: str) -> str:
    try:
        with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as check:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise RestoreFailed(f"{copy} 不是可用的 SQLite 数据库（{exc}）") from None
    if verdict != "ok":
        raise RestoreFailed(f"{copy} 未通过完整性检查（{verdict}）：请换一个备份")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    incoming = target.with_name(f"{target.name}.restoring-{stamp}")
    shutil.copyfile(copy, incoming)
    os.chmod(incoming, 0o600)
    kept = "（原先没有数据库文件）"
    if target.exists():
        kept = str(target.with_name(f"{target.name}.replaced-{stamp}"))
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{target}{suffix}")
            if old.exists():
                os.replace(old, f"{kept}{suffix}")
    os.replace(incoming, target)
    return kept


def _postgres(url: URL, copy: Path, stamp: str) -> str:
    for tool in ("pg_dump", "pg_restore" if copy.suffix == ".dump" else "psql"):
        if shutil.which(tool) is None:
            raise RestoreFailed(f"找不到 {tool}：请安装 PostgreSQL 客户端（Debian: apt-get install postgresql-client）")
    kept = copy.with_name(f"replaced-{stamp}.dump")
    try:
        dump_postgres(url, kept)
    except BackupFailed as exc:
        raise RestoreFailed(f"恢复前无法保存当前数据库，未做任何改动：{exc}") from None
    engine = make_engine(url.render_as_string(hide_password=False))
    _drop_tables(engine)
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    command = (["pg_restore", "--single-transaction", "--no-owner", "--exit-on-error", f"--dbname={plain}", str(copy)]
               if copy.suffix == ".dump" else
               ["psql", "--single-transaction", "-v", "ON_ERROR_STOP=1", "-q", "-f", str(copy), plain])
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["(no message)"])[0]
        raise RestoreFailed(f"{command[0]} 失败（{url.host}:{url.port or 5432}/{url.database}）：{first}；"
                            f"恢复前的数据库保存在 {kept}")
    return str(kept)


def _drop_tables(engine: Engine) -> None:
    """Every table of the current schema goes, so the copy's (older) schema is loaded as it was."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        meta.drop_all(conn)
    engine.dispose()


def _caught_up(settings: Settings, engine: Engine) -> CatchUp | None:
    """A new epoch and, when the mail server answers, the counters raised from the Sent folder."""
    try:
        with connect(settings.imap) as box:
            return catch_up(settings, engine, box, restored=True)
    except (MailError, OSError):
        with session_scope(engine) as session:
            rotate_epoch(session)
        return None
