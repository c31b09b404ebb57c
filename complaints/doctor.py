"""`complaints doctor`: is everything the service needs reachable? One line per check.

Written for the operator at install time and for the union office when mail stops
flowing: each line names what was checked and, on failure, what to fix. One check acts
rather than looks: `receipts` sends a probe mail and deletes its copy from the Sent folder.
"""

from __future__ import annotations

import smtplib
from datetime import datetime, timedelta
from enum import Enum
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, func, select

from complaints.holiday_arrangements import learn
from complaints.jobs import LAST_ROUND_KEY
from complaints.outbox_watch import overdue_routing
from complaints.provisional_jobs import LOOKAHEAD_DAYS
from complaints.receipt_probe import RECEIPT_WAIT_SECONDS, probe_receipts
from core.errors import ComplaintsError
from core.imap import connect
from core.store.db import session_scope
from core.store.faults import explain
from core.store.models import OutboundMail, ServiceState
from core.transport import describe
from outbox.smtp_connections import open_smtp
from outbox.states import WAITING, OutboxState
from router.deadlines import first_receipt_without_deadlines, provisional_years_ahead


class Verdict(str, Enum):
    """A check's outcome beside plain pass/fail: WARN is shown but does not fail `doctor`."""

    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"

    @classmethod
    def of(cls, passed: bool | Verdict) -> Verdict:
        if isinstance(passed, Verdict):
            return passed
        return cls.OK if passed else cls.FAIL


def run_checks(app, at: datetime | None = None, *, receipt_wait: float = RECEIPT_WAIT_SECONDS,
               probe: bool = True) -> Iterator[tuple[str, bool | Verdict]]:
    """Every check, in order. `probe=False` (serve's /healthz, asked every few seconds)
    leaves out the one that acts: the probe mail through Sent."""
    try:
        settings = app.settings
    except ComplaintsError as exc:
        yield f"config: {exc}", False
        return
    yield (f"config: {app.config_path or 'complaints.toml'} — {len(settings.units.unit)} units, "
           f"{len(settings.units.leader)} leaders, office {settings.office.address}"), True
    yield _keys(settings)
    yield _database(app)
    yield _imap(settings)
    yield _smtp(settings)
    if probe:
        yield probe_receipts(app, settings, receipt_wait)
    yield _calendar(app, at)
    yield from _service(app, at)


def key_line(settings) -> tuple[str, bool]:
    """No signing key, no service: a missing, short or world-readable key fails here."""
    try:
        keyring = settings.keyring()
    except ComplaintsError as exc:
        return f"key: {exc}", False
    where = settings.security.key_file or f"${settings.security.thread_secret_env}"
    older = len(keyring.keys) - 1
    return (f"key: {where} — {len(keyring.current)} bytes"
            + (f", {older} older key(s) kept for rotation" if older else "")), True


def _keys(settings) -> tuple[str, bool]:
    """Both keys on one line: the signing key's, then the data key's."""
    (signing, signing_ok), (data, data_ok) = key_line(settings), data_key_line(settings)
    return f"{signing}; {data}", signing_ok and data_ok


def data_key_line(settings) -> tuple[str, bool]:
    """No data key, no service: the customers' data in the database is sealed with it."""
    try:
        settings.data_key()
    except ComplaintsError as exc:
        return f"data key: {exc}", False
    where = settings.security.data_key_file or f"${settings.security.data_key_env}"
    return f"data key: {where} — seals customers' data and mails in the database; back it up with it", True


def _database(app) -> tuple[str, bool]:
    """Reachable, migrated and writable: one change written and rolled back (a read-only or
    full file, a read-only replica or a revoked grant fail here, not at the first new case)."""
    try:
        engine = app.engine(check=True)
        with session_scope(engine) as session:
            session.execute(text("UPDATE alembic_version SET version_num = version_num"))
            session.rollback()
        return f"database: {engine.url.render_as_string(hide_password=True)} reachable, migrated and writable", True
    except ComplaintsError as exc:
        return f"database: {exc}", False
    except SQLAlchemyError as exc:
        return f"database: {explain(app.settings.database.url, exc)}", False
    except Exception as exc:  # noqa: BLE001 - doctor reports every fault as a line
        return f"database: cannot connect: {exc}", False


def _said(app, exc: Exception) -> str:
    """A fault as one line: a database fault explained (file or server, the fix), else as raised."""
    return str(explain(app.settings.database.url, exc)) if isinstance(exc, SQLAlchemyError) else str(exc)


def _imap(settings) -> tuple[str, bool | Verdict]:
    cfg = settings.imap
    try:
        with connect(cfg) as box:
            status = box.select(cfg.inbox)
            idle = "IDLE" in box.capabilities()
            transport = box.transport
        return _plaintext_warned(cfg, "imap", f"imap: {cfg.username} at {cfg.host}:{cfg.port} — {status.exists} "
                                              f"mail(s) in {cfg.inbox}, IDLE {'yes' if idle else 'no (polling)'}; "
                                              f"{transport}")
    except ComplaintsError as exc:
        return f"imap: {exc}", False


