"""`complaints serve` as systemd runs it (Type=notify, WatchdogSec): the process, a real
notification socket, the real mail servers and both databases.

READY comes after the first round, the watchdog is fed while rounds succeed and stops when
they fail for `stall_minutes` (so systemd restarts a service that is stuck), and SIGTERM
ends with STOPPING.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

from tests.ingest.helpers import CSC, SERVICE, cases, make_ctx, wait_until
from tests.integration.test_ingest_service import _complaint


class Manager:
    """systemd's side of NOTIFY_SOCKET: every datagram received, with the time it came."""

    def __init__(self, path: Path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.2)
        self.received: list[tuple[float, dict[str, str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096).decode()
            except socket.timeout:
                continue
            self.received.append((time.monotonic(), dict(line.split("=", 1) for line in data.splitlines())))

    def first(self, key: str) -> dict[str, str] | None:
        return next((fields for _, fields in self.received if key in fields), None)

    def pings(self, since: float = 0.0) -> int:
        return sum(1 for at, fields in self.received if "WATCHDOG" in fields and at >= since)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


def _serve(tmp_path: Path, manager: Manager, watchdog_seconds: float) -> subprocess.Popen:
    env = {**os.environ, "NOTIFY_SOCKET": str(manager.path), "WATCHDOG_USEC": str(int(watchdog_seconds * 1e6))}
    log = (tmp_path / "serve.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(tmp_path / "complaints.toml"),
                             "serve"], stdout=log, stderr=log, cwd=tmp_path, env=env)


def _stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(15)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_serve_is_ready_after_its_first_round_feeds_the_watchdog_and_says_stopping(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(_complaint(1), CSC, [SERVICE])
    manager = Manager(tmp_path / "notify")
    proc = _serve(tmp_path, manager, watchdog_seconds=1.0)
    try:
        ready = wait_until(lambda: manager.first("READY"), timeout=60, what="READY=1 from serve")
        assert ready["READY"] == "1" and ready["STATUS"].startswith("serving ("), ready
        wait_until(lambda: cases(ctx.engine), timeout=30, what="the case")
        wait_until(lambda: manager.pings() >= 3, timeout=10, what="watchdog pings every half interval")
        assert _stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        manager.close()
    assert manager.received[-1][1] == {"STOPPING": "1", "STATUS": "stopping"}


def test_serve_stops_feeding_the_watchdog_while_it_cannot_reach_its_mail_server(tmp_path, db_url):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    dead = SimpleNamespace(imap_port=closed.getsockname()[1], smtp_port=closed.getsockname()[1])
    make_ctx(tmp_path, dead, db_url, imap={"stall_minutes": 0.05})  # 3 s
    manager = Manager(tmp_path / "notify")
    proc = _serve(tmp_path, manager, watchdog_seconds=0.5)
    try:
        ready = wait_until(lambda: manager.first("READY"), timeout=60, what="READY=1 after the first (failed) round")
        assert "connection fault" in ready["STATUS"], ready
        started = time.monotonic()
        wait_until(lambda: manager.pings() >= 1, timeout=5, what="pings before stall_minutes has passed")
        time.sleep(max(0.0, started + 4 - time.monotonic()))  # past stall_minutes
        quiet_since = time.monotonic()
        time.sleep(2)
        assert manager.pings(since=quiet_since) == 0, "no good round for stall_minutes: no more pings"
        assert proc.poll() is None, "the service itself keeps retrying; systemd decides to restart it"
        assert _stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        manager.close()
        closed.close()
