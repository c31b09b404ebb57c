"""What a benchmark run cost: CPU seconds (this process, the machine) and resident memory."""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path


class CpuMeter:
    """CPU seconds of this process (all threads) and of the whole machine since creation: on
    2 shared cores, whether the pipeline waits for its own Python or for the mail servers."""

    def __init__(self):
        self.own, self.machine = self._own(), self._machine()

    @staticmethod
    def _own() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    @staticmethod
    def _machine() -> float:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        busy = sum(int(x) for i, x in enumerate(fields) if i not in (3, 4))  # all but idle, iowait
        return busy / os.sysconf("SC_CLK_TCK")

    def line(self, elapsed: float, n: int) -> str:
        own, machine = self._own() - self.own, self._machine() - self.machine
        return (f"CPU: this process {own:.1f} s = {1000 * own / n:.1f} ms per case (target ≤ 5), the machine "
                f"{machine:.1f} s of {elapsed * os.cpu_count():.1f} s ({os.cpu_count()} cores × wall)")


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    """A process's resident memory now (VmRSS) or at its peak so far (VmHWM), MB; 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemoryWatch:
    """Peak RSS of one process (this one, or `pid`), of the given child processes, and of their
    sum, sampled every 0.1 s. The sum is what the operator's `serve` holds with its OCR workers:
    the largest sum of RSS seen at one sample, not the sum of each one's peak (a worker's peak
    and serve's need not fall together), so a worker's peak of a few tenths of a second can fall
    between samples; each process's own peak (VmHWM, exact) added up bounds it from above. Pages
    shared by serve and a worker (a worker is a fresh interpreter, so little more than the C
    libraries) count twice."""

    def __init__(self, children=lambda: [], *, pid: int | str = "self"):
        self.children, self.pid = children, pid
        self.parent = self.workers = self.total = 0.0
        self.seen: set[int] = set()  # every child process seen
        self.highs: dict[int | str, float] = {}  # each process's own peak (VmHWM), exact but not simultaneous
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "MemoryWatch":
        self.start = rss_mb(self.pid)  # what the process holds before the watch (for this one: its mails, its scans)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            children = self.children()
            self.seen.update(children)
            parent, workers = rss_mb(self.pid), sum(rss_mb(pid) for pid in children)
            for pid in (self.pid, *children):
                self.highs[pid] = max(self.highs.get(pid, 0.0), rss_mb(pid, "VmHWM"))
            self.parent, self.workers = max(self.parent, parent), max(self.workers, workers)
            self.total = max(self.total, parent + workers)

    def line(self) -> str:
        who = "this process" if self.pid == "self" else "serve's process"
        return (f"peak RSS: {who} {self.parent:.0f} MB ({self.start:.0f} MB at the start), "
                f"OCR workers {self.workers:.0f} MB, "
                f"together {self.total:.0f} MB at most (the largest sum at one 0.1 s sample; target ≤ 400 MB); "
                f"each one's own peak (VmHWM) added up {sum(self.highs.values()):.0f} MB (a bound from above)")
