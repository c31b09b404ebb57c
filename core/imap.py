"""The IMAP adapter: the only code that talks to the service mailbox.

One seam (`connect`, with a client factory) so integration tests reach the real Dovecot
through the same path as production. Server faults come out as typed errors:
`LoginFailed` (a person must act), `TransientMailError` (reconnect with backoff) and its
`IdleInterrupted` (IDLE broke mid-line, imapclient #519: reconnect at once and look).
A capability can be switched off per connection (`disabled`) to force the fallbacks —
polling instead of IDLE, COPY + \\Deleted + UID EXPUNGE instead of MOVE.
"""

from __future__ import annotations

import imaplib
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from core.config import ImapConfig
from core.errors import CertificateRejected, LoginFailed, TransientMailError
from core.oauth2 import token_source
from core.transport import describe, no_starttls, tls_context, tls_failure
from core.uidsets import CopyUid, parse_copyuid

ClientFactory = Callable[..., IMAPClient]

_NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClientError, EOFError)
IDLE_SLICE_SECONDS = 1.0  # how often a waiting IDLE looks at the stop flag (no network traffic)
# Versions before receipts APPENDed a copy to Sent flagged `$Sending` before SMTP and removed
# the flag once the server accepted it: a copy still flagged may never have gone out, so it
# is no receipt.
LEGACY_STAGED = "$Sending"


class IdleInterrupted(TransientMailError):
    """IDLE ended on a broken read (e.g. half a line): treat as "maybe new mail", reconnect now."""


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    exists: int


def connect(cfg: ImapConfig, *, password: str | None = None, factory: ClientFactory = IMAPClient,
            disabled: Iterable[str] = ()) -> "Mailbox":
    """Open (TLS or STARTTLS, certificate verified, unless security = "none") and log in.

    TCP_NODELAY is set: imaplib's split APPEND writes stall ~40 ms otherwise.
    """
    client = _open(cfg, factory)
    try:
        _login(client, cfg, password)
    except LoginError as exc:
        _quiet_close(client)
        where = f"the variable {cfg.password_env} or " if cfg.password_env else ""
        what = "OAuth2 token" if cfg.oauth2 else f"username and password ({where}password in the config)"
        raise LoginFailed(f"IMAP {cfg.host}:{cfg.port} refused the login of {cfg.username} ({exc}): "
                          f"check [imap] {what}") from exc
    except _NETWORK_ERRORS as exc:
        _quiet_close(client)
        raise TransientMailError(f"IMAP login to {cfg.host}:{cfg.port} failed: {exc}") from exc
    except BaseException:
        _quiet_close(client)
        raise
    return Mailbox(client, disabled=disabled, transport=describe(client.socket(), cfg.ca_file, cfg.auth_method()))


def _open(cfg: ImapConfig, factory: ClientFactory) -> IMAPClient:
    context = None if cfg.security == "none" else tls_context(cfg.ca_file)
    try:
        client = factory(cfg.host, port=cfg.port, ssl=cfg.tls(), ssl_context=context, timeout=cfg.timeout_seconds)
    except _NETWORK_ERRORS as exc:
        _raise_transport(exc, cfg)
    try:
        sock = client.socket()
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if cfg.security == "starttls":
            if b"STARTTLS" not in client.capabilities():
                raise CertificateRejected(no_starttls("IMAP", cfg.host, cfg.port))
            client.starttls(ssl_context=context)
    except _NETWORK_ERRORS as exc:
        _quiet_close(client)
        _raise_transport(exc, cfg)
    return client


def _raise_transport(exc: BaseException, cfg: ImapConfig):
    """A TLS fault is a person's to fix (CertificateRejected, the office is alerted); else retry."""
    line = tls_failure(exc, "IMAP", cfg.host, cfg.port)
    if line:
        raise CertificateRejected(line) from exc
    raise TransientMailError(f"IMAP {cfg.host}:{cfg.port} unreachable: {exc}") from exc


def _login(client: IMAPClient, cfg: ImapConfig, password: str | None) -> None:
    """Password, or an OAuth2 token (asked anew once when the server refuses a cached one)."""
    if cfg.oauth2 is None or password is not None:
        client.login(cfg.username, cfg.secret() if password is None else password)
        return
    tokens = token_source(cfg.oauth2)
    for attempt in (1, 2):
        try:
            if cfg.oauth2.mechanism == "OAUTHBEARER":
                client.oauthbearer_login(cfg.username, tokens.token())
            else:
                client.oauth2_login(cfg.username, tokens.token())
            return
        except LoginError:
            tokens.invalidate()
            if attempt == 2:
                raise


def _quiet_close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # noqa: BLE001 - closing a broken connection must not mask the cause
        pass


