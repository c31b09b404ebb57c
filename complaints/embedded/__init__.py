"""Embedded IMAP + SMTP servers so `complaints demo` runs on a machine with no mail server.

`EmbeddedMailServers` starts pymap (IMAP, maildir on disk) and aiosmtpd (SMTP, delivering
by IMAP APPEND) in one background asyncio thread on loopback.
"""

from complaints.embedded.errors import EmbeddedMailServerError
from complaints.embedded.servers import DEMO_FOLDERS, EmbeddedMailServers

__all__ = ["DEMO_FOLDERS", "EmbeddedMailServerError", "EmbeddedMailServers"]
