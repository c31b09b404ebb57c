"""Scans beside the pipeline (issue 19): head-of-line wait, pages/s with 1 and 2 readers, memory.

Part of `python -m bench.bench_pipeline` (its one report); the figures:

1. Head of line. `serve` idles in IMAP IDLE; the union office's scanner sends 8 one-page
   scanned letters (each naming 城关分理处) and a .docx form for 三元支行 right behind them,
   then `--scan-pages` − 8 more letters. Printed: seconds from the form's delivery (Postfix
   accepted it) to its 督办 in 三元支行's INBOX (target ≤ 3 s), seconds until every letter's 督办
   is in 城关分理处's INBOX and the pages/s that makes in serve.
2. Memory. Peak RSS while those pages are read: this process (the service runs in a thread
   of it, beside the benchmark's own mails) and the reading pool's OCR processes, and the
   largest sum seen at one moment (target ≤ 400 MB).
3. Pages per second across the pool, no mail: the same pages read by a pool of 1 worker,
   then of 2, models loaded beforehand (on 2 cores, shared with the mail servers).
"""

from __future__ import annotations

import smtplib
import threading
import time

from imapclient import IMAPClient

from bench.meters import MemoryWatch
from complaints.sample_mail import complaint_mail, form_mail
from complaints.service import Service
from parsers.reading_pool import ReadingPool
from parsers.readings import OCR, Job, ReadingPending
from tests.complaints.test_intake_scans import PAGE_ONE
from tests.parsers.scans import render_letter, save_pages, scanify
from tests.parsers.test_cover_note import SHARP_CN
from tests.support.env import CSC, SERVICE

SCANNER = "scanner@branch.example"
SANYUAN, CHENGGUAN = "sanyuan@branch.example", "chengguan@branch.example"
AHEAD = 8  # letters in front of the form


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


def head_of_line(ctx, servers, pages: int) -> None:
    """Figures 1 and 2 on a fresh service (the caller resets the mailboxes and makes `ctx`)."""
    scans = scan_pages(pages)
    letters = [_letter(n, scan) for n, scan in enumerate(scans)]
    login = lambda user: _login(servers, user)  # noqa: E731
    sanyuan, chengguan = login(SANYUAN), login(CHENGGUAN)
    service = Service(ctx)
    thread = threading.Thread(target=service.run, daemon=True)
    thread.start()
    try:
        while service.health.idle_waits == 0:
            time.sleep(0.05)
        with MemoryWatch(service.readings.worker_pids) as memory:
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
        service.stop()
        thread.join(60)
        sanyuan.logout()
        chengguan.logout()
    print(f"RESULT head of line: {AHEAD} scanned letters then a .docx form — the form's 督办 in the unit's INBOX "
          f"{form_in - form_sent:.2f} s after its delivery (target ≤ 3 s), {letters_ahead} letters' 督办 before it; "
          f"all {pages} scanned pages routed {done - started:.1f} s after the form was sent = "
          f"{pages / (done - started):.2f} pages/s in serve with {service.readings.size} reader(s)")
    print(f"RESULT memory over {pages} scanned pages: {memory.line()}")


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
