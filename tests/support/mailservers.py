"""Real Dovecot and Postfix on loopback for integration tests, as a pytest plugin.

Why real servers: the service's IMAP and SMTP adapters must meet real protocol behaviour
(DSN bounces, IDLE timing, MOVE, UIDs after expunge) that fakes do not reproduce. The
servers are started by `mailserver/mailserver up` (idempotent, fast when already running)
and stay up between sessions, so a warm test run pays almost nothing for them.

Fixtures:
    mail_servers  session-scoped; starts the servers once, fails loudly if they cannot start.
    mail          function-scoped; empties every mailbox and Postfix's queue, then holds a
                  lock for the test so that concurrent pytest sessions on this machine,
                  which share the same servers, cannot reset each other's mail mid-test.
"""

from __future__ import annotations

import fcntl
import json
import os
import smtplib
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

SCRIPT = Path(__file__).resolve().parents[2] / "mailserver" / "mailserver"
ACCOUNTS_FILE = SCRIPT.parent / "accounts.txt"
DEFAULT_STATE_DIR = "/var/tmp/complaints-mail"
PASSWORD = "secret"
LOCK_TIMEOUT_S = 600.0


class MailServerError(RuntimeError):
    """The mailserver script failed; the message carries its output."""


def accounts() -> list[str]:
    """Every address in mailserver/accounts.txt, in file order."""
    lines = ACCOUNTS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if line.strip() and not line.lstrip().startswith("#")]


def run_script(command: str, state_dir: str | None = None, timeout: float = 300) -> str:
    """Run one mailserver subcommand; return its output or raise with everything it said."""
    env = dict(os.environ)
    if state_dir is not None:
        env["COMPLAINTS_MAIL_DIR"] = state_dir
    result = subprocess.run(
        [str(SCRIPT), command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise MailServerError(f"mailserver {command} exited {result.returncode}:\n{output}")
    return output


_IN_FLIGHT = ("maildrop", "incoming", "active")  # Postfix has not tried these yet
_QUEUES = (*_IN_FLIGHT, "deferred", "hold")  # every queue a message can wait in (postqueue -j's queue_name)


def _raise(error: OSError) -> None:
    raise error


@dataclass(frozen=True)
class MailServers:
    """Where the test mail servers listen, and the operations tests need on them."""

    host: str
    imap_port: int
    smtp_port: int
    password: str
    state_dir: str

    def imap(self, user: str, password: str | None = None) -> IMAPClient:
        """A logged-in IMAP client for `user`; the caller logs out.

        TCP_NODELAY: imaplib writes an APPEND literal and its CRLF separately, and Nagle
        plus delayed ACK would stall every APPEND by about 40 ms.
        """
        client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=30)
        client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            client.login(user, self.password if password is None else password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        """Submit one message over SMTP.

        Raises SMTPRecipientsRefused when any recipient is refused (addresses outside the
        test domains are, at RCPT time); the accepted ones still get the message.
        """
        with smtplib.SMTP(self.host, self.smtp_port, timeout=30) as smtp:
            refused = smtp.sendmail(sender, recipients, raw)
        self.attempted()
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)

    def attempted(self, timeout: float = 30) -> None:
        """Wait until Postfix has tried to deliver everything it accepted: nothing left in
        its incoming or active queue (delivered to Dovecot, or deferred when Dovecot is
        down). Postfix's 250 comes before delivery; a test that fetched right after it
        could find the mailbox still empty on a loaded machine (CI, stop 25)."""
        self._wait_for_queues(_IN_FLIGHT, timeout, "has not tried its mail")

    def _wait_for_queues(self, queues: tuple[str, ...], timeout: float, what: str) -> None:
        """Wait until Postfix's `queues` hold no message file.

        The queue directories are read directly (the tests run as root, as the servers
        need): `postqueue -j` reads the same files through showq, but the script and
        postqueue cost some 40 ms a look, paid after every mail a test sends. A file still
        being written counts too, so this never ends sooner than postqueue would."""
        deadline = time.monotonic() + timeout
        while self._queue_files(queues):
            if time.monotonic() >= deadline:
                raise AssertionError(f"Postfix {what} after {timeout} s: {self.queued()}")
            time.sleep(0.005)

    def _queue_files(self, queues: tuple[str, ...]) -> int:
        root = Path(self.state_dir) / "postfix-queue"
        count = 0
        for queue in queues:
            for _, _, files in os.walk(root / queue, onerror=_raise):
                count += len(files)
        return count

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in `folder`, in UID order."""
        client = self.imap(user)
        try:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search(["ALL"]))
            if not uids:
                return []
            fetched = client.fetch(uids, [b"BODY.PEEK[]"])
            return [fetched[uid][b"BODY[]"] for uid in uids]
        finally:
            client.logout()

    def wait_for(
        self, user: str, count: int, folder: str = "INBOX", timeout: float = 20
    ) -> list[bytes]:
        """Poll until `folder` holds at least `count` messages; return them all."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.messages(user, folder)
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"{user}/{folder}: {len(found)} message(s) after {timeout} s, expected {count}"
                )
            time.sleep(0.1)

    def delivered(self, timeout: float = 30) -> None:
        """Wait until Postfix has delivered everything it accepted, the sender's receipts in
        Sent included (what the sender's 5-minute lease gives it time for in production)."""
        self._wait_for_queues(_QUEUES, timeout, "still holds mail")

    def reset(self) -> None:
        """Empty every mailbox of every account and delete everything in Postfix's queue."""
        self._run("reset")

    def flush_queue(self) -> None:
        """Delete every message in Postfix's queue (postsuper -d ALL)."""
        self._run("flush-queue")

    def queued(self) -> list[dict]:
        """Postfix's queue, one `postqueue -j` record a message (queue_name, recipients...)."""
        return [json.loads(line) for line in self._run("queue").splitlines() if line.strip()]

    def stop_dovecot(self) -> None:
        self._run("stop-dovecot")

    def start_dovecot(self) -> None:
        self._run("start-dovecot")

    def stop_postfix(self) -> None:
        self._run("stop-postfix")

    def start_postfix(self) -> None:
        self._run("start-postfix")

    def deliver_now(self) -> None:
        """Make Postfix retry deferred mail at once (e.g. after start_dovecot)."""
        self._run("deliver-now")

    def _run(self, command: str) -> str:
        return run_script(command, self.state_dir)


