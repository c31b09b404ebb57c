"""A wall-clock budget for handling one mail: past it the mail is quarantined and the pass goes on.

Every parser is linear on hostile text, but a mail can still be slow in a way nobody
foresaw (a parser bug, a document library that spins). The budget is the backstop: an
interval timer (SIGALRM) raises `BudgetExceeded` inside whatever the mail is doing — a
regular expression, an OCR wait, a document library — and the pipeline rolls the mail's
savepoint back and quarantines it with the reason below, like any other fault of one mail.

A signal can only be delivered to the main thread, where `serve` and `run-once` handle
mail. Called from another thread the budget cannot interrupt anything and does nothing.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from core.errors import ComplaintsError


class BudgetExceeded(ComplaintsError):
    """Handling one mail took longer than `[limits] mail_seconds`."""

    def __init__(self, seconds: float):
        super().__init__(
            f"处理这封邮件超过了 {seconds:g} 秒的时限（[limits] mail_seconds），已停止处理并隔离，"
            "其余邮件照常处理。请检查邮件内容是否异常（超长文本、异常附件）；"
            "确认无害后可用 complaints quarantine retry 重新处理，或调大该时限")
        self.seconds = seconds


@contextmanager
def mail_budget(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded in this block once `seconds` of wall time have passed (main thread only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def overrun(signum, frame):
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)  # stop the timer before the handler goes
        signal.signal(signal.SIGALRM, previous)
