"""OAuth2 access tokens for the IMAP and SMTP login (XOAUTH2 / OAUTHBEARER), renewed before they expire.

Microsoft 365 tokens come from `msal` (Microsoft's own library: it knows the authority,
instance discovery and the token cache); Gmail's and any other provider's from `authlib`'s
OAuth2 client at a token endpoint (core.oauth2_endpoints). A token is kept until shortly before its end, so each new
IMAP or SMTP connection logs in with a fresh one and a token expiring mid-run costs no
failed pass; a server that still refuses a token makes the caller drop it and ask again once.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from core.config import OAuth2Config

if TYPE_CHECKING:
    from core.oauth2_endpoints import Fetch

EARLY_SECONDS = 60.0     # renew this long before the end (a tenth of a shorter lifetime)


@dataclass(frozen=True)
class Token:
    value: str
    expires_at: float

    def fresh(self, now: float, lifetime: float) -> bool:
        return now < self.expires_at - min(EARLY_SECONDS, lifetime / 10)



class TokenSource:
    """One account's current access token; thread-safe (the SMTP pool logs in from threads)."""

    def __init__(self, cfg: OAuth2Config, fetch: Fetch | None = None, clock: Callable[[], float] = time.time):
        self.cfg, self.clock = cfg, clock
        self._fetch = fetch or _endpoint(cfg)
        self._token: Token | None = None
        self._lifetime = 0.0
        self._lock = threading.Lock()
        self.fetched = 0

    def token(self) -> str:
        with self._lock:
            now = self.clock()
            if self._token is None or not self._token.fresh(now, self._lifetime):
                value, lifetime = self._fetch()
                self._token, self._lifetime = Token(value, now + lifetime), lifetime
                self.fetched += 1
            return self._token.value

    def invalidate(self) -> None:
        """The server refused the token (revoked, clocks apart): the next `token()` asks anew."""
        with self._lock:
            self._token = None


_SOURCES: dict[str, TokenSource] = {}
_SOURCES_LOCK = threading.Lock()


def token_source(cfg: OAuth2Config) -> TokenSource:
    """The process's one source per OAuth2 account, so connections share a token until it ages."""
    key = cfg.model_dump_json()
    with _SOURCES_LOCK:
        if key not in _SOURCES:
            _SOURCES[key] = TokenSource(cfg)
        return _SOURCES[key]


def sasl_string(mechanism: str, user: str, token: str, host: str, port: int) -> str:
    """The client's first (and only) SASL message, before base64 (RFC 7628; Google's XOAUTH2)."""
    if mechanism == "OAUTHBEARER":
        return f"n,a={user},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def _endpoint(cfg: OAuth2Config) -> Fetch:
    """The account's token endpoint. Imported here, for an account that logs in with OAuth2 only:
    msal, authlib and requests are 8 MB that serve's process otherwise never needs (issue 19)."""
    from core import oauth2_endpoints

    return oauth2_endpoints.fetcher(cfg)
