"""`complaints doctor`: is everything the service needs reachable? One line per check.

Written for the operator at install time and for the union office when mail stops
flowing: each line names what was checked and, on failure, what to fix. One check acts
rather than looks: `receipts` sends a probe mail and deletes its copy from the Sent folder.
"""

from __future__ import annotations

import smtplib
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from typing import Callable, Iterator, Literal

from complaints.errors import ComplaintsError, ParseError

# How long the receipts check waits for the probe's copy. Postfix and Dovecot on one host
# file it in well under a second; a relay that takes longer would leave the sender's
# 5-minute lease little margin anyway, so ten seconds without a copy is worth a FAIL.
RECEIPT_WAIT_SECONDS = 10.0
RECEIPT_POLL_SECONDS = 0.2


def run_checks(app, at: str | None = None, *,
               receipt_wait: float = RECEIPT_WAIT_SECONDS) -> Iterator[tuple[str, bool]]:
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
    yield _receipts(app, settings, receipt_wait)
    yield _calendar(app, at)
    yield from _service(app, at)


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


def _receipts(app, settings, wait: float) -> tuple[str, bool]:
    """Send a probe to the receipt address and watch where its copy lands. The sender's crash
    recovery trusts these copies to tell a mail handed over from one never accepted: without
    them it could send a mail twice. The mailbox is opened first, so no probe goes out that
    could not be looked for."""
    from ingest.imap import connect

    smtp, imap = settings.smtp, settings.imap
    address = smtp.receipt_recipient()
    try:
        with connect(imap) as box:
            watch = _ProbeWatch(box, smtp.sent_folder, imap.inbox, _own_mail_lookup(app),
                                inbox_next_uid=box.status(imap.inbox).uidnext)
            probe = _probe_mail(settings)
            refusal = _send_probe(smtp, probe)
            if refusal is not None:
                return _receipts_fail(settings, address, f"the server refused the probe: {refusal}"), False
            landing = watch.wait_for(str(probe["Message-ID"]), wait)
    except (ComplaintsError, smtplib.SMTPException, OSError) as exc:
        return f"receipts: cannot probe (see the imap and smtp lines): {exc}", False
    return _receipts_line(settings, address, landing, wait)


def _probe_mail(settings) -> EmailMessage:
    """A small mail only this check sends: marked as our own (X-Loop) and automatic, so the
    service files it as its own mail and no auto-responder ever answers it."""
    cfg = settings.smtp
    domain = cfg.from_address.rpartition("@")[2]
    probe = EmailMessage(policy=SMTP)
    probe["From"] = formataddr((cfg.from_name, cfg.from_address))
    probe["To"] = cfg.receipt_recipient()
    probe["Subject"] = "投诉系统自检（complaints doctor）探测邮件，可删除 / complaints doctor probe, may be deleted"
    probe["Date"] = format_datetime(datetime.now().astimezone())
    probe["Message-ID"] = f"<doctor-probe.{uuid.uuid4().hex}@{domain}>"
    probe["X-Loop"] = settings.service_address()
    probe["Auto-Submitted"] = "auto-generated"
    probe["X-Auto-Response-Suppress"] = "All"
    probe.set_content("这是 `complaints doctor` 发出的探测邮件，用于检查发件回执能否送达，可直接删除。\n"
                      "This mail was sent by `complaints doctor` to check that sending receipts arrive; "
                      "it may be deleted.\n", cte="quoted-printable")
    return probe


def _send_probe(cfg, probe: EmailMessage) -> str | None:
    """Hand the probe over with the receipt address as its only envelope recipient; the
    server's refusal (RCPT or DATA) as text, None once it accepted the probe."""
    from outbox.sender import open_smtp

    smtp = open_smtp(cfg)
    try:
        smtp.sendmail(cfg.from_address, [cfg.receipt_recipient()], probe.as_bytes())
    except smtplib.SMTPRecipientsRefused as exc:
        return "; ".join(f"{code} {_text(answer)}" for code, answer in exc.recipients.values())
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    finally:
        _quit(smtp)
    return None


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _text(answer: bytes | str) -> str:
    return answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)


