"""Ingest speed on the real Dovecot/Postfix: rate, idle-pass cost, delivery-to-case latency.

Run: `python -m bench.bench_ingest` (starts the test mail servers if needed and holds the
test lock, so a concurrent pytest cannot reset the bench mailboxes; `--db URL` for
PostgreSQL instead of a fresh SQLite file). It prints, each measured side by side in one run:

1. ingest rate: 2,000 small complaint mails fetched raw-first into the case store
   (`fetch_new`: FETCH, sha256, dedup, commit per batch) vs the raw imapclient fetch of the
   same mails with the same batch size — medians of 3 rounds, and their ratio;
2. one idle pass (`one_pass` with nothing new) with 100 vs 10,000 already-processed mails
   kept in the mailbox (in the inbox below the cursor and in the processed folder, with
   their rows in the database) — medians of 30 alternating passes, ratio (target ≤ 1.2);
3. delivery → case with `complaints serve` idling (a real process): SMTP accepted → case
   row visible, over 100 mails sent one at a time — p50 and p95 (target p95 ≤ 1 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from imapclient import IMAPClient
from sqlalchemy import insert
from sqlmodel import Session, select

from complaints.context import Context, make_context
from complaints.sample_mail import complaint_mail
from complaints.service import one_pass
from core.clock import FixedClock
from core.config import load_settings
from core.imap import connect
from core.store.db import make_engine, session_scope, upgrade
from core.store.models import Case, MailboxCursor, Message
from ingest.fetcher import fetch_new
from tests.ingest.helpers import AT, CSC, set_keys
from tests.support.env import write_config
from tests.support.mailservers import MailServers, _exclusive, run_script, servers_from_environment

RATE_MAILS, RATE_ROUNDS, BATCH = 2000, 3, 100
IDLE_SIZES, IDLE_PASSES = (100, 10_000), 30
LATENCY_MAILS = 100


def _mail(n: int, sender: str = CSC, to: str = "bench1@branch.example") -> bytes:
    return complaint_mail(sender=sender, to=to, subject=f"客户投诉 {n}",
                          body=f"客户反映三元支行柜员服务态度差（第{n}件），要求道歉。联系电话 1385901{n:04d}。")


def _client(servers: MailServers, user: str) -> IMAPClient:
    client = servers.imap(user)
    client._imap.debug = 0  # noqa: SLF001 - imapclient's repr-everything debug level skews the baseline
    return client


def _empty(servers: MailServers, user: str) -> None:
    """Every folder of a bench account emptied, every extra folder removed."""
    client = _client(servers, user)
    try:
        for _flags, _sep, name in client.list_folders():
            if name in ("INBOX", "Processed", "Quarantine", "Sent"):
                client.select_folder(name)
                client.delete_messages(client.search(["ALL"]))
                client.expunge()
            else:
                client.select_folder("INBOX")
                client.delete_folder(name)
    finally:
        client.logout()


def _context(base: Path, servers: MailServers, db_url: str | None, user: str, *, imap: dict | None = None,
             clock=None) -> Context:
    base.mkdir(parents=True, exist_ok=True)
    url = db_url or f"sqlite:///{base / 'complaints.db'}"
    if db_url and db_url.startswith("postgresql"):
        from tests.support.databases import reset_postgres

        reset_postgres(db_url)
    path = write_config(base, imap_port=servers.imap_port, smtp_port=servers.smtp_port, db_url=url)
    text = set_keys(path.read_text(encoding="utf-8"), "imap", {"username": user, "batch_size": BATCH, **(imap or {})})
    path.write_text(text, encoding="utf-8")
    settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    upgrade(engine)
    return make_context(settings, engine, clock or FixedClock(AT))


# -- 1. ingest rate -------------------------------------------------------------------------

def _raw_fetch(servers: MailServers, user: str) -> float:
    client = _client(servers, user)
    try:
        started = time.perf_counter()
        client.select_folder("INBOX")
        uids = sorted(client.search(["UID", "1:*"]))
        got = 0
        for i in range(0, len(uids), BATCH):
            got += len(client.fetch(uids[i:i + BATCH], ["BODY.PEEK[]"]))
        elapsed = time.perf_counter() - started
    finally:
        client.logout()
    assert got == RATE_MAILS
    return got / elapsed


def _ingest(base: Path, servers: MailServers, db_url: str | None, user: str) -> float:
    ctx = _context(base, servers, db_url, user)
    with connect(ctx.settings.imap) as box:
        started = time.perf_counter()
        result = fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, ctx.clock.now())
        elapsed = time.perf_counter() - started
    ctx.engine.dispose()
    assert result.stored == RATE_MAILS
    return result.stored / elapsed


def bench_rate(work: Path, servers: MailServers, db_url: str | None) -> None:
    user = "bench1@branch.example"
    _empty(servers, user)
    client = _client(servers, user)
    client.multiappend("INBOX", [_mail(n) for n in range(RATE_MAILS)])
    client.logout()
    raw, ours = [], []
    for r in range(RATE_ROUNDS):
        raw.append(_raw_fetch(servers, user))
        ours.append(_ingest(work / f"rate{r}", servers, db_url, user))
    raw_m, ours_m = statistics.median(raw), statistics.median(ours)
    print(f"1. ingest rate, {RATE_MAILS} small complaint mails, batches of {BATCH} (median of {RATE_ROUNDS}):")
    print(f"   raw imapclient FETCH BODY.PEEK[]   {raw_m:8.0f} mails/s")
    print(f"   fetch_new (raw-first into the DB)  {ours_m:8.0f} mails/s")
    print(f"   ratio raw / ingest                 {raw_m / ours_m:8.2f}")


# -- 2. idle pass ----------------------------------------------------------------------------

def _seed_idle(servers: MailServers, user: str) -> None:
    """IdleN holds N processed mails below the cursor; IdleN-Done the N moved away."""
    big = max(IDLE_SIZES)
    client = _client(servers, user)
    try:
        for size in IDLE_SIZES:
            for folder in (f"Idle{size}", f"Idle{size}-Done", f"Idle{size}-Q"):
                client.create_folder(folder)
        client.multiappend(f"Idle{big}", [_mail(n, to=user) for n in range(big)])
        client.select_folder(f"Idle{big}")
        client.copy("1:*", f"Idle{big}-Done")
        for size in IDLE_SIZES:
            if size != big:
                client.copy(f"1:{size}", f"Idle{size}")
                client.copy(f"1:{size}", f"Idle{size}-Done")
    finally:
        client.logout()


def _idle_context(base: Path, servers: MailServers, db_url: str | None, user: str, size: int) -> Context:
    """A context whose database already holds `size` processed mails and a cursor past them."""
    ctx = _context(base, servers, db_url, user, imap={"inbox": f"Idle{size}", "processed_folder": f"Idle{size}-Done",
                                                       "quarantine_folder": f"Idle{size}-Q"})
    client = _client(servers, user)
    status = client.select_folder(f"Idle{size}", readonly=True)
    client.logout()
    now = ctx.clock.now()
    rows = [dict(dedup_key=f"mid:<bench-{size}-{n}@x>", message_id=f"<bench-{size}-{n}@x>", sha256="0" * 64,
                 raw=_mail(n), size=1200, mailbox=f"Idle{size}-Done", uidvalidity=1, uid=n + 1, stored_at=now,
                 sender=CSC, subject=f"客户投诉 {n}", kind="complaint", state="processed", server_state="moved",
                 quarantine_notified=False, processed_at=now) for n in range(size)]
    with session_scope(ctx.engine) as s:
        for i in range(0, len(rows), 2000):
            s.execute(insert(Message), rows[i:i + 2000])
        s.add(MailboxCursor(mailbox=f"Idle{size}", uidvalidity=int(status[b"UIDVALIDITY"]),
                            last_uid=int(status[b"UIDNEXT"]) - 1))
    return ctx


def bench_idle(work: Path, servers: MailServers, db_url: str | None) -> None:
    user = "bench2@branch.example"
    _empty(servers, user)
    _seed_idle(servers, user)
    if db_url:  # one PostgreSQL database: the sizes one after the other
        durations = {size: _idle_passes(_idle_context(work / f"idle{size}", servers, db_url, user, size))
                     for size in IDLE_SIZES}
    else:  # a SQLite file each: alternate pass by pass, so drift hits both sizes alike
        durations = _alternating({size: _idle_context(work / f"idle{size}", servers, None, user, size)
                                  for size in IDLE_SIZES})
    small, large = (statistics.median(durations[s]) for s in IDLE_SIZES)
    print(f"2. one idle pass (nothing new), median of {IDLE_PASSES}:")
    for size in IDLE_SIZES:
        print(f"   {size:6d} processed mails kept         {statistics.median(durations[size]) * 1000:8.1f} ms")
    print(f"   ratio {max(IDLE_SIZES)} / {min(IDLE_SIZES)}                 {large / small:8.2f}   (target ≤ 1.2)")


def _alternating(contexts: dict[int, Context]) -> dict[int, list[float]]:
    boxes = {size: connect(ctx.settings.imap) for size, ctx in contexts.items()}
    try:
        for size, ctx in contexts.items():
            for _ in range(2):  # warm-up: folders, cursor, jobs that are due once
                one_pass(ctx, boxes[size])
        durations: dict[int, list[float]] = {size: [] for size in contexts}
        for _ in range(IDLE_PASSES):
            for size, ctx in contexts.items():
                durations[size].append(_timed_pass(ctx, boxes[size]))
        return durations
    finally:
        for box in boxes.values():
            box.close()


def _timed_pass(ctx: Context, box) -> float:
    started = time.perf_counter()
    summary = one_pass(ctx, box)
    elapsed = time.perf_counter() - started
    assert not summary.busy(), summary.line()
    return elapsed


def _idle_passes(ctx: Context) -> list[float]:
    with connect(ctx.settings.imap) as box:
        for _ in range(2):
            one_pass(ctx, box)
        return [_timed_pass(ctx, box) for _ in range(IDLE_PASSES)]


# -- 3. latency --------------------------------------------------------------------------------

@contextmanager
def _serve(config: Path):
    log = (config.parent / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(config), "serve"],
                            stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=config.parent)
    proc.log_path = config.parent / "serve.log"
    try:
        yield proc
    finally:
        log.close()
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _case_for(engine, message_id: str) -> bool:
    with Session(engine) as s:
        return s.exec(select(Case.id).where(Case.source_message_id == message_id)).first() is not None


def bench_latency(work: Path, servers: MailServers, db_url: str | None) -> None:
    from core.clock import SystemClock

    user = "bench3@branch.example"
    _empty(servers, user)
    ctx = _context(work / "latency", servers, db_url, user, clock=SystemClock())
    latencies = []
    with _serve(work / "latency" / "complaints.toml") as proc:
        _wait_for_idle(servers, user, proc)
        with smtplib.SMTP(servers.host, servers.smtp_port, timeout=30) as smtp:
            for n in range(LATENCY_MAILS):
                raw = _mail(n, to=user)
                mid = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
                smtp.sendmail(CSC, [user], raw)
                accepted = time.perf_counter()
                while not _case_for(ctx.engine, mid):
                    if time.perf_counter() - accepted > 30:
                        raise SystemExit(f"mail {n}: no case after 30 s; serve log:\n"
                                         f"{proc.log_path.read_text(errors='replace')[-3000:]}")
                    time.sleep(0.002)
                latencies.append(time.perf_counter() - accepted)
                time.sleep(0.2)  # let the pass finish (delivery, filing) before the next mail
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(round(0.95 * len(latencies))) - 1]
    print(f"3. delivery → case with `serve` idling, {LATENCY_MAILS} mails one at a time:")
    print(f"   p50 {p50 * 1000:6.0f} ms   p95 {p95 * 1000:6.0f} ms   max {latencies[-1] * 1000:6.0f} ms"
          f"   (target p95 ≤ 1000 ms; Dovecot itself waits 500 ms before telling an IDLE client)")


def _wait_for_idle(servers: MailServers, user: str, proc) -> None:
    """Serve is up when it has created its cursor and entered IDLE; give it a couple of seconds."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited:\n{proc.log_path.read_text(errors='replace')[-3000:]}")
        client = _client(servers, user)
        names = [name for *_x, name in client.list_folders()]
        client.logout()
        if "Processed" in names:
            time.sleep(3)
            return
        time.sleep(0.2)
    raise SystemExit("serve did not start within 30 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file per measurement)")
    parser.add_argument("--only", choices=("rate", "idle", "latency"), default=None)
    args = parser.parse_args()
    servers = servers_from_environment()
    run_script("up", servers.state_dir)
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    os.environ.setdefault("COMPLAINTS_LOG_LEVEL", "WARNING")
    try:
        with _exclusive(Path(servers.state_dir) / "tests.lock"):
            for name, fn in (("rate", bench_rate), ("idle", bench_idle), ("latency", bench_latency)):
                if args.only in (None, name):
                    fn(work, servers, args.db)
                    sys.stdout.flush()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
