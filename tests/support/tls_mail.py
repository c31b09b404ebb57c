"""A second pair of real mail servers with TLS, SMTP AUTH and OAuth2, for the transport tests.

`mailserver/mailserver up` with COMPLAINTS_MAIL_TLS=1 and an introspection URL: Dovecot
offers STARTTLS and IMAPS, Postfix a submission port (STARTTLS + AUTH required) and SMTPS,
all with a certificate from a test CA made in the instance's state directory; Dovecot's
oauth2 passdb asks the fixture's token server (tests/support/tokens.py) about each token.
The plain SMTP port stays the MX the tests inject customers' mail into.

Ports: COMPLAINTS_MAIL_TLS_PORT_BASE (10200) and the six after it (the token server on the
last two: HTTP for Dovecot, HTTPS for msal); state directory
COMPLAINTS_MAIL_TLS_DIR (default: the shared instance's directory + "-tls").
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.support.mailservers import PASSWORD, SCRIPT, MailServers
from tests.support.tokens import TokenServer


@dataclass(frozen=True)
class TlsMail:
    plain: MailServers          # the MX port (inject), plain IMAP (read what arrived), reset
    imaps_port: int
    starttls_imap_port: int
    submission_port: int
    smtps_port: int
    tokens: TokenServer

    @property
    def ca_file(self) -> str:
        return str(Path(self.plain.state_dir) / "tls" / "ca.pem")

    @property
    def certificate(self) -> tuple[str, str]:
        """The servers' certificate and key, which the token server's HTTPS side presents too."""
        return str(Path(self.plain.state_dir) / "tls" / "server.pem"), str(Path(self.plain.state_dir) / "tls" / "server.key")


def tls_mail_from_environment(shared_state_dir: str) -> TlsMail:
    base = int(os.environ.get("COMPLAINTS_MAIL_TLS_PORT_BASE", "10200"))
    state = os.environ.get("COMPLAINTS_MAIL_TLS_DIR", shared_state_dir.rstrip("/") + "-tls")
    plain = MailServers(host="127.0.0.1", imap_port=base, smtp_port=base + 1, password=PASSWORD, state_dir=state)
    return TlsMail(plain=plain, imaps_port=base + 2, starttls_imap_port=base, submission_port=base + 3,
                   smtps_port=base + 4, tokens=TokenServer(base + 5, https_port=base + 6))


def up(servers: TlsMail) -> None:
    """Start (or reconfigure) the TLS instance; raise with the script's output on failure."""
    env = dict(os.environ, COMPLAINTS_MAIL_DIR=servers.plain.state_dir, COMPLAINTS_MAIL_TLS="1",
               COMPLAINTS_MAIL_IMAP_PORT=str(servers.plain.imap_port),
               COMPLAINTS_MAIL_SMTP_PORT=str(servers.plain.smtp_port),
               COMPLAINTS_MAIL_IMAPS_PORT=str(servers.imaps_port),
               COMPLAINTS_MAIL_SUBMISSION_PORT=str(servers.submission_port),
               COMPLAINTS_MAIL_SMTPS_PORT=str(servers.smtps_port),
               COMPLAINTS_MAIL_OAUTH2_URL=servers.tokens.introspection_url)
    result = subprocess.run([str(SCRIPT), "up"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            env=env, timeout=300, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"mailserver up (TLS) exited {result.returncode}:\n{result.stdout}{result.stderr}")


def other_ca(directory: Path) -> Path:
    """A CA that signed nothing the servers present: the 'wrong CA' of the tests."""
    key, pem = directory / "other-ca.key", directory / "other-ca.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                    "-subj", "/CN=some other CA", "-keyout", str(key), "-out", str(pem)],
                   check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return pem
