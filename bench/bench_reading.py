"""Scans beside the pipeline (issue 19): head-of-line wait, pages/s with 1 and 2 readers, memory.

Part of `python -m bench.bench_pipeline` (its one report); the figures:

1. Head of line. `complaints serve` runs in its own process, as the operator runs it (the
   benchmark's config and database, its clock), and idles in IMAP IDLE once it told READY; the
   union office's scanner sends 8 one-page
   scanned letters (each naming 城关分理处) and a .docx form for 三元支行 right behind them,
   then `--scan-pages` − 8 more letters. Printed: seconds from the form's delivery (Postfix
   accepted it) to its 督办 in 三元支行's INBOX (target ≤ 3 s), seconds until every letter's 督办
   is in 城关分理处's INBOX and the pages/s that makes in serve.
2. Memory. Peak RSS while those pages are read: serve's process, its OCR worker processes
   (its children) together, and the figure issue 19 asks for — serve with its workers, the
   largest sum of their RSS at one sample, every 0.1 s (target ≤ 400 MB). The benchmark's own
   process (its mails, its scans) is no longer counted: serve ran in a thread of it before.
3. Pages per second across the pool, no mail: the same pages read by a pool of 1 worker,
   then of 2, models loaded beforehand (on 2 cores, shared with the mail servers).

Issue 19's memory figure side by side: `python -m bench.bench_reading --serve --compare DIR`
(with mail servers of the environment, COMPLAINTS_MAIL_*; about 4 minutes a run on a quiet machine;
`--runs N`, 3; `--pages N`, 50; `--reading-workers N`, 1, 0 = one per core). Figures 1 and 2 for
this checkout's `complaints serve` and then DIR's, alternating, each on a fresh database and empty
mailboxes; per run serve's process, its OCR workers together, both at one sample (the figure the
issue asks for) and each one's VmHWM added up; then the medians and every run's sum, per checkout.

One OCR worker alone: `python -m bench.bench_reading --worker --compare DIR` (about 5 minutes;
`--runs N`, 3). A fresh worker reads the scan corpus (tests/parsers/scans.py: 12 forms and
6 letters, 19 A4 pages at 150 and 200 dpi) and the head-of-line benchmark's letter PDF; per
run it prints the worker's RSS with its model loaded, its peak RSS (VmHWM, exact, no sampling)
and its CPU per page after the model was loaded (utime + stime), and the text of every file
is compared. With `--compare DIR` another checkout's worker (its parsers.ocr) reads the same
files in turn, alternating, and the text must be byte-identical. Medians are printed.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import time
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

from bench.meters import MemoryWatch
from complaints.sample_mail import complaint_mail, form_mail
from core.clock import BRANCH_ZONE
from core.config import load_settings
from core.store.db import make_engine, upgrade
from parsers.ocr import OcrWorker, page_text
from parsers.reading_pool import ReadingPool
from parsers.readings import OCR, Job, ReadingPending
from tests.complaints.test_intake_scans import PAGE_ONE
from tests.ingest.helpers import set_keys
from tests.parsers.scans import cached_scans, render_letter, save_pages, scanify
from tests.parsers.test_cover_note import SHARP_CN
from tests.support.env import CSC, SERVICE, write_config
from tests.support.mailservers import MailServers, _exclusive, run_script, servers_from_environment

SCANNER = "scanner@branch.example"
SANYUAN, CHENGGUAN = "sanyuan@branch.example", "chengguan@branch.example"
AHEAD = 8  # letters in front of the form
CHECKOUT = Path(__file__).resolve().parents[1]  # serve runs this code, not what the venv installed
AT = datetime(2026, 11, 26, 10, 0, tzinfo=BRANCH_ZONE)  # a Thursday, a working day


def serve_settings(workdir: Path, servers: MailServers, url: str, *, imap: dict | None = None,
                   limits: dict | None = None):
    """serve's config written in `workdir` for these mail servers and database `url`, migrated: (settings, engine)."""
    path = write_config(workdir, imap_port=servers.imap_port, smtp_port=servers.smtp_port, db_url=url)
    text = set_keys(path.read_text("utf-8"), "imap", imap or {})
    path.write_text(set_keys(text, "limits", limits or {}), encoding="utf-8")
    settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    upgrade(engine)
    return settings, engine


