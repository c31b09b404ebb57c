"""`complaints backup DIR` on both databases: a consistent copy that restores, and the key beside it."""

from __future__ import annotations

import sqlite3
import stat
import subprocess


from complaints.sample_mail import form_mail
from tests.integration.test_cli import FORM, cli
from tests.support.env import CSC, SERVICE, write_config


def test_backup_copies_the_database_and_the_key(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    mail.send(form_mail(FORM, sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    cli(config, "run-once", "--at", "2026-11-26T09:30:00+08:00")

    out = cli(config, "--at", "2026-11-26T18:00:00+08:00", "backup", str(tmp_path / "backups")).stdout
    [database] = list((tmp_path / "backups").glob("complaints-20261126-180000.*[bp]"))
    assert str(database) in out
    [key] = list((tmp_path / "backups").glob("*.key"))
    assert key.read_bytes() == (tmp_path / "complaints.key").read_bytes()
    [data_key] = list((tmp_path / "backups").glob("*.datakey"))
    assert data_key.read_bytes() == (tmp_path / "complaints.datakey").read_bytes()
    assert data_key.stat().st_mode & 0o777 == 0o600
    assert stat.S_IMODE(key.stat().st_mode) == 0o600

    if db_url.startswith("sqlite"):
        with sqlite3.connect(database) as copy:
            assert copy.execute('SELECT count(*) FROM "case"').fetchone()[0] == 1
    else:
        listing = subprocess.run(["pg_restore", "--list", str(database)], capture_output=True, text=True, check=True)
        assert "TABLE public case " in listing.stdout and "TABLE DATA public case " in listing.stdout


def test_a_missing_sqlite_file_is_one_line(tmp_path, mail):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port,
                          db_url=f"sqlite:///{tmp_path / 'nowhere.db'}")
    result = cli(config, "backup", str(tmp_path / "backups"), check=False)
    assert result.returncode == 2 and "nowhere.db" in result.stderr and "Traceback" not in result.stderr
