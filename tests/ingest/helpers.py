"""Helpers for the ingest tests: configs with chosen [imap]/[limits] keys, mail builders,
a `serve` running in a thread, a TCP proxy between the service and Dovecot, and waits.

Everything here drives the real servers; the proxy only forwards bytes (counting them, or
cutting a line in two like a slow network does) — it does not answer for Dovecot.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Callable, Iterator

from sqlmodel import Session, select as sql_select

from complaints.context import Context, make_context
from complaints.service import Service
from core.clock import BRANCH_ZONE, FixedClock
from core.config import load_settings
from core.retry import RetryPolicy
from core.store.db import make_engine
from core.store.models import Case, Event, Message, OutboundMail
from tests.support.databases import migrated
from tests.support.env import write_config

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)  # a Thursday, a working day
SERVICE = "complaints@branch.example"
OFFICE = "union@branch.example"
CSC = "csc@province.example"
FAST_RECONNECT = RetryPolicy(base_seconds=0.5, cap_seconds=1.0, max_attempts=1_000_000)


def set_keys(text: str, section: str, values: dict) -> str:
    """Set `key = value` lines inside `[section]` of a TOML text (replace or add)."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"[{section}]"))
    except StopIteration:
        lines += ["", f"[{section}]"]
        start = len(lines) - 1
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    for key, value in values.items():
        literal = json.dumps(value, ensure_ascii=False)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        hit = next((i for i in range(start + 1, end) if pattern.match(lines[i])), None)
        if hit is None:
            lines.insert(start + 1, f"{key} = {literal}")
            end += 1
        else:
            lines[hit] = f"{key} = {literal}"
    return "\n".join(lines) + "\n"


def write_ingest_config(tmp_path: Path, mail, db_url: str, *, imap: dict | None = None, limits: dict | None = None,
                        extra_units: str = "", imap_port: int | None = None, sections: dict | None = None) -> Path:
    path = write_config(tmp_path, imap_port=imap_port or mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    text = path.read_text(encoding="utf-8")
    text = set_keys(text, "imap", {"timeout_seconds": 10, **(imap or {})})
    for section, values in (sections or {}).items():
        text = set_keys(text, section, values)
    if limits:
        text = set_keys(text, "limits", limits)
    path.write_text(text, encoding="utf-8")
    if extra_units:
        units = tmp_path / "units.toml"
        units.write_text(units.read_text(encoding="utf-8") + "\n" + extra_units, encoding="utf-8")
    return path


def make_ctx(tmp_path: Path, mail, db_url: str, *, at: datetime = AT, **kwargs) -> Context:
    settings = load_settings(write_ingest_config(tmp_path, mail, db_url, **kwargs))
    engine = make_engine(settings.database.url, settings.data_key())
    migrated(engine)
    return make_context(settings, engine, FixedClock(at))


def plain_mail(*, sender: str, subject: str, body: str = "正文", to: str = SERVICE, message_id: str | None = "auto",
               headers: dict | None = None, attachments: tuple = ()) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(AT)
    if message_id == "auto":
        message_id = make_msgid(domain=sender.split("@")[-1])
    if message_id:
        msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


def append(mail, user: str, raw: bytes, folder: str = "INBOX") -> None:
    client = mail.imap(user)
    try:
        client.append(folder, raw)
    finally:
        client.logout()


def messages(engine) -> list[Message]:
    with Session(engine) as s:
        return list(s.exec(sql_select(Message).order_by(Message.id)).all())


def cases(engine) -> list[Case]:
    with Session(engine) as s:
        return list(s.exec(sql_select(Case).order_by(Case.id)).all())


def events(engine, case_id: str) -> list[Event]:
    with Session(engine) as s:
        return list(s.exec(sql_select(Event).where(Event.case_id == case_id).order_by(Event.id)).all())


def outbound(engine) -> list[OutboundMail]:
    with Session(engine) as s:
        return list(s.exec(sql_select(OutboundMail).order_by(OutboundMail.id)).all())


def wait_until(predicate: Callable[[], object], timeout: float = 20, interval: float = 0.05, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")
        time.sleep(interval)


def header_ids(raws: list[bytes]) -> list[str]:
    found = []
    for raw in raws:
        m = re.search(rb"^Message-ID:\s*(<[^>]+>)", raw, re.IGNORECASE | re.MULTILINE)
        found.append(m.group(1).decode() if m else "")
    return found


@contextmanager
def serving(ctx: Context, **kwargs) -> Iterator[Service]:
    """`serve` in a thread for the duration of the block; stopped (and joined) afterwards."""
    kwargs.setdefault("reconnect", FAST_RECONNECT)
    service = Service(ctx, **kwargs)
    thread = threading.Thread(target=service.run, name="serve", daemon=True)
    thread.start()
    try:
        yield service
    finally:
        service.stop()
        thread.join(timeout=15)
        assert not thread.is_alive(), "serve did not stop within 15 s"


class Proxy:
    """A TCP forwarder to Dovecot that counts what passes and can split a server line in two."""

    def __init__(self, target_port: int, *, split: bytes | None = None, split_pause: float = 0.3):
        self.target = ("127.0.0.1", target_port)
        self.split, self.split_pause = split, split_pause
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.client_lines = 0
        self.server_bytes = 0
        self.splits = 0
        self._conns: list[socket.socket] = []
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def reset_counts(self) -> None:
        self.client_lines = self.server_bytes = 0

    def _accept(self) -> None:
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:  # the server is down: the client sees the connection close
                conn.close()
                continue
            for s in (conn, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._conns += [conn, upstream]
            threading.Thread(target=self._pump, args=(conn, upstream), daemon=True).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([client, upstream], [], [], 0.2)
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    if s is client:
                        self.client_lines += data.count(b"\r\n")
                        upstream.sendall(data)
                    else:
                        self.server_bytes += len(data)
                        self._to_client(client, data)
        except OSError:
            return
        finally:
            for s in (client, upstream):
                try:
                    s.close()
                except OSError:
                    pass

    def _to_client(self, client: socket.socket, data: bytes) -> None:
        at = data.find(self.split) if self.split else -1
        if at < 0:
            client.sendall(data)
            return
        cut = at + len(self.split) // 2
        client.sendall(data[:cut])
        self.splits += 1
        time.sleep(self.split_pause)
        client.sendall(data[cut:])

    def cut(self) -> None:
        """Drop every open connection, as a server restart or a network fault does."""
        conns, self._conns = self._conns, []
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        for s in self._conns:
            try:
                s.close()
            except OSError:
                pass