@dataclass(frozen=True)
class _Landing:
    """Where the probe's copy was found: "sent", "inbox", "bounced" (with the server's reason)
    or "nowhere"; seconds since the server accepted the probe."""

    place: Literal["sent", "inbox", "bounced", "nowhere"]
    seconds: float
    reason: str = ""


class _ProbeWatch:
    """Looks for the probe's copy in the Sent folder, then the inbox. A running service may
    already have taken it from the inbox (recorded as its own mail) — that counts too, as it
    does for the sender. A bounce naming the probe ends the wait early with its reason."""

    def __init__(self, box, sent: str, inbox: str, recorded: Callable[[str], bool], *, inbox_next_uid: int):
        self.box, self.sent, self.inbox, self.recorded = box, sent, inbox, recorded
        self.last_seen = inbox_next_uid - 1  # inbox mail above this arrived after the probe left

    def wait_for(self, message_id: str, wait: float) -> _Landing:
        started = time.monotonic()
        while True:
            place, reason = self._look(message_id)
            seconds = time.monotonic() - started
            if place or seconds >= wait:
                return _Landing(place or "nowhere", seconds, reason)
            time.sleep(RECEIPT_POLL_SECONDS)

    def _look(self, message_id: str) -> tuple[str | None, str]:
        if self.box.folder_exists(self.sent):
            self.box.select(self.sent)
            found = self.box.search_message_id(message_id)
            if found:
                self.box.delete_uids(found)  # only the probe: nobody needs its receipt
                return "sent", ""
        self.box.select(self.inbox)
        if self.box.search_message_id(message_id) or self.recorded(message_id):
            return "inbox", ""  # left for the service, which files it like every receipt there
        reason = self._bounce_reason(message_id)
        return ("bounced", reason) if reason else (None, "")

    def _bounce_reason(self, message_id: str) -> str | None:
        """The failure reported by a bounce of the probe among the inbox's new mail (left for
        the service, which records it as a bounce of an unknown mail)."""
        from parsers.kinds import bounce_info
        from parsers.mail import parse_message

        uids = self.box.uids_after(self.last_seen)
        if not uids:
            return None
        self.last_seen = max(uids)
        for raw in self.box.fetch_raw(uids).values():
            raw = bytes(raw)
            if message_id.encode() not in raw and b"delivery-status" not in raw.lower():
                continue  # not about the probe (a DSN may carry the returned mail encoded)
            try:
                info = bounce_info(parse_message(raw), raw)
            except ParseError:
                continue  # not a bounce this check can read; the wait goes on
            if info and info.failed_recipients and message_id in info.original_message_ids:
                return info.diagnostic or info.status or "no reason given"
        return None


def _own_mail_lookup(app) -> Callable[[str], bool]:
    """Has the service recorded this Message-ID as its own mail come back (kind "loop")? The
    sender's own test for a receipt delivered to the inbox; never, without a database."""
    from sqlmodel import Session, select

    from complaints.store.models import Message

    try:
        engine = app.engine(check=True)
    except Exception:  # noqa: BLE001 - the database line says why
        return lambda _message_id: False

    def recorded(message_id: str) -> bool:
        query = select(Message.id).where(Message.message_id == message_id, Message.kind == "loop")
        try:
            with Session(engine) as session:
                return session.exec(query.limit(1)).first() is not None
        except Exception:  # noqa: BLE001 - the mailbox still answers; the database line tells the rest
            return False

    return recorded


