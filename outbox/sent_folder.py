"""What the sender asks of the Sent folder: is a copy of this mail there? Asked after a crash.

The server files a copy (the *receipt*) of every mail it accepts; a row left `in_doubt` is
sent again only when no receipt is found. This is the whole interface the sender needs, so
the outbox never talks IMAP: `core.imap.ImapSentFolder` answers it on the service mailbox.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class SentFolder(Protocol):
    """The Sent folder as the sender sees it."""

    name: str  # the folder's name, for log lines and errors

    def holds(self, message_id: str) -> bool:
        """Is a copy with this Message-ID in the folder? Raises `TransientMailError` when the
        folder cannot be read (the sender must then not guess)."""
        ...
