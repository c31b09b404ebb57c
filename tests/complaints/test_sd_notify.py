"""The sd_notify adapter speaks systemd's datagram protocol to a real unix socket."""

from __future__ import annotations

import socket
import threading
import uuid

import pytest

from complaints.sd_notify import Notifier, Watchdog
from ingest.watch import Health


@pytest.fixture
def manager(tmp_path):
    """A unix datagram socket where systemd's would be; yields (its address, a receive function)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = tmp_path / "notify"
    sock.bind(str(path))
    sock.settimeout(2)

    def receive() -> dict[str, str]:
        data = sock.recv(4096).decode()
        return dict(line.split("=", 1) for line in data.splitlines())

    yield str(path), receive
    sock.close()


def test_ready_status_ping_and_stopping_arrive_as_datagrams(manager):
    address, receive = manager
    notifier = Notifier.from_environment({"NOTIFY_SOCKET": address})
    assert notifier.ready("serving (idle)")
    assert receive() == {"READY": "1", "STATUS": "serving (idle)"}
    assert notifier.status("imap fault #2, retrying in 4 s") and receive() == {"STATUS": "imap fault #2, retrying in 4 s"}
    assert notifier.ping() and receive() == {"WATCHDOG": "1"}
    assert notifier.stopping() and receive() == {"STOPPING": "1", "STATUS": "stopping"}


def test_an_abstract_socket_address_is_understood():
    name = f"complaints-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        assert Notifier.from_environment({"NOTIFY_SOCKET": "@" + name}).ping()
        assert sock.recv(100) == b"WATCHDOG=1"


def test_outside_systemd_nothing_is_sent_and_nothing_fails():
    notifier = Notifier.from_environment({})
    assert not notifier.enabled and not notifier.ready("x") and notifier.watchdog_seconds is None


def test_a_vanished_manager_socket_is_logged_not_raised(tmp_path, caplog):
    assert not Notifier(str(tmp_path / "gone")).ping()
    assert "cannot notify systemd" in caplog.text


def test_the_watchdog_interval_is_ours_only_when_watchdog_pid_is_this_process():
    env = {"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "120000000"}
    assert Notifier.from_environment(env, pid=42).watchdog_seconds == 120
    assert Notifier.from_environment({**env, "WATCHDOG_PID": "42"}, pid=42).watchdog_seconds == 120
    assert Notifier.from_environment({**env, "WATCHDOG_PID": "41"}, pid=42).watchdog_seconds is None
    assert Notifier.from_environment({**env, "WATCHDOG_USEC": "0"}, pid=42).watchdog_seconds is None


def test_the_watchdog_pings_only_while_rounds_succeed(manager):
    address, receive = manager
    now = [1000.0]
    health = Health(monotonic=lambda: now[0])
    dog = Watchdog(Notifier(address, 60), health, limit_seconds=600, stop=threading.Event())
    assert dog.needed and dog.every == 30
    assert dog.check() and receive() == {"WATCHDOG": "1"}
    now[0] += 599
    assert dog.check(), "the last good round is 599 s old: still within stall_minutes"
    now[0] += 2
    assert not dog.check(), "no good round for longer than stall_minutes: systemd may restart us"
    health.good_round()
    assert dog.check() and dog.pings == 3
