"""The context manager `complaints demo` uses: IMAP + SMTP on loopback, one asyncio thread.

Sockets are bound in the caller's thread first, so a taken port or a bad host is an
`EmbeddedMailServerError` from `start()`, not a log line from a background thread.
"""

from __future__ import annotations

import asyncio
import errno
import re
import socket
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from aiosmtpd.smtp import SMTP
from pymap.backend.maildir import Login

from complaints.embedded.delivery import AppendDelivery
from complaints.embedded.errors import EmbeddedMailServerError
from complaints.embedded.imap import build_config, ensure_accounts, serve_imap

#: Folders every demo account has (the service's mailbox layout).
DEMO_FOLDERS: tuple[str, ...] = ("INBOX", "Processed", "Quarantine", "Sent")

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0
# An address pymap's passwd-style files and maildir paths can hold.
_ACCOUNT = re.compile(r"^[^\s:/\\@]+@[^\s:/\\@]+$")


class EmbeddedMailServers:
    """pymap IMAP (maildir in `data_dir`) and aiosmtpd SMTP for a few demo accounts.

    Use as `with EmbeddedMailServers(dir, ["a@x.example"]) as mail: ...`; after start,
    `host`, `imap_port`, `smtp_port` and `password` say how to reach them. Every account
    logs in with its address and `password`, and has the folders in `DEMO_FOLDERS`.
    """

    def __init__(self, data_dir: Path, accounts: Iterable[str], password: str = "demo",
                 host: str = "127.0.0.1", imap_port: int = 0, smtp_port: int = 0) -> None:
        self.data_dir = Path(data_dir)
        self.accounts: tuple[str, ...] = tuple(dict.fromkeys(a.strip() for a in accounts))
        self.password = password
        self.host = host
        self.imap_port = imap_port
        self.smtp_port = smtp_port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._executors: list[ThreadPoolExecutor] = []
        self._servers: list[asyncio.base_events.Server] = []
        self._imap_writers: set[asyncio.StreamWriter] = set()
        self._smtp_protocols: set[SMTP] = set()

    # -- lifecycle -------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Self:
        """Bind both ports, start the loop thread, create accounts and folders."""
        if self._thread is not None:
            raise EmbeddedMailServerError("embedded mail servers already started")
        self._check_accounts()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EmbeddedMailServerError(
                f"cannot create mail data directory {self.data_dir}: {exc.strerror}") from exc
        imap_sock = _listen(self.host, self.imap_port, "IMAP")
        try:
            smtp_sock = _listen(self.host, self.smtp_port, "SMTP")
        except BaseException:
            imap_sock.close()
            raise
        self.imap_port = imap_sock.getsockname()[1]
        self.smtp_port = smtp_sock.getsockname()[1]

        io_pool = ThreadPoolExecutor(4, thread_name_prefix="embedded-imap-io")
        cpu_pool = ThreadPoolExecutor(1, thread_name_prefix="embedded-imap-cpu")
        append_pool = ThreadPoolExecutor(2, thread_name_prefix="embedded-smtp-append")
        self._executors = [append_pool, io_pool, cpu_pool]
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, daemon=True,
                                        name="complaints-embedded-mail")
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            self._serve(imap_sock, smtp_sock, io_pool, cpu_pool, append_pool), loop)
        try:
            future.result(_START_TIMEOUT)
        except BaseException as exc:
            future.cancel()
            imap_sock.close()
            smtp_sock.close()
            self.stop()
            if isinstance(exc, EmbeddedMailServerError):
                raise
            cause = (f"{exc.strerror}: {exc.filename}" if isinstance(exc, OSError)
                     and exc.strerror else repr(exc))
            raise EmbeddedMailServerError(
                f"embedded mail servers failed to start in {self.data_dir}: {cause}") from exc
        return self

    def stop(self) -> None:
        """Close listeners and open connections, stop the thread; ports are free after."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            with suppress(Exception):
                asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(_STOP_TIMEOUT)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(_STOP_TIMEOUT)
        if not thread.is_alive():
            loop.close()
        for executor in self._executors:
            executor.shutdown(wait=True, cancel_futures=True)
        self._executors = []
        self._loop = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- inside the loop thread ------------------------------------------------------

    async def _serve(self, imap_sock: socket.socket, smtp_sock: socket.socket,
                     io_pool: ThreadPoolExecutor, cpu_pool: ThreadPoolExecutor,
                     append_pool: ThreadPoolExecutor) -> None:
        config = build_config(self.data_dir, io_pool, cpu_pool)
        config.apply_context()  # pymap reads its IO subsystem from a context variable
        login = Login(config)
        await ensure_accounts(config, login, self.accounts, self.password, DEMO_FOLDERS)
        self._servers.append(await serve_imap(config, login, imap_sock, self._imap_writers))

        handler = AppendDelivery({a.lower(): a for a in self.accounts}, self.password,
                                 lambda: (self.host, self.imap_port), append_pool)
        loop = asyncio.get_running_loop()

        def smtp_protocol() -> SMTP:
            protocol = SMTP(handler, hostname="complaints-demo", enable_SMTPUTF8=True,
                            loop=loop)
            self._smtp_protocols.add(protocol)
            return protocol

        self._servers.append(await loop.create_server(smtp_protocol, sock=smtp_sock))

    async def _shutdown(self) -> None:
        for server in self._servers:
            server.close()
        self._servers = []
        for writer in list(self._imap_writers):
            writer.close()
        for protocol in list(self._smtp_protocols):
            transport: Any = getattr(protocol, "transport", None)
            if transport is not None:
                transport.close()
        self._imap_writers.clear()
        self._smtp_protocols.clear()
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _check_accounts(self) -> None:
        if not self.accounts:
            raise EmbeddedMailServerError("embedded mail servers need at least one account")
        bad = [a for a in self.accounts if not _ACCOUNT.match(a)]
        if bad:
            raise EmbeddedMailServerError(
                f"not a usable mail address for the embedded server: {', '.join(bad)}")
        if not self.password:
            raise EmbeddedMailServerError("embedded mail servers need a non-empty password")


def _listen(host: str, port: int, what: str) -> socket.socket:
    """A listening, non-blocking socket on host:port, or a clear error saying why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise EmbeddedMailServerError(
            f"cannot listen for {what} on {host}:{port}: unknown host ({exc})") from exc
    family, type_, proto, _, address = infos[0]
    sock = socket.socket(family, type_, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(100)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            reason = "the port is already in use (another mail server? pick another port)"
        else:
            reason = exc.strerror or str(exc)
        raise EmbeddedMailServerError(f"cannot listen for {what} on {host}:{port}: {reason}"
                                      ) from exc
    return sock