def scan_pages(count: int) -> list[bytes]:
    """`count` distinct one-page scans (PDF) of the customer's letter: same text, other noise."""
    page = render_letter(PAGE_ONE[0], PAGE_ONE[1], 150)[0]
    return [save_pages([scanify(page, seed=500 + n, skew=0.4, rotation=0)], "pdf", 150) for n in range(count)]


def _letter(n: int, scan: bytes) -> bytes:
    return complaint_mail(sender=SCANNER, to=SERVICE, subject=f"Scanned from SHARP MX-M3658N #{n}", body=SHARP_CN,
                          attachments=((f"SHARP_20261126_{n:04d}.pdf", "application/pdf", scan),))


def _form() -> bytes:
    return form_mail({"acceptance_number": "CSC-20261126-9999", "customer_name": "陈晓梅", "phone": "13859019999",
                      "unit": "三元支行", "content": "客户反映三元支行排队时间过长。", "request": "要求道歉。"},
                     sender=CSC, to=SERVICE)


def _count(client: IMAPClient) -> int:
    return client.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"]


def _wait_count(client: IMAPClient, count: int, timeout: float, what: str) -> float:
    started = time.perf_counter()
    while _count(client) < count:
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"{what}: not there within {timeout:.0f} s")
        time.sleep(0.01)
    return time.perf_counter()


@dataclass(frozen=True)
class ServeRun:
    """One scan run of serve: the form's wait and the pages/s (s), and the peak RSS (MB) of serve's
    process, of its OCR workers together, of both at one sample, and each one's VmHWM added up."""

    form_wait: float
    pages_per_s: float
    serve_mb: float
    workers_mb: float
    total_mb: float
    highs_mb: float


def head_of_line(workdir: Path, servers, pages: int, at: str, root: Path = CHECKOUT) -> ServeRun:
    """Figures 1 and 2 on a fresh `complaints serve` process of checkout `root` (the caller resets
    the mailboxes and writes its config and database in `workdir`; `at` is its clock)."""
    scans = scan_pages(pages)
    letters = [_letter(n, scan) for n, scan in enumerate(scans)]
    login = lambda user: _login(servers, user)  # noqa: E731
    sanyuan, chengguan = login(SANYUAN), login(CHENGGUAN)
    serve, log = _start_serve(workdir, at, root)
    try:
        with MemoryWatch(lambda: _children(serve.pid), pid=serve.pid) as memory:
            with smtplib.SMTP(servers.host, servers.smtp_port, timeout=60) as smtp:
                for raw in letters[:AHEAD]:
                    smtp.sendmail(SCANNER, [SERVICE], raw)
                started = time.perf_counter()
                smtp.sendmail(CSC, [SERVICE], _form())
                form_sent = time.perf_counter()
                for raw in letters[AHEAD:]:
                    smtp.sendmail(SCANNER, [SERVICE], raw)
            form_in = _wait_count(sanyuan, 1, 120, "the form's 督办")
            letters_ahead = _count(chengguan)
            done = _wait_count(chengguan, pages, 60 + 20 * pages, "every letter's 督办")
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.wait(60)
        log.close()
        sanyuan.logout()
        chengguan.logout()
    print(f"RESULT head of line: {AHEAD} scanned letters then a .docx form — the form's 督办 in the unit's INBOX "
          f"{form_in - form_sent:.2f} s after its delivery (target ≤ 3 s), {letters_ahead} letters' 督办 before it; "
          f"all {pages} scanned pages routed {done - started:.1f} s after the form was sent = "
          f"{pages / (done - started):.2f} pages/s in serve with {len(memory.seen)} reader(s)")
    print(f"RESULT memory over {pages} scanned pages: {memory.line()}")
    return ServeRun(form_in - form_sent, pages / (done - started), memory.parent, memory.workers, memory.total,
                    sum(memory.highs.values()))


