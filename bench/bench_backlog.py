"""A backlog after an outage (issue 19): N mails wait when `serve` starts.

Part of `python -m bench.bench_pipeline` (`--backlog N`, 10,000; 0 skips). The N form mails
are APPENDed to the service INBOX first; then `serve` starts (in a thread of this process)
and runs for `--backlog-seconds` (60). Printed: seconds from the start to the first 督办
in a unit's INBOX (target ≤ 5 s: no "fetch everything, then process" stall), cases routed in
each 10-second window (a steady rate), and this process's RSS at each window's end (flat).
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
    windows: list[tuple[int, float]] = []
    try:
        while not any(c.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"] for c in clients):
            if time.perf_counter() - started > 120:
                raise RuntimeError("no 督办 within 120 s of the start")
            time.sleep(0.02)
        first = time.perf_counter() - started
        done = 0
        while time.perf_counter() - started < seconds:
            time.sleep(WINDOW)
            routed = _routed(ctx)
            windows.append((routed - done, rss_mb()))
            done = routed
            if done >= n:
                break
    finally:
        service.stop()
        thread.join(60)
        for client in clients:
            client.logout()
    rates = ", ".join(f"{count / WINDOW:.0f}" for count, _ in windows)
    rss = ", ".join(f"{mb:.0f}" for _, mb in windows)
    print(f"RESULT backlog of {n} mails: first 督办 in a unit's INBOX {first:.2f} s after serve started (target ≤ 5 s); "
          f"cases/s per {WINDOW:.0f} s window: {rates}; RSS of this process at each window's end (MB): {rss}")
