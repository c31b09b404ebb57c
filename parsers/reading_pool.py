"""The reading pool: OCR and .doc conversions in worker processes beside the pipeline.

`serve` installs one (`parsers.readings.install`) in the thread that handles mail. A mail
whose scans are not read yet is held (it stays `pending`); its files are queued here and
read by `size` workers side by side — each a thread that owns one OCR process (started on
its first scan, killed and replaced when a page overruns its time limit) and runs
LibreOffice for a .doc itself. When a file is read, `on_ready` wakes the service, which
handles the held mail again and now finds the answer. Answers are kept by file content
(the last `keep` of them), so the second look costs nothing and the same scan sent twice is
read once. Errors are answers too: the reader raises them in the pipeline as before
(a timeout, a damaged file), and the pipeline quarantines or notes them as it always did.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Sequence

from parsers.doc_legacy import doc_to_docx
from parsers.ocr import DEFAULT_THREADS, OcrWorker
from parsers.readings import OCR, Job, ReadingPending

Key = tuple[str, str]
KEEP_ANSWERS = 256  # a page's boxes are a few kB: answers for a busy morning, far under a megabyte or two
QUEUE_PER_WORKER = 4  # files queued at most per worker: a backlog of scans waits in the database, not in memory
WORKER_MB = 440  # an OCR worker's peak RSS over A4 pages (426-436 MB measured; about 180 MB idle with its model)
SPARE_MB = 512  # left to the service, the database and the mail server before a second worker starts


def default_size(cores: int | None = None, available_mb: float | None = None) -> int:
    """The pool's size when `reading_workers` is 0: one worker per core, as many as the memory
    the machine has available holds (SPARE_MB kept back), and at least one."""
    cores = cores if cores is not None else os.cpu_count() or 1
    available_mb = available_mb if available_mb is not None else _available_mb()
    return max(1, min(cores, int((available_mb - SPARE_MB) // WORKER_MB)))


def _available_mb() -> float:
    """MemAvailable of /proc/meminfo; without it (not Linux) memory sets no bound."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("inf")


class ReadingPool:
    """`size` workers reading queued files; answers by content, held mails by owner id."""

    def __init__(self, size: int, *, on_ready: Callable[[], None] = lambda: None,
                 keep: int = KEEP_ANSWERS, threads: int = DEFAULT_THREADS, queue_limit: int | None = None):
        self.size = max(1, size)
        self.queue_limit = queue_limit or QUEUE_PER_WORKER * self.size
        self.on_ready = on_ready
        self.keep = keep
        self.threads = threads
        self.pages_read = 0
        self.files_read = 0
        self.news = threading.Event()  # set when a file was read; the service clears it before a pass
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._answers: OrderedDict[Key, tuple[bool, Any]] = OrderedDict()
        self._asked: set[Key] = set()  # queued or being read
        self._held: dict[int, tuple[Key, ...]] = {}
        self._workers: list[OcrWorker] = []
        self._threads = [threading.Thread(target=self._run, name=f"complaints-reader-{n}", daemon=True)
                         for n in range(self.size)]
        self._closed = False

    def start(self) -> "ReadingPool":
        for thread in self._threads:
            thread.start()
        return self

    # --- what the readers ask (parsers.readings.Deferral) -------------------------------

    def answer(self, job: Job) -> Any:
        """The file's answer (its error raised), or ReadingPending once it is queued."""
        with self._lock:
            found = self._answers.get(job.key)
            if found is None:
                self._ask(job)
                raise ReadingPending([job])
            self._answers.move_to_end(job.key)
        ok, value = found
        if ok:
            return value
        raise value

    def prefetch(self, jobs: Sequence[Job]) -> None:
        with self._lock:
            missing = [job for job in jobs if job.key not in self._answers]
            for job in missing:
                self._ask(job)
        if missing:
            raise ReadingPending(missing)

    def _ask(self, job: Job) -> None:
        """Queue the file unless it is queued already or the queue is full (then its mail is
        held unasked, and let go by `waiting` once there is room)."""
        if job.key not in self._asked and len(self._asked) < self.queue_limit:
            self._asked.add(job.key)
            self._queue.put(job)

    # --- what the pipeline asks ---------------------------------------------------------

    def hold(self, owner: int, jobs: Sequence[Job]) -> None:
        """Remember that mail `owner` waits for these files."""
        with self._lock:
            self._held[owner] = tuple(job.key for job in jobs)

    def waiting(self) -> set[int]:
        """The held mails the pipeline skips. A mail is let go, to be handled again, when its
        files are all read — or, oldest first while the queue has room, when none of them is
        queued (the queue was full when it asked, or its answers were dropped)."""
        with self._lock:
            room = self.queue_limit - len(self._asked)
            for owner, keys in sorted(self._held.items()):
                if all(key in self._answers for key in keys):
                    del self._held[owner]
                elif room > 0 and not any(key in self._asked for key in keys):
                    del self._held[owner]
                    room -= 1
            return set(self._held)

    def depth(self) -> int:
        """Files queued or being read (the `complaints_ocr_queue_depth` gauge)."""
        with self._lock:
            return len(self._asked)

    # --- the workers --------------------------------------------------------------------

    def _run(self) -> None:
        worker: OcrWorker | None = None
        while True:
            job = self._queue.get()
            if job is None or self._closed:
                break
            if job.kind == OCR and (worker is None or not worker.process.is_alive()):
                worker = None
            try:
                if job.kind == OCR:
                    worker = worker or self._new_worker()
                    answer: tuple[bool, Any] = (True, worker.ask(job.data, job.filename, job.time_limit))
                else:
                    answer = (True, doc_to_docx(job.data, job.time_limit))
            except Exception as exc:  # noqa: BLE001 - the reader raises it in the pipeline, which handles it
                answer = (False, exc)
            self._store(job, answer)
        if worker is not None:
            worker.kill()

    def _new_worker(self) -> OcrWorker:
        worker = OcrWorker(self.threads)
        with self._lock:
            self._workers = [w for w in self._workers if w.process.is_alive()] + [worker]
        return worker

    def _store(self, job: Job, answer: tuple[bool, Any]) -> None:
        with self._lock:
            self._asked.discard(job.key)
            self._answers[job.key] = answer
            while len(self._answers) > self.keep:
                self._answers.popitem(last=False)
            self.files_read += 1
            if answer[0] and job.kind == OCR:
                self.pages_read += len(answer[1])
        self.news.set()
        self.on_ready()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the workers: queued files are dropped (their mails stay pending in the database)."""
        self._closed = True
        for _ in self._threads:
            self._queue.put(None)
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            worker.kill()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            if thread.is_alive():
                thread.join(max(0.0, deadline - time.monotonic()))
