"""A backlog after an outage (issue 19): N mails wait when `serve` starts.

Part of `python -m bench.bench_pipeline` (`--backlog N`, 10,000; 0 skips; `--backlog-seconds S`,
how long serve runs over it at most, 60; enough for all 10,000 at 40 cases/s is ~300). Alone:
`python -m bench.bench_pipeline --cases 0 --latency 0 --scan-pages 0 --backlog 10000
--backlog-seconds 300` (`--db postgresql` for PostgreSQL). The N form mails are APPENDed to the
service INBOX first; then `serve` starts (in a thread of this process) from cold. Printed:
seconds from the start to the first 督办 in a unit's INBOX (target ≤ 5 s: no "fetch
everything, then process" stall), cases routed in each 10-second window, the seconds each
successive 1,000 cases took (a steady rate: no slowing as the stored mail and cases grow),
and this process's RSS at each 1,000 (flat: nothing held per mail of the backlog).
"""

from __future__ import annotations

import threading
import time

from imapclient import IMAPClient
from sqlmodel import Session, func, select

from bench.meters import rss_mb
from complaints.service import Service
from core.store.models import Case

WINDOW = 10.0
MARK = 1000  # cases between two marks of the rate and RSS


def _routed(ctx) -> int:
    with Session(ctx.engine) as session:
        return session.exec(select(func.count()).select_from(Case)).one()


def backlog(ctx, servers, units: list[str], n: int, seconds: float) -> None:
    """`serve` over a waiting backlog (the caller appended the N mails and made `ctx`)."""
    clients = []
    for user in units:
        client = IMAPClient(servers.host, port=servers.imap_port, ssl=False, timeout=60)
        client.login(user, servers.password)
        clients.append(client)
    service = Service(ctx)
    thread = threading.Thread(target=service.run, daemon=True)
    started = time.perf_counter()
    thread.start()
    samples: list[tuple[float, int, float]] = []  # (seconds since the start, cases, RSS MB)
    try:
        while not any(c.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"] for c in clients):
            if time.perf_counter() - started > 120:
                raise RuntimeError("no 督办 within 120 s of the start")
            time.sleep(0.02)
        first = time.perf_counter() - started
        while time.perf_counter() - started < seconds:
            time.sleep(1.0)  # a count a second: cheap beside serve's work
            samples.append((time.perf_counter() - started, _routed(ctx), rss_mb()))
            if samples[-1][1] >= n:
                break
    finally:
        service.stop()
        thread.join(60)
        for client in clients:
            client.logout()
    print(f"RESULT backlog of {n} mails: first 督办 in a unit's INBOX {first:.2f} s after serve started "
          f"(target ≤ 5 s); {samples[-1][1] if samples else 0} cases in {samples[-1][0] if samples else 0:.0f} s; "
          f"cases/s per {WINDOW:.0f} s window: {_windows(samples)}")
    print(f"  seconds per {MARK} cases (RSS of this process at each, MB): {_marks(samples)}")


def _windows(samples: list[tuple[float, int, float]]) -> str:
    rates, done, since = [], 0, 0.0
    for at, cases, _ in samples:
        if at >= since + WINDOW:
            rates.append(f"{(cases - done) / (at - since):.0f}")
            done, since = cases, at
    return ", ".join(rates)


def _marks(samples: list[tuple[float, int, float]]) -> str:
    marks, last, mark = [], 0.0, MARK
    for at, cases, rss in samples:
        while cases >= mark:
            marks.append(f"{at - last:.1f} ({rss:.0f})")
            last, mark = at, mark + MARK
    return ", ".join(marks) or "none reached"
