"""Slow readings of a file — OCR of a scan, LibreOffice's conversion of a .doc — done now or deferred.

OCR takes about 1.6 s a page; a stack of scanned letters read inside the pipeline held up
every form and reply behind it. `serve` therefore installs a deferral (the worker pool of
`parsers.reading_pool`) in the thread that handles mail: a reader that needs a slow reading
gets the finished answer when the pool has it, and otherwise `ReadingPending` — the mail is
rolled back to its savepoint, stays `pending`, and is handled again once its files are read,
while the mail behind it flows past. Without a deferral (run-once, the tools, tests) the
reading is done at once in the caller, as before.

Nothing of a waiting mail is kept outside the database but the pool's answers: a crash
leaves the mail `pending`, and the next pass finds it needs reading again.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

OCR = "ocr"  # a scan (image or image-only PDF) → its pages' text boxes
DOC = "doc"  # a Word 97-2003 file → the .docx LibreOffice makes of it


@dataclass(frozen=True)
class Job:
    """One file to read slowly; files with the same bytes and kind share one answer."""

    kind: str
    data: bytes = field(repr=False)
    filename: str
    time_limit: float

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, hashlib.sha256(self.data).hexdigest()


class ReadingPending(Exception):
    """The files are being read beside the pipeline; handle the mail again when they are.

    Deliberately not a ComplaintsError: no reader may take it for a fault of the file, and
    the pipeline must not quarantine the mail for it."""

    def __init__(self, jobs: Sequence[Job]):
        super().__init__(f"waiting for {len(jobs)} file(s) to be read: "
                         + ", ".join(j.filename or j.kind for j in jobs))
        self.jobs = tuple(jobs)


class Deferral(Protocol):
    """What a pool offers the readers: the answer if it has one, or ReadingPending."""

    def answer(self, job: Job) -> Any: ...

    def prefetch(self, jobs: Sequence[Job]) -> None: ...

    def hold(self, owner: int, jobs: Sequence[Job]) -> None: ...

    def waiting(self) -> set[int]: ...


_local = threading.local()


def install(deferral: Deferral | None) -> None:
    """Defer slow readings in this thread (the thread that handles mail); None undoes it."""
    _local.deferral = deferral


def active() -> Deferral | None:
    return getattr(_local, "deferral", None)


def read(job: Job, here: Callable[[], Any]) -> Any:
    """The job's answer: from this thread's deferral, or computed now by `here()`."""
    deferral = active()
    return here() if deferral is None else deferral.answer(job)


def prefetch(jobs: Sequence[Job]) -> None:
    """Ask for several files at once (a letter's pages), so they are read side by side;
    raises ReadingPending while any is unread. Does nothing without a deferral."""
    deferral = active()
    if deferral is not None and jobs:
        deferral.prefetch(jobs)
