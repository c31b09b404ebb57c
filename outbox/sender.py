"""Deliver the outbox: each promised mail reaches the SMTP server once, never twice.

A row is claimed (state `sending`, with a lease) and committed before SMTP; after the
server accepts it, a copy goes to the Sent folder and the row becomes `sent`. A row found
still `sending` after its lease (a crash in between) is looked up in the Sent folder by
its Message-ID before it is sent again. Temporary failures back off per `retry.DELIVERY`;
permanent ones mark the row failed and tell the union office.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session, or_, select

from complaints.config import SmtpConfig
from complaints.errors import PermanentMailError, TransientMailError
from complaints.retry import DELIVERY, RetryPolicy
from complaints.store.db import is_postgres, session_scope
from complaints.store.models import OutboundMail
from ingest.imap import Mailbox

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
SmtpFactory = Callable[[SmtpConfig], smtplib.SMTP]


@dataclass
class DeliveryReport:
    sent: int = 0
    recovered: int = 0
    retried: int = 0
    failed: list[int] = field(default_factory=list)


def open_smtp(cfg: SmtpConfig) -> smtplib.SMTP:
    """The seam for the SMTP connection: plain, STARTTLS or SSL, with login when configured."""
    try:
        if cfg.security == "ssl":
            smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
        else:
            smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
            if cfg.security == "starttls":
                smtp.starttls()
        if cfg.username:
            smtp.login(cfg.username, cfg.secret())
        return smtp
    except smtplib.SMTPAuthenticationError as exc:
        raise PermanentMailError(f"SMTP {cfg.host}:{cfg.port} refused the login: {exc}") from exc
    except (OSError, socket.timeout, ssl.SSLError, smtplib.SMTPException) as exc:
        raise TransientMailError(f"SMTP {cfg.host}:{cfg.port} unreachable: {exc}") from exc


def _claim(engine: Engine, now: datetime, limit: int) -> list[OutboundMail]:
    """Take due rows (pending, or sending with an expired lease); other workers skip them."""
    with session_scope(engine) as session:
        query = (
            select(OutboundMail)
            .where(or_(OutboundMail.state == "pending", OutboundMail.state == "sending"))
            .where(OutboundMail.next_attempt_at <= now)
            .order_by(OutboundMail.id)
            .limit(limit)
        )
        if is_postgres(engine):
            query = query.with_for_update(skip_locked=True)
        rows = list(session.exec(query).all())
        for row in rows:
            row.last_error = "in doubt: lease expired while sending" if row.state == "sending" else row.last_error
            row.state, row.next_attempt_at = "sending", now + LEASE
            session.add(row)
    return rows


def deliver_due(
    engine: Engine,
    cfg: SmtpConfig,
    now: datetime,
    *,
    sent_box: Mailbox | None,
    smtp_factory: SmtpFactory = open_smtp,
    policy: RetryPolicy = DELIVERY,
    limit: int = 500,
    on_permanent_failure: Callable[[Session, OutboundMail, str], None] | None = None,
) -> DeliveryReport:
    """Send every due row once; returns what happened for logs and tests."""
    report = DeliveryReport()
    rows = _claim(engine, now, limit)
    if not rows:
        return report
    smtp: smtplib.SMTP | None = None
    try:
        for row in rows:
            if row.last_error and row.last_error.startswith("in doubt") and _already_sent(sent_box, cfg, row):
                _finish(engine, row.id, now, "sent", "recovered from the Sent folder after a crash")
                report.recovered += 1
                continue
            try:
                smtp = smtp or smtp_factory(cfg)
                _send_one(smtp, cfg, row)
            except TransientMailError as exc:
                smtp = _drop(smtp)
                _retry(engine, row.id, now, policy, str(exc), report, on_permanent_failure)
                continue
            except PermanentMailError as exc:
                _fail(engine, row.id, now, str(exc), report, on_permanent_failure)
                continue
            if sent_box is not None:
                _copy_to_sent(sent_box, cfg, row)
            _finish(engine, row.id, now, "sent", None)
            report.sent += 1
    finally:
        _drop(smtp)
    return report


def _send_one(smtp: smtplib.SMTP, cfg: SmtpConfig, row: OutboundMail) -> None:
    try:
        refused = smtp.sendmail(cfg.from_address, list(row.recipients), row.raw)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = {code for code, _ in exc.recipients.values()}
        if all(400 <= c < 500 for c in codes):
            raise TransientMailError(f"recipients deferred: {exc.recipients}") from exc
        raise PermanentMailError(f"recipients refused: {exc.recipients}") from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise TransientMailError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}") from exc
        raise PermanentMailError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}") from exc
    except (OSError, socket.timeout, smtplib.SMTPException) as exc:
        raise TransientMailError(f"SMTP failed: {exc}") from exc
    if refused:
        log.warning("outbound %s: some recipients refused: %s", row.message_id, refused)


def _drop(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.quit()
        except Exception:  # noqa: BLE001 - a dead connection is dropped either way
            pass
    return None


def _already_sent(sent_box: Mailbox | None, cfg: SmtpConfig, row: OutboundMail) -> bool:
    if sent_box is None:
        return False
    sent_box.select(cfg.sent_folder)
    return bool(sent_box.search_message_id(row.message_id))


def _copy_to_sent(sent_box: Mailbox, cfg: SmtpConfig, row: OutboundMail) -> None:
    try:
        sent_box.append(cfg.sent_folder, row.raw)
    except TransientMailError as exc:  # the mail is out; a missing copy only weakens recovery
        log.warning("outbound %s sent but not copied to %s: %s", row.message_id, cfg.sent_folder, exc)


def _finish(engine: Engine, row_id: int, now: datetime, state: str, note: str | None) -> None:
    with session_scope(engine) as session:
        row = session.get(OutboundMail, row_id)
        row.state, row.sent_at, row.last_error = state, now, note
        row.attempts += 1
        session.add(row)


def _retry(engine, row_id, now, policy, error, report, on_permanent_failure) -> None:
    with session_scope(engine) as session:
        row = session.get(OutboundMail, row_id)
        row.attempts += 1
        if policy.exhausted(row.attempts):
            session.commit()
            _fail(engine, row_id, now, f"gave up after {row.attempts} attempts: {error}", report, on_permanent_failure)
            return
        row.state, row.last_error = "pending", error
        row.next_attempt_at = policy.next_attempt(now, row.attempts)
        session.add(row)
    report.retried += 1
    log.info("outbound %s deferred (attempt %d): %s", row_id, row.attempts, error)


def _fail(engine, row_id, now, error, report, on_permanent_failure) -> None:
    with session_scope(engine) as session:
        row = session.get(OutboundMail, row_id)
        row.state, row.last_error = "failed", error
        session.add(row)
        if on_permanent_failure is not None:
            on_permanent_failure(session, row, error)
    report.failed.append(row_id)
    log.error("outbound %s failed permanently: %s", row_id, error)