class Mailbox:
    """A logged-in IMAP connection with the handful of operations the service needs."""

    def __init__(self, client: IMAPClient, *, disabled: Iterable[str] = (), transport: str = ""):
        self.client = client
        self.transport = transport  # TLS version, verification, login method: what `doctor` shows
        self.selected: str | None = None
        self.disabled = {d.upper() for d in disabled}
        self._caps: set[str] | None = None
        self._folders: set[str] = set()
        _quiet_imaplib(client)

    def _call(self, fn, *args, **kwargs):
        """Run one command; protocol and network failures become TransientMailError."""
        try:
            return fn(*args, **kwargs)
        except _NETWORK_ERRORS as exc:
            raise TransientMailError(f"IMAP {getattr(fn, '__name__', 'command')} failed: {exc}") from exc

    def capabilities(self) -> set[str]:
        if self._caps is None:
            caps = self._call(self.client.capabilities)
            self._caps = {c.decode().upper() if isinstance(c, bytes) else str(c).upper() for c in caps}
        return self._caps - self.disabled

    def ensure_folders(self, names: Iterable[str]) -> None:
        """Create folders that are missing (Processed, Quarantine, Sent); once per connection."""
        for name in names:
            if name in self._folders:
                continue
            if not self._call(self.client.folder_exists, name):
                self._call(self.client.create_folder, name)
                try:
                    self.client.subscribe_folder(name)
                except IMAPClientError:
                    pass
            self._folders.add(name)

    def folder_exists(self, folder: str) -> bool:
        return bool(self._call(self.client.folder_exists, folder))

    def select(self, folder: str) -> FolderStatus:
        info = self._call(self.client.select_folder, folder)
        self.selected = folder
        return FolderStatus(uidvalidity=int(info[b"UIDVALIDITY"]), uidnext=int(info.get(b"UIDNEXT", 0)),
                            exists=int(info.get(b"EXISTS", 0)))

    def status(self, folder: str) -> FolderStatus:
        """UIDVALIDITY and UIDNEXT without selecting: constant cost, however full the folder is
        (Dovecot's SELECT grows with the number of mails: ~17 ms at 10,000 against ~0.5 ms at 100).
        For the selected folder a NOOP comes first: Dovecot answers STATUS there from the
        session's last sync, so new mail would go unseen by a polling service."""
        if folder == self.selected:
            self._call(self.client.noop)
        info = self._call(self.client.folder_status, folder, ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        return FolderStatus(uidvalidity=int(info[b"UIDVALIDITY"]), uidnext=int(info.get(b"UIDNEXT", 0)),
                            exists=int(info.get(b"MESSAGES", 0)))

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid` only: the cost of a pass does not grow with processed mail."""
        uids = self._call(self.client.search, ["UID", f"{last_uid + 1}:*"])
        # `n:*` always matches the highest UID, even when it is below n.
        return sorted(u for u in uids if u > last_uid)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for chunk in batched(uids, 1000):
            data = self._call(self.client.fetch, chunk, ["RFC822.SIZE"])
            out.update({uid: int(v[b"RFC822.SIZE"]) for uid, v in data.items() if b"RFC822.SIZE" in v})
        return out

    def fetch_raw(self, uids: list[int]) -> dict[int, bytes]:
        """The exact bytes; imaplib reads each literal into one object, kept as is (no copy)."""
        if not uids:
            return {}
        data = self._call(self.client.fetch, uids, ["BODY.PEEK[]"])
        # NIL: expunged by another client meanwhile (Dovecot still lists it until it syncs)
        return {uid: v[b"BODY[]"] for uid, v in data.items() if v.get(b"BODY[]") is not None}

    def fetch_headers(self, uids: list[int]) -> dict[int, bytes]:
        if not uids:
            return {}
        data = self._call(self.client.fetch, uids, ["BODY.PEEK[HEADER]"])
        return {uid: bytes(v[b"BODY[HEADER]"]) for uid, v in data.items() if v.get(b"BODY[HEADER]") is not None}

    def fetch_message_ids(self, uids: list[int]) -> dict[int, str]:
        """Each message's Message-ID header value ("" when it has none): its header field only."""
        if not uids:
            return {}
        data = self._call(self.client.fetch, uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        out = {}
        for uid, v in data.items():
            field = bytes(v.get(b"BODY[HEADER.FIELDS (MESSAGE-ID)]") or b"").decode("ascii", "replace")
            out[uid] = " ".join(field.partition(":")[2].split())
        return out

    def move(self, uids: list[int], folder: str) -> CopyUid:
        """MOVE where the server has it, else COPY + \\Deleted + UID EXPUNGE; says where they went.

        UIDs no longer in the folder are skipped by the server (a move repeated after a crash).
        """
        if not uids:
            return CopyUid()
        self._pop_copyuid()
        caps = self.capabilities()
        if "MOVE" in caps:
            self._call(self.client.move, uids, folder)
            return self._pop_copyuid()
        self._call(self.client.copy, uids, folder)
        where = self._pop_copyuid()
        self.delete_uids(uids)
        return where

    def delete_uids(self, uids: list[int]) -> None:
        """Remove these messages from the selected folder: STORE \\Deleted, then UID EXPUNGE
        (plain EXPUNGE without UIDPLUS: only our own \\Deleted mail is there to expunge in
        the service mailbox)."""
        if not uids:
            return
        self._call(self.client.add_flags, uids, [b"\\Deleted"], silent=True)
        if "UIDPLUS" in self.capabilities():
            self._call(self.client.uid_expunge, uids)
        else:
            self._call(self.client.expunge)

    def _pop_copyuid(self) -> CopyUid:
        """The COPYUID code of the last MOVE/COPY, from imaplib's response store (RFC 4315)."""
        store = getattr(getattr(self.client, "_imap", None), "untagged_responses", None)
        if not isinstance(store, dict):
            return CopyUid()
        found = store.pop("COPYUID", None)
        return parse_copyuid(found[-1]) if found else CopyUid()

    def search_message_id(self, message_id: str, *, unless_keyword: str | None = None) -> list[int]:
        """UIDs of the selected folder's messages with this Message-ID (leaving out those
        flagged with `unless_keyword`)."""
        criteria = ["HEADER", "Message-ID", message_id]
        return self._call(self.client.search, criteria + (["UNKEYWORD", unless_keyword] if unless_keyword else []))

    def noop(self) -> None:
        self._call(self.client.noop)

    def idle_wait(self, seconds: float, stop: Callable[[], bool] = lambda: False) -> bool:
        """Wait in IDLE up to `seconds` for new mail (True when the server reported some).

        The wait looks at `stop` every second. Half a line (imapclient #519 "unterminated
        line") raises IdleInterrupted: the caller reconnects at once and polls. A closed
        connection raises TransientMailError: the server went away, reconnect with backoff.
        """
        deadline = time.monotonic() + max(0.0, seconds)
        news = False
        try:
            self.client.idle()
            news = _already_buffered(self.client)
            while not news and not stop():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                slice_ = min(IDLE_SLICE_SECONDS, left)
                started = time.monotonic()
                responses = self.client.idle_check(timeout=slice_)
                news = _has_news(responses)
                if not responses and time.monotonic() - started < slice_ / 2:
                    break  # readable yet nothing read: imapclient swallowed an EOF; DONE will tell
            _text, late = self.client.idle_done()
        except imaplib.IMAP4.abort as exc:
            if "unterminated line" in str(exc):
                raise IdleInterrupted(f"IMAP IDLE interrupted: {exc}") from exc
            raise TransientMailError(f"IMAP IDLE ended: {exc}") from exc  # EOF: the server went away
        except _NETWORK_ERRORS as exc:
            raise TransientMailError(f"IMAP IDLE failed: {exc}") from exc
        return news or _has_news(late)

    def close(self) -> None:
        try:
            self.client.logout()
        except Exception:  # noqa: BLE001
            _quiet_close(self.client)

    def __enter__(self) -> "Mailbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ImapSentFolder:
    """The Sent folder on the service mailbox, as the sender asks it (`core.contracts.SentFolder`)."""

    def __init__(self, box: Mailbox, name: str):
        self.box, self.name = box, name

    def holds(self, message_id: str) -> bool:
        """A copy with this Message-ID, not one an earlier version staged and never confirmed.
        The folder stays selected between lookups, and Dovecot searches the session's last
        sync: a NOOP first, or a receipt filed since would go unseen and the mail be resent
        (the soak benchmark's duplicates, issue 17)."""
        if self.box.selected != self.name:
            self.box.ensure_folders([self.name])
            self.box.select(self.name)
        else:
            self.box.noop()
        return bool(self.box.search_message_id(message_id, unless_keyword=LEGACY_STAGED))


def _quiet_imaplib(client: IMAPClient) -> None:
    """imapclient sets imaplib's debug level to 5, which formats a repr of every response —
    a large mail's literal included, before any logger can drop it: three more copies of the
    mail in memory and most of the fetch time. Commands are still logged by imapclient."""
    imap = getattr(client, "_imap", None)
    if imap is not None and hasattr(imap, "debug"):
        imap.debug = 0


def _has_news(responses) -> bool:
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses or ())


def batched(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _already_buffered(client) -> bool:
    """Did the server's news arrive together with the "+ idling" line?

    imaplib reads the continuation through a buffered file, so an `* n EXISTS` sent in the
    same packet sits in that buffer where `idle_check`'s select() never sees it, and the
    mail would wait for the next IDLE renewal. Peek at the buffer without blocking.
    """
    reader = getattr(getattr(client, "_imap", None), "file", None)
    sock = client.socket() if hasattr(client, "socket") else None
    if reader is None or sock is None or not hasattr(reader, "peek"):
        return False
    timeout = sock.gettimeout()
    try:
        sock.setblocking(False)
        return bool(reader.peek(1))
    except (BlockingIOError, ssl.SSLWantReadError, OSError):
        return False
    finally:
        sock.settimeout(timeout)