def _start_serve(workdir: Path, at: str, root: Path) -> tuple[subprocess.Popen, Any]:
    """`complaints serve` on the config in `workdir`, once it told READY (its first round done,
    as systemd waits for it) and a second more for it to be idling."""
    notify = workdir / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(notify))
    sock.settimeout(120)
    log = (workdir / "serve.log").open("wb")
    serve = subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(workdir / "complaints.toml"),
                              "--at", at, "serve"], stdout=log, stderr=log, cwd=workdir,
                             env={**os.environ, "NOTIFY_SOCKET": str(notify), "PYTHONPATH": str(root)})
    try:
        while b"READY=1" not in sock.recv(4096):
            pass
    except OSError:
        serve.kill()
        log.close()
        raise RuntimeError(f"serve did not tell READY within 120 s; see {workdir}/serve.log") from None
    finally:
        sock.close()
    time.sleep(1.0)
    return serve, log


def _children(pid: int) -> list[int]:
    """The processes `pid` started (serve's OCR workers), from every thread of it."""
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(k) for k in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def _login(servers, user: str) -> IMAPClient:
    client = IMAPClient(servers.host, port=servers.imap_port, ssl=False, timeout=60)
    client.login(user, servers.password)
    return client


def pool_pages_per_second(counts: tuple[int, ...] = (1, 2), pages: int = 8) -> None:
    """Figure 3: the same pages read by pools of each size, each worker's model loaded first."""
    scans = scan_pages(pages + max(counts))
    rates = {}
    for count in counts:
        pool = ReadingPool(count).start()
        try:
            _read_all(pool, [Job(OCR, data, f"warm{n}.pdf", 120) for n, data in enumerate(scans[pages:][:count])])
            started = time.perf_counter()
            _read_all(pool, [Job(OCR, data, f"page{n}.pdf", 120) for n, data in enumerate(scans[:pages])])
            rates[count] = pages / (time.perf_counter() - started)
        finally:
            pool.close()
    base = rates[counts[0]]
    print(f"RESULT OCR pages/s across the pool ({pages} pages): " + "; ".join(
        f"{k} worker(s) {r:.2f} pages/s ({r / base:.2f}×)" for k, r in rates.items()))


def _read_all(pool: ReadingPool, jobs: list[Job]) -> None:
    """Until every job is read. The pool queues at most QUEUE_PER_WORKER files a worker, so
    the jobs are asked again as answers come in (waiting for the queue to empty once read
    only 4 of 8 pages with 1 worker, and the rate counted 8). Asked again when a file is read,
    not every 20 ms: each ask hashes every file, and the polling took 5.4 s of CPU from the
    2 cores while one worker read 8 pages with 8.6 s (as serve, which asks when woken)."""
    while True:
        pool.news.clear()  # before asking: a file read meanwhile sets it again
        try:
            pool.prefetch(jobs)
            return
        except ReadingPending:  # some are queued or wait for room: ask again once one is read
            pool.news.wait(5)


# -- one OCR worker alone (--worker) --------------------------------------------------------


@dataclass(frozen=True)
class WorkerRun:
    """One fresh worker over the files: RSS loaded and at its peak (MB), CPU a page (s), texts."""

    loaded_mb: float
    peak_mb: float
    cpu_per_page: float
    texts: tuple[str, ...]


def worker_files() -> list[tuple[str, bytes]]:
    """The scan corpus's files and the head-of-line letter, as (name, bytes)."""
    _, items = cached_scans()
    return [(item.path.name, item.path.read_bytes()) for item in items] + [("letter.pdf", scan_pages(1)[0])]


