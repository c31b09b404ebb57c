"""The doctor's `receipts` line: do the sender's receipts reach the Sent folder?

The sender adds its receipt address to every mail it sends and, after a crash, trusts the
copy the server files for it to tell a mail handed over from one never accepted (see
`outbox.sender`). This check sends one probe there and watches where its copy lands: in
Sent (right), in the inbox (works, slower), bounced or nowhere (after a crash a mail could
go twice). It acts rather than looks: the probe's copy is deleted from Sent afterwards.
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
from typing import Callable, Literal

from core.errors import ComplaintsError, ParseError
from core.imap import connect
from outbox.sender import came_back
from outbox.smtp_connections import open_smtp
from parsers.kinds import bounce_info
from parsers.mail import parse_message

# How long the receipts check waits for the probe's copy. Postfix and Dovecot on one host
# file it in well under a second; a relay that takes longer would leave the sender's
# 5-minute lease little margin anyway, so ten seconds without a copy is worth a FAIL.
RECEIPT_WAIT_SECONDS = 10.0
RECEIPT_POLL_SECONDS = 0.2


def probe_receipts(app, settings, wait: float = RECEIPT_WAIT_SECONDS) -> tuple[str, bool]:
    """Send a probe to the receipt address and watch where its copy lands. The sender's crash
    recovery trusts these copies to tell a mail handed over from one never accepted: without
    them it could send a mail twice. The mailbox is opened first, so no probe goes out that
    could not be looked for."""
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
    """Has the service recorded this Message-ID as its own mail come back? The sender's own
    test for a receipt delivered to the inbox; never, without a database."""
    try:
        engine = app.engine(check=True)
    except Exception:  # noqa: BLE001 - the database line says why
        return lambda _message_id: False

    def recorded(message_id: str) -> bool:
        try:
            return came_back(engine, message_id)
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
