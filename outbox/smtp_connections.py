"""The SMTP connections a delivery batch uses: opening one (the seam), reopening after a failure,
and a small pool shared by the worker threads that hand mails over.
"""

from __future__ import annotations

import queue
import smtplib
import socket
import ssl
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterator

from core.config import SmtpConfig
from core.errors import LoginFailed, PermanentMailError, TransientMailError
from core.oauth2 import sasl_string, token_source
from core.store.models import OutboundMail
from core.transport import no_starttls, tls_context, tls_failure
from outbox.smtp_transaction import Refused, send_row

SmtpFactory = Callable[[SmtpConfig], smtplib.SMTP]
UNREACHABLE = "unreachable"  # in the error line a person reads; the row records it as WaitingOn.RELAY


def open_smtp(cfg: SmtpConfig) -> smtplib.SMTP:
    """The seam for the SMTP connection: TLS, STARTTLS (certificate verified) or plain, then
    AUTH with the password or an OAuth2 token when configured. A TLS fault is temporary for the
    outbox (mail waits, retried) but its line names the fix; a refused login is permanent."""
    context = None if cfg.security == "none" else tls_context(cfg.ca_file)
    try:
        if cfg.tls():
            smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_seconds, context=context)
        else:
            smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
            if cfg.security == "starttls":
                smtp.starttls(context=context)
        _login(smtp, cfg)
        sock = getattr(smtp, "sock", None)
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return smtp
    except smtplib.SMTPNotSupportedError as exc:
        raise TransientMailError(f"{no_starttls('SMTP', cfg.host, cfg.port)} ({UNREACHABLE} until then)") from exc
    except (smtplib.SMTPAuthenticationError, LoginFailed) as exc:
        raise PermanentMailError(f"SMTP {cfg.host}:{cfg.port} refused the login: {exc}") from exc
    except (OSError, socket.timeout, ssl.SSLError, smtplib.SMTPException) as exc:
        line = tls_failure(exc, "SMTP", cfg.host, cfg.port)
        raise TransientMailError(f"{line} ({UNREACHABLE} until then)" if line
                                 else f"SMTP {cfg.host}:{cfg.port} {UNREACHABLE}: {exc}") from exc


def _login(smtp: smtplib.SMTP, cfg: SmtpConfig) -> None:
    """AUTH when configured: OAuth2 (asked anew once when the server refuses the token) or password."""
    if cfg.oauth2 is None:
        if cfg.username:
            smtp.login(cfg.username, cfg.secret())
        return
    tokens = token_source(cfg.oauth2)
    for attempt in (1, 2):
        first = sasl_string(cfg.oauth2.mechanism, cfg.username, tokens.token(), cfg.host, cfg.port)
        try:
            smtp.auth(cfg.oauth2.mechanism, lambda challenge=None: "" if challenge else first)
            return
        except smtplib.SMTPAuthenticationError:
            tokens.invalidate()
            if attempt == 2:
                raise


class Unreachable(TransientMailError):
    """The SMTP server cannot be reached at all: every row of the batch would fail alike."""


class SmtpLink:
    """One SMTP connection for a batch, opened on first use and reopened after a failure."""

    def __init__(self, cfg: SmtpConfig, factory: SmtpFactory):
        self.cfg, self.factory = cfg, factory
        self.smtp: smtplib.SMTP | None = None

    def ready(self) -> None:
        if self.smtp is None:
            try:
                self.smtp = self.factory(self.cfg)
            except TransientMailError as exc:
                raise Unreachable(str(exc)) from exc

    def send(self, row: OutboundMail) -> Refused:
        """Hand the row over; the recipients refused while others were accepted."""
        self.ready()
        try:
            return send_row(self.smtp, self.cfg, row)
        except (TransientMailError, PermanentMailError):
            self.close()  # a broken or confused session is not reused
            raise

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except Exception:  # noqa: BLE001 - a dead connection is dropped either way
                self.smtp.close()
            self.smtp = None


class SmtpPool:
    """The batch's SMTP connections and the worker threads that use them: each connection
    serves one thread at a time and is opened on first use. Borrowed last-in first-out, so a
    batch of one or two mails keeps reusing the connection it opened first."""

    def __init__(self, cfg: SmtpConfig, factory: SmtpFactory):
        self.links = [SmtpLink(cfg, factory) for _ in range(cfg.connections)]
        self._idle: queue.LifoQueue[SmtpLink] = queue.LifoQueue()
        for link in reversed(self.links):
            self._idle.put(link)
        self.workers = ThreadPoolExecutor(max_workers=cfg.connections, thread_name_prefix="smtp")

    @contextmanager
    def borrowed(self) -> Iterator[SmtpLink]:
        link = self._idle.get()  # never waits: as many connections as worker threads
        try:
            yield link
        finally:
            self._idle.put(link)

    def ready(self) -> None:
        """Raises Unreachable unless one connection is open (checked before handing anything over)."""
        with self.borrowed() as link:
            link.ready()

    def close(self) -> None:
        """Wait for the hand-overs in progress, then close every connection."""
        self.workers.shutdown(wait=True, cancel_futures=True)
        for link in self.links:
            link.close()