def _proc(pid: int) -> tuple[float, float, float]:
    """(VmRSS MB, VmHWM MB, CPU seconds) of a process from /proc."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024,
            (int(stat[11]) + int(stat[12])) / ticks)


def worker_run(files: list[tuple[str, bytes]], root: str | None) -> WorkerRun:
    """A fresh worker (of checkout `root`, else this one) reads every file; measured before it ends."""
    worker = OcrWorker(1, root=root)
    try:
        loaded, _, cpu = _proc(worker.process.pid)
        pages, texts = 0, []
        for name, data in files:
            read = worker.ask(data, name, 300)
            pages += len(read)
            texts.append("\n\n".join(page_text(page) for page in read))
        _, peak, spent = _proc(worker.process.pid)
    finally:
        worker.kill()
    return WorkerRun(loaded, peak, (spent - cpu) / pages, tuple(texts))


def compare_workers(roots: dict[str, str | None], runs: int) -> None:
    """Each checkout's fresh worker in turn, `runs` rounds; medians, and whether the text is the same."""
    files = worker_files()
    results: dict[str, list[WorkerRun]] = {label: [] for label in roots}
    for n in range(runs):
        for label, root in roots.items():
            run = worker_run(files, root)
            results[label].append(run)
            digest = hashlib.sha256("\f".join(run.texts).encode()).hexdigest()[:12]
            print(f"run {n + 1} {label}: loaded {run.loaded_mb:.0f} MB, peak {run.peak_mb:.0f} MB, "
                  f"CPU {run.cpu_per_page:.3f} s a page, text {digest}", flush=True)
    first = next(iter(results.values()))[0].texts
    for label, done in results.items():
        differ = [name for (name, _), text, base in zip(files, done[0].texts, first) if text != base]
        for (name, _), text, base in zip(files, done[0].texts, first):
            if text != base:  # exactly what changed, line by line
                print(f"{name} ({label}):\n" + "\n".join(difflib.unified_diff(
                    base.splitlines(), text.splitlines(), "first", label, n=0, lineterm="")))
        same = all(r.texts == done[0].texts for r in done)
        print(f"RESULT OCR worker alone, {label} (median of {runs}, {len(files)} files): loaded "
              f"{statistics.median(r.loaded_mb for r in done):.0f} MB, peak "
              f"{statistics.median(r.peak_mb for r in done):.0f} MB, CPU "
              f"{statistics.median(r.cpu_per_page for r in done):.3f} s a page; text "
              f"{'the same in every run' if same else 'NOT the same from run to run'}, "
              f"{'identical to the first' if not differ else 'differs from the first in ' + ', '.join(differ)}")


def compare_serve(roots: dict[str, str | None], runs: int, pages: int, workers: int) -> None:
    """Each checkout's `complaints serve` over the same scan run in turn, `runs` rounds; medians."""
    servers = servers_from_environment()
    run_script("up", servers.state_dir)
    results: dict[str, list[ServeRun]] = {label: [] for label in roots}
    with _exclusive(Path(servers.state_dir) / "tests.lock"), tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            for k, (label, root) in enumerate(roots.items()):
                servers.reset()
                workdir = Path(tmp) / f"run{n}-{k}"
                workdir.mkdir()
                _, engine = serve_settings(workdir, servers, f"sqlite:///{workdir / 'bench.db'}",
                                           limits={"reading_workers": workers})
                engine.dispose()
                print(f"run {n + 1} {label}:", flush=True)
                results[label].append(head_of_line(workdir, servers, pages, AT.isoformat(), Path(root or CHECKOUT)))
        servers.reset()
    for label, done in results.items():
        def median(field: str) -> float:
            return statistics.median(getattr(r, field) for r in done)

        print(f"RESULT serve with {workers} OCR worker(s) over {pages} scanned pages, {label} (median of {runs}): "
              f"peak RSS serve + workers {median('total_mb'):.0f} MB at one sample (target ≤ 400; runs "
              f"{', '.join(f'{r.total_mb:.0f}' for r in done)}), serve's process {median('serve_mb'):.0f} MB, "
              f"its workers {median('workers_mb'):.0f} MB, each one's VmHWM added up {median('highs_mb'):.0f} MB; "
              f"the form's 督办 {median('form_wait'):.2f} s after its delivery, {median('pages_per_s'):.2f} pages/s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="serve's and one OCR worker's memory, CPU and text (issue 19)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--worker", action="store_true", help="one OCR worker alone over the scan corpus")
    what.add_argument("--serve", action="store_true", help="complaints serve and its OCR workers over scanned letters")
    parser.add_argument("--compare", metavar="DIR", help="another checkout run on the same files in turn")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=50, help="--serve: scanned one-page letters (8 ahead of a form)")
    parser.add_argument("--reading-workers", type=int, default=1, help="--serve: serve's OCR workers (0 = one per core)")
    args = parser.parse_args(argv)
    roots: dict[str, str | None] = {"this": None}
    if args.compare:
        roots[args.compare] = str(Path(args.compare).resolve())
    if args.serve:
        compare_serve(roots, args.runs, args.pages, args.reading_workers)
    else:
        compare_workers(roots, args.runs)


if __name__ == "__main__":
    main()
