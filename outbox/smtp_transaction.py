"""One mail handed to the SMTP server: the envelope, the receipt recipient, DATA, the answer.

The protocol alone (no database, no connection management): `transaction` writes the DATA
phase itself so the moment the mail's data has gone out is known, and `send_row` types the
server's answers — temporary (4xx, a broken connection) or permanent (5xx) — for the
outbox's state machine in `outbox/sender.py`.
"""

from __future__ import annotations

import re
import smtplib
import socket
from collections.abc import Iterator

from core.config import SmtpConfig
from core.errors import PermanentMailError, TransientMailError
from core.store.models import OutboundMail

Refused = dict[str, tuple[int, bytes]]
"""Recipients the server refused while it accepted others: address → (code, answer)."""


class HandOverUnknown(TransientMailError):
    """The connection broke (or timed out) after the mail's data went out, before the server's
    answer: it may have accepted the mail. Its receipt decides, once the lease expires."""


def send_row(smtp: smtplib.SMTP, cfg: SmtpConfig, row: OutboundMail) -> Refused:
    try:
        return transaction(smtp, cfg.from_address, list(row.recipients), cfg.receipt_recipient(), row.raw)
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


def transaction(smtp: smtplib.SMTP, sender: str, recipients: list[str], receipt: str, raw: bytes) -> Refused:
    """`smtplib.SMTP.sendmail` with the receipt as one more envelope recipient, asked for only
    once a real recipient was accepted: a receipt always means someone got the mail (sendmail
    itself would hand a mail to the receipt address alone when every real one is refused).
    Returns the refused recipients; raises like sendmail."""
    smtp.ehlo_or_helo_if_needed()
    options = [f"SIZE={len(raw)}"] if smtp.does_esmtp and smtp.has_extn("size") else []
    pipelined = smtp.has_extn("pipelining") and all(_plain(a) for a in (sender, *recipients, receipt))
    if pipelined:  # RFC 2920: MAIL and the RCPTs in one write, their answers read in turn
        smtp.send("".join([f"mail FROM:<{sender}>{''.join(' ' + o for o in options)}\r\n",
                           *(f"rcpt TO:<{address}>\r\n" for address in recipients)]))
        code, answer = smtp.getreply()
    else:
        code, answer = smtp.mail(sender, options)
    rcpt_answers = _rcpt_answers(smtp, recipients, pipelined)
    if code != 250:
        if pipelined and code != 421:
            for _ in rcpt_answers:  # the RCPTs' answers (503) are read before the RSET's
                pass
        _end(smtp, code)
        raise smtplib.SMTPSenderRefused(code, answer, sender)
    refused: Refused = {}
    for address, (code, answer) in zip(recipients, rcpt_answers):
        if code not in (250, 251):
            refused[address] = (code, answer)
        if code == 421:
            _end(smtp, code)
            raise smtplib.SMTPRecipientsRefused(refused)
    if len(refused) == len(recipients):
        _end(smtp, 0)
        raise smtplib.SMTPRecipientsRefused(refused)
    if pipelined:  # RFC 2920: the receipt and DATA in one write, their answers read in turn
        smtp.send(f"rcpt TO:<{receipt}>\r\nDATA\r\n")
        code, answer = smtp.getreply()
    else:
        code, answer = _rcpt(smtp, receipt)
    if code == 421:
        _end(smtp, code)
        raise smtplib.SMTPResponseException(code, answer)
    if code not in (250, 251):
        refused[receipt] = (code, answer)
    # nothing of the mail has gone out yet: failures are plain
    code, answer = smtp.getreply() if pipelined else smtp.docmd("DATA")
    if code != 354:
        _end(smtp, code)
        raise smtplib.SMTPDataError(code, answer)
    try:
        smtp.send(_dot_stuffed(raw))
        code, answer = smtp.getreply()
    except (OSError, smtplib.SMTPServerDisconnected) as exc:  # socket.timeout is an OSError
        smtp.close()
        raise HandOverUnknown(f"no answer after the mail's data went out: {exc}") from exc
    if code != 250:
        _end(smtp, code)
        raise smtplib.SMTPDataError(code, answer)
    return refused


def _rcpt_answers(smtp: smtplib.SMTP, addresses: list[str], pipelined: bool) -> Iterator[tuple[int, bytes]]:
    """The server's answer to each RCPT, in order. With PIPELINING (RFC 2920; Postfix offers it)
    the commands went out with MAIL in one write and only the answers are read here: one round
    trip for the whole envelope (MAIL alone was one more, and a third of the sender's CPU went
    to smtplib's address parsing and reply reading, issue 19)."""
    if pipelined:
        for _ in addresses:
            yield smtp.getreply()
    else:
        for address in addresses:
            yield _rcpt(smtp, address)


def _rcpt(smtp: smtplib.SMTP, address: str) -> tuple[int, bytes]:
    """`SMTP.rcpt`, without its address parser for a plain `local@domain` (the outbox's
    recipients and the receipt address): `<address>` is what `quoteaddr` makes of one."""
    if not _plain(address):
        return smtp.rcpt(address)
    smtp.putcmd("rcpt", f"TO:<{address}>")
    return smtp.getreply()


def _plain(address: str) -> bool:
    return address.isascii() and _PLAIN_ADDRESS.fullmatch(address) is not None


_PLAIN_ADDRESS = re.compile(r"[^\s<>()\[\]\\,;:@\"]+@[^\s<>()\[\]\\,;:@\"]+")


def _dot_stuffed(raw: bytes) -> bytes:
    """The mail as DATA carries it (RFC 5321 §4.5.2): lines starting with "." doubled, ended
    by CRLF "." CRLF (what `SMTP.data` does, split here so the moment the mail has gone out
    is known). A line starting with "." is looked for first: the outbox's mails have none
    (base64 bodies), and the search is a seventh of the multi-line substitution's time."""
    body = raw
    if raw.startswith(b".") or _LINE_DOT.search(raw):
        body = (b"." + raw if raw.startswith(b".") else raw).replace(b"\n.", b"\n..")
    return body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n"


_LINE_DOT = re.compile(rb"\n\.")


def _end(smtp: smtplib.SMTP, code: int) -> None:
    """After a refusal: close on 421 (the server is leaving), else RSET for the next mail."""
    if code == 421:
        smtp.close()
        return
    try:
        smtp.rset()
    except smtplib.SMTPServerDisconnected:
        pass
