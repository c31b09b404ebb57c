"""The aiosmtpd handler: refuse unknown recipients at RCPT, deliver by IMAP APPEND.

pymap does not notice files dropped into its maildir, so each accepted mail is appended
to every recipient's INBOX through the embedded IMAP server, as that recipient.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Executor

from imapclient import IMAPClient

log = logging.getLogger(__name__)


class AppendDelivery:
    """aiosmtpd handler for a fixed set of local accounts sharing one password.

    `imap_address` is read at delivery time: (host, port) of the running IMAP server.
    """

    def __init__(self, accounts: Mapping[str, str], password: str,
                 imap_address: Callable[[], tuple[str, int]], executor: Executor) -> None:
        self._accounts = accounts  # lower-cased address -> account (login) name
        self._password = password
        self._imap_address = imap_address
        self._executor = executor

    async def handle_RCPT(self, server, session, envelope, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        account = self._accounts.get(address.strip().lower())
        if account is None:
            return f"550 5.1.1 <{address}>: no such mailbox on this demo server"
        if account not in envelope.rcpt_tos:
            envelope.rcpt_tos.append(account)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        raw = envelope.original_content or b""
        loop = asyncio.get_running_loop()
        for account in envelope.rcpt_tos:
            message = _trace_headers(envelope.mail_from, account) + raw
            try:
                await loop.run_in_executor(self._executor, self._append, account, message)
            except Exception as exc:  # any IMAP failure: tell the sender to retry later
                log.exception("embedded SMTP: APPEND to %s failed", account)
                return f"451 4.3.0 delivery to <{account}> failed: {exc}"
        return "250 2.0.0 OK: delivered"

    def _append(self, account: str, message: bytes) -> None:
        host, port = self._imap_address()
        with IMAPClient(host, port=port, ssl=False, timeout=30) as client:
            client.login(account, self._password)
            client.append("INBOX", message)


def _trace_headers(mail_from: str | None, account: str) -> bytes:
    """What a local delivery agent adds: the envelope sender and recipient."""
    sender = mail_from or ""
    return (f"Return-Path: <{sender}>\r\nDelivered-To: {account}\r\n").encode("utf-8")
