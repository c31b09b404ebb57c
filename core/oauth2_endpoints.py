"""The token endpoints behind OAuth2 logins: msal for Microsoft 365, authlib's OAuth2 client for the rest.

Apart from core.oauth2 so that a process whose accounts log in with a password never imports
msal, authlib and requests: serve's process 136 → 128 MB at its start (issue 19's memory).
core.oauth2 imports this module when a TokenSource is made for an account without its own fetch.
"""

from __future__ import annotations

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

Fetch = Callable[[], tuple[str, float]]   # (access token, seconds it lives)


def fetcher(cfg: OAuth2Config) -> Fetch:
    """How to get `cfg`'s account a token: msal for Microsoft 365, authlib's client for any other."""
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
