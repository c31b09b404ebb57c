"""Tell systemd how `serve` is doing: readiness, status, stopping, and a watchdog that
pings only while mail rounds succeed.

The protocol is systemd's documented one (sd_notify(3)): one datagram of `KEY=value`
lines to the unix socket named by `$NOTIFY_SOCKET` (a path, or `@name` for the abstract
namespace). It is a dozen lines, so it is spoken here rather than through a library: the
PyPI packages for it are either unmaintained (sdnotify, last release 2017) or bind
libsystemd and need its headers to build (systemd-python, cysystemd). Outside systemd
(no `$NOTIFY_SOCKET`) every call does nothing, so `serve` runs the same in a terminal.

The watchdog (`WatchdogSec=` → `$WATCHDOG_USEC`) is fed by `Watchdog`, a thread that looks
at `Health` and pings only while the last good round is younger than `stall_minutes`: a
service that hangs, or cannot reach its mail server for that long, stops pinging and
systemd restarts it — after the stall alert has gone to the union office.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass
from typing import Mapping

from ingest.watch import Health

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notifier:
    """The service manager's notification socket, or nothing (`address` None) outside systemd."""

    address: str | None = None
    watchdog_seconds: float | None = None  # WatchdogSec, when systemd watches this process

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None, pid: int | None = None) -> Notifier:
        """Read `$NOTIFY_SOCKET` and `$WATCHDOG_USEC` (honoured only when `$WATCHDOG_PID`,
        if set, is this process: a child must not feed its parent's watchdog)."""
        env = os.environ if env is None else env
        pid = os.getpid() if pid is None else pid
        seconds = None
        usec = env.get("WATCHDOG_USEC", "")
        if usec.isdigit() and int(usec) > 0 and env.get("WATCHDOG_PID", str(pid)) == str(pid):
            seconds = int(usec) / 1_000_000
        return cls(env.get("NOTIFY_SOCKET") or None, seconds)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def send(self, **fields: str) -> bool:
        """One datagram `KEY=value\\n…`; False (and a log line) when it cannot be delivered.

        A failed notification must never stop the service: systemd then acts on its own
        (a start timeout, a missed watchdog), which is the right outcome.
        """
        if self.address is None:
            return False
        payload = "\n".join(f"{key}={value}" for key, value in fields.items()).encode()
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto(payload, target)
            return True
        except OSError as exc:
            log.warning("cannot notify systemd at %s: %s", self.address, exc)
            return False

    def ready(self, status: str) -> bool:
        return self.send(READY="1", STATUS=status)

    def status(self, text: str) -> bool:
        return self.send(STATUS=text)

    def stopping(self) -> bool:
        return self.send(STOPPING="1", STATUS="stopping")

    def ping(self) -> bool:
        return self.send(WATCHDOG="1")


class Watchdog(threading.Thread):
    """Feeds systemd's watchdog at half its interval while rounds succeed; silent otherwise."""

    def __init__(self, notifier: Notifier, health: Health, limit_seconds: float, stop: threading.Event):
        super().__init__(name="sd-watchdog", daemon=True)
        self.notifier, self.health, self.limit, self.stop = notifier, health, limit_seconds, stop
        self.every = (notifier.watchdog_seconds or 0) / 2
        self.pings = 0

    @property
    def needed(self) -> bool:
        return self.notifier.enabled and self.every > 0

    def run(self) -> None:
        while not self.stop.wait(self.every):
            self.check()

    def check(self) -> bool:
        """One look: ping when the last good round is within `stall_minutes`. True if it pinged."""
        if self.health.stalled_for() >= self.limit:
            return False
        if self.notifier.ping():
            self.pings += 1
            return True
        return False
