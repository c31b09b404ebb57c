"""The reading pool: scans and .doc files read beside the pipeline, in real OCR workers and LibreOffice.

What must hold: a reader asking for an unread file is told to wait (ReadingPending), the
file is read once whoever asks, the answer then is the one the reader would have got in its
own process (errors included), a mail held for its files is let go when they are read, a
page that overruns its limit fails alone and the worker is replaced, and without a pool
installed readers work in their own process as before.
"""

from __future__ import annotations

import threading
import time

import pytest

from core.errors import HostileInput, ParseError
from parsers import readings
from parsers.doc_legacy import parse_doc_form
from parsers.ocr import OcrTimeout, ocr_document, page_text
from parsers.reading_pool import ReadingPool
from parsers.readings import DOC, OCR, Job, ReadingPending
from tests.parsers.corpus import build_corpus
from tests.parsers.scans import cached_scans


@pytest.fixture(scope="module")
def scans() -> dict[str, bytes]:
    out_dir, items = cached_scans()
    found = {item.path.name: item.path.read_bytes() for item in items}
    found.update({p.name: p.read_bytes() for p in (out_dir / "hostile").iterdir()})
    return found


@pytest.fixture(scope="module")
def pool():
    """One pool for the module (each OCR worker loads its model once); tests count from where they start."""
    woken = threading.Event()
    pool = ReadingPool(2, on_ready=woken.set).start()
    pool.woken = woken
    yield pool
    pool.close()


def _answered(pool: ReadingPool, jobs: list[Job], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while pool.depth():
        assert time.monotonic() < deadline, "the pool did not read the files in time"
        time.sleep(0.05)
    assert all(job.key in pool._answers for job in jobs)


def test_an_unread_scan_waits_then_reads_as_in_the_readers_own_process(pool, scans):
    data = scans["letter02.pdf"]
    job = Job(OCR, data, "letter02.pdf", 60)
    files, pages = pool.files_read, pool.pages_read
    pool.woken.clear()
    with pytest.raises(ReadingPending) as pending:
        pool.answer(job)
    assert pending.value.jobs == (job,)
    with pytest.raises(ReadingPending):
        pool.answer(Job(OCR, data, "same-bytes-other-name.png", 60))  # asked again: not queued twice
    _answered(pool, [job])
    assert pool.woken.is_set() and pool.files_read == files + 1
    answer = pool.answer(job)
    assert pool.pages_read == pages + len(answer) and len(answer) >= 1
    assert [page_text(p) for p in answer] == [page_text(p) for p in ocr_document(data, "letter02.pdf")]


def test_a_held_mail_is_let_go_when_all_its_files_are_read(pool, scans):
    jobs = [Job(OCR, scans["letter04.png"], "letter04.png", 60), Job(OCR, scans["letter00.png"], "p2.png", 60)]
    with pytest.raises(ReadingPending) as pending:
        pool.prefetch(jobs)
    assert len(pending.value.jobs) == 2 and pool.depth() == 2
    pool.hold(7, pending.value.jobs)
    assert pool.waiting() == {7}
    _answered(pool, jobs)
    assert pool.waiting() == set() and pool.depth() == 0
    pool.prefetch(jobs)  # everything read: no wait


def test_errors_are_answers_and_a_timeout_replaces_only_its_worker(pool, scans):
    bomb, slow = Job(OCR, scans["bomb.png"], "bomb.png", 60), Job(OCR, scans["form01_grid2.jpg"], "big.jpg", 0.05)
    ok = Job(OCR, scans["letter01.jpg"], "letter01.jpg", 60)
    for job in (bomb, slow, ok):
        with pytest.raises(ReadingPending):
            pool.answer(job)
    _answered(pool, [bomb, slow, ok])
    with pytest.raises(HostileInput):
        pool.answer(bomb)
    with pytest.raises(OcrTimeout):
        pool.answer(slow)
    assert pool.answer(ok)[0].boxes


def test_a_doc_form_is_converted_in_the_pool_and_read_in_the_pipeline_thread(pool):
    item = next(i for i in build_corpus() if i.kind == "doc")
    data = item.path.read_bytes()
    expected = parse_doc_form(data)  # no pool: converted here
    readings.install(pool)
    try:
        with pytest.raises(ReadingPending) as pending:
            parse_doc_form(data)
        assert [j.kind for j in pending.value.jobs] == [DOC]
        _answered(pool, list(pending.value.jobs))
        found = parse_doc_form(data)
        assert found.source_kind == "doc" and found.fields == expected.fields
    finally:
        readings.install(None)
    assert readings.active() is None


def test_without_a_pool_readers_read_at_once_and_other_threads_never_defer(pool, scans):
    readings.install(pool)
    try:
        seen: list[object] = []
        other = threading.Thread(target=lambda: seen.append(ocr_document(scans["letter00.png"], "x.png")))
        other.start()
        other.join(120)
        assert seen and seen[0][0].boxes, "a thread without a pool read the scan itself"
    finally:
        readings.install(None)
    with pytest.raises(ParseError):
        ocr_document(scans["truncated.png"], "truncated.png")


def test_a_full_queue_leaves_the_file_unasked_and_its_mail_is_let_go_when_there_is_room(scans):
    """A backlog of scans waits in the database, not in the pool's memory."""
    first, second = Job(OCR, scans["letter03.tif"], "a.tif", 60), Job(OCR, scans["letter05.tif"], "b.tif", 60)
    small = ReadingPool(1, queue_limit=1).start()
    try:
        for owner, job in ((1, first), (2, second)):
            with pytest.raises(ReadingPending):
                small.answer(job)
            small.hold(owner, [job])
        assert small.depth() == 1, "the second file was not queued: the queue holds one"
        assert small.waiting() == {1, 2}
        _answered(small, [first])
        assert small.waiting() == set(), "1 read; 2 let go to ask again now that there is room"
        with pytest.raises(ReadingPending):
            small.answer(second)
        assert small.depth() == 1
    finally:
        small.close()
