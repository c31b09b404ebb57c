"""pymap's maildir backend run in-process: several demo users whose mail stays on disk.

pymap has no public "serve" API beyond its CLI, so this builds its maildir `Config` and
`Login` directly and serves `IMAPServer` on a socket we bound ourselves (port 0 works and
a taken port fails before any thread starts). Passwords are stored as pbkdf2 hashes (pymap
refuses plain text) with few rounds: this is a loopback demo, start-up must be fast.
"""

from __future__ import annotations

import asyncio
import socket
from argparse import Namespace
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from proxyprotocol.reader import ProxyProtocolReader
from proxyprotocol.sock import SocketInfo
from pymap.backend.maildir import Config, Identity, Login
from pymap.concurrent import Subsystem
from pymap.frozen import frozendict
from pymap.imap import IMAPServer
from pymap.user import UserMetadata
from pysasl.hashing import BuiltinHash

from complaints.embedded import pymap_fixes

# pysasl's default is 500,000 rounds (~0.3 s per login here); the demo password is "demo".
_DEMO_HASH_ROUNDS = 5_000


class _DemoConfig(Config):
    """pymap's maildir config, minus the per-connection `getfqdn()` in the greeting."""

    @property
    def greeting(self) -> bytes:
        return b"Server ready complaints-demo"


def build_config(data_dir: Path, io_executor: ThreadPoolExecutor,
                 cpu_executor: ThreadPoolExecutor) -> _DemoConfig:
    """A maildir config for `data_dir`, no TLS (loopback only), our own thread pools."""
    pymap_fixes.apply()
    args = Namespace(debug=False, passlib_cfg=None, proxy_protocol=None,
                     inherited_sockets=None, tls=False, host=None, port=None,
                     cert=None, key=None)
    return _DemoConfig(
        args,
        host=None,
        port=0,
        tls_enabled=False,
        base_dir=str(data_dir),
        layout="++",
        colon=None,
        subsystem=Subsystem.for_executor(io_executor),
        cpu_subsystem=Subsystem.for_threading(cpu_executor),
        hash_context=BuiltinHash(rounds=_DEMO_HASH_ROUNDS),
    )


async def ensure_accounts(config: _DemoConfig, login: Login, accounts: Iterable[str],
                          password: str, folders: Iterable[str]) -> None:
    """Create or update each account (password re-hashed) and its folders, subscribed.

    Existing mail in `data_dir` is kept: a second start shows what the first one stored.
    """
    folders = tuple(folders)
    for name in accounts:
        identity = Identity(config, login.tokens, name, None, frozenset())
        hashed = config.hash_context.hash(config.password_prep(password))
        await identity.set(UserMetadata(config, name, password=hashed,
                                        params=frozendict({"mailbox_path": name})))
        async with identity.new_session() as session:
            mailboxes = session.mailbox_set
            existing = await mailboxes.list_mailboxes()
            for folder in folders:
                if existing.get(folder) is None:
                    await mailboxes.add_mailbox(folder)
                await mailboxes.set_subscribed(folder, True)


class _WholeResponseWriter:
    """Sends each pymap response in one write instead of piece by piece.

    pymap writes a response in fragments (`* 1 FETCH (`, then the rest); imapclient's
    `idle_check` reads a non-blocking socket and aborts on half a line (imapclient issue
    #519). Buffering until `drain()` keeps each response in one segment on loopback.
    """

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._pending: list[bytes] = []

    def write(self, data: bytes) -> None:
        self._pending.append(bytes(data))

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._writer.is_closing():
                self._writer.write(data)

    async def drain(self) -> None:
        self._flush()
        await self._writer.drain()

    async def start_tls(self, *args: Any, **kwargs: Any) -> None:
        self._flush()
        await self._writer.start_tls(*args, **kwargs)

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._writer, name)


async def serve_imap(config: _DemoConfig, login: Login, sock: socket.socket,
                     writers: set[asyncio.StreamWriter]) -> asyncio.base_events.Server:
    """Serve IMAP on the bound `sock`; open connections are tracked in `writers` for stop()."""
    imap_server = IMAPServer(login, config)

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      sock_info: SocketInfo) -> None:
        writers.add(writer)
        try:
            await imap_server(reader, _WholeResponseWriter(writer), sock_info)  # type: ignore[arg-type]
        finally:
            writers.discard(writer)

    handler = ProxyProtocolReader(config.proxy_protocol).get_callback(tracked)
    return await asyncio.start_server(handler, sock=sock)