def _receipts_line(settings, address: str, landing: _Landing, wait: float) -> tuple[str, bool]:
    sent, inbox = settings.smtp.sent_folder, settings.imap.inbox
    took = "under 0.1 s" if landing.seconds < 0.1 else f"{landing.seconds:.1f} s"
    if landing.place == "sent":
        return f"receipts: {address} filed in {sent} in {took}", True
    if landing.place == "inbox":
        why = ("[smtp] receipt_address is delivered there" if settings.smtp.receipt_address
               else f'the server ignores the "+{sent}" detail')
        return (f"receipts: {address} came back to {inbox} in {took}, not to {sent}: {why}; receipts are filed "
                "as the service's own mail (works; every sent mail is fetched once more). To have them filed "
                f"in {sent}: {_receipt_fix(settings)} (the probe is left for the service to file)"), True
    if landing.place == "bounced":
        return _receipts_fail(settings, address, f"the server bounced the probe: {landing.reason}"), False
    return _receipts_fail(settings, address, f"no copy of the probe in {sent} or {inbox} after {wait:g} s"), False


def _receipts_fail(settings, address: str, what: str) -> str:
    return (f"receipts: {address}: {what} — after a crash the sender could send a mail twice; "
            f"{_receipt_fix(settings)} (its inbox will do)")


def _receipt_fix(settings) -> str:
    """What makes receipts land in Sent: the server's sub-addressing behind the default
    address, or an explicit address the server files there."""
    cfg = settings.smtp
    fix = f"set [smtp] receipt_address to an address the server files in {cfg.from_address}'s {cfg.sent_folder}"
    if cfg.receipt_address:
        return fix
    return f"turn on sub-addressing (Dovecot: recipient_delimiter = + and lmtp_save_to_detail_mailbox = yes) or {fix}"


def _service(app, at: str | None) -> Iterator[tuple[str, bool]]:
    """What the database says about the service: its last good round and the outbox backlog.
    A round older than `stall_minutes` fails: `serve` is stopped, hung, or cut off."""
    from sqlmodel import Session, func, select

    from complaints.service import LAST_ROUND_KEY
    from complaints.store.models import OutboundMail, ServiceState

    try:
        engine = app.engine(check=True)
        now = app.context(at).clock.now()
        with Session(engine) as session:
            last = session.get(ServiceState, LAST_ROUND_KEY)
            counts = dict(session.exec(select(OutboundMail.state, func.count()).group_by(OutboundMail.state)).all())
    except Exception as exc:  # noqa: BLE001 - the database line above already says why
        yield f"service: cannot read its state: {exc}", False
        return
    yield _last_round(last.value if last else None, now, app.settings.imap.stall_minutes)
    waiting = counts.get("pending", 0) + counts.get("sending", 0)
    failed = counts.get("failed", 0)
    yield (f"outbox: {counts.get('sent', 0)} sent, {waiting} waiting, {failed} failed"
           + (" (the union office was told of each; `complaints case ID` shows why)" if failed else "")), True


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


def _calendar(app, at: str | None) -> tuple[str, bool]:
    """Fails while receipts within the lookahead would get no deadlines (next year's holidays
    missing), so the operator hears of it weeks before the first case goes without a due date."""
    from complaints.timed import CALENDAR_LOOKAHEAD_DAYS
    from router.deadlines import first_receipt_without_deadlines

    try:
        ctx = app.context(at)
    except Exception as exc:  # noqa: BLE001 - the config/database lines above say why
        return f"calendar: cannot check: {exc}", False
    today = ctx.clock.now().date()
    gap = first_receipt_without_deadlines(today, CALENDAR_LOOKAHEAD_DAYS, app.settings.sla, ctx.calendar)
    if gap is None:
        return f"calendar: deadlines known for every receipt of the next {CALENDAR_LOOKAHEAD_DAYS} days", True
    return (f"calendar: receipts from {gap.first_receipt.isoformat()} get no deadlines: {gap.year} is unknown — "
            f"list {gap.year}'s holidays in [sla] extra_holidays and its 调休 workdays in extra_workdays "
            "(or upgrade chinesecalendar)"), False
