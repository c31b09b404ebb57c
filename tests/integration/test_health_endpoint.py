"""`serve`'s /healthz and /metrics, scraped while it works on the real mail servers (both databases)."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from datetime import datetime

from prometheus_client.parser import text_string_to_metric_families

from core.clock import BRANCH_ZONE
from tests.support.calendar import FIRST_UNKNOWN_YEAR
from tests.ingest.helpers import CSC, SERVICE, Proxy, cases, make_ctx, outbound, plain_mail, serving, wait_until
from tests.integration.test_ingest_service import _complaint

AT = datetime(FIRST_UNKNOWN_YEAR - 1, 12, 1, 9, 30, tzinfo=BRANCH_ZONE)
NEVER = lambda ctx: 600.0  # noqa: E731 - no timed job due while the test looks


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _samples(text: str) -> dict[tuple[str, tuple], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_metrics_and_health_while_serving(tmp_path, mail, db_url):
    port = _free_port()
    proxy = Proxy(mail.imap_port)
    try:
        ctx = make_ctx(tmp_path, mail, db_url, imap_port=proxy.port, at=AT,
                       sections={"health": {"listen": f"127.0.0.1:{port}"}, "sla": {"extra_holidays": []}})
        for n in range(3):
            mail.send(_complaint(n), CSC, [SERVICE])
        mail.send(plain_mail(sender="stranger@elsewhere.example", subject="你好"), CSC, [SERVICE])
        with serving(ctx, next_job_in=NEVER) as service:
            wait_until(lambda: len(cases(ctx.engine)) == 3 and service.health.rounds >= 1, timeout=60,
                       what="three cases")
            wait_until(lambda: all(o.state == "sent" for o in outbound(ctx.engine)), timeout=30, what="the outbox")
            status, text = _get(port, "/metrics")
            assert status == 200
            got = _samples(text)
            assert got[("complaints_mails_processed_total", ())] + got[("complaints_mails_quarantined_total", ())] == 4
            assert got[("complaints_mails_fetched_total", (("outcome", "stored"),))] == 4
            assert got[("complaints_cases", (("status", cases(ctx.engine)[0].status),))] == 3
            assert sum(v for (name, labels), v in got.items() if name == "complaints_mails"
                       and dict(labels)["kind"] == "complaint") == 3
            assert got[("complaints_outbox", (("state", "sent"),))] == len(outbound(ctx.engine)) > 0
            assert got[("complaints_outbox_oldest_waiting_seconds", ())] == 0
            assert got[("complaints_pass_duration_seconds_count", ())] == service.health.rounds >= 1
            assert got[("complaints_last_good_round_timestamp_seconds", ())] == ctx.clock.now().timestamp()
            assert got[("complaints_calendar_provisional_year", (("year", str(FIRST_UNKNOWN_YEAR)),))] == 1, \
                "45 days from 1 December reach the year chinesecalendar does not know"
            assert got[("complaints_calendar_provisional_years", ())] == 1
            assert got[("complaints_store_up", ())] == 1

            status, text = _get(port, "/healthz")
            assert status == 200, text
            assert "imap:" in text and "database:" in text and "receipts" not in text, "doctor without the probe"
            assert not any(line.startswith("FAIL") for line in text.splitlines())

            proxy.close()  # the IMAP server is out of reach
            status, text = _get(port, "/healthz")
            assert status == 503
            assert text.splitlines()[0].startswith("FAIL  imap:"), text
            assert _get(port, "/nothing")[0] == 404
    finally:
        proxy.close()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0, "the endpoint closes with the service"
