"""The aiosmtpd handler: refuse unknown recipients at RCPT, deliver by IMAP APPEND.

pymap does not notice files dropped into its maildir, so each accepted mail is appended
to every recipient's folder through the embedded IMAP server, as that recipient.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import NamedTuple

from imapclient import IMAPClient

log = logging.getLogger(__name__)

#: Splits `local+detail@domain`, as Dovecot's `recipient_delimiter = +`.
DETAIL_DELIMITER = "+"


class AccountFolder(NamedTuple):
    """Where one recipient's copy goes: a folder of an account."""

    account: str
    folder: str

    @property
    def address(self) -> str:
        """The recipient as `Delivered-To` shows it: the account, with the detail if any."""
        if self.folder == "INBOX":
            return self.account
        local, _, domain = self.account.rpartition("@")
        return f"{local}{DETAIL_DELIMITER}{self.folder}@{domain}"


class AppendDelivery:
    """aiosmtpd handler for a fixed set of local accounts sharing one password.

    As Dovecot with `lmtp_save_to_detail_mailbox = yes`: `local+detail@domain` is
    accepted when `local@domain` is an account, and its copy goes to the folder named
    by the detail (case kept) when that folder exists, else to INBOX (Dovecot's default,
    `lda_mailbox_autocreate = no`): `+Sent` files a receipt, a reply to a token address
    `complaints+<token>@` reaches the inbox. Each distinct (account, folder) gets one copy.
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
        mailbox = self._mailbox(address)
        if mailbox is None:
            return f"550 5.1.1 <{address}>: no such mailbox on this demo server"
        if all(self._mailbox(earlier) != mailbox for earlier in envelope.rcpt_tos):
            envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        raw = envelope.original_content or b""
        loop = asyncio.get_running_loop()
        for address in envelope.rcpt_tos:
            mailbox = self._mailbox(address)
            if mailbox is None:  # handle_RCPT kept only addresses that resolve: never, but not silently
                return f"451 4.3.0 <{address}> no longer resolves to a mailbox"
            message = _trace_headers(envelope.mail_from, mailbox.address) + raw
            try:
                await loop.run_in_executor(self._executor, self._append, mailbox, message)
            except Exception as exc:  # any IMAP failure: tell the sender to retry later
                log.exception("embedded SMTP: APPEND to %s failed", mailbox.address)
                return f"451 4.3.0 delivery to <{mailbox.address}> failed: {exc}"
        return "250 2.0.0 OK: delivered"

    def _mailbox(self, address: str) -> AccountFolder | None:
        """The account folder `address` delivers to, or None if no account has it."""
        address = address.strip()
        account = self._accounts.get(address.lower())
        if account is not None:
            return AccountFolder(account, "INBOX")
        local, _, domain = address.rpartition("@")
        base, delimiter, detail = local.partition(DETAIL_DELIMITER)
        account = self._accounts.get(f"{base}@{domain}".lower()) if delimiter else None
        if account is None:
            return None
        return AccountFolder(account, "INBOX" if detail.upper() in ("", "INBOX") else detail)

    def _append(self, mailbox: AccountFolder, message: bytes) -> None:
        with self._session(mailbox.account) as client:
            folder = mailbox.folder if mailbox.folder == "INBOX" or client.folder_exists(mailbox.folder) else "INBOX"
            client.append(folder, message)

    @contextmanager
    def _session(self, account: str) -> Iterator[IMAPClient]:
        host, port = self._imap_address()
        with IMAPClient(host, port=port, ssl=False, timeout=30) as client:
            client.login(account, self._password)
            yield client


def _trace_headers(mail_from: str | None, recipient: str) -> bytes:
    """What a local delivery agent adds: the envelope sender and recipient."""
    sender = mail_from or ""
    return (f"Return-Path: <{sender}>\r\nDelivered-To: {recipient}\r\n").encode("utf-8")