def _smtp(settings) -> tuple[str, bool | Verdict]:
    cfg = settings.smtp
    try:
        smtp = open_smtp(cfg)
        transport = describe(smtp.sock, cfg.ca_file, cfg.auth_method())
        code, _ = smtp.noop()
        smtp.quit()
        if code != 250:
            return f"smtp: {cfg.host}:{cfg.port} answers NOOP with {code}", False
        return _plaintext_warned(cfg, "smtp", f"smtp: {cfg.host}:{cfg.port} answers ({code}); {transport}")
    except (ComplaintsError, smtplib.SMTPException, OSError) as exc:
        return f"smtp: {exc}", False


def _plaintext_warned(cfg, section: str, line: str) -> tuple[str, bool | Verdict]:
    """security = "none" works (loopback only, see core/config.py) but is never left unsaid."""
    if cfg.security != "none":
        return line, True
    return (f"{line} — 警告：明文连接 plaintext connection (security = \"none\"): only for a server on this "
            f"machine; set [{section}] security = \"tls\" or \"starttls\" for any other"), Verdict.WARN


def _service(app, at: datetime | None) -> Iterator[tuple[str, bool | Verdict]]:
    """What the database says about the service: its last good round and the outbox backlog.
    A round older than `stall_minutes` fails: `serve` is stopped, hung, or cut off."""
    try:
        engine = app.engine(check=True)
        now = app.context(at).clock.now()
        with Session(engine) as session:
            last = session.get(ServiceState, LAST_ROUND_KEY)
            counts = dict(session.exec(select(OutboundMail.state, func.count()).group_by(OutboundMail.state)).all())
            overdue = overdue_routing(session, now, timedelta(minutes=app.settings.smtp.waiting_alert_minutes))
    except Exception as exc:  # noqa: BLE001 - the database line above already says why
        yield f"service: cannot read its state: {_said(app, exc)}", False
        return
    yield _last_round(last.value if last else None, now, app.settings.imap.stall_minutes)
    waiting = sum(counts.get(state, 0) for state in WAITING)
    failed = counts.get(OutboxState.FAILED, 0)
    yield (f"outbox: {counts.get(OutboxState.SENT, 0)} sent, {waiting} waiting, {failed} failed"
           + (" (the union office was told of each; `complaints outbox` shows why)" if failed else "")), True
    if overdue:
        stuck = ", ".join(f"{row.case_id} ({row.state}, {row.attempts} attempt(s): {row.last_error or '-'})"
                          for row in overdue[:5])
        yield (f"routing mail: {len(overdue)} 督办 mail(s) failed or waiting over "
               f"{app.settings.smtp.waiting_alert_minutes:g} min — {stuck}; fix the SMTP server or the address, "
               "then `complaints outbox retry ID|--all` resends failed ones"), False


def _last_round(value: str | None, now: datetime, stall_minutes: float) -> tuple[str, bool]:
    if value is None:
        return "service: no round recorded yet (normal before the first `complaints serve` or `run-once`)", True
    last = datetime.fromisoformat(value)
    minutes = (now - last).total_seconds() / 60
    when = last.strftime("%Y-%m-%d %H:%M")
    if minutes > stall_minutes:
        return (f"service: last good round {when}, {minutes:.0f} min ago (over stall_minutes = {stall_minutes:g}): "
                "is `complaints serve` running? see its log and the lines above"), False
    return f"service: last good round {when} ({minutes:.1f} min ago)", True


def _calendar(app, at: datetime | None) -> tuple[str, bool | Verdict]:
    """Fails only where receipts within the lookahead would get no deadline at all; a year
    counted on the derived statutory holidays (调休 unpublished) is a warning: its deadlines are 暂定."""
    try:
        ctx = app.context(at)
    except Exception as exc:  # noqa: BLE001 - the config/database lines above say why
        return f"calendar: cannot check: {_said(app, exc)}", False
    learn(ctx, ctx.clock.now())   # arrangements the office confirmed count as known
    today = ctx.clock.now().date()
    sla = app.settings.sla
    gap = first_receipt_without_deadlines(today, LOOKAHEAD_DAYS, sla, ctx.calendar)
    if gap is not None:
        return (f"calendar: receipts from {gap.first_receipt.isoformat()} get no deadlines: {gap.year} is before "
                f"the holiday rules — list its holidays in [sla] extra_holidays and its 调休 workdays in "
                "extra_workdays"), False
    years = provisional_years_ahead(today, LOOKAHEAD_DAYS, sla, ctx.calendar)
    if years:
        text = ", ".join(map(str, years))
        return (f"calendar: {text} provisional — deadlines there count the statutory holidays of 《全国年节及纪念日"
                f"放假办法》 and weekends, marked 暂定, and are recomputed when the State Council's arrangement "
                "is known (forward its notice to the service and confirm, list it in [sla] extra_holidays/extra_workdays, "
                "or upgrade chinesecalendar)"), Verdict.WARN
    return f"calendar: deadlines known for every receipt of the next {LOOKAHEAD_DAYS} days", True