def servers_from_environment() -> MailServers:
    """The servers as `mailserver/mailserver` configures them, honouring its env overrides."""
    return MailServers(
        host="127.0.0.1",
        imap_port=int(os.environ.get("COMPLAINTS_MAIL_IMAP_PORT", "10143")),
        smtp_port=int(os.environ.get("COMPLAINTS_MAIL_SMTP_PORT", "10025")),
        password=PASSWORD,
        state_dir=os.environ.get("COMPLAINTS_MAIL_DIR", DEFAULT_STATE_DIR),
    )


@pytest.fixture(scope="session")
def mail_servers() -> MailServers:
    """Start (or find running) the real mail servers once per session; never skip."""
    servers = servers_from_environment()
    failure = None
    try:
        run_script("up", servers.state_dir)
    except (MailServerError, OSError, subprocess.TimeoutExpired) as error:
        failure = f"the test mail servers could not be started:\n{error}"
    if failure is not None:
        pytest.fail(failure, pytrace=False)
    return servers


@pytest.fixture
def mail(mail_servers: MailServers) -> Iterator[MailServers]:
    """The mail servers with every mailbox empty, held exclusively for this test."""
    with _exclusive(Path(mail_servers.state_dir) / "tests.lock"):
        if not _running(mail_servers):
            run_script("up", mail_servers.state_dir)  # a previous test stopped a daemon
        mail_servers.reset()
        yield mail_servers


def _running(servers: MailServers) -> bool:
    try:
        servers._run("status")
    except MailServerError:
        return False
    return True


class _exclusive:
    """An flock held for one test: sessions on this machine share one pair of servers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = None

    def __enter__(self) -> None:
        self.handle = open(self.path, "a+")
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        while True:
            try:
                fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.handle.seek(0)
                    holder = self.handle.read().strip()
                    pytest.fail(f"mail servers busy for {LOCK_TIMEOUT_S} s (held by {holder})")
                time.sleep(0.05)
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()}\n")
        self.handle.flush()

    def __exit__(self, *exc: object) -> None:
        assert self.handle is not None
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()
