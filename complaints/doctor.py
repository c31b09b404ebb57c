"""`complaints doctor`: is everything the service needs reachable? One line per check.

Written for the operator at install time and for the union office when mail stops
flowing: each line names what was checked and, on failure, what to fix.
"""

from __future__ import annotations

import smtplib
from typing import Iterator

from complaints.errors import ComplaintsError


def run_checks(app) -> Iterator[tuple[str, bool]]:
    try:
        settings = app.settings
    except ComplaintsError as exc:
        yield f"config: {exc}", False
        return
    yield (f"config: {app.config_path or 'complaints.toml'} — {len(settings.units.unit)} units, "
           f"{len(settings.units.leader)} leaders, office {settings.office.address}"), True
    yield _database(app)
    yield _imap(settings)
    yield _smtp(settings)


def _database(app) -> tuple[str, bool]:
    try:
        engine = app.engine(check=True)
        with engine.connect():
            pass
        return f"database: {engine.url.render_as_string(hide_password=True)} reachable and migrated", True
    except ComplaintsError as exc:
        return f"database: {exc}", False
    except Exception as exc:  # noqa: BLE001 - doctor reports every fault as a line
        return f"database: cannot connect: {exc}", False


def _imap(settings) -> tuple[str, bool]:
    from ingest.imap import connect

    cfg = settings.imap
    try:
        with connect(cfg) as box:
            status = box.select(cfg.inbox)
            idle = "IDLE" in box.capabilities()
        return (f"imap: {cfg.username} at {cfg.host}:{cfg.port} — {status.exists} mail(s) in {cfg.inbox}, "
                f"IDLE {'yes' if idle else 'no (polling)'}"), True
    except ComplaintsError as exc:
        return f"imap: {exc}", False


def _smtp(settings) -> tuple[str, bool]:
    from outbox.sender import open_smtp

    cfg = settings.smtp
    try:
        smtp = open_smtp(cfg)
        code, _ = smtp.noop()
        smtp.quit()
        return f"smtp: {cfg.host}:{cfg.port} answers ({code})", code == 250
    except (ComplaintsError, smtplib.SMTPException, OSError) as exc:
        return f"smtp: {exc}", False
