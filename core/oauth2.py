"""OAuth2 access tokens for the IMAP and SMTP login (XOAUTH2 / OAUTHBEARER), renewed before they expire.

Microsoft 365 tokens come from `msal` (Microsoft's own library: it knows the authority,
instance discovery and the token cache); Gmail's and any other provider's from `authlib`'s
OAuth2 client at a token endpoint. A token is kept until shortly before its end, so each new
IMAP or SMTP connection logs in with a fresh one and a token expiring mid-run costs no
failed pass; a server that still refuses a token makes the caller drop it and ask again once.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

import msal
import requests
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session

from core.config import OAuth2Config
from core.errors import LoginFailed, TransientMailError

DEFAULT_SCOPES = {"microsoft": ["https://outlook.office365.com/.default"], "google": ["https://mail.google.com/"],
                  "generic": []}
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/{tenant}"
EARLY_SECONDS = 60.0     # renew this long before the end (a tenth of a shorter lifetime)


@dataclass(frozen=True)
class Token:
    value: str
    expires_at: float

    def fresh(self, now: float, lifetime: float) -> bool:
        return now < self.expires_at - min(EARLY_SECONDS, lifetime / 10)


Fetch = Callable[[], tuple[str, float]]   # (access token, seconds it lives)


class TokenSource:
    """One account's current access token; thread-safe (the SMTP pool logs in from threads)."""

    def __init__(self, cfg: OAuth2Config, fetch: Fetch | None = None, clock: Callable[[], float] = time.time):
        self.cfg, self.clock = cfg, clock
        self._fetch = fetch or _fetcher(cfg)
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


def _fetcher(cfg: OAuth2Config) -> Fetch:
    scopes = cfg.scope or DEFAULT_SCOPES[cfg.provider]
    if cfg.provider == "microsoft":
        return _msal_fetcher(cfg, scopes)
    url = cfg.token_url or GOOGLE_TOKEN_URL
    return lambda: _authlib_fetch(cfg, url, scopes)


def _msal_fetcher(cfg: OAuth2Config, scopes: list[str]) -> Fetch:
    """msal keeps its own cache and answers from it until the token nears its end."""
    app: list[msal.ConfidentialClientApplication] = []

    def fetch() -> tuple[str, float]:
        try:
            if not app:
                # An authority named in the config (a national cloud, a test authority) is taken as
                # given: msal neither validates it against Microsoft's list nor asks the instance discovery.
                given = bool(cfg.authority)
                authority = cfg.authority or MICROSOFT_AUTHORITY.format(tenant=cfg.tenant)
                app.append(msal.ConfidentialClientApplication(
                    cfg.client_id, client_credential=cfg.secret(), authority=authority,
                    validate_authority=not given, instance_discovery=not given))
            if cfg.grant == "refresh_token":
                result = app[0].acquire_token_by_refresh_token(cfg.refresh_secret(), scopes=scopes)
            else:
                result = app[0].acquire_token_for_client(scopes=scopes)
        except (requests.RequestException, ValueError) as exc:
            raise TransientMailError(f"OAuth2 (microsoft) token endpoint unreachable: {exc}") from exc
        if "access_token" not in result:
            raise LoginFailed(_refused("microsoft", result.get("error", "?"), result.get("error_description", "")))
        return result["access_token"], float(result.get("expires_in", 3600))

    return fetch


def _authlib_fetch(cfg: OAuth2Config, url: str, scopes: list[str]) -> tuple[str, float]:
    session = OAuth2Session(cfg.client_id, cfg.secret() or None, scope=" ".join(scopes) or None)
    try:
        if cfg.grant == "refresh_token":
            token = session.refresh_token(url, refresh_token=cfg.refresh_secret())
        else:
            token = session.fetch_token(url, grant_type="client_credentials")
    except OAuthError as exc:
        raise LoginFailed(_refused(cfg.provider, exc.error, exc.description or "")) from exc
    except requests.RequestException as exc:
        raise TransientMailError(f"OAuth2 ({cfg.provider}) token endpoint {url} unreachable: {exc}") from exc
    finally:
        session.close()
    return token["access_token"], float(token.get("expires_in") or 3600)


def _refused(provider: str, error: str, description: str) -> str:
    return (f"OAuth2 ({provider}) 令牌申请被拒绝 token request refused: {error} {description[:200]} — "
            "请检查 [imap]/[smtp] oauth2 的 client_id、密钥与授权 (check client_id, the secret and the consent)")
