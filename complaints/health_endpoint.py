"""`serve`'s HTTP endpoint for monitoring: /healthz and /metrics, on a loopback address.

/healthz runs `complaints doctor`'s checks against the running service — config, key,
database, IMAP login, SMTP, calendar, last good round, outbox — without the probe mail
(the one check that sends something), and answers 200, or 503 with the failing checks
first. /metrics is the Prometheus text of `metrics.ServiceMetrics`. The server runs in a
daemon thread of its own, so a slow check never holds up the mail.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from complaints.context import Context
from complaints.doctor import Verdict, run_checks
from complaints.metrics import ServiceMetrics
from core.store.db import check_migrated

log = logging.getLogger(__name__)


class RunningService:
    """What `doctor` asks of its app, answered by the running service's own context."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.settings = ctx.settings
        self.config_path = f"{ctx.settings.base_dir} (serve)"

    def engine(self, *, check: bool = True):
        if check:
            check_migrated(self.ctx.engine)
        return self.ctx.engine

    def context(self, at: datetime | None = None) -> Context:
        return self.ctx


def health_report(app) -> tuple[bool, str]:
    """(healthy, the text): doctor's lines without the probe, failing ones first."""
    lines = [(Verdict.of(passed), line) for line, passed in run_checks(app, probe=False)]
    lines.sort(key=lambda item: item[0] is not Verdict.FAIL)
    healthy = all(verdict is not Verdict.FAIL for verdict, _ in lines)
    return healthy, "".join(f"{verdict.value:<6}{line}\n" for verdict, line in lines)


class HealthEndpoint:
    """The HTTP server: bound when made (an address in use fails at startup), served from `start()`."""

    def __init__(self, address: tuple[str, int], ctx: Context, metrics: ServiceMetrics):
        self.address = address
        app, registry = RunningService(ctx), metrics.registry

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                path = self.path.split("?", 1)[0]
                if path == "/healthz":
                    healthy, text = health_report(app)
                    self._answer(200 if healthy else 503, text.encode(), "text/plain; charset=utf-8")
                elif path == "/metrics":
                    self._answer(200, generate_latest(registry), CONTENT_TYPE_LATEST)
                else:
                    self._answer(404, b"/healthz or /metrics\n", "text/plain; charset=utf-8")

            def _answer(self, code: int, body: bytes, content_type: str) -> None:
                self.send_response(code)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, fmt: str, *args) -> None:
                log.debug("health endpoint: " + fmt, *args)

        self.server = ThreadingHTTPServer(address, Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="health-endpoint", daemon=True)

    def start(self) -> None:
        self._thread.start()
        log.info("health endpoint on http://%s:%d/healthz and /metrics", self.address[0], self.port)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
