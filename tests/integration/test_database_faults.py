"""Database faults are loud and clean: a read-only, full or corrupt SQLite file and a PostgreSQL
server that does not answer each give one line naming the file or server and the fix — on the
command line (no traceback), in `doctor`, and, from `serve`, in a mail to the union office sent
straight over SMTP when the database cannot take the outbox row.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import sqlite3
import stat
import subprocess
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from core.clock import FixedClock
from core.config import load_settings
from complaints.context import make_context
from core.store.faults import DatabaseFault, explain
from core.store.db import make_engine
from tests.ingest.helpers import AT, CSC, OFFICE, SERVICE, plain_mail, serving, wait_until
from tests.integration.test_cli import cli
from tests.support.env import write_config

DOWN = "postgresql+psycopg://complaints@127.0.0.1:9/complaints"  # the discard port: nothing answers


@contextmanager
def read_only(path: Path):
    """The file made read-only for this process: mode 0444, and immutable when we are root
    (root writes through file modes)."""
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    immutable = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o644)


def _sqlite_config(tmp_path: Path, mail) -> tuple[Path, Path]:
    db = tmp_path / "complaints.db"
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=f"sqlite:///{db}")
    cli(config, "db", "upgrade")
    with sqlite3.connect(db) as conn:  # out of WAL: the file alone is the database
        conn.execute("PRAGMA journal_mode=DELETE")
    return config, db


def _one_line(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(word in lines[0] for word in words), lines[0]


def test_a_read_only_sqlite_file_is_one_line_everywhere(tmp_path, mail):
    config, db = _sqlite_config(tmp_path, mail)
    with read_only(db):
        _one_line(cli(config, "run-once", "--at", "2026-11-26T09:30:00+08:00", check=False), str(db), "只读")
        doctor = cli(config, "doctor", "--at", "2026-11-26T09:30:00+08:00", check=False)
        assert doctor.returncode == 1
        [line] = [x for x in doctor.stdout.splitlines() if x.split()[1:2] == ["database:"]]
        assert line.startswith("FAIL") and str(db) in line and "只读" in line, doctor.stdout


def test_a_corrupt_sqlite_file_is_one_line(tmp_path, mail):
    config, db = _sqlite_config(tmp_path, mail)
    db.write_bytes(b"this is not a database" * 100)
    _one_line(cli(config, "cases", check=False), str(db), "已损坏")
    _one_line(cli(config, "quarantine", check=False), str(db), "已损坏")


def test_postgresql_down_is_one_line(tmp_path, mail):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=DOWN)
    _one_line(cli(config, "cases", check=False), "127.0.0.1:9", "无法连接")
    doctor = cli(config, "doctor", check=False)
    assert any(x.startswith("FAIL") and "database:" in x and "127.0.0.1:9" in x for x in doctor.stdout.splitlines())


def test_each_fault_is_named_from_the_drivers_own_errors(tmp_path):
    full = tmp_path / "full.db"
    engine = create_engine(f"sqlite:///{full}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    faults = {}
    try:
        with engine.begin() as conn:  # a database that may not grow: SQLite's own "disk is full"
            conn.execute(text("PRAGMA max_page_count = 2"))
            conn.execute(text("INSERT INTO t SELECT hex(randomblob(2000)) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)"))
    except SQLAlchemyError as exc:
        faults["full"] = explain(engine.url, exc)
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"garbage" * 1000)
    try:
        with create_engine(f"sqlite:///{corrupt}").connect() as conn:
            conn.execute(text("SELECT * FROM sqlite_master"))
    except SQLAlchemyError as exc:
        faults["corrupt"] = explain(f"sqlite:///{corrupt}", exc)
    try:
        with make_engine(DOWN).connect():
            pass
    except SQLAlchemyError as exc:
        faults["down"] = explain(DOWN, exc)
    assert {name: f.fault for name, f in faults.items()} == {
        "full": DatabaseFault.DISK_FULL, "corrupt": DatabaseFault.CORRUPT, "down": DatabaseFault.SERVER_DOWN}
    assert str(full) in str(faults["full"]) and "磁盘已满" in str(faults["full"])


def test_serve_tells_the_office_directly_when_the_database_cannot_take_the_alert(tmp_path, mail):
    config, db = _sqlite_config(tmp_path, mail)
    settings = load_settings(config)
    ctx = make_context(settings, make_engine(settings.database.url, settings.data_key()), FixedClock(AT))
    # a complaint arrives while the file is read-only: the round must write it (an idle round
    # with nothing due may write nothing, and then no fault shows, whatever the file's mode)
    mail.send(plain_mail(sender=CSC, subject="客户投诉"), CSC, [SERVICE])
    with read_only(db):
        # the pool's connections were opened before: each keeps a writable handle, which file
        # modes and `chattr +i` do not take back — serve must open the file afresh to meet them
        ctx.engine.dispose()
        with serving(ctx):
            [alert] = wait_until(lambda: mail.messages(OFFICE), timeout=60, what="the office's alert")
            quiet = len(mail.messages(OFFICE))
    message = email.message_from_bytes(alert, policy=email.policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "数据库" in str(message["Subject"]) and str(db) in body and "只读" in body
    assert quiet == 1, "one alert, not one per retry"
