"""A small OAuth2 authorization server for the tests: a token endpoint and an RFC 7662
introspection endpoint that Dovecot's oauth2 passdb asks about every token.

It issues tokens for the client credentials and refresh-token grants (the client id is
the mailbox the token opens), lets them lapse after `lifetime` seconds by its own clock,
and counts what it issued and what it refused, so a test can show that a token expired
mid-run and was renewed.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote

CLIENT_SECRET = "client-secret"
REFRESH_TOKEN = "refresh-1"


@dataclass
class TokenServer:
    port: int
    lifetime: float = 3600.0
    https_port: int = 0          # the same server over HTTPS, for msal (it talks to https authorities only)
    issued: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)     # introspected, inactive (expired or unknown)
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/introspect"

    @property
    def authority(self) -> str:
        """An Entra ID-shaped authority: msal reads its endpoints from the OpenID configuration."""
        return f"https://127.0.0.1:{self.https_port}/tenant"

    def openid_configuration(self) -> dict:
        return {"issuer": self.authority, "token_endpoint": f"https://127.0.0.1:{self.https_port}/token",
                "authorization_endpoint": f"{self.authority}/oauth2/v2.0/authorize"}

    def issue(self, form: dict[str, str]) -> tuple[int, dict]:
        grant = form.get("grant_type")
        client = form.get("client_id", "")
        if form.get("client_secret") != CLIENT_SECRET or not client:
            return 401, {"error": "invalid_client"}
        if grant == "refresh_token" and form.get("refresh_token") != REFRESH_TOKEN:
            return 400, {"error": "invalid_grant", "error_description": "refresh token revoked"}
        if grant not in ("client_credentials", "refresh_token"):
            return 400, {"error": "unsupported_grant_type"}
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = (client, time.time() + self.lifetime)
            self.issued.append(token)
        return 200, {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}

    def introspect(self, token: str) -> dict:
        with self._lock:
            user, until = self._tokens.get(token, ("", 0.0))
            if time.time() < until:
                return {"active": True, "username": user}
            self.refused.append(token)
        return {"active": False}


def serve(server: TokenServer, certificate: tuple[str, str] | None = None) -> ThreadingHTTPServer:
    """Start it on a daemon thread — on `https_port` with `certificate` = (cert file, key file),
    else on `port` — ; the caller shuts it down."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            if self.path == "/tenant/v2.0/.well-known/openid-configuration":
                self._answer(200, server.openid_configuration())
            else:
                self._answer(404, {"error": "not_found"})

        def do_POST(self):  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            form.update(_basic_auth(self.headers.get("Authorization", "")))
            if self.path == "/token":
                status, body = server.issue(form)
            elif self.path == "/introspect":
                status, body = 200, server.introspect(form.get("token", ""))
            else:
                status, body = 404, {"error": "not_found"}
            self._answer(status, body)

        def _answer(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", server.https_port if certificate else server.port), Handler)
    if certificate:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*certificate)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True, name="token-server").start()
    return httpd


def _basic_auth(header: str) -> dict[str, str]:
    """authlib sends the client's id and secret as HTTP Basic (client_secret_basic)."""
    if not header.startswith("Basic "):
        return {}
    client, _, secret = base64.b64decode(header[6:]).decode().partition(":")
    return {"client_id": unquote(client), "client_secret": unquote(secret)}
