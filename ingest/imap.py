"""The IMAP adapter: the only code that talks to the service mailbox.

One seam (`connect`, with a client factory) so integration tests reach the real Dovecot
through the same path as production. Server faults come out as typed errors:
`LoginFailed` (a person must act) and `TransientMailError` (reconnect and retry).
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from complaints.config import ImapConfig
from complaints.errors import LoginFailed, TransientMailError

ClientFactory = Callable[..., IMAPClient]

_NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClientError, EOFError)


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    exists: int


def connect(cfg: ImapConfig, *, password: str | None = None, factory: ClientFactory = IMAPClient) -> "Mailbox":
    """Open and log in; TCP_NODELAY set (imaplib's split APPEND writes stall ~40 ms otherwise)."""
    try:
        client = factory(
            cfg.host,
            port=cfg.port,
            ssl=cfg.security == "ssl",
            timeout=cfg.timeout_seconds,
        )
        sock = client.socket()
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if cfg.security == "starttls":
            client.starttls()
    except _NETWORK_ERRORS as exc:
        raise TransientMailError(f"IMAP {cfg.host}:{cfg.port} unreachable: {exc}") from exc
    try:
        client.login(cfg.username, cfg.secret() if password is None else password)
    except LoginError as exc:
        _quiet_close(client)
        raise LoginFailed(f"IMAP {cfg.host}:{cfg.port} refused the login of {cfg.username}: {exc}") from exc
    except _NETWORK_ERRORS as exc:
        _quiet_close(client)
        raise TransientMailError(f"IMAP login to {cfg.host}:{cfg.port} failed: {exc}") from exc
    return Mailbox(client)


def _quiet_close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # noqa: BLE001 - closing a broken connection must not mask the cause
        pass


class Mailbox:
    """A logged-in IMAP connection with the handful of operations the service needs."""

    def __init__(self, client: IMAPClient):
        self.client = client
        self.selected: str | None = None

    # -- wrappers that turn protocol/network failures into TransientMailError -------------
    def _call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except _NETWORK_ERRORS as exc:
            raise TransientMailError(f"IMAP {getattr(fn, '__name__', 'command')} failed: {exc}") from exc

    def capabilities(self) -> set[str]:
        return {c.decode().upper() if isinstance(c, bytes) else str(c).upper() for c in self._call(self.client.capabilities)}

    def ensure_folders(self, names: Iterable[str]) -> None:
        """Create folders that are missing (Processed, Quarantine, Sent)."""
        for name in names:
            if not self._call(self.client.folder_exists, name):
                self._call(self.client.create_folder, name)
                try:
                    self.client.subscribe_folder(name)
                except IMAPClientError:
                    pass

    def select(self, folder: str) -> FolderStatus:
        info = self._call(self.client.select_folder, folder)
        self.selected = folder
        return FolderStatus(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(info.get(b"UIDNEXT", 0)),
            exists=int(info.get(b"EXISTS", 0)),
        )

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid` only: the cost of a pass does not grow with processed mail."""
        uids = self._call(self.client.search, ["UID", f"{last_uid + 1}:*"])
        # `n:*` always matches the highest UID, even when it is below n.
        return sorted(u for u in uids if u > last_uid)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        if not uids:
            return {}
        data = self._call(self.client.fetch, uids, ["RFC822.SIZE"])
        return {uid: int(v[b"RFC822.SIZE"]) for uid, v in data.items()}

    def fetch_raw(self, uids: list[int]) -> dict[int, bytes]:
        if not uids:
            return {}
        data = self._call(self.client.fetch, uids, ["BODY.PEEK[]"])
        return {uid: bytes(v[b"BODY[]"]) for uid, v in data.items() if b"BODY[]" in v}

    def fetch_headers(self, uids: list[int]) -> dict[int, bytes]:
        if not uids:
            return {}
        data = self._call(self.client.fetch, uids, ["BODY.PEEK[HEADER]"])
        return {uid: bytes(v[b"BODY[HEADER]"]) for uid, v in data.items()}

    def move(self, uids: list[int], folder: str) -> None:
        """MOVE where the server has it, else COPY + \\Deleted + UID EXPUNGE."""
        if not uids:
            return
        if "MOVE" in self.capabilities():
            self._call(self.client.move, uids, folder)
            return
        self._call(self.client.copy, uids, folder)
        self._call(self.client.add_flags, uids, [b"\\Deleted"])
        self._call(self.client.uid_expunge, uids)

    def search_message_id(self, message_id: str) -> list[int]:
        return self._call(self.client.search, ["HEADER", "Message-ID", message_id])

    def append(self, folder: str, raw: bytes, flags: tuple = (b"\\Seen",)) -> None:
        self._call(self.client.append, folder, raw, flags=flags)

    def noop(self) -> None:
        self._call(self.client.noop)

    def idle_wait(self, seconds: float) -> bool:
        """Wait up to `seconds` for the server to report new mail; True when it did.

        IDLE is only a wake-up hint here: a half-read line (imapclient #519) or any fault
        ends the wait and the caller polls as usual.
        """
        try:
            self.client.idle()
            try:
                responses = self.client.idle_check(timeout=seconds)
            finally:
                self.client.idle_done()
        except _NETWORK_ERRORS as exc:
            raise TransientMailError(f"IMAP IDLE failed: {exc}") from exc
        return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)

    def close(self) -> None:
        try:
            self.client.logout()
        except Exception:  # noqa: BLE001
            _quiet_close(self.client)

    def __enter__(self) -> "Mailbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def batched(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
